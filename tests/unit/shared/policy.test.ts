import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, parsePolicy, PolicyError, policyFromJson } from '../../../shared/policy'

describe('policy', () => {
  it('defaults: 900 s screen lock, 21-day patch grace, auto-updates only recommended', () => {
    expect(DEFAULT_POLICY.screenLock.maxIdlePlusGraceSeconds).toBe(900)
    expect(DEFAULT_POLICY.osVersion.patchGraceDays).toBe(21)
    expect(DEFAULT_POLICY.checks['auto-updates']).toBe('recommended')
    expect(DEFAULT_POLICY.checks['disk-encryption']).toBe('required')
  })

  it('merges a partial file over the defaults', () => {
    const p = parsePolicy(
      JSON.stringify({
        id: 'campaign',
        version: 3,
        checks: { 'auto-updates': 'required' },
        screenLock: { maxIdlePlusGraceSeconds: 300 },
      }),
    )
    expect(p.id).toBe('campaign')
    expect(p.version).toBe(3)
    expect(p.checks['auto-updates']).toBe('required')
    expect(p.checks.firewall).toBe('required')
    expect(p.screenLock.maxIdlePlusGraceSeconds).toBe(300)
    expect(p.osVersion).toEqual(DEFAULT_POLICY.osVersion)
  })

  it.each([
    ['a typo in a key', { screenlock: { maxIdlePlusGraceSeconds: 1 } }, /screenlock|Unrecognized/i],
    ['an unknown check', { checks: { antivirus: 'required' } }, /checks/],
    ['a bad level', { checks: { firewall: 'optional' } }, /checks\.firewall/],
    [
      'a negative timeout',
      { screenLock: { maxIdlePlusGraceSeconds: -5 } },
      /screenLock\.maxIdlePlusGraceSeconds/,
    ],
    ['a string version', { version: '2' }, /version/],
    ['a bad id', { id: 'has spaces' }, /id/],
    ['an array', [], /top level/],
  ])('rejects %s with the path of the problem', (_name, data, re) => {
    expect(() => policyFromJson(data)).toThrow(PolicyError)
    try {
      policyFromJson(data)
    } catch (err) {
      expect((err as PolicyError).problems.join('\n')).toMatch(re)
    }
  })

  it('rejects text that is not JSON', () => {
    expect(() => parsePolicy('{ not json')).toThrow(/not valid JSON/)
  })
})
