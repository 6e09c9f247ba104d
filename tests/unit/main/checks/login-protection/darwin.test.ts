import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  AUTO_LOGIN_ARGV,
  darwinStrategy,
  FDESETUP_STATUS,
  GUEST_ARGV,
  parseDefaultsBool,
  parseDefaultsRead,
  parseSysadminctlGuest,
  SYSADMINCTL_GUEST,
} from '../../../../../main/checks/login-protection/darwin'
import { exit, failed, runStrategy, swVers } from '../darwin-fixture'

const absent = (key: string) =>
  exit(
    ['/usr/bin/defaults', 'read', '/Library/Preferences/com.apple.loginwindow', key],
    '',
    `\n2026-11-24 06:10:12.345 defaults[1234:56789] \nThe domain/default pair of (/Library/Preferences/com.apple.loginwindow, ${key}) does not exist\n`,
    1,
  )
const base = [
  swVers('15.7.2'),
  absent('autoLoginUser'),
  exit(GUEST_ARGV, '0\n'),
  exit(FDESETUP_STATUS, 'FileVault is Off.\n'),
]
const withCmd = (...cmds: ReturnType<typeof exit>[]) => {
  const keys = new Set(cmds.map((c) => JSON.stringify(c.argv)))
  return [...base.filter((c) => !keys.has(JSON.stringify(c.argv))), ...cmds]
}

describe('defaults and sysadminctl', () => {
  it('tells "not set" (exit 1, does not exist) from a value and from failures', () => {
    expect(
      parseDefaultsRead(AUTO_LOGIN_ARGV, { kind: 'exit', stdout: 'alex\n', stderr: '', exitCode: 0 }),
    ).toEqual({ kind: 'value', value: 'alex' })
    expect(
      parseDefaultsRead(AUTO_LOGIN_ARGV, {
        kind: 'exit',
        stdout: '',
        stderr: 'The domain/default pair of (x, y) does not exist\n',
        exitCode: 1,
      }),
    ).toEqual({ kind: 'absent' })
    expect(
      parseDefaultsRead(AUTO_LOGIN_ARGV, {
        kind: 'exit',
        stdout: '',
        stderr: 'Operation not permitted\n',
        exitCode: 1,
      }).kind,
    ).toBe('problem')
    expect(
      parseDefaultsRead(AUTO_LOGIN_ARGV, { kind: 'exit', stdout: 'ale', stderr: '', exitCode: 0 }).kind,
    ).toBe('problem')
    expect(parseDefaultsRead(AUTO_LOGIN_ARGV, { kind: 'error', error: 'ETIMEDOUT' }).kind).toBe('problem')
  })
  it('booleans as defaults prints them', () => {
    expect(['1', 'YES', 'true'].map(parseDefaultsBool)).toEqual([true, true, true])
    expect(['0', 'NO', 'false'].map(parseDefaultsBool)).toEqual([false, false, false])
    expect(['2', '', 'on'].map(parseDefaultsBool)).toEqual([null, null, null])
  })
  it('sysadminctl answers on stderr; both or neither answer is no answer', () => {
    const sa = (stderr: string, exitCode = 0) => ({ kind: 'exit' as const, stdout: '', stderr, exitCode })
    expect(
      parseSysadminctlGuest(sa('2026-11-24 06:10:12.512 sysadminctl[2211:40112] Guest account disabled.\n')),
    ).toBe(false)
    expect(
      parseSysadminctlGuest(sa('2026-11-24 06:10:12.512 sysadminctl[2211:40112] Guest account enabled.\n')),
    ).toBe(true)
    expect(parseSysadminctlGuest(sa('Guest account enabled.\nGuest account disabled.\n'))).toBeNull()
    expect(parseSysadminctlGuest(sa('Guest account enabled.\n', 1))).toBeNull()
  })
})

describe('login-protection on macOS', () => {
  it('automatic login with FileVault off fails; with FileVault on it passes with an observation', async () => {
    const auto = exit(AUTO_LOGIN_ARGV, 'alex\n')
    const off = await runStrategy(darwinStrategy, withCmd(auto))
    expect(off.status).toBe('fail')
    expect(JSON.stringify(off)).not.toContain('alex')
    const on = await runStrategy(darwinStrategy, withCmd(auto, exit(FDESETUP_STATUS, 'FileVault is On.\n')))
    expect(on.status).toBe('pass')
    expect(on.observed.join('\n')).toMatch(/FileVault is on/)
  })

  it('automatic login with FileVault unreadable still fails (the setting is on)', async () => {
    const v = await runStrategy(
      darwinStrategy,
      withCmd(exit(AUTO_LOGIN_ARGV, 'alex\n'), failed(FDESETUP_STATUS, 'ETIMEDOUT')),
    )
    expect(v.status).toBe('fail')
  })

  it('guest on fails; GuestEnabled absent falls back to sysadminctl', async () => {
    expect((await runStrategy(darwinStrategy, withCmd(exit(GUEST_ARGV, '1\n')))).status).toBe('fail')
    const fallback = await runStrategy(
      darwinStrategy,
      withCmd(
        absent('GuestEnabled'),
        exit(SYSADMINCTL_GUEST, '', '2026-11-24 06:10:12.512 sysadminctl[1:2] Guest account enabled.\n'),
      ),
    )
    expect(fallback.status).toBe('fail')
    const none = await runStrategy(
      darwinStrategy,
      withCmd(absent('GuestEnabled'), failed(SYSADMINCTL_GUEST, 'ENOENT')),
    )
    expect(none.status).toBe('unknown')
  })

  it('macOS 12 gets the System Preferences fix', async () => {
    const v = await runStrategy(darwinStrategy, withCmd(swVers('12.7.6', '21H1320'), exit(GUEST_ARGV, '1\n')))
    expect(v.remediationId).toBe('login-protection.darwin.users.macos12')
  })

  it('random GuestEnabled or sysadminctl output never passes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), fc.boolean(), async (s, viaDefaults) => {
        fc.pre(parseDefaultsBool(s) === null || !viaDefaults)
        fc.pre(!/Guest account disabled\.?\s*$/m.test(s))
        const cmds = viaDefaults
          ? withCmd(exit(GUEST_ARGV, `${s}\n`))
          : withCmd(absent('GuestEnabled'), exit(SYSADMINCTL_GUEST, '', s))
        expect((await runStrategy(darwinStrategy, cmds)).status).not.toBe('pass')
      }),
      { numRuns: 150 },
    )
  })
})
