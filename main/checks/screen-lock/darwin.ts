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
import type { Msg } from '../../../shared/i18n/msg'
import { macosVersionMsg, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import type { CheckStrategy } from '../types'
import { commandProblemMsg, describeCommand, fail, msg, pass, semicolonList, unknown } from '../verdict'
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

/** "20 min", "90 s" or "never" (whole minutes from 2 min on). */
function formatSeconds(s: number): Msg {
  if (!Number.isFinite(s)) return msg('check.screen-lock.common.never')
  if (s >= 120 && s % 60 === 0) return msg('check.screen-lock.common.minutes', { n: s / 60 })
  return msg('check.screen-lock.common.seconds', { n: s })
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
    const requirement = msg('check.screen-lock.darwin.requirement', { limit })
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
    const noAnswer = msg('check.common.noAnswer')

    // Lock requirement. A non-zero exit is only trusted when it says "off" (that cannot cause a pass).
    let lock: LockRequirement
    if (lockOut.kind === 'error') {
      lock = { kind: 'unrecognised', detail: commandProblemMsg(SYSADMINCTL, lockOut) ?? noAnswer }
    } else {
      const parsed = parseScreenLockStatus(`${lockOut.stderr}\n${lockOut.stdout}`)
      lock =
        lockOut.exitCode === 0 || parsed.kind === 'off'
          ? parsed
          : {
              kind: 'unrecognised',
              detail: commandProblemMsg(SYSADMINCTL, lockOut) ?? msg('check.screen-lock.darwin.parse.failed'),
            }
    }

    const userIdle: IdleSetting =
      idleOut.kind === 'error'
        ? { kind: 'unknown', detail: commandProblemMsg(IDLE_TIME, idleOut) ?? noAnswer }
        : parseIdleTime(idleOut.exitCode, idleOut.stdout, idleOut.stderr)
    const managedIdle: IdleSetting[] = managedOuts.map((out, i) =>
      out.kind === 'error'
        ? { kind: 'unknown', detail: commandProblemMsg(managedArgvs[i] ?? MANAGED_IDLE, out) ?? noAnswer }
        : parseIdleTime(out.exitCode, out.stdout, out.stderr),
    )
    const { idle, fromProfile } = effectiveIdle(userIdle, managedIdle)
    const power: PowerSource[] | null =
      pmsetOut.kind === 'exit' && pmsetOut.exitCode === 0 ? parsePmsetCustom(pmsetOut.stdout) : null
    const pmsetProblem =
      power !== null
        ? null
        : (commandProblemMsg(PMSET, pmsetOut) ?? msg('check.screen-lock.darwin.parse.noPowerSource'))

    const observed: Msg[] = []
    if (lock.kind === 'off') observed.push(msg('check.screen-lock.darwin.observed.lockOff'))
    if (lock.kind === 'required')
      observed.push(
        lock.graceSeconds === 0
          ? msg('check.screen-lock.darwin.observed.immediately')
          : msg('check.screen-lock.darwin.observed.grace', { seconds: lock.graceSeconds }),
      )
    if (idle.kind === 'seconds') {
      const time = idle.value === 0 ? msg('check.screen-lock.common.never') : formatSeconds(idle.value)
      observed.push(
        fromProfile
          ? msg('check.screen-lock.darwin.observed.screenSaverProfile', { time })
          : msg('check.screen-lock.darwin.observed.screenSaver', { time }),
      )
    }
    if (idle.kind === 'not-set') observed.push(msg('check.screen-lock.darwin.observed.screenSaverNotSet'))
    const minutesOrNever = (n: number): Msg =>
      n === 0 ? msg('check.screen-lock.common.never') : msg('check.screen-lock.common.minutes', { n })
    for (const src of power ?? []) {
      const ds = src.displaySleepMinutes
      const sl = src.systemSleepMinutes
      const display = ds === null ? msg('check.screen-lock.darwin.observed.notListed') : minutesOrNever(ds)
      observed.push(
        sl === null
          ? msg('check.screen-lock.darwin.observed.power', { source: src.name, display })
          : msg('check.screen-lock.darwin.observed.powerAndSleep', {
              source: src.name,
              display,
              sleep: minutesOrNever(sl),
            }),
      )
    }
    const versionLine = macosVersionMsg(version)
    const place =
      version !== null && version.major <= 12
        ? msg('check.screen-lock.darwin.place.macos12')
        : msg('check.screen-lock.darwin.place.modern')

    if (lock.kind === 'off') {
      if (versionLine) observed.push(versionLine)
      return fail({
        summary: msg('check.screen-lock.darwin.summary.lockOff'),
        observed,
        requirement,
        remediationId,
        sources,
      })
    }

    const bound = idleBound(idle, power)
    const grace = lock.kind === 'required' ? lock.graceSeconds : 0
    if (bound.seconds !== null) {
      const params = {
        idle: Number.isFinite(bound.seconds)
          ? msg('check.screen-lock.common.seconds', { n: bound.seconds })
          : msg('check.screen-lock.common.never'),
        via: bound.via ?? '',
      }
      const withGrace = lock.kind === 'required'
      observed.push(
        bound.exact
          ? withGrace
            ? msg('check.screen-lock.darwin.observed.idleGrace', { ...params, grace })
            : msg('check.screen-lock.darwin.observed.idle', params)
          : withGrace
            ? msg('check.screen-lock.darwin.observed.atMostIdleGrace', { ...params, grace })
            : msg('check.screen-lock.darwin.observed.atMostIdle', params),
      )
    }
    if (versionLine) observed.push(versionLine)

    // Exact idle time already over the limit (or never): a fail whatever the lock setting says.
    if (bound.exact && bound.seconds !== null && bound.seconds > limit) {
      return fail({
        summary: Number.isFinite(bound.seconds)
          ? msg('check.screen-lock.darwin.summary.onlyAfter', { time: formatSeconds(bound.seconds + grace) })
          : msg('check.screen-lock.darwin.summary.never'),
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
        summary: msg('check.screen-lock.darwin.summary.graceTooLong', { grace: formatSeconds(grace) }),
        observed,
        requirement,
        remediationId,
        reason: msg('check.screen-lock.darwin.reason.graceTooLong', { limit: formatSeconds(limit) }),
        sources,
      })
    }
    if (lock.kind === 'unrecognised') {
      return unknown({
        summary: msg('check.screen-lock.darwin.summary.lockUnreadable'),
        observed,
        requirement,
        remediationId: 'screen-lock.unknown',
        reason: msg('check.screen-lock.darwin.reason.lockUnreadable', { detail: lock.detail, place }),
        sources,
      })
    }
    if (bound.seconds !== null && bound.seconds + grace <= limit) {
      return pass({
        summary: msg('check.screen-lock.darwin.summary.pass', { time: formatSeconds(bound.seconds + grace) }),
        observed,
        requirement,
        remediationId,
        sources,
      })
    }
    if (bound.exact && bound.seconds !== null) {
      return fail({
        summary: msg('check.screen-lock.darwin.summary.onlyAfterIdleGrace', {
          time: formatSeconds(bound.seconds + grace),
        }),
        observed,
        requirement,
        remediationId,
        sources,
      })
    }
    const problems: Msg[] = [
      idle.kind === 'unknown'
        ? msg('check.screen-lock.darwin.problem.screenSaver', { detail: idle.detail })
        : null,
      pmsetProblem !== null
        ? msg('check.screen-lock.darwin.problem.displaySleep', { detail: pmsetProblem })
        : null,
      power !== null && power.some((p) => p.displaySleepMinutes === null)
        ? msg('check.screen-lock.darwin.problem.notEverySource')
        : null,
    ].filter((p): p is Msg => p !== null)
    return unknown({
      summary: msg('check.screen-lock.darwin.summary.unreadable'),
      observed,
      requirement,
      remediationId: 'screen-lock.unknown',
      reason: msg('check.screen-lock.darwin.reason.unreadable', {
        problems:
          problems.length > 0 ? semicolonList(problems) : msg('check.screen-lock.darwin.problem.incomplete'),
        place,
      }),
      sources,
    })
  },
}
