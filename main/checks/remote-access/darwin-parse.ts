/**
 * Parsers for the macOS remote-access check: `launchctl print-disabled system` and the Apple Remote
 * Desktop activation marker. Listening sockets: parseMacNetstat in listeners.ts.
 */

/** launchd's override for a label: enabled or disabled. A label not listed is at its plist default. */
export type LaunchdOverride = 'enabled' | 'disabled'

/**
 * The `disabled services = { … }` block of `launchctl print-disabled system`:
 *
 *     disabled services = {
 *     	"com.openssh.sshd" => disabled
 *     	"com.apple.screensharing" => enabled
 *     }
 *
 * Two token dialects: macOS 13 and later print `enabled`/`disabled`; macOS 12 and earlier print
 * `false`/`true`, where `true` means *disabled* (usnistgov/macos_security#167). Both are mapped here.
 * Null when the block is missing or a line in it has an unknown shape or token (never guessed).
 */
export function parsePrintDisabled(stdout: string): Map<string, LaunchdOverride> | null {
  const lines = stdout.split(/\r?\n/)
  const start = lines.findIndex((l) => /^\s*disabled services = \{\s*$/.test(l))
  if (start < 0) return null
  const out = new Map<string, LaunchdOverride>()
  for (let i = start + 1; i < lines.length; i++) {
    const line = (lines[i] as string).trim()
    if (line === '}') return out
    if (line === '') continue
    const m = /^"([^"]+)" => (enabled|disabled|true|false)$/.exec(line)
    if (!m) return null
    const token = m[2] as string
    out.set(m[1] as string, token === 'enabled' || token === 'false' ? 'enabled' : 'disabled')
  }
  return null // no closing brace: cut short
}

/**
 * `/Library/Application Support/Apple/Remote Desktop/RemoteManagement.launchd`: the ARD activation
 * marker written by `kickstart -activate` and System Settings; it holds the word `enabled` while
 * Remote Management is on. Anything else is reported as unrecognised, never as off.
 */
export function parseArdMarker(text: string): 'enabled' | 'disabled' | 'unrecognised' {
  const t = text.trim().toLowerCase()
  if (t === 'enabled') return 'enabled'
  if (t === 'disabled') return 'disabled'
  return 'unrecognised'
}
