/**
 * The operating system's preferred languages, most preferred first, for the app's "follow the
 * system" language setting (shared/i18n/language.ts picks the first one we have a catalogue for).
 *
 * `app.getPreferredSystemLanguages()` is the user's ordered language list (macOS: NSLocale
 * preferredLanguages; Windows: GlobalizationPreferences; Linux: g_get_language_names, i.e. LANGUAGE,
 * LC_ALL, LC_MESSAGES, LANG). `app.getLocale()` (Chromium's application locale) is the fallback when
 * the list is empty. Both need the `ready` event.
 */
import type { App } from 'electron'

export function systemLanguages(app: Pick<App, 'getPreferredSystemLanguages' | 'getLocale'>): string[] {
  const preferred = app.getPreferredSystemLanguages().filter((l) => typeof l === 'string' && l !== '')
  if (preferred.length > 0) return preferred
  const locale = app.getLocale()
  return locale === '' ? [] : [locale]
}
