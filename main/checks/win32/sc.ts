/**
 * Parsing of `sc.exe qc <service>` and `sc.exe query <service>` output by value.
 *
 * sc.exe prints numeric codes followed by the winsvc.h constant names (`START_TYPE : 4   DISABLED`,
 * `STATE : 4  RUNNING`). Only the first status line (`[SC] QueryServiceConfig SUCCESS`) and error
 * messages are translated; the parsers use the number and check that it agrees with the constant,
 * and never rely on the label in front of the colon.
 */

/** Service start types (winsvc.h SERVICE_*_START). */
export const START_TYPES: Readonly<Record<string, number>> = {
  BOOT_START: 0,
  SYSTEM_START: 1,
  AUTO_START: 2,
  DEMAND_START: 3,
  DISABLED: 4,
}

/** Service states (winsvc.h SERVICE_STOPPED … SERVICE_PAUSED). */
export const SERVICE_STATES: Readonly<Record<string, number>> = {
  STOPPED: 1,
  START_PENDING: 2,
  STOP_PENDING: 3,
  RUNNING: 4,
  CONTINUE_PENDING: 5,
  PAUSE_PENDING: 6,
  PAUSED: 7,
}

function parseCoded(stdout: string, table: Readonly<Record<string, number>>): number | null {
  const names = Object.keys(table).join('|')
  const re = new RegExp(`:\\s*(\\d+)\\s+(${names})(?![A-Z_])`)
  const found: number[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = re.exec(line)
    if (!m) continue
    const n = Number(m[1])
    if (table[m[2] as string] !== n) return null
    found.push(n)
  }
  return found.length === 1 ? (found[0] as number) : null
}

/** START_TYPE from `sc qc`: 0-4, or null if absent, repeated or inconsistent. */
export function parseStartType(stdout: string): number | null {
  return parseCoded(stdout, START_TYPES)
}

/** STATE from `sc query`: 1-7, or null if absent, repeated or inconsistent. */
export function parseServiceState(stdout: string): number | null {
  return parseCoded(stdout, SERVICE_STATES)
}

/** The constant name for a code, for messages. */
export function codeName(table: Readonly<Record<string, number>>, code: number): string {
  return Object.keys(table).find((k) => table[k] === code) ?? String(code)
}
