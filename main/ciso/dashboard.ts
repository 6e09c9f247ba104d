/**
 * The campaign at a glance, from the signed roster alone: one pure function, linear in the roster
 * (5,000 devices, 20,000 requests and 20,000 attestation records in a few milliseconds), whose result
 * is the compact summary the app's dashboard shows. Definitions: shared/dashboard-types.ts and
 * docs/ciso.md ("The campaign at a glance").
 */
import {
  OVERDUE_ROWS_MAX,
  type CampaignDashboard,
  type FailureCount,
  type FreshnessBucket,
  type OffboardingRow,
  type OffboardingState,
  type OverdueRow,
} from '../../shared/dashboard-types'
import { staffIdKey, type Roster } from '../../shared/roster-types'
import { reattestDaysOf } from './issue'
import { REQUEST_TRANSIT_MS } from './verify'

const DAY_MS = 86_400_000

/**
 * Histogram edges in days for an interval of `days`: quarters of the interval (on time), then one
 * and two intervals beyond it (overdue), then everything older. Edges that round together are merged.
 */
export function freshnessEdges(days: number): number[] {
  const edges = [0]
  for (const e of [days / 4, days / 2, (3 * days) / 4].map((x) => Math.round(x)))
    if (e > (edges[edges.length - 1] as number) && e < days) edges.push(e)
  edges.push(days, 2 * days, 3 * days)
  return edges
}

function countsOf(map: ReadonlyMap<string, number>): FailureCount[] {
  return [...map]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

const bump = (map: Map<string, number>, id: string): void => {
  map.set(id, (map.get(id) ?? 0) + 1)
}

const STATE_ORDER: Readonly<Record<OffboardingState, number>> = {
  missing: 0,
  waiting: 1,
  received: 2,
  offboarded: 3,
}

/** The dashboard summary of `roster` as of `now`. */
export function campaignDashboard(roster: Roster, now: Date): CampaignDashboard {
  const { summary, overdue } = summarise(roster, now)
  return { ...summary, overdue: overdue.slice(0, OVERDUE_ROWS_MAX) }
}

/** The summary with every overdue row (campaignDashboard keeps the longest overdue ones). */
function summarise(roster: Roster, now: Date): { summary: CampaignDashboard; overdue: OverdueRow[] } {
  const nowMs = now.getTime()
  const interval = reattestDaysOf(roster)
  const limit = nowMs - interval * DAY_MS
  const edges = freshnessEdges(interval)
  const onTimeBuckets = edges.length - 3 // edges below the interval
  const buckets = new Array<number>(edges.length).fill(0)

  const counts = {
    activeLaptops: 0,
    pass: 0,
    fail: 0,
    unknown: 0,
    overdue: 0,
    neverAttested: 0,
    neverAttestedStaff: 0,
    revoked: 0,
    offboarded: 0,
  }
  const checks = new Map<string, number>()
  const practices = new Map<string, number>()
  let attested = 0
  let judged = 0
  const overdue: { row: Omit<OverdueRow, 'openRequestUntil'>; ms: number }[] = []
  const staffWithDevices = new Set<string>()
  const devicesByStaff = new Map<string, { labels: string[]; active: boolean; offboarded: boolean }>()

  for (const d of roster.devices) {
    const key = staffIdKey(d.staffId)
    staffWithDevices.add(key)
    const who = devicesByStaff.get(key) ?? { labels: [], active: false, offboarded: false }
    who.labels.push(d.deviceLabel)
    if (d.status === 'active') who.active = true
    if (d.status === 'offboarded') who.offboarded = true
    devicesByStaff.set(key, who)
    if (d.status === 'revoked') {
      counts.revoked++
      continue
    }
    if (d.status === 'offboarded') {
      counts.offboarded++
      continue
    }
    counts.activeLaptops++
    const last = d.lastAttestation
    if (last === null) {
      counts.neverAttested++
      continue
    }
    attested++
    for (const id of last.failingChecks) bump(checks, id)
    if (last.practices !== undefined) {
      judged++
      for (const id of last.practices.unmet) bump(practices, id)
    }
    const collected = Date.parse(last.collectedAt)
    const ageMs = Math.max(0, nowMs - collected)
    const ageDays = Math.floor(ageMs / DAY_MS)
    if (collected < limit) {
      counts.overdue++
      const b =
        ageDays >= 3 * interval
          ? edges.length - 1
          : ageDays >= 2 * interval
            ? edges.length - 2
            : edges.length - 3
      buckets[b] = (buckets[b] as number) + 1
      overdue.push({
        ms: collected,
        row: {
          staffId: d.staffId,
          deviceLabel: d.deviceLabel,
          lastCollectedAt: last.collectedAt,
          ageDays,
          lastResult: last.result,
        },
      })
    } else {
      counts[last.result]++
      let b = onTimeBuckets - 1
      for (let k = 1; k < onTimeBuckets; k++)
        if (ageMs < (edges[k] as number) * DAY_MS) {
          b = k - 1
          break
        }
      buckets[b] = (buckets[b] as number) + 1
    }
  }

  // Requests: staff never attested, periodic requests still open, the offboarding tracker.
  const waitingStaff = new Set<string>()
  const openPeriodic = new Map<string, { ms: number; iso: string }>()
  const offboarding = new Map<
    string,
    { staffId: string; requestedAt: string; issuedMs: number; closesMs: number; received: boolean }
  >()
  for (const r of roster.requests) {
    const key = staffIdKey(r.staffId)
    if (!staffWithDevices.has(key)) waitingStaff.add(key)
    // Dates are compared parsed (a roster may hold any ISO-8601 form); answered periodic requests,
    // most of a long campaign's requests, need no date at all.
    if (r.purpose === 'periodic') {
      if (r.used) continue
      const notAfterMs = Date.parse(r.notAfter)
      if (notAfterMs + REQUEST_TRANSIT_MS < nowMs) continue
      const had = openPeriodic.get(key)
      if (had === undefined || notAfterMs > had.ms) openPeriodic.set(key, { ms: notAfterMs, iso: r.notAfter })
    } else if (r.purpose === 'offboarding') {
      const closesMs = Date.parse(r.notAfter) + REQUEST_TRANSIT_MS
      const issuedMs = Date.parse(r.issuedAt)
      const o = offboarding.get(key)
      if (o === undefined) {
        offboarding.set(key, {
          staffId: r.staffId,
          requestedAt: r.issuedAt,
          issuedMs,
          closesMs,
          received: r.used,
        })
      } else {
        if (issuedMs > o.issuedMs) {
          o.issuedMs = issuedMs
          o.requestedAt = r.issuedAt
        }
        if (closesMs > o.closesMs) o.closesMs = closesMs
        if (r.used) o.received = true
      }
    }
  }
  counts.neverAttestedStaff = waitingStaff.size
  counts.neverAttested += waitingStaff.size

  const off = { requested: 0, received: 0, offboarded: 0, missing: 0, waiting: 0 }
  const offRows: OffboardingRow[] = []
  const issuedMs = new Map<string, number>()
  for (const [key, o] of offboarding) {
    const who = devicesByStaff.get(key)
    const state: OffboardingState =
      who !== undefined && who.offboarded && !who.active
        ? 'offboarded'
        : o.received
          ? 'received'
          : o.closesMs < nowMs
            ? 'missing'
            : 'waiting'
    off.requested++
    off[state]++
    if (state === 'offboarded' && o.received) off.received++
    issuedMs.set(o.staffId, o.issuedMs)
    offRows.push({
      staffId: o.staffId,
      deviceLabels: who?.labels ?? [],
      requestedAt: o.requestedAt,
      windowClosesAt: new Date(o.closesMs).toISOString(),
      state,
    })
  }
  offRows.sort(
    (a, b) =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      (issuedMs.get(b.staffId) ?? 0) - (issuedMs.get(a.staffId) ?? 0),
  )

  const freshness: FreshnessBucket[] = buckets.map((count, i) => ({
    fromDays: edges[i] as number,
    toDays: i + 1 < edges.length ? (edges[i + 1] as number) : null,
    count,
    overdue: i >= onTimeBuckets,
  }))

  const overdueRows = overdue
    .sort((a, b) => a.ms - b.ms)
    .map(({ row }) => ({ ...row, openRequestUntil: openPeriodic.get(staffIdKey(row.staffId))?.iso ?? null }))
  const summary: CampaignDashboard = {
    at: now.toISOString(),
    org: roster.org,
    revision: roster.revision,
    reattestDays: interval,
    counts,
    attestedLaptops: attested,
    failingChecks: countsOf(checks),
    practicesJudged: judged,
    unmetPractices: countsOf(practices),
    freshness,
    overdue: overdueRows,
    overduePeople: new Set(overdueRows.map((r) => staffIdKey(r.staffId))).size,
    offboarding: { ...off, rows: offRows },
  }
  return { summary, overdue: overdueRows }
}

/**
 * Staff ids to ask for periodic attestations: the staff of every overdue laptop, once per person
 * (the roster's spelling, in the dashboard's order).
 */
export function overdueStaff(roster: Roster, now: Date): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const r of summarise(roster, now).overdue) {
    const key = staffIdKey(r.staffId)
    if (seen.has(key)) continue
    seen.add(key)
    out.push(r.staffId)
  }
  return out
}
