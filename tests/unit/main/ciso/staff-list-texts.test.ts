/**
 * Staff-list problems as messages (main.staffList.*): every problem carries `text`, its English is
 * exactly `message`, and its Spanish names only keys Spanish has and reads as Spanish.
 */
import { describe, expect, it } from 'vitest'
import { STAFF_ID_HINT } from '../../../../shared/attestation-types'
import { MAIN_EN } from '../../../../shared/i18n/en/main'
import { MAIN_STAFF_LIST_EN } from '../../../../shared/i18n/en/main-staff-list'
import { MAIN_ES } from '../../../../shared/i18n/es/main'
import { MAIN_STAFF_LIST_ES } from '../../../../shared/i18n/es/main-staff-list'
import { keysOf, renderMsg } from '../../../../shared/i18n/msg'
import { MAX_STAFF_LIST_CHARS, parseStaffList } from '../../../../main/ciso/staff-list'
import { expectSpanishOf } from '../../main/i18n/spanish-words'

const header = 'staff id,name,purpose\n'
const LISTS: readonly string[] = [
  'x'.repeat(MAX_STAFF_LIST_CHARS + 1),
  'staff id\u0000',
  '\n\n',
  'staff id,,purpose\nalice,A,periodic\n',
  'staff id,colour\nalice,red\n',
  'staff id,staff_id\nalice,alice\n',
  'alice@campaign.example,Alice,periodic\n',
  'name,purpose\nAlice,periodic\n',
  `staff id\n${'a\n'.repeat(5001)}`,
  `${header}alice,Smith, Alice,periodic\nbob,Bob\n`,
  `${header},Nobody,periodic\nbad id!,X,periodic\n`,
  `${header}carol,${'n'.repeat(300)},periodic\ndave,"Da\u202eve",periodic\n`,
  `${header}erin,Erin,weekly\nfrank,Frank,\n`,
  `${header}gina,Gina,periodic\nGINA,Gina 2,periodic\n`,
  `${header},"",weekly\n`,
  header,
  `${header}"henry,Henry,periodic\n`,
  `${header}"ivan"x,Ivan,periodic\n`,
  `${header}ja"ne,Jane,periodic\n`,
  `${header}${Array.from({ length: 250 }, (_, i) => `bad id ${i},X,periodic`).join('\n')}\n`,
]

describe('staff-list problems carry messages', () => {
  const seen = new Set<string>()
  it('every problem has text whose English is its message and whose Spanish is complete', () => {
    for (const list of LISTS) {
      const { problems } = parseStaffList(list)
      expect(problems.length, JSON.stringify(list.slice(0, 60))).toBeGreaterThan(0)
      for (const p of problems) {
        expect(p.text, p.message).toBeDefined()
        if (p.text === undefined) continue
        expect(renderMsg(p.text, [MAIN_EN], 'en')).toBe(p.message)
        for (const k of keysOf(p.text)) {
          expect(Object.prototype.hasOwnProperty.call(MAIN_ES, k), k).toBe(true)
          seen.add(k)
        }
        const es = renderMsg(p.text, [MAIN_ES], 'es')
        expect(es).not.toMatch(/main\.staffList\./)
        expect(es).not.toBe(p.message)
      }
    }
    // Every problem the parser can report was produced by one of the lists above.
    expect(Object.keys(MAIN_STAFF_LIST_EN).filter((k) => !seen.has(k))).toEqual([])
  })

  it('keeps the staff id hint of the attestation format word for word', () => {
    const { problems } = parseStaffList(`${header}bad id!,X,periodic\n`)
    expect(problems[0]?.message).toBe(`staff id "bad id!" is not valid: ${STAFF_ID_HINT}`)
  })

  it('has Spanish for every key, with the same placeholders and no English word left', () => {
    expectSpanishOf(MAIN_STAFF_LIST_EN, MAIN_STAFF_LIST_ES)
  })
})
