/**
 * The app's policy editor, main-process side: the same validation as `preflight ciso policy sign`
 * (shared/policy.ts policyFileSchema, strict JSON), problems named by their path, the explicit file
 * form of a policy (every field written out, so the form shows every value and the exported file is
 * what the CLI signs), and a field-level diff of the effective policies ("Screen lock limit: 900 s →
 * 600 s", "Firewall on Linux: required → off", practices and addresses added or removed).
 *
 * Signing itself is main/ciso/issue.ts signPolicy (anti-rollback by version), never a second copy.
 */
import { CHECK_IDS, PLATFORMS, type CheckLevel } from '../../shared/check-types'
import type { PolicyChange, PolicyNumberField, PolicyProblem } from '../../shared/ipc-contract'
import { mergePolicy, policyFileSchema, type Policy, type PolicyFile } from '../../shared/policy'
import { englishText, splitSteps, wordsFromBase, type Practice } from '../../shared/practices'
import { parseStrictJson } from '../attestation/strict-json'

/** Largest policy text accepted from the editor or a file (a policy with both data tables is ~100 KB). */
export const MAX_POLICY_BYTES = 4 * 1024 * 1024

/** The number fields of a policy, in the order the editor shows them. */
export const POLICY_NUMBER_FIELDS: readonly PolicyNumberField[] = [
  'screenLock.maxIdlePlusGraceSeconds',
  'osVersion.patchGraceDays',
  'osVersion.maxDataAgeDays',
  'osVersion.maxUpgradeAgeDays',
  'browserUpdates.graceDays',
  'browserUpdates.maxDataAgeDays',
  'malwareProtection.maxSignatureAgeDays',
  'malwareProtection.maxXprotectAgeDays',
  'reattestation.intervalDays',
]

/** The value of a number field in an effective policy. */
export function numberField(policy: Policy, field: PolicyNumberField): number {
  const [section, key] = field.split('.') as [string, string]
  return (policy as unknown as Record<string, Record<string, number>>)[section]?.[key] as number
}

/** Parsed and validated policy text, or the problems (each with the path of the field). */
export type PolicyParse =
  | { readonly ok: true; readonly file: PolicyFile }
  | { readonly ok: false; readonly problems: readonly PolicyProblem[] }

/** Validate policy JSON text exactly as the CLI does (strict JSON, then the policy schema). */
export function parsePolicyText(text: string, what = 'the policy'): PolicyParse {
  let data: unknown
  try {
    data = parseStrictJson(text, { what, allowBom: true, maxBytes: MAX_POLICY_BYTES })
  } catch (err) {
    return { ok: false, problems: [{ path: [], message: (err as Error).message }] }
  }
  const parsed = policyFileSchema.safeParse(data)
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: i.message,
      })),
    }
  return { ok: true, file: parsed.data }
}

/** The catalogue base of a practice's words when they follow `<base>.title/.why/.how`, else null. */
function wordsBase(p: Practice): string | null {
  if (!p.words.title.endsWith('.title')) return null
  const base = p.words.title.slice(0, -'.title'.length)
  const w = wordsFromBase(base)
  return w.why === p.words.why && w.how === p.words.how ? base : null
}

/**
 * The explicit file form of an effective policy: every check level (one level when the three
 * platforms agree), every number, the full practice list with its words, the addresses, and the data
 * tables if the policy carries them. mergePolicy(policyToFile(p)) gives back `p` (a practice made
 * from an old checklist item keeps its English words under its own key base).
 */
export function policyToFile(policy: Policy): PolicyFile {
  const en: Record<string, string> = { ...(policy.catalogue['en'] ?? {}) }
  const practices = policy.practices.map((p) => {
    let base = wordsBase(p)
    if (base === null) {
      // e.g. an old offboarding checklist item: title under practice.checklist.<id>.title, a shared why.
      base = p.words.title.replace(/\.title$/, '')
      for (const [part, key] of [
        ['title', p.words.title],
        ['why', p.words.why],
      ] as const) {
        const text = englishText(policy.catalogue, key)
        if (text !== null && key !== `${base}.${part}`) en[`${base}.${part}`] = text
      }
      const how = p.words.how === null ? null : englishText(policy.catalogue, p.words.how)
      if (how !== null && p.words.how !== `${base}.how`) en[`${base}.how`] = how
    }
    return {
      id: p.id,
      level: p.level,
      purposes: [...p.purposes],
      words: base,
      evidence: p.evidence === 'declared' ? ('declared' as const) : { measured: p.evidence.measured },
      ...(p.services.length > 0 ? { services: [...p.services] } : {}),
      ...(p.help.length > 0 ? { help: [...p.help] } : {}),
    }
  })
  const catalogue: Record<string, Record<string, string>> = {}
  for (const [lang, words] of Object.entries(policy.catalogue)) catalogue[lang] = { ...words }
  if (Object.keys(en).length > 0) catalogue['en'] = en
  const checks = Object.fromEntries(
    CHECK_IDS.map((id) => {
      const l = policy.checks[id]
      return [id, l.darwin === l.win32 && l.win32 === l.linux ? l.darwin : { ...l }]
    }),
  )
  return {
    id: policy.id,
    version: policy.version,
    checks,
    screenLock: { ...policy.screenLock },
    osVersion: { ...policy.osVersion },
    malwareProtection: { ...policy.malwareProtection },
    browserUpdates: { ...policy.browserUpdates },
    reattestation: { ...policy.reattestation },
    practices,
    ...(Object.keys(catalogue).length > 0 ? { catalogue } : {}),
    domains: {
      official: policy.domains.official.map((o) => ({ domain: o.domain, use: o.use })),
      lookalikes: [...policy.domains.lookalikes],
    },
    ...(policy.osSupport !== undefined ? { osSupport: policy.osSupport } : {}),
    ...(policy.browserReleases !== undefined ? { browserReleases: policy.browserReleases } : {}),
  } as PolicyFile
}

/** The English words of a practice, to notice a changed wording. */
function wordsOf(policy: Policy, p: Practice): string {
  const text = (key: string | null) => (key === null ? '' : (englishText(policy.catalogue, key) ?? ''))
  const how = p.words.how
  const steps =
    how === null
      ? []
      : [how, ...PLATFORMS.map((pl) => `${how}.${pl}`), ...p.services.map((s) => `${how}.${s}`)].map((k) =>
          splitSteps(text(k)).join('\n'),
        )
  return JSON.stringify([text(p.words.title), text(p.words.why), ...steps])
}

function titleOf(policy: Policy, p: Practice): string {
  return englishText(policy.catalogue, p.words.title) ?? p.id
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

const evidenceOf = (p: Practice): string => (p.evidence === 'declared' ? 'declared' : p.evidence.measured)

/**
 * What changes from `before` to `after`, field by field, in the editor's order: the id, check levels
 * per platform, numbers, practices (added, removed, changed), addresses, data tables.
 */
export function diffPolicies(before: Policy, after: Policy): PolicyChange[] {
  const out: PolicyChange[] = []
  if (before.id !== after.id) out.push({ kind: 'id', from: before.id, to: after.id })
  for (const check of CHECK_IDS) {
    for (const platform of PLATFORMS) {
      const from: CheckLevel = before.checks[check][platform]
      const to: CheckLevel = after.checks[check][platform]
      if (from !== to) out.push({ kind: 'check-level', check, platform, from, to })
    }
  }
  for (const field of POLICY_NUMBER_FIELDS) {
    const from = numberField(before, field)
    const to = numberField(after, field)
    if (from !== to) out.push({ kind: 'number', field, from, to })
  }
  const beforeById = new Map(before.practices.map((p) => [p.id, p]))
  const afterById = new Map(after.practices.map((p) => [p.id, p]))
  for (const p of before.practices)
    if (!afterById.has(p.id)) out.push({ kind: 'practice-removed', id: p.id, title: titleOf(before, p) })
  for (const p of after.practices) {
    const old = beforeById.get(p.id)
    const title = titleOf(after, p)
    if (old === undefined) {
      out.push({ kind: 'practice-added', id: p.id, title, purposes: [...p.purposes], level: p.level })
      continue
    }
    const changed = (
      what: 'level' | 'purposes' | 'evidence' | 'services' | 'help',
      from: string[],
      to: string[],
    ) => out.push({ kind: 'practice-changed', id: p.id, title, what, from, to })
    if (old.level !== p.level) changed('level', [old.level], [p.level])
    if (!sameList(old.purposes, p.purposes)) changed('purposes', [...old.purposes], [...p.purposes])
    if (evidenceOf(old) !== evidenceOf(p)) changed('evidence', [evidenceOf(old)], [evidenceOf(p)])
    if (!sameList(old.services, p.services)) changed('services', [...old.services], [...p.services])
    if (!sameList(old.help, p.help)) changed('help', [...old.help], [...p.help])
    if (wordsOf(before, old) !== wordsOf(after, p))
      out.push({ kind: 'practice-changed', id: p.id, title, what: 'words', from: [], to: [] })
  }
  const key = (o: { domain: string; use: string }) => `${o.domain} ${o.use}`
  const officialBefore = new Set(before.domains.official.map(key))
  const officialAfter = new Set(after.domains.official.map(key))
  for (const o of before.domains.official)
    if (!officialAfter.has(key(o))) out.push({ kind: 'domain-removed', domain: o.domain, use: o.use })
  for (const o of after.domains.official)
    if (!officialBefore.has(key(o))) out.push({ kind: 'domain-added', domain: o.domain, use: o.use })
  const lookBefore = new Set(before.domains.lookalikes)
  const lookAfter = new Set(after.domains.lookalikes)
  for (const d of before.domains.lookalikes)
    if (!lookAfter.has(d)) out.push({ kind: 'lookalike-removed', domain: d })
  for (const d of after.domains.lookalikes)
    if (!lookBefore.has(d)) out.push({ kind: 'lookalike-added', domain: d })
  const asOf = (t: { dataAsOf: string } | undefined) => t?.dataAsOf ?? null
  for (const table of ['osSupport', 'browserReleases'] as const) {
    const from = asOf(before[table])
    const to = asOf(after[table])
    if (from !== to || JSON.stringify(before[table]) !== JSON.stringify(after[table]))
      out.push({ kind: 'table', table, from, to })
  }
  return out
}

/** The effective policy of a validated file (what staff will be judged against). */
export function effectivePolicy(file: PolicyFile): Policy {
  return mergePolicy(file)
}
