/**
 * screen-lock on macOS: is a password required after the screen saver starts or the display sleeps,
 * and how soon does that happen when the Mac is left alone?
 *
 * Lock requirement and grace: `sysadminctl -screenLock status` (must run in the user's GUI session;
 * from ssh or a LaunchDaemon it cannot answer, which gives `unknown`). Idle paths: screen saver
 * `idleTime` (per-host user default, overridden by a configuration profile's value in Managed
 * Preferences) and `displaysleep` per power source from `pmset -g custom`.
 * Pass when the lock is required and worst-case idle + grace ≤ policy.screenLock.maxIdlePlusGraceSeconds.
 * Fail as soon as the evidence read decides it: the lock is off, an exact idle time is over the limit,
 * or the grace period alone reaches the limit (then the idle settings need not be readable).
 * System sleep (`sleep` in pmset) is recorded but not used: macOS does not idle-sleep before the display
 * sleeps, so it can never shorten the time, and counting it could only make a verdict more lenient.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import {
  describeVersion,
  readMacosVersion,
  remediationForVersion,
  settingsPlace,
  SW_VERS_ARGV,
} from '../darwin-common'
import type { CheckStrategy } from '../types'
import { commandProblem, describeCommand, fail, pass, unknown } from '../verdict'
import {
  effectiveIdle,
  idleBound,
  parseIdleTime,
  userFromHome,
  parsePmsetCustom,
  parseScreenLockStatus,
  type IdleSetting,
  type LockRequirement,
  type PowerSource,
} from './darwin-parse'

const SYSADMINCTL: readonly string[] = ['/usr/sbin/sysadminctl', '-screenLock', 'status']
const IDLE_TIME: readonly string[] = [
  '/usr/bin/defaults',
  '-currentHost',
  'read',
  'com.apple.screensaver',
  'idleTime',
]
const PMSET: readonly string[] = ['/usr/bin/pmset', '-g', 'custom']
/** Screen saver time forced by a device-level configuration profile. */
const MANAGED_IDLE: readonly string[] = [
  '/usr/bin/defaults',
  'read',
  '/Library/Managed Preferences/com.apple.screensaver',
  'idleTime',
]
/** The same, forced by a user-level profile (`/Library/Managed Preferences/<user>/…`). */
const userManagedIdle = (user: string): readonly string[] => [
  '/usr/bin/defaults',
  'read',
  `/Library/Managed Preferences/${user}/com.apple.screensaver`,
  'idleTime',
]

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return 'never'
  if (s >= 120 && s % 60 === 0) return `${s / 60} min`
  return `${s} s`
}

/** The macOS screen-lock strategy. */
export const darwinStrategy: CheckStrategy = {
  probes: {
    commands: [
      SYSADMINCTL,
      IDLE_TIME,
      MANAGED_IDLE,
      ['/usr/bin/defaults', 'read', '*', 'idleTime'],
      PMSET,
      SW_VERS_ARGV,
    ],
    files: [],
    notes: [
      'sysadminctl -screenLock status: password after screen saver/display sleep, and its delay (answers on stderr; needs the GUI session)',
      'defaults -currentHost read com.apple.screensaver idleTime: seconds until the screen saver',
      'defaults read "/Library/Managed Preferences[/<user>]/com.apple.screensaver" idleTime: the same, if a configuration profile forces it (<user> = the short name in HOME)',
      'pmset -g custom: display sleep minutes on battery and on power adapter',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const limit = ctx.policy.screenLock.maxIdlePlusGraceSeconds
    const requirement = `password required, and idle time + grace ≤ ${limit} s`
    const user = userFromHome(ctx.probe.env('HOME'))
    const managedArgvs = user === null ? [MANAGED_IDLE] : [MANAGED_IDLE, userManagedIdle(user)]
    const [lockOut, idleOut, pmsetOut, version, ...managedOuts] = await Promise.all([
      ctx.probe.run(SYSADMINCTL, { timeoutMs: 10_000 }),
      ctx.probe.run(IDLE_TIME, { timeoutMs: 5_000 }),
      ctx.probe.run(PMSET, { timeoutMs: 5_000 }),
      readMacosVersion(ctx.probe),
      ...managedArgvs.map((argv) => ctx.probe.run(argv, { timeoutMs: 5_000 })),
    ])
    const remediationId = remediationForVersion('screen-lock.darwin.configure', version)
    const sources = [SYSADMINCTL, IDLE_TIME, ...managedArgvs, PMSET].map(describeCommand)

    // Lock requirement. A non-zero exit is only trusted when it says "off" (that cannot cause a pass).
    let lock: LockRequirement
    if (lockOut.kind === 'error') {
      lock = { kind: 'unrecognised', detail: commandProblem(SYSADMINCTL, lockOut) ?? 'no answer' }
    } else {
      const parsed = parseScreenLockStatus(`${lockOut.stderr}\n${lockOut.stdout}`)
      lock =
        lockOut.exitCode === 0 || parsed.kind === 'off'
          ? parsed
          : { kind: 'unrecognised', detail: commandProblem(SYSADMINCTL, lockOut) ?? 'failed' }
    }

    const userIdle: IdleSetting =
      idleOut.kind === 'error'
        ? { kind: 'unknown', detail: commandProblem(IDLE_TIME, idleOut) ?? 'no answer' }
        : parseIdleTime(idleOut.exitCode, idleOut.stdout, idleOut.stderr)
    const managedIdle: IdleSetting[] = managedOuts.map((out, i) =>
      out.kind === 'error'
        ? { kind: 'unknown', detail: commandProblem(managedArgvs[i] ?? MANAGED_IDLE, out) ?? 'no answer' }
        : parseIdleTime(out.exitCode, out.stdout, out.stderr),
    )
    const { idle, fromProfile } = effectiveIdle(userIdle, managedIdle)
    const power: PowerSource[] | null =
      pmsetOut.kind === 'exit' && pmsetOut.exitCode === 0 ? parsePmsetCustom(pmsetOut.stdout) : null
    const pmsetProblem =
      power !== null
        ? null
        : (commandProblem(PMSET, pmsetOut) ?? 'pmset -g custom printed no power-source section')

    const observed: string[] = []
    if (lock.kind === 'off') observed.push('password after screen saver/display sleep: off')
    if (lock.kind === 'required')
      observed.push(
        lock.graceSeconds === 0
          ? 'password required immediately'
          : `password required after a ${lock.graceSeconds} s grace period`,
      )
    if (idle.kind === 'seconds')
      observed.push(
        `screen saver after ${idle.value === 0 ? 'never' : formatSeconds(idle.value)}` +
          (fromProfile ? ' (set by a configuration profile)' : ''),
      )
    if (idle.kind === 'not-set') observed.push('screen saver idle time not set')
    for (const src of power ?? []) {
      const ds = src.displaySleepMinutes
      const sl = src.systemSleepMinutes
      observed.push(
        `${src.name}: display sleep ${ds === null ? 'not listed' : ds === 0 ? 'never' : `${ds} min`}` +
          (sl === null ? '' : `, system sleep ${sl === 0 ? 'never' : `${sl} min`}`),
      )
    }
    const versionLine = describeVersion(version)
    const place = settingsPlace(
      version,
      'System Settings › Lock Screen',
      'System Preferences › Security & Privacy › General',
    )

    if (lock.kind === 'off') {
      if (versionLine) observed.push(versionLine)
      return fail({
        summary: 'No password is needed after the screen saver starts or the display turns off',
        observed,
        requirement,
        remediationId,
        sources,
      })
    }

    const bound = idleBound(idle, power)
    const grace = lock.kind === 'required' ? lock.graceSeconds : 0
    if (bound.seconds !== null) {
      const idleText = Number.isFinite(bound.seconds) ? `${bound.seconds} s` : 'never'
      const line = `idle ${idleText} (${bound.via ?? ''})${lock.kind === 'required' ? ` + grace ${grace} s` : ''}`
      observed.push(bound.exact ? line : `at most ${line}`)
    }
    if (versionLine) observed.push(versionLine)

    // Exact idle time already over the limit (or never): a fail whatever the lock setting says.
    if (bound.exact && bound.seconds !== null && bound.seconds > limit) {
      return fail({
        summary: Number.isFinite(bound.seconds)
          ? `The screen locks only after ${formatSeconds(bound.seconds + grace)} of inactivity`
          : 'The screen never locks on its own',
        observed,
        requirement,
        remediationId,
        sources,
      })
    }
    // The grace period alone already uses up the limit: whatever the idle time (at least a second;
    // 0 means never), idle + grace is over it, so unreadable idle settings cannot change the answer.
    if (lock.kind === 'required' && grace >= limit) {
      return fail({
        summary: `A password is asked only ${formatSeconds(grace)} after the screen saver starts or the display sleeps`,
        observed,
        requirement,
        remediationId,
        reason: `The grace period alone is longer than the ${formatSeconds(limit)} allowed for idle time and grace together. Set "Require password after screen saver begins or display is turned off" to immediately or a few seconds.`,
        sources,
      })
    }
    if (lock.kind === 'unrecognised') {
      return unknown({
        summary: 'Could not read whether a password is required after sleep',
        observed,
        requirement,
        remediationId: 'screen-lock.unknown',
        reason: `sysadminctl -screenLock status gave no usable answer (${lock.detail}). It only answers inside your own logged-in desktop session: run Preflight from your desktop (not over ssh), or check ${place} yourself.`,
        sources,
      })
    }
    if (bound.seconds !== null && bound.seconds + grace <= limit) {
      return pass({
        summary: `The screen locks after at most ${formatSeconds(bound.seconds + grace)} of inactivity`,
        observed,
        requirement,
        remediationId,
        sources,
      })
    }
    if (bound.exact && bound.seconds !== null) {
      return fail({
        summary: `The screen locks only after ${formatSeconds(bound.seconds + grace)} of inactivity (idle + grace)`,
        observed,
        requirement,
        remediationId,
        sources,
      })
    }
    const problems = [
      idle.kind === 'unknown' ? `screen saver idle time: ${idle.detail}` : null,
      pmsetProblem !== null ? `display sleep: ${pmsetProblem}` : null,
      power !== null && power.some((p) => p.displaySleepMinutes === null)
        ? 'display sleep is not listed for every power source'
        : null,
    ].filter((p): p is string => p !== null)
    return unknown({
      summary: 'Could not work out how soon the screen locks',
      observed,
      requirement,
      remediationId: 'screen-lock.unknown',
      reason: `Some idle settings could not be read (${problems.join('; ') || 'incomplete data'}). Check ${place} yourself, then check again.`,
      sources,
    })
  },
}
