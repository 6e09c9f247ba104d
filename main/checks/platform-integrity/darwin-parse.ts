/**
 * Pure parsing for the macOS platform-integrity check.
 *
 * `csrutil status` (exit 0, English on every system language) prints one status line:
 *   System Integrity Protection status: enabled.
 *   System Integrity Protection status: disabled.
 *   System Integrity Protection status: unknown (Custom Configuration).
 *   System Integrity Protection status: enabled (Custom Configuration).
 * A custom configuration is followed by a `Configuration:` block of `\t<Protection>: enabled|disabled`
 * lines and a warning that the configuration is unsupported. The status word and the enabled/disabled
 * values are fixed tokens printed by the tool, read as values; the status line must appear exactly
 * once. `spctl --status` prints `assessments enabled` (exit 0) or `assessments disabled` (exit 1, a
 * valid answer, per Apple's spctl.cpp `status()`).
 */

export type SipStatus =
  | { readonly kind: 'enabled' }
  | { readonly kind: 'disabled' }
  /** Custom configuration: some protections switched off (listed when the block was printed). */
  | { readonly kind: 'custom'; readonly disabled: readonly string[] }

const SIP_LINE =
  /^System Integrity Protection status: (enabled|disabled|unknown)( \(Custom Configuration\))?\.$/

/** Parse `csrutil status` stdout; null for anything else (unknown output never passes). */
export function parseCsrutilStatus(stdout: string): SipStatus | null {
  const lines = stdout.split(/\r?\n/)
  const statusLines = lines.map((l) => SIP_LINE.exec(l.trim())).filter((m) => m !== null)
  if (statusLines.length !== 1) return null
  const m = statusLines[0] as RegExpExecArray
  const word = m[1] as 'enabled' | 'disabled' | 'unknown'
  const custom = m[2] !== undefined
  if (!custom) {
    if (word === 'unknown') return null
    return { kind: word }
  }
  const disabled: string[] = []
  for (const l of lines) {
    const c = /^\t([A-Za-z][A-Za-z -]{1,60}): (enabled|disabled)$/.exec(l.replace(/\r$/, ''))
    // "Apple Internal" is off on every customer Mac; it is not a protection.
    if (c && c[2] === 'disabled' && c[1] !== 'Apple Internal') disabled.push(c[1] as string)
  }
  return { kind: 'custom', disabled }
}

/** Gatekeeper from `spctl --status`: stdout first, then the exit code must agree. Null otherwise. */
export function parseSpctlStatus(stdout: string, exitCode: number): 'enabled' | 'disabled' | null {
  const lines = stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  // Older releases add "developer id enabled|disabled" with -v; plain --status prints one line.
  const status = lines.filter((l) => /^assessments (enabled|disabled)$/.test(l))
  if (status.length !== 1) return null
  const word = (status[0] as string).endsWith('enabled') ? 'enabled' : 'disabled'
  if (word === 'enabled' && exitCode !== 0) return null
  if (word === 'disabled' && exitCode !== 1 && exitCode !== 0) return null
  return word
}
