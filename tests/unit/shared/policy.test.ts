import { describe, expect, it } from 'vitest'
import {
  checkLevel,
  DEFAULT_POLICY,
  everywhere,
  parsePolicy,
  PolicyError,
  policyFromJson,
  requiredCheckIds,
  requiredChecksByPlatform,
} from '../../../shared/policy'

describe('policy', () => {
  it('defaults: 900 s screen lock, 21-day patch grace, auto-updates only recommended', () => {
    expect(DEFAULT_POLICY.screenLock.maxIdlePlusGraceSeconds).toBe(900)
    expect(DEFAULT_POLICY.osVersion.patchGraceDays).toBe(21)
    expect(DEFAULT_POLICY.checks['auto-updates']).toEqual(everywhere('recommended'))
    expect(DEFAULT_POLICY.checks['disk-encryption']).toEqual(everywhere('required'))
  })

  it('defaults for the newer checks: malware protection required except on Linux, platform integrity recommended', () => {
    expect(DEFAULT_POLICY.checks['malware-protection']).toEqual({
      darwin: 'required',
      win32: 'required',
      linux: 'off',
    })
    expect(DEFAULT_POLICY.checks['platform-integrity']).toEqual(everywhere('recommended'))
    expect(DEFAULT_POLICY.malwareProtection).toEqual({ maxSignatureAgeDays: 7, maxXprotectAgeDays: 60 })
    const p = parsePolicy(
      JSON.stringify({
        checks: { 'malware-protection': 'required' },
        malwareProtection: { maxSignatureAgeDays: 3 },
      }),
    )
    expect(p.checks['malware-protection'].linux).toBe('required')
    expect(p.malwareProtection).toEqual({ maxSignatureAgeDays: 3, maxXprotectAgeDays: 60 })
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
    expect(p.checks['auto-updates']).toEqual(everywhere('required'))
    expect(p.checks.firewall).toEqual(everywhere('required'))
    expect(p.screenLock.maxIdlePlusGraceSeconds).toBe(300)
    expect(p.osVersion).toEqual(DEFAULT_POLICY.osVersion)
  })

  it.each([
    ['a typo in a key', { screenlock: { maxIdlePlusGraceSeconds: 1 } }, /screenlock|Unrecognized/i],
    ['an unknown check', { checks: { antivirus: 'required' } }, /checks/],
    ['a bad level', { checks: { firewall: 'optional' } }, /checks\.firewall/],
    ['an unknown platform', { checks: { firewall: { freebsd: 'off' } } }, /checks\.firewall/],
    ['a bad per-platform level', { checks: { firewall: { linux: 'optional' } } }, /checks\.firewall/],
    ['an empty per-platform object', { checks: { firewall: {} } }, /checks\.firewall/],
    [
      'a negative timeout',
      { screenLock: { maxIdlePlusGraceSeconds: -5 } },
      /screenLock\.maxIdlePlusGraceSeconds/,
    ],
    ['a string version', { version: '2' }, /version/],
    [
      'an unknown malware-protection setting',
      { malwareProtection: { maxSignatureAge: 7 } },
      /malwareProtection/,
    ],
    [
      'a signature age of zero days',
      { malwareProtection: { maxSignatureAgeDays: 0 } },
      /malwareProtection\.maxSignatureAgeDays/,
    ],
    [
      'an XProtect age beyond a year',
      { malwareProtection: { maxXprotectAgeDays: 400 } },
      /malwareProtection\.maxXprotectAgeDays/,
    ],
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

  it('levels can differ per platform, with a default for the platforms not named', () => {
    const p = policyFromJson({
      checks: {
        firewall: { default: 'recommended', linux: 'off' },
        'auto-updates': { win32: 'required' },
        'screen-lock': 'off',
      },
    })
    expect(p.checks.firewall).toEqual({ darwin: 'recommended', win32: 'recommended', linux: 'off' })
    // Platforms not named keep the default policy's level.
    expect(p.checks['auto-updates']).toEqual({
      darwin: 'recommended',
      win32: 'required',
      linux: 'recommended',
    })
    expect(p.checks['screen-lock']).toEqual(everywhere('off'))
    expect(checkLevel(p, 'firewall', 'linux')).toBe('off')
    expect(requiredCheckIds(p, 'win32')).toEqual([
      'os-version',
      'disk-encryption',
      'auto-updates',
      'malware-protection',
    ])
    expect(requiredCheckIds(p, 'linux')).toEqual(['os-version', 'disk-encryption'])
    expect(requiredChecksByPlatform(p).darwin).toEqual([
      'os-version',
      'disk-encryption',
      'malware-protection',
    ])
  })

  it('rejects text that is not JSON', () => {
    expect(() => parsePolicy('{ not json')).toThrow(/not valid JSON/)
  })
})
