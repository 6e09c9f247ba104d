/**
 * Pure parsers for Linux automatic-update settings: `apt-config dump`, dnf's automatic.conf (INI),
 * `systemctl is-enabled` answers and the distro family from os-release.
 */
import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

/** Distro families whose update mechanisms we know. */
export type DistroFamily = 'mint' | 'debian' | 'fedora' | 'arch' | 'unknown'

/** Pick the family from os-release ID / ID_LIKE (ID first: Mint lists ubuntu in ID_LIKE). */
export function distroFamily(fields: Readonly<Record<string, string>>): DistroFamily {
  const id = (fields['ID'] ?? '').toLowerCase()
  const like = (fields['ID_LIKE'] ?? '').toLowerCase().split(/\s+/)
  if (id === 'linuxmint') return 'mint'
  const all = [id, ...like]
  if (all.some((x) => x === 'debian' || x === 'ubuntu')) return 'debian'
  if (all.some((x) => x === 'fedora' || x === 'rhel' || x === 'centos')) return 'fedora'
  if (all.some((x) => x === 'arch' || x === 'archlinux')) return 'arch'
  return 'unknown'
}

/**
 * Parse `apt-config dump` lines of the form `Name::Space::Key "value";` into a map (last one wins,
 * as in apt). Lines that are not simple key/value (list items, `#clear`) are skipped.
 */
export function parseAptConfigDump(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z0-9_:.+-]+) "((?:[^"\\]|\\.)*)";\s*$/.exec(line.trim())
    if (m) out.set(m[1] as string, m[2] as string)
  }
  return out
}

/**
 * An APT::Periodic interval: apt.systemd.daily treats it as days (or a duration like "1d", "12h"),
 * 0 or missing = off. Returns seconds, 0 for off, null when unparseable.
 */
export function aptPeriodicSeconds(value: string | undefined): number | null {
  if (value === undefined) return 0
  const v = value.trim().toLowerCase()
  if (v === 'always') return 1
  const m = /^(\d{1,6})([smhd]?)$/.exec(v)
  if (!m) return null
  const n = Number(m[1])
  const unit = { '': 86400, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd']
  return n * unit
}

/** The answer of `systemctl is-enabled <unit>` for one unit, or null if unrecognised. */
export function parseIsEnabled(stdout: string): string | null {
  const s = stdout.trim()
  const known = [
    'enabled',
    'enabled-runtime',
    'linked',
    'linked-runtime',
    'alias',
    'masked',
    'masked-runtime',
    'static',
    'indirect',
    'disabled',
    'generated',
    'transient',
    'bad',
    'not-found',
  ]
  return known.includes(s) ? s : null
}

/**
 * Does an is-enabled answer mean the timer is enabled? Only `enabled` and `enabled-runtime` do
 * (exit 0 and symlinks from its [Install] section). `linked` (exit non-zero) is a unit file made
 * available by a symlink, not enabled; `alias` (exit 0) only says the name is a symlink to another
 * unit, whose own state decides (systemctl(1), is-enabled table).
 */
export function isEnabledState(state: string): boolean {
  return state === 'enabled' || state === 'enabled-runtime'
}

/** is-enabled answers that neither enable nor rule out the unit on their own (exit 0, indirect). */
export function isUnclearState(state: string): boolean {
  return ['alias', 'indirect', 'generated', 'transient', 'bad'].includes(state)
}

/** Three-valued OR over "does this start updates" answers: true wins, then unknown (null). */
export function or3(values: readonly (boolean | null)[]): boolean | null {
  if (values.includes(true)) return true
  if (values.includes(null)) return null
  return false
}

/** Three-valued AND: false wins, then unknown (null). */
export function and3(a: boolean | null, b: boolean | null): boolean | null {
  if (a === false || b === false) return false
  if (a === null || b === null) return null
  return true
}

/** One automatic.conf that exists: its text, or null when it exists but cannot be read. */
export interface DnfConfRead {
  readonly path: string
  readonly text: string | null
}

/**
 * The `apply_updates` value dnf(5)-automatic uses. `files` are the config files that exist, in the
 * order dnf reads them (each overrides the ones before, key by key), so the last file that sets the key
 * decides; an unreadable file might set it, so it makes the answer unknown unless a later readable file
 * sets the key. Set nowhere: the compiled default, off.
 */
export function resolveDnfApply(files: readonly DnfConfRead[]): {
  readonly value: boolean | null
  readonly from: string | null
  readonly problem?: Msg
} {
  for (let i = files.length - 1; i >= 0; i--) {
    const f = files[i] as DnfConfRead
    if (f.text === null)
      return { value: null, from: f.path, problem: msg('check.common.file.unreadable', { path: f.path }) }
    const v = parseIni(f.text)['commands']?.['apply_updates']
    if (v === undefined) continue
    const b = parseDnfBool(v)
    return b === null
      ? {
          value: null,
          from: f.path,
          problem: msg('check.auto-updates.linux.problem.applyValue', { value: v, path: f.path }),
        }
      : { value: b, from: f.path }
  }
  return { value: false, from: null }
}

/** Minimal INI parser: `[section]`, `key = value`, `#`/`;` comments. Last value wins. */
export function parseIni(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  let section = ''
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    const s = /^\[([^\]]+)\]$/.exec(line)
    if (s) {
      section = (s[1] as string).trim()
      continue
    }
    const kv = /^([^=]+?)\s*=\s*(.*)$/.exec(line)
    if (!kv) continue
    const sec = out[section] ?? (out[section] = {})
    sec[(kv[1] as string).trim()] = (kv[2] as string).trim()
  }
  return out
}

/** dnf's boolean spellings (libdnf accepts 1/0, yes/no, true/false, on/off). */
export function parseDnfBool(v: string | undefined): boolean | null {
  if (v === undefined) return null
  const t = v.trim().toLowerCase()
  if (['1', 'yes', 'true', 'on'].includes(t)) return true
  if (['0', 'no', 'false', 'off'].includes(t)) return false
  return null
}
