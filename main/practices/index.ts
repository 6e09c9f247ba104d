/**
 * The practice measurements main can make, per platform (shared/practices.ts MEASURE_KINDS), and
 * running them for a policy. Like the checks, every probe goes through the probe module and each
 * strategy declares what it may touch (`preflight probes`, "practices").
 */
import type { Platform } from '../../shared/check-types'
import { MEASURE_KINDS, type MeasureKind, type PracticeMeasurement } from '../../shared/practices'
import type { ProbeDeclaration } from '../checks/types'
import type { Msg } from '../../shared/i18n/msg'
import { msg } from '../checks/verdict'
import type { Probe } from '../probe/probe'
import { findMyDarwin, findMyLinux, findMyWin32 } from './find-my'
import { PASSWORD_MANAGERS, SIGNAL_DESKTOP } from './locations'
import { presenceStrategy } from './presence'
import { measured } from './text'
import type { MeasureStrategy, MeasurementVerdict } from './types'

const SIGNAL = { what: msg('measure.presence.what.signal-desktop') }
const MANAGER = { what: msg('measure.presence.what.password-manager') }

export const MEASUREMENTS: Readonly<Record<MeasureKind, Readonly<Record<Platform, MeasureStrategy>>>> = {
  'signal-desktop': {
    darwin: presenceStrategy(SIGNAL_DESKTOP, 'darwin', SIGNAL),
    win32: presenceStrategy(SIGNAL_DESKTOP, 'win32', SIGNAL),
    linux: presenceStrategy(SIGNAL_DESKTOP, 'linux', SIGNAL),
  },
  'password-manager': {
    darwin: presenceStrategy(PASSWORD_MANAGERS, 'darwin', MANAGER),
    win32: presenceStrategy(PASSWORD_MANAGERS, 'win32', MANAGER),
    linux: presenceStrategy(PASSWORD_MANAGERS, 'linux', MANAGER),
  },
  'find-my': { darwin: findMyDarwin, win32: findMyWin32, linux: findMyLinux },
}

/** What one measurement may probe on a platform. */
export function declaredMeasureProbes(kind: MeasureKind, platform: Platform): ProbeDeclaration {
  return MEASUREMENTS[kind][platform].probes
}

/** Default time one measurement may take. */
export const DEFAULT_MEASURE_TIMEOUT_MS = 15_000

function failed(problem: Msg): MeasurementVerdict {
  return measured('unknown', {
    summary: msg('measure.common.summary.failed'),
    reason: msg('measure.common.reason.failed', { problem }),
  })
}

async function measureOne(kind: MeasureKind, probe: Probe, timeoutMs: number): Promise<PracticeMeasurement> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<MeasurementVerdict>((resolve) => {
    timer = setTimeout(
      () => resolve(failed(msg('measure.common.problem.timeout', { seconds: Math.round(timeoutMs / 1000) }))),
      timeoutMs,
    )
  })
  try {
    const v = await Promise.race([
      MEASUREMENTS[kind][probe.platform].run(probe).catch((err: unknown) =>
        failed(
          msg('measure.common.problem.internalError', {
            message: err instanceof Error ? err.message : String(err),
          }),
        ),
      ),
      timeout,
    ])
    return { kind, ...v }
  } finally {
    if (timer !== undefined) clearTimeout(timer)
  }
}

/** Measure the given kinds (concurrently, each under its own timeout), in MEASURE_KINDS order. */
export async function measurePractices(
  probe: Probe,
  kinds: readonly MeasureKind[],
  timeoutMs = DEFAULT_MEASURE_TIMEOUT_MS,
): Promise<PracticeMeasurement[]> {
  const wanted = MEASURE_KINDS.filter((k) => kinds.includes(k))
  return Promise.all(wanted.map((k) => measureOne(k, probe, timeoutMs)))
}
