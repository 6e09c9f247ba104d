import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { english } from '../../../../../main/checks/verdict'
import {
  describeEdition,
  editionFamily,
  editionMsg,
  isCompleteOutput,
  readWindowsEdition,
  systemDrive,
} from '../../../../../main/checks/win32/common'
import { parseServiceState, parseStartType } from '../../../../../main/checks/win32/sc'
import { ReplayProbe } from '../../../../../main/probe/transcript'
import { fixture, HEALTHY, stdoutOf } from './harness'

const SC_QC = stdoutOf(fixture(HEALTHY), ['sc.exe', 'qc', 'wuauserv'])
const SC_QUERY = stdoutOf(fixture(HEALTHY), ['sc.exe', 'query', 'mpssvc'])

describe('sc parsers', () => {
  it('read the number next to its constant, ignoring the (translatable) label', () => {
    expect(parseStartType(SC_QC)).toBe(3)
    expect(parseStartType(SC_QC.replace('3   DEMAND_START', '4   DISABLED'))).toBe(4)
    expect(parseStartType(SC_QC.replace('START_TYPE', 'STARTTYP'))).toBe(3)
    expect(parseStartType('        START_TYPE         : 2   AUTO_START  (DELAYED)\r\n')).toBe(2)
    expect(parseServiceState(SC_QUERY)).toBe(4)
    expect(parseServiceState(SC_QUERY.replace('4  RUNNING', '1  STOPPED'))).toBe(1)
  })
  it('reject inconsistent, repeated or missing values', () => {
    expect(parseStartType(SC_QC.replace('3   DEMAND_START', '4   DEMAND_START'))).toBeNull()
    expect(parseStartType(`${SC_QC}\r\n        START_TYPE         : 4   DISABLED\r\n`)).toBeNull()
    expect(parseStartType('[SC] OpenService FAILED 1060:\r\n')).toBeNull()
    expect(parseServiceState('')).toBeNull()
    expect(parseServiceState(SC_QUERY.replace('4  RUNNING', '4  RUNNINGX'))).toBeNull()
  })
  it('never throw and only return known codes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const a = parseStartType(s)
        const b = parseServiceState(s)
        expect(a === null || (a >= 0 && a <= 4)).toBe(true)
        expect(b === null || (b >= 1 && b <= 7)).toBe(true)
      }),
    )
  })
})

describe('Windows helpers', () => {
  const probeWith = (env: Record<string, string>) =>
    new ReplayProbe({ ...fixture(HEALTHY), env, commands: [] })

  it('derives the system drive from SystemRoot', () => {
    expect(systemDrive(probeWith({ SystemRoot: 'C:\\WINDOWS' }))).toBe('C:')
    expect(systemDrive(probeWith({ SystemRoot: 'd:\\Windows' }))).toBe('D:')
    expect(systemDrive(probeWith({}))).toBe('C:')
    expect(systemDrive(probeWith({ SystemRoot: "C:') ; Remove-Item" }))).toBe('C:')
  })
  it('classifies editions by EditionID', () => {
    expect(editionFamily('Core')).toBe('home')
    expect(editionFamily('CoreSingleLanguage')).toBe('home')
    expect(editionFamily('Professional')).toBe('pro')
    expect(editionFamily('ProfessionalWorkstation')).toBe('pro')
    expect(editionFamily('Enterprise')).toBe('pro')
    expect(editionFamily('EducationN')).toBe('pro')
    expect(editionFamily('ServerStandard')).toBe('unknown')
  })
  it('reads the edition and 10 vs 11 from the registry', async () => {
    const e = await readWindowsEdition(new ReplayProbe(fixture('device-encryption-on-home-11-25h2.json')))
    expect(e).toEqual({ family: 'home', editionId: 'Core', major: 11 })
    expect(describeEdition(e)).toBe('Windows 11 Home (EditionID Core)')
    const w10 = await readWindowsEdition(new ReplayProbe(fixture('bitlocker-off-pro-10-22h2.json')))
    expect(w10.major).toBe(10)
    const none = await readWindowsEdition(probeWith({}))
    expect(none).toEqual({ family: 'unknown', editionId: null, major: null })
  })
  it('says the edition as a message with the same English, whatever is known', () => {
    const editions = [
      { family: 'home', editionId: 'Core', major: 11 },
      { family: 'pro', editionId: 'Professional', major: 10 },
      { family: 'unknown', editionId: 'ServerStandard', major: null },
      { family: 'unknown', editionId: null, major: null },
    ] as const
    for (const e of editions) expect(english(editionMsg(e))).toBe(describeEdition(e))
    expect(english(editionMsg({ family: 'unknown', editionId: null, major: null }))).toBe('Windows')
  })
  it('treats output without a final line break as cut short', () => {
    expect(isCompleteOutput('')).toBe(true)
    expect(isCompleteOutput('1\r\n')).toBe(true)
    expect(isCompleteOutput('1')).toBe(false)
  })
})
