/**
 * The CISO's staff list for bulk requests: a CSV file (or pasted text) with a header row and one
 * staffer per line, `staff id,name,purpose`. Parsed strictly, and every bad line is reported with its
 * line number, so the CISO fixes the list once instead of finding problems one run at a time.
 *
 * Format (RFC 4180, with the tolerances spreadsheets need):
 * - UTF-8 text; a leading byte-order mark is ignored; lines end with CRLF, LF or CR.
 * - The first line is the header. Column names are compared without case, spaces, `_` and `-`
 *   (`staff id`, `Staff_ID`, `staffId` are one name). `staff id` is required; `name` and `purpose`
 *   are optional; any other column is refused, so a misspelt `purpose` column cannot be ignored.
 * - Fields are separated by commas. A field holding a comma, a quote or a line break is quoted
 *   (`"Smith, Alex"`), a quote inside it is doubled (`""`). Spaces around a field are dropped.
 * - Lines with only empty fields (blank lines, `,,` from a spreadsheet) are skipped.
 * - Staff ids follow the attestation format (STAFF_ID_PATTERN) and may appear once: compared without
 *   case (staffIdKey), as everywhere else. Names: at most 200 characters, no control, bidirectional
 *   or invisible characters (they end up in the mail-merge file). Purpose: onboarding, periodic or
 *   offboarding (any case); an empty cell takes the default purpose (`--purpose` / the app's choice),
 *   and a line with neither is refused.
 * - At most MAX_STAFF_LIST_ROWS staffers per list.
 *
 * The result is all-or-nothing: callers issue requests only for a list without problems.
 */
import { PURPOSES, STAFF_ID_PATTERN, type Purpose } from '../../shared/attestation-types'
import type { Msg } from '../../shared/i18n/msg'
import {
  STAFF_LIST_MAX_CHARS,
  type StaffListLine,
  type StaffListProblem,
} from '../../shared/bulk-request-types'
import { staffIdKey } from '../../shared/roster-types'
import { terminalSafe } from '../util/terminal-safe'
import { ciMsg, said } from './words'

/** Most staffers in one list (a campaign's worth; the dashboard is sized for 5,000 laptops). */
export const MAX_STAFF_LIST_ROWS = 5000
/** Longest list text accepted (characters; a 5,000-line list is well under 1 MB). */
export const MAX_STAFF_LIST_CHARS = STAFF_LIST_MAX_CHARS
/** Longest name. */
export const MAX_NAME_LENGTH = 200
/** How many problems are reported at most (the rest are counted). */
export const MAX_REPORTED_PROBLEMS = 200

/**
 * One staffer of a valid line: `line` is where the record starts (1 is the header); `name` may be
 * empty (the mail merge then shows the staff id).
 */
export type StaffListEntry = StaffListLine
export type { StaffListProblem }

export interface ParsedStaffList {
  readonly entries: readonly StaffListEntry[]
  /** Empty when the list can be used. */
  readonly problems: readonly StaffListProblem[]
}

type Column = 'staffId' | 'name' | 'purpose'

const COLUMN_NAMES: Readonly<Record<string, Column>> = {
  staffid: 'staffId',
  name: 'name',
  purpose: 'purpose',
}

/** Control, bidirectional, invisible and separator characters a name must not contain. */
// eslint-disable-next-line no-control-regex
const NAME_UNSAFE = /[\u0000-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFD]/u

interface CsvRecord {
  readonly line: number
  readonly fields: readonly string[]
}

/** A field as it may be quoted in a message: visible escapes, at most 40 characters. */
function shown(value: string): string {
  const safe = terminalSafe(value)
  return `"${safe.length > 40 ? `${safe.slice(0, 40)}…` : safe}"`
}

/**
 * Split CSV text into records (RFC 4180 quoting; CRLF, LF or CR line ends). Stops at the first
 * structural error (an unclosed quote swallows the rest), which is returned with its line.
 */
function splitRecords(text: string): { records: CsvRecord[]; error: StaffListProblem | null } {
  const records: CsvRecord[] = []
  let line = 1
  let i = 0
  const n = text.length
  while (i < n) {
    const start = line
    const fields: string[] = []
    for (;;) {
      let value = ''
      // Leading spaces before an opening quote are allowed (`a, "b"`).
      let j = i
      while (j < n && (text[j] === ' ' || text[j] === '\t')) j++
      if (j < n && text[j] === '"') {
        i = j + 1
        let closed = false
        while (i < n) {
          const c = text[i] as string
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"'
              i += 2
              continue
            }
            closed = true
            i++
            break
          }
          if (c === '\r' || c === '\n') {
            // A line break inside quotes is part of the value (names refuse it later).
            if (c === '\r' && text[i + 1] === '\n') i++
            line++
            value += '\n'
            i++
            continue
          }
          value += c
          i++
        }
        if (!closed)
          return {
            records,
            error: problem(start, ciMsg('main.staffList.unclosedQuote')),
          }
        while (i < n && (text[i] === ' ' || text[i] === '\t')) i++
        if (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n')
          return {
            records,
            error: problem(line, ciMsg('main.staffList.textAfterQuote')),
          }
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          if (text[i] === '"')
            return {
              records,
              error: problem(line, ciMsg('main.staffList.quoteInField')),
            }
          value += text[i]
          i++
        }
      }
      fields.push(value.trim())
      if (i < n && text[i] === ',') {
        i++
        continue
      }
      break
    }
    // End of record: a line end or the end of the text.
    if (i < n) {
      if (text[i] === '\r' && text[i + 1] === '\n') i++
      i++
      line++
    }
    records.push({ line: start, fields })
  }
  return { records, error: null }
}

function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '')
}

/** A problem: its English `message` and its message `text` (main.staffList.*). */
function problem(line: number, m: Msg): StaffListProblem {
  return { line, ...said(m) }
}

/** The columns a header row may name, as a message shows them (values: the header is English). */
const COLUMNS_SHOWN = 'staff id, name, purpose'

/**
 * Parse a staff list. `defaultPurpose` fills empty purpose cells (and is the purpose of a list
 * without a purpose column). Returns every valid entry and every problem (up to
 * MAX_REPORTED_PROBLEMS, then one line saying how many more).
 */
export function parseStaffList(
  text: string,
  options: { readonly defaultPurpose?: Purpose } = {},
): ParsedStaffList {
  if (text.length > MAX_STAFF_LIST_CHARS)
    return {
      entries: [],
      problems: [problem(0, ciMsg('main.staffList.tooLarge', { mb: MAX_STAFF_LIST_CHARS / 1024 / 1024 }))],
    }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.includes('\u0000'))
    return {
      entries: [],
      problems: [problem(0, ciMsg('main.staffList.notText'))],
    }
  const { records, error } = splitRecords(body)
  const nonEmpty = records.filter((r) => r.fields.some((f) => f !== ''))
  const problems: StaffListProblem[] = []
  const header = nonEmpty[0]
  if (header === undefined) {
    return {
      entries: [],
      problems: error !== null ? [error] : [problem(0, ciMsg('main.staffList.empty'))],
    }
  }

  // The header row.
  const columns: (Column | null)[] = []
  const seen = new Set<Column>()
  for (const raw of header.fields) {
    const col = COLUMN_NAMES[normaliseHeader(raw)] ?? null
    if (col === null) {
      problems.push(
        problem(
          header.line,
          raw === ''
            ? ciMsg('main.staffList.emptyColumn', { columns: COLUMNS_SHOWN })
            : ciMsg('main.staffList.unknownColumn', { column: shown(raw), columns: COLUMNS_SHOWN }),
        ),
      )
    } else if (seen.has(col)) {
      problems.push(problem(header.line, ciMsg('main.staffList.columnTwice', { column: shown(raw) })))
    } else {
      seen.add(col)
    }
    columns.push(col)
  }
  if (!seen.has('staffId')) {
    // A list without its header row: say that, rather than calling every value an unknown column.
    if (header.fields.some((f) => STAFF_ID_PATTERN.test(f) && /[@.]/.test(f)))
      return {
        entries: [],
        problems: [
          problem(header.line, ciMsg('main.staffList.headerMissing', { example: '"staff id,name,purpose"' })),
        ],
      }
    problems.push(problem(header.line, ciMsg('main.staffList.noStaffIdColumn', { column: '"staff id"' })))
  }
  if (problems.length > 0) return { entries: [], problems }

  const data = nonEmpty.slice(1)
  if (data.length > MAX_STAFF_LIST_ROWS)
    return {
      entries: [],
      problems: [
        problem(0, ciMsg('main.staffList.tooMany', { count: data.length, max: MAX_STAFF_LIST_ROWS })),
      ],
    }

  const index = (c: Column): number => columns.indexOf(c)
  const idAt = index('staffId')
  const nameAt = index('name')
  const purposeAt = index('purpose')
  const entries: StaffListEntry[] = []
  const firstLine = new Map<string, number>()
  for (const rec of data) {
    if (rec.fields.length !== columns.length) {
      problems.push(
        problem(
          rec.line,
          rec.fields.length > columns.length
            ? ciMsg('main.staffList.fieldCountComma', {
                count: rec.fields.length,
                header: columns.length,
                example: '"Smith, Alex"',
              })
            : ciMsg('main.staffList.fieldCount', { count: rec.fields.length, header: columns.length }),
        ),
      )
      continue
    }
    const bad: Msg[] = []
    const staffId = rec.fields[idAt] ?? ''
    if (staffId === '') bad.push(ciMsg('main.staffList.staffIdEmpty'))
    else if (!STAFF_ID_PATTERN.test(staffId))
      bad.push(ciMsg('main.staffList.staffIdInvalid', { id: shown(staffId) }))
    const name = nameAt >= 0 ? (rec.fields[nameAt] ?? '') : ''
    if (name.length > MAX_NAME_LENGTH) bad.push(ciMsg('main.staffList.nameTooLong', { max: MAX_NAME_LENGTH }))
    else if (NAME_UNSAFE.test(name)) bad.push(ciMsg('main.staffList.nameUnsafe', { name: shown(name) }))
    let purpose: Purpose | null = options.defaultPurpose ?? null
    const cell = purposeAt >= 0 ? (rec.fields[purposeAt] ?? '') : ''
    if (cell !== '') {
      const p = cell.toLowerCase()
      if ((PURPOSES as readonly string[]).includes(p)) purpose = p as Purpose
      else {
        bad.push(
          ciMsg('main.staffList.purposeInvalid', { purpose: shown(cell), purposes: PURPOSES.join(', ') }),
        )
        purpose = null
      }
    } else if (purpose === null) {
      bad.push(ciMsg('main.staffList.noPurpose', { column: 'purpose' }))
    }
    if (staffId !== '' && STAFF_ID_PATTERN.test(staffId)) {
      const key = staffIdKey(staffId)
      const earlier = firstLine.get(key)
      if (earlier !== undefined)
        bad.push(ciMsg('main.staffList.duplicate', { id: shown(staffId), line: earlier }))
      else firstLine.set(key, rec.line)
    }
    if (bad.length > 0) {
      problems.push(
        problem(
          rec.line,
          bad.length === 1 && bad[0] !== undefined
            ? bad[0]
            : ciMsg('main.staffList.several', { problems: { items: bad, join: 'semicolons' } }),
        ),
      )
      continue
    }
    entries.push({ line: rec.line, staffId, name, purpose: purpose as Purpose })
  }
  if (error !== null) problems.push(error)
  if (entries.length === 0 && problems.length === 0)
    problems.push(problem(0, ciMsg('main.staffList.noStaff')))
  problems.sort((a, b) => a.line - b.line)
  if (problems.length > MAX_REPORTED_PROBLEMS) {
    const more = problems.length - MAX_REPORTED_PROBLEMS
    return {
      entries,
      problems: [
        ...problems.slice(0, MAX_REPORTED_PROBLEMS),
        problem(0, ciMsg('main.staffList.more', { count: more })),
      ],
    }
  }
  return { entries, problems }
}

/** Problems as text lines (`line 7: …`), for the CLI and error messages. */
export function formatProblems(problems: readonly StaffListProblem[]): string {
  return problems.map((p) => (p.line > 0 ? `line ${p.line}: ${p.message}` : p.message)).join('\n')
}

/** Windows device names that cannot be file names (with any extension). */
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i

/**
 * Safe, distinct file names for the requests of a list, derived from the staff ids: every character
 * other than letters, digits, `.`, `_` and `-` becomes `_`, leading dots and dashes become `_` (no
 * hidden files, never `.` or `..`, no name a shell would read as an option), Windows device names get a leading `_`, and names that would collide
 * (compared without case, as on macOS and Windows) get `-2`, `-3`, … Always `<id>_<purpose>.request.json`.
 */
export function requestFileNames(
  entries: readonly { readonly staffId: string; readonly purpose: Purpose }[],
): string[] {
  const taken = new Set<string>()
  return entries.map((e) => {
    let base = e.staffId.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.-]+/, (lead) => '_'.repeat(lead.length))
    if (base === '') base = '_'
    if (RESERVED_NAMES.test(base.split('.')[0] ?? '')) base = `_${base}`
    for (let k = 1; ; k++) {
      const name = `${k === 1 ? base : `${base}-${k}`}_${e.purpose}.request.json`
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase())
        return name
      }
    }
  })
}
