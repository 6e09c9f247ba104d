/**
 * The command line's words in the chosen language: `cliText(lang)` renders keys of the `cli`
 * catalogue section (shared/i18n/<lang>/cli.ts) and a check's messages (`text`, the `checks`
 * section), each falling back to English. docs/i18n.md says how commands are converted.
 */
import type { CheckResult } from '../../shared/check-types'
import type { PracticeMeasurement } from '../../shared/practices'
import { languageCodes, LANGUAGES, type Language } from '../../shared/i18n'
import { CHECKS_EN } from '../../shared/i18n/en/checks'
import { CLI_EN, type CliMessageKey } from '../../shared/i18n/en/cli'
import { MAIN_EN } from '../../shared/i18n/en/main'
import { languageFromEnv } from '../../shared/i18n/language'
import { renderMsg, type Msg, type MsgParams } from '../../shared/i18n/msg'

/** A check's texts as the reader sees them. */
export interface CheckTexts {
  readonly summary: string
  readonly observed: readonly string[]
  readonly requirement: string
  readonly reason: string | undefined
}

export interface CliText {
  readonly lang: Language
  /** A CLI message in the language. */
  t(key: CliMessageKey, params?: MsgParams): string
  /** A check message in the language. */
  msg(m: Msg): string
  /** A message of main's catalogue (`main.*`: the CISO verifier's reasons, …) in the language. */
  main(m: Msg): string
  /** A check's summary, observed lines, requirement and reason: its messages if it has them, else its English. */
  check(result: CheckResult): CheckTexts
  /** A practice measurement's summary, observed lines and reason, the same way. */
  measurement(m: PracticeMeasurement): Omit<CheckTexts, 'requirement'>
}

/** The words of the CLI in `lang`. */
export function cliText(lang: Language = 'en'): CliText {
  const messages = LANGUAGES[lang]
  const cliTables = [messages.cli ?? CLI_EN, CLI_EN]
  const checkTables = [messages.checks ?? CHECKS_EN, CHECKS_EN]
  const msg = (m: Msg): string => renderMsg(m, checkTables, lang)
  const mainTables = [messages.main ?? MAIN_EN, MAIN_EN]
  return {
    lang,
    t: (key, params) => renderMsg(params === undefined ? { key } : { key, params }, cliTables, lang),
    msg,
    main: (m) => renderMsg(m, mainTables, lang),
    check(result) {
      const text = result.text
      if (text === undefined)
        return {
          summary: result.summary,
          observed: result.observed,
          requirement: result.requirement,
          reason: result.reason,
        }
      return {
        summary: msg(text.summary),
        observed: text.observed.map(msg),
        requirement: text.requirement === null ? '' : msg(text.requirement),
        reason: text.reason === undefined ? undefined : msg(text.reason),
      }
    },
    measurement(m) {
      const text = m.text
      if (text === undefined) return { summary: m.summary, observed: m.observed, reason: m.reason }
      return {
        summary: msg(text.summary),
        observed: text.observed.map(msg),
        reason: text.reason === undefined ? undefined : msg(text.reason),
      }
    },
  }
}

/** The CLI's language from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG; docs/i18n.md). */
export function envLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  return languageFromEnv(env, languageCodes())
}
