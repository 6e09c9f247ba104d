/**
 * No network, for real: creating a session makes Chromium load (and on Windows/Linux download)
 * hunspell dictionaries from a Google CDN, outside the CSP and session.webRequest. The spellchecker
 * is switched off, its language list emptied (which drops dictionaries still loading) and its
 * download base pointed at our own app:// origin (main/electron/security/spellcheck.ts).
 */
import { describe, expect, it, vi } from 'vitest'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { disableSpellChecker, SPELLCHECK_DICTIONARY_BASE_URL } =
  await import('../../main/electron/security/spellcheck')
const { isAppUrl } = await import('../../main/electron/security/app-origin')
const { resolveAppFile } = await import('../../main/electron/security/protocol')

function fakeSession() {
  const calls: string[] = []
  return {
    calls,
    session: {
      setSpellCheckerDictionaryDownloadURL: (url: string) => calls.push(`url:${url}`),
      setSpellCheckerLanguages: (langs: string[]) => calls.push(`languages:${JSON.stringify(langs)}`),
      setSpellCheckerEnabled: (on: boolean) => calls.push(`enabled:${String(on)}`),
    },
  }
}

describe('spellchecker', () => {
  it('is switched off, with no languages, and any dictionary download pointed at our own origin', () => {
    const { calls, session } = fakeSession()
    disableSpellChecker(session)
    expect(calls).toEqual([`url:${SPELLCHECK_DICTIONARY_BASE_URL}`, 'languages:[]', 'enabled:false'])
  })

  it('the dictionary base URL is on app://preflight, which is not a network scheme and serves no dictionaries', () => {
    expect(isAppUrl(SPELLCHECK_DICTIONARY_BASE_URL)).toBe(true)
    expect(SPELLCHECK_DICTIONARY_BASE_URL.endsWith('/')).toBe(true)
    // Chromium appends the lower-cased .bdic file name; our protocol handler refuses that type.
    expect(resolveAppFile('/nonexistent-root', `${SPELLCHECK_DICTIONARY_BASE_URL}en-us-10-1.bdic`)).toBeNull()
  })
})
