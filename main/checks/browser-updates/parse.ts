/**
 * Pure parsers for the browser-updates check. Every one returns null (or an `invalid` result) for
 * anything it does not recognise; none of them reads prose or localised text.
 */
import { parseVersionParts } from '../../../shared/browser-releases/judge'
import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

/** A validated browser version: the text as shown and its numeric parts. */
export interface ParsedVersion {
  readonly text: string
  readonly parts: readonly number[]
}

/** Validate a release version such as "159.0", "153.2.0", "158.0.8127.37" (no beta/esr suffixes). */
export function releaseVersion(text: string): ParsedVersion | null {
  const t = text.trim()
  const parts = parseVersionParts(t)
  return parts === null ? null : { text: t, parts }
}

/**
 * Firefox's `application.ini`: the `Version=` line of the `[App]` section ("159.0", "153.2.0").
 * Pre-release versions ("160.0b3", "161.0a1") are returned with `prerelease: true` and no parts.
 */
export function parseApplicationIni(
  text: string,
): { readonly version: ParsedVersion } | { readonly prerelease: string } | null {
  let section = ''
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue
    const sec = /^\[([^\]]*)\]$/.exec(line)
    if (sec) {
      section = (sec[1] as string).trim()
      continue
    }
    if (section !== 'App') continue
    const m = /^Version\s*=\s*(.*)$/.exec(line)
    if (!m) continue
    const value = (m[1] as string).trim()
    const v = releaseVersion(value)
    if (v !== null) return { version: v }
    if (/^\d{1,4}\.\d{1,4}(\.\d{1,4})?(a|b)\d{1,3}$/.test(value)) return { prerelease: value }
    return null
  }
  return null
}

/** `defaults/pref/channel-prefs.js`: the value of `pref("app.update.channel", "...")`, or null. */
export function parseChannelPrefs(text: string): string | null {
  const m =
    /^\s*pref\(\s*["']app\.update\.channel["']\s*,\s*["']([A-Za-z0-9._-]{1,40})["']\s*\)\s*;?\s*$/m.exec(text)
  return m ? (m[1] as string) : null
}

/** Outcome of reading one string key from an Info.plist file read as text. */
export type PlistRead =
  | { readonly kind: 'value'; readonly value: string }
  /** A binary plist (`bplist00…`): read it with plutil instead. */
  | { readonly kind: 'binary' }
  | { readonly kind: 'invalid'; readonly detail: Msg }

function decodeXmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/**
 * A top-level `<key>NAME</key><string>VALUE</string>` pair of an XML property list. Only the outer
 * dictionary counts: a key of the same name inside a nested `<dict>` is ignored.
 */
export function plistStringValue(text: string, key: string): PlistRead {
  if (text.startsWith('bplist')) return { kind: 'binary' }
  if (!/<plist[\s>]/.test(text))
    return { kind: 'invalid', detail: msg('check.browser-updates.darwin.parse.notPlist') }
  const body = text.indexOf('<dict>')
  if (body < 0) return { kind: 'invalid', detail: msg('check.browser-updates.darwin.parse.noDict') }
  let depth = 0
  // Open/close tags of containers change the depth; a key at depth 1 belongs to the outer
  // dictionary. The value after a key is only looked at (sticky match at the same position), never
  // consumed, so that a nested <dict> value still counts for the depth.
  const re = /<(\/?)(dict|array)\s*>|<(?:dict|array)\s*\/>|<key>([^<]*)<\/key>/g
  const stringValue = /\s*<string>([^<]*)<\/string>/y
  re.lastIndex = body
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    if (m[2] !== undefined) {
      depth += m[1] === '/' ? -1 : 1
      continue
    }
    if (m[3] === undefined || depth !== 1) continue
    if (decodeXmlText(m[3]) !== key) continue
    stringValue.lastIndex = re.lastIndex
    const v = stringValue.exec(text)
    if (v === null)
      return { kind: 'invalid', detail: msg('check.browser-updates.darwin.parse.notString', { key }) }
    return { kind: 'value', value: decodeXmlText(v[1] as string).trim() }
  }
  return { kind: 'invalid', detail: msg('check.browser-updates.darwin.parse.missing', { key }) }
}

/**
 * Brave on Windows (and in some macOS builds) prefixes its version with the Chromium major:
 * "151.1.93.138" for Brave 1.93.138. Strip that prefix so the table's Brave versions apply.
 */
export function normaliseBraveVersion(v: ParsedVersion): ParsedVersion {
  const p = v.parts
  if (p.length === 4 && (p[0] as number) >= 50 && p[1] === 1) {
    const parts = p.slice(1)
    return { text: parts.join('.'), parts }
  }
  return v
}

/**
 * The version in a Chromium `*.VisualElementsManifest.xml` (the installer rewrites it on every
 * update): `Square150x150Logo='142.0.7444.60\VisualElements\Logo.png'`.
 */
export function parseVisualElementsManifest(text: string): ParsedVersion | null {
  const m = /Square(?:150x150|70x70)Logo\s*=\s*['"](\d{1,6}(?:\.\d{1,6}){3})\\VisualElements\\/.exec(text)
  return m ? releaseVersion(m[1] as string) : null
}

/** Upstream version from a Debian/RPM/Arch package version: drop "epoch:" and "-revision". */
export function upstreamPackageVersion(text: string): ParsedVersion | null {
  let v = text.trim()
  const epoch = /^\d+:(.*)$/.exec(v)
  if (epoch) v = epoch[1] as string
  const dash = v.lastIndexOf('-')
  if (dash > 0) v = v.slice(0, dash)
  return releaseVersion(v)
}

/** `dpkg-query -W -f='${db:Status-Abbrev}|${Version}' PKG`: installed ("ii") and its version. */
export function parseDpkgQuery(
  stdout: string,
): { installed: false } | { installed: true; version: ParsedVersion } | null {
  const m = /^([a-zA-Z ]{2,3})\|(\S*)\s*$/.exec(stdout.trim().split(/\r?\n/)[0] ?? '')
  if (!m) return null
  const status = (m[1] as string).trim()
  if (!status.startsWith('ii')) return { installed: false }
  const version = upstreamPackageVersion(m[2] as string)
  return version === null ? null : { installed: true, version }
}

/** `rpm -q --qf '%{VERSION}' PKG` → "151.0.7922.71". */
export function parseRpmVersion(stdout: string): ParsedVersion | null {
  const lines = stdout.trim().split(/\r?\n/)
  return lines.length === 1 ? releaseVersion(lines[0] as string) : null
}

/** `pacman -Q PKG` → "chromium 151.0.7922.71-1". */
export function parsePacmanQuery(stdout: string, pkg: string): ParsedVersion | null {
  const m = /^(\S+) (\S+)$/.exec(stdout.trim())
  if (!m || m[1] !== pkg) return null
  return upstreamPackageVersion(m[2] as string)
}

/** `meta/snap.yaml` → the top-level `version:` ("151.0.7922.71"; "145.0-1" gives 145.0). */
export function parseSnapYamlVersion(text: string): ParsedVersion | null {
  const m = /^version:\s*['"]?([^'"\s#]+)['"]?\s*(?:#.*)?$/m.exec(text)
  return m ? upstreamPackageVersion(m[1] as string) : null
}

/** Newest `<release version="…">` in an AppStream metainfo file (Flatpak), by version. */
export function parseMetainfoNewest(text: string): ParsedVersion | null {
  if (!/<component[\s>]/.test(text)) return null
  let best: ParsedVersion | null = null
  const re = /<release\b[^>]*\bversion\s*=\s*["']([^"']+)["']/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const v = upstreamPackageVersion(m[1] as string)
    if (v === null) continue
    if (best === null || compareParts(v.parts, best.parts) > 0) best = v
  }
  return best
}

function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** What a Firefox enterprise policies.json says about updates. */
export type FirefoxPolicy =
  | {
      readonly kind: 'policies'
      /** DisableAppUpdate: true → Firefox never updates itself. */
      readonly disableAppUpdate: boolean
      /** ManualAppUpdateOnly: true → Firefox never checks by itself. */
      readonly manualOnly: boolean
      /** AppAutoUpdate: false → updates download but wait for the user (informational). */
      readonly autoUpdateOff: boolean
    }
  | { readonly kind: 'invalid'; readonly detail: Msg }

function policyBool(v: unknown, name: string): boolean | Msg {
  if (v === undefined) return false
  if (typeof v === 'boolean') return v
  return msg('check.browser-updates.common.parse.notBoolean', { name, value: String(JSON.stringify(v)) })
}

/** Parse policies.json: `{"policies": {"DisableAppUpdate": true, …}}`. */
export function parseFirefoxPolicies(text: string): FirefoxPolicy {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { kind: 'invalid', detail: msg('check.browser-updates.common.parse.notJson') }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { kind: 'invalid', detail: msg('check.browser-updates.common.parse.notObject') }
  const policies = (data as Record<string, unknown>)['policies']
  if (policies === undefined)
    return { kind: 'policies', disableAppUpdate: false, manualOnly: false, autoUpdateOff: false }
  if (typeof policies !== 'object' || policies === null || Array.isArray(policies))
    return { kind: 'invalid', detail: msg('check.browser-updates.common.parse.policiesNotObject') }
  const p = policies as Record<string, unknown>
  const disable = policyBool(p['DisableAppUpdate'], 'DisableAppUpdate')
  const manual = policyBool(p['ManualAppUpdateOnly'], 'ManualAppUpdateOnly')
  const auto = p['AppAutoUpdate'] === undefined ? true : policyBool(p['AppAutoUpdate'], 'AppAutoUpdate')
  for (const v of [disable, manual, auto]) if (typeof v === 'object') return { kind: 'invalid', detail: v }
  return {
    kind: 'policies',
    disableAppUpdate: disable === true,
    manualOnly: manual === true,
    autoUpdateOff: auto === false,
  }
}

/**
 * The Chromium updater's update policy, normalised. Windows (Group Policy / "Device Management")
 * numbers: 0 disabled, 1 enabled, 2 manual only, 3 automatic only, 4 machine only. macOS managed
 * preferences number them differently: 0 enabled, 1 automatic only, 2 manual only, 3 disabled,
 * 4 machine only (Chromium `TranslateUpdatePolicyValue`).
 */
export type UpdatePolicy = 'enabled' | 'automatic-only' | 'manual-only' | 'disabled' | 'machine-only'

export function windowsUpdatePolicy(n: number): UpdatePolicy | null {
  return (['disabled', 'enabled', 'manual-only', 'automatic-only', 'machine-only'] as const)[n] ?? null
}

export function macUpdatePolicy(n: number): UpdatePolicy | null {
  return (['enabled', 'automatic-only', 'manual-only', 'disabled', 'machine-only'] as const)[n] ?? null
}

/** True when the policy stops automatic updates (disabled, or only when the user asks). */
export function policyBlocksUpdates(p: UpdatePolicy): boolean {
  return p === 'disabled' || p === 'manual-only'
}
