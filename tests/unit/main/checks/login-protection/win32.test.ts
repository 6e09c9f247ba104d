import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AUTO_LOGON_ARGV,
  GUEST_CIM_ARGV,
  GUEST_LOCALUSER_ARGV,
  judgeAutoAdminLogon,
  parseGuestJson,
  win32Strategy,
} from '../../../../../main/checks/login-protection/win32'
import { parseRegQuery, type RegKeyRead } from '../../../../../main/checks/win32/reg'
import { failed, fixture, NOT_FOUND, ok, runStrategy, withCommands } from '../win32/harness'

const ALL_OFF = fixture('remote-login-all-off-pro-11-25h2.json')
const SID = 'S-1-5-21-3623811015-3361044348-30300820'
const reg = (type: string, data: string): RegKeyRead => {
  const v = parseRegQuery(`\r\nHKEY_LOCAL_MACHINE\\X\r\n    AutoAdminLogon    ${type}    ${data}\r\n\r\n`)
  return { kind: 'values', blocks: [{ key: 'HKEY_LOCAL_MACHINE\\X', values: v }], values: v }
}

describe('AutoAdminLogon', () => {
  it('string or DWORD, any non-zero is on; absent or "0" or empty is off', () => {
    expect(judgeAutoAdminLogon(reg('REG_SZ', '1')).kind).toBe('on')
    expect(judgeAutoAdminLogon(reg('REG_DWORD', '0x1')).kind).toBe('on')
    expect(judgeAutoAdminLogon(reg('REG_SZ', '0')).kind).toBe('off')
    expect(judgeAutoAdminLogon(reg('REG_DWORD', '0x0')).kind).toBe('off')
    expect(judgeAutoAdminLogon(reg('REG_SZ', '')).kind).toBe('off')
    expect(judgeAutoAdminLogon({ kind: 'missing' }).kind).toBe('off')
    expect(judgeAutoAdminLogon(reg('REG_SZ', 'yes')).kind).toBe('problem')
    expect(judgeAutoAdminLogon(reg('REG_BINARY', '01')).kind).toBe('problem')
  })
})

describe('Guest account by SID', () => {
  it('only RID 501 of a machine SID counts, never a name', () => {
    expect(parseGuestJson(`[{"Enabled":true,"SID":"${SID}-501"}]\r\n`)).toEqual({ kind: 'enabled' })
    expect(parseGuestJson(`{"Enabled":false,"SID":"${SID}-501"}\r\n`)).toEqual({ kind: 'disabled' })
    expect(parseGuestJson(`[{"Disabled":false,"SID":"${SID}-501"}]\r\n`)).toEqual({ kind: 'enabled' })
    for (const sid of [`${SID}-5010`, `${SID}-1501`, 'S-1-5-32-501', `${SID}-500`])
      expect(parseGuestJson(`[{"Enabled":true,"SID":"${sid}","Name":"Guest"}]\r\n`).kind, sid).toBe('problem')
  })
  it('states must be booleans; empty, cut or non-JSON output is a problem', () => {
    expect(parseGuestJson(`[{"Enabled":"True","SID":"${SID}-501"}]\r\n`).kind).toBe('problem')
    for (const bad of ['', '[]\r\n', `[{"Enabled":false,"SID":"${SID}-501"}`, 'Zugriff verweigert\r\n'])
      expect(parseGuestJson(bad).kind, bad).toBe('problem')
  })
})

describe('login-protection on Windows', () => {
  it('the all-off fixture passes', async () => {
    expect((await runStrategy(win32Strategy, ALL_OFF)).status).toBe('pass')
  })

  it('a failed Get-LocalUser falls back to Win32_UserAccount', async () => {
    const t = withCommands(ALL_OFF, [
      failed(GUEST_LOCALUSER_ARGV, 'EIO'),
      ok(GUEST_CIM_ARGV, `[{"Disabled":false,"SID":"${SID}-501"}]\r\n`),
    ])
    const v = await runStrategy(win32Strategy, t)
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe('login-protection.win32.guest')
  })

  it('AutoAdminLogon on decides fail even when the Guest account cannot be read', async () => {
    const t = withCommands(ALL_OFF, [
      ok(
        AUTO_LOGON_ARGV,
        '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\r\n    AutoAdminLogon    REG_SZ    1\r\n\r\n',
      ),
      failed(GUEST_LOCALUSER_ARGV, 'ENOENT'),
      failed(GUEST_CIM_ARGV, 'ENOENT'),
    ])
    const v = await runStrategy(win32Strategy, t)
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/Guest/)
  })

  it('reg.exe "access denied" in German is not "not set"', async () => {
    const t = withCommands(ALL_OFF, [ok(AUTO_LOGON_ARGV, '', 'FEHLER: Zugriff verweigert\r\n', 1)])
    expect((await runStrategy(win32Strategy, t)).status).toBe('unknown')
    const nf = withCommands(ALL_OFF, [ok(AUTO_LOGON_ARGV, '', NOT_FOUND, 1)])
    expect((await runStrategy(win32Strategy, nf)).status).toBe('pass')
  })

  it('random Guest query or AutoAdminLogon output never passes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 150 }), fc.boolean(), async (s, guest) => {
        const t = guest
          ? withCommands(ALL_OFF, [ok(GUEST_LOCALUSER_ARGV, s), ok(GUEST_CIM_ARGV, s)])
          : withCommands(ALL_OFF, [ok(AUTO_LOGON_ARGV, s)])
        expect((await runStrategy(win32Strategy, t)).status).not.toBe('pass')
      }),
      { numRuns: 150 },
    )
  })
})
