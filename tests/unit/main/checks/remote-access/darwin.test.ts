import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArdMarker, parsePrintDisabled } from '../../../../../main/checks/remote-access/darwin-parse'
import { darwinStrategy, NETSTAT, PRINT_DISABLED } from '../../../../../main/checks/remote-access/darwin'
import { exit, failed, fixtureOutput, runStrategy, swVers } from '../darwin-fixture'

const PD_13 =
  'disabled services = {\n\t"com.openssh.sshd" => disabled\n\t"com.apple.screensharing" => enabled\n}\nlogin-mode services = {\n}\n'
const PD_12 =
  'disabled services = {\n\t"com.openssh.sshd" => true\n\t"com.apple.screensharing" => false\n}\nlogin-mode services = {\n}\n'
const NETSTAT_QUIET =
  'Active Internet connections (including servers)\nProto Recv-Q Send-Q  Local Address          Foreign Address        (state)    \ntcp4       0      0  *.7000                 *.*                    LISTEN     \n'

describe('launchctl print-disabled', () => {
  it('maps both token dialects: 13+ enabled/disabled, 12 false = on, true = off', () => {
    expect(parsePrintDisabled(PD_13)).toEqual(
      new Map([
        ['com.openssh.sshd', 'disabled'],
        ['com.apple.screensharing', 'enabled'],
      ]),
    )
    expect(parsePrintDisabled(PD_12)).toEqual(parsePrintDisabled(PD_13))
  })

  it('reads only the disabled-services block, and refuses unknown tokens or a missing brace', () => {
    expect(
      parsePrintDisabled(
        'disabled services = {\n}\nlogin-mode services = {\n\t"com.openssh.sshd" => enabled\n}\n',
      ),
    ).toEqual(new Map())
    expect(parsePrintDisabled('disabled services = {\n\t"com.openssh.sshd" => maybe\n}\n')).toBeNull()
    expect(parsePrintDisabled('disabled services = {\n\t"com.openssh.sshd" => enabled\n')).toBeNull()
    expect(parsePrintDisabled('Could not find domain for system\n')).toBeNull()
  })

  it('random text never yields a parsed block that says everything is off', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const m = parsePrintDisabled(s)
        if (m !== null) expect(s).toMatch(/disabled services = \{/)
      }),
    )
  })
})

describe('ARD marker', () => {
  it('"enabled" is on, "disabled" off, anything else unrecognised (never off)', () => {
    expect(parseArdMarker('enabled\n')).toBe('enabled')
    expect(parseArdMarker('disabled')).toBe('disabled')
    expect(parseArdMarker('')).toBe('unrecognised')
    expect(parseArdMarker('<plist/>')).toBe('unrecognised')
  })
})

describe('remote-access on macOS', () => {
  const pdQuiet = exit(PRINT_DISABLED, 'disabled services = {\n\t"com.openssh.sshd" => disabled\n}\n')
  const nsQuiet = exit(NETSTAT, NETSTAT_QUIET)
  const quiet = [swVers('15.7.2'), pdQuiet, nsQuiet]

  it('passes when overrides and sockets are both read and nothing is on', async () => {
    const v = await runStrategy(darwinStrategy, quiet)
    expect(v.status).toBe('pass')
    expect(v.remediationId).toBe('remote-access.darwin.sharing')
  })

  it('Screen Sharing on in the old dialect fails, with the macOS 12 fix', async () => {
    const v = await runStrategy(darwinStrategy, [
      swVers('12.7.6', '21H1320'),
      exit(PRINT_DISABLED, PD_12),
      exit(NETSTAT, NETSTAT_QUIET),
    ])
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe('remote-access.darwin.sharing.macos12')
    expect(v.observed.join('\n')).toMatch(/Screen Sharing is on/)
  })

  it('a listening *.22 decides fail even when launchctl hangs', async () => {
    const out = fixtureOutput('ra-launchctl-hung-ssh-listening-sequoia', NETSTAT)
    const v = await runStrategy(darwinStrategy, [
      swVers('15.7.2'),
      failed(PRINT_DISABLED, 'ETIMEDOUT'),
      exit(NETSTAT, out.stdout),
    ])
    expect(v.status).toBe('fail')
  })

  it('hung or missing tools, or netstat without its title, are unknown', async () => {
    for (const cmds of [
      [swVers('15.7.2'), failed(PRINT_DISABLED, 'ETIMEDOUT'), exit(NETSTAT, NETSTAT_QUIET)],
      [swVers('15.7.2'), pdQuiet, failed(NETSTAT, 'ENOENT')],
      [swVers('15.7.2'), pdQuiet, exit(NETSTAT, '')],
      [
        swVers('15.7.2'),
        exit(PRINT_DISABLED, '', 'Could not find domain for system\n', 113),
        exit(NETSTAT, NETSTAT_QUIET),
      ],
    ]) {
      const v = await runStrategy(darwinStrategy, cmds)
      expect(v.status).toBe('unknown')
      expect(v.reason).toMatch(/Sharing/)
    }
  })

  it('random launchctl or netstat output never passes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 150 }), fc.boolean(), async (s, pd) => {
        fc.pre(!/disabled services = \{/.test(s) && !/^Active Internet connections/m.test(s))
        const cmds = pd
          ? [swVers('15.7.2'), exit(PRINT_DISABLED, s), nsQuiet]
          : [swVers('15.7.2'), pdQuiet, exit(NETSTAT, s)]
        const v = await runStrategy(darwinStrategy, cmds)
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 100 },
    )
  })
})
