import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseRegQuery,
  parseRegQueryBlocks,
  readRegKey,
  regDword,
  regInteger,
  regString,
  regSubkey,
} from '../../../../../main/checks/win32/reg'
import { ReplayProbe } from '../../../../../main/probe/transcript'
import { english } from '../../../../../main/checks/verdict'

const DESKTOP = [
  '',
  'HKEY_CURRENT_USER\\Control Panel\\Desktop',
  '    ActiveWndTrackTimeout    REG_DWORD    0x0',
  '    ScreenSaveActive    REG_SZ    1',
  '    ScreenSaveTimeOut    REG_SZ    600',
  '    SCRNSAVE.EXE    REG_SZ    C:\\Windows\\system32\\scrnsave.scr',
  '    Wallpaper    REG_SZ    ',
  '    DelayLockInterval    REG_DWORD    0xffffffff',
  '    PreferredUILanguages    REG_MULTI_SZ    de-DE\\0en-US\\0',
  '    Pattern Upgrade    REG_SZ    TRUE',
  '    Big    REG_QWORD    0x1d9c3a2b4e5f6a7',
  '    UserPreferencesMask    REG_BINARY    9E1E078012000000',
  '    Path    REG_EXPAND_SZ    %SystemRoot%\\x y',
  '',
  'HKEY_CURRENT_USER\\Control Panel\\Desktop\\WindowMetrics',
  '',
].join('\r\n')

function probeWith(stdout: string, stderr: string, exitCode: number): ReplayProbe {
  return new ReplayProbe({
    format: 'preflight-transcript/v1',
    platform: 'win32',
    arch: 'x64',
    now: '2026-11-20T10:00:00Z',
    env: {},
    commands: [{ argv: ['reg.exe', 'query', 'HKCU\\X'], stdout, stderr, exitCode }],
    files: {},
  })
}

describe('parseRegQuery', () => {
  it('decodes each value type', () => {
    const v = parseRegQuery(DESKTOP)
    expect(v.get('ScreenSaveActive')).toEqual({ type: 'REG_SZ', value: '1' })
    expect(v.get('ActiveWndTrackTimeout')).toEqual({ type: 'REG_DWORD', value: 0 })
    expect(v.get('DelayLockInterval')).toEqual({ type: 'REG_DWORD', value: 0xffffffff })
    expect(v.get('Wallpaper')).toEqual({ type: 'REG_SZ', value: '' })
    expect(v.get('PreferredUILanguages')).toEqual({ type: 'REG_MULTI_SZ', value: ['de-DE', 'en-US'] })
    expect(v.get('Pattern Upgrade')).toEqual({ type: 'REG_SZ', value: 'TRUE' })
    expect(v.get('Big')).toEqual({ type: 'REG_QWORD', value: 0x1d9c3a2b4e5f6a7n })
    expect(v.get('UserPreferencesMask')).toEqual({ type: 'REG_BINARY', value: '9E1E078012000000', raw: true })
    expect(v.get('Path')).toEqual({ type: 'REG_EXPAND_SZ', value: '%SystemRoot%\\x y' })
    expect(v.get('SCRNSAVE.EXE')).toEqual({ type: 'REG_SZ', value: 'C:\\Windows\\system32\\scrnsave.scr' })
    // Subkeys listed after the values are not values of the queried key.
    expect(v.size).toBe(11)
  })

  it('splits /s output into key blocks', () => {
    const text = [
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate',
      '    WUServer    REG_SZ    http://wsus.example:8530',
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU',
      '    NoAutoUpdate    REG_DWORD    0x1',
      '',
      'End of search: 2 match(es) found.',
    ].join('\r\n')
    const blocks = parseRegQueryBlocks(text)
    expect(blocks).toHaveLength(2)
    expect(regSubkey(blocks, 'au')?.values.get('NoAutoUpdate')).toEqual({ type: 'REG_DWORD', value: 1 })
  })

  it('typed readers never guess', () => {
    const v = parseRegQuery(DESKTOP)
    expect(regDword(v, 'delaylockinterval')).toEqual({ kind: 'value', value: 0xffffffff })
    expect(regDword(v, 'ScreenSaveActive').kind).toBe('invalid')
    expect(regDword(v, 'Nope')).toEqual({ kind: 'absent' })
    expect(regString(v, 'ScreenSaveTimeOut')).toEqual({ kind: 'value', value: '600' })
    expect(regInteger(v, 'ScreenSaveTimeOut')).toEqual({ kind: 'value', value: 600 })
    expect(regInteger(v, 'Pattern Upgrade').kind).toBe('invalid')
    const bad = parseRegQuery('HKEY_CURRENT_USER\\X\r\n    A    REG_DWORD    12\r\n')
    expect(regDword(bad, 'A').kind).toBe('invalid')
  })

  it('says why a value is invalid as a message, with the English of `detail`', () => {
    const v = parseRegQuery(DESKTOP)
    const bad = parseRegQuery(
      'HKEY_CURRENT_USER\\X\r\n    A    REG_DWORD    12\r\n    B    REG_BINARY    01\r\n',
    )
    const reads = [
      regDword(v, 'ScreenSaveActive'),
      regDword(bad, 'A'),
      regString(bad, 'B'),
      regInteger(bad, 'B'),
    ]
    for (const r of reads) {
      expect(r.kind).toBe('invalid')
      if (r.kind === 'invalid') expect(english(r.detailMsg)).toBe(r.detail)
    }
    expect(reads.map((r) => (r.kind === 'invalid' ? r.detail : ''))).toEqual([
      'ScreenSaveActive is REG_SZ 1, expected a REG_DWORD number',
      'A is REG_DWORD 12, expected a REG_DWORD number',
      'B is REG_BINARY, expected a string',
      'B is REG_BINARY "01", expected a number',
    ])
  })

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        expect(() => parseRegQueryBlocks(s)).not.toThrow()
        expect(parseRegQuery(s)).toBeInstanceOf(Map)
      }),
    )
  })
})

describe('readRegKey', () => {
  const argv = ['reg.exe', 'query', 'HKCU\\X']
  it('exit 1 with a localized not-found message is missing', async () => {
    const p = probeWith(
      '',
      'FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.\r\n',
      1,
    )
    expect(await readRegKey(p, argv)).toEqual({ kind: 'missing' })
  })
  it('exit 1 with access denied is an error, not missing', async () => {
    for (const msg of ['ERROR: Access is denied.', 'FEHLER: Zugriff verweigert']) {
      const r = await readRegKey(probeWith('', msg, 1), argv)
      expect(r.kind).toBe('error')
    }
  })
  it('exit 0 without a key header is an error', async () => {
    expect((await readRegKey(probeWith('garbage', '', 0), argv)).kind).toBe('error')
  })
  it('a command that could not run is an error', async () => {
    const r = await readRegKey(probeWith('', '', 0), ['reg.exe', 'query', 'HKCU\\Other'])
    expect(r).toMatchObject({ kind: 'error' })
  })
  it('exit 0 gives the values', async () => {
    const r = await readRegKey(probeWith(DESKTOP, '', 0), argv)
    expect(r.kind).toBe('values')
    if (r.kind === 'values') expect(r.values.get('ScreenSaveActive')).toEqual({ type: 'REG_SZ', value: '1' })
  })
})
