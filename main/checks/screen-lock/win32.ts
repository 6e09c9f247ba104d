/**
 * screen-lock on Windows: how long an idle, unattended session stays unlocked.
 *
 * Windows locks an idle session by three idle-driven paths (docs/windows-checks.md):
 * (a) a secure screen saver ("On resume, display logon screen"): ScreenSaveActive=1,
 *     ScreenSaverIsSecure=1, a non-empty SCRNSAVE.EXE and ScreenSaveTimeOut seconds, plus the
 *     screen saver grace period (Winlogon ScreenSaverGracePeriod, 5 s when unset) during which input
 *     dismisses it without a password; Group Policy copies under HKCU\Software\Policies win;
 * (b) the machine inactivity limit (InactivityTimeoutSecs policy);
 * (c) sleep (powercfg STANDBYIDLE) when a password is required on wake (CONSOLELOCK=1; where
 *     CONSOLELOCK cannot be read, DelayLockInterval from Sign-in options).
 * Turning the display off never locks by itself and is not counted. Dynamic Lock is not idle-based.
 *
 * The effective time is the minimum over the paths, computed separately on mains (AC) and on battery
 * (DC); the verdict uses the worse of the two, so the laptop is covered either way. powercfg captions
 * are translated, so its values are read by position (the last two `0x…` lines: AC, then DC).
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import { describeCommand } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { commandErrorMsg, fail, msg, pass, semicolonList, uniqueMsgs, unknown } from '../verdict'
import {
  readRegKey,
  regDword,
  regGet,
  regInteger,
  regQueryArgv,
  regString,
  type RegKeyRead,
  type RegValue,
} from '../win32/reg'

export const DESKTOP_ARGV = regQueryArgv('HKCU\\Control Panel\\Desktop')
export const DESKTOP_POLICY_ARGV = regQueryArgv(
  'HKCU\\Software\\Policies\\Microsoft\\Windows\\Control Panel\\Desktop',
)
export const SYSTEM_POLICY_ARGV = regQueryArgv(
  'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System',
)
export const GRACE_ARGV = regQueryArgv(
  'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon',
  '/v',
  'ScreenSaverGracePeriod',
)
export const STANDBY_ARGV = ['powercfg.exe', '/query', 'SCHEME_CURRENT', 'SUB_SLEEP', 'STANDBYIDLE']
export const CONSOLELOCK_ARGV = ['powercfg.exe', '/query', 'SCHEME_CURRENT', 'SUB_NONE', 'CONSOLELOCK']

/** Windows' screen saver grace period when ScreenSaverGracePeriod is not set [verify on 10/11]. */
export const DEFAULT_SCREENSAVER_GRACE_SECONDS = 5
/** DelayLockInterval value meaning "never require sign-in" [verify]. */
const DELAY_LOCK_NEVER = 0xffffffff

/** AC and DC indices of one power setting. */
export interface AcDc {
  readonly ac: number
  readonly dc: number
}

/**
 * Parse `powercfg /query … <setting>` by position: the last two non-empty lines must each end in
 * `: 0x` and exactly eight hex digits (powercfg's format, so a cut-off line is never read), indented
 * less than the line before them; they are the current AC and DC indices. Captions are ignored
 * (they are translated). When the setting prints no current values (hidden settings), the last lines are "Possible …"
 * lines without such a value and the result is null.
 */
export function parsePowercfgAcDc(stdout: string): AcDc | null {
  const lines = stdout.split(/\r?\n/).filter((l) => l.trim() !== '')
  if (lines.length < 3) return null
  const value = (l: string | undefined): number | null => {
    const m = l === undefined ? null : /\S[^:：]*[:：]\s*0x([0-9a-fA-F]{8})\s*$/.exec(l)
    return m ? Number.parseInt(m[1] as string, 16) : null
  }
  const indent = (l: string | undefined): number => (l === undefined ? -1 : (/^ */.exec(l)?.[0].length ?? 0))
  const acLine = lines[lines.length - 2]
  const dcLine = lines[lines.length - 1]
  // The current indices sit one level left of the setting's own "Possible …" lines; output cut off
  // after "Maximum Possible Setting" would otherwise end in two hex lines of the wrong kind.
  if (indent(acLine) !== indent(dcLine) || indent(acLine) >= indent(lines[lines.length - 3])) return null
  const ac = value(acLine)
  const dc = value(dcLine)
  if (ac === null || dc === null) return null
  return { ac, dc }
}

/**
 * One lock path on one power source. An unknown path may carry `atLeast`: a lower bound on when it
 * could lock, from the values that were read (e.g. the screen saver's wait when its grace period is
 * unreadable); a bound over the limit means this path cannot meet it whatever the unread values are.
 */
export type PathResult =
  | { readonly kind: 'locks'; readonly seconds: number; readonly what: Msg }
  | { readonly kind: 'none'; readonly what: Msg }
  | { readonly kind: 'unknown'; readonly what: Msg; readonly atLeast?: number }

/** Path (a): the secure screen saver. `user` is null when the user's Desktop key could not be read. */
export function screenSaverPath(
  user: ReadonlyMap<string, RegValue> | null,
  policy: ReadonlyMap<string, RegValue>,
  grace: number | null,
): PathResult {
  // The policy copy of a value wins; without it the user's value applies (unknown if unreadable).
  const fromPolicy = (name: string) => regGet(policy, name) !== undefined
  const values = (name: string) => (fromPolicy(name) ? policy : user)
  const unreadUser = {
    kind: 'invalid' as const,
    detailMsg: msg('check.screen-lock.win32.saver.userUnreadable'),
  }
  const int = (name: string) => {
    const v = values(name)
    return v === null ? unreadUser : regInteger(v, name)
  }
  const str = (name: string) => {
    const v = values(name)
    return v === null ? unreadUser : regString(v, name)
  }
  const active = int('ScreenSaveActive')
  const exe = str('SCRNSAVE.EXE')
  const secure = int('ScreenSaverIsSecure')
  const timeout = int('ScreenSaveTimeOut')

  // Any one value that switches the path off decides, whatever the others are.
  if (active.kind === 'absent' || (active.kind === 'value' && active.value !== 1))
    return {
      kind: 'none',
      what: fromPolicy('ScreenSaveActive')
        ? msg('check.screen-lock.win32.saver.offByPolicy')
        : msg('check.screen-lock.win32.saver.off'),
    }
  if (exe.kind === 'absent' || (exe.kind === 'value' && exe.value.trim() === ''))
    return { kind: 'none', what: msg('check.screen-lock.win32.saver.none') }
  if (secure.kind === 'absent' || (secure.kind === 'value' && secure.value !== 1))
    return {
      kind: 'none',
      what: fromPolicy('ScreenSaverIsSecure')
        ? msg('check.screen-lock.win32.saver.notSecureByPolicy')
        : msg('check.screen-lock.win32.saver.notSecure'),
    }
  if (timeout.kind === 'absent' || (timeout.kind === 'value' && timeout.value === 0))
    return { kind: 'none', what: msg('check.screen-lock.win32.saver.noWait') }
  // Otherwise the wait read (plus the grace, if read) bounds when this path could lock.
  const atLeast = timeout.kind === 'value' ? { atLeast: timeout.value + (grace ?? 0) } : {}
  for (const v of [active, exe, secure, timeout])
    if (v.kind === 'invalid')
      return {
        kind: 'unknown',
        what: msg('check.screen-lock.win32.saver.invalid', { detail: v.detailMsg }),
        ...atLeast,
      }
  if (timeout.kind !== 'value' || exe.kind !== 'value')
    return { kind: 'unknown', what: msg('check.screen-lock.win32.saver.unreadable'), ...atLeast }
  if (grace === null)
    return { kind: 'unknown', what: msg('check.screen-lock.win32.saver.graceUnreadable'), ...atLeast }
  const exeName = exe.value.split('\\').pop() ?? exe.value
  const params = { exe: exeName, wait: timeout.value, grace }
  return {
    kind: 'locks',
    seconds: timeout.value + grace,
    what: fromPolicy('ScreenSaveTimeOut')
      ? msg('check.screen-lock.win32.saver.locksByPolicy', params)
      : msg('check.screen-lock.win32.saver.locks', params),
  }
}

/** Path (b): InactivityTimeoutSecs. */
export function inactivityPath(read: RegKeyRead): PathResult {
  if (read.kind === 'error')
    return {
      kind: 'unknown',
      what: msg('check.screen-lock.win32.inactivity.unreadable', { detail: regReason(read) }),
    }
  if (read.kind === 'missing') return { kind: 'none', what: msg('check.screen-lock.win32.inactivity.none') }
  const v = regDword(read.values, 'InactivityTimeoutSecs')
  if (v.kind === 'invalid')
    return {
      kind: 'unknown',
      what: msg('check.screen-lock.win32.inactivity.unreadable', { detail: v.detailMsg }),
    }
  if (v.kind === 'absent' || v.value === 0)
    return { kind: 'none', what: msg('check.screen-lock.win32.inactivity.none') }
  return {
    kind: 'locks',
    seconds: v.value,
    what: msg('check.screen-lock.win32.inactivity.locks', { seconds: v.value }),
  }
}

/** Why a registry key could not be read, as a message (the English reason for hand-made reads). */
function regReason(read: { readonly reason: string; readonly reasonMsg?: Msg }): Msg | string {
  return read.reasonMsg ?? read.reason
}

/** Path (c): sleep plus sign-in on wake, for one power source. */
export function sleepPath(
  source: 'ac' | 'dc',
  standby: AcDc | null,
  consoleLock: AcDc | null,
  delayLock: number | null | 'unreadable',
): PathResult {
  if (standby === null)
    return { kind: 'unknown', what: msg(`check.screen-lock.win32.sleep.${source}.timerUnreadable`) }
  const s = standby[source]
  if (s === 0) return { kind: 'none', what: msg(`check.screen-lock.win32.sleep.${source}.never`) }
  if (consoleLock !== null) {
    const c = consoleLock[source]
    if (c === 1) {
      // Where Sign-in options also stored "If you've been away" (DelayLockInterval), take the more
      // conservative reading of the two: "never" wins, a delay is added.
      if (delayLock === DELAY_LOCK_NEVER)
        return {
          kind: 'none',
          what: msg(`check.screen-lock.win32.sleep.${source}.wakePasswordButNever`, { seconds: s }),
        }
      const extra = typeof delayLock === 'number' ? delayLock : 0
      return {
        kind: 'locks',
        seconds: s + extra,
        what:
          extra > 0
            ? msg(`check.screen-lock.win32.sleep.${source}.signInOnWakeAfter`, { seconds: s, away: extra })
            : msg(`check.screen-lock.win32.sleep.${source}.signInOnWake`, { seconds: s }),
      }
    }
    if (c === 0)
      return {
        kind: 'none',
        what: msg(`check.screen-lock.win32.sleep.${source}.noSignInOnWake`, { seconds: s }),
      }
    return {
      kind: 'unknown',
      what: msg('check.screen-lock.win32.sleep.consoleLockUnexpected', { value: c }),
      atLeast: s,
    }
  }
  // CONSOLELOCK hidden or unreadable (typical of Modern Standby laptops): Sign-in options' "If you've
  // been away" value (DelayLockInterval) decides [verify semantics on real hardware].
  if (delayLock === 'unreadable' || delayLock === null)
    return {
      kind: 'unknown',
      what: msg(`check.screen-lock.win32.sleep.${source}.signInUnreadable`),
      atLeast: s,
    }
  if (delayLock === DELAY_LOCK_NEVER)
    return {
      kind: 'none',
      what: msg(`check.screen-lock.win32.sleep.${source}.neverAfterAway`, { seconds: s }),
    }
  return {
    kind: 'locks',
    seconds: s + delayLock,
    what: msg(`check.screen-lock.win32.sleep.${source}.signInAfterAway`, { seconds: s, away: delayLock }),
  }
}

/** Outcome for one power source: the best lock time over the paths. */
export interface SourceOutcome {
  readonly status: 'pass' | 'fail' | 'unknown'
  /** The earliest lock time known (for a fail: the earliest possible, `atLeast` true if only a bound). */
  readonly seconds: number | null
  readonly atLeast?: boolean
}

/**
 * Min over the paths: the screen locks at the first path that fires. Unknown only when an unknown path
 * could still meet the limit (no lower bound, or one within the limit) and the known paths do not.
 */
export function judgeSource(paths: readonly PathResult[], max: number): SourceOutcome {
  let best: number | null = null
  for (const p of paths) if (p.kind === 'locks' && (best === null || p.seconds < best)) best = p.seconds
  if (best !== null && best <= max) return { status: 'pass', seconds: best }
  const open = paths.filter((p) => p.kind === 'unknown' && (p.atLeast === undefined || p.atLeast <= max))
  if (open.length > 0) return { status: 'unknown', seconds: best }
  // Every path is off, over the limit, or bounded over it: a fail, with the earliest possible time.
  let earliest = best
  let bounded = false
  for (const p of paths)
    if (p.kind === 'unknown' && p.atLeast !== undefined && (earliest === null || p.atLeast < earliest)) {
      earliest = p.atLeast
      bounded = true
    }
  return bounded
    ? { status: 'fail', seconds: earliest, atLeast: true }
    : { status: 'fail', seconds: earliest }
}

function valuesOrEmpty(r: RegKeyRead): ReadonlyMap<string, RegValue> {
  return r.kind === 'values' ? r.values : new Map()
}

function readAcDc(out: Awaited<ReturnType<CheckContext['probe']['run']>>): AcDc | null {
  if (out.kind !== 'exit' || out.exitCode !== 0) return null
  return parsePowercfgAcDc(out.stdout)
}

export const win32Strategy: CheckStrategy = {
  probes: {
    commands: [
      DESKTOP_ARGV,
      DESKTOP_POLICY_ARGV,
      SYSTEM_POLICY_ARGV,
      GRACE_ARGV,
      STANDBY_ARGV,
      CONSOLELOCK_ARGV,
    ],
    files: [],
    notes: [
      'screen saver settings of the signed-in user (and their Group Policy copies)',
      'machine inactivity limit, screen saver grace period, sleep timers and "require a password on wakeup" of the active power plan',
    ],
  },
  async run(ctx: CheckContext): Promise<CheckVerdict> {
    const max = ctx.policy.screenLock.maxIdlePlusGraceSeconds
    const requirement = msg('check.screen-lock.win32.requirement', { limit: max })
    const [desktop, desktopPolicy, system, graceRead, standbyOut, lockOut] = await Promise.all([
      readRegKey(ctx.probe, DESKTOP_ARGV),
      readRegKey(ctx.probe, DESKTOP_POLICY_ARGV),
      readRegKey(ctx.probe, SYSTEM_POLICY_ARGV),
      readRegKey(ctx.probe, GRACE_ARGV),
      ctx.probe.run(STANDBY_ARGV, { timeoutMs: 10_000 }),
      ctx.probe.run(CONSOLELOCK_ARGV, { timeoutMs: 10_000 }),
    ])
    const sources = [
      DESKTOP_ARGV,
      DESKTOP_POLICY_ARGV,
      SYSTEM_POLICY_ARGV,
      GRACE_ARGV,
      STANDBY_ARGV,
      CONSOLELOCK_ARGV,
    ].map(describeCommand)

    // (a) screen saver. Its user key always exists on a signed-in profile; an error there is unknown.
    let saver: PathResult
    if (desktopPolicy.kind === 'error') {
      saver = {
        kind: 'unknown',
        what: msg('check.screen-lock.win32.saver.policyUnreadable', { detail: regReason(desktopPolicy) }),
      }
    } else {
      let grace: number | null = null
      if (graceRead.kind === 'missing') grace = DEFAULT_SCREENSAVER_GRACE_SECONDS
      else if (graceRead.kind === 'values') {
        const g = regInteger(graceRead.values, 'ScreenSaverGracePeriod')
        grace = g.kind === 'value' ? g.value : g.kind === 'absent' ? DEFAULT_SCREENSAVER_GRACE_SECONDS : null
      }
      // The user's key always exists on a signed-in profile; unreadable or missing, its values are
      // unknown, but policy values can still decide.
      saver = screenSaverPath(
        desktop.kind === 'values' ? desktop.values : null,
        valuesOrEmpty(desktopPolicy),
        grace,
      )
      if (desktop.kind !== 'values' && saver.kind === 'unknown')
        saver = {
          ...saver,
          what: msg('check.screen-lock.win32.saver.settingsUnreadable', {
            detail:
              desktop.kind === 'error'
                ? regReason(desktop)
                : msg('check.screen-lock.win32.saver.desktopKeyMissing'),
          }),
        }
    }

    // (b) machine inactivity limit.
    const inactivity = inactivityPath(system)

    // (c) sleep + sign-in on wake.
    const standby = readAcDc(standbyOut)
    const consoleLock = readAcDc(lockOut)
    let delayLock: number | null | 'unreadable' = 'unreadable'
    if (desktop.kind === 'values') {
      const d = regDword(desktop.values, 'DelayLockInterval')
      delayLock = d.kind === 'value' ? d.value : d.kind === 'absent' ? null : 'unreadable'
    }
    const sleepAc = sleepPath('ac', standby, consoleLock, delayLock)
    const sleepDc = sleepPath('dc', standby, consoleLock, delayLock)

    const ac = judgeSource([saver, inactivity, sleepAc], max)
    const dc = judgeSource([saver, inactivity, sleepDc], max)
    const observed = [saver.what, inactivity.what, sleepAc.what, sleepDc.what]
    if (standbyOut.kind === 'error') observed.push(commandErrorMsg(STANDBY_ARGV, standbyOut.error))
    const when = (o: SourceOutcome): Msg =>
      o.seconds === null
        ? msg('check.screen-lock.common.never')
        : o.atLeast === true
          ? msg('check.screen-lock.win32.when.afterAtLeast', { seconds: o.seconds })
          : msg('check.screen-lock.win32.when.after', { seconds: o.seconds })
    observed.push(msg('check.screen-lock.win32.observed.locks', { ac: when(ac), dc: when(dc) }))

    const unreadable = uniqueMsgs(
      [saver, inactivity, sleepAc, sleepDc].filter((p) => p.kind === 'unknown').map((p) => p.what),
    )
    if (ac.status === 'fail' || dc.status === 'fail') {
      const worst = [ac, dc].find((o) => o.status === 'fail') as SourceOutcome
      return fail({
        summary:
          worst.seconds === null
            ? msg('check.screen-lock.win32.summary.never')
            : worst.atLeast === true
              ? msg('check.screen-lock.win32.summary.onlyAfterAtLeast', {
                  time: formatDuration(worst.seconds),
                  limit: formatDuration(max),
                })
              : msg('check.screen-lock.win32.summary.onlyAfter', {
                  time: formatDuration(worst.seconds),
                  limit: formatDuration(max),
                }),
        observed,
        requirement,
        remediationId: 'screen-lock.win32.set',
        sources,
        ...(unreadable.length > 0
          ? {
              reason: msg('check.screen-lock.win32.reason.failAnyway', {
                problems: semicolonList(unreadable),
                limit: formatDuration(max),
              }),
            }
          : {}),
      })
    }
    if (ac.status === 'unknown' || dc.status === 'unknown') {
      const unclear = [saver, inactivity, sleepAc, sleepDc]
        .filter((p) => p.kind === 'unknown')
        .map((p) => p.what)
      return unknown({
        summary: msg('check.screen-lock.win32.summary.unconfirmed'),
        observed,
        requirement,
        remediationId: 'screen-lock.unknown',
        reason: msg('check.screen-lock.win32.reason.unconfirmed', { problems: semicolonList(unclear) }),
        sources,
      })
    }
    const worst = Math.max(ac.seconds ?? 0, dc.seconds ?? 0)
    return pass({
      summary: msg('check.screen-lock.win32.summary.pass', { time: formatDuration(worst) }),
      observed,
      requirement,
      remediationId: 'screen-lock.win32.set',
      sources,
    })
  },
}

/** "605 s" → "10 min 5 s"; whole minutes as "15 min". */
export function formatDuration(seconds: number): Msg {
  if (seconds < 120) return msg('check.screen-lock.common.seconds', { n: seconds })
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return s === 0
    ? msg('check.screen-lock.common.minutes', { n: m })
    : msg('check.screen-lock.common.minutesSeconds', { m, s })
}
