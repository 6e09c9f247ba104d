import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseKeyValues,
  parseNftConfig,
  parseNftJson,
  ufwEnabled,
  ufwInputPolicyBlocks,
} from '../../../../../main/checks/firewall/nft-ruleset'
import { linuxStrategy } from '../../../../../main/checks/firewall/linux'
import { exit, runStrategy, type Script } from '../linux-fake-probe'

/** Recorded with nft 1.0.6 in a network namespace: an inet drop-policy chain and a firewalld-style chain. */
const REAL_RULESET =
  '{"nftables": [{"metainfo": {"version": "1.0.6", "release_name": "Lester Gooch #5", "json_schema_version": 1}}, {"table": {"family": "inet", "name": "filter", "handle": 1}}, {"chain": {"family": "inet", "table": "filter", "name": "input", "handle": 1, "type": "filter", "hook": "input", "prio": 0, "policy": "drop"}}, {"rule": {"family": "inet", "table": "filter", "chain": "input", "handle": 2, "expr": [{"match": {"op": "in", "left": {"ct": {"key": "state"}}, "right": ["established", "related"]}}, {"accept": null}]}}, {"rule": {"family": "inet", "table": "filter", "chain": "input", "handle": 3, "expr": [{"match": {"op": "==", "left": {"meta": {"key": "iif"}}, "right": "lo"}}, {"accept": null}]}}, {"table": {"family": "inet", "name": "firewalld", "handle": 2}}, {"chain": {"family": "inet", "table": "firewalld", "name": "filter_INPUT", "handle": 1, "type": "filter", "hook": "input", "prio": 10, "policy": "accept"}}, {"rule": {"family": "inet", "table": "firewalld", "chain": "filter_INPUT", "handle": 2, "expr": [{"match": {"op": "in", "left": {"ct": {"key": "state"}}, "right": ["established", "related"]}}, {"accept": null}]}}, {"rule": {"family": "inet", "table": "firewalld", "chain": "filter_INPUT", "handle": 3, "expr": [{"match": {"op": "==", "left": {"meta": {"key": "iifname"}}, "right": "lo"}}, {"accept": null}]}}, {"rule": {"family": "inet", "table": "firewalld", "chain": "filter_INPUT", "handle": 4, "expr": [{"reject": {"type": "icmpx", "expr": "admin-prohibited"}}]}}]}\n'
const EMPTY_RULESET =
  '{"nftables": [{"metainfo": {"version": "1.0.6", "release_name": "Lester Gooch #5", "json_schema_version": 1}}]}\n'

const DEBIAN_STOCK =
  '#!/usr/sbin/nft -f\n\nflush ruleset\n\ntable inet filter {\n\tchain input {\n\t\ttype filter hook input priority filter;\n\t}\n\tchain forward {\n\t\ttype filter hook forward priority filter;\n\t}\n\tchain output {\n\t\ttype filter hook output priority filter;\n\t}\n}\n'

describe('nft JSON ruleset', () => {
  it('sees the drop policy and the final unconditional reject', () => {
    const a = parseNftJson(REAL_RULESET)
    expect(a?.ipv4Blocked).toBe(true)
    expect(a?.ipv6Blocked).toBe(true)
    expect(a?.inputChains.map((c) => [c.name, c.policy, c.endsInDrop])).toEqual([
      ['input', 'drop', false],
      ['filter_INPUT', 'accept', true],
    ])
  })

  it('an empty ruleset blocks nothing', () => {
    const a = parseNftJson(EMPTY_RULESET)
    expect(a?.inputChains).toEqual([])
    expect(a?.ipv4Blocked).toBe(false)
  })

  it('a conditional final drop is not a default drop; ip alone leaves IPv6 open', () => {
    const ruleset = {
      nftables: [
        { chain: { family: 'ip', table: 'f', name: 'in', type: 'filter', hook: 'input', policy: 'accept' } },
        {
          rule: {
            family: 'ip',
            table: 'f',
            chain: 'in',
            expr: [
              { match: { op: '==', left: { payload: { protocol: 'tcp', field: 'dport' } }, right: 22 } },
              { drop: null },
            ],
          },
        },
        { chain: { family: 'ip', table: 'g', name: 'in2', type: 'filter', hook: 'input', policy: 'drop' } },
      ],
    }
    const a = parseNftJson(JSON.stringify(ruleset))
    expect(a?.inputChains[0]?.endsInDrop).toBe(false)
    expect(a?.ipv4Blocked).toBe(true)
    expect(a?.ipv6Blocked).toBe(false)
  })

  it('ignores non-filter chains on the input hook', () => {
    const a = parseNftJson(
      JSON.stringify({
        nftables: [
          { chain: { family: 'inet', table: 'n', name: 'x', type: 'nat', hook: 'input', policy: 'drop' } },
        ],
      }),
    )
    expect(a?.ipv4Blocked).toBe(false)
  })
})

describe('nftables config text', () => {
  it('Debian stock config has no policy: accept', () => {
    const a = parseNftConfig(DEBIAN_STOCK)
    expect(a?.inputChains).toEqual([
      { family: 'inet', table: 'filter', name: 'input', policy: 'accept', endsInDrop: false },
    ])
    expect(a?.ipv4Blocked).toBe(false)
  })

  it('reads a policy on its own line, comments, "add chain" syntax and a final counter drop', () => {
    const text =
      '# comment with policy drop\ntable inet filter {\n  chain input {\n    type filter hook input priority 0\n    policy drop # trailing\n  }\n}\nadd table ip6 t\nadd chain ip6 t in { type filter hook input priority 0; policy accept; }\nadd rule ip6 t in tcp dport 22 accept\n'
    const a = parseNftConfig(text)
    expect(a?.inputChains.map((c) => c.policy)).toEqual(['drop', 'accept'])
    const b = parseNftConfig(
      'table ip6 t {\n chain in {\n  type filter hook input priority 0;\n  tcp dport 22 accept\n  counter packets 0 bytes 0 drop\n }\n}\n',
    )
    expect(b?.inputChains[0]?.endsInDrop).toBe(true)
  })

  it('notes includes and rejects unbalanced braces', () => {
    expect(parseNftConfig('include "/etc/nftables/*.nft"\n')?.includes).toEqual(['/etc/nftables/*.nft'])
    expect(
      parseNftConfig('table inet f { chain input { type filter hook input priority 0; policy drop;'),
    ).toBeNull()
    expect(parseNftConfig('}')).toBeNull()
  })
})

describe('ufw and firewalld settings files', () => {
  it('reads ENABLED and DEFAULT_INPUT_POLICY values, last one wins', () => {
    expect(ufwEnabled('# ENABLED=yes\nENABLED=no\n')).toBe(false)
    expect(ufwEnabled('ENABLED=no\nENABLED=yes\n')).toBe(true)
    expect(ufwEnabled('LOGLEVEL=low\n')).toBeNull()
    expect(ufwInputPolicyBlocks('DEFAULT_INPUT_POLICY="DROP"\n')).toBe(true)
    expect(ufwInputPolicyBlocks("DEFAULT_INPUT_POLICY='ACCEPT'\n")).toBe(false)
    expect(parseKeyValues('DefaultZone=public\n')['DefaultZone']).toBe('public')
  })
})

const NFT = 'nft -j list ruleset'
const DENIED = exit(
  '',
  1,
  'Operation not permitted (you must be root)\nnetlink: Error: cache initialization failed: Operation not permitted\n',
)
const UFW_DEFAULT = 'DEFAULT_INPUT_POLICY="DROP"\n'

describe('firewall strategy (linux)', () => {
  it('passes on a readable blocking ruleset, fails when nothing is installed', async () => {
    expect(
      (await runStrategy(linuxStrategy, { run: (c) => (c === NFT ? exit(REAL_RULESET) : undefined) })).status,
    ).toBe('pass')
    const none = await runStrategy(linuxStrategy, { run: () => undefined })
    expect(none.status).toBe('fail')
    expect(none.remediationId).toBe('firewall.linux.install')
  })

  it('ufw: ENABLED=yes with DROP passes; "active" unit with ENABLED=no fails', async () => {
    const base = (enabled: string): Script => ({
      run: (c) => (c === NFT ? DENIED : c === 'systemctl is-active ufw' ? exit('active\n') : undefined),
      files: { '/etc/ufw/ufw.conf': `ENABLED=${enabled}\n`, '/etc/default/ufw': UFW_DEFAULT },
    })
    expect((await runStrategy(linuxStrategy, base('yes'))).status).toBe('pass')
    expect((await runStrategy(linuxStrategy, base('no'))).status).toBe('fail')
  })

  it('firewalld: running passes, not running fails, anything else is unknown', async () => {
    const fw = (out: ReturnType<typeof exit>): Script => ({
      run: (c) => (c === NFT ? DENIED : c === 'firewall-cmd --state' ? out : undefined),
    })
    expect((await runStrategy(linuxStrategy, fw(exit('running\n')))).status).toBe('pass')
    expect((await runStrategy(linuxStrategy, fw(exit('not running\n', 252)))).status).toBe('fail')
    expect((await runStrategy(linuxStrategy, fw(exit('', 253, 'Authorization failed.\n')))).status).toBe(
      'unknown',
    )
    expect((await runStrategy(linuxStrategy, fw(exit('running\n', 1)))).status).toBe('unknown')
  })

  it('an unreadable ufw.conf is unknown, not fail', async () => {
    const v = await runStrategy(linuxStrategy, {
      run: (c) => (c === NFT ? DENIED : undefined),
      files: { '/etc/ufw/ufw.conf': { kind: 'error', error: 'EACCES' } },
    })
    expect(v.status).toBe('unknown')
  })

  it('never passes on random nft output, random settings files or random firewall-cmd answers', async () => {
    const nftOut = fc.oneof(
      fc.string(),
      fc.json(),
      fc.nat().map((n) => REAL_RULESET.slice(0, n % REAL_RULESET.length)),
    )
    await fc.assert(
      fc.asyncProperty(
        nftOut,
        fc.integer({ min: 0, max: 2 }),
        fc.string(),
        fc.string(),
        fc.string(),
        async (nftText, nftCode, ufwConf, fwState, nftConf) => {
          const v = await runStrategy(linuxStrategy, {
            run: (c) =>
              c === NFT
                ? exit(nftText, nftCode)
                : c === 'firewall-cmd --state'
                  ? exit(fwState, 0)
                  : c.startsWith('systemctl')
                    ? exit('active\n')
                    : undefined,
            files: { '/etc/ufw/ufw.conf': ufwConf, '/etc/nftables.conf': nftConf },
          })
          // Random text cannot spell a working firewall except by the exact words we look for.
          const couldBeReal =
            fwState.trim() === 'running' ||
            /ENABLED\s*=\s*["']?yes/i.test(ufwConf) ||
            /policy\s+drop|\bdrop\b|\breject\b/.test(nftConf) ||
            (nftCode === 0 && nftText.includes('"hook"'))
          if (!couldBeReal) expect(v.status).not.toBe('pass')
        },
      ),
      { numRuns: 300 },
    )
  })

  it('truncated real rulesets never pass', async () => {
    for (let n = 0; n < REAL_RULESET.length - 2; n += 7) {
      const v = await runStrategy(linuxStrategy, {
        run: (c) => (c === NFT ? exit(REAL_RULESET.slice(0, n)) : undefined),
        files: { '/.dockerenv': '' },
      })
      expect(v.status, `cut at ${n}`).not.toBe('pass')
    }
  })
})
