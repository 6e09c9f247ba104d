/**
 * Pure judging of an installed browser version against the release table (docs/browser-releases.md).
 *
 * Definitions (all dates are UTC calendar days; `now` is the engine's clock):
 * - a release is *published* when its date is on or before today; later entries are ignored;
 * - the installed version is *outdated by* the earliest-dated published release whose version is
 *   higher; it is *behind* when that release has been public for MORE than `graceDays` whole days
 *   (a release of day D must be installed from day D + graceDays + 1, the same rule as OS patches);
 * - otherwise it is *current* (possibly with an update pending inside the grace period);
 * - a track (ESR branch, Safari for one macOS) whose last day has passed is *ended*, whatever the
 *   version;
 * - a version whose line (Chrome/Edge/Firefox major, Brave's 1.NN) is above every published line is
 *   *newer than the data*: the table predates it (or it is a pre-release), so it cannot be judged;
 * - a version that is not behind is *stale* when the channel's data is older than `maxDataAgeDays`
 *   (a newer release may exist that the table does not know). A behind verdict stands even then: a
 *   newer release the table knows does not stop existing because the table is old.
 */
import type { Policy } from '../policy'
import type { BrowserRelease, BrowserReleasesData, BrowserTrack, BrowserTracks } from './types'

const DAY_MS = 86_400_000

/** The UTC calendar day of `d`, as YYYY-MM-DD. */
export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10)
}

/** Whole days from the start of `date` (UTC) to `now`, rounded down; negative if `date` is later. */
export function daysSince(date: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS)
}

/** Parse a dotted version of 1-4 whole numbers ("158.0.8127.37"); null for anything else. */
export function parseVersionParts(text: string): number[] | null {
  if (!/^\d{1,6}(\.\d{1,6}){0,3}$/.test(text)) return null
  return text.split('.').map((p) => Number.parseInt(p, 10))
}

/** Compare two validated versions; missing parts count as 0 ("158" = "158.0.0.0"). */
export function compareVersionParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** Compare two version strings the table could hold (invalid text sorts as 0). */
export function compareVersionText(a: string, b: string): number {
  return compareVersionParts(parseVersionParts(a) ?? [0], parseVersionParts(b) ?? [0])
}

/** How one installed version compares with its channel. */
export type BrowserJudgement =
  | { readonly kind: 'current'; readonly newest: BrowserRelease; readonly pending: BrowserRelease | null }
  | {
      readonly kind: 'behind'
      /** The release that made the installed version outdated (earliest newer release). */
      readonly outdatedBy: BrowserRelease
      readonly newest: BrowserRelease
      /** Whole days since `outdatedBy` was published. */
      readonly days: number
    }
  | { readonly kind: 'ended'; readonly end: string; readonly projected: boolean }
  | { readonly kind: 'newer-than-data'; readonly newest: BrowserRelease }
  | {
      readonly kind: 'stale'
      readonly knownThrough: string
      readonly age: number
      readonly newest: BrowserRelease
      readonly pending: BrowserRelease | null
    }
  | { readonly kind: 'no-data' }

export interface JudgeOptions {
  readonly now: Date
  readonly graceDays: number
  readonly maxDataAgeDays: number
  /** Last day the channel's list is known complete (channel `knownThrough`, else the table's `dataAsOf`). */
  readonly knownThrough: string
  /** How many leading parts name a release line: 1 for Chrome/Edge/Firefox/Safari, 2 for Brave. */
  readonly lineParts: number
  /** The track's last day of fixes, if it has one. */
  readonly end?: { readonly date: string; readonly projected: boolean } | null
}

function newestOf(releases: readonly BrowserRelease[]): BrowserRelease | null {
  let best: BrowserRelease | null = null
  for (const r of releases) if (best === null || compareVersionText(r.version, best.version) > 0) best = r
  return best
}

/** Judge an installed version (already validated with `parseVersionParts`) against a release list. */
export function judgeVersion(
  installed: readonly number[],
  releases: readonly BrowserRelease[],
  options: JudgeOptions,
): BrowserJudgement {
  const { now } = options
  const today = utcDay(now)
  if (options.end !== undefined && options.end !== null && today > options.end.date)
    return { kind: 'ended', end: options.end.date, projected: options.end.projected }

  const published = releases.filter((r) => r.date <= today && parseVersionParts(r.version) !== null)
  const newest = newestOf(published)
  if (newest === null) return { kind: 'no-data' }

  const newer = published.filter(
    (r) => compareVersionParts(parseVersionParts(r.version) as number[], installed) > 0,
  )
  let pending: BrowserRelease | null = null
  if (newer.length > 0) {
    let first = newer[0] as BrowserRelease
    for (const r of newer)
      if (r.date < first.date || (r.date === first.date && compareVersionText(r.version, first.version) < 0))
        first = r
    const days = daysSince(first.date, now)
    if (days > options.graceDays) return { kind: 'behind', outdatedBy: first, newest, days }
    pending = first
  } else {
    const line = installed.slice(0, options.lineParts)
    const newestLine = (parseVersionParts(newest.version) as number[]).slice(0, options.lineParts)
    if (compareVersionParts(line, newestLine) > 0) return { kind: 'newer-than-data', newest }
  }

  const age = daysSince(options.knownThrough, now)
  if (age > options.maxDataAgeDays)
    return { kind: 'stale', knownThrough: options.knownThrough, age, newest, pending }
  return { kind: 'current', newest, pending }
}

/** Where a major lies relative to a tracks table (ESR branches, Safari per macOS). */
export type TrackLookup =
  | { readonly kind: 'track'; readonly track: BrowserTrack }
  /** Above every listed major: the table predates it → unknown. */
  | { readonly kind: 'newer' }
  /** Below every listed major, and the oldest listed one has already ended → no fixes any more. */
  | { readonly kind: 'older-ended'; readonly oldest: BrowserTrack }
  /** Not listed, between listed majors (or the oldest has not ended) → unknown. */
  | { readonly kind: 'unlisted' }

export function findTrack(tracks: BrowserTracks, major: number, now: Date): TrackLookup {
  const track = tracks.tracks.find((t) => t.major === major)
  if (track !== undefined) return { kind: 'track', track }
  const majors = tracks.tracks.map((t) => t.major)
  if (major > Math.max(...majors)) return { kind: 'newer' }
  const oldest = tracks.tracks.reduce((a, b) => (b.major < a.major ? b : a))
  if (major < oldest.major && oldest.end !== null && utcDay(now) > oldest.end)
    return { kind: 'older-ended', oldest }
  return { kind: 'unlisted' }
}

/** The day a channel's list is known complete: its own `knownThrough`, never later than `dataAsOf`. */
export function knownThrough(data: BrowserReleasesData, own: string | undefined): string {
  if (own === undefined || own > data.dataAsOf) return data.dataAsOf
  return own
}

/** Pick the release table: a policy's override when it is at least as new as the bundled one. */
export function effectiveBrowserReleases(
  bundled: BrowserReleasesData,
  policy: Pick<Policy, 'browserReleases'>,
): BrowserReleasesData {
  const override = policy.browserReleases
  if (override !== undefined && override.dataAsOf >= bundled.dataAsOf) return override
  return bundled
}
