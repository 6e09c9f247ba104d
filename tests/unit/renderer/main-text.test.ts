/**
 * The renderer shows main's sentences in the chosen language when main sent a message (contract
 * v1.10), and main's English marked lang="en" when it did not.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { failureText, mainText, practiceWords, setCatalogue } from '../../../renderer/app/i18n'
import { PRACTICES_ES } from '../../../shared/i18n/es/practices'
import { CHECKS_ES } from '../../../shared/i18n/es/checks'
import { MAIN_ES } from '../../../shared/i18n/es/main'
import { UI_ES } from '../../../shared/i18n/es/ui'
import { UI_EN } from '../../../shared/i18n/en/ui'

afterEach(() => setCatalogue('en', UI_EN))

describe("main's sentences in the renderer", () => {
  const failure = {
    ok: false as const,
    code: 'NOT_FOUND' as const,
    message: 'There is no guided fix called "x".',
    text: { key: 'main.error.noFix', params: { id: 'x' } },
  }

  it('renders the message in the active language', () => {
    setCatalogue('es', UI_ES, CHECKS_ES, MAIN_ES)
    expect(failureText(failure)).toBe('No existe ninguna corrección guiada llamada "x".')
    expect(mainText(failure.message, failure.text)).toEqual({
      text: 'No existe ninguna corrección guiada llamada "x".',
      lang: undefined,
    })
  })

  it("shows main's English, marked lang=en, when no message came", () => {
    setCatalogue('es', UI_ES, CHECKS_ES, MAIN_ES)
    expect(mainText('disk full', undefined)).toEqual({ text: 'disk full', lang: 'en' })
    expect(failureText({ message: 'disk full' })).toBe('disk full')
  })

  it('in English, the message renders to exactly main`s English', () => {
    expect(failureText(failure)).toBe(failure.message)
    expect(mainText('disk full', undefined).lang).toBeUndefined()
  })
})

describe('practice words in the policy editor', () => {
  it("names a bundled practice in the reader's language, a policy's own English practice in English", () => {
    setCatalogue('es', UI_ES, CHECKS_ES, MAIN_ES, PRACTICES_ES)
    expect(practiceWords({}, 'practice.signal.title')).toEqual({
      text: PRACTICES_ES['practice.signal.title'],
      lang: undefined,
    })
    const own = { en: { 'practice.vpn.title': 'I use the campaign VPN' } }
    expect(practiceWords(own, 'practice.vpn.title')).toEqual({ text: 'I use the campaign VPN', lang: 'en' })
    // The policy's own Spanish words win over the bundled ones.
    expect(
      practiceWords({ es: { 'practice.signal.title': 'Uso Signal (propio)' } }, 'practice.signal.title')
        ?.text,
    ).toBe('Uso Signal (propio)')
    expect(practiceWords({}, 'practice.nothing.title')).toBeNull()
  })
})
