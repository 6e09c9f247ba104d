/**
 * No network, for real: Chromium's built-in spellchecker. Creating a session's JS object makes
 * Electron start the session's spellcheck service, which loads the hunspell dictionaries for the
 * OS language and, on Windows and Linux, downloads any that are missing from a Google CDN
 * (redirector.gvt1.com). That download is made by the browser process, not by a page, so neither
 * the CSP nor `session.webRequest` ever sees it, and `webPreferences.spellcheck: false` does not
 * stop it (electron/electron#22995).
 *
 * Call this synchronously, right after first touching `session.defaultSession` and before anything
 * awaits: the dictionary files are looked up on a background thread, and only when that answer
 * comes back does a download start.
 * - The download base URL is pointed at our own app:// origin, which is not a network scheme and
 *   serves no `.bdic` files, so any download that still starts fails on the machine.
 * - An empty language list makes the spellcheck service drop the dictionaries it is loading
 *   (Electron re-fills an empty list from the OS locale at every start, so this runs every start).
 * - The spellchecker is switched off for the session (a persisted preference).
 * On macOS Chromium uses the OS spellchecker and downloads nothing; the first two calls are no-ops
 * there (Electron's documentation), the third still turns it off.
 */
import type { Session } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-origin'

/** Where Chromium would look for hunspell dictionaries: inside our own origin, never the network. */
export const SPELLCHECK_DICTIONARY_BASE_URL = `${APP_SCHEME}://${APP_HOST}/no-spellcheck-dictionaries/`

/** The session methods this needs (Electron 45's Session). */
export type SpellcheckSession = Pick<
  Session,
  'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerLanguages' | 'setSpellCheckerEnabled'
>

/** Turn the spellchecker off and make sure it cannot fetch dictionaries (see the module comment). */
export function disableSpellChecker(session: SpellcheckSession): void {
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_BASE_URL)
  session.setSpellCheckerLanguages([])
  session.setSpellCheckerEnabled(false)
}
