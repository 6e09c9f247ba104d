/**
 * CSV for the CISO's spreadsheet (RFC 4180, CRLF line ends), written by the CLI and by the app.
 * Cells a spreadsheet would run as a formula (= + - @, tab or carriage return first) get a leading
 * apostrophe: staff ids and labels come from untrusted files.
 */

export interface CsvOptions {
  /** Quote every cell (the app's export) instead of only cells that need it (the CLI's output). */
  readonly alwaysQuote?: boolean
}

/** One CSV cell. Arrays become space-separated text; null and undefined an empty cell. */
export function csvCell(value: unknown, options: CsvOptions = {}): string {
  let s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value)
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return options.alwaysQuote === true || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** A CSV document from a header and rows. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
  options: CsvOptions = {},
): string {
  return [header, ...rows].map((r) => r.map((v) => csvCell(v, options)).join(',')).join('\r\n') + '\r\n'
}
