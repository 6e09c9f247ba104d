/**
 * Pure judging functions over the OS support table (no I/O, no clock: `now` is always passed in).
 *
 * Shared by the three os-version strategies so that the date arithmetic — which is where off-by-one
 * errors hide — lives in one tested place. Rules (docs/os-support.md, "Judging"):
 * - a cycle is supported up to and including its `securityEnd` day (UTC); the day after, it has ended;
 * - an update is *required* once it has been public for MORE than `patchGraceDays` whole days;
 * - when the table is older than `maxDataAgeDays`, the patch level cannot be judged (an end date that
 *   has already passed can still be).
 */
import type { Policy } from '../policy'
import type { LinuxCycle, MacosCycle, OsSupportData, WindowsRelease } from './types'

const DAY_MS = 86_400_000

/** The UTC calendar day of `d`, as YYYY-MM-DD. */
export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10)
}

/** Milliseconds at 00:00 UTC of a YYYY-MM-DD date (NaN if malformed). */
function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`)
}

/** Whole days from the start of `date` (UTC) to `now`, rounded down; negative if `date` is later. */
export function daysSince(date: string, now: Date): number {
  return Math.floor((now.getTime() - dayStart(date)) / DAY_MS)
}

/** Add whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(dayStart(date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** How old the table is on `now`, in whole days. */
export function dataAgeDays(data: Pick<OsSupportData, 'dataAsOf'>, now: Date): number {
  return daysSince(data.dataAsOf, now)
}

/**
 * Null when the table is fresh enough to judge patch levels; otherwise the sentence to show.
 * Patch levels need to know the newest update, which a stale table cannot.
 */
export function staleDataReason(
  data: Pick<OsSupportData, 'dataAsOf'>,
  now: Date,
  policy: Pick<Policy, 'osVersion'>,
): string | null {
  const age = dataAgeDays(data, now)
  if (age <= policy.osVersion.maxDataAgeDays) return null
  return (
    `Preflight's OS support data is ${age} days old (as of ${data.dataAsOf}; the policy allows ` +
    `${policy.osVersion.maxDataAgeDays}), so it can no longer judge whether this system is supported and up to date. Update Preflight, ` +
    'or ask your security contact for a refreshed policy.'
  )
}

/** Is a cycle whose last supported day is `end` still supported on `now`? null end = open. */
export function hasEnded(end: string | null | undefined, now: Date): boolean {
  if (end === null || end === undefined) return false
  return utcDay(now) > end
}

/**
 * Compare dotted numeric versions ("15.7.10" > "15.7.9"; missing parts count as 0).
 * Non-numeric parts compare as NaN → treated as 0; callers validate their input first.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10))
  const pb = b.split('.').map((x) => Number.parseInt(x, 10))
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0
    const y = pb[i] ?? 0
    const xs = Number.isNaN(x) ? 0 : x
    const ys = Number.isNaN(y) ? 0 : y
    if (xs !== ys) return xs < ys ? -1 : 1
  }
  return 0
}

/** An update must be installed once it has been public for more than the grace period. */
export function isRequired(date: string, now: Date, graceDays: number): boolean {
  return daysSince(date, now) > graceDays
}

/**
 * The newest item (by `rank`) that has been public for more than `graceDays`, or null when none is
 * old enough yet. `rank` orders items (version or UBR); dates alone do not, because vendors sometimes
 * publish an older branch's fix later.
 */
export function requiredItem<T extends { readonly date: string }>(
  items: readonly T[],
  now: Date,
  graceDays: number,
  rank: (a: T, b: T) => number,
): T | null {
  let best: T | null = null
  for (const item of items) {
    if (!isRequired(item.date, now, graceDays)) continue
    if (best === null || rank(item, best) > 0) best = item
  }
  return best
}

/** Outcome of comparing an installed patch level with the table. */
export type PatchJudgement<T> =
  | { readonly kind: 'current'; readonly required: T | null; readonly newest: T | null }
  | { readonly kind: 'behind'; readonly required: T; readonly newest: T }
  | { readonly kind: 'no-data' }

function judgePatch<T extends { readonly date: string }>(
  items: readonly T[],
  now: Date,
  graceDays: number,
  rank: (a: T, b: T) => number,
  installedAtLeast: (item: T) => boolean,
): PatchJudgement<T> {
  if (items.length === 0) return { kind: 'no-data' }
  // Only updates already public on `now` count as "newest" (a refreshed table may list later ones).
  const published = items.filter((i) => daysSince(i.date, now) >= 0)
  const newest = requiredItem(published, now, -1, rank)
  const required = requiredItem(items, now, graceDays, rank)
  if (required === null || installedAtLeast(required)) return { kind: 'current', required, newest }
  return { kind: 'behind', required, newest: newest ?? required }
}

type MacRelease = MacosCycle['releases'][number]

/** macOS: is `installed` at least the newest release of its major older than the grace period? */
export function judgeMacosPatch(
  cycle: MacosCycle,
  installed: string,
  now: Date,
  graceDays: number,
): PatchJudgement<MacRelease> {
  return judgePatch(
    cycle.releases,
    now,
    graceDays,
    (a, b) => compareVersions(a.version, b.version),
    (r) => compareVersions(installed, r.version) >= 0,
  )
}

type WinUpdate = WindowsRelease['updates'][number]

/** Windows: is the UBR at least the newest cumulative update older than the grace period? */
export function judgeWindowsPatch(
  release: WindowsRelease,
  ubr: number,
  now: Date,
  graceDays: number,
): PatchJudgement<WinUpdate> {
  return judgePatch(
    release.updates,
    now,
    graceDays,
    (a, b) => a.ubr - b.ubr,
    (u) => ubr >= u.ubr,
  )
}

/** The macOS cycle of a major version, if the table has it. */
export function findMacosCycle(data: OsSupportData, major: number): MacosCycle | undefined {
  return data.macos.find((c) => c.major === major)
}

/** The Windows release of a CurrentBuild, if the table has it. */
export function findWindowsRelease(data: OsSupportData, build: number): WindowsRelease | undefined {
  return data.windows.find((w) => w.build === build)
}

/** A Linux cycle by distro id and cycle string. */
export function findLinuxCycle(data: OsSupportData, distro: string, cycle: string): LinuxCycle | undefined {
  return data.linux.find((c) => c.distro === distro && c.cycle === cycle)
}

/** A Linux cycle by distro id and codename (for derivatives that name their base). */
export function findLinuxCycleByCodename(
  data: OsSupportData,
  distro: string,
  codename: string,
): LinuxCycle | undefined {
  return data.linux.find((c) => c.distro === distro && c.codename === codename)
}

/**
 * Where a version lies relative to the table: `newer` than every entry (the table predates it →
 * unknown), `older` than every entry (an older release than one whose support already ended), or
 * `between` (an unreleased / unlisted build).
 */
export function positionOutside(value: number, known: readonly number[]): 'newer' | 'older' | 'between' {
  if (known.length === 0) return 'newer'
  if (value > Math.max(...known)) return 'newer'
  if (value < Math.min(...known)) return 'older'
  return 'between'
}

/**
 * Windows edition families, from the registry's EditionID (never localized):
 * Home/Pro-type editions follow the shorter consumer servicing; Enterprise/Education the longer one;
 * LTSC editions their own.
 */
export type WindowsEditionFamily = 'home-pro' | 'enterprise' | 'ltsc'

const HOME_PRO = [
  'core',
  'coren',
  'coresinglelanguage',
  'corecountryspecific',
  'professional',
  'professionaln',
  'professionaleducation',
  'professionaleducationn',
  'professionalworkstation',
  'professionalworkstationn',
]
const ENTERPRISE = [
  'enterprise',
  'enterprisen',
  'education',
  'educationn',
  'enterpriseg',
  'enterprisegn',
  'iotenterprise',
  'serverrdsh',
]
const LTSC = ['enterprises', 'enterprisesn', 'iotenterprises']

/** Map an EditionID to its servicing family; null for anything unrecognised (→ unknown). */
export function windowsEditionFamily(editionId: string): WindowsEditionFamily | null {
  const e = editionId.trim().toLowerCase()
  if (HOME_PRO.includes(e)) return 'home-pro'
  if (ENTERPRISE.includes(e)) return 'enterprise'
  if (LTSC.includes(e)) return 'ltsc'
  return null
}

/** End of servicing of a release for an edition family (undefined = the table does not say). */
export function windowsEnd(release: WindowsRelease, family: WindowsEditionFamily): string | null | undefined {
  switch (family) {
    case 'home-pro':
      return release.endHomePro
    case 'enterprise':
      return release.endEnterprise
    case 'ltsc':
      return release.endLtsc
  }
}

/** Last day of an Extended Security Updates program for the family, if the table lists one. */
export function windowsEsuEnd(release: WindowsRelease, family: WindowsEditionFamily): string | undefined {
  if (family === 'home-pro') return release.esuEndHomePro
  if (family === 'enterprise') return release.esuEndEnterprise
  return undefined
}

/**
 * The newest UBR published on or before the end of servicing: a machine above it has received at
 * least one Extended Security Update (evidence of ESU enrolment, not proof that it is still active).
 */
export function lastUbrBeforeEnd(release: WindowsRelease, end: string): number | null {
  let best: number | null = null
  for (const u of release.updates) if (u.date <= end && (best === null || u.ubr > best)) best = u.ubr
  return best
}
