import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { RosterEntry, VerifyOutcome, VerifyRow } from '../../../shared/ipc-contract'
import type { PracticesResult } from '../../../shared/practices'
import {
  countGroups,
  filterRosterEntries,
  filterVerifyRows,
  nextSort,
  outcomeGroup,
  paginate,
  sortRosterEntries,
  sortVerifyRows,
  VERIFY_COLUMNS,
} from '../../../renderer/features/ciso/table-model'

const OUTCOMES: readonly VerifyOutcome[] = [
  'ACCEPTED',
  'ALREADY_RECORDED',
  'MALFORMED',
  'BAD_SIGNATURE',
  'UNKNOWN_KEY',
  'REPLAY',
  'EXPIRED',
]

function row(over: Partial<VerifyRow> & { rowId: string }): VerifyRow {
  return {
    fileName: `${over.rowId}.posture.json`,
    outcome: 'ACCEPTED',
    detail: '',
    staffId: null,
    deviceLabel: null,
    purpose: null,
    collectedAt: null,
    result: 'pass',
    keyFingerprint: null,
    keyFingerprintGrouped: null,
    failingChecks: [],
    enrollable: false,
    ...over,
  }
}

const rowArb = fc
  .record({
    rowId: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    outcome: fc.constantFrom(...OUTCOMES),
    staffId: fc.option(fc.constantFrom('alice', 'bob', 'Carol', 'dave@x'), { nil: null }),
    deviceLabel: fc.option(fc.constantFrom('mac', 'thinkpad', 'XPS'), { nil: null }),
    purpose: fc.option(fc.constantFrom('onboarding' as const, 'periodic' as const, 'offboarding' as const), {
      nil: null,
    }),
    collectedAt: fc.option(
      fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }).map((n) => new Date(n).toISOString()),
      { nil: null },
    ),
    result: fc.option(fc.constantFrom('pass' as const, 'fail' as const, 'unknown' as const), { nil: null }),
    failingChecks: fc.subarray(['firewall', 'screen-lock', 'disk-encryption']),
  })
  .map((r) => row(r))

describe('outcomeGroup', () => {
  it('groups accepted files by posture and everything else as rejected', () => {
    expect(outcomeGroup({ outcome: 'ACCEPTED', result: 'pass' })).toBe('pass')
    expect(outcomeGroup({ outcome: 'ALREADY_RECORDED', result: 'fail' })).toBe('fail')
    expect(outcomeGroup({ outcome: 'ACCEPTED', result: null })).toBe('unknown')
    expect(outcomeGroup({ outcome: 'BAD_SIGNATURE', result: 'pass' })).toBe('rejected')
  })
})

describe('filterVerifyRows', () => {
  const rows = [
    row({ rowId: 'a', staffId: 'Alice', result: 'pass' }),
    row({ rowId: 'b', staffId: 'bob', result: 'fail', failingChecks: ['firewall'] }),
    row({ rowId: 'c', outcome: 'REPLAY', detail: 'older sequence', result: null }),
  ]
  it('matches text case-insensitively across staff, file and detail', () => {
    expect(filterVerifyRows(rows, { text: 'ALICE', group: 'all' }).map((r) => r.rowId)).toEqual(['a'])
    expect(filterVerifyRows(rows, { text: 'sequence', group: 'all' }).map((r) => r.rowId)).toEqual(['c'])
    expect(filterVerifyRows(rows, { text: '  ', group: 'all' })).toHaveLength(3)
  })
  it('filters by group', () => {
    expect(filterVerifyRows(rows, { text: '', group: 'rejected' }).map((r) => r.rowId)).toEqual(['c'])
    expect(filterVerifyRows(rows, { text: '', group: 'fail' }).map((r) => r.rowId)).toEqual(['b'])
  })
  it('never invents rows and keeps order (property)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), fc.string({ maxLength: 3 }), (rs, text) => {
        const out = filterVerifyRows(rs, { text, group: 'all' })
        let i = 0
        for (const r of out) {
          i = rs.indexOf(r, i)
          expect(i).toBeGreaterThanOrEqual(0)
          i += 1
        }
      }),
    )
  })
})

describe('sortVerifyRows', () => {
  it('puts rejected files first by default order, and missing values last in both directions', () => {
    const rows = [
      row({ rowId: 'p', result: 'pass', staffId: 'b' }),
      row({ rowId: 'r', outcome: 'MALFORMED', result: null, staffId: null }),
      row({ rowId: 'f', result: 'fail', staffId: 'a' }),
    ]
    expect(sortVerifyRows(rows, { column: 'outcome', direction: 'ascending' }).map((r) => r.rowId)).toEqual([
      'r',
      'f',
      'p',
    ])
    expect(sortVerifyRows(rows, { column: 'staff', direction: 'ascending' }).map((r) => r.rowId)).toEqual([
      'f',
      'p',
      'r',
    ])
    expect(sortVerifyRows(rows, { column: 'staff', direction: 'descending' }).map((r) => r.rowId)).toEqual([
      'p',
      'f',
      'r',
    ])
  })
  it('sorts age youngest first when ascending', () => {
    const rows = [
      row({ rowId: 'old', collectedAt: '2026-01-01T00:00:00Z' }),
      row({ rowId: 'new', collectedAt: '2026-11-01T00:00:00Z' }),
    ]
    expect(sortVerifyRows(rows, { column: 'age', direction: 'ascending' })[0]?.rowId).toBe('new')
  })
  it('is a permutation, deterministic, and reverses (apart from missing values) (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { maxLength: 40, selector: (r) => r.rowId }),
        fc.constantFrom(...VERIFY_COLUMNS),
        (rs, column) => {
          const asc = sortVerifyRows(rs, { column, direction: 'ascending' })
          expect([...asc].sort((a, b) => a.rowId.localeCompare(b.rowId))).toEqual(
            [...rs].sort((a, b) => a.rowId.localeCompare(b.rowId)),
          )
          expect(sortVerifyRows([...rs].reverse(), { column, direction: 'ascending' })).toEqual(asc)
        },
      ),
    )
  })
  it('does not mutate its input', () => {
    const rs = [row({ rowId: 'b' }), row({ rowId: 'a' })]
    sortVerifyRows(rs, { column: 'file', direction: 'ascending' })
    expect(rs.map((r) => r.rowId)).toEqual(['b', 'a'])
  })
})

describe('nextSort', () => {
  it('flips the direction on the same column and resets on a new one', () => {
    const s = nextSort({ column: 'staff', direction: 'ascending' }, 'staff')
    expect(s).toEqual({ column: 'staff', direction: 'descending' })
    expect(nextSort(s, 'age')).toEqual({ column: 'age', direction: 'ascending' })
  })
})

describe('paginate', () => {
  it('slices pages and clamps out-of-range page numbers', () => {
    const rows = Array.from({ length: 120 }, (_, i) => i)
    const p2 = paginate(rows, 2, 50)
    expect(p2).toMatchObject({ page: 2, pageCount: 3, first: 101, last: 120, total: 120 })
    expect(p2.rows).toHaveLength(20)
    expect(paginate(rows, 99, 50).page).toBe(2)
    expect(paginate(rows, -3, 50).page).toBe(0)
    expect(paginate([], 0, 50)).toMatchObject({ rows: [], pageCount: 1, first: 0, last: 0, total: 0 })
  })
  it('covers every row exactly once across pages (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), (n, size) => {
        const rows = Array.from({ length: n }, (_, i) => i)
        const first = paginate(rows, 0, size)
        const all: number[] = []
        for (let p = 0; p < first.pageCount; p++) all.push(...paginate(rows, p, size).rows)
        expect(all).toEqual(rows)
      }),
    )
  })
})

describe('countGroups', () => {
  it('counts each group', () => {
    expect(
      countGroups([
        row({ rowId: 'a' }),
        row({ rowId: 'b', result: 'fail' }),
        row({ rowId: 'c', outcome: 'EXPIRED', result: null }),
        row({ rowId: 'd', result: 'unknown' }),
      ]),
    ).toEqual({ pass: 1, fail: 1, unknown: 1, rejected: 1 })
  })
})

describe('roster', () => {
  const entry = (over: Partial<RosterEntry> & { fingerprint: string }): RosterEntry => ({
    staffId: 'x',
    deviceLabel: 'laptop',
    platform: 'darwin',
    fingerprintGrouped: '',
    status: 'active',
    enrolledAt: '2026-01-01T00:00:00Z',
    revokedAt: null,
    lastCollectedAt: null,
    lastPurpose: null,
    lastResult: null,
    failingChecks: [],
    stale: false,
    ...over,
  })
  const entries = [
    entry({ fingerprint: '1', staffId: 'zoe', status: 'revoked', lastCollectedAt: '2026-03-01T00:00:00Z' }),
    entry({ fingerprint: '2', staffId: 'amy', lastResult: 'fail', lastCollectedAt: '2026-05-01T00:00:00Z' }),
    entry({ fingerprint: '3', staffId: 'Max', platform: 'linux', lastResult: 'pass' }),
  ]
  it('filters by status and text (including platform)', () => {
    expect(filterRosterEntries(entries, { text: '', status: 'revoked' }).map((e) => e.fingerprint)).toEqual([
      '1',
    ])
    expect(filterRosterEntries(entries, { text: 'LINUX', status: 'all' }).map((e) => e.fingerprint)).toEqual([
      '3',
    ])
  })
  it('sorts by staff, last attestation (never-seen last) and result', () => {
    expect(
      sortRosterEntries(entries, { column: 'staff', direction: 'ascending' }).map((e) => e.staffId),
    ).toEqual(['amy', 'Max', 'zoe'])
    expect(
      sortRosterEntries(entries, { column: 'lastSeen', direction: 'ascending' }).map((e) => e.fingerprint),
    ).toEqual(['2', '1', '3'])
    expect(
      sortRosterEntries(entries, { column: 'lastSeen', direction: 'descending' }).map((e) => e.fingerprint),
    ).toEqual(['1', '2', '3'])
    expect(
      sortRosterEntries(entries, { column: 'result', direction: 'ascending' }).map((e) => e.fingerprint),
    ).toEqual(['2', '3', '1'])
  })
})

describe('practices in the CISO tables', () => {
  const rows = [
    row({ rowId: 'a', practicesResult: 'pass', unmetPractices: [] }),
    row({ rowId: 'b', practicesResult: 'incomplete', unmetPractices: ['vpn'] }),
    row({ rowId: 'c', practicesResult: 'fail', unmetPractices: ['signal', 'vpn'] }),
    row({ rowId: 'd', practicesResult: null, outcome: 'BAD_SIGNATURE', result: null }),
    row({ rowId: 'e', practicesResult: 'incomplete', unmetPractices: ['vpn', 'laptop-password'] }),
  ]
  const ids = (rs: readonly VerifyRow[]) => rs.map((r) => r.rowId)

  it('filters on the practices result: not complete, all confirmed, not judged', () => {
    expect(ids(filterVerifyRows(rows, { text: '', group: 'all', practices: 'open' }))).toEqual([
      'b',
      'c',
      'e',
    ])
    expect(ids(filterVerifyRows(rows, { text: '', group: 'all', practices: 'pass' }))).toEqual(['a'])
    expect(ids(filterVerifyRows(rows, { text: '', group: 'all', practices: 'none' }))).toEqual(['d'])
    expect(ids(filterVerifyRows(rows, { text: '', group: 'all' }))).toHaveLength(5)
    // The practice ids not confirmed are searchable: who has not confirmed laptop-password?
    expect(ids(filterVerifyRows(rows, { text: 'laptop-pass', group: 'all' }))).toEqual(['e'])
  })

  it('sorts worst first: fail, then incomplete with more open, then pass; not judged last', () => {
    expect(ids(sortVerifyRows(rows, { column: 'practices', direction: 'ascending' }))).toEqual([
      'c',
      'e',
      'b',
      'a',
      'd',
    ])
    expect(ids(sortVerifyRows(rows, { column: 'practices', direction: 'descending' })).at(-1)).toBe('d')
  })

  it('filters and sorts the roster the same way', () => {
    const entry = (fingerprint: string, practicesResult: PracticesResult | null): RosterEntry => ({
      staffId: fingerprint,
      deviceLabel: 'x',
      platform: 'linux',
      fingerprint,
      fingerprintGrouped: fingerprint,
      status: 'active',
      enrolledAt: '2026-11-01T00:00:00Z',
      revokedAt: null,
      lastCollectedAt: null,
      lastPurpose: null,
      lastResult: null,
      failingChecks: [],
      stale: false,
      practicesResult,
      unmetPractices: practicesResult === 'pass' || practicesResult === null ? [] : ['vpn'],
    })
    const entries = [entry('p1', 'pass'), entry('p2', 'incomplete'), entry('p3', null)]
    expect(
      filterRosterEntries(entries, { text: '', status: 'all', practices: 'open' }).map((e) => e.fingerprint),
    ).toEqual(['p2'])
    expect(
      sortRosterEntries(entries, { column: 'practices', direction: 'ascending' }).map((e) => e.fingerprint),
    ).toEqual(['p2', 'p1', 'p3'])
  })
})
