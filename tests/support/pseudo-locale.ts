/**
 * A pseudo-locale for tests only (never shipped): every catalogue string of English, accented,
 * about 40 % longer and bracketed, so that a screen or a printout in it shows at once
 * - text that does not come from a catalogue (it is not bracketed and accented),
 * - text that is clipped or overflows when a language is longer than English (Spanish runs about
 *   20-30 % longer; this is more).
 * `{placeholders}` are kept as they are. Its code is `qps` (the "private use" range of ISO 639 that
 * Windows also uses for pseudo-locales).
 */
import { LANGUAGES, type Messages } from '../../shared/i18n'
import type { RemediationText } from '../../shared/remediation/types'

export const PSEUDO = 'qps'
export const PSEUDO_OPEN = '⟦'
export const PSEUDO_CLOSE = '⟧'

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  c: 'ç',
  C: 'Ç',
  n: 'ñ',
  N: 'Ñ',
  y: 'ý',
  Y: 'Ý',
  s: 'š',
  S: 'Š',
  z: 'ž',
  Z: 'Ž',
}
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U'])

/** One string in the pseudo-locale: accents, vowels doubled (about +40 %), brackets; placeholders kept. */
export function pseudo(text: string): string {
  if (text === '') return text
  const parts = text.split(/(\{[a-zA-Z0-9_]+(?:\|cap)?\})/)
  const body = parts
    .map((part, i) => {
      if (i % 2 === 1) return part
      let out = ''
      for (const ch of part) {
        const acc = ACCENTED[ch] ?? ch
        out += VOWELS.has(ch) ? acc + acc.toLowerCase() : acc
      }
      return out
    })
    .join('')
  return `${PSEUDO_OPEN}${body}${PSEUDO_CLOSE}`
}

function table(t: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, pseudo(v)]))
}

/** The pseudo catalogue of every section English has. */
export function pseudoMessages(en: Messages = LANGUAGES.en): Required<Messages> {
  const remediation: Record<string, RemediationText> = {}
  for (const [id, r] of Object.entries(en.remediation))
    remediation[id] = {
      ...r,
      title: pseudo(r.title),
      why: pseudo(r.why),
      steps: r.steps.map(pseudo),
      duration: pseudo(r.duration),
    }
  return {
    remediation,
    ui: table(en.ui),
    practices: table(en.practices),
    checks: table(en.checks ?? {}),
    cli: table(en.cli ?? {}),
    main: table(en.main ?? {}),
  }
}

/**
 * Register `qps` beside the shipped languages, in this process only (the CLI and the services read
 * LANGUAGES when they run). Returns a function that removes it again.
 */
export function registerPseudoLocale(): () => void {
  const languages = LANGUAGES as unknown as Record<string, Messages>
  languages[PSEUDO] = pseudoMessages()
  return () => {
    delete languages[PSEUDO]
  }
}

/** Literal fragments (4+ letters) of an English template, for "no English left" assertions. */
export function englishFragments(template: string): string[] {
  return template
    .split(/\{[a-zA-Z0-9_]+(?:\|cap)?\}/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]{4,}/.test(s))
}
