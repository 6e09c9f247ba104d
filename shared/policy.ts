/**
 * The policy: what the campaign requires of a laptop.
 *
 * Defaults are built in; a JSON file (`--policy FILE`, or the policy inside a CISO-signed request)
 * overrides any part of them. Unknown keys are rejected so that a typo ("screenlock") cannot silently
 * weaken a requirement.
 */
import { z } from 'zod'
import { CHECK_IDS, PLATFORMS, type CheckId, type CheckLevel, type Platform } from './check-types'
import { osSupportSchema, type OsSupportData } from './os-support/types'
import { browserReleasesSchema, type BrowserReleasesData } from './browser-releases/types'

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
  /** Self-declared items a staffer confirms when leaving (offboarding attestation). */
  readonly offboardingChecklist: readonly OffboardingItem[]
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
  browserUpdates: { graceDays: 21, maxDataAgeDays: 60 },
  offboardingChecklist: [
    { id: 'accounts-signed-out', text: 'I have signed out of every campaign account on this laptop.' },
    { id: 'files-deleted', text: 'I have deleted campaign files from this laptop (including Downloads).' },
    { id: 'devices-returned', text: 'I have returned campaign hardware keys and devices.' },
  ],
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
    browserUpdates: z
      .object({
        graceDays: z.number().int().min(0).max(365),
        maxDataAgeDays: z.number().int().min(1).max(3650),
      })
      .partial()
      .strict(),
    browserReleases: browserReleasesSchema,
  })
  .partial()
  .strict()

export type PolicyFile = z.infer<typeof policyFileSchema>

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
    browserUpdates: { ...base.browserUpdates, ...stripUndefined(file.browserUpdates ?? {}) },
    offboardingChecklist: file.offboardingChecklist ?? base.offboardingChecklist,
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
