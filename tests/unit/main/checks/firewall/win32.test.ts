import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodeProductState,
  effectiveState,
  GPO_ARGV,
  LOCAL_PRIVATE_ARGV,
  LOCAL_PUBLIC_ARGV,
  NETSH_ARGV,
  parseGpo,
  parseNetshStates,
  parseProfileLines,
  parseThirdParty,
  PROFILE_ARGV,
  SERVICE_ARGV,
  THIRD_PARTY_ARGV,
  win32Strategy,
} from '../../../../../main/checks/firewall/win32'
import { parseRegQueryBlocks } from '../../../../../main/checks/win32/reg'
import {
  failed,
  fixture,
  HEALTHY,
  NOT_FOUND,
  ok,
  runStrategy,
  stdoutOf,
  withCommands,
} from '../win32/harness'

const NETSH_EN = stdoutOf(fixture('german-11-pro-netsh-fallback.json'), NETSH_ARGV)
  .replace('Domänenprofil-Einstellungen', 'Domain Profile Settings')
  .replace('Privates Profil-Einstellungen', 'Private Profile Settings')
  .replace('Öffentliches Profil-Einstellungen', 'Public Profile Settings')
  .replace(/Status {32}EIN/g, 'State                                 ON')
  .replace('OK.', 'Ok.')
const NETSH_DE = stdoutOf(fixture('german-11-pro-netsh-fallback.json'), NETSH_ARGV)

/** A machine where only netsh can answer (PowerShell gone, registry values refused). */
function netshOnly(stdout: string) {
  return withCommands(fixture(HEALTHY), [
    failed(PROFILE_ARGV, 'ENOENT'),
    failed(THIRD_PARTY_ARGV, 'ENOENT'),
    ok(LOCAL_PRIVATE_ARGV, '', 'ERROR: Access is denied.\r\n', 1),
    ok(LOCAL_PUBLIC_ARGV, '', 'ERROR: Access is denied.\r\n', 1),
    ok(NETSH_ARGV, stdout),
  ])
}

describe('parseProfileLines', () => {
  it('reads Name=Enabled lines', () => {
    expect(parseProfileLines('Domain=True\r\nPrivate=True\r\nPublic=False\r\n')).toEqual({
      domain: 'on',
      private: 'on',
      public: 'off',
    })
    expect(parseProfileLines('Private=NotConfigured\r\nPublic=True\r\n')).toEqual({
      domain: 'unknown',
      private: 'unknown',
      public: 'on',
    })
  })
  it('an empty or partial profile list is never a result', () => {
    expect(parseProfileLines('')).toBeNull()
    expect(parseProfileLines('\r\n')).toBeNull()
    expect(parseProfileLines('Domain=True\r\n')).toBeNull()
    expect(parseProfileLines('Private=True\r\n')).toBeNull()
    expect(parseProfileLines('Domain=True\r\nPrivate=True\r\nPublic=Tru')).toBeNull()
    expect(parseProfileLines('Private=True\r\nPublic=True\r\nWARNING: x\r\n')).toBeNull()
    expect(parseProfileLines('Private=True\r\nPrivate=False\r\nPublic=True\r\n')).toBeNull()
    expect(parseProfileLines('Privat=Wahr\r\nÖffentlich=Wahr\r\n')).toBeNull()
  })
})

describe('parseNetshStates', () => {
  it('reads English and German output by position', () => {
    expect(parseNetshStates(NETSH_EN)).toEqual({ domain: 'on', private: 'on', public: 'on' })
    expect(parseNetshStates(NETSH_DE)).toEqual({ domain: 'on', private: 'on', public: 'on' })
    expect(parseNetshStates(NETSH_DE.replace(/EIN(\r\nOK\.)/, 'AUS$1'))).toEqual({
      domain: 'on',
      private: 'on',
      public: 'off',
    })
  })
  it('zero sections, unknown words and missing sections are never a result', () => {
    expect(parseNetshStates('')).toBeNull()
    expect(parseNetshStates('Ok.\r\n')).toBeNull()
    expect(parseNetshStates(NETSH_EN.replace(/ON/g, 'ACTIVÉ'))).toBeNull()
    const twoSections = NETSH_EN.slice(0, NETSH_EN.indexOf('Public Profile')) + 'Ok.\r\n'
    expect(parseNetshStates(twoSections)).toBeNull()
  })
  it('no prefix of the output passes before all three states are printed', () => {
    const full = NETSH_EN.trimEnd()
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.lastIndexOf('ON') + 1 }), (n) => {
        expect(parseNetshStates(NETSH_EN.slice(0, n))).toBeNull()
      }),
    )
  })
})

describe('Security Center productState', () => {
  it('table', () => {
    expect(decodeProductState(0x41000)).toBe('on')
    expect(decodeProductState(0x41010)).toBe('on')
    expect(decodeProductState(0x40000)).toBe('off')
    expect(decodeProductState(0x40010)).toBe('off')
    expect(decodeProductState(0x41100)).toBe('unclear')
    expect(decodeProductState(0x40100)).toBe('unclear')
  })
  it('parses displayName|productState lines', () => {
    expect(parseThirdParty('')).toEqual([])
    expect(parseThirdParty('ESET Security|266240\r\n')).toEqual([
      { name: 'ESET Security', productState: 266240, state: 'on' },
    ])
    expect(parseThirdParty('A|b|266240\r\n')?.[0]?.name).toBe('A|b')
    expect(parseThirdParty('ESET Security\r\n')).toBeNull()
    expect(parseThirdParty('ESET|26624x\r\n')).toBeNull()
    expect(parseThirdParty('ESET|4096')).toBeNull() // cut short
  })
})

describe('parseGpo', () => {
  const k = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall'
  const gpo = (...blocks: [string, string][]) =>
    parseGpo(
      parseRegQueryBlocks(
        [
          '',
          k,
          ...blocks.flatMap(([n, v]) => ['', `${k}\\${n}`, `    EnableFirewall    REG_DWORD    ${v}`]),
          '',
        ].join('\r\n'),
      ),
    )
  it('reads per-profile policy values', () => {
    expect(parseGpo(null)).toEqual({ private: null, public: null })
    expect(gpo(['PublicProfile', '0x0'], ['PrivateProfile', '0x1'])).toEqual({ private: 'on', public: 'off' })
    expect(gpo(['PublicProfile', '0x2'])).toEqual({ private: null, public: 'unknown' })
  })
  it('applies only an "off" from the legacy StandardProfile', () => {
    expect(gpo(['StandardProfile', '0x0'])).toEqual({ private: 'off', public: 'off' })
    expect(gpo(['StandardProfile', '0x1'])).toEqual({ private: null, public: null })
    expect(gpo(['StandardProfile', '0x0'], ['PublicProfile', '0x1'])).toEqual({
      private: 'off',
      public: 'on',
    })
  })
})

describe('effectiveState', () => {
  it('policy wins; an unreadable policy leaves the local value undecided either way', () => {
    expect(effectiveState('on', 'off', false)).toBe('off')
    expect(effectiveState('off', 'on', false)).toBe('on')
    expect(effectiveState('on', null, true)).toBe('unknown')
    // A policy could turn the profile on as well as off.
    expect(effectiveState('off', null, true)).toBe('unknown')
    expect(effectiveState('on', null, false)).toBe('on')
  })
})

describe('win32 firewall strategy', () => {
  it('an empty profile list never passes, whatever else is readable', async () => {
    for (const stdout of ['', '\r\n', 'Domain=True\r\n']) {
      const t = withCommands(fixture(HEALTHY), [
        ok(PROFILE_ARGV, stdout),
        ok(LOCAL_PRIVATE_ARGV, '', NOT_FOUND, 1),
        ok(LOCAL_PUBLIC_ARGV, '', NOT_FOUND, 1),
      ])
      const v = await runStrategy(win32Strategy, t)
      expect(v.status).toBe('unknown')
      expect(v.reason).toBeTruthy()
    }
  })

  it('random profile output passes only when Private and Public read True', async () => {
    const line = fc.oneof(
      fc.constantFrom(
        'Domain=True',
        'Private=True',
        'Public=True',
        'Private=False',
        'Public=NotConfigured',
        'Öffentlich=Wahr',
        '',
      ),
      fc.string({ maxLength: 20 }),
    )
    const base = withCommands(fixture(HEALTHY), [
      ok(LOCAL_PRIVATE_ARGV, '', NOT_FOUND, 1),
      ok(LOCAL_PUBLIC_ARGV, '', NOT_FOUND, 1),
    ])
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 5 }), fc.boolean(), async (ls, crlf) => {
        const stdout = ls.join('\r\n') + (crlf ? '\r\n' : '')
        const v = await runStrategy(win32Strategy, withCommands(base, [ok(PROFILE_ARGV, stdout)]))
        if (v.status === 'pass') {
          const parsed = parseProfileLines(stdout)
          expect(parsed?.private).toBe('on')
          expect(parsed?.public).toBe('on')
        }
      }),
      { numRuns: 150 },
    )
  })

  it('random netsh output never passes unless three known states are all on', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.integer({ min: 0, max: NETSH_DE.length }).map((n) => NETSH_DE.slice(0, n)),
        ),
        async (stdout) => {
          const v = await runStrategy(win32Strategy, netshOnly(stdout))
          if (v.status === 'pass')
            expect(parseNetshStates(stdout)).toEqual({ domain: 'on', private: 'on', public: 'on' })
        },
      ),
      { numRuns: 150 },
    )
  })

  it('Windows Firewall on still needs its service running', async () => {
    const t = withCommands(fixture(HEALTHY), [failed(SERVICE_ARGV, 'ENOENT')])
    expect((await runStrategy(win32Strategy, t)).status).toBe('unknown')
  })

  it('an unreadable Group Policy key makes "on" unknown', async () => {
    const t = withCommands(fixture(HEALTHY), [ok(GPO_ARGV, '', 'ERROR: Access is denied.\r\n', 1)])
    expect((await runStrategy(win32Strategy, t)).status).toBe('unknown')
  })

  it('Windows off and the third-party list unreadable is unknown: another firewall may be on', async () => {
    const t = withCommands(fixture('firewall-public-off-11-24h2.json'), [
      failed(THIRD_PARTY_ARGV, 'ETIMEDOUT'),
    ])
    const v = await runStrategy(win32Strategy, t)
    expect(v.status).toBe('unknown')
    expect(v.reason).toMatch(/Security Center firewall list/)
    // The same with the list read and empty decides a fail.
    const listed = withCommands(fixture('firewall-public-off-11-24h2.json'), [ok(THIRD_PARTY_ARGV, '')])
    expect((await runStrategy(win32Strategy, listed)).status).toBe('fail')
  })

  it('one profile read off in the registry decides a fail when the other and netsh cannot be read', async () => {
    const value = (profile: string, v: 0 | 1) =>
      `\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy\\${profile}\r\n    EnableFirewall    REG_DWORD    0x${v}\r\n\r\n`
    const machine = (publicValue: 0 | 1) =>
      withCommands(netshOnly('garbage\r\n'), [
        ok(LOCAL_PUBLIC_ARGV, value('PublicProfile', publicValue)),
        // Security Center lists no other firewall.
        ok(THIRD_PARTY_ARGV, ''),
      ])
    const off = await runStrategy(win32Strategy, machine(0))
    expect(off.status).toBe('fail')
    expect(off.summary).toMatch(/public/)
    // The same partial read saying "on" cannot pass: the private profile is unknown.
    expect((await runStrategy(win32Strategy, machine(1))).status).toBe('unknown')
  })

  it('a snoozed/unclear third-party state does not pass', async () => {
    const t = withCommands(fixture('firewall-eset-third-party-11-25h2.json'), [
      ok(THIRD_PARTY_ARGV, 'ESET Internet Security|266496\r\n'),
    ])
    expect((await runStrategy(win32Strategy, t)).status).toBe('fail')
  })
})
