/**
 * Pure parsing and judging for Linux screen-lock settings, per desktop.
 *
 * Values come from `gsettings get` (GVariant text: `true`, `uint32 300`, `5`), `xfconf-query`
 * (`true`, `5`), `kreadconfig5/6` (plain text) or KDE's INI files. Every desktop reduces to the same
 * model — is locking on, after how many seconds of idleness does the screen blank/lock, and how many
 * seconds of grace follow — judged against the policy's idle + grace limit.
 */

import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

/** `true` / `false` from gsettings or xfconf-query; null for anything else. */
export function parseBool(text: string): boolean | null {
  const t = text.trim()
  if (t === 'true') return true
  if (t === 'false') return false
  return null
}

/**
 * A non-negative integer from GVariant text (`uint32 300`, `int32 5`, `300`) or xfconf/kreadconfig
 * output. Null for anything else (including negative numbers or values beyond 32 bits).
 */
export function parseUint(text: string): number | null {
  const m = /^(?:u?int(?:16|32|64)\s+)?(\d{1,10})$/.exec(text.trim())
  if (!m) return null
  const n = Number(m[1])
  return Number.isSafeInteger(n) && n <= 0xffffffff ? n : null
}

/** What a desktop's settings say about locking, in seconds. */
export interface LockSettings {
  /** Locking is switched on (and not forbidden by a lockdown key). */
  readonly lockEnabled: boolean
  /** Seconds of idleness before the screen saver / blanking starts; 0 = never. */
  readonly idleSeconds: number
  /** Seconds between blanking and the lock taking effect (grace). */
  readonly graceSeconds: number
  /** Extra facts to show, e.g. "locking is forbidden by org.gnome.desktop.lockdown". */
  readonly notes?: readonly Msg[]
}

/**
 * The same, where a value may be unknown (null) because its setting could not be read. The verdict is
 * decided as soon as the values read decide it: locking seen off, idle seen "never", or the values
 * read already adding up to more than the limit is a fail whatever the others are.
 */
export interface PartialLockSettings {
  readonly lockEnabled: boolean | null
  readonly idleSeconds: number | null
  readonly graceSeconds: number | null
  readonly notes?: readonly Msg[]
}

export interface LockJudgement {
  readonly ok: boolean
  readonly observed: Msg[]
  /** Why it fails, in words, when !ok. */
  readonly problem: Msg | null
}

/** A verdict on partly known settings: unknown only when the values read do not decide. */
export interface LockDecision {
  readonly status: 'pass' | 'fail' | 'unknown'
  readonly observed: Msg[]
  /** Why it fails, in words, when status is fail. */
  readonly problem: Msg | null
}

/** Three-valued AND: false wins over unknown (null), unknown over true. */
export function and3(a: boolean | null, b: boolean | null): boolean | null {
  if (a === false || b === false) return false
  if (a === null || b === null) return null
  return true
}

/** Decide on settings some of which may be unknown. Never `pass` with an unknown value. */
export function decideLock(s: PartialLockSettings, maxIdlePlusGraceSeconds: number): LockDecision {
  const secondsOrUnreadable = (n: number | null): Msg =>
    n === null
      ? msg('check.screen-lock.linux.observed.unreadable')
      : msg('check.screen-lock.common.seconds', { n })
  const observed = [
    s.lockEnabled === null
      ? msg('check.screen-lock.linux.observed.lockUnreadable')
      : s.lockEnabled
        ? msg('check.screen-lock.linux.observed.lockOn')
        : msg('check.screen-lock.linux.observed.lockOff'),
    s.idleSeconds === 0
      ? msg('check.screen-lock.linux.observed.neverBlanks')
      : msg('check.screen-lock.linux.observed.idleGrace', {
          idle: secondsOrUnreadable(s.idleSeconds),
          grace: secondsOrUnreadable(s.graceSeconds),
        }),
    ...(s.notes ?? []),
  ]
  if (s.lockEnabled === false)
    return { status: 'fail', observed, problem: msg('check.screen-lock.linux.problem.noLock') }
  if (s.idleSeconds === 0)
    return { status: 'fail', observed, problem: msg('check.screen-lock.linux.problem.idleNever') }
  // A lower bound of idle + grace: an unknown idle time is at least a second (0 means never), an
  // unknown grace at least 0.
  const known = s.idleSeconds !== null && s.graceSeconds !== null
  const atLeast = (s.idleSeconds ?? 1) + (s.graceSeconds ?? 0)
  if ((s.idleSeconds !== null || s.graceSeconds !== null) && atLeast > maxIdlePlusGraceSeconds)
    return {
      status: 'fail',
      observed,
      problem: known
        ? msg('check.screen-lock.linux.problem.tooLate', { seconds: atLeast, limit: maxIdlePlusGraceSeconds })
        : msg('check.screen-lock.linux.problem.tooLateAtLeast', {
            seconds: atLeast,
            limit: maxIdlePlusGraceSeconds,
          }),
    }
  if (s.lockEnabled === null || s.idleSeconds === null || s.graceSeconds === null)
    return { status: 'unknown', observed, problem: null }
  return { status: 'pass', observed, problem: null }
}

/** Judge fully known lock settings against the policy limit on idle + grace seconds. */
export function judgeLock(s: LockSettings, maxIdlePlusGraceSeconds: number): LockJudgement {
  const d = decideLock(s, maxIdlePlusGraceSeconds)
  return { ok: d.status === 'pass', observed: d.observed, problem: d.problem }
}

/**
 * A KDE config file as groups of keys. Handles `[Group]` headers, `key=value`, `#` comments, and the
 * kiosk marker `[$i]` (immutable: later files cannot override) on groups and keys.
 */
export interface KdeConfig {
  readonly groups: Readonly<Record<string, Readonly<Record<string, { value: string; immutable: boolean }>>>>
  readonly immutableGroups: readonly string[]
}

export function parseKdeIni(text: string): KdeConfig {
  const groups: Record<string, Record<string, { value: string; immutable: boolean }>> = {}
  const immutableGroups: string[] = []
  let current: string | null = null
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const g = /^\[([^\]]*)\](\[\$i\])?$/.exec(line)
    if (g) {
      current = g[1] as string
      groups[current] ??= {}
      if (g[2] !== undefined) immutableGroups.push(current)
      continue
    }
    if (current === null) continue
    const kv = /^([^=[]+?)\s*(\[\$[a-z]+\])?\s*=\s*(.*)$/.exec(line)
    if (!kv) continue
    const group = groups[current] ?? (groups[current] = {})
    group[(kv[1] as string).trim()] = { value: (kv[3] as string).trim(), immutable: kv[2] === '[$i]' }
  }
  return { groups, immutableGroups }
}

/**
 * Look a key up across KDE config files ordered from most general (/etc/xdg) to the user's; a later
 * file wins unless an earlier one marked the key or group immutable. A null entry is a file that exists
 * but could not be read: it might set the key (even immutably), so from there on the answer is unknown
 * (null) unless a file before it already fixed the value as immutable. Undefined: set nowhere.
 */
export function kdeLookup(
  files: readonly (KdeConfig | null)[],
  group: string,
  key: string,
): string | undefined | null {
  let value: string | undefined
  for (const f of files) {
    if (f === null) return null
    const entry = f.groups[group]?.[key]
    if (entry !== undefined) value = entry.value
    if (entry?.immutable === true || f.immutableGroups.includes(group)) return value
  }
  return value
}

/** KDE's boolean spellings in config files. */
export function parseKdeBool(v: string): boolean | null {
  const t = v.trim().toLowerCase()
  if (t === 'true' || t === '1' || t === 'yes' || t === 'on') return true
  if (t === 'false' || t === '0' || t === 'no' || t === 'off') return false
  return null
}

/**
 * kscreenlocker defaults (kscreenlockersettings.kcfg, Plasma 5 and 6): Autolock on, Timeout 5
 * minutes, LockGrace 5 seconds, RequirePassword on (the key is newer; absent means true).
 */
export const KDE_DEFAULTS = {
  Autolock: 'true',
  Timeout: '5',
  LockGrace: '5',
  RequirePassword: 'true',
} as const

/** xfce4-screensaver's compiled-in defaults (src/gs-prefs.h). Delays are minutes. */
export const XFCE_DEFAULTS: Readonly<Record<string, string>> = {
  '/saver/enabled': 'true',
  '/saver/idle-activation/enabled': 'true',
  '/saver/idle-activation/delay': '5',
  '/lock/enabled': 'true',
  '/lock/saver-activation/enabled': 'true',
  '/lock/saver-activation/delay': '0',
}

/** Does an xfconf-query failure mean "this property is not set" (so the default applies)? */
export function xfconfMissing(stderr: string, stdout: string): boolean {
  return /does not exist on channel/i.test(stderr + stdout)
}

/** Is a .desktop autostart entry switched off (Hidden=true) by this file? */
export function desktopEntryHidden(text: string): boolean {
  return text
    .split(/\r?\n/)
    .some(
      (l) => /^\s*Hidden\s*=\s*true\s*$/i.test(l) || /^\s*X-GNOME-Autostart-enabled\s*=\s*false\s*$/i.test(l),
    )
}
