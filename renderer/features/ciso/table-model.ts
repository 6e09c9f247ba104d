/**
 * Filtering, sorting and paging of the CISO tables (verification results and roster). Pure
 * functions over plain rows, so 1,000+ rows are cheap to recompute on every keystroke and the
 * rules are unit-tested without a DOM. The screen renders one page at a time, so the window never
 * has to lay out thousands of rows.
 */
import type { RosterEntry, VerifyRow } from '../../../shared/ipc-contract'
import type { PracticesResult } from '../../../shared/practices'
import { tmain } from '../../app/i18n'

/** Sort direction, matching aria-sort values. */
export type SortDirection = 'ascending' | 'descending'

/** How verification rows are grouped for the filter and the summary counts. */
export type OutcomeGroup = 'pass' | 'fail' | 'unknown' | 'rejected'

/** Outcomes that mean the file was accepted (now or in an earlier verification). */
export function isAccepted(row: Pick<VerifyRow, 'outcome'>): boolean {
  return row.outcome === 'ACCEPTED' || row.outcome === 'ALREADY_RECORDED'
}

/**
 * Which group a row belongs to: an accepted file by its posture (pass / fail / not confirmed; an
 * accepted row without a posture counts as not confirmed, failing closed), anything else rejected.
 */
export function outcomeGroup(row: Pick<VerifyRow, 'outcome' | 'result'>): OutcomeGroup {
  if (!isAccepted(row)) return 'rejected'
  return row.result ?? 'unknown'
}

/** Sortable columns of the verification table. */
export const VERIFY_COLUMNS = [
  'staff',
  'device',
  'purpose',
  'outcome',
  'failing',
  'practices',
  'age',
  'file',
] as const
export type VerifyColumn = (typeof VERIFY_COLUMNS)[number]

/** Sortable columns of the roster table. */
export const ROSTER_COLUMNS = [
  'staff',
  'device',
  'status',
  'result',
  'failing',
  'practices',
  'lastSeen',
] as const
export type RosterColumn = (typeof ROSTER_COLUMNS)[number]

/**
 * Filter on the campaign practices: a judged result, `open` (fail or incomplete: someone has a
 * required practice left), or `none` (not judged: rejected file, or a policy from before practices).
 */
export type PracticesFilter = PracticesResult | 'open' | 'none' | 'all'

export interface VerifyFilter {
  /** Case-insensitive text matched against staff, device, file name, detail and fingerprint. */
  readonly text: string
  readonly group: OutcomeGroup | 'all'
  readonly practices?: PracticesFilter
}

export interface RosterFilter {
  readonly text: string
  readonly status: RosterEntry['status'] | 'all'
  readonly practices?: PracticesFilter
}

/** Does a row's practices result match the filter? */
export function matchesPractices(
  result: PracticesResult | null | undefined,
  filter: PracticesFilter | undefined,
): boolean {
  if (filter === undefined || filter === 'all') return true
  if (filter === 'none') return result === null || result === undefined
  if (filter === 'open') return result === 'fail' || result === 'incomplete'
  return result === filter
}

const PRACTICES_ORDER: Readonly<Record<PracticesResult, number>> = { fail: 0, incomplete: 1, pass: 2 }

/** Sort key of a practices judgement: worst first when ascending, then more unmet first. */
function practicesKey(result: PracticesResult | null | undefined, unmet: readonly string[] | undefined): Key {
  if (result === null || result === undefined) return null
  return PRACTICES_ORDER[result] * 1000 - Math.min(999, unmet?.length ?? 0)
}

export interface Sort<C extends string> {
  readonly column: C
  readonly direction: SortDirection
}

const OUTCOME_ORDER: Readonly<Record<OutcomeGroup, number>> = { rejected: 0, fail: 1, unknown: 2, pass: 3 }

function contains(haystack: readonly (string | null)[], needle: string): boolean {
  if (needle === '') return true
  return haystack.some((h) => h !== null && h.toLocaleLowerCase().includes(needle))
}

/** Rows matching the filter, in their original order. */
export function filterVerifyRows(rows: readonly VerifyRow[], filter: VerifyFilter): readonly VerifyRow[] {
  const needle = filter.text.trim().toLocaleLowerCase()
  return rows.filter(
    (r) =>
      (filter.group === 'all' || outcomeGroup(r) === filter.group) &&
      matchesPractices(r.practicesResult, filter.practices) &&
      contains(
        [
          r.staffId,
          r.deviceLabel,
          r.fileName,
          r.detail,
          // The reason as shown in the chosen language, too.
          r.detailText !== undefined ? tmain(r.detailText) : null,
          r.keyFingerprint,
          r.outcome,
          ...(r.unmetPractices ?? []),
        ],
        needle,
      ),
  )
}

/** Roster entries matching the filter, in their original order. */
export function filterRosterEntries(
  entries: readonly RosterEntry[],
  filter: RosterFilter,
): readonly RosterEntry[] {
  const needle = filter.text.trim().toLocaleLowerCase()
  return entries.filter(
    (e) =>
      (filter.status === 'all' || e.status === filter.status) &&
      matchesPractices(e.practicesResult, filter.practices) &&
      contains([e.staffId, e.deviceLabel, e.fingerprint, e.platform, ...(e.unmetPractices ?? [])], needle),
  )
}

/** Compare two possibly-missing values; missing values sort last whatever the direction. */
type Key = string | number | null

function compareKeys(a: Key, b: Key, direction: SortDirection): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  const base = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))
  return direction === 'ascending' ? base : -base
}

function timeKey(iso: string | null): number | null {
  if (iso === null) return null
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? null : ms
}

function verifyKey(row: VerifyRow, column: VerifyColumn): Key {
  switch (column) {
    case 'staff':
      return row.staffId
    case 'device':
      return row.deviceLabel
    case 'purpose':
      return row.purpose
    case 'outcome':
      // Worst first when ascending: rejected, failing, not confirmed, passed; then by code.
      return `${OUTCOME_ORDER[outcomeGroup(row)]}:${row.outcome}`
    case 'failing':
      return row.failingChecks.length
    case 'practices':
      return practicesKey(row.practicesResult, row.unmetPractices)
    case 'age': {
      // Age grows as collectedAt gets older: sort on the negated time so "ascending" = youngest first.
      const ms = timeKey(row.collectedAt)
      return ms === null ? null : -ms
    }
    case 'file':
      return row.fileName
  }
}

function rosterKey(entry: RosterEntry, column: RosterColumn): Key {
  switch (column) {
    case 'staff':
      return entry.staffId
    case 'device':
      return entry.deviceLabel
    case 'status':
      return entry.status
    case 'result':
      return entry.lastResult === null ? null : OUTCOME_ORDER[entry.lastResult]
    case 'failing':
      return entry.failingChecks.length
    case 'practices':
      return practicesKey(entry.practicesResult, entry.unmetPractices)
    case 'lastSeen': {
      // Like the verification table's age: ascending = most recent attestation first.
      const ms = timeKey(entry.lastCollectedAt)
      return ms === null ? null : -ms
    }
  }
}

/** Stable sort of verification rows; ties keep file-name order so the result is deterministic. */
export function sortVerifyRows(rows: readonly VerifyRow[], sort: Sort<VerifyColumn>): readonly VerifyRow[] {
  return [...rows].sort(
    (a, b) =>
      compareKeys(verifyKey(a, sort.column), verifyKey(b, sort.column), sort.direction) ||
      a.fileName.localeCompare(b.fileName) ||
      a.rowId.localeCompare(b.rowId),
  )
}

/** Stable sort of roster entries; ties fall back to the fingerprint. */
export function sortRosterEntries(
  entries: readonly RosterEntry[],
  sort: Sort<RosterColumn>,
): readonly RosterEntry[] {
  return [...entries].sort(
    (a, b) =>
      compareKeys(rosterKey(a, sort.column), rosterKey(b, sort.column), sort.direction) ||
      a.fingerprint.localeCompare(b.fingerprint),
  )
}

/** Clicking a header: same column flips the direction, a new column starts ascending. */
export function nextSort<C extends string>(current: Sort<C>, column: C): Sort<C> {
  if (current.column !== column) return { column, direction: 'ascending' }
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
}

/** One page of rows. `page` is clamped into range; pages are numbered from 0. */
export interface Page<T> {
  readonly rows: readonly T[]
  readonly page: number
  readonly pageCount: number
  /** 1-based index of the first row shown (0 when empty). */
  readonly first: number
  /** 1-based index of the last row shown (0 when empty). */
  readonly last: number
  readonly total: number
}

/** Slice out page `page` of `pageSize` rows. */
export function paginate<T>(rows: readonly T[], page: number, pageSize: number): Page<T> {
  const size = Math.max(1, Math.floor(pageSize))
  const pageCount = Math.max(1, Math.ceil(rows.length / size))
  const p = Math.min(Math.max(0, Math.floor(page)), pageCount - 1)
  const slice = rows.slice(p * size, p * size + size)
  return {
    rows: slice,
    page: p,
    pageCount,
    first: slice.length === 0 ? 0 : p * size + 1,
    last: p * size + slice.length,
    total: rows.length,
  }
}

/** Counts per outcome group, for the summary line above the table. */
export function countGroups(rows: readonly VerifyRow[]): Readonly<Record<OutcomeGroup, number>> {
  const counts = { pass: 0, fail: 0, unknown: 0, rejected: 0 }
  for (const r of rows) counts[outcomeGroup(r)] += 1
  return counts
}
