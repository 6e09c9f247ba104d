/**
 * The staff list for bulk requests (main/ciso/staff-list.ts): RFC 4180 quoting, BOM and line ends,
 * the header row, strict staff ids and names, case-insensitive duplicates, purposes, the row limit,
 * every bad line reported with its number; and the request file names derived from staff ids.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { STAFF_ID_PATTERN } from '../../../../shared/attestation-types'
import {
  formatProblems,
  MAX_REPORTED_PROBLEMS,
  MAX_STAFF_LIST_ROWS,
  parseStaffList,
  requestFileNames,
} from '../../../../main/ciso/staff-list'

const ok = (text: string, defaultPurpose?: 'onboarding' | 'periodic' | 'offboarding') => {
  const r = parseStaffList(text, defaultPurpose !== undefined ? { defaultPurpose } : {})
  expect(r.problems).toEqual([])
  return r.entries
}
const problems = (text: string, defaultPurpose?: 'onboarding' | 'periodic' | 'offboarding') => {
  const r = parseStaffList(text, defaultPurpose !== undefined ? { defaultPurpose } : {})
  expect(r.problems.length).toBeGreaterThan(0)
  // The English only (the messages are checked in staff-list-texts.test.ts).
  return r.problems.map(({ text: _text, ...p }) => p)
}

describe('parseStaffList', () => {
  it('reads a header row and one staffer per line, with the line each starts on', () => {
    expect(ok('staff id,name,purpose\nalice@c.org,Alice,onboarding\nbob@c.org,Bob,periodic\n')).toEqual([
      { line: 2, staffId: 'alice@c.org', name: 'Alice', purpose: 'onboarding' },
      { line: 3, staffId: 'bob@c.org', name: 'Bob', purpose: 'periodic' },
    ])
  })

  it('accepts the header in any case and spelling of spaces, _ and -, columns in any order', () => {
    for (const header of ['Staff ID,Name', 'staff_id,NAME', 'staffId,name', 'STAFF-ID , name'])
      expect(ok(`${header}\nalice@c.org,Alice`, 'periodic')).toEqual([
        { line: 2, staffId: 'alice@c.org', name: 'Alice', purpose: 'periodic' },
      ])
    expect(ok('purpose,name,staff id\noffboarding,Al,al@c.org')).toEqual([
      { line: 2, staffId: 'al@c.org', name: 'Al', purpose: 'offboarding' },
    ])
    // Only the staff id column is required.
    expect(ok('staff id\nal@c.org', 'periodic')).toEqual([
      { line: 2, staffId: 'al@c.org', name: '', purpose: 'periodic' },
    ])
  })

  it('ignores a byte-order mark and reads CRLF, LF and CR line ends alike', () => {
    const rows = ['staff id,name', 'a@c.org,A', 'b@c.org,B']
    for (const eol of ['\r\n', '\n', '\r']) {
      const entries = ok(`\uFEFF${rows.join(eol)}${eol}`, 'periodic')
      expect(entries.map((e) => [e.line, e.staffId, e.name])).toEqual([
        [2, 'a@c.org', 'A'],
        [3, 'b@c.org', 'B'],
      ])
    }
  })

  it('reads quoted fields: commas, doubled quotes, spaces around fields', () => {
    const entries = ok(
      'staff id,name,purpose\r\n' +
        '"alice@c.org","Smith, Alice",periodic\r\n' +
        'bob@c.org,"Bob ""the builder"" Jones",\r\n' +
        '  carol@c.org ,  "Carol"  , OFFBOARDING\r\n',
      'onboarding',
    )
    expect(entries.map((e) => [e.staffId, e.name, e.purpose])).toEqual([
      ['alice@c.org', 'Smith, Alice', 'periodic'],
      ['bob@c.org', 'Bob "the builder" Jones', 'onboarding'],
      ['carol@c.org', 'Carol', 'offboarding'],
    ])
  })

  it('skips blank lines and rows of empty cells (spreadsheets export them as ",,")', () => {
    const entries = ok('staff id,name,purpose\n\na@c.org,A,periodic\n,,\n  ,  ,\nb@c.org,B,periodic\n\n')
    expect(entries.map((e) => [e.line, e.staffId])).toEqual([
      [3, 'a@c.org'],
      [6, 'b@c.org'],
    ])
  })

  it('reports every bad line with its number, and no entry is usable as a whole list', () => {
    const r = parseStaffList(
      [
        'staff id,name,purpose',
        'alice@c.org,Alice,periodic', // 2 fine
        'bad id,Bob,periodic', // 3 space in id
        ',Nobody,periodic', // 4 empty id
        'ALICE@c.org,Alice again,periodic', // 5 duplicate of 2 (case only)
        'dave@c.org,Dave,holiday', // 6 bad purpose
        'erin@c.org,Erin', // 7 field count
        'frank@c.org,"Frank, Jr",,extra', // 8 field count (4 > 3)
        `${'x'.repeat(129)},Long,periodic`, // 9 id too long
        'gus/../etc@c.org,Gus,periodic', // 10 path separator in id
      ].join('\n'),
    )
    expect(r.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10])
    const text = formatProblems(r.problems)
    expect(text).toMatch(/^line 3: staff id "bad id" is not valid: use 1-128 letters/m)
    expect(text).toMatch(/^line 4: the staff id is empty/m)
    expect(text).toMatch(
      /^line 5: staff id "ALICE@c.org" is already on line 2 \(staff ids are compared without case\)/m,
    )
    expect(text).toMatch(/^line 6: purpose "holiday" is not one of onboarding, periodic, offboarding/m)
    expect(text).toMatch(/^line 7: 2 fields, but the header has 3/m)
    expect(text).toMatch(/^line 8: 4 fields, but the header has 3 \(a comma inside a name needs quotes/m)
    expect(text).toMatch(/^line 10: staff id "gus\/..\/etc@c.org" is not valid/m)
  })

  it('a line can have several problems at once, all in one message', () => {
    const [p] = problems('staff id,name,purpose\nbad id,"A\u202Eb",never\n')
    expect(p?.line).toBe(2)
    expect(p?.message).toMatch(/staff id "bad id" is not valid/)
    expect(p?.message).toMatch(/the name "A\\u\{202E\}b" contains control, invisible or invalid characters/)
    expect(p?.message).toMatch(/purpose "never" is not one of/)
  })

  it('refuses hostile or odd names: controls, bidi overrides, zero-width, line breaks, too long, bad UTF-8', () => {
    for (const name of [
      'A\u0007B',
      'Eve\u202Egnp.exe',
      'Zero\u200Bwidth',
      'Sep\u2028arator',
      'Bad\uFFFDbyte',
    ])
      expect(problems(`staff id,name\nx@c.org,"${name}"`, 'periodic')[0]?.message).toMatch(/contains control/)
    // A quoted line break is read (RFC 4180) but refused in a name; the next record's line number
    // counts the physical lines.
    const r = parseStaffList('staff id,name\nx@c.org,"two\nlines"\ny@c.org,Y\n', {
      defaultPurpose: 'periodic',
    })
    expect(r.problems.map(({ text: _text, ...p }) => p)).toEqual([
      { line: 2, message: expect.stringMatching(/the name "two\\x0Alines" contains control/) },
    ])
    expect(r.entries).toEqual([{ line: 4, staffId: 'y@c.org', name: 'Y', purpose: 'periodic' }])
    expect(problems(`staff id,name\nx@c.org,${'n'.repeat(201)}`, 'periodic')[0]?.message).toMatch(
      /longer than 200/,
    )
    // Names that look like formulas are fine here; the mail-merge CSV defuses them (bulk-requests test).
    expect(
      ok('staff id,name\nx@c.org,=HYPERLINK(1)\ny@c.org,@SUM(A1)', 'periodic').map((e) => e.name),
    ).toEqual(['=HYPERLINK(1)', '@SUM(A1)'])
  })

  it('bad quoting stops with the line where it is', () => {
    expect(problems('staff id,name\na@c.org,"never closed\nb@c.org,B\n', 'periodic')).toContainEqual({
      line: 2,
      message: 'a quoted field is not closed (a " is missing)',
    })
    expect(problems('staff id,name\na@c.org,Al"ice\n', 'periodic')[0]).toEqual({
      line: 2,
      message: expect.stringMatching(/a " inside a field that is not quoted/),
    })
    expect(problems('staff id,name\na@c.org,"Alice"x\n', 'periodic')[0]).toEqual({
      line: 2,
      message: expect.stringMatching(/text after a closing quote/),
    })
    // Lines before the broken one are still checked (and reported if bad).
    const r = parseStaffList('staff id,name\nbad id,X\na@c.org,"open\n', { defaultPurpose: 'periodic' })
    expect(r.problems.map((p) => p.line)).toEqual([2, 3])
  })

  it('needs a header row with a staff id column and no unknown or repeated column', () => {
    expect(problems('alice@c.org,Alice,periodic\nbob@c.org,Bob,periodic')[0]?.message).toBe(
      'the first line must be the header row, e.g. "staff id,name,purpose"',
    )
    expect(problems('name,purpose\nAlice,periodic')[0]?.message).toBe(
      'the header row has no "staff id" column',
    )
    expect(problems('staff id,name,purpse\na@c.org,A,periodic')[0]).toEqual({
      line: 1,
      message: 'unknown column "purpse" in the header row; the columns are: staff id, name, purpose',
    })
    expect(problems('staff id,name,\na@c.org,A,')[0]?.message).toMatch(/empty column name/)
    expect(problems('staff id,Staff_ID\na@c.org,b@c.org')[0]?.message).toMatch(/appears twice/)
    expect(problems('')[0]?.message).toMatch(/the list is empty/)
    expect(problems('\uFEFF\r\n\r\n')[0]?.message).toMatch(/the list is empty/)
    expect(problems('staff id,name\n', 'periodic')[0]?.message).toMatch(/header row but no staff/)
  })

  it('a line without a purpose needs the default purpose; a purpose cell overrides it', () => {
    expect(problems('staff id,purpose\na@c.org,\nb@c.org,periodic')).toEqual([
      { line: 2, message: 'no purpose: fill the purpose column or choose a purpose for the whole list' },
    ])
    expect(problems('staff id\na@c.org')[0]?.message).toMatch(/no purpose/)
    expect(ok('staff id,purpose\na@c.org,\nb@c.org,Offboarding', 'periodic').map((e) => e.purpose)).toEqual([
      'periodic',
      'offboarding',
    ])
  })

  it(`takes at most ${MAX_STAFF_LIST_ROWS} staff`, () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `s${i}@c.org,Staff ${i}`).join('\n')
    expect(ok(`staff id,name\n${rows(MAX_STAFF_LIST_ROWS)}`, 'periodic')).toHaveLength(MAX_STAFF_LIST_ROWS)
    expect(problems(`staff id,name\n${rows(MAX_STAFF_LIST_ROWS + 1)}`, 'periodic')).toEqual([
      {
        line: 0,
        message: `the list has ${MAX_STAFF_LIST_ROWS + 1} staffers; at most ${MAX_STAFF_LIST_ROWS} per list (split it)`,
      },
    ])
  })

  it('reports at most a few hundred problems, then how many more', () => {
    const bad = Array.from({ length: MAX_REPORTED_PROBLEMS + 50 }, (_, i) => `bad id ${i},X`).join('\n')
    const r = parseStaffList(`staff id,name\n${bad}`, { defaultPurpose: 'periodic' })
    expect(r.problems).toHaveLength(MAX_REPORTED_PROBLEMS + 1)
    expect(r.problems.at(-1)).toMatchObject({ line: 0, message: 'and 50 more problems' })
  })

  it('refuses binary files (NUL bytes)', () => {
    expect(problems('staff id\u0000,name\n', 'periodic')[0]?.message).toMatch(/not a text CSV file/)
  })

  it('never throws and never returns an entry with an invalid id, on random input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (a, b) => {
        for (const text of [a, `staff id,name,purpose\n${a}`, `staff id,name\n${a}\n${b}`]) {
          const r = parseStaffList(text, { defaultPurpose: 'periodic' })
          for (const e of r.entries) expect(STAFF_ID_PATTERN.test(e.staffId)).toBe(true)
          const keys = r.entries.map((e) => e.staffId.toLowerCase())
          expect(new Set(keys).size).toBe(keys.length)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('requestFileNames', () => {
  it('derives safe names from staff ids: odd characters, leading dots, device names', () => {
    expect(
      requestFileNames([
        { staffId: 'alice@campaign.example', purpose: 'onboarding' },
        { staffId: 'bob+field@x.org', purpose: 'periodic' },
        { staffId: '..', purpose: 'periodic' },
        { staffId: '.hidden', purpose: 'periodic' },
        { staffId: 'CON', purpose: 'periodic' },
        { staffId: 'nul.x', purpose: 'periodic' },
        { staffId: 'com1', purpose: 'periodic' },
      ]),
    ).toEqual([
      'alice_campaign.example_onboarding.request.json',
      'bob_field_x.org_periodic.request.json',
      '___periodic.request.json',
      '_hidden_periodic.request.json',
      '_CON_periodic.request.json',
      '_nul.x_periodic.request.json',
      '_com1_periodic.request.json',
    ])
  })

  it('disambiguates names that collide, without case (macOS and Windows)', () => {
    expect(
      requestFileNames([
        { staffId: 'a@b.org', purpose: 'periodic' },
        { staffId: 'a+b.org', purpose: 'periodic' },
        { staffId: 'A_b.org', purpose: 'periodic' },
        { staffId: 'a_b.org-2', purpose: 'periodic' },
        { staffId: 'a@b.org', purpose: 'offboarding' },
      ]),
    ).toEqual([
      'a_b.org_periodic.request.json',
      'a_b.org-2_periodic.request.json',
      'A_b.org-3_periodic.request.json',
      'a_b.org-2-2_periodic.request.json',
      'a_b.org_offboarding.request.json',
    ])
  })

  it('always gives plain, distinct, visible file names for any valid staff ids', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9._@+-]{1,40}$/)
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), (ids) => {
        const names = requestFileNames(ids.map((staffId) => ({ staffId, purpose: 'periodic' as const })))
        for (const n of names) {
          expect(n).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*_periodic\.request\.json$/)
          expect(n).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|_periodic)/i)
        }
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
      }),
      { numRuns: 300 },
    )
  })
})
