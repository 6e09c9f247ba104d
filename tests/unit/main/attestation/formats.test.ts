import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { PAYLOAD_TYPES, PREDICATE_TYPE, STATEMENT_TYPE } from '../../../../shared/attestation-types'
import type { CheckResult, Report } from '../../../../shared/check-types'
import { signEnvelope, verifyEnvelope } from '../../../../main/attestation/dsse'
import { AttestationError } from '../../../../main/attestation/errors'
import {
  buildAttestation,
  buildPolicyPayload,
  buildRequestPayload,
  decodeRequestText,
  encodePayload,
  embeddedPublicKey,
  encodeRequestText,
  envelopePayloadDigest,
  newNonce,
  parsePolicyPayload,
  parseRequestPayload,
  parseStatement,
  redactHomePaths,
  policyFromPayload,
  type BuildAttestationOptions,
} from '../../../../main/attestation/formats'
import { fingerprint, generateSigningKey } from '../../../../main/attestation/keys'

function check(
  id: CheckResult['id'],
  status: CheckResult['status'],
  level: CheckResult['level'] = 'required',
): CheckResult {
  return {
    id,
    status,
    level,
    durationMs: 3,
    summary: `${id} ${status}`,
    observed: [`${id} observed`],
    requirement: `${id} required`,
    remediationId: `${id}.x`,
    sources: ['tool'],
    ...(status === 'unknown' ? { reason: 'could not read' } : {}),
  }
}

export function sampleReport(overrides: Partial<Report> = {}): Report {
  const checks = [
    check('os-version', 'pass'),
    check('disk-encryption', 'pass'),
    check('firewall', 'pass'),
    check('screen-lock', 'pass'),
    check('auto-updates', 'fail', 'recommended'),
  ]
  return {
    format: 'preflight-report/v1',
    platform: 'darwin',
    arch: 'arm64',
    hostKind: 'physical-or-unknown',
    os: { platform: 'darwin', name: 'macOS', version: '15.3.1', build: '24D70' },
    desktop: null,
    collectedAt: '2026-11-22T01:25:58.000Z',
    policy: { id: 'baseline', version: 7, digest: 'x' },
    osSupportDataAsOf: '2026-11-01',
    checks,
    overall: 'pass',
    producer: { name: 'preflight', version: '0.1.0' },
    replayed: false,
    ...overrides,
  }
}

const device = generateSigningKey()
const digest = 'a'.repeat(64)

function opts(over: Partial<BuildAttestationOptions> = {}): BuildAttestationOptions {
  return {
    purpose: 'onboarding',
    staffId: 'alice@campaign.example',
    deviceLabel: 'alice-laptop',
    deviceKey: device.publicKey,
    keyProtection: 'passphrase-scrypt-aes256gcm',
    policy: { id: 'baseline', version: 7, digestSha256: digest },
    request: { requestId: 'r'.repeat(32), nonce: newNonce(), digestSha256: 'b'.repeat(64) },
    sequence: 12,
    ...over,
  }
}

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(AttestationError)
    return `${(err as AttestationError).code}: ${(err as Error).message}`
  }
  throw new Error('expected an AttestationError')
}

describe('attestation statement', () => {
  it('builds an in-toto Statement whose subject is the device key', () => {
    const s = buildAttestation(sampleReport(), opts())
    expect(s._type).toBe(STATEMENT_TYPE)
    expect(s.predicateType).toBe(PREDICATE_TYPE)
    expect(s.subject).toEqual([
      { name: 'device:alice-laptop', digest: { sha256: fingerprint(device.publicKey) } },
    ])
    const p = s.predicate
    expect(p.result).toBe('pass')
    expect(p.expiresAt).toBe('2026-12-22T01:25:58.000Z')
    expect(p.device).toEqual({
      label: 'alice-laptop',
      platform: 'darwin',
      osName: 'macOS',
      osVersion: '15.3.1',
      osBuild: '24D70',
      arch: 'arm64',
      hostKind: 'physical-or-unknown',
      publicKey: device.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    })
    expect(fingerprint(embeddedPublicKey(s)!)).toBe(fingerprint(device.publicKey))
    const periodic = buildAttestation(sampleReport(), opts({ purpose: 'periodic' }))
    expect(periodic.predicate.device.publicKey).toBeUndefined()
    expect(embeddedPublicKey(periodic)).toBeNull()
    expect(p.checks[0]).toEqual({
      id: 'os-version',
      status: 'pass',
      level: 'required',
      summary: 'os-version pass',
      observed: ['os-version observed'],
      requirement: 'os-version required',
    })
    expect(p.offboarding).toBeUndefined()
    expect(JSON.stringify(s)).not.toMatch(/durationMs|remediationId|sources/)
    expect(parseStatement(encodePayload(s))).toEqual(s)
  })

  it('replaces home-folder paths (account names) with ~ in check evidence', () => {
    expect(redactHomePaths('/home/sam/.config/kscreenlockerrc')).toBe('~/.config/kscreenlockerrc')
    expect(redactHomePaths('read /var/home/sam/x and /Users/Alice Smith')).toBe('read ~/x and ~ Smith')
    expect(redactHomePaths('C:\\Users\\bob\\AppData; c:/users/bob')).toBe('~\\AppData; ~')
    expect(redactHomePaths('C:\\Users\\Alice Smith\\Desktop')).toBe('~\\Desktop')
    expect(redactHomePaths('"/home/sam"')).toBe('"~"')
    expect(redactHomePaths('/etc/home/x /opt/Users/y /homes/z')).toBe('/etc/home/x /opt/Users/y /homes/z')
    const report = sampleReport({
      checks: [
        {
          ...check('screen-lock', 'unknown'),
          summary: 'Could not read /home/sam/.config/kscreenlockerrc',
          observed: ['/home/sam/.config/autostart/x.desktop exists'],
          reason: 'Open /home/sam/.config/kscreenlockerrc',
        },
      ],
    })
    const s = buildAttestation(report, opts())
    expect(JSON.stringify(s)).not.toContain('sam')
    expect(s.predicate.checks[0]?.observed).toEqual(['~/.config/autostart/x.desktop exists'])
  })

  it('shortens oversized evidence instead of refusing to sign', () => {
    const long = sampleReport({
      checks: [
        {
          ...check('firewall', 'unknown'),
          observed: Array.from({ length: 150 }, () => 'y'.repeat(5000)),
          reason: 'r'.repeat(9000),
        },
      ],
    })
    const c = buildAttestation(long, opts()).predicate.checks[0]!
    expect(c.observed).toHaveLength(100)
    expect(c.observed[0]).toHaveLength(2000)
    expect(c.observed[0]?.endsWith('…')).toBe(true)
    expect(c.reason).toHaveLength(4000)
  })

  it('derives the result from the required checks only (unknown and fail stay visible)', () => {
    const unknown = sampleReport({ checks: [check('os-version', 'pass'), check('firewall', 'unknown')] })
    expect(buildAttestation(unknown, opts()).predicate.result).toBe('unknown')
    const failing = sampleReport({ checks: [check('os-version', 'fail'), check('firewall', 'unknown')] })
    expect(buildAttestation(failing, opts()).predicate.result).toBe('fail')
  })

  it('refuses inconsistent options', () => {
    expect(
      codeOf(() =>
        buildAttestation(sampleReport(), opts({ policy: { id: 'other', version: 7, digestSha256: digest } })),
      ),
    ).toMatch(/judged against policy baseline v7/)
    expect(codeOf(() => buildAttestation(sampleReport(), opts({ purpose: 'offboarding' })))).toMatch(
      /checklist/,
    )
    expect(
      codeOf(() =>
        buildAttestation(sampleReport(), opts({ checklist: [{ id: 'a', text: 'A', confirmed: true }] })),
      ),
    ).toMatch(/checklist/)
    expect(codeOf(() => buildAttestation(sampleReport(), opts({ staffId: 'bad id with spaces' })))).toMatch(
      /staff.id/,
    )
    const off = buildAttestation(
      sampleReport(),
      opts({
        purpose: 'offboarding',
        checklist: [{ id: 'files-deleted', text: 'Deleted', confirmed: true }],
      }),
    )
    expect(off.predicate.offboarding?.checklist).toHaveLength(1)
  })

  it('parseStatement names wrong types and rejects inconsistent or malformed statements', () => {
    const s = buildAttestation(sampleReport(), opts())
    const enc = (v: unknown) => encodePayload(v)
    expect(codeOf(() => parseStatement(enc({ ...s, _type: 'https://in-toto.io/Statement/v0.1' })))).toMatch(
      /^WRONG_TYPE/,
    )
    expect(
      codeOf(() => parseStatement(enc({ ...s, predicateType: 'urn:preflight:device-posture:v2' }))),
    ).toMatch(/^WRONG_TYPE/)
    const bad: unknown[] = [
      { ...s, subject: [] },
      { ...s, subject: [...s.subject, ...s.subject] },
      { ...s, subject: [{ name: 'device:other', digest: s.subject[0].digest }] },
      { ...s, subject: [{ name: s.subject[0].name, digest: { sha256: 'ABC' } }] },
      {
        ...s,
        predicate: { ...s.predicate, result: 'pass', checks: [{ ...s.predicate.checks[0], status: 'fail' }] },
      },
      { ...s, predicate: { ...s.predicate, collectedAt: '2026-11-22 01:25:58' } },
      { ...s, predicate: { ...s.predicate, expiresAt: s.predicate.collectedAt } },
      { ...s, predicate: { ...s.predicate, sequence: 0 } },
      { ...s, predicate: { ...s.predicate, purpose: 'vacation' } },
      { ...s, predicate: { ...s.predicate, checks: [s.predicate.checks[0], s.predicate.checks[0]] } },
      { ...s, predicate: { ...s.predicate, offboarding: { checklist: [] } } },
      { ...s, predicate: undefined },
      [],
    ]
    for (const b of bad) expect(codeOf(() => parseStatement(enc(b)))).toMatch(/^MALFORMED/)
    const otherKey = generateSigningKey().publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
    const swapped = {
      ...s,
      predicate: { ...s.predicate, device: { ...s.predicate.device, publicKey: otherKey } },
    }
    expect(codeOf(() => parseStatement(enc(swapped)))).toMatch(/^SUBJECT_MISMATCH/)
    const dup = encodePayload(s).toString().replace('"result": "pass"', '"result": "fail", "result": "pass"')
    expect(codeOf(() => parseStatement(dup))).toMatch(/duplicate key "result"/)
    // Unknown fields are ignored (in-toto rule), and dropped from the result.
    const extra = parseStatement(enc({ ...s, extra: 1, predicate: { ...s.predicate, future: true } }))
    expect(extra).toEqual(s)
  })

  it('changing any single field of the statement breaks the signature', () => {
    const s = buildAttestation(sampleReport(), opts())
    const env = signEnvelope(PAYLOAD_TYPES.attestation, encodePayload(s), device.privateKey)
    expect(verifyEnvelope(env, [device.publicKey])).not.toBeNull()
    const leaves: (string | number)[][] = []
    const walk = (v: unknown, at: (string | number)[]) => {
      if (v !== null && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) walk(x, [...at, Array.isArray(v) ? Number(k) : k])
      } else leaves.push(at)
    }
    walk(s, [])
    expect(leaves.length).toBeGreaterThan(40)
    for (const leaf of leaves) {
      const copy = JSON.parse(JSON.stringify(s)) as Record<string | number, unknown>
      let o = copy
      for (const k of leaf.slice(0, -1)) o = o[k] as Record<string | number, unknown>
      const last = leaf[leaf.length - 1]!
      const v = o[last]
      o[last] =
        typeof v === 'string' ? v + 'x' : typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : 'x'
      const forged = { ...env, payload: encodePayload(copy).toString('base64') }
      expect(verifyEnvelope(forged, [device.publicKey]), leaf.join('.')).toBeNull()
    }
  })

  it('every payload-field change breaks the signature (property)', () => {
    const s = buildAttestation(sampleReport(), opts())
    const payload = encodePayload(s)
    const env = signEnvelope(PAYLOAD_TYPES.attestation, payload, device.privateKey)
    const text = payload.toString('utf8')
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.string({ minLength: 1, maxLength: 3 }), (i, ins) => {
        const changed = text.slice(0, i) + ins + text.slice(i + 1)
        fc.pre(changed !== text)
        const forged = { ...env, payload: Buffer.from(changed).toString('base64') }
        expect(verifyEnvelope(forged, [device.publicKey])).toBeNull()
      }),
      { numRuns: 200 },
    )
  })
})

describe('practices in the attestation', () => {
  const practices = [
    { id: 'signal', level: 'required', evidence: 'measured', result: 'found' },
    {
      id: 'password-manager',
      level: 'required',
      evidence: 'declared',
      result: 'confirmed',
      measured: 'not-found',
    },
    { id: 'two-factor-email', level: 'required', evidence: 'declared', result: 'not-confirmed' },
    { id: 'find-my', level: 'recommended', evidence: 'measured', result: 'unknown' },
  ] as const

  it('round-trips the practices and their result, measured and declared apart', () => {
    const s = buildAttestation(sampleReport(), opts({ practices }))
    expect(s.predicate.practices).toEqual(practices)
    expect(s.predicate.practicesResult).toBe('incomplete')
    // The machine result stays about the checks alone.
    expect(s.predicate.result).toBe('pass')
    const env = signEnvelope(PAYLOAD_TYPES.attestation, encodePayload(s), device.privateKey)
    const v = verifyEnvelope(env, [device.publicKey])
    expect(parseStatement(v!.payload)).toEqual(s)
    const all = practices.map((p) =>
      p.id === 'two-factor-email' ? { ...p, result: 'confirmed' as const } : p,
    )
    expect(buildAttestation(sampleReport(), opts({ practices: all })).predicate.practicesResult).toBe('pass')
  })

  it('keeps files without practices (older versions) valid', () => {
    const s = buildAttestation(sampleReport(), opts())
    expect(s.predicate).not.toHaveProperty('practices')
    expect(s.predicate).not.toHaveProperty('practicesResult')
    expect(parseStatement(encodePayload(s))).toEqual(s)
  })

  it('rejects a practices section that does not add up, even when signed', () => {
    const s = buildAttestation(sampleReport(), opts({ practices }))
    const p = s.predicate
    const item = (over: Record<string, unknown>) => [{ ...practices[0], ...over }]
    const bad: unknown[] = [
      { ...p, practicesResult: 'pass' },
      { ...p, practicesResult: undefined },
      { ...p, practices: undefined },
      { ...p, practices: [...p.practices!, p.practices![0]], practicesResult: 'incomplete' },
      { ...p, practices: item({ result: 'confirmed' }), practicesResult: 'pass' },
      { ...p, practices: item({ evidence: 'declared', result: 'found' }), practicesResult: 'pass' },
      { ...p, practices: item({ measured: 'not-found' }), practicesResult: 'pass' },
      {
        ...p,
        practices: item({ evidence: 'declared', result: 'not-confirmed', measured: 'unknown' }),
        practicesResult: 'incomplete',
      },
      { ...p, practices: item({ id: 'Has Spaces' }), practicesResult: 'pass' },
      { ...p, practices: item({ level: 'optional' }), practicesResult: 'pass' },
      { ...p, practicesResult: 'maybe' },
    ]
    for (const b of bad) {
      const statement = { ...s, predicate: b }
      // Even signed by the device key, the verifier refuses it.
      const env = signEnvelope(PAYLOAD_TYPES.attestation, encodePayload(statement), device.privateKey)
      const v = verifyEnvelope(env, [device.publicKey])
      expect(
        codeOf(() => parseStatement(v!.payload)),
        JSON.stringify(b),
      ).toMatch(/^MALFORMED/)
    }
    // Free text slipped into an item is dropped (unknown fields are ignored), never carried on.
    const withText = {
      ...s,
      predicate: { ...p, practices: item({ text: 'I promise' }), practicesResult: 'pass' },
    }
    const parsed = parseStatement(encodePayload(withText))
    expect(JSON.stringify(parsed)).not.toContain('I promise')
  })

  it('any change to the practices section breaks the signature', () => {
    const s = buildAttestation(sampleReport(), opts({ practices }))
    const env = signEnvelope(PAYLOAD_TYPES.attestation, encodePayload(s), device.privateKey)
    const forged = JSON.parse(JSON.stringify(s)) as typeof s
    ;(forged.predicate.practices as unknown as { result: string }[])[2]!.result = 'confirmed'
    ;(forged.predicate as { practicesResult: string }).practicesResult = 'pass'
    expect(
      verifyEnvelope({ ...env, payload: encodePayload(forged).toString('base64') }, [device.publicKey]),
    ).toBeNull()
  })
})

describe('policy payload', () => {
  it('builds, parses and merges a policy', () => {
    const p = buildPolicyPayload(
      { id: 'baseline', version: 3, screenLock: { maxIdlePlusGraceSeconds: 600 } },
      new Date('2026-11-01T00:00:00Z'),
    )
    expect(p).toEqual({
      policyId: 'baseline',
      version: 3,
      issuedAt: '2026-11-01T00:00:00.000Z',
      policy: { id: 'baseline', version: 3, screenLock: { maxIdlePlusGraceSeconds: 600 } },
    })
    expect(parsePolicyPayload(encodePayload(p))).toEqual(p)
    const merged = policyFromPayload(p)
    expect(merged.id).toBe('baseline')
    expect(merged.version).toBe(3)
    expect(merged.screenLock.maxIdlePlusGraceSeconds).toBe(600)
    expect(merged.checks.firewall).toEqual({ darwin: 'required', win32: 'required', linux: 'required' })
  })

  it('rejects missing id/version, unknown keys, disagreeing ids and weak typos', () => {
    expect(codeOf(() => buildPolicyPayload({ version: 1 }, new Date()))).toMatch(/needs an "id"/)
    const p = buildPolicyPayload({ id: 'baseline', version: 3 }, new Date('2026-11-01T00:00:00Z'))
    expect(codeOf(() => parsePolicyPayload(encodePayload({ ...p, extra: 1 })))).toMatch(/^MALFORMED/)
    expect(codeOf(() => parsePolicyPayload(encodePayload({ ...p, version: 4 })))).toMatch(/disagree/)
    expect(
      codeOf(() => parsePolicyPayload(encodePayload({ ...p, policy: { ...p.policy, screenlock: {} } }))),
    ).toMatch(/^MALFORMED/)
  })
})

describe('request payload and text form', () => {
  const ciso = generateSigningKey()
  const policyEnv = signEnvelope(
    PAYLOAD_TYPES.policy,
    encodePayload(buildPolicyPayload({ id: 'baseline', version: 3 }, new Date('2026-11-01T00:00:00Z'))),
    ciso.privateKey,
  )

  it('builds and parses a request with the policy envelope embedded', () => {
    const r = buildRequestPayload({
      staffId: 'alice@campaign.example',
      purpose: 'onboarding',
      policy: policyEnv,
      cisoKey: ciso.publicKey,
      issuedAt: new Date('2026-11-20T00:00:00Z'),
    })
    expect(r.nonce).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(r.nonce, 'base64url')).toHaveLength(32)
    expect(r.requestId).toMatch(/^[0-9a-f]{32}$/)
    expect(r.notAfter).toBe('2026-12-04T00:00:00.000Z')
    expect(r.cisoFingerprint).toBe(fingerprint(ciso.publicKey))
    expect(parseRequestPayload(encodePayload(r))).toEqual(r)
    expect(envelopePayloadDigest(r.policy)).toMatch(/^[0-9a-f]{64}$/)
    expect(verifyEnvelope(r.policy, [ciso.publicKey])).not.toBeNull()
  })

  it('rejects malformed requests', () => {
    const r = buildRequestPayload({
      staffId: 'alice',
      purpose: 'periodic',
      policy: policyEnv,
      cisoKey: ciso.privateKey,
      issuedAt: new Date('2026-11-20T00:00:00Z'),
    })
    const bad: unknown[] = [
      { ...r, nonce: 'short' },
      { ...r, extra: true },
      { ...r, notAfter: r.issuedAt },
      { ...r, policy: { ...r.policy, payload: '%%%' } },
      { ...r, policy: { ...r.policy, signatures: [] } },
      { ...r, purpose: 'fun' },
    ]
    for (const b of bad) expect(codeOf(() => parseRequestPayload(encodePayload(b)))).toMatch(/^MALFORMED/)
    expect(
      codeOf(() =>
        parseRequestPayload(
          encodePayload({ ...r, policy: { ...r.policy, payloadType: PAYLOAD_TYPES.attestation } }),
        ),
      ),
    ).toMatch(/^WRONG_TYPE/)
  })

  it('round-trips the pasteable text form, tolerating mail and chat mangling', () => {
    const r = buildRequestPayload({
      staffId: 'alice',
      purpose: 'periodic',
      policy: policyEnv,
      cisoKey: ciso.publicKey,
      issuedAt: new Date('2026-11-20T00:00:00Z'),
    })
    const env = signEnvelope(PAYLOAD_TYPES.request, encodePayload(r), ciso.privateKey)
    const text = encodeRequestText(env)
    expect(text.startsWith('PREFLIGHT-REQUEST:\n')).toBe(true)
    for (const line of text.trimEnd().split('\n').slice(1)) expect(line.length).toBeLessThanOrEqual(64)
    expect(decodeRequestText(text)).toEqual(env)
    const mangled = `Hi Alice, here is your request:\r\n\r\n${text.replace(/\n/g, '\r\n  ')}\r\nThanks!`
    expect(decodeRequestText(mangled)).toEqual(env)
    expect(verifyEnvelope(decodeRequestText(mangled), [ciso.publicKey])).not.toBeNull()
    expect(codeOf(() => decodeRequestText('hello'))).toMatch(/no "PREFLIGHT-REQUEST:"/)
    expect(text.trimEnd().endsWith(':PREFLIGHT-REQUEST-END')).toBe(true)
    expect(codeOf(() => decodeRequestText(text.slice(0, text.length - 60)))).toMatch(/incomplete/)
    const lines = text.split('\n')
    const dropped = [...lines.slice(0, 2), ...lines.slice(3)].join('\n')
    expect(codeOf(() => decodeRequestText(dropped))).toMatch(/^MALFORMED/)
    expect(codeOf(() => decodeRequestText('PREFLIGHT-REQUEST:'))).toMatch(/empty/)
  })
})
