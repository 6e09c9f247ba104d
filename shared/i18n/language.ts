/**
 * Which language to speak, from the locale names operating systems use. Pure: the app (Electron's
 * preferred system languages), the CLI (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) and the tests call the
 * same functions, with the list of languages that have a catalogue (`Object.keys(LANGUAGES)`).
 *
 * A locale names a language we have when its first part does: `es`, `es-MX`, `es_ES.UTF-8`,
 * `es_419`, `ES-es` and `es_ES@euro` are all Spanish. `C`, `POSIX`, an empty string and languages we
 * have no catalogue for name none; whoever asks then falls back to English.
 */

/** The language we have for a locale string, or null (C, POSIX, empty, not one we have). */
export function languageOfLocale<L extends string>(locale: string, available: readonly L[]): L | null {
  // POSIX form: language[_territory][.codeset][@modifier]; BCP 47: language[-script][-region]…
  const base = locale.trim().split(/[.@]/)[0] ?? ''
  const primary = (base.split(/[-_]/)[0] ?? '').toLowerCase()
  if (primary === '' || primary === 'c' || primary === 'posix') return null
  return available.find((l) => l.toLowerCase() === primary) ?? null
}

/**
 * The first of `locales` (most preferred first) whose language we have, else English. This is how
 * macOS and Windows pick an app's language from the user's ordered list: a French speaker who put
 * Spanish second gets Spanish rather than English.
 */
export function pickLanguage<L extends string>(
  locales: readonly string[],
  available: readonly L[],
): L | 'en' {
  for (const locale of locales) {
    const lang = languageOfLocale(locale, available)
    if (lang !== null) return lang
  }
  return 'en'
}

/** The environment variables the CLI reads for its language. */
export type LocaleEnv = Readonly<Record<string, string | undefined>>

/**
 * The CLI's language from the environment, as GNU gettext programs choose theirs:
 * 1. the POSIX locale for messages is the first non-empty of LC_ALL, LC_MESSAGES, LANG; when it is
 *    unset, `C` or `POSIX` the answer is English, whatever else is set (gettext ignores LANGUAGE then);
 * 2. otherwise LANGUAGE, a colon-separated priority list (`es_MX:es:en`, set by GNOME and Ubuntu
 *    sessions), wins: its first entry we have;
 * 3. otherwise the POSIX locale's language; English when we do not have it.
 */
export function languageFromEnv<L extends string>(env: LocaleEnv, available: readonly L[]): L | 'en' {
  const posix = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '')
  if (posix === undefined) return 'en'
  const primary = (posix.split(/[.@_-]/)[0] ?? '').toLowerCase()
  if (primary === 'c' || primary === 'posix') return 'en'
  const list = (env['LANGUAGE'] ?? '').split(':').filter((s) => s.trim() !== '')
  for (const entry of list) {
    const lang = languageOfLocale(entry, available)
    if (lang !== null) return lang
  }
  return languageOfLocale(posix, available) ?? 'en'
}

/** The saved language setting: follow the operating system, or a language the staffer chose. */
export type LanguageChoice<L extends string = string> = 'system' | L

/** The language to show for a setting: the chosen one, or the system's for `system`. */
export function effectiveLanguage<L extends string>(choice: LanguageChoice<L>, system: L): L {
  return choice === 'system' ? system : choice
}
