/**
 * Parsers for the Linux login-protection check: the display managers' configuration files, merged
 * the way each display manager merges them, and the few values that decide automatic login and guest
 * sessions (detection-more.md 4.3, confirmed against the projects' sources):
 *
 * - GDM (GKeyFile, one file): `[daemon]` `AutomaticLoginEnable` + `AutomaticLogin`, `TimedLoginEnable`
 *   + `TimedLogin`. GDM's boolean parser accepts true/false in any case and 1/0.
 * - LightDM (GKeyFile, many files): `lightdm.conf.d/*.conf` of the system data and config folders, then
 *   `/etc/lightdm/lightdm.conf.d/*.conf`, then `/etc/lightdm/lightdm.conf`, each key overriding the
 *   earlier ones; `[SeatDefaults]` is read as `[Seat:*]`; a seat's settings are `[Seat:*]` followed by
 *   every `[Seat:<glob>]` matching its name. `autologin-user`, `autologin-guest`, `allow-guest`
 *   (default true; only the exact word `true` is true). A guest session also needs the guest-account
 *   script (`[LightDM] guest-account-script`, default `guest-account`, found in PATH).
 * - SDDM (its own INI reader): every file of `/usr/lib/sddm/sddm.conf.d`, then `/etc/sddm.conf.d`,
 *   then `/etc/sddm.conf`; `#` starts a comment anywhere; `[Autologin]` `User=` non-empty.
 * - greetd: `[initial_session]` in /etc/greetd/config.toml logs a user in once at boot.
 * - agetty: a `getty@` drop-in whose `ExecStart=` passes `--autologin`/`-a`.
 */
import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

/** One `[group]` of an INI-style file, its keys in file order (later duplicates win). */
export interface IniGroup {
  readonly name: string
  readonly entries: Map<string, string>
}

/**
 * A GKeyFile-style parse: `[group]` lines, `key=value` (whitespace around both trimmed), `#` comment
 * lines. Locale-suffixed keys (`Name[de]`) are kept as written. Lines that are none of these are
 * skipped (GKeyFile would reject the whole file; skipping keeps every other value visible, which can
 * only ever add a finding). Groups that appear twice are merged, as GKeyFile does.
 */
export function parseKeyFile(
  text: string,
  options: { inlineComments?: boolean; implicitGroup?: string } = {},
): IniGroup[] {
  const groups: IniGroup[] = []
  const byName = new Map<string, IniGroup>()
  const open = (name: string): IniGroup => {
    let g = byName.get(name)
    if (g === undefined) {
      g = { name, entries: new Map() }
      byName.set(name, g)
      groups.push(g)
    }
    return g
  }
  let current: IniGroup | null = options.implicitGroup !== undefined ? open(options.implicitGroup) : null
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim()
    if (options.inlineComments === true) {
      const hash = line.indexOf('#')
      if (hash >= 0) line = line.slice(0, hash).trim()
    }
    if (line === '' || line.startsWith('#')) continue
    const g = /^\[([^\]]*)\]$/.exec(line)
    if (g) {
      current = open(g[1] as string)
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0 || current === null) continue
    current.entries.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim())
  }
  return groups
}

/** GDM's boolean parser: true/false (any case) or 1/0; anything else is not a boolean. */
export function gdmBool(value: string): boolean | null {
  const v = value.trim()
  if (v.toLowerCase() === 'true' || v === '1') return true
  if (v.toLowerCase() === 'false' || v === '0') return false
  return null
}

/** What a display manager's settings say. */
export interface DmFindings {
  /** Settings that log someone in without a password (fail). */
  readonly autologin: Msg[]
  /** Settings that offer a guest session (fail). */
  readonly guest: Msg[]
  /** Harmless facts worth showing. */
  readonly notes: Msg[]
  /** Values that could not be interpreted (unknown unless something fails). */
  readonly problems: Msg[]
}

const emptyFindings = (): DmFindings => ({ autologin: [], guest: [], notes: [], problems: [] })

/** GDM: the `[daemon]` group of its one custom configuration file. */
export function judgeGdm(text: string, file: string): DmFindings {
  const f = emptyFindings()
  const daemon = parseKeyFile(text).find((g) => g.name === 'daemon')
  const pair = (enableKey: string, userKey: string, what: 'autologin' | 'timedLogin') => {
    const enable = daemon?.entries.get(enableKey)
    if (enable === undefined) return
    const on = gdmBool(enable)
    if (on === null) {
      f.problems.push(msg('check.login-protection.linux.gdm.badValue', { file, key: enableKey }))
      return
    }
    if (!on) return
    const user = daemon?.entries.get(userKey) ?? ''
    if (user === '') f.notes.push(msg('check.login-protection.linux.gdm.noUser', { file, key: enableKey }))
    else
      f.autologin.push(
        msg(`check.login-protection.linux.gdm.${what}`, { file, key: enableKey, value: enable }),
      )
  }
  pair('AutomaticLoginEnable', 'AutomaticLogin', 'autologin')
  pair('TimedLoginEnable', 'TimedLogin', 'timedLogin')
  return f
}

/** LightDM's merged configuration: key → value and the file it came from, per group, in group order. */
export class LightdmConfig {
  readonly #groups: { name: string; entries: Map<string, { value: string; file: string }> }[] = []

  /** Load one file on top of the earlier ones. */
  load(text: string, file: string): void {
    for (const g of parseKeyFile(text)) {
      const name = g.name === 'SeatDefaults' ? 'Seat:*' : g.name
      let target = this.#groups.find((x) => x.name === name)
      if (target === undefined) {
        target = { name, entries: new Map() }
        this.#groups.push(target)
      }
      for (const [k, v] of g.entries) target.entries.set(k, { value: v, file })
    }
  }

  /** A key of the LightDM group. */
  lightdm(key: string): { value: string; file: string } | undefined {
    return this.#groups.find((g) => g.name === 'LightDM')?.entries.get(key)
  }

  /** A seat's effective value: `[Seat:*]`, then each matching `[Seat:glob]` in group order. */
  seat(key: string, seatName = 'seat0'): { value: string; file: string } | undefined {
    let found = this.#groups.find((g) => g.name === 'Seat:*')?.entries.get(key)
    for (const g of this.#groups) {
      if (!g.name.startsWith('Seat:') || g.name === 'Seat:*') continue
      if (!globMatch(g.name.slice(5), seatName)) continue
      const v = g.entries.get(key)
      if (v !== undefined) found = v
    }
    return found
  }
}

/** GLib's g_pattern_match_simple: `*` any run, `?` any one character. */
export function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  )
  return re.test(text)
}

/** LightDM's config_get_boolean: only the exact word `true` (trailing blanks removed) is true. */
export function lightdmBool(value: string): boolean {
  return value.trimEnd() === 'true'
}

/**
 * Judge LightDM's merged settings for seat0. `guestScript` says whether the guest-account script
 * was found (null: could not tell).
 */
export function judgeLightdm(config: LightdmConfig, guestScript: boolean | null): DmFindings {
  const f = emptyFindings()
  const user = config.seat('autologin-user')
  if (user !== undefined && user.value !== '')
    f.autologin.push(msg('check.login-protection.linux.lightdm.autologinUser', { file: user.file }))
  const autoGuest = config.seat('autologin-guest')
  if (autoGuest !== undefined && lightdmBool(autoGuest.value))
    f.autologin.push(msg('check.login-protection.linux.lightdm.autologinGuest', { file: autoGuest.file }))
  const allow = config.seat('allow-guest')
  const allowGuest = allow === undefined ? true : lightdmBool(allow.value)
  const where =
    allow === undefined
      ? msg('check.login-protection.linux.lightdm.whereDefault')
      : msg('check.login-protection.linux.lightdm.whereSet', { file: allow.file, value: allow.value })
  if (!allowGuest) f.notes.push(msg('check.login-protection.linux.lightdm.guestOff', { where }))
  else if (guestScript === true) f.guest.push(msg('check.login-protection.linux.lightdm.guestOn', { where }))
  else if (guestScript === false)
    f.notes.push(msg('check.login-protection.linux.lightdm.noScript', { where }))
  else f.problems.push(msg('check.login-protection.linux.lightdm.scriptUnknown', { where }))
  return f
}

/** SDDM: merged `[Autologin] User=` over its files (later files win). */
export function judgeSddm(files: readonly { text: string; file: string }[]): DmFindings {
  const f = emptyFindings()
  let user: { value: string; file: string } | undefined
  for (const { text, file } of files) {
    const g = parseKeyFile(text, { inlineComments: true, implicitGroup: 'General' }).find(
      (x) => x.name === 'Autologin',
    )
    const v = g?.entries.get('User')
    if (v !== undefined) user = { value: v, file }
  }
  if (user !== undefined && user.value !== '')
    f.autologin.push(msg('check.login-protection.linux.sddm.autologin', { file: user.file }))
  return f
}

/** greetd: an `[initial_session]` table with a user logs that user in once at boot. */
export function judgeGreetd(text: string, file: string): DmFindings {
  const f = emptyFindings()
  let inInitial = false
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim()
    if (line === '') continue
    const table = /^\[([^\]]+)\]$/.exec(line)
    if (table) {
      inInitial = (table[1] as string).trim() === 'initial_session'
      continue
    }
    if (inInitial && /^user\s*=\s*["'][^"']+["']$/.test(line))
      f.autologin.push(msg('check.login-protection.linux.greetd.autologin', { file }))
  }
  return f
}

/** agetty drop-ins: an `ExecStart=` line that passes `--autologin` (or `-a`). */
export function judgeGettyDropIn(text: string, file: string): DmFindings {
  const f = emptyFindings()
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line.startsWith('#') || line.startsWith(';')) continue
    const m = /^ExecStart\s*=\s*(.*)$/.exec(line)
    if (!m) continue
    const tokens = (m[1] as string).split(/\s+/)
    if (tokens.some((t) => t === '-a' || t === '--autologin' || t.startsWith('--autologin=')))
      f.autologin.push(msg('check.login-protection.linux.getty.autologin', { file }))
  }
  return f
}

/** The display manager named by a unit's `ExecStart=` or a program path, by basename. */
export type DisplayManager = 'gdm' | 'lightdm' | 'sddm' | 'greetd' | { readonly other: string }

export function classifyDm(program: string): DisplayManager | null {
  const base =
    (program.trim().split(/\s+/)[0] ?? '')
      .replace(/^[-@+!:]+/, '')
      .split('/')
      .pop() ?? ''
  if (!/^[\w.+-]{1,64}$/.test(base)) return null
  if (base === 'gdm' || base === 'gdm3') return 'gdm'
  if (base === 'lightdm') return 'lightdm'
  if (base === 'sddm') return 'sddm'
  if (base === 'greetd') return 'greetd'
  return { other: base }
}

/** `ExecStart=` of display-manager.service (the last non-empty one wins, as systemd does). */
export function dmFromUnit(text: string): DisplayManager | null {
  let exec: string | null = null
  for (const raw of text.split(/\r?\n/)) {
    const m = /^\s*ExecStart\s*=\s*(.*)$/.exec(raw)
    if (m) exec = (m[1] as string).trim() === '' ? null : (m[1] as string)
  }
  return exec === null ? null : classifyDm(exec)
}
