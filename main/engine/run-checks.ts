/**
 * The check engine: runs every check concurrently, each under its own timeout, and streams results
 * as they finish. Plain Node: the CLI and Electron's main process call the same function.
 *
 * Fail closed: a strategy that throws or overruns its timeout yields `unknown` with the reason.
 */
import {
  CHECK_IDS,
  overallStatus,
  type CheckId,
  type CheckResult,
  type CheckVerdict,
  type Report,
} from '../../shared/check-types'
import { chassisKindOf, compareHostKind, type DeviceProfile } from '../../shared/device-profile'
import { BUNDLED_OS_SUPPORT } from '../../shared/os-support/data'
import type { OsSupportData } from '../../shared/os-support/types'
import { checkLevel, DEFAULT_POLICY, type Policy } from '../../shared/policy'
import { measureKindsOf, type PracticeMeasurement } from '../../shared/practices'
import { CHECKS } from '../checks'
import { createHostFacts } from '../checks/host-facts'
import { identifyOs } from '../checks/os-version/identify'
import type { CheckContext } from '../checks/types'
import { msg, notApplicable, unknown } from '../checks/verdict'
import { measurePractices } from '../practices'
import type { SiAnswer } from '../probe/device-profile'
import { MemoProbe } from '../probe/transcript'
import type { Probe } from '../probe/probe'
import { canonicalJson, sha256Hex } from '../util/digest'
import { PRODUCER } from '../version'

/** Default time one check may take, all its probes included. */
export const DEFAULT_CHECK_TIMEOUT_MS = 30_000

export interface RunChecksOptions {
  readonly probe: Probe
  readonly policy?: Policy
  /** Bundled table unless given; a policy's newer `osSupport` wins over both. */
  readonly osSupport?: OsSupportData
  /** Override the probe's clock for date-based verdicts. */
  readonly now?: Date
  /** Only these checks (default: all). */
  readonly only?: readonly CheckId[]
  readonly checkTimeoutMs?: number
  /**
   * Also measure the practices the policy measures (Signal Desktop, a password manager, Find My) into
   * `report.practices`; they never count towards `overall`. Default: yes, unless `only` is given.
   */
  readonly practices?: boolean
  /** Called when a check starts and when it finishes, in completion order. */
  readonly onStart?: (id: CheckId) => void
  readonly onResult?: (result: CheckResult) => void
  /** Collect the device profile alongside the checks (default true; never affects a verdict). */
  readonly deviceProfile?: boolean
}

/**
 * The device profile from systeminformation's answer, the firmware fact and the host kind. Fields
 * are null whenever systeminformation did not answer; the firmware kind is kept only when the
 * profile was collected in this run (an old transcript has neither).
 */
export function buildDeviceProfile(
  si: SiAnswer,
  firmware: DeviceProfile['firmware'],
  hostKind: Report['hostKind'],
): DeviceProfile {
  if (si.status !== 'ok') {
    return {
      status: si.status,
      manufacturer: null,
      model: null,
      chassis: null,
      chassisType: null,
      virtual: null,
      virtualHost: null,
      firmware: si.status === 'not-collected' ? null : firmware,
      hostKindCheck: 'not-comparable',
    }
  }
  return {
    status: 'ok',
    manufacturer: si.manufacturer,
    model: si.model,
    chassis: chassisKindOf(si.chassisType),
    chassisType: si.chassisType,
    virtual: si.virtual,
    virtualHost: si.virtualHost,
    firmware,
    hostKindCheck: compareHostKind(hostKind, si.virtual),
  }
}

/** Pick the OS support table: the newer of the bundled one and a policy override. */
export function effectiveOsSupport(bundled: OsSupportData, policy: Policy): OsSupportData {
  const override = policy.osSupport
  if (override !== undefined && override.dataAsOf >= bundled.dataAsOf) return override
  return bundled
}

/** Digest that identifies a policy (sha256 of its canonical JSON). */
export function policyDigest(policy: Policy): string {
  return sha256Hex(canonicalJson(policy))
}

function timeoutVerdict(id: CheckId, ms: number): CheckVerdict {
  return unknown({
    summary: msg('check.engine.timeout.summary'),
    requirement: null,
    remediationId: `${id}.unknown`,
    reason: msg('check.engine.timeout.reason', { seconds: Math.round(ms / 1000) }),
  })
}

function errorVerdict(id: CheckId, err: unknown): CheckVerdict {
  return unknown({
    summary: msg('check.engine.error.summary'),
    requirement: null,
    remediationId: `${id}.unknown`,
    reason: msg('check.engine.error.reason', {
      message: err instanceof Error ? err.message : String(err),
    }),
  })
}

/** A check the policy turns off on this platform: not run, listed (and signed) as turned off. */
function offVerdict(id: CheckId): CheckVerdict {
  return notApplicable({
    summary: msg('check.engine.off.summary'),
    requirement: null,
    remediationId: `${id}.unknown`,
    reason: msg('check.engine.off.reason'),
  })
}

async function runOne(id: CheckId, ctx: CheckContext, timeoutMs: number): Promise<CheckVerdict> {
  const strategy = CHECKS[id][ctx.platform]
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<CheckVerdict>((resolve) => {
    timer = setTimeout(() => resolve(timeoutVerdict(id, timeoutMs)), timeoutMs)
  })
  try {
    return await Promise.race([strategy.run(ctx).catch((err: unknown) => errorVerdict(id, err)), timeout])
  } finally {
    if (timer !== undefined) clearTimeout(timer)
  }
}

/** Run the checks and build the report. */
export async function runChecks(options: RunChecksOptions): Promise<Report> {
  const policy = options.policy ?? DEFAULT_POLICY
  const probe = new MemoProbe(options.probe)
  const platform = probe.platform
  const now = options.now ?? probe.now()
  const osSupport = effectiveOsSupport(options.osSupport ?? BUNDLED_OS_SUPPORT, policy)
  const facts = createHostFacts(probe, platform)
  const ctx: CheckContext = { platform, probe, policy, osSupport, now, facts }
  const timeoutMs = options.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS
  const ids = CHECK_IDS.filter((id) => options.only === undefined || options.only.includes(id))
  // Off the critical path: started now, read after the checks, never awaited by a check.
  const collectProfile = options.deviceProfile !== false
  const siAnswer: Promise<SiAnswer> = collectProfile
    ? probe.deviceProfile().catch(() => ({ status: 'error' }) as const)
    : Promise.resolve({ status: 'not-collected' })
  const firmware = collectProfile ? facts.firmware().catch(() => null) : Promise.resolve(null)

  const measuring: Promise<PracticeMeasurement[] | null> =
    (options.practices ?? options.only === undefined)
      ? measurePractices(probe, measureKindsOf(policy.practices), timeoutMs)
      : Promise.resolve(null)
  const results = await Promise.all(
    ids.map(async (id) => {
      const level = checkLevel(policy, id, platform)
      options.onStart?.(id)
      const started = performance.now()
      const v = level === 'off' ? offVerdict(id) : await runOne(id, ctx, timeoutMs)
      const result: CheckResult = {
        id,
        level,
        durationMs: Math.round(performance.now() - started),
        ...v,
      }
      options.onResult?.(result)
      return result
    }),
  )
  const [os, host, si, fw, practices] = await Promise.all([
    identifyOs(ctx).catch(() => null),
    facts.hostKind(),
    siAnswer,
    firmware,
    measuring,
  ])
  const desktop = facts.desktop()
  return {
    format: 'preflight-report/v1',
    platform,
    arch: probe.arch,
    hostKind: host.kind,
    os,
    desktop: platform === 'linux' ? desktop.raw : null,
    collectedAt: now.toISOString(),
    policy: { id: policy.id, version: policy.version, digest: policyDigest(policy) },
    osSupportDataAsOf: osSupport.dataAsOf,
    checks: results,
    overall: overallStatus(results),
    producer: PRODUCER,
    replayed: probe.replayed,
    deviceProfile: buildDeviceProfile(si, fw, host.kind),
    ...(practices !== null ? { practices } : {}),
  }
}
