/**
 * Check result types shared by the engine (main/), the CLI, attestations and the renderer.
 *
 * A result is deliberately small and serialisable: it travels over IPC, into attestations and into
 * JSON output. `pass` is only ever produced from positive evidence (see README, "Fail closed").
 */
import type { DeviceProfile } from './device-profile'
import type { Msg } from './i18n/msg'
import type { PracticeMeasurement } from './practices'

/** The checks, in the order they are reported. */
export const CHECK_IDS = [
  'os-version',
  'disk-encryption',
  'firewall',
  'screen-lock',
  'auto-updates',
  'malware-protection',
  'platform-integrity',
  'remote-access',
  'login-protection',
  'browser-updates',
] as const

export type CheckId = (typeof CHECK_IDS)[number]

export const PLATFORMS = ['darwin', 'win32', 'linux'] as const
export type Platform = (typeof PLATFORMS)[number]

/**
 * Verdict of one check.
 * - `pass`: positive evidence that the requirement is met.
 * - `fail`: positive evidence that it is not met (or protection is being removed).
 * - `unknown`: we could not tell (tool missing, timeout, unreadable output, transitional state).
 * - `not-applicable`: the requirement does not apply here (e.g. no graphical session); never counts
 *   as a pass for a required check.
 */
export type CheckStatus = 'pass' | 'fail' | 'unknown' | 'not-applicable'

export const CHECK_STATUSES: readonly CheckStatus[] = ['pass', 'fail', 'unknown', 'not-applicable']

/**
 * How much the policy asks of a check on a platform: `required` counts towards the overall verdict,
 * `recommended` is shown but does not count, `off` means the check is not run and not shown as a
 * failure (it is still listed, and signed, as turned off).
 */
export type CheckLevel = 'required' | 'recommended' | 'off'

export const CHECK_LEVELS: readonly CheckLevel[] = ['required', 'recommended', 'off']

/**
 * A verdict's texts as catalogue messages (shared/i18n/msg.ts), for showing them in the reader's
 * language. The English strings of CheckVerdict are these messages rendered from the English
 * catalogue; `text` is for display only and is never signed (docs/i18n.md).
 */
export interface CheckText {
  readonly summary: Msg
  readonly observed: readonly Msg[]
  /** Null when the verdict has no requirement (the engine's timeout, error and off verdicts). */
  readonly requirement: Msg | null
  readonly reason?: Msg
}

/**
 * What a platform strategy returns: the verdict and the evidence behind it. `summary`, `observed`,
 * `requirement` and `reason` are English, the canonical text that is shown to CISOs and signed.
 */
export interface CheckVerdict {
  readonly status: CheckStatus
  /** One line a staffer can read, e.g. "FileVault is on". */
  readonly summary: string
  /** Observed facts, e.g. ["FileVault is On", "idle 300 s + grace 5 s"]. */
  readonly observed: readonly string[]
  /** The requirement the facts were judged against, e.g. "idle + grace <= 900 s". */
  readonly requirement: string
  /** Key into the remediation catalogue (shared/remediation), e.g. "firewall.linux.ufw". */
  readonly remediationId: string
  /** For unknown / not-applicable (and optionally fail): why, and what the user can do. */
  readonly reason?: string
  /** The probes the verdict rests on, e.g. ["fdesetup status"]. */
  readonly sources: readonly string[]
  /**
   * The same texts as messages, present once the check is converted to the catalogue (docs/i18n.md):
   * the CLI and the app render them in the reader's language. In `--json` and over IPC; not signed.
   */
  readonly text?: CheckText
}

/** A verdict as reported by the engine, with the check id, policy level and timing. */
export interface CheckResult extends CheckVerdict {
  readonly id: CheckId
  readonly level: CheckLevel
  readonly durationMs: number
}

/** Overall outcome of a run: only required checks count. */
export type OverallStatus = 'pass' | 'fail' | 'unknown'

/** What kind of machine the engine believes it is running on (labels, never a verdict by itself). */
export type HostKind = 'physical-or-unknown' | 'vm' | 'container' | 'wsl'

/** Descriptive identity of the operating system, as parsed by the os-version check. */
export interface OsIdentity {
  readonly platform: Platform
  /** e.g. "macOS", "Windows 11 Pro", "Debian GNU/Linux". */
  readonly name: string
  /** e.g. "15.3.1", "24H2", "12". */
  readonly version: string
  /** e.g. "24D70", "26100.6899", "12.11". Empty when the OS has no build notion. */
  readonly build: string
}

/** A full report of one run, as printed by `preflight check --json`. */
export interface Report {
  readonly format: 'preflight-report/v1'
  readonly platform: Platform
  readonly arch: string
  readonly hostKind: HostKind
  readonly os: OsIdentity | null
  /** Desktop session on Linux (e.g. "GNOME"), null elsewhere or when none. */
  readonly desktop: string | null
  /** The engine's clock when the run started (injectable). */
  readonly collectedAt: string
  readonly policy: { readonly id: string; readonly version: number; readonly digest: string }
  readonly osSupportDataAsOf: string
  readonly checks: readonly CheckResult[]
  readonly overall: OverallStatus
  readonly producer: { readonly name: string; readonly version: string }
  /** True when the facts came from a replayed transcript rather than this machine. */
  readonly replayed: boolean
  /** Maker, model, chassis, VM and firmware (shared/device-profile.ts); descriptive, never a verdict. */
  readonly deviceProfile?: DeviceProfile
  /**
   * What the practices the policy measures found (Signal Desktop, a password manager, Find My);
   * never part of `overall`. Absent when the run measured none (e.g. `--only`).
   */
  readonly practices?: readonly PracticeMeasurement[]
}

/**
 * Overall verdict: fail if any required check failed; otherwise unknown if any required check is
 * unknown or not-applicable; pass only when every required check passed.
 */
export function overallStatus(results: readonly Pick<CheckResult, 'status' | 'level'>[]): OverallStatus {
  const required = results.filter((r) => r.level === 'required')
  if (required.some((r) => r.status === 'fail')) return 'fail'
  if (required.length === 0 || required.some((r) => r.status !== 'pass')) return 'unknown'
  return 'pass'
}

/** Exhaustiveness helper for switch statements over unions. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`)
}

export function isCheckId(value: unknown): value is CheckId {
  return typeof value === 'string' && (CHECK_IDS as readonly string[]).includes(value)
}

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value)
}
