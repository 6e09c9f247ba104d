/**
 * The campaign dashboard aggregation (main/ciso/dashboard.ts): the five laptop counts and where
 * "overdue" starts, never attested laptops and staff, revoked and offboarded keys kept out, failing
 * checks and unmet practices, the freshness histogram, the overdue list with open requests, and the
 * offboarding tracker's states at the edge of the answer window. Rosters are built in memory (the
 * function reads nothing else).
 */
import { describe, expect, it } from 'vitest'
import type { DeviceRecord, IssuedRequest, LastAttestation, Roster } from '../../../../shared/roster-types'
import { OVERDUE_ROWS_MAX } from '../../../../shared/dashboard-types'
import { campaignDashboard, freshnessEdges, overdueStaff } from '../../../../main/ciso/dashboard'
import { emptyRoster } from '../../../../main/ciso/roster-store'

const NOW = new Date('2026-12-01T12:00:00.000Z')
const DAY = 86_400_000
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString()

let n = 0
function device(
  staffId: string,
  opts: {
    readonly status?: DeviceRecord['status']
    readonly last?: Partial<LastAttestation> | null
    readonly label?: string
  } = {},
): DeviceRecord {
  n++
  const last: LastAttestation | null =
    opts.last === null
      ? null
      : {
          collectedAt: ago(DAY),
          verifiedAt: ago(DAY),
          purpose: 'periodic',
          result: 'pass',
          failingChecks: [],
          envelopeDigest: n.toString(16).padStart(64, '0'),
          policyId: 'baseline',
          policyVersion: 2,
          sequence: 1,
          ...opts.last,
        }
  return {
    fingerprint: n.toString(16).padStart(64, 'f'),
    publicKeyPem: '',
    staffId,
    deviceLabel: opts.label ?? `${staffId.split('@')[0] ?? 'x'}-laptop`,
    platform: 'linux',
    status: opts.status ?? 'active',
    enrolledAt: ago(100 * DAY),
    revokedAt: null,
    revokeReason: null,
    offboardedAt: null,
    lastSequence: 1,
    lastAttestation: last,
    seenEnvelopeDigests: [],
  }
}

function request(
  staffId: string,
  purpose: string,
  issuedAgo: number,
  validDays = 14,
  used = false,
): IssuedRequest {
  n++
  const issued = NOW.getTime() - issuedAgo
  return {
    requestId: `r${n}`,
    staffId,
    purpose,
    nonce: `n${n}`,
    issuedAt: new Date(issued).toISOString(),
    notAfter: new Date(issued + validDays * DAY).toISOString(),
    digest: '0'.repeat(64),
    policyDigest: '0'.repeat(64),
    used,
    usedBy: used
      ? { fingerprint: '0'.repeat(64), envelopeDigest: '0'.repeat(64), at: NOW.toISOString() }
      : null,
  }
}

function roster(devices: DeviceRecord[], requests: IssuedRequest[] = [], reattestDays = 30): Roster {
  return { ...emptyRoster('0'.repeat(64), NOW), org: 'Test', devices, requests, reattestDays }
}

describe('campaignDashboard', () => {
  it('counts pass, fail, unknown, overdue and never attested without overlap; revoked and offboarded apart', () => {
    const d = campaignDashboard(
      roster(
        [
          device('a@x', { last: { result: 'pass' } }),
          device('b@x', { last: { result: 'fail', failingChecks: ['firewall'] } }),
          device('c@x', { last: { result: 'unknown', failingChecks: ['disk-encryption'] } }),
          device('d@x', {
            last: { result: 'fail', collectedAt: ago(45 * DAY), failingChecks: ['firewall'] },
          }),
          device('e@x', { last: null }),
          device('f@x', {
            status: 'revoked',
            last: { result: 'fail', failingChecks: ['firewall'], collectedAt: ago(90 * DAY) },
          }),
          device('g@x', { status: 'offboarded', last: { result: 'fail', failingChecks: ['screen-lock'] } }),
        ],
        [request('new@x', 'onboarding', 2 * DAY), request('a@x', 'periodic', 40 * DAY, 14, true)],
      ),
      NOW,
    )
    expect(d.counts).toEqual({
      activeLaptops: 5,
      pass: 1,
      fail: 1,
      unknown: 1,
      overdue: 1,
      neverAttested: 2,
      neverAttestedStaff: 1,
      revoked: 1,
      offboarded: 1,
    })
    // The failure charts count the newest attestation of every active, attested laptop (overdue too),
    // never a revoked or offboarded one.
    expect(d.attestedLaptops).toBe(4)
    expect(d.failingChecks).toEqual([
      { id: 'firewall', count: 2 },
      { id: 'disk-encryption', count: 1 },
    ])
  })

  it('overdue starts just after the re-attestation interval (the roster STALE rule), for any interval', () => {
    for (const days of [30, 7, 1, 365]) {
      const d = campaignDashboard(
        roster(
          [
            device('at@x', { last: { collectedAt: ago(days * DAY) } }),
            device('after@x', { last: { collectedAt: ago(days * DAY + 1) } }),
            device('fresh@x', { last: { collectedAt: ago(0) } }),
            device('future@x', { last: { collectedAt: new Date(NOW.getTime() + 60_000).toISOString() } }),
          ],
          [],
          days,
        ),
        NOW,
      )
      expect(d.reattestDays).toBe(days)
      expect(d.counts.overdue).toBe(1)
      expect(d.counts.pass).toBe(3)
      expect(d.overdue.map((r) => [r.staffId, r.ageDays])).toEqual([['after@x', days]])
      // The histogram holds every attested active laptop, each in exactly one bar.
      expect(d.freshness.reduce((s, b) => s + b.count, 0)).toBe(4)
      expect(d.freshness.filter((b) => b.overdue).reduce((s, b) => s + b.count, 0)).toBe(1)
    }
  })

  it("takes the interval from the newest accepted policy's re-attestation setting", () => {
    const policy = (version: number, days: number | undefined, accepted = true) => ({
      id: 'baseline',
      version,
      digest: String(version).padStart(64, '0'),
      issuedAt: ago((10 - version) * DAY),
      requiredChecks: { darwin: [], win32: [], linux: [] },
      ...(days !== undefined ? { reattestDays: days } : {}),
      accepted,
    })
    const devices = [device('a@x', { last: { collectedAt: ago(10 * DAY) } })]
    const at = (policies: ReturnType<typeof policy>[]) =>
      campaignDashboard({ ...roster(devices, [], 30), policies }, NOW)
    expect(at([policy(1, 30), policy(2, 7)]).reattestDays).toBe(7)
    expect(at([policy(1, 30), policy(2, 7)]).counts.overdue).toBe(1)
    expect(at([policy(1, 7), policy(2, 60)]).counts.overdue).toBe(0)
    // A retired newest policy does not count; without any interval recorded the roster's applies.
    expect(at([policy(1, 14), policy(2, 5, false)]).reattestDays).toBe(14)
    expect(at([policy(1, undefined)]).reattestDays).toBe(30)
  })

  it('freshness: quarters of the interval, then one and two intervals beyond, then older', () => {
    expect(freshnessEdges(30)).toEqual([0, 8, 15, 23, 30, 60, 90])
    expect(freshnessEdges(7)).toEqual([0, 2, 4, 5, 7, 14, 21])
    expect(freshnessEdges(2)).toEqual([0, 1, 2, 4, 6])
    expect(freshnessEdges(1)).toEqual([0, 1, 2, 3])
    const d = campaignDashboard(
      roster(
        [0, 7.9, 8, 14, 16, 29, 31, 59, 61, 89, 91, 400].map((age, i) =>
          device(`s${i}@x`, { last: { collectedAt: ago(age * DAY) } }),
        ),
      ),
      NOW,
    )
    expect(d.freshness.map((b) => [b.fromDays, b.toDays, b.count, b.overdue])).toEqual([
      [0, 8, 2, false],
      [8, 15, 2, false],
      [15, 23, 1, false],
      [23, 30, 1, false],
      [30, 60, 2, true],
      [60, 90, 2, true],
      [90, null, 2, true],
    ])
  })

  it('lists overdue laptops oldest first, with a periodic request still open', () => {
    const d = campaignDashboard(
      roster(
        [
          device('a@x', { last: { collectedAt: ago(40 * DAY), result: 'fail' } }),
          device('B@x', { last: { collectedAt: ago(70 * DAY) } }),
          device('b@x', { last: { collectedAt: ago(35 * DAY) }, label: 'b-desktop' }),
          device('c@x', { last: { collectedAt: ago(2 * DAY) } }),
        ],
        [
          request('b@X', 'periodic', 5 * DAY), // open: expires in 9 days
          request('a@x', 'periodic', 20 * DAY), // expired 6 days ago: window (72 h) closed
          request('a@x', 'periodic', 1 * DAY, 14, true), // answered
        ],
      ),
      NOW,
    )
    expect(
      d.overdue.map((r) => [r.staffId, r.deviceLabel, r.ageDays, r.lastResult, r.openRequestUntil !== null]),
    ).toEqual([
      ['B@x', 'B-laptop', 70, 'pass', true],
      ['a@x', 'a-laptop', 40, 'fail', false],
      ['b@x', 'b-desktop', 35, 'pass', true],
    ])
    expect(d.overduePeople).toBe(2)
    // One request per person: B@x and b@x are one staffer.
    expect(
      overdueStaff(
        roster(d.overdue.map((r) => device(r.staffId, { last: { collectedAt: r.lastCollectedAt } }))),
        NOW,
      ),
    ).toEqual(['B@x', 'a@x'])
  })

  it('counts unmet practices over laptops whose newest attestation was judged on practices', () => {
    const d = campaignDashboard(
      roster([
        device('a@x', {
          last: { practices: { result: 'incomplete', unmet: ['signal', 'two-factor-email'] } },
        }),
        device('b@x', { last: { practices: { result: 'incomplete', unmet: ['signal'] } } }),
        device('c@x', { last: { practices: { result: 'pass', unmet: [] } } }),
        device('d@x', {}), // judged under an old policy: no practices
        device('e@x', {
          status: 'revoked',
          last: { practices: { result: 'incomplete', unmet: ['signal'] } },
        }),
      ]),
      NOW,
    )
    expect(d.practicesJudged).toBe(3)
    expect(d.unmetPractices).toEqual([
      { id: 'signal', count: 2 },
      { id: 'two-factor-email', count: 1 },
    ])
  })

  it('tracks offboarding: waiting, missing once the answer window (expiry + 72 h) closed, received, offboarded', () => {
    const window = 14 * DAY + 72 * 3_600_000
    const d = campaignDashboard(
      roster(
        [
          device('wait@x'),
          device('edge@x'),
          device('gone@x'),
          device('miss@x'),
          device('recv@x'),
          device('done@x', { status: 'offboarded' }),
          device('stay@x'), // never asked: not in the tracker
        ],
        [
          request('wait@x', 'offboarding', 3 * DAY),
          request('edge@x', 'offboarding', window), // closes exactly now: still waiting
          request('gone@x', 'offboarding', window + 1), // closed 1 ms ago: missing
          request('miss@x', 'offboarding', 40 * DAY),
          request('recv@x', 'offboarding', 5 * DAY, 14, true),
          request('done@x', 'offboarding', 20 * DAY, 14, true),
          request('stay@x', 'periodic', 1 * DAY),
        ],
      ),
      NOW,
    )
    const { rows, ...counts } = d.offboarding
    expect(counts).toEqual({ requested: 6, received: 2, offboarded: 1, missing: 2, waiting: 2 })
    expect(rows.map((r) => [r.staffId, r.state])).toEqual([
      ['gone@x', 'missing'],
      ['miss@x', 'missing'],
      ['wait@x', 'waiting'],
      ['edge@x', 'waiting'],
      ['recv@x', 'received'],
      ['done@x', 'offboarded'],
    ])
    expect(rows.find((r) => r.staffId === 'done@x')?.deviceLabels).toEqual(['done-laptop'])
    // A second, newer request re-opens the window of someone missing.
    const again = campaignDashboard(
      roster(
        [device('miss@x')],
        [request('miss@x', 'offboarding', 40 * DAY), request('MISS@x', 'offboarding', DAY)],
      ),
      NOW,
    )
    expect(again.offboarding.rows.map((r) => [r.staffId, r.state])).toEqual([['miss@x', 'waiting']])
  })

  it('summarises 5,000 laptops and 20,000 attestation records quickly (figure printed; the bench measures it)', () => {
    const devices: DeviceRecord[] = []
    const requests: IssuedRequest[] = []
    for (let i = 0; i < 5000; i++) {
      const failing = i % 7 === 0 ? ['firewall'] : i % 11 === 0 ? ['screen-lock', 'os-version'] : []
      devices.push(
        device(`staff${i}@x`, {
          status: i % 97 === 0 ? 'revoked' : i % 89 === 0 ? 'offboarded' : 'active',
          last: {
            collectedAt: ago((i % 120) * DAY),
            result: failing.length > 0 ? 'fail' : 'pass',
            failingChecks: failing,
            practices: { result: i % 5 === 0 ? 'incomplete' : 'pass', unmet: i % 5 === 0 ? ['signal'] : [] },
          },
        }),
      )
    }
    for (let j = 0; j < 20000; j++)
      requests.push(
        request(
          `staff${j % 5000}@x`,
          j % 50 === 0 ? 'offboarding' : 'periodic',
          (j % 200) * DAY,
          14,
          j % 3 !== 0,
        ),
      )
    const r = roster(devices, requests)
    const start = performance.now()
    const d = campaignDashboard(r, NOW)
    const ms = performance.now() - start
    console.log(`campaignDashboard: 5,000 devices, 20,000 requests: ${ms.toFixed(1)} ms`)
    expect(d.counts.activeLaptops + d.counts.revoked + d.counts.offboarded).toBe(5000)
    expect(d.counts.pass + d.counts.fail + d.counts.unknown + d.counts.overdue + d.counts.neverAttested).toBe(
      d.counts.activeLaptops,
    )
    expect(
      JSON.stringify({ ...d, overdue: [], offboarding: { ...d.offboarding, rows: [] } }).length,
    ).toBeLessThan(4000)
    // The summary lists the longest overdue laptops only; the overdue action still reaches everyone.
    const ages = devices
      .filter((x) => x.status === 'active')
      .map((x) => NOW.getTime() - Date.parse(x.lastAttestation?.collectedAt ?? ''))
      .filter((ms) => ms > 30 * DAY)
      .map((ms) => Math.floor(ms / DAY))
      .sort((a, b) => b - a)
    expect(d.counts.overdue).toBe(ages.length)
    expect(ages.length).toBeGreaterThan(OVERDUE_ROWS_MAX)
    expect(d.overdue.map((o) => o.ageDays)).toEqual(ages.slice(0, OVERDUE_ROWS_MAX))
    expect(d.overduePeople).toBe(ages.length)
    expect(overdueStaff(r, NOW)).toHaveLength(ages.length)
  })
})
