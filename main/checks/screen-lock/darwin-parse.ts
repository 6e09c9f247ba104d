/**
 * Pure parsers and the idle-time arithmetic of the macOS screen-lock check (detection.md 2.4).
 *
 * - `sysadminctl -screenLock status` answers on stderr behind an NSLog prefix
 *   (`2026-08-25 10:14:03.512 sysadminctl[8123:412233] screenLock delay is immediate`): whether a
 *   password is required after the screen saver starts or the display sleeps, and the grace delay.
 * - `defaults -currentHost read com.apple.screensaver idleTime`: seconds until the screen saver, 0 =
 *   never; a missing key exits 1 ("does not exist").
 * - `pmset -g custom`: per power source (`Battery Power:`, `AC Power:`, `UPS Power:`) a
 *   `displaysleep N` line in minutes, 0 = never.
 *
 * The lock engages at the first of the enabled idle paths (screen saver, display sleep). Per power
 * source the idle time is the minimum of the enabled paths; the verdict uses the worst (longest)
 * source, so a laptop that never locks while plugged in fails even if it locks on battery.
 */
import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

/** What sysadminctl says about the lock requirement. */
export type LockRequirement =
  | { readonly kind: 'required'; readonly graceSeconds: number }
  | { readonly kind: 'off' }
  | { readonly kind: 'unrecognised'; readonly detail: Msg }

/**
 * Parse sysadminctl's combined stdout and stderr. Known phrases: `screenLock delay is immediate`,
 * `screenLock delay is N seconds` (decimals and `-1` seen in the wild; negative = off),
 * `screenLock is off`, `screenLock delay is off`. sysadminctl is not localised.
 */
export function parseScreenLockStatus(text: string): LockRequirement {
  const found: LockRequirement[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!/screenLock/i.test(line)) continue
    // Only the message after the NSLog prefix counts (`… sysadminctl[pid:tid] message`).
    const said = line.replace(/^.*?sysadminctl\[\d+:[0-9a-fx]+\]\s*/i, '')
    let m: RegExpExecArray | null
    if (/^screenLock (?:delay )?is off\.?$/i.test(said)) found.push({ kind: 'off' })
    else if (/^screenLock delay is immediate\.?$/i.test(said))
      found.push({ kind: 'required', graceSeconds: 0 })
    else if ((m = /^screenLock delay is (-?\d{1,9}(?:\.\d+)?) seconds?\.?$/i.exec(said)) !== null) {
      const n = Number(m[1])
      found.push(n < 0 ? { kind: 'off' } : { kind: 'required', graceSeconds: Math.ceil(n) })
    } else
      return {
        kind: 'unrecognised',
        detail: msg('check.screen-lock.darwin.parse.unexpectedLine', { line: said.slice(0, 120) }),
      }
  }
  if (found.length === 0)
    return { kind: 'unrecognised', detail: msg('check.screen-lock.darwin.parse.noLine') }
  const first = found[0] as LockRequirement
  const same = found.every((f) => JSON.stringify(f) === JSON.stringify(first))
  return same ? first : { kind: 'unrecognised', detail: msg('check.screen-lock.darwin.parse.contradictory') }
}

/** The screen saver idle setting: seconds (0 = never), not set, or unreadable. */
export type IdleSetting =
  | { readonly kind: 'seconds'; readonly value: number }
  | { readonly kind: 'not-set' }
  | { readonly kind: 'unknown'; readonly detail: Msg }

/**
 * Interpret `defaults -currentHost read com.apple.screensaver idleTime`: exit 0 with an integer, or
 * exit 1 with "does not exist" (the user never changed the setting).
 */
export function parseIdleTime(exitCode: number, stdout: string, stderr: string): IdleSetting {
  if (exitCode === 0) {
    const v = stdout.trim()
    if (/^\d{1,9}$/.test(v)) return { kind: 'seconds', value: Number(v) }
    return {
      kind: 'unknown',
      detail: msg('check.screen-lock.darwin.parse.unexpectedValue', { value: v.slice(0, 40) }),
    }
  }
  if (exitCode === 1 && /does not exist/.test(stderr)) return { kind: 'not-set' }
  return { kind: 'unknown', detail: msg('check.screen-lock.darwin.parse.defaultsExit', { code: exitCode }) }
}

/** One power source's settings from `pmset -g custom` (minutes; 0 = never; null = line absent). */
export interface PowerSource {
  /** e.g. "AC Power", "Battery Power". */
  readonly name: string
  readonly displaySleepMinutes: number | null
  readonly systemSleepMinutes: number | null
}

/** Parse `pmset -g custom` into its power-source sections; null if no section was found. */
export function parsePmsetCustom(stdout: string): PowerSource[] | null {
  const sources: { name: string; displaySleepMinutes: number | null; systemSleepMinutes: number | null }[] =
    []
  let current: (typeof sources)[number] | undefined
  for (const raw of stdout.split(/\r?\n/)) {
    const header = /^([A-Za-z][A-Za-z ]{0,30} Power):\s*$/.exec(raw)
    if (header) {
      current = { name: header[1] as string, displaySleepMinutes: null, systemSleepMinutes: null }
      sources.push(current)
      continue
    }
    if (current === undefined) continue
    const kv = /^\s+(displaysleep|sleep)\s+(\d{1,6})\s*$/.exec(raw)
    if (!kv) continue
    const n = Number(kv[2])
    if (kv[1] === 'displaysleep') current.displaySleepMinutes = n
    else current.systemSleepMinutes = n
  }
  return sources.length === 0 ? null : sources
}

/** The idle time before the lock can engage, as far as it is known. */
export interface IdleBound {
  /**
   * Seconds of idle time after which every power source has started the screen saver or slept the
   * display (the worst source); Infinity when some source never does; null when nothing is known.
   */
  readonly seconds: number | null
  /** Which path determines `seconds` (for the observed line). */
  readonly via: Msg | null
  /** True when every input was read, so `seconds` is exact rather than an upper bound. */
  readonly exact: boolean
}

/**
 * Combine the screen saver setting and the display-sleep settings. When an input is unreadable, the
 * result is still a valid upper bound (the lock can only engage earlier through the unknown path),
 * which is enough to pass but not to fail.
 */
export function idleBound(idle: IdleSetting, power: readonly PowerSource[] | null): IdleBound {
  const saver = idle.kind === 'seconds' && idle.value > 0 ? idle.value : null
  const idleKnown = idle.kind !== 'unknown'
  const sources: readonly (PowerSource | null)[] = power === null || power.length === 0 ? [null] : power
  let exact = idleKnown && power !== null && power.length > 0
  let worst: { seconds: number; via: Msg } | null = null
  for (const src of sources) {
    const candidates: { seconds: number; via: Msg }[] = []
    if (saver !== null)
      candidates.push({ seconds: saver, via: msg('check.screen-lock.darwin.via.screenSaver') })
    if (src !== null) {
      if (src.displaySleepMinutes === null) exact = false
      else if (src.displaySleepMinutes > 0)
        candidates.push({
          seconds: src.displaySleepMinutes * 60,
          via: msg('check.screen-lock.darwin.via.displaySleep', { source: src.name }),
        })
    }
    const best =
      candidates.length === 0
        ? {
            seconds: Number.POSITIVE_INFINITY,
            via:
              src === null
                ? msg('check.screen-lock.darwin.via.none')
                : msg('check.screen-lock.darwin.via.never', { source: src.name }),
          }
        : candidates.reduce((a, b) => (b.seconds < a.seconds ? b : a))
    if (worst === null || best.seconds > worst.seconds) worst = best
  }
  if (worst === null) return { seconds: null, via: null, exact: false }
  if (!exact && !Number.isFinite(worst.seconds)) return { seconds: null, via: null, exact: false }
  return { seconds: worst.seconds, via: worst.via, exact }
}

/**
 * The screen saver setting in force: a configuration profile's `idleTime` (Managed Preferences, at
 * device or user level) overrides the user's own per-host value. With several profile values the
 * longest wins (0 = never counts as longest), the conservative choice. A profile domain that could
 * not be read makes the result unknown, since it might override.
 */
export function effectiveIdle(
  user: IdleSetting,
  managed: readonly IdleSetting[],
): { readonly idle: IdleSetting; readonly fromProfile: boolean } {
  const unreadable = managed.find((m) => m.kind === 'unknown')
  if (unreadable !== undefined && unreadable.kind === 'unknown')
    return {
      idle: {
        kind: 'unknown',
        detail: msg('check.screen-lock.darwin.parse.profileIdle', { detail: unreadable.detail }),
      },
      fromProfile: false,
    }
  const values = managed.flatMap((m) => (m.kind === 'seconds' ? [m.value] : []))
  if (values.length === 0) return { idle: user, fromProfile: false }
  const longest = values.includes(0) ? 0 : Math.max(...values)
  return { idle: { kind: 'seconds', value: longest }, fromProfile: true }
}

/** The short user name in a macOS home path (`/Users/alex` → `alex`), or null if it is not plain. */
export function userFromHome(home: string | undefined): string | null {
  if (home === undefined) return null
  const m = /^\/Users\/([A-Za-z0-9._-]{1,64})\/?$/.exec(home)
  if (!m || m[1] === '.' || m[1] === '..') return null
  return m[1] as string
}
