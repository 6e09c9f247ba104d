/**
 * Dates, ages and durations for display, in the active locale via Intl (no words of our own, so
 * nothing here needs translating). Pure: unit-tested in Node.
 */
import { currentLocale } from './i18n'

/** "24 Nov 2026, 05:52" in the active locale; the raw text when `iso` is not a date. */
export function formatDateTime(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms)
}

/** "24 Nov 2026" in the active locale. */
export function formatDate(iso: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium' }).format(ms)
}

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/**
 * How long ago `iso` was relative to `nowMs`, e.g. "3 days ago" / "in 2 hours", rounded down to the
 * largest whole unit; "now" under a minute. Empty string for an unparseable date.
 */
export function formatAge(iso: string, nowMs: number): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return ''
  const diff = ms - nowMs
  const abs = Math.abs(diff)
  const rtf = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (abs >= size) return rtf.format(Math.trunc(diff / size), unit)
  }
  return rtf.format(0, 'second')
}

/** Age in whole days (for sorting and filters); null for an unparseable date. */
export function ageDays(iso: string | null, nowMs: number): number | null {
  if (iso === null) return null
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return null
  return Math.floor((nowMs - ms) / 86_400_000)
}
