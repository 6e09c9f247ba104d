/**
 * Helpers shared by the macOS check strategies (disk encryption, firewall, screen lock, updates).
 *
 * The strategies need the macOS major version for two things: the firewall check cross-checks a
 * second source on macOS 15 (detection.md 2.3), and every check picks the guided fix written for the
 * user's settings app (System Preferences on 12, System Settings on 13 and later). They read it from
 * `sw_vers` through the probe; the os-version check runs the same command and the engine's memoising
 * probe runs it only once per run.
 */
import type { Msg } from '../../shared/i18n/msg'
import type { Probe } from '../probe/probe'
import { msg } from './verdict'

/** The argv used to read the macOS version (plain `sw_vers`: all fields, tab-separated). */
export const SW_VERS_ARGV: readonly string[] = ['/usr/bin/sw_vers']

/** A parsed macOS version. */
export interface MacosVersion {
  /**
   * The release number: 15 for "15.3.1", 26 for "26.0". Mac OS X / macOS 10.10 to 10.15 are all
   * major 10 (their release is the second number); none of them needs the macOS 15 cross-check, and
   * all use the System Preferences fixes.
   */
  readonly major: number
  /** The ProductVersion string as printed, e.g. "15.3.1" or "10.15.7". */
  readonly text: string
}

/**
 * Parse `sw_vers` output (`ProductVersion:\t\t15.3.1`) or `sw_vers -productVersion` output (`15.3.1`).
 * Accepts macOS 11 to 99 and Mac OS X / macOS 10.10 to 10.15 (old Macs still get judged; the
 * os-version check fails them as unsupported). Returns null for anything else, including the `10.16`
 * compatibility answer (SYSTEM_VERSION_COMPAT), which hides the real version.
 */
export function parseProductVersion(stdout: string): MacosVersion | null {
  const lines = stdout.split(/\r?\n/).map((l) => l.trim())
  let value: string | undefined
  const keyed = lines.map((l) => /^ProductVersion:\s*(\S+)$/.exec(l)).find((m) => m !== null)
  if (keyed) value = keyed[1]
  else {
    const nonEmpty = lines.filter((l) => l !== '')
    if (nonEmpty.length === 1) value = nonEmpty[0]
  }
  if (value === undefined) return null
  const m = /^(\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?$/.exec(value)
  if (!m) return null
  const major = Number(m[1])
  if (major === 10) {
    // 10.10 Yosemite to 10.15 Catalina; 10.16 is the compatibility answer, not a release.
    const minor = m[2] === undefined ? NaN : Number(m[2])
    return minor >= 10 && minor <= 15 ? { major, text: value } : null
  }
  if (major < 11 || major > 99) return null
  return { major, text: value }
}

/** Read the macOS version through the probe; null when `sw_vers` is unavailable or unparseable. */
export async function readMacosVersion(probe: Probe): Promise<MacosVersion | null> {
  const out = await probe.run(SW_VERS_ARGV, { timeoutMs: 5000 })
  if (out.kind !== 'exit' || out.exitCode !== 0) return null
  return parseProductVersion(out.stdout)
}

/**
 * The remediation id for the user's settings app: `<base>.macos12` on macOS 12 and earlier (System
 * Preferences), `<base>` otherwise. An unknown version gets the modern wording, whose steps also name
 * the old app: macOS 12 is out of support and the os-version check already asks for an upgrade.
 */
export function remediationForVersion(base: string, version: MacosVersion | null): string {
  return version !== null && version.major <= 12 ? `${base}.macos12` : base
}

/** "macOS 15.3.1" for observed lines, as a check message, or null. */
export function macosVersionMsg(version: MacosVersion | null): Msg | null {
  return version === null ? null : msg('check.common.macosVersion', { version: version.text })
}

/**
 * Where a setting lives, for `reason` texts: the System Preferences message on macOS 12 and earlier,
 * the System Settings one otherwise (also when the version is unknown).
 */
export function settingsPlaceMsg(version: MacosVersion | null, modern: Msg, macos12: Msg): Msg {
  return version !== null && version.major <= 12 ? macos12 : modern
}
