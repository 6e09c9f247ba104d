/**
 * browser-updates, shared by the three platforms: what a strategy found (installs, unreadable
 * locations, update policies), how one install is judged against the release table, and how the
 * findings become one verdict.
 *
 * Rules (docs/browser-releases.md):
 * - a browser whose own updates are turned off by policy → fail, whatever its version (it will fall
 *   behind); this is decided before anything else could stay unknown;
 * - a browser behind its channel by more than the grace period, or on an ESR branch / a macOS
 *   Safari track that has ended → fail;
 * - any browser that cannot be read or judged (unreadable location, version newer than the data,
 *   data too old) → unknown, unless something already failed;
 * - pass only when at least one browser was found and every one of them is current;
 * - none found: macOS and Windows always have Safari / Edge, so "none" means the known location
 *   could not be read → unknown; on Linux → not-applicable (no browser in any known location; the
 *   reason lists where Preflight looked, and a not-applicable never counts as a pass).
 */
import type { CheckVerdict } from '../../../shared/check-types'
import { BUNDLED_BROWSER_RELEASES } from '../../../shared/browser-releases/data'
import {
  effectiveBrowserReleases,
  findTrack,
  judgeVersion,
  knownThrough,
  type BrowserJudgement,
} from '../../../shared/browser-releases/judge'
import type { BrowserRelease, BrowserReleasesData } from '../../../shared/browser-releases/types'
import type { FileOutcome } from '../../probe/probe'
import type { CheckContext } from '../types'
import { fail, notApplicable, pass, unknown } from '../verdict'
import type { ParsedVersion } from './parse'

/** Which list of the table judges an install. */
export type ChannelKind = 'chrome' | 'edge' | 'firefox' | 'firefox-esr' | 'brave' | 'safari'

/** An installed browser with a readable version. */
export interface Install {
  readonly channel: ChannelKind
  /** For people: "Google Chrome", "Firefox ESR (Debian package)", "Chromium (Snap)". */
  readonly label: string
  /** Where the version was read (path, registry key, package name). */
  readonly where: string
  readonly version: ParsedVersion
  /** Fix for a browser that is behind. */
  readonly fix: string
  /** Fix when its track (ESR branch, Safari for this macOS) has ended; defaults to `fix`. */
  readonly endedFix?: string
  /** Safari only: the macOS major whose Safari track applies (null when it could not be read). */
  readonly macosMajor?: number | null
  /** Who updates it, for the observed line (e.g. "updated by the system's package manager"). */
  readonly updatedBy?: string
}

/** A browser whose own updates a policy turns off (or whose policy could not be read). */
export interface PolicyFinding {
  readonly label: string
  /** "blocked" = updates off by policy (fail); "unreadable" = the policy could not be read (unknown). */
  readonly kind: 'blocked' | 'unreadable'
  readonly detail: string
  readonly fix: string
}

/** A known location that exists (or might) but whose version could not be read. */
export interface Unreadable {
  readonly label: string
  readonly detail: string
}

export interface Findings {
  readonly installs: Install[]
  readonly unreadable: Unreadable[]
  readonly policies: PolicyFinding[]
  /** Observed lines that are not about one install (e.g. "no update policy is set for Chrome"). */
  readonly notes: string[]
  readonly sources: string[]
}

export function emptyFindings(): Findings {
  return { installs: [], unreadable: [], policies: [], notes: [], sources: [] }
}

/** Outcome of reading a file at a known install location. */
export type LocationRead =
  { kind: 'absent' } | { kind: 'text'; text: string } | { kind: 'error'; detail: string }

/** ENOENT → absent (nothing installed there); EACCES/EIO → error: something may be there. */
export function locationRead(path: string, out: FileOutcome): LocationRead {
  if (out.kind === 'file') return { kind: 'text', text: out.text }
  if (out.error === 'ENOENT') return { kind: 'absent' }
  return {
    kind: 'error',
    detail: out.error === 'EACCES' ? `${path} is not readable` : `${path} could not be read`,
  }
}

/** The release table in force: bundled, or the policy's newer override. */
export function releaseTable(ctx: CheckContext): BrowserReleasesData {
  return effectiveBrowserReleases(BUNDLED_BROWSER_RELEASES, ctx.policy)
}

/** One install judged: status, an observed line and, when not pass, a reason. */
export interface InstallVerdict {
  readonly status: 'pass' | 'fail' | 'unknown'
  readonly line: string
  readonly reason?: string
  readonly fix: string
}

const CHANNEL_NAME: Readonly<Record<ChannelKind, string>> = {
  chrome: 'Chrome stable',
  edge: 'Edge stable',
  firefox: 'Firefox release',
  'firefox-esr': 'Firefox ESR',
  brave: 'Brave release',
  safari: 'Safari',
}

function releaseText(r: BrowserRelease): string {
  return `${r.version} (${r.date}${r.projected === true ? ', projected date' : ''})`
}

function describeJudgement(
  install: Install,
  j: BrowserJudgement,
  graceDays: number,
  trackName: string,
): InstallVerdict {
  const head = `${install.label} ${install.version.text} (${install.where})`
  const by = install.updatedBy !== undefined ? `; ${install.updatedBy}` : ''
  switch (j.kind) {
    case 'current':
      return {
        status: 'pass',
        line:
          j.pending === null
            ? `${head}: up to date (newest ${trackName} release: ${releaseText(j.newest)})${by}`
            : `${head}: update ${releaseText(j.pending)} available, still inside the ${graceDays}-day grace period${by}`,
        fix: install.fix,
      }
    case 'behind':
      return {
        status: 'fail',
        line: `${head}: out of date for ${j.days} days — ${releaseText(j.outdatedBy)} replaced it; newest ${trackName} is ${releaseText(j.newest)}${by}`,
        reason: `${install.label} ${install.version.text} has been out of date since ${j.outdatedBy.date}${j.outdatedBy.projected === true ? ' (projected release date)' : ''}, longer than the ${graceDays}-day grace period.`,
        fix: install.fix,
      }
    case 'ended':
      return {
        status: 'fail',
        line: `${head}: ${trackName} no longer gets security fixes (last day ${j.end}${j.projected ? ', projected' : ''})${by}`,
        reason: `${trackName} stopped receiving security fixes after ${j.end}${j.projected ? ' (projected)' : ''}.`,
        fix: install.endedFix ?? install.fix,
      }
    case 'newer-than-data':
      return {
        status: 'unknown',
        line: `${head}: newer than every ${trackName} release Preflight knows (newest known ${releaseText(j.newest)})${by}`,
        reason: `${install.label} ${install.version.text} is newer than Preflight's release data (a pre-release, or the data is out of date), so it cannot be judged. Update Preflight, or ask your security contact for a refreshed policy.`,
        fix: 'browser-updates.unknown',
      }
    case 'stale':
      return {
        status: 'unknown',
        line: `${head}: newest ${trackName} release Preflight knows is ${releaseText(j.newest)}, but that data only reaches ${j.knownThrough}${by}`,
        reason: `Preflight's release data for ${trackName} is ${j.age} days old (known through ${j.knownThrough}), so a newer release may exist. Update Preflight, or ask your security contact for a refreshed policy.`,
        fix: 'browser-updates.unknown',
      }
    case 'no-data':
      return {
        status: 'unknown',
        line: `${head}: Preflight has no ${trackName} release data`,
        reason: `Preflight's release table lists no published ${trackName} release, so ${install.label} cannot be judged.`,
        fix: 'browser-updates.unknown',
      }
  }
}

/** Judge one install against the table (Firefox ESR by branch, Safari by macOS major). */
export function judgeInstall(install: Install, data: BrowserReleasesData, ctx: CheckContext): InstallVerdict {
  const { graceDays, maxDataAgeDays } = ctx.policy.browserUpdates
  const base = { now: ctx.now, graceDays, maxDataAgeDays }
  const major = install.version.parts[0] as number
  if (install.channel === 'firefox-esr' || install.channel === 'safari') {
    const tracks = install.channel === 'firefox-esr' ? data.firefoxEsr : data.safari
    const key = install.channel === 'firefox-esr' ? major : install.macosMajor
    const head = `${install.label} ${install.version.text} (${install.where})`
    if (key === undefined || key === null)
      return {
        status: 'unknown',
        line: `${head}: the macOS version could not be read, so Safari cannot be judged`,
        reason:
          'Safari is judged against the Safari updates for your macOS version, which could not be read.',
        fix: 'browser-updates.unknown',
      }
    const trackName = install.channel === 'firefox-esr' ? `Firefox ESR ${key}` : `Safari for macOS ${key}`
    const found = findTrack(tracks, key, ctx.now)
    switch (found.kind) {
      case 'track':
        return describeJudgement(
          install,
          judgeVersion(install.version.parts, found.track.releases, {
            ...base,
            knownThrough: knownThrough(data, tracks.knownThrough),
            lineParts: 1,
            end:
              found.track.end === null
                ? null
                : { date: found.track.end, projected: found.track.endProjected === true },
          }),
          graceDays,
          trackName,
        )
      case 'older-ended':
        return {
          status: 'fail',
          line: `${head}: ${trackName} no longer gets security fixes (older than ${found.oldest.major}, which ended ${found.oldest.end ?? ''})`,
          reason: `${trackName} is older than any ${install.channel === 'firefox-esr' ? 'ESR branch' : 'macOS'} that still gets security fixes.`,
          fix: install.endedFix ?? install.fix,
        }
      case 'newer':
      case 'unlisted':
        return {
          status: 'unknown',
          line: `${head}: Preflight's release data does not list ${trackName}`,
          reason: `${trackName} is not in Preflight's release data (${found.kind === 'newer' ? 'newer than the data' : 'not a branch Preflight knows'}). Update Preflight, or ask your security contact for a refreshed policy.`,
          fix: 'browser-updates.unknown',
        }
    }
  }
  const channel = data[install.channel]
  return describeJudgement(
    install,
    judgeVersion(install.version.parts, channel.releases, {
      ...base,
      knownThrough: knownThrough(data, channel.knownThrough),
      lineParts: install.channel === 'brave' ? 2 : 1,
    }),
    graceDays,
    CHANNEL_NAME[install.channel],
  )
}

export function requirementText(ctx: CheckContext): string {
  return `every installed browser is at most ${ctx.policy.browserUpdates.graceDays} days behind the newest release of its channel, and its own updates are not turned off by policy`
}

export interface AggregateOptions {
  /** Verdict when no browser was found at all (Linux: not-applicable; macOS/Windows: unknown). */
  readonly noneFound: { readonly status: 'unknown' | 'not-applicable'; readonly reason: string }
}

/** Combine the findings into one verdict. */
export function aggregate(ctx: CheckContext, f: Findings, options: AggregateOptions): CheckVerdict {
  const data = releaseTable(ctx)
  const requirement = requirementText(ctx)
  const judged = f.installs.map((i) => ({ install: i, v: judgeInstall(i, data, ctx) }))
  const observed: string[] = [
    ...judged.map((j) => j.v.line),
    ...f.policies.map((p) => `${p.label}: ${p.detail}`),
    ...f.unreadable.map((u) => `${u.label}: ${u.detail}`),
    ...f.notes,
    `browser release data as of ${data.dataAsOf}${data === BUNDLED_BROWSER_RELEASES ? ' (bundled)' : ' (from the campaign policy)'}`,
  ]
  const sources = [...new Set(f.sources)]

  const blocked = f.policies.filter((p) => p.kind === 'blocked')
  const failing = judged.filter((j) => j.v.status === 'fail')
  if (blocked.length > 0 || failing.length > 0) {
    const names = [
      ...blocked.map((p) => `${p.label} (updates turned off by policy)`),
      ...failing.map((j) => `${j.install.label} ${j.install.version.text}`),
    ]
    const reasons = [
      ...blocked.map((p) => `${p.label}: ${p.detail}.`),
      ...failing.map((j) => j.v.reason ?? j.v.line),
    ]
    return fail({
      summary: `Browser not kept up to date: ${names.join(', ')}`,
      observed,
      requirement,
      remediationId: blocked[0]?.fix ?? failing[0]?.v.fix ?? 'browser-updates.unknown',
      reason: reasons.join(' '),
      sources,
    })
  }

  const unclear = [
    ...judged.filter((j) => j.v.status === 'unknown').map((j) => j.v.reason ?? j.v.line),
    ...f.policies.filter((p) => p.kind === 'unreadable').map((p) => `${p.label}: ${p.detail}.`),
    ...f.unreadable.map((u) => `${u.label}: ${u.detail}.`),
  ]
  if (unclear.length > 0) {
    return unknown({
      summary:
        judged.length === 0
          ? 'Could not read the installed browsers'
          : 'Could not confirm that every browser is up to date',
      observed,
      requirement,
      remediationId: 'browser-updates.unknown',
      reason: unclear.join(' '),
      sources,
    })
  }

  if (judged.length === 0) {
    const { status, reason } = options.noneFound
    const parts = {
      summary:
        status === 'not-applicable' ? 'No browser found in the places Preflight looks' : 'No browser found',
      observed,
      requirement,
      remediationId: 'browser-updates.unknown',
      reason,
      sources,
    }
    return status === 'not-applicable' ? notApplicable(parts) : unknown(parts)
  }

  const names = judged.map((j) => `${j.install.label} ${j.install.version.text}`)
  return pass({
    summary:
      judged.length === 1
        ? `${names[0] as string} is up to date`
        : `All ${judged.length} browsers are up to date`,
    observed,
    requirement,
    remediationId: judged[0]?.v.fix ?? 'browser-updates.unknown',
    sources,
  })
}
