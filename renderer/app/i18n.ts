/**
 * The renderer's only way to get user-facing text: `t(key, params)` looks the key up in the active
 * UI catalogue (shared/i18n/<lang>/ui.ts) and fills `{name}` placeholders. Components never hold
 * literal strings, so a new language is a new catalogue file, not a code change.
 *
 * Pure (no DOM): unit-tested in Node.
 */
import type { CheckResult } from '../../shared/check-types'
import { CHECKS_EN } from '../../shared/i18n/en/checks'
import { MAIN_EN } from '../../shared/i18n/en/main'
import { PRACTICES_EN } from '../../shared/i18n/en/practices'
import { UI_EN, type UiKey } from '../../shared/i18n/en/ui'
import { renderMsg, type Msg } from '../../shared/i18n/msg'
import type { PracticeMeasurementText } from '../../shared/practices'
import type { PracticeCatalogue } from '../../shared/practices'
import { englishText, own } from '../../shared/practices-basics'

/** Values that may fill a `{placeholder}`. */
export type TextParams = Readonly<Record<string, string | number>>

/** Keys `b` such that both `b.one` and `b.other` exist: usable with `tn`. */
export type PluralBase = {
  [K in UiKey]: K extends `${infer B}.one` ? (`${B}.other` extends UiKey ? B : never) : never
}[UiKey]

interface ActiveCatalogue {
  readonly locale: string
  readonly messages: Readonly<Record<string, string>>
  /** Check messages (shared/i18n/<lang>/checks-*.ts) for results that carry `text`. */
  readonly checks: Readonly<Record<string, string>>
  /** Main's words (shared/i18n/<lang>/main.ts) for failures, notices and warnings that carry a message. */
  readonly main: Readonly<Record<string, string>>
  /** The bundled practices' words (shared/i18n/<lang>/practices.ts), for the policy editor. */
  readonly practices: Readonly<Record<string, string>>
}

let active: ActiveCatalogue = {
  locale: 'en',
  messages: UI_EN,
  checks: CHECKS_EN,
  main: MAIN_EN,
  practices: PRACTICES_EN,
}

/**
 * Switch the catalogue (UI words and check messages). Keys missing from `messages` or `checks`
 * fall back to English, so a partial translation shows English rather than a key name.
 */
export function setCatalogue(
  locale: string,
  messages: Readonly<Record<string, string>>,
  checks: Readonly<Record<string, string>> = CHECKS_EN,
  main: Readonly<Record<string, string>> = MAIN_EN,
  practices: Readonly<Record<string, string>> = PRACTICES_EN,
): void {
  active = { locale, messages, checks, main, practices }
}

/** The active locale tag, for Intl formatters. */
export function currentLocale(): string {
  return active.locale
}

/** Replace `{name}` with params.name; an unknown placeholder stays visible so the bug is seen. */
export function interpolate(template: string, params?: TextParams): string {
  if (params === undefined) return template
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(value) : value
  })
}

function lookup(key: string): string {
  const own = Object.prototype.hasOwnProperty.call(active.messages, key) ? active.messages[key] : undefined
  if (own !== undefined) return own
  const english = Object.prototype.hasOwnProperty.call(UI_EN, key)
    ? (UI_EN as Record<string, string>)[key]
    : undefined
  // A missing key is a programming error the type checker normally catches; show the key, never crash.
  return english ?? key
}

/** The text for `key` in the active language, with placeholders filled. */
export function t(key: UiKey, params?: TextParams): string {
  return interpolate(lookup(key), params)
}

/**
 * Plural-aware text: picks `<base>.one` or `<base>.other` by the language's plural rules for
 * `count`, and passes `count` as a placeholder.
 */
export function tn(base: PluralBase, count: number, params?: TextParams): string {
  const rule = new Intl.PluralRules(active.locale).select(count)
  const key = rule === 'one' ? `${base}.one` : `${base}.other`
  return interpolate(lookup(key), { ...params, count })
}

/** A number in the active locale (grouping separators). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(active.locale).format(n)
}

/** A check message (a result's `text`) in the active language. */
export function tm(msg: Msg): string {
  return renderMsg(msg, [active.checks, CHECKS_EN], active.locale)
}

/** A message of main's catalogue (a failure's `text`, a notice, a warning) in the active language. */
export function tmain(msg: Msg): string {
  return renderMsg(msg, [active.main, MAIN_EN], active.locale)
}

/**
 * A sentence from main as the user reads it: its message in the active language when main sent
 * one, else main's English (marked with `lang`, see englishLang). Failures, notices and the key
 * store's sentence carry messages since contract v1.10; errors of main/staff, main/ciso and
 * main/attestation are still English.
 */
export interface MainText {
  readonly text: string
  readonly lang: 'en' | undefined
}

/** `message` and its optional message (`text`) as shown. */
export function mainText(message: string, text: Msg | undefined): MainText {
  return text === undefined ? { text: message, lang: englishLang() } : { text: tmain(text), lang: undefined }
}

/**
 * A practice's words in the active language: the policy's own words in it, else the bundled words,
 * else the policy's English (marked with `lang`); null when there are none.
 */
export function practiceWords(catalogue: PracticeCatalogue, key: string): MainText | null {
  const shown = own(catalogue[active.locale], key) ?? own(active.practices, key)
  if (shown !== undefined) return { text: shown, lang: undefined }
  const english = englishText(catalogue, key)
  return english === null ? null : { text: english, lang: englishLang() }
}

/** A failed call's sentence in the active language (English for words main does not translate yet). */
export function failureText(failure: { readonly message: string; readonly text?: Msg }): string {
  return mainText(failure.message, failure.text).text
}

/**
 * `lang` for text that is English whatever the active language (a check not yet converted to
 * messages, words main wrote in English): "en" unless English is active. Putting it on the element
 * lets screen readers switch voice, and the pseudo-locale e2e test tell it from missed translations.
 */
export function englishLang(): 'en' | undefined {
  return active.locale === 'en' || active.locale.startsWith('en-') ? undefined : 'en'
}

/** A check's texts as the user reads them. */
export interface CheckTexts {
  readonly summary: string
  readonly observed: readonly string[]
  readonly requirement: string
  readonly reason: string | undefined
  /** Set when the texts are the English fallback in another language (see englishLang). */
  readonly lang: 'en' | undefined
}

/** A check result's texts: its messages in the active language, or its English texts. */
export function checkTexts(result: CheckResult): CheckTexts {
  const text = result.text
  if (text === undefined)
    return {
      summary: result.summary,
      observed: result.observed,
      requirement: result.requirement,
      reason: result.reason,
      lang: englishLang(),
    }
  return {
    summary: tm(text.summary),
    observed: text.observed.map(tm),
    requirement: text.requirement === null ? '' : tm(text.requirement),
    reason: text.reason === undefined ? undefined : tm(text.reason),
    lang: undefined,
  }
}

/** A practice measurement as main sends it (PracticeView.measured). */
interface MeasurementLike {
  readonly summary: string
  readonly observed: readonly string[]
  readonly reason: string | null
  readonly text?: PracticeMeasurementText
}

/** A measurement's texts as the user reads them. */
export interface MeasurementTexts {
  readonly summary: string
  readonly observed: readonly string[]
  readonly reason: string | undefined
  /** Set when the texts are the English fallback in another language (see englishLang). */
  readonly lang: 'en' | undefined
}

/** A practice measurement's texts: its messages in the active language, or main's English. */
export function measurementTexts(m: MeasurementLike): MeasurementTexts {
  const text = m.text
  if (text === undefined)
    return { summary: m.summary, observed: m.observed, reason: m.reason ?? undefined, lang: englishLang() }
  return {
    summary: tm(text.summary),
    observed: text.observed.map(tm),
    reason: text.reason === undefined ? undefined : tm(text.reason),
    lang: undefined,
  }
}
