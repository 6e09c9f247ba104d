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
import type { Msg, MsgValue } from '../../../shared/i18n/msg'
import type { FileOutcome } from '../../probe/probe'
import type { CheckContext } from '../types'
import { commaList, fail, msg, notApplicable, pass, unknown } from '../verdict'
import type { CheckMessageKey } from '../../../shared/i18n/en/checks'
import { parseApplicationIni, parseFirefoxPolicies, type ParsedVersion } from './parse'

/** Which list of the table judges an install. */
export type ChannelKind = 'chrome' | 'edge' | 'firefox' | 'firefox-esr' | 'brave' | 'safari'

/** An installed browser with a readable version. */
export interface Install {
  readonly channel: ChannelKind
  /** For people: "Google Chrome", "Firefox ESR (distribution package)", "Chromium (Snap)". */
  readonly label: MsgValue
  /** Where the version was read (path, registry key, package name). */
  readonly where: MsgValue
  readonly version: ParsedVersion
  /** Fix for a browser that is behind. */
  readonly fix: string
  /** Fix when its track (ESR branch, Safari for this macOS) has ended; defaults to `fix`. */
  readonly endedFix?: string
  /** Safari only: the macOS major whose Safari track applies (null when it could not be read). */
  readonly macosMajor?: number | null
  /** Who updates it, for the observed line (e.g. "updated by the system's package manager"). */
  readonly updatedBy?: Msg
}

/** A browser whose own updates a policy turns off (or whose policy could not be read). */
export interface PolicyFinding {
  readonly label: MsgValue
  /** "blocked" = updates off by policy (fail); "unreadable" = the policy could not be read (unknown). */
  readonly kind: 'blocked' | 'unreadable'
  readonly detail: MsgValue
  readonly fix: string
}

/** A known location that exists (or might) but whose version could not be read. */
export interface Unreadable {
  readonly label: MsgValue
  readonly detail: MsgValue
}

export interface Findings {
  readonly installs: Install[]
  readonly unreadable: Unreadable[]
  readonly policies: PolicyFinding[]
  /** Observed lines that are not about one install (e.g. "no update policy is set for Chrome"). */
  readonly notes: Msg[]
  readonly sources: string[]
}

export function emptyFindings(): Findings {
  return { installs: [], unreadable: [], policies: [], notes: [], sources: [] }
}

/** Outcome of reading a file at a known install location. */
export type LocationRead =
  { kind: 'absent' } | { kind: 'text'; text: string } | { kind: 'error'; detail: Msg }

/** ENOENT → absent (nothing installed there); EACCES/EIO → error: something may be there. */
export function locationRead(path: string, out: FileOutcome): LocationRead {
  if (out.kind === 'file') return { kind: 'text', text: out.text }
  if (out.error === 'ENOENT') return { kind: 'absent' }
  return {
    kind: 'error',
    detail:
      out.error === 'EACCES'
        ? msg('check.browser-updates.common.location.denied', { path })
        : msg('check.browser-updates.common.location.unreadable', { path }),
  }
}

/**
 * Firefox's version from its `application.ini` at `ini` (listed in `f.sources`): `absent` when
 * nothing is installed there, `unreadable` when something is but its version cannot be judged (the
 * file cannot be read, has no version, or is a pre-release: recorded in `f.unreadable`).
 */
export async function readFirefoxVersion(
  ctx: CheckContext,
  f: Findings,
  ini: string,
  prereleaseKey: CheckMessageKey = 'check.browser-updates.common.firefox.prerelease',
): Promise<ParsedVersion | 'absent' | 'unreadable'> {
  f.sources.push(ini)
  const read = locationRead(ini, await ctx.probe.readFile(ini))
  if (read.kind === 'absent') return 'absent'
  if (read.kind === 'error') {
    f.unreadable.push({ label: 'Firefox', detail: read.detail })
    return 'unreadable'
  }
  const parsed = parseApplicationIni(read.text)
  if (parsed === null || 'prerelease' in parsed) {
    f.unreadable.push({
      label: 'Firefox',
      detail:
        parsed === null
          ? msg('check.browser-updates.common.firefox.noVersion', { path: ini })
          : msg(prereleaseKey, { path: ini, version: parsed.prerelease }),
    })
    return 'unreadable'
  }
  return parsed.version
}

/**
 * What a Firefox `policies.json` (already read at `path`) says about updates, into `f`: unreadable,
 * updates turned off (DisableAppUpdate / ManualAppUpdateOnly: `blockedFix`), or a note that it does
 * not turn them off (`manualNoteKey` for a file that only turns automatic updates off, where a
 * platform words that apart). An absent file says nothing.
 */
export function judgeFirefoxPolicies(
  f: Findings,
  label: MsgValue,
  path: string,
  read: LocationRead,
  blockedFix: string,
  manualNoteKey: CheckMessageKey = 'check.browser-updates.common.policy.notOff',
): void {
  if (read.kind === 'absent') return
  if (read.kind === 'error') {
    f.policies.push({
      label,
      kind: 'unreadable',
      detail: msg('check.browser-updates.common.policy.policiesFileUnreadable', { why: read.detail }),
      fix: 'browser-updates.unknown',
    })
    return
  }
  const p = parseFirefoxPolicies(read.text)
  if (p.kind === 'invalid')
    f.policies.push({
      label,
      kind: 'unreadable',
      detail: msg('check.browser-updates.common.labelled', { label: path, detail: p.detail }),
      fix: 'browser-updates.unknown',
    })
  else if (p.disableAppUpdate || p.manualOnly)
    f.policies.push({
      label,
      kind: 'blocked',
      detail: msg('check.browser-updates.common.policy.sets', {
        where: path,
        name: p.disableAppUpdate ? 'DisableAppUpdate' : 'ManualAppUpdateOnly',
        value: 'true',
      }),
      fix: blockedFix,
    })
  else
    f.notes.push(
      msg('check.browser-updates.common.labelled', {
        label,
        detail: msg(p.autoUpdateOff ? manualNoteKey : 'check.browser-updates.common.policy.notOff', { path }),
      }),
    )
}

/** The release table in force: bundled, or the policy's newer override. */
export function releaseTable(ctx: CheckContext): BrowserReleasesData {
  return effectiveBrowserReleases(BUNDLED_BROWSER_RELEASES, ctx.policy)
}

/** One install judged: status, an observed line and, when not pass, a reason. */
export interface InstallVerdict {
  readonly status: 'pass' | 'fail' | 'unknown'
  readonly line: Msg
  readonly reason?: Msg
  readonly fix: string
}

/** The name of a channel's list ("Chrome stable"). */
function channelName(kind: ChannelKind): Msg {
  return msg(`check.browser-updates.common.channel.${kind}`)
}

function releaseText(r: BrowserRelease): Msg {
  return msg(
    r.projected === true
      ? 'check.browser-updates.common.releaseProjected'
      : 'check.browser-updates.common.release',
    { version: r.version, date: r.date },
  )
}

/** "Google Chrome 151.0.7922.71 (/Applications/Google Chrome.app)". */
function headOf(install: Install): Msg {
  return msg('check.browser-updates.common.head', {
    label: install.label,
    version: install.version.text,
    where: install.where,
  })
}

function describeJudgement(
  install: Install,
  j: BrowserJudgement,
  graceDays: number,
  track: Msg,
): InstallVerdict {
  const head = headOf(install)
  const by =
    install.updatedBy !== undefined ? msg('check.browser-updates.common.by', { who: install.updatedBy }) : ''
  const label = install.label
  const version = install.version.text
  switch (j.kind) {
    case 'current':
      return {
        status: 'pass',
        line:
          j.pending === null
            ? msg('check.browser-updates.common.line.current', {
                head,
                track,
                newest: releaseText(j.newest),
                by,
              })
            : msg('check.browser-updates.common.line.pending', {
                head,
                pending: releaseText(j.pending),
                days: graceDays,
                by,
              }),
        fix: install.fix,
      }
    case 'behind':
      return {
        status: 'fail',
        line: msg('check.browser-updates.common.line.behind', {
          head,
          days: j.days,
          outdatedBy: releaseText(j.outdatedBy),
          track,
          newest: releaseText(j.newest),
          by,
        }),
        reason: msg(
          j.outdatedBy.projected === true
            ? 'check.browser-updates.common.reason.behindProjected'
            : 'check.browser-updates.common.reason.behind',
          { label, version, date: j.outdatedBy.date, days: graceDays },
        ),
        fix: install.fix,
      }
    case 'ended':
      return {
        status: 'fail',
        line: msg(
          j.projected
            ? 'check.browser-updates.common.line.endedProjected'
            : 'check.browser-updates.common.line.ended',
          { head, track, end: j.end, by },
        ),
        reason: msg(
          j.projected
            ? 'check.browser-updates.common.reason.endedProjected'
            : 'check.browser-updates.common.reason.ended',
          { track, end: j.end },
        ),
        fix: install.endedFix ?? install.fix,
      }
    case 'newer-than-data':
      return {
        status: 'unknown',
        line: msg('check.browser-updates.common.line.newer', {
          head,
          track,
          newest: releaseText(j.newest),
          by,
        }),
        reason: msg('check.browser-updates.common.reason.newer', { label, version }),
        fix: 'browser-updates.unknown',
      }
    case 'stale':
      return {
        status: 'unknown',
        line: msg('check.browser-updates.common.line.stale', {
          head,
          track,
          newest: releaseText(j.newest),
          knownThrough: j.knownThrough,
          by,
        }),
        reason: msg('check.browser-updates.common.reason.stale', {
          track,
          age: j.age,
          knownThrough: j.knownThrough,
        }),
        fix: 'browser-updates.unknown',
      }
    case 'no-data':
      return {
        status: 'unknown',
        line: msg('check.browser-updates.common.line.noData', { head, track }),
        reason: msg('check.browser-updates.common.reason.noData', { track, label }),
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
    const head = headOf(install)
    if (key === undefined || key === null)
      return {
        status: 'unknown',
        line: msg('check.browser-updates.common.line.noMacos', { head }),
        reason: msg('check.browser-updates.common.reason.noMacos'),
        fix: 'browser-updates.unknown',
      }
    const trackName =
      install.channel === 'firefox-esr'
        ? msg('check.browser-updates.common.track.firefoxEsr', { branch: key })
        : msg('check.browser-updates.common.track.safari', { major: key })
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
          line: msg('check.browser-updates.common.line.olderEnded', {
            head,
            track: trackName,
            oldest: found.oldest.major,
            end: found.oldest.end ?? '',
          }),
          reason: msg(
            install.channel === 'firefox-esr'
              ? 'check.browser-updates.common.reason.olderEndedEsr'
              : 'check.browser-updates.common.reason.olderEndedMacos',
            { track: trackName },
          ),
          fix: install.endedFix ?? install.fix,
        }
      case 'newer':
      case 'unlisted':
        return {
          status: 'unknown',
          line: msg('check.browser-updates.common.line.unlisted', { head, track: trackName }),
          reason: msg(
            found.kind === 'newer'
              ? 'check.browser-updates.common.reason.newerTrack'
              : 'check.browser-updates.common.reason.unlistedTrack',
            { track: trackName },
          ),
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
    channelName(install.channel),
  )
}

export function requirementText(ctx: CheckContext): Msg {
  return msg('check.browser-updates.common.requirement', { days: ctx.policy.browserUpdates.graceDays })
}

/** Sentences written one after the other ("A. B. C."), for a reason made of several. */
function sentences(items: readonly Msg[]): Msg | undefined {
  let out: Msg | undefined
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i] as Msg
    out = out === undefined ? item : msg('check.browser-updates.common.sentences', { first: item, rest: out })
  }
  return out
}

const labelled = (label: MsgValue, detail: MsgValue): Msg =>
  msg('check.browser-updates.common.labelled', { label, detail })
const labelledSentence = (label: MsgValue, detail: MsgValue): Msg =>
  msg('check.browser-updates.common.labelledSentence', { label, detail })
const nameVersion = (i: Install): Msg =>
  msg('check.browser-updates.common.name.version', { label: i.label, version: i.version.text })

export interface AggregateOptions {
  /** Verdict when no browser was found at all (Linux: not-applicable; macOS/Windows: unknown). */
  readonly noneFound: { readonly status: 'unknown' | 'not-applicable'; readonly reason: Msg }
}

/** Combine the findings into one verdict. */
export function aggregate(ctx: CheckContext, f: Findings, options: AggregateOptions): CheckVerdict {
  const data = releaseTable(ctx)
  const requirement = requirementText(ctx)
  const judged = f.installs.map((i) => ({ install: i, v: judgeInstall(i, data, ctx) }))
  const observed: Msg[] = [
    ...judged.map((j) => j.v.line),
    ...f.policies.map((p) => labelled(p.label, p.detail)),
    ...f.unreadable.map((u) => labelled(u.label, u.detail)),
    ...f.notes,
    msg(
      data === BUNDLED_BROWSER_RELEASES
        ? 'check.browser-updates.common.dataAsOf.bundled'
        : 'check.browser-updates.common.dataAsOf.policy',
      { date: data.dataAsOf },
    ),
  ]
  const sources = [...new Set(f.sources)]

  const blocked = f.policies.filter((p) => p.kind === 'blocked')
  const failing = judged.filter((j) => j.v.status === 'fail')
  if (blocked.length > 0 || failing.length > 0) {
    const names = [
      ...blocked.map((p) => msg('check.browser-updates.common.name.blocked', { label: p.label })),
      ...failing.map((j) => nameVersion(j.install)),
    ]
    const reasons = [
      ...blocked.map((p) => labelledSentence(p.label, p.detail)),
      ...failing.map((j) => j.v.reason ?? j.v.line),
    ]
    const reason = sentences(reasons)
    return fail({
      summary: msg('check.browser-updates.common.summary.notUpToDate', { names: commaList(names) }),
      observed,
      requirement,
      remediationId: blocked[0]?.fix ?? failing[0]?.v.fix ?? 'browser-updates.unknown',
      ...(reason !== undefined ? { reason } : {}),
      sources,
    })
  }

  const unclear = [
    ...judged.filter((j) => j.v.status === 'unknown').map((j) => j.v.reason ?? j.v.line),
    ...f.policies.filter((p) => p.kind === 'unreadable').map((p) => labelledSentence(p.label, p.detail)),
    ...f.unreadable.map((u) => labelledSentence(u.label, u.detail)),
  ]
  const unclearReason = sentences(unclear)
  if (unclearReason !== undefined) {
    return unknown({
      summary:
        judged.length === 0
          ? msg('check.browser-updates.common.summary.unreadable')
          : msg('check.browser-updates.common.summary.unconfirmed'),
      observed,
      requirement,
      remediationId: 'browser-updates.unknown',
      reason: unclearReason,
      sources,
    })
  }

  if (judged.length === 0) {
    const { status, reason } = options.noneFound
    const parts = {
      summary:
        status === 'not-applicable'
          ? msg('check.browser-updates.common.summary.noneFoundHere')
          : msg('check.browser-updates.common.summary.noneFound'),
      observed,
      requirement,
      remediationId: 'browser-updates.unknown',
      reason,
      sources,
    }
    return status === 'not-applicable' ? notApplicable(parts) : unknown(parts)
  }

  return pass({
    summary:
      judged.length === 1
        ? msg('check.browser-updates.common.summary.oneUpToDate', {
            name: nameVersion((judged[0] as (typeof judged)[number]).install),
          })
        : msg('check.browser-updates.common.summary.allUpToDate', { count: judged.length }),
    observed,
    requirement,
    remediationId: judged[0]?.v.fix ?? 'browser-updates.unknown',
    sources,
  })
}
