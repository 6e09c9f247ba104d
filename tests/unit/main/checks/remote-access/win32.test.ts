import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  effectiveRdp,
  LISTENERS_ARGV,
  parseNetTcpListeners,
  RDP_ARGV,
  RDP_POLICY_ARGV,
  SSHD_QC,
  SSHD_QUERY,
  win32Strategy,
} from '../../../../../main/checks/remote-access/win32'
import type { RegKeyRead } from '../../../../../main/checks/win32/reg'
import { parseRegQuery } from '../../../../../main/checks/win32/reg'
import { failed, fixture, ok, runStrategy, stdoutOf, withCommands } from '../win32/harness'

const ALL_OFF = fixture('remote-login-all-off-pro-11-25h2.json')
const values = (name: string, type: string, data: string): RegKeyRead => {
  const text = `\r\nHKEY_LOCAL_MACHINE\\X\r\n    ${name}    ${type}    ${data}\r\n\r\n`
  const v = parseRegQuery(text)
  return { kind: 'values', blocks: [{ key: 'HKEY_LOCAL_MACHINE\\X', values: v }], values: v }
}

describe('Get-NetTCPConnection JSON', () => {
  it('reads addresses and port numbers; a single object is a one-element list', () => {
    const t = parseNetTcpListeners(
      '[{"LocalAddress":"0.0.0.0","LocalPort":3389},{"LocalAddress":"::1","LocalPort":22}]\r\n',
    )
    expect(t?.listeners).toEqual([
      { address: '0.0.0.0', port: 3389, loopback: false },
      { address: '::1', port: 22, loopback: true },
    ])
    expect(parseNetTcpListeners('{"LocalAddress":"127.0.0.1","LocalPort":5900}\r\n')?.listeners).toHaveLength(
      1,
    )
  })

  it('refuses empty, cut or non-JSON output, and counts malformed entries', () => {
    for (const bad of [
      '',
      '[]\r\n',
      '[{"LocalAddress":"0.0.0.0","LocalPort":3389}',
      'Zugriff verweigert\r\n',
    ])
      expect(parseNetTcpListeners(bad), bad).toBeNull()
    expect(
      parseNetTcpListeners(
        '[{"LocalAddress":"0.0.0.0","LocalPort":"22"},{"LocalAddress":"::","LocalPort":135}]\r\n',
      )?.unparsed,
    ).toBe(1)
  })
})

describe('effective Remote Desktop setting', () => {
  const missing: RegKeyRead = { kind: 'missing' }
  const denied: RegKeyRead = { kind: 'error', reason: 'access denied' }
  it('a policy value wins over the local one', () => {
    expect(
      effectiveRdp(
        values('fDenyTSConnections', 'REG_DWORD', '0x1'),
        values('fDenyTSConnections', 'REG_DWORD', '0x0'),
      ),
    ).toEqual({ kind: 'allowed', via: 'policy' })
    expect(
      effectiveRdp(
        values('fDenyTSConnections', 'REG_DWORD', '0x0'),
        values('fDenyTSConnections', 'REG_DWORD', '0x1'),
      ),
    ).toEqual({ kind: 'denied', via: 'policy' })
  })
  it('local 0 allows even when the policy is unreadable; local 1 with an unreadable policy is a problem', () => {
    expect(effectiveRdp(values('fDenyTSConnections', 'REG_DWORD', '0x0'), denied).kind).toBe('allowed')
    expect(effectiveRdp(values('fDenyTSConnections', 'REG_DWORD', '0x1'), denied).kind).toBe('problem')
    expect(effectiveRdp(missing, missing)).toEqual({ kind: 'denied', via: 'default' })
    expect(effectiveRdp(values('fDenyTSConnections', 'REG_SZ', '0'), missing).kind).toBe('problem')
  })
})

describe('remote-access on Windows', () => {
  it('the all-off fixture passes', async () => {
    expect((await runStrategy(win32Strategy, ALL_OFF)).status).toBe('pass')
  })

  it('sshd running fails; running but bound to loopback only passes', async () => {
    const running = ok(SSHD_QUERY, stdoutOf(fixture('ra-openssh-running-pro-11-25h2.json'), SSHD_QUERY))
    const manual = ok(SSHD_QC, stdoutOf(fixture('ra-openssh-manual-stopped-german-10-22h2.json'), SSHD_QC))
    const open = await runStrategy(win32Strategy, withCommands(ALL_OFF, [running, manual]))
    expect(open.status).toBe('fail')
    expect(open.remediationId).toBe('remote-access.win32.openssh')
    const base = JSON.parse(stdoutOf(ALL_OFF, LISTENERS_ARGV)) as unknown[]
    const lo = ok(
      LISTENERS_ARGV,
      JSON.stringify([...base, { LocalAddress: '127.0.0.1', LocalPort: 22 }]) + '\r\n',
    )
    const local = await runStrategy(win32Strategy, withCommands(ALL_OFF, [running, manual, lo]))
    expect(local.status).toBe('pass')
    expect(local.observed.join('\n')).toMatch(/listens only on loopback/)
  })

  it('sshd stopped but automatic starts at boot: fail', async () => {
    const stopped = ok(
      SSHD_QUERY,
      stdoutOf(fixture('ra-openssh-installed-disabled-11-24h2.json'), SSHD_QUERY),
    )
    const auto = ok(SSHD_QC, stdoutOf(fixture('ra-openssh-running-pro-11-25h2.json'), SSHD_QC))
    expect((await runStrategy(win32Strategy, withCommands(ALL_OFF, [stopped, auto]))).status).toBe('fail')
  })

  it('an unreadable policy key with RDP locally off is unknown; other sc.exe errors are unknown', async () => {
    const policyDenied = ok(RDP_POLICY_ARGV, '', 'FEHLER: Zugriff verweigert\r\n', 1)
    expect((await runStrategy(win32Strategy, withCommands(ALL_OFF, [policyDenied]))).status).toBe('unknown')
    const scDenied = ok(SSHD_QUERY, '[SC] OpenService FAILED 5:\r\n\r\nAccess is denied.\r\n', '', 5)
    expect((await runStrategy(win32Strategy, withCommands(ALL_OFF, [scDenied]))).status).toBe('unknown')
    expect(
      (await runStrategy(win32Strategy, withCommands(ALL_OFF, [failed(RDP_ARGV, 'ETIMEDOUT'), policyDenied])))
        .status,
    ).toBe('unknown')
  })

  it('random listener, sc.exe or reg.exe output never passes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 150 }), fc.constantFrom(0, 1, 2), async (s, which) => {
        const argv = [LISTENERS_ARGV, SSHD_QUERY, RDP_ARGV][which] as string[]
        const v = await runStrategy(win32Strategy, withCommands(ALL_OFF, [ok(argv, s)]))
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 150 },
    )
  })
})
