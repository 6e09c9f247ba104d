/**
 * Campaign security practices: what a CISO asks of staff beyond the laptop's settings (two-factor
 * sign-in, Signal, a password manager, the campaign's real web addresses…), measured where the
 * laptop can show it and declared by the staffer where it cannot.
 *
 * A practice is data in the policy (shared/policy.ts, `practices`): an id, a level, the purposes it
 * applies to, its words as catalogue keys (never inline prose: shared/i18n/en/practices.ts or the
 * policy's own `catalogue`), and its evidence: `declared` (the staffer confirms it) or one of a fixed
 * set of measurements main can make without admin rights (main/practices). A measured practice that
 * is not found can still be declared ("I use a password manager on my phone"); the attestation then
 * says it was declared and what the measurement found.
 *
 * Pure: no Node, no DOM (main, the CLI, the CISO's verifier and the renderer's types share it).
 */
import type { Purpose } from './attestation-types'
import type { Platform } from './check-types'
import { LANGUAGES, type Language } from './i18n'
import { PRACTICES_EN } from './i18n/en/practices'
import type { Msg } from './i18n/msg'
import { PRACTICE_HELP_LINKS, type PracticeHelpId } from './practices-help'
import { englishText, own, type DomainUse } from './practices-basics'

// The parts the renderer needs live in ./practices-basics.ts (no language catalogues but English).
export {
  DOMAIN_USES,
  englishText,
  PRACTICE_ID_PATTERN,
  PRACTICE_KEY_PATTERN,
  type DomainUse,
} from './practices-basics'

/** What main can measure (main/practices), each by looking only at known install locations or settings. */
export const MEASURE_KINDS = ['signal-desktop', 'password-manager', 'find-my'] as const
export type MeasureKind = (typeof MEASURE_KINDS)[number]

export const PRACTICE_LEVELS = ['required', 'recommended'] as const
export type PracticeLevel = (typeof PRACTICE_LEVELS)[number]

/** How a practice is shown to be followed. */
export type PracticeEvidenceSpec = 'declared' | { readonly measured: MeasureKind }

/** Catalogue keys of a practice's words (bundled catalogue, or the policy's own). */
export interface PracticeWords {
  readonly title: string
  readonly why: string
  /**
   * Base key of the steps: `<how>.<platform>` or else `<how>` for the platform, `<how>.<service>` for
   * each service. null: no steps.
   */
  readonly how: string | null
}

export interface Practice {
  /** Lower-case letters, digits and dashes, e.g. "two-factor-email"; unique in a policy. */
  readonly id: string
  /** `required` counts towards the practices result; `recommended` is shown and recorded only. */
  readonly level: PracticeLevel
  /** When it is asked: joining, routine checks, leaving. */
  readonly purposes: readonly Purpose[]
  readonly words: PracticeWords
  readonly evidence: PracticeEvidenceSpec
  /** Services with their own steps (e.g. google-workspace, microsoft-365, ios, android). */
  readonly services: readonly string[]
  /** Vendor help pages (ids of the fixed catalogue shared/practices-help.ts). */
  readonly help: readonly PracticeHelpId[]
}

/** A policy's own words for its custom practices: language → key → text (English required). */
export type PracticeCatalogue = Readonly<Record<string, Readonly<Record<string, string>>>>

// ---------------------------------------------------------------------------------------------
// Results (as recorded in an attestation: predicate.practices, docs/attestation.md)

/** What a measurement found: present at a known location, absent from all of them, or could not tell. */
export const MEASURED_RESULTS = ['found', 'not-found', 'unknown'] as const
export type MeasuredResult = (typeof MEASURED_RESULTS)[number]

/** A measured practice's result, or a declared one's. */
export const PRACTICE_RESULTS = ['found', 'not-found', 'unknown', 'confirmed', 'not-confirmed'] as const
export type PracticeResult = (typeof PRACTICE_RESULTS)[number]

export const PRACTICE_EVIDENCE = ['measured', 'declared'] as const
export type PracticeEvidence = (typeof PRACTICE_EVIDENCE)[number]

/** One practice in an attestation. No free text: ids and fixed values only. */
export interface AttestedPractice {
  readonly id: string
  readonly level: PracticeLevel
  /** `measured`: result is found / not-found / unknown. `declared`: confirmed / not-confirmed. */
  readonly evidence: PracticeEvidence
  readonly result: PracticeResult
  /** A measured practice the staffer declared because it was not found: what the measurement said. */
  readonly measured?: Exclude<MeasuredResult, 'found'>
}

/**
 * Whether every required practice is followed: `pass` when each is found or confirmed (also when
 * the policy requires none for this purpose); `fail` when a required measured practice was not found
 * and not declared either (evidence that it is not followed); otherwise `incomplete` (a required
 * practice not confirmed, or a measurement that could not be made).
 */
export const PRACTICES_RESULTS = ['pass', 'fail', 'incomplete'] as const
export type PracticesResult = (typeof PRACTICES_RESULTS)[number]

export function practicesResultOf(
  items: readonly Pick<AttestedPractice, 'level' | 'result'>[],
): PracticesResult {
  const required = items.filter((p) => p.level === 'required')
  if (required.some((p) => p.result === 'not-found')) return 'fail'
  if (required.some((p) => p.result !== 'found' && p.result !== 'confirmed')) return 'incomplete'
  return 'pass'
}

/** A measurement as main reports it; `not-applicable`: this platform has nothing to measure. */
export type MeasurementOutcome = MeasuredResult | 'not-applicable'

/** One measurement in a report (`preflight check --json`): never part of the machine verdict. */
export interface PracticeMeasurement {
  readonly kind: MeasureKind
  readonly result: MeasurementOutcome
  /** One line a staffer can read, e.g. "Signal Desktop is installed". */
  readonly summary: string
  /** What was seen, e.g. ["Bitwarden at %LOCALAPPDATA%\\Programs\\Bitwarden\\Bitwarden.exe"]. */
  readonly observed: readonly string[]
  /** For unknown / not-applicable: why. */
  readonly reason?: string
  /**
   * The same texts as catalogue messages (shared/i18n/en/checks-practices.ts), for showing them in
   * the reader's language; the strings above are these rendered in English. Display only, like
   * CheckResult.text: never signed (an attestation records practice ids and results only).
   */
  readonly text?: PracticeMeasurementText
}

/** A measurement's texts as messages (see PracticeMeasurement.text). */
export interface PracticeMeasurementText {
  readonly summary: Msg
  readonly observed: readonly Msg[]
  readonly reason?: Msg
}

/**
 * The attested answer for one practice from what was measured (undefined: no measurement in the
 * report, treated as unknown) and whether the staffer confirmed it.
 */
export function answerPractice(
  practice: Pick<Practice, 'id' | 'level' | 'evidence'>,
  measurement: MeasurementOutcome | undefined,
  confirmed: boolean,
): AttestedPractice {
  const base = { id: practice.id, level: practice.level }
  const declared = (): AttestedPractice => ({
    ...base,
    evidence: 'declared',
    result: confirmed ? 'confirmed' : 'not-confirmed',
  })
  if (practice.evidence === 'declared' || measurement === 'not-applicable') return declared()
  const m = measurement ?? 'unknown'
  if (m === 'found') return { ...base, evidence: 'measured', result: 'found' }
  if (confirmed) return { ...base, evidence: 'declared', result: 'confirmed', measured: m }
  return { ...base, evidence: 'measured', result: m }
}

/** The practices of a policy that apply to a purpose, in policy order. */
export function practicesFor(practices: readonly Practice[], purpose: Purpose): Practice[] {
  return practices.filter((p) => p.purposes.includes(purpose))
}

/** The measurement kinds a list of practices needs. */
export function measureKindsOf(practices: readonly Practice[]): MeasureKind[] {
  const kinds = new Set<MeasureKind>()
  for (const p of practices) if (p.evidence !== 'declared') kinds.add(p.evidence.measured)
  return MEASURE_KINDS.filter((k) => kinds.has(k))
}

/** Required practice ids of a policy per purpose (what the CISO's verifier judges against). */
export function requiredPracticesByPurpose(practices: readonly Practice[]): Record<Purpose, string[]> {
  const ids = (purpose: Purpose) =>
    practices.filter((p) => p.level === 'required' && p.purposes.includes(purpose)).map((p) => p.id)
  return { onboarding: ids('onboarding'), periodic: ids('periodic'), offboarding: ids('offboarding') }
}

// ---------------------------------------------------------------------------------------------
// Words

function bundled(lang: string): Readonly<Record<string, string>> | undefined {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, lang)
    ? LANGUAGES[lang as Language].practices
    : undefined
}

/**
 * The text of a key: the policy's catalogue in the language, the bundled one in the language, then
 * the same two in English; null when no catalogue has it. (A policy may reword a built-in practice.)
 */
export function practiceText(catalogue: PracticeCatalogue, key: string, lang = 'en'): string | null {
  return (
    own(catalogue[lang], key) ??
    own(bundled(lang), key) ??
    own(catalogue['en'], key) ??
    own(PRACTICES_EN, key) ??
    null
  )
}

/** Steps text split into lines (one step per line; blank lines dropped). */
export function splitSteps(text: string | null): string[] {
  if (text === null) return []
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** A practice's words resolved for one platform and language. */
export interface ResolvedPracticeWords {
  readonly title: string
  readonly why: string
  /** The steps for this platform (or the general steps); empty when there are none. */
  readonly steps: readonly string[]
  /** Steps per service, in policy order. */
  readonly services: readonly {
    readonly id: string
    readonly name: string
    readonly steps: readonly string[]
  }[]
  readonly help: readonly { readonly id: PracticeHelpId; readonly label: string; readonly url: string }[]
}

export function resolvePracticeWords(
  catalogue: PracticeCatalogue,
  practice: Practice,
  platform: Platform,
  lang = 'en',
): ResolvedPracticeWords {
  const text = (key: string) => practiceText(catalogue, key, lang)
  const how = practice.words.how
  const steps = how === null ? [] : splitSteps(text(`${how}.${platform}`) ?? text(how))
  return {
    title: text(practice.words.title) ?? practice.id,
    why: text(practice.words.why) ?? '',
    steps,
    services: practice.services.map((s) => ({
      id: s,
      name: (how !== null ? text(`${how.replace(/\.how$/, '')}.service.${s}`) : null) ?? s,
      steps: how === null ? [] : splitSteps(text(`${how}.${s}`)),
    })),
    help: practice.help.map((id) => ({
      id,
      label: practiceText(catalogue, `help.${id}`, lang) ?? id,
      url: PRACTICE_HELP_LINKS[id],
    })),
  }
}

/**
 * Problems with a practice's words in English (empty when fine): the title and "why" must exist;
 * steps are optional, but a practice with steps needs them for every platform (per platform or
 * general); every service needs its name and steps.
 */
export function practiceWordProblems(catalogue: PracticeCatalogue, practice: Practice): string[] {
  const problems: string[] = []
  const has = (key: string) => englishText(catalogue, key) !== null
  if (!has(practice.words.title)) problems.push(`no English words for "${practice.words.title}"`)
  if (!has(practice.words.why)) problems.push(`no English words for "${practice.words.why}"`)
  const how = practice.words.how
  if (how !== null) {
    const general = has(how)
    const platforms = (['darwin', 'win32', 'linux'] as const).filter((p) => has(`${how}.${p}`))
    // Steps are optional (a practice may need none), but never for some platforms only.
    if (!general && platforms.length > 0 && platforms.length < 3 && practice.services.length === 0)
      problems.push(`steps only for ${platforms.join(', ')}: give "${how}" as well, for the other platforms`)
    const base = how.replace(/\.how$/, '')
    for (const s of practice.services) {
      if (!has(`${how}.${s}`)) problems.push(`no English steps for service "${s}" ("${how}.${s}")`)
      if (!has(`${base}.service.${s}`))
        problems.push(`no English name for service "${s}" ("${base}.service.${s}")`)
    }
  }
  return problems
}

/** The words keys of a practice whose catalogue base is `base` (`<base>.title`, `.why`, `.how`). */
export function wordsFromBase(base: string): PracticeWords {
  return { title: `${base}.title`, why: `${base}.why`, how: `${base}.how` }
}

// ---------------------------------------------------------------------------------------------
// The campaign's real web addresses

export interface CampaignDomains {
  /** The campaign's own addresses and what each is for. */
  readonly official: readonly { readonly domain: string; readonly use: DomainUse }[]
  /** Known look-alikes staff must not trust. */
  readonly lookalikes: readonly string[]
}

/**
 * A domain name as a policy may list it: ASCII letters, digits and dashes in dot-separated labels
 * (internationalised names in their xn-- form), at least two labels, a letter-only or xn-- top
 * label, at most 253 characters; no scheme, path, port, user or trailing dot.
 */
export function domainProblem(value: string): string | null {
  if (value.length === 0 || value.length > 253) return 'must be 1-253 characters'
  if (/[/:@?#\s]/.test(value)) return 'must be a bare domain name like example.org, not a web address'
  if (value !== value.toLowerCase()) return 'must be written in lower case'
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(value)) return 'write internationalised names in their xn-- form'
  const labels = value.split('.')
  if (labels.length < 2) return 'must have at least two labels, like example.org'
  for (const l of labels) {
    if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l))
      return `"${l}" is not a valid label (letters, digits and inner dashes, 1-63 characters)`
  }
  const tld = labels[labels.length - 1] as string
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return `"${tld}" is not a top-level domain`
  return null
}

export const NO_DOMAINS: CampaignDomains = { official: [], lookalikes: [] }

// ---------------------------------------------------------------------------------------------
// The default campaign set (the built-in policy)

const declared = 'declared' as const
const ROUTINE: readonly Purpose[] = ['onboarding', 'periodic']
const LEAVING: readonly Purpose[] = ['offboarding']

function builtin(
  id: string,
  level: PracticeLevel,
  purposes: readonly Purpose[],
  evidence: PracticeEvidenceSpec,
  extra: { services?: readonly string[]; help?: readonly PracticeHelpId[] } = {},
): Practice {
  return {
    id,
    level,
    purposes,
    words: wordsFromBase(`practice.${id}`),
    evidence,
    services: extra.services ?? [],
    help: extra.help ?? [],
  }
}

/**
 * What campaign security guides ask of staff (D3P Campaign Cybersecurity Playbook, the DNC
 * checklist, CISA’s civil-society guidance; docs/practices.md cites each). Find My is only
 * recommended: some security baselines require it off (remote wipe belongs to device management
 * there), so the CISO chooses.
 */
export const DEFAULT_PRACTICES: readonly Practice[] = [
  builtin('two-factor-email', 'required', ROUTINE, declared, {
    services: ['google-workspace', 'microsoft-365'],
    help: ['google-2sv', 'microsoft-security-info'],
  }),
  builtin('security-key-email', 'recommended', ROUTINE, declared, { help: ['google-passkeys'] }),
  builtin(
    'signal',
    'required',
    ROUTINE,
    { measured: 'signal-desktop' },
    {
      help: ['signal-download', 'signal-disappearing'],
    },
  ),
  builtin(
    'password-manager',
    'required',
    ROUTINE,
    { measured: 'password-manager' },
    {
      help: ['bitwarden-download', 'keepassxc-download', '1password-download'],
    },
  ),
  builtin('campaign-accounts-only', 'required', ROUTINE, declared),
  builtin('phone-updated-locked', 'required', ROUTINE, declared, { services: ['ios', 'android'] }),
  builtin('laptop-password', 'required', ROUTINE, declared),
  builtin('report-lost-device', 'required', ROUTINE, declared),
  builtin('check-addresses', 'required', ROUTINE, declared),
  builtin('find-my', 'recommended', ROUTINE, { measured: 'find-my' }),
  builtin('accounts-signed-out', 'required', LEAVING, declared),
  builtin('files-deleted', 'required', LEAVING, declared),
  builtin('devices-returned', 'required', LEAVING, declared),
]

/**
 * A practice made from an old policy's offboarding checklist item (`{id, text}`): required, declared,
 * offboarding only; its title is the item's text, kept in the policy's catalogue under
 * `practice.checklist.<id>.title`, and its "why" the bundled generic one.
 */
export function practiceFromChecklistItem(id: string): Practice {
  return {
    id,
    level: 'required',
    purposes: LEAVING,
    words: { title: `practice.checklist.${id}.title`, why: 'practice.checklist.why', how: null },
    evidence: declared,
    services: [],
    help: [],
  }
}

/** Is this practice the kind an offboarding checklist item becomes (declared, offboarding only)? */
export function isChecklistLike(p: Practice): boolean {
  return p.evidence === 'declared' && p.purposes.length === 1 && p.purposes[0] === 'offboarding'
}
