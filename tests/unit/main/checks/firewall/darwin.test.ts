import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseGlobalState,
  parseSystemProfilerFirewall,
} from '../../../../../main/checks/firewall/darwin-parse'
import { darwinStrategy } from '../../../../../main/checks/firewall/darwin'
import { exit, failed, fixtureOutput, runStrategy, swVers } from '../darwin-fixture'

const SFW = ['/usr/libexec/ApplicationFirewall/socketfilterfw', '--getglobalstate']
const SP = ['/usr/sbin/system_profiler', '-json', 'SPFirewallDataType']

const spJson = (state: string) =>
  JSON.stringify(
    {
      SPFirewallDataType: [
        {
          _name: 'firewall_settings_item',
          spfirewall_globalstate: `spfirewall_globalstate_${state}`,
          spfirewall_loggingenabled: 'Yes',
          spfirewall_stealthenabled: 'No',
        },
      ],
    },
    null,
    2,
  )

describe('parseGlobalState', () => {
  it.each([
    ['Firewall is disabled. (State = 0)\n', 'off'],
    ['Firewall is enabled. (State = 1)\n', 'on'],
    ['Firewall is enabled. (State = 2)\n', 'block-all'],
    ['Firewall is blocking all non-essential incoming connections. (State = 2)\n', 'block-all'],
  ])('%j → %s', (text, value) => {
    expect(parseGlobalState(text)).toEqual({ ok: true, value })
  })

  it('reads the number, not the words (any wording or language around it)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom(0, 1, 2), (prose, n) => {
        fc.pre(!prose.includes('(State'))
        const r = parseGlobalState(`${prose} (State = ${n})\n`)
        expect(r).toEqual({ ok: true, value: ['off', 'on', 'block-all'][n] })
      }),
    )
  })

  it.each([
    ['', 'empty'],
    ['Firewall is enabled.\n', 'no state number'],
    ['Firewall is enabled. (State = 3)\n', 'unknown number'],
    ['(State = 1)\n(State = 0)\n', 'contradictory'],
    ['Firewall is enabled. (State = \n', 'truncated'],
  ])('%j (%s) is not ok', (text) => {
    expect(parseGlobalState(text).ok).toBe(false)
  })

  it('random text without a state marker is never ok', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        fc.pre(!/\(State = \d+\)/.test(s))
        expect(parseGlobalState(s).ok).toBe(false)
      }),
    )
  })
})

describe('parseSystemProfilerFirewall', () => {
  it.each([
    ['allow_all', 'off'],
    ['limit_connections', 'on'],
    ['block_all', 'block-all'],
  ])('%s → %s', (state, value) => {
    expect(parseSystemProfilerFirewall(spJson(state))).toEqual({ ok: true, value })
  })

  it('reads the value recorded in a fixture', () => {
    const out = fixtureOutput('firewall-sequoia-disagree', SP)
    expect(parseSystemProfilerFirewall(out.stdout)).toEqual({ ok: true, value: 'off' })
  })

  it.each([
    ['', 'empty'],
    ['not json', 'not JSON'],
    ['{"SPFirewallDataType":[]}', 'no items'],
    ['{"SPFirewallDataType":[{"_name":"x"}]}', 'no state'],
    [spJson('something_new'), 'unknown value'],
    [spJson('limit_connections').slice(0, 60), 'truncated'],
  ])('%j (%s) is not ok', (text) => {
    expect(parseSystemProfilerFirewall(text).ok).toBe(false)
  })

  it('never reads arbitrary JSON as a state unless the key holds a known value', () => {
    fc.assert(
      fc.property(fc.json(), (j) => {
        const r = parseSystemProfilerFirewall(j)
        if (r.ok) expect(j).toContain('spfirewall_globalstate_')
      }),
    )
  })
})

describe('macOS firewall strategy', () => {
  it('passes on state 1 outside macOS 15 without asking system_profiler', async () => {
    const v = await runStrategy(darwinStrategy, [
      swVers('14.8.2'),
      exit(SFW, 'Firewall is enabled. (State = 1)\n'),
    ])
    expect(v.status).toBe('pass')
    expect(v.sources).toEqual([SFW.join(' ')])
  })

  it('fails on state 0 with the macOS 12 fix on Monterey', async () => {
    const v = await runStrategy(darwinStrategy, [
      swVers('12.7.6', '21H1320'),
      exit(SFW, 'Firewall is disabled. (State = 0)\n'),
    ])
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe('firewall.darwin.turn-on.macos12')
  })

  it('on macOS 15 passes only when system_profiler agrees', async () => {
    const on = exit(SFW, 'Firewall is enabled. (State = 1)\n')
    expect(
      (await runStrategy(darwinStrategy, [swVers('15.7.2'), on, exit(SP, spJson('limit_connections'))]))
        .status,
    ).toBe('pass')
    const disagree = await runStrategy(darwinStrategy, [swVers('15.7.2'), on, exit(SP, spJson('allow_all'))])
    expect(disagree.status).toBe('unknown')
    expect(disagree.reason).toMatch(
      /socketfilterfw says the firewall is on but system_profiler says it is off/,
    )
    const noSecond = await runStrategy(darwinStrategy, [swVers('15.7.2'), on, failed(SP, 'ETIMEDOUT')])
    expect(noSecond.status).toBe('unknown')
  })

  it('on macOS 15 an "off" from socketfilterfw is a fail even without system_profiler', async () => {
    const v = await runStrategy(darwinStrategy, [
      swVers('15.7.2'),
      exit(SFW, 'Firewall is disabled. (State = 0)\n'),
      failed(SP, 'ENOENT'),
    ])
    expect(v.status).toBe('fail')
  })

  it('treats an unknown macOS version like 15 (cross-check required)', async () => {
    const on = exit(SFW, 'Firewall is enabled. (State = 1)\n')
    expect((await runStrategy(darwinStrategy, [on])).status).toBe('unknown')
    expect((await runStrategy(darwinStrategy, [on, exit(SP, spJson('block_all'))])).status).toBe('pass')
  })

  it('falls back to system_profiler when socketfilterfw fails', async () => {
    const v = await runStrategy(darwinStrategy, [
      swVers('26.1', '25B78'),
      failed(SFW, 'EACCES'),
      exit(SP, spJson('allow_all')),
    ])
    expect(v.status).toBe('fail')
    expect(v.sources).toContain(SP.join(' '))
  })

  it('is unknown when neither source answers', async () => {
    const v = await runStrategy(darwinStrategy, [
      swVers('14.8.2'),
      failed(SFW, 'ENOENT'),
      failed(SP, 'ENOENT'),
    ])
    expect(v.status).toBe('unknown')
    expect(v.reason).toMatch(/socketfilterfw/)
  })

  it('never passes when socketfilterfw prints random text and system_profiler is missing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 80 }),
        fc.constantFrom('13.7.8', '15.7.2', '26.1'),
        async (s, ver) => {
          fc.pre(!/\(State = [12]\)/.test(s))
          const v = await runStrategy(darwinStrategy, [swVers(ver), exit(SFW, s)])
          expect(v.status).not.toBe('pass')
        },
      ),
      { numRuns: 150 },
    )
  })
})
