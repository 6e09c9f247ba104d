import { describe, expect, it } from 'vitest'
import {
  effectiveLanguage,
  languageFromEnv,
  languageOfLocale,
  pickLanguage,
} from '../../../../shared/i18n/language'

const AVAILABLE = ['en', 'es'] as const

describe('languageOfLocale', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es_ES.UTF-8', 'es'],
    ['es_419', 'es'],
    ['es-419', 'es'],
    ['ES-es', 'es'],
    ['es_ES@euro', 'es'],
    ['es.UTF-8', 'es'],
    ['en', 'en'],
    ['en_GB.UTF-8', 'en'],
    ['en-US', 'en'],
    [' es-AR ', 'es'],
  ])('%j → %s', (locale, lang) => {
    expect(languageOfLocale(locale, AVAILABLE)).toBe(lang)
  })

  it.each(['', 'C', 'POSIX', 'C.UTF-8', 'fr_FR.UTF-8', 'de', 'pt-BR', 'esperanto', '_ES', '-'])(
    '%j names none of ours',
    (locale) => {
      expect(languageOfLocale(locale, AVAILABLE)).toBeNull()
    },
  )

  it('knows only the languages it is given', () => {
    expect(languageOfLocale('es-MX', ['en'])).toBeNull()
  })
})

describe('pickLanguage (the app: the OS list, most preferred first)', () => {
  it('takes the first language we have', () => {
    expect(pickLanguage(['es-MX', 'en-US'], AVAILABLE)).toBe('es')
    expect(pickLanguage(['en-US', 'es-MX'], AVAILABLE)).toBe('en')
    expect(pickLanguage(['fr-CA', 'es-419', 'en-US'], AVAILABLE)).toBe('es')
  })
  it('falls back to English', () => {
    expect(pickLanguage([], AVAILABLE)).toBe('en')
    expect(pickLanguage(['fr-FR', 'de-DE'], AVAILABLE)).toBe('en')
    expect(pickLanguage(['es-ES'], ['en'])).toBe('en')
  })
})

describe('languageFromEnv (the CLI)', () => {
  it('reads LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(languageFromEnv({ LANG: 'es_ES.UTF-8' }, AVAILABLE)).toBe('es')
    expect(languageFromEnv({ LC_MESSAGES: 'es_MX.UTF-8', LANG: 'en_US.UTF-8' }, AVAILABLE)).toBe('es')
    expect(languageFromEnv({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'es_MX.UTF-8' }, AVAILABLE)).toBe('en')
    expect(languageFromEnv({ LC_ALL: '', LC_MESSAGES: '', LANG: 'es_AR.UTF-8' }, AVAILABLE)).toBe('es')
  })
  it('is English when nothing is set, or the locale is C or POSIX (LANGUAGE is then ignored, as gettext does)', () => {
    expect(languageFromEnv({}, AVAILABLE)).toBe('en')
    expect(languageFromEnv({ LANGUAGE: 'es' }, AVAILABLE)).toBe('en')
    expect(languageFromEnv({ LC_ALL: 'C', LANGUAGE: 'es' }, AVAILABLE)).toBe('en')
    expect(languageFromEnv({ LANG: 'C.UTF-8', LANGUAGE: 'es:en' }, AVAILABLE)).toBe('en')
    expect(languageFromEnv({ LC_ALL: 'POSIX', LANG: 'es_ES.UTF-8' }, AVAILABLE)).toBe('en')
  })
  it('lets LANGUAGE (a priority list) choose when a real locale is set', () => {
    expect(languageFromEnv({ LANG: 'en_US.UTF-8', LANGUAGE: 'es_MX:es:en' }, AVAILABLE)).toBe('es')
    expect(languageFromEnv({ LANG: 'es_ES.UTF-8', LANGUAGE: 'fr:en' }, AVAILABLE)).toBe('en')
    expect(languageFromEnv({ LANG: 'es_ES.UTF-8', LANGUAGE: 'fr:de' }, AVAILABLE)).toBe('es')
    expect(languageFromEnv({ LANG: 'es_ES.UTF-8', LANGUAGE: '' }, AVAILABLE)).toBe('es')
  })
  it('falls back to English for languages we do not have', () => {
    expect(languageFromEnv({ LANG: 'fr_FR.UTF-8' }, AVAILABLE)).toBe('en')
    expect(languageFromEnv({ LANG: 'es_ES.UTF-8' }, ['en'])).toBe('en')
  })
})

describe('effectiveLanguage', () => {
  it('follows the system unless a language was chosen', () => {
    expect(effectiveLanguage('system', 'es')).toBe('es')
    expect(effectiveLanguage('en', 'es')).toBe('en')
    expect(effectiveLanguage('es', 'en')).toBe('es')
  })
})
