/**
 * Ubuntu Pro (ESM): `pro status --format json` runs without root and reports whether the machine is
 * attached and which services are enabled. ESM Infra keeps an Ubuntu LTS release patched after its
 * standard support ends, so an attached machine with esm-infra enabled is still supported until the
 * table's `esmEnd`. Anything else (not installed, not attached, unparseable) is no evidence.
 */

/** `pro status --format json` (older releases ship the same client as `ua`). */
export const PRO_STATUS_ARGV = ['pro', 'status', '--format', 'json'] as const

/** True only for JSON that says attached and esm-infra enabled; false for anything else. */
export function esmInfraEnabled(jsonText: string): boolean {
  let data: unknown
  try {
    data = JSON.parse(jsonText)
  } catch {
    return false
  }
  if (typeof data !== 'object' || data === null) return false
  const d = data as { attached?: unknown; services?: unknown }
  if (d.attached !== true || !Array.isArray(d.services)) return false
  return d.services.some(
    (s: unknown) =>
      typeof s === 'object' &&
      s !== null &&
      (s as { name?: unknown }).name === 'esm-infra' &&
      (s as { status?: unknown }).status === 'enabled',
  )
}
