/**
 * The policy editor's draft: the policy file being edited (the explicit form main sends), changed
 * immutably by the form. Pure (no DOM, no React): unit-tested in Node. Validation is main's (the
 * CLI's schema); a number field the user cleared or mistyped is kept as typed so main names it.
 */
import type { Purpose } from '../../../shared/attestation-types'
import {
  CHECK_IDS,
  PLATFORMS,
  type CheckId,
  type CheckLevel,
  type Platform,
} from '../../../shared/check-types'
import type { PolicyNumberField, PolicyProblem } from '../../../shared/ipc-contract'
import type { PolicyFile } from '../../../shared/policy'
import type { MeasureKind, PracticeCatalogue, PracticeLevel } from '../../../shared/practices'
import { englishText, PRACTICE_ID_PATTERN, type DomainUse } from '../../../shared/practices-basics'

/** The draft: a policy file as the form holds it (the version is main's to set). */
export type Draft = Omit<PolicyFile, 'version'>
/** One practice of the draft (file form). */
export type DraftPractice = NonNullable<PolicyFile['practices']>[number]
/** How a practice is shown to be followed, as one select value. */
export type EvidenceChoice = 'declared' | MeasureKind

/** A number field of the form: its unit and the range the policy schema allows (checked by a test). */
export interface NumberFieldSpec {
  readonly field: PolicyNumberField
  readonly unit: 'seconds' | 'days'
  readonly min: number
  readonly max: number
}

export const NUMBER_FIELDS: readonly NumberFieldSpec[] = [
  { field: 'screenLock.maxIdlePlusGraceSeconds', unit: 'seconds', min: 10, max: 86_400 },
  { field: 'osVersion.patchGraceDays', unit: 'days', min: 0, max: 365 },
  { field: 'osVersion.maxDataAgeDays', unit: 'days', min: 1, max: 3650 },
  { field: 'osVersion.maxUpgradeAgeDays', unit: 'days', min: 1, max: 365 },
  { field: 'browserUpdates.graceDays', unit: 'days', min: 0, max: 365 },
  { field: 'browserUpdates.maxDataAgeDays', unit: 'days', min: 1, max: 3650 },
  { field: 'malwareProtection.maxSignatureAgeDays', unit: 'days', min: 1, max: 90 },
  { field: 'malwareProtection.maxXprotectAgeDays', unit: 'days', min: 7, max: 365 },
  { field: 'reattestation.intervalDays', unit: 'days', min: 1, max: 365 },
]

/** The draft without a version (what the form edits). */
export function draftOf(policy: PolicyFile): Draft {
  const { version: _version, ...rest } = policy
  return rest
}

/** The text sent to main for checking, signing and export. */
export function draftText(draft: Draft): string {
  return JSON.stringify(draft)
}

/** A check's level on each platform (the file may give one level for all). */
export function levelsOf(draft: Draft, id: CheckId): Readonly<Record<Platform, CheckLevel>> {
  const spec = draft.checks?.[id]
  if (spec === undefined) return { darwin: 'required', win32: 'required', linux: 'required' }
  if (typeof spec === 'string') return { darwin: spec, win32: spec, linux: spec }
  const fallback = spec.default ?? 'required'
  return {
    darwin: spec.darwin ?? fallback,
    win32: spec.win32 ?? fallback,
    linux: spec.linux ?? fallback,
  }
}

export function setCheckLevel(draft: Draft, id: CheckId, platform: Platform, level: CheckLevel): Draft {
  const levels = { ...levelsOf(draft, id), [platform]: level }
  const same = PLATFORMS.every((p) => levels[p] === levels.darwin)
  const checks = Object.fromEntries(
    CHECK_IDS.map((c) => [c, c === id ? (same ? levels.darwin : levels) : draft.checks?.[c]]).filter(
      ([, v]) => v !== undefined,
    ),
  )
  return { ...draft, checks }
}

/** A number field's value as the form shows it (a number, or what the user typed). */
export function numberValue(draft: Draft, field: PolicyNumberField): number | string {
  const [section, key] = field.split('.') as [string, string]
  const v = (draft as Record<string, Record<string, unknown> | undefined>)[section]?.[key]
  return typeof v === 'number' || typeof v === 'string' ? v : ''
}

/** Set a number field: a whole number is stored as a number, anything else as typed (main names it). */
export function setNumber(draft: Draft, field: PolicyNumberField, typed: string): Draft {
  const [section, key] = field.split('.') as [string, string]
  const trimmed = typed.trim()
  const value: number | string = /^-?\d+$/.test(trimmed) ? Number(trimmed) : typed
  const current = (draft as Record<string, Record<string, unknown> | undefined>)[section] ?? {}
  return { ...draft, [section]: { ...current, [key]: value } } as Draft
}

/** The policy's words for a key (its own catalogue, then the bundled one), in English. */
export function wordsFor(draft: Draft, key: string): string | null {
  return englishText((draft.catalogue ?? {}) as PracticeCatalogue, key)
}

export function practiceTitle(draft: Draft, p: DraftPractice): string {
  return wordsFor(draft, `${p.words}.title`) ?? p.id
}

/** Offboarding items: practices asked only when leaving (the old checklist's place). */
export function isOffboardingItem(p: DraftPractice): boolean {
  return p.purposes.length === 1 && p.purposes[0] === 'offboarding'
}

export function evidenceChoice(p: DraftPractice): EvidenceChoice {
  return p.evidence === 'declared' ? 'declared' : p.evidence.measured
}

function mapPractice(draft: Draft, id: string, f: (p: DraftPractice) => DraftPractice): Draft {
  return { ...draft, practices: (draft.practices ?? []).map((p) => (p.id === id ? f(p) : p)) }
}

export function setPracticeLevel(draft: Draft, id: string, level: PracticeLevel): Draft {
  return mapPractice(draft, id, (p) => ({ ...p, level }))
}

/** Tick or untick a purpose (the order stays onboarding, periodic, offboarding). */
export function setPracticePurpose(draft: Draft, id: string, purpose: Purpose, on: boolean): Draft {
  const order: readonly Purpose[] = ['onboarding', 'periodic', 'offboarding']
  return mapPractice(draft, id, (p) => {
    const set = new Set(p.purposes)
    if (on) set.add(purpose)
    else set.delete(purpose)
    return { ...p, purposes: order.filter((x) => set.has(x)) }
  })
}

export function setPracticeEvidence(draft: Draft, id: string, evidence: EvidenceChoice): Draft {
  return mapPractice(draft, id, (p) => ({
    ...p,
    evidence: evidence === 'declared' ? 'declared' : { measured: evidence },
  }))
}

/** Remove a practice and the policy's own words under its key base (bundled words are not touched). */
export function removePractice(draft: Draft, id: string): Draft {
  const gone = (draft.practices ?? []).find((p) => p.id === id)
  const practices = (draft.practices ?? []).filter((p) => p.id !== id)
  if (gone === undefined) return draft
  const stillUsed = practices.some((p) => p.words === gone.words)
  const catalogue = stillUsed
    ? draft.catalogue
    : Object.fromEntries(
        Object.entries(draft.catalogue ?? {}).map(([lang, words]) => [
          lang,
          Object.fromEntries(Object.entries(words).filter(([k]) => !k.startsWith(`${gone.words}.`))),
        ]),
      )
  return { ...draft, practices, ...(catalogue !== undefined ? { catalogue } : {}) }
}

/** An id for a new practice from its title: lower-case letters, digits, dashes; unique in the draft. */
export function newPracticeId(draft: Draft, title: string): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'practice'
  const taken = new Set((draft.practices ?? []).map((p) => p.id))
  let id = base
  for (let i = 2; taken.has(id) || !PRACTICE_ID_PATTERN.test(id); i++) id = `${base}-${i}`
  return id
}

/** What the "add a practice" form collects. */
export interface NewPractice {
  readonly title: string
  readonly why: string
  /** One step per line; may be empty. */
  readonly steps: string
  readonly level: PracticeLevel
  readonly purposes: readonly Purpose[]
  readonly evidence: EvidenceChoice
}

/** Add a practice with its English words in the policy's own catalogue (key base `practice.<id>`). */
export function addPractice(draft: Draft, n: NewPractice): { readonly draft: Draft; readonly id: string } {
  const id = newPracticeId(draft, n.title)
  const base = `practice.${id}`
  const en: Record<string, string> = { ...(draft.catalogue?.['en'] ?? {}) }
  en[`${base}.title`] = n.title.trim()
  en[`${base}.why`] = n.why.trim()
  const steps = n.steps
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (steps.length > 0) en[`${base}.how`] = steps.join('\n')
  const practice: DraftPractice = {
    id,
    level: n.level,
    purposes: [...n.purposes],
    words: base,
    evidence: n.evidence === 'declared' ? 'declared' : { measured: n.evidence },
  }
  return {
    id,
    draft: {
      ...draft,
      practices: [...(draft.practices ?? []), practice],
      catalogue: { ...(draft.catalogue ?? {}), en },
    },
  }
}

function domainsOf(draft: Draft): {
  official: { domain: string; use: DomainUse }[]
  lookalikes: string[]
} {
  return {
    official: [...(draft.domains?.official ?? [])],
    lookalikes: [...(draft.domains?.lookalikes ?? [])],
  }
}

/** Add an official address (lower-cased, trimmed; main checks it is a bare domain name). */
export function addOfficial(draft: Draft, domain: string, use: DomainUse): Draft {
  const d = domainsOf(draft)
  return {
    ...draft,
    domains: { ...d, official: [...d.official, { domain: domain.trim().toLowerCase(), use }] },
  }
}

export function setOfficialUse(draft: Draft, index: number, use: DomainUse): Draft {
  const d = domainsOf(draft)
  return {
    ...draft,
    domains: { ...d, official: d.official.map((o, i) => (i === index ? { ...o, use } : o)) },
  }
}

export function removeOfficial(draft: Draft, index: number): Draft {
  const d = domainsOf(draft)
  return { ...draft, domains: { ...d, official: d.official.filter((_, i) => i !== index) } }
}

export function addLookalike(draft: Draft, domain: string): Draft {
  const d = domainsOf(draft)
  return { ...draft, domains: { ...d, lookalikes: [...d.lookalikes, domain.trim().toLowerCase()] } }
}

export function removeLookalike(draft: Draft, index: number): Draft {
  const d = domainsOf(draft)
  return { ...draft, domains: { ...d, lookalikes: d.lookalikes.filter((_, i) => i !== index) } }
}

/** Problems grouped by the dotted path of their field ("" for the whole file). */
export function problemsByPath(problems: readonly PolicyProblem[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>()
  for (const p of problems) {
    const key = p.path.join('.')
    map.set(key, [...(map.get(key) ?? []), p.message])
  }
  return map
}

/** The problems at or under a path (e.g. "practices.3" gets "practices.3.words" too). */
export function problemsAt(map: ReadonlyMap<string, readonly string[]>, path: string): string[] {
  const out: string[] = []
  for (const [k, v] of map) if (k === path || k.startsWith(`${path}.`)) out.push(...v)
  return out
}
