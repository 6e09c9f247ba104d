/**
 * The policy editor's main-side logic: validation exactly as `ciso policy sign` (problems by path),
 * the explicit file form (round trip through mergePolicy), and the field-level diff.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, mergePolicy, policyFileSchema, type Policy } from '../../../../shared/policy'
import { englishText } from '../../../../shared/practices'
import { diffPolicies, parsePolicyText, policyToFile } from '../../../../main/ciso/policy-editor'

const problemsOf = (text: string) => {
  const r = parsePolicyText(text)
  return r.ok ? [] : r.problems
}

describe('parsePolicyText: the CLI’s validation, problems named by field', () => {
  it('names each bad field by its path', () => {
    const problems = problemsOf(
      JSON.stringify({
        id: 'baseline',
        screenLock: { maxIdlePlusGraceSeconds: 5 },
        checks: { firewall: { linux: 'sometimes' } },
        reattestation: { intervalDays: 400 },
        domains: { official: [{ domain: 'https://example.org/', use: 'web' }] },
        screenlock: {},
      }),
    )
    const paths = problems.map((p) => p.path.join('.'))
    expect(paths).toEqual(
      expect.arrayContaining([
        'screenLock.maxIdlePlusGraceSeconds',
        'checks.firewall',
        'reattestation.intervalDays',
        'domains.official.0.domain',
        '',
      ]),
    )
    expect(problems.find((p) => p.path.join('.') === '')?.message).toMatch(/screenlock/)
    expect(problems.find((p) => p.path.join('.') === 'domains.official.0.domain')?.message).toMatch(
      /bare domain name/,
    )
  })

  it('refuses what the CLI refuses: duplicate keys, not JSON, a practice without words', () => {
    expect(problemsOf('{"id":"a","id":"b"}')[0]?.message).toMatch(/duplicate/i)
    expect(problemsOf('not json')[0]?.path).toEqual([])
    const words = problemsOf(
      JSON.stringify({
        id: 'p',
        practices: [
          {
            id: 'vpn',
            level: 'required',
            purposes: ['periodic'],
            words: 'practice.vpn',
            evidence: 'declared',
          },
        ],
      }),
    )
    expect(words.map((p) => p.path.join('.'))).toEqual(['practices.0.words', 'practices.0.words'])
  })

  it('accepts the re-attestation interval from 1 to 365 days', () => {
    for (const days of [1, 30, 365])
      expect(problemsOf(JSON.stringify({ id: 'p', reattestation: { intervalDays: days } }))).toEqual([])
    expect(problemsOf(JSON.stringify({ id: 'p', reattestation: { intervalDays: 0 } }))).toHaveLength(1)
    expect(mergePolicy({ id: 'p' }).reattestation.intervalDays).toBe(30)
    expect(mergePolicy({ id: 'p', reattestation: { intervalDays: 14 } }).reattestation.intervalDays).toBe(14)
  })
})

describe('policyToFile: every field written out', () => {
  it('round-trips the defaults and passes the schema', () => {
    const file = policyToFile(DEFAULT_POLICY)
    expect(policyFileSchema.safeParse(file).success).toBe(true)
    expect(mergePolicy(file)).toEqual(DEFAULT_POLICY)
    expect(file.checks?.['malware-protection']).toEqual({
      darwin: 'required',
      win32: 'required',
      linux: 'off',
    })
    expect(file.checks?.firewall).toBe('required')
    expect(file.practices).toHaveLength(DEFAULT_POLICY.practices.length)
    expect(file.reattestation).toEqual({ intervalDays: 30 })
  })

  it('keeps a policy’s own practices, words, addresses and per-platform levels', () => {
    const policy = mergePolicy({
      id: 'baseline',
      version: 4,
      checks: { firewall: { default: 'required', linux: 'off' } },
      practices: [
        {
          id: 'vpn',
          level: 'recommended',
          purposes: ['periodic'],
          words: 'practice.vpn',
          evidence: 'declared',
        },
        {
          id: 'signal',
          level: 'required',
          purposes: ['onboarding', 'periodic'],
          words: 'practice.signal',
          evidence: { measured: 'signal-desktop' },
          help: ['signal-download'],
        },
      ],
      catalogue: {
        en: { 'practice.vpn.title': 'I use the VPN', 'practice.vpn.why': 'Wi-Fi can be watched.' },
      },
      domains: { official: [{ domain: 'example.org', use: 'web' }], lookalikes: ['examp1e.org'] },
    })
    const file = policyToFile(policy)
    expect(policyFileSchema.safeParse(file).success).toBe(true)
    expect(mergePolicy(file)).toEqual(policy)
  })

  it('turns an old offboarding checklist into practices with their English words', () => {
    const policy = mergePolicy({
      id: 'old',
      version: 1,
      offboardingChecklist: [{ id: 'badge-returned', text: 'I returned my office badge' }],
    })
    const file = policyToFile(policy)
    const parsed = policyFileSchema.safeParse(file)
    expect(parsed.success).toBe(true)
    const again = mergePolicy(file)
    const badge = again.practices.find((p) => p.id === 'badge-returned')
    expect(badge).toMatchObject({ level: 'required', purposes: ['offboarding'], evidence: 'declared' })
    expect(englishText(again.catalogue, badge?.words.title ?? '')).toBe('I returned my office badge')
    expect(englishText(again.catalogue, badge?.words.why ?? '')).not.toBeNull()
  })
})

describe('diffPolicies: field-level changes', () => {
  const edit = (f: (p: Policy) => Policy): Policy => f(DEFAULT_POLICY)

  it('is empty for the same policy', () => {
    expect(diffPolicies(DEFAULT_POLICY, mergePolicy(policyToFile(DEFAULT_POLICY)))).toEqual([])
  })

  it('lists check levels per platform, numbers, practices and addresses', () => {
    const after = mergePolicy({
      ...policyToFile(DEFAULT_POLICY),
      id: 'baseline',
      checks: { ...policyToFile(DEFAULT_POLICY).checks, firewall: { default: 'required', linux: 'off' } },
      screenLock: { maxIdlePlusGraceSeconds: 600 },
      reattestation: { intervalDays: 14 },
      practices: [
        ...(policyToFile(DEFAULT_POLICY).practices ?? [])
          .filter((p) => p.id !== 'find-my')
          .map((p) => (p.id === 'laptop-password' ? { ...p, level: 'recommended' as const } : p)),
        { id: 'vpn', level: 'required', purposes: ['periodic'], words: 'practice.vpn', evidence: 'declared' },
      ],
      catalogue: {
        en: { 'practice.vpn.title': 'I use the VPN', 'practice.vpn.why': 'Wi-Fi can be watched.' },
      },
      domains: { official: [{ domain: 'example.org', use: 'donation' }], lookalikes: [] },
    })
    expect(diffPolicies(DEFAULT_POLICY, after)).toEqual([
      { kind: 'id', from: 'default', to: 'baseline' },
      { kind: 'check-level', check: 'firewall', platform: 'linux', from: 'required', to: 'off' },
      { kind: 'number', field: 'screenLock.maxIdlePlusGraceSeconds', from: 900, to: 600 },
      { kind: 'number', field: 'reattestation.intervalDays', from: 30, to: 14 },
      { kind: 'practice-removed', id: 'find-my', title: expect.any(String) as string },
      {
        kind: 'practice-changed',
        id: 'laptop-password',
        title: expect.any(String) as string,
        what: 'level',
        from: ['required'],
        to: ['recommended'],
      },
      {
        kind: 'practice-added',
        id: 'vpn',
        title: 'I use the VPN',
        level: 'required',
        purposes: ['periodic'],
      },
      { kind: 'domain-added', domain: 'example.org', use: 'donation' },
    ])
  })

  it('notices reworded practices and replaced data tables', () => {
    const before = mergePolicy({
      id: 'p',
      practices: [
        { id: 'vpn', level: 'required', purposes: ['periodic'], words: 'practice.vpn', evidence: 'declared' },
      ],
      catalogue: { en: { 'practice.vpn.title': 'VPN', 'practice.vpn.why': 'Because.' } },
    })
    const after = edit(() => ({
      ...before,
      catalogue: { en: { 'practice.vpn.title': 'VPN', 'practice.vpn.why': 'Public Wi-Fi can be watched.' } },
    }))
    expect(diffPolicies(before, after)).toEqual([
      { kind: 'practice-changed', id: 'vpn', title: 'VPN', what: 'words', from: [], to: [] },
    ])
  })
})
