/**
 * The policy: what the campaign requires of a laptop.
 *
 * Defaults are built in; a JSON file (`--policy FILE`, or the policy inside a CISO-signed request)
 * overrides any part of them. Unknown keys are rejected so that a typo ("screenlock") cannot silently
 * weaken a requirement.
 */
import { z } from 'zod'
import { PURPOSES } from './attestation-types'
import { CHECK_IDS, PLATFORMS, type CheckId, type CheckLevel, type Platform } from './check-types'
import { osSupportSchema, type OsSupportData } from './os-support/types'
import {
  DEFAULT_PRACTICES,
  DOMAIN_USES,
  domainProblem,
  isChecklistLike,
  MEASURE_KINDS,
  NO_DOMAINS,
  PRACTICE_ID_PATTERN,
  PRACTICE_KEY_PATTERN,
  PRACTICE_LEVELS,
  practiceFromChecklistItem,
  practiceWordProblems,
  wordsFromBase,
  type CampaignDomains,
  type Practice,
  type PracticeCatalogue,
} from './practices'
import { PRACTICE_HELP_IDS } from './practices-help'
import { browserReleasesSchema, type BrowserReleasesData } from './browser-releases/types'

/** An item of the old offboarding checklist (policy files may still carry it: see `practices`). */
export interface OffboardingItem {
  readonly id: string
  readonly text: string
}

/** A check's level on each platform (a policy may ask for different things per OS). */
export type PlatformLevels = Readonly<Record<Platform, CheckLevel>>

export interface Policy {
  /** Short identifier, e.g. "baseline". */
  readonly id: string
  /** Increases with every change the CISO signs; staff refuse a lower version (anti-rollback). */
  readonly version: number
  /** Per check and platform: required, only recommended, or off (not checked). */
  readonly checks: Readonly<Record<CheckId, PlatformLevels>>
  readonly screenLock: {
    /** Maximum idle time before the lock plus grace delay, in seconds. */
    readonly maxIdlePlusGraceSeconds: number
  }
  readonly osVersion: {
    /** An update public for longer than this must be installed. */
    readonly patchGraceDays: number
    /** If the bundled support data is older than this, the patch level is `unknown`. */
    readonly maxDataAgeDays: number
    /** Linux: the last successful system upgrade must be at most this old. */
    readonly maxUpgradeAgeDays: number
  }
  readonly malwareProtection: {
    /** Windows (Defender) and Linux (ClamAV): antivirus signatures at most this many days old. */
    readonly maxSignatureAgeDays: number
    /** macOS: the newest XProtect data install seen must be at most this many days old. */
    readonly maxXprotectAgeDays: number
  }
  /**
   * What the campaign asks of staff beyond the laptop's settings, measured or declared
   * (shared/practices.ts). An old policy's `offboardingChecklist` becomes offboarding practices.
   */
  readonly practices: readonly Practice[]
  /** The policy's own words for its practices (language → key → text); empty for the built-in set. */
  readonly catalogue: PracticeCatalogue
  /** The campaign's real web addresses and known look-alikes, shown to staff (never looked up). */
  readonly domains: CampaignDomains
  /** A CISO's refreshed OS support table; replaces the bundled one when newer. */
  readonly osSupport?: OsSupportData
  readonly browserUpdates: {
    /** A browser release public for longer than this must be installed. */
    readonly graceDays: number
    /** If the release data for a browser is older than this, a browser that is not behind is `unknown`. */
    readonly maxDataAgeDays: number
  }
  /** A CISO's refreshed browser release table; replaces the bundled one when newer. */
  readonly browserReleases?: BrowserReleasesData
  readonly reattestation: {
    /**
     * Staff re-attest at least this often (days). The CISO's roster uses it for "stale" / overdue
     * while this is the newest accepted policy (main/ciso/issue.ts reattestDaysOf).
     */
    readonly intervalDays: number
  }
}

/** The same level on every platform. */
export function everywhere(level: CheckLevel): PlatformLevels {
  return { darwin: level, win32: level, linux: level }
}

export const DEFAULT_POLICY: Policy = {
  id: 'default',
  version: 1,
  checks: {
    'os-version': everywhere('required'),
    'disk-encryption': everywhere('required'),
    firewall: everywhere('required'),
    'screen-lock': everywhere('required'),
    'auto-updates': everywhere('recommended'),
    'malware-protection': { darwin: 'required', win32: 'required', linux: 'off' },
    'platform-integrity': everywhere('recommended'),
    'remote-access': everywhere('recommended'),
    'login-protection': everywhere('required'),
    'browser-updates': everywhere('recommended'),
  },
  screenLock: { maxIdlePlusGraceSeconds: 900 },
  osVersion: { patchGraceDays: 21, maxDataAgeDays: 120, maxUpgradeAgeDays: 30 },
  malwareProtection: { maxSignatureAgeDays: 7, maxXprotectAgeDays: 60 },
  practices: DEFAULT_PRACTICES,
  catalogue: {},
  domains: NO_DOMAINS,
  browserUpdates: { graceDays: 21, maxDataAgeDays: 60 },
  // The DNC security checklist asks staff to re-check their devices monthly.
  reattestation: { intervalDays: 30 },
}

const level = z.enum(['required', 'recommended', 'off'])

/**
 * A check's level in a policy file: one level for every platform, or per platform with an optional
 * `default` for the platforms not named, e.g. `{ "default": "required", "linux": "off" }`.
 */
const checkLevelSpec = z.union([
  level,
  z
    .object({ default: level, darwin: level, win32: level, linux: level })
    .partial()
    .strict()
    .refine((o) => Object.keys(o).length > 0, 'name at least one platform or a default'),
])

const unique = <T>(a: readonly T[]) => new Set(a).size === a.length

/** A practice in a policy file; its words are the catalogue keys `<words>.title`, `.why`, `.how…`. */
const practiceFileSchema = z
  .object({
    id: z.string().regex(PRACTICE_ID_PATTERN, 'use lower-case letters, digits and dashes (1-64)'),
    level: z.enum(PRACTICE_LEVELS),
    purposes: z
      .array(z.enum(PURPOSES))
      .min(1, 'name at least one purpose')
      .refine(unique, 'a purpose appears twice'),
    words: z
      .string()
      .regex(PRACTICE_KEY_PATTERN, 'a catalogue key base like "practice.vpn" (title, why, how under it)'),
    evidence: z.union([z.literal('declared'), z.object({ measured: z.enum(MEASURE_KINDS) }).strict()]),
    services: z
      .array(
        z
          .string()
          .regex(PRACTICE_ID_PATTERN, 'use lower-case letters, digits and dashes')
          .refine((s) => !(PLATFORMS as readonly string[]).includes(s), 'a platform name is not a service'),
      )
      .max(10)
      .refine(unique, 'a service appears twice'),
    help: z.array(z.enum(PRACTICE_HELP_IDS)).max(10).refine(unique, 'a help page appears twice'),
  })
  .partial({ services: true, help: true })
  .strict()

/** Catalogue text: printable, line breaks allowed (one step per line), no bidi overrides. */
const catalogueText = z
  .string()
  .min(1)
  .max(4000)
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s), {
    message: 'must not contain control characters (line breaks are allowed)',
  })

const catalogueSchema = z
  .record(
    z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a language code like "en" or "es"'),
    z
      .record(z.string().regex(PRACTICE_KEY_PATTERN, 'keys start with "practice."'), catalogueText)
      .refine((o) => Object.keys(o).length <= 1000, 'at most 1000 keys per language'),
  )
  .refine((o) => Object.keys(o).length <= 10, 'at most 10 languages')

const domainName = z.string().superRefine((v, ctx) => {
  const problem = domainProblem(v)
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem })
})

const domainsSchema = z
  .object({
    official: z.array(z.object({ domain: domainName, use: z.enum(DOMAIN_USES) }).strict()).max(100),
    lookalikes: z.array(domainName).max(500),
  })
  .partial()
  .strict()

/** Schema of a policy file: every field optional, unknown keys rejected. */
export const policyFileSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'use 1-64 letters, digits, dots, dashes or underscores'),
    version: z.number().int().min(1).max(2_147_483_647),
    checks: z.object(Object.fromEntries(CHECK_IDS.map((id) => [id, checkLevelSpec.optional()]))).strict(),
    screenLock: z
      .object({ maxIdlePlusGraceSeconds: z.number().int().min(10).max(86_400) })
      .partial()
      .strict(),
    osVersion: z
      .object({
        patchGraceDays: z.number().int().min(0).max(365),
        maxDataAgeDays: z.number().int().min(1).max(3650),
        maxUpgradeAgeDays: z.number().int().min(1).max(365),
      })
      .partial()
      .strict(),
    malwareProtection: z
      .object({
        maxSignatureAgeDays: z.number().int().min(1).max(90),
        maxXprotectAgeDays: z.number().int().min(7).max(365),
      })
      .partial()
      .strict(),
    offboardingChecklist: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'use lower-case letters, digits and dashes'),
            text: z.string().min(1).max(500),
          })
          .strict(),
      )
      .max(50),
    osSupport: osSupportSchema,
    practices: z.array(practiceFileSchema).max(100),
    catalogue: catalogueSchema,
    domains: domainsSchema,
    browserUpdates: z
      .object({
        graceDays: z.number().int().min(0).max(365),
        maxDataAgeDays: z.number().int().min(1).max(3650),
      })
      .partial()
      .strict(),
    browserReleases: browserReleasesSchema,
    reattestation: z
      .object({ intervalDays: z.number().int().min(1).max(365) })
      .partial()
      .strict(),
  })
  .partial()
  .strict()
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })
    if (file.practices !== undefined && file.offboardingChecklist !== undefined)
      issue(
        ['offboardingChecklist'],
        'give the offboarding items as practices with purposes ["offboarding"] instead (offboardingChecklist is the old form and cannot be combined with practices)',
      )
    const ids = new Set<string>()
    const seen = (path: (string | number)[], id: string) => {
      if (ids.has(id)) issue(path, `the id "${id}" appears twice`)
      ids.add(id)
    }
    file.practices?.forEach((p, i) => seen(['practices', i, 'id'], p.id))
    file.offboardingChecklist?.forEach((item, i) => seen(['offboardingChecklist', i, 'id'], item.id))
    const catalogue = fileCatalogue(file)
    file.practices?.forEach((p, i) => {
      for (const problem of practiceWordProblems(catalogue, practiceFromFile(p)))
        issue(['practices', i, 'words'], `a practice with no words: ${problem}`)
    })
    const official = new Set<string>()
    file.domains?.official?.forEach((o, i) => {
      const key = `${o.domain} ${o.use}`
      if (official.has(key)) issue(['domains', 'official', i], `${o.domain} (${o.use}) is listed twice`)
      official.add(key)
    })
    const officialDomains = new Set(file.domains?.official?.map((o) => o.domain))
    const lookalikes = new Set<string>()
    file.domains?.lookalikes?.forEach((d, i) => {
      if (officialDomains.has(d))
        issue(['domains', 'lookalikes', i], `${d} is listed both as official and as a look-alike`)
      if (lookalikes.has(d)) issue(['domains', 'lookalikes', i], `${d} is listed twice`)
      lookalikes.add(d)
    })
  })

export type PolicyFile = z.infer<typeof policyFileSchema>

type PracticeFile = z.infer<typeof practiceFileSchema>

function practiceFromFile(p: PracticeFile): Practice {
  return {
    id: p.id,
    level: p.level,
    purposes: p.purposes,
    words: wordsFromBase(p.words),
    evidence: p.evidence,
    services: p.services ?? [],
    help: p.help ?? [],
  }
}

/**
 * The policy's catalogue, plus the titles of an old offboarding checklist's items (their text, kept
 * as English words under `practice.checklist.<id>.title`).
 */
function fileCatalogue(file: PolicyFile, base: PracticeCatalogue = {}): PracticeCatalogue {
  const catalogue: Record<string, Readonly<Record<string, string>>> = { ...(file.catalogue ?? base) }
  if (file.offboardingChecklist !== undefined && file.offboardingChecklist.length > 0) {
    const en: Record<string, string> = { ...(catalogue['en'] ?? {}) }
    for (const item of file.offboardingChecklist) en[`practice.checklist.${item.id}.title`] = item.text
    catalogue['en'] = en
  }
  return catalogue
}

/** The practices of a policy file merged over a base list (see `practices` in the README). */
function mergePractices(file: PolicyFile, base: readonly Practice[]): readonly Practice[] {
  const practices = file.practices !== undefined ? file.practices.map(practiceFromFile) : base
  if (file.offboardingChecklist === undefined) return practices
  // An old policy's checklist replaces the base's offboarding checklist-like practices.
  return [
    ...practices.filter((p) => !isChecklistLike(p)),
    ...file.offboardingChecklist.map((item) => practiceFromChecklistItem(item.id)),
  ]
}

function mergeDomains(file: PolicyFile, base: CampaignDomains): CampaignDomains {
  if (file.domains === undefined) return base
  return { official: file.domains.official ?? [], lookalikes: file.domains.lookalikes ?? [] }
}

/** A policy that could not be used; `problems` lists each one as "path: message". */
export class PolicyError extends Error {
  override name = 'PolicyError'
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(message)
  }
}

/** Merge a validated policy file over the defaults. */
export function mergePolicy(file: PolicyFile, base: Policy = DEFAULT_POLICY): Policy {
  const checks = { ...base.checks }
  for (const id of CHECK_IDS) {
    const v = file.checks?.[id] as CheckLevelSpec | undefined
    if (v !== undefined) checks[id] = resolveLevels(v, base.checks[id])
  }
  const merged: Policy = {
    id: file.id ?? base.id,
    version: file.version ?? base.version,
    checks,
    screenLock: { ...base.screenLock, ...stripUndefined(file.screenLock ?? {}) },
    osVersion: { ...base.osVersion, ...stripUndefined(file.osVersion ?? {}) },
    malwareProtection: { ...base.malwareProtection, ...stripUndefined(file.malwareProtection ?? {}) },
    practices: mergePractices(file, base.practices),
    catalogue: fileCatalogue(file, base.catalogue),
    domains: mergeDomains(file, base.domains),
    browserUpdates: { ...base.browserUpdates, ...stripUndefined(file.browserUpdates ?? {}) },
    reattestation: { ...base.reattestation, ...stripUndefined(file.reattestation ?? {}) },
    ...(file.osSupport !== undefined
      ? { osSupport: file.osSupport }
      : base.osSupport !== undefined
        ? { osSupport: base.osSupport }
        : {}),
    ...(file.browserReleases !== undefined
      ? { browserReleases: file.browserReleases }
      : base.browserReleases !== undefined
        ? { browserReleases: base.browserReleases }
        : {}),
  }
  return merged
}

type CheckLevelSpec = z.infer<typeof checkLevelSpec>

function resolveLevels(spec: CheckLevelSpec, base: PlatformLevels): PlatformLevels {
  if (typeof spec === 'string') return everywhere(spec)
  const out = { ...base }
  for (const platform of PLATFORMS) {
    const v = spec[platform] ?? spec.default
    if (v !== undefined) out[platform] = v
  }
  return out
}

/** The level of one check on one platform. */
export function checkLevel(policy: Policy, id: CheckId, platform: Platform): CheckLevel {
  return policy.checks[id][platform]
}

/** The checks a policy requires on a platform, in report order. */
export function requiredCheckIds(policy: Pick<Policy, 'checks'>, platform: Platform): CheckId[] {
  return CHECK_IDS.filter((id) => policy.checks[id][platform] === 'required')
}

/** Required check ids on every platform (what the CISO's verifier judges a posture against). */
export function requiredChecksByPlatform(policy: Pick<Policy, 'checks'>): Record<Platform, CheckId[]> {
  return {
    darwin: requiredCheckIds(policy, 'darwin'),
    win32: requiredCheckIds(policy, 'win32'),
    linux: requiredCheckIds(policy, 'linux'),
  }
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]-?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]-?: Exclude<T[K], undefined>
  }
}

/** Validate already-parsed JSON as a policy file and merge it over the defaults. */
export function policyFromJson(data: unknown): Policy {
  const parsed = policyFileSchema.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const where = i.path.length > 0 ? i.path.join('.') : '(top level)'
      return `${where}: ${i.message}`
    })
    throw new PolicyError(`invalid policy: ${problems[0] ?? 'invalid'}`, problems)
  }
  return mergePolicy(parsed.data)
}

/** Parse policy JSON text (the content of `--policy FILE`). */
export function parsePolicy(text: string): Policy {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new PolicyError(`invalid policy: not valid JSON (${(err as Error).message})`, ['not valid JSON'])
  }
  return policyFromJson(data)
}

/** A short human description of the screen-lock requirement, shared by all platforms. */
export function screenLockRequirement(policy: Policy): string {
  return `screen locks automatically, idle + grace <= ${policy.screenLock.maxIdlePlusGraceSeconds} s`
}
