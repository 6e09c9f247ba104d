import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PAYLOAD_TYPES } from '../../../../shared/attestation-types'
import { DEFAULT_POLICY } from '../../../../shared/policy'
import { serializeEnvelope, signEnvelope, verifyEnvelope } from '../../../../main/attestation/dsse'
import { AttestationError, StaffError } from '../../../../main/attestation/errors'
import { encodePayload, encodeRequestText, parseStatement } from '../../../../main/attestation/formats'
import { FileKeyStore } from '../../../../main/attestation/key-store'
import { fingerprint } from '../../../../main/attestation/keys'
import { runChecks } from '../../../../main/engine/run-checks'
import { ReplayProbe } from '../../../../main/probe/transcript'
import { PracticeConfirmationError } from '../../../../main/practices/answers'
import {
  AttestInputError,
  attestationAnswers,
  attestationFileName,
  createAttestation,
  defaultDeviceLabel,
  policyForAttestation,
  prepareAttestation,
} from '../../../../main/staff/attest'
import { readRequestEnvelope, verifyRequest } from '../../../../main/staff/request'
import {
  emptyStaffState,
  loadStaffState,
  saveStaffState,
  STAFF_STATE_LOCK,
  StaffStateError,
  updateStaffState,
  withStaffStateLock,
} from '../../../../main/staff/state'
import { pinCisoKey, pinnedCisoKeys } from '../../../../main/staff/trust'
import { emptyTranscript, tempDir, TestCiso } from './helpers'

async function rejects(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (err) {
    return err as Error
  }
  throw new Error('expected a rejection')
}

describe('staff state', () => {
  it('starts empty, saves atomically 0600 and keeps the previous version as .bak', async () => {
    const dir = await tempDir()
    expect(await loadStaffState(dir)).toEqual(emptyStaffState())
    await saveStaffState(dir, { ...emptyStaffState(), sequence: 1 })
    await saveStaffState(dir, { ...emptyStaffState(), sequence: 2 })
    expect((await loadStaffState(dir)).sequence).toBe(2)
    const bak = JSON.parse(await fs.readFile(path.join(dir, 'staff-state.json.bak'), 'utf8'))
    expect(bak.sequence).toBe(1)
    if (process.platform !== 'win32') {
      expect((await fs.stat(path.join(dir, 'staff-state.json'))).mode & 0o777).toBe(0o600)
    }
  })

  it('reports damage (bad JSON, duplicate keys, wrong shape) and leaves the file alone', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'staff-state.json')
    for (const text of [
      '{',
      '{"format":"preflight-staff-state/v1","format":"x"}',
      JSON.stringify({ ...emptyStaffState(), sequence: -1 }),
      JSON.stringify({ ...emptyStaffState(), extra: true }),
    ]) {
      await fs.writeFile(file, text)
      const err = await rejects(loadStaffState(dir))
      expect(err).toBeInstanceOf(StaffStateError)
      expect((err as StaffStateError).kind).toBe('corrupt')
      expect(err.message).toMatch(/damaged .*staff-state\.json\.bak/)
      expect(await fs.readFile(file, 'utf8')).toBe(text)
      // Updates refuse too: a damaged state is never overwritten with an empty one.
      expect(await rejects(updateStaffState(dir, (s) => void (s.sequence += 1)))).toBeInstanceOf(
        StaffStateError,
      )
      expect(await fs.readFile(file, 'utf8')).toBe(text)
    }
  })

  it('serialises concurrent updates with a lock file, and removes a stale lock', async () => {
    const dir = await tempDir()
    await Promise.all(Array.from({ length: 8 }, () => updateStaffState(dir, (s) => void (s.sequence += 1))))
    expect((await loadStaffState(dir)).sequence).toBe(8)
    await expect(fs.stat(path.join(dir, STAFF_STATE_LOCK))).rejects.toThrow()
    // A lock left by a crashed process (old mtime) is taken over.
    const lock = path.join(dir, STAFF_STATE_LOCK)
    await fs.writeFile(lock, '99999\n')
    const old = new Date(Date.now() - 60_000)
    await fs.utimes(lock, old, old)
    await updateStaffState(dir, (s) => void (s.sequence += 1))
    expect((await loadStaffState(dir)).sequence).toBe(9)
    // The lock is released when the change throws.
    await expect(
      withStaffStateLock(dir, async () => {
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    await expect(fs.stat(lock)).rejects.toThrow()
  })
})

describe('pinning the CISO key', () => {
  it('pins, refuses a different key in "first" mode, adds and replaces', async () => {
    const dir = await tempDir()
    const a = new TestCiso()
    const b = new TestCiso()
    const now = new Date('2026-11-01T00:00:00Z')
    expect((await pinCisoKey(dir, a.publicKey, 'first', now)).outcome).toBe('pinned')
    expect((await pinCisoKey(dir, a.publicKey, 'first', now)).outcome).toBe('already')
    const err = await rejects(pinCisoKey(dir, b.publicKey, 'first', now))
    expect(err).toBeInstanceOf(StaffError)
    expect((err as StaffError).code).toBe('UNTRUSTED_CISO')
    expect((await pinCisoKey(dir, b.publicKey, 'add', now)).outcome).toBe('added')
    expect((await pinnedCisoKeys(dir)).map((k) => k.fingerprint)).toEqual([
      fingerprint(a.publicKey),
      fingerprint(b.publicKey),
    ])
    const r = await pinCisoKey(dir, a.publicKey, 'replace', now)
    expect(r).toEqual({
      fingerprint: fingerprint(a.publicKey),
      outcome: 'replaced',
      removed: [fingerprint(b.publicKey)],
    })
    expect((await pinnedCisoKeys(dir)).map((k) => k.fingerprint)).toEqual([fingerprint(a.publicKey)])
  })
})

describe('verifyRequest', () => {
  async function setup() {
    const dir = await tempDir()
    const ciso = new TestCiso()
    await pinCisoKey(dir, ciso.publicKey, 'first', new Date())
    return { dir, ciso }
  }

  it('accepts JSON, bytes and pasted text; reports digests and signer', async () => {
    const { dir, ciso } = await setup()
    const env = ciso.request({})
    const now = new Date()
    for (const input of [
      serializeEnvelope(env),
      Buffer.from(serializeEnvelope(env)),
      encodeRequestText(env),
    ]) {
      const v = await verifyRequest(input, { dir, now })
      expect(v.signedBy).toBe(fingerprint(ciso.publicKey))
      expect(v.payload.staffId).toBe('alice@campaign.example')
      expect(v.policy.payload.policyId).toBe('baseline')
      expect(v.policy.digestSha256).toMatch(/^[0-9a-f]{64}$/)
      expect(v.digestSha256).not.toBe(v.policy.digestSha256)
      expect(v.alreadyAnswered).toBe(false)
    }
    expect(readRequestEnvelope(Buffer.from(encodeRequestText(env)))).toEqual(env)
    const chatty = Buffer.from(`${'Long greeting. '.repeat(600)}\n${encodeRequestText(env)}`)
    expect(readRequestEnvelope(chatty)).toEqual(env)
  })

  it('names each refusal precisely', async () => {
    const { dir, ciso } = await setup()
    const now = new Date()
    const code = async (input: string) => {
      const err = await rejects(verifyRequest(input, { dir, now }))
      expect(err instanceof StaffError || err instanceof AttestationError, String(err)).toBe(true)
      return (err as StaffError).code
    }
    // Same key signs a policy and presents it as the request: the type is inside the signature.
    const policy = ciso.policy({ id: 'baseline', version: 1 })
    expect(await code(serializeEnvelope(policy))).toBe('WRONG_TYPE')
    expect(await code(serializeEnvelope({ ...policy, payloadType: PAYLOAD_TYPES.request }))).toBe(
      'REQUEST_BAD_SIGNATURE',
    )
    // A request whose embedded "policy" is really an attestation-typed envelope.
    const odd = signEnvelope(PAYLOAD_TYPES.attestation, encodePayload({ x: 1 }), ciso.privateKey)
    const valid = JSON.parse(Buffer.from(ciso.request({}).payload, 'base64').toString())
    const crafted = signEnvelope(
      PAYLOAD_TYPES.request,
      encodePayload({ ...valid, policy: odd }),
      ciso.privateKey,
    )
    expect(await code(serializeEnvelope(crafted))).toBe('WRONG_TYPE')
    // Request signed by the pinned key, policy altered after signing.
    const p = ciso.policy({ id: 'baseline', version: 2 })
    const changed = {
      ...p,
      payload: encodePayload({
        policyId: 'baseline',
        version: 2,
        issuedAt: '2026-11-01T00:00:00.000Z',
        policy: { id: 'baseline', version: 2, checks: { firewall: 'recommended' } },
      }).toString('base64'),
    }
    expect(await code(serializeEnvelope(ciso.request({ policy: changed })))).toBe('REQUEST_BAD_SIGNATURE')
    expect(await code('not json')).toBe('MALFORMED')
    // Exactly at notAfter is still valid; one millisecond later it is not.
    const issuedAt = new Date('2026-11-01T00:00:00Z')
    const notAfter = new Date('2026-11-02T00:00:00Z')
    const env = serializeEnvelope(ciso.request({ issuedAt, notAfter }))
    expect((await verifyRequest(env, { dir, now: notAfter })).payload.notAfter).toBe(notAfter.toISOString())
    const late = await rejects(verifyRequest(env, { dir, now: new Date(notAfter.getTime() + 1) }))
    expect((late as StaffError).code).toBe('REQUEST_EXPIRED')
    // Issued up to 5 minutes "in the future" is tolerated (clock skew), more is not.
    expect(await verifyRequest(env, { dir, now: new Date(issuedAt.getTime() - 4 * 60_000) })).toBeTruthy()
    const early = await rejects(verifyRequest(env, { dir, now: new Date(issuedAt.getTime() - 6 * 60_000) }))
    expect((early as StaffError).code).toBe('REQUEST_EXPIRED')
  })

  it('refuses a policy version below the highest one recorded (per policy id)', async () => {
    const { dir, ciso } = await setup()
    const state = await loadStaffState(dir)
    const stored = ciso.policy({ id: 'baseline', version: 7 })
    state.policies['baseline'] = {
      highestVersion: 7,
      envelope: { ...stored, signatures: [...stored.signatures] },
      seenAt: new Date().toISOString(),
    }
    await saveStaffState(dir, state)
    const now = new Date()
    const old = await rejects(
      verifyRequest(
        serializeEnvelope(ciso.request({ policy: ciso.policy({ id: 'baseline', version: 6 }) })),
        { dir, now },
      ),
    )
    expect((old as StaffError).code).toBe('POLICY_ROLLBACK')
    expect(
      await verifyRequest(
        serializeEnvelope(ciso.request({ policy: ciso.policy({ id: 'baseline', version: 7 }) })),
        { dir, now },
      ),
    ).toBeTruthy()
    expect(
      await verifyRequest(
        serializeEnvelope(ciso.request({ policy: ciso.policy({ id: 'other', version: 1 }) })),
        { dir, now },
      ),
    ).toBeTruthy()
  })
})

describe('attestation flow', () => {
  it('attestationAnswers: every required leaving step confirmed, only known ids, the old checklist kept', () => {
    const report = { practices: [] }
    const all = ['accounts-signed-out', 'files-deleted', 'devices-returned']
    const done = attestationAnswers(DEFAULT_POLICY, 'offboarding', report, all)
    expect(done.practices.map((a) => [a.id, a.evidence, a.result])).toEqual(
      all.map((id) => [id, 'declared', 'confirmed']),
    )
    // Verifiers older than practices read offboarding.checklist: the same steps, English titles.
    expect(done.checklist?.map((c) => [c.id, c.confirmed])).toEqual(all.map((id) => [id, true]))
    expect(done.checklist?.[1]?.text).toBe(
      'I have deleted campaign files from this laptop (including Downloads)',
    )
    const missing = (() => {
      try {
        attestationAnswers(DEFAULT_POLICY, 'offboarding', report, all.slice(1))
      } catch (err) {
        return err as PracticeConfirmationError
      }
      throw new Error('expected PracticeConfirmationError')
    })()
    expect(missing).toBeInstanceOf(PracticeConfirmationError)
    expect(missing.missing).toEqual([all[0]])
    expect(() => attestationAnswers(DEFAULT_POLICY, 'offboarding', report, [...all, 'extra'])).toThrow(
      /not a practice your campaign asks for when leaving: extra/,
    )
    // A routine practice is not one of the leaving ones.
    expect(() => attestationAnswers(DEFAULT_POLICY, 'offboarding', report, [...all, 'signal'])).toThrow(
      /signal/,
    )
  })

  it('attestationAnswers for routine check-ins: measured found, declared fallback, nothing required to sign', () => {
    const report = {
      practices: [
        { kind: 'signal-desktop', result: 'found', summary: 's', observed: [] },
        { kind: 'password-manager', result: 'not-found', summary: 's', observed: [] },
        { kind: 'find-my', result: 'unknown', summary: 's', observed: [], reason: 'r' },
      ] as const,
    }
    const a = attestationAnswers(DEFAULT_POLICY, 'periodic', report, ['password-manager', 'two-factor-email'])
    expect(a.checklist).toBeUndefined()
    const byId = Object.fromEntries(a.practices.map((p) => [p.id, p]))
    expect(byId['signal']).toEqual({ id: 'signal', level: 'required', evidence: 'measured', result: 'found' })
    expect(byId['password-manager']).toEqual({
      id: 'password-manager',
      level: 'required',
      evidence: 'declared',
      result: 'confirmed',
      measured: 'not-found',
    })
    expect(byId['find-my']).toMatchObject({ evidence: 'measured', result: 'unknown' })
    expect(byId['two-factor-email']).toMatchObject({ evidence: 'declared', result: 'confirmed' })
    expect(byId['laptop-password']).toMatchObject({ evidence: 'declared', result: 'not-confirmed' })
    expect(a.practices.map((p) => p.id)).not.toContain('files-deleted')
  })

  it('names files and default labels without host or user names', () => {
    expect(attestationFileName('alice@campaign.example', 'lap', '2026-11-22T01:25:58.123Z')).toBe(
      'alice@campaign.example_lap_20261122T012558Z.posture.json',
    )
    expect(defaultDeviceLabel('darwin', 'aadec1b6876d66c1')).toBe('mac-aadec1b6')
    expect(defaultDeviceLabel('win32', 'aadec1b6876d66c1')).toBe('windows-aadec1b6')
  })

  it('signs what it showed, numbers attestations, and refuses a stale prepared one', async () => {
    const dir = await tempDir()
    const store = new FileKeyStore(dir, 'device-ed25519')
    const policy = await policyForAttestation(dir, null)
    expect(policy.source).toBe('default')
    const report = await runChecks({ probe: new ReplayProbe(emptyTranscript()), policy: policy.policy })
    const base = {
      dir,
      keyStore: store,
      report,
      policy,
      request: null,
      purpose: 'periodic' as const,
      staffId: 'alice',
    }
    expect(await rejects(prepareAttestation(base))).toBeInstanceOf(StaffError)
    const first = await prepareAttestation({ ...base, createKeyIfMissing: true })
    expect(first.keyCreated).toBe(true)
    expect(first.statement.predicate.device.label).toBe(`linux-${first.deviceFingerprint.slice(0, 8)}`)
    const second = await prepareAttestation(base)
    expect(second.statement.predicate.sequence).toBe(1)
    const env = await first.sign()
    const v = verifyEnvelope(env, [(await store.publicKey())!])
    expect(v?.payload.equals(first.payload)).toBe(true)
    expect(parseStatement(v!.payload)).toEqual(first.statement)
    await expect(first.sign()).rejects.toThrow(/already signed/)
    // `second` was prepared with the same sequence number: signing it now would reuse it.
    expect(await rejects(second.sign())).toBeInstanceOf(AttestInputError)
    const third = await createAttestation(base)
    expect(third.prepared.statement.predicate.sequence).toBe(2)
    expect((await loadStaffState(dir)).sequence).toBe(2)
    // A label given once is kept for later attestations, so the CISO's roster keeps its name.
    await createAttestation({ ...base, deviceLabel: 'alice-laptop' })
    const later = await prepareAttestation(base)
    expect(later.statement.predicate.device.label).toBe('alice-laptop')
    expect(
      (await prepareAttestation({ ...base, deviceLabel: 'new-name' })).statement.predicate.device.label,
    ).toBe('new-name')
  })

  it('rejects inputs that do not fit the request or the report', async () => {
    const dir = await tempDir()
    const ciso = new TestCiso()
    await pinCisoKey(dir, ciso.publicKey, 'first', new Date())
    const req = await verifyRequest(serializeEnvelope(ciso.request({ purpose: 'periodic' })), {
      dir,
      now: new Date(),
    })
    const policy = await policyForAttestation(dir, req)
    expect(policy.source).toBe('request')
    const report = await runChecks({ probe: new ReplayProbe(emptyTranscript()), policy: policy.policy })
    const store = new FileKeyStore(dir, 'device-ed25519')
    await store.create()
    const base = {
      dir,
      keyStore: store,
      report,
      policy,
      request: req,
      purpose: 'periodic' as const,
      staffId: 'alice@campaign.example',
    }
    expect(await rejects(prepareAttestation({ ...base, purpose: 'onboarding' }))).toBeInstanceOf(
      AttestInputError,
    )
    expect(await rejects(prepareAttestation({ ...base, staffId: 'bob' }))).toBeInstanceOf(AttestInputError)
    // Staff ids are case-insensitive: a request for alice@ is answered by Alice@ (one person).
    const cased = await prepareAttestation({ ...base, staffId: 'Alice@Campaign.example' })
    expect(cased.statement.predicate.staff.id).toBe('Alice@Campaign.example')
    expect(await rejects(prepareAttestation({ ...base, deviceLabel: 'a b' }))).toBeInstanceOf(
      AttestInputError,
    )
    const defaultReport = await runChecks({ probe: new ReplayProbe(emptyTranscript()) })
    expect(await rejects(prepareAttestation({ ...base, report: defaultReport }))).toBeInstanceOf(
      AttestInputError,
    )
    const ok = await createAttestation(base)
    expect(ok.prepared.statement.predicate.request?.digest.sha256).toBe(req.digestSha256)
    expect(ok.prepared.statement.predicate.policy.digest.sha256).toBe(req.policy.digestSha256)
    // After signing, the latest received policy is used (and re-verified) for unsolicited reports.
    const stored = await policyForAttestation(dir, null)
    expect(stored.source).toBe('stored')
    expect(stored.digestSha256).toBe(req.policy.digestSha256)
    const state = await loadStaffState(dir)
    state.policies['baseline']!.envelope.payload = Buffer.from('{}').toString('base64')
    await saveStaffState(dir, state)
    const fallback = await policyForAttestation(dir, null)
    expect(fallback.source).toBe('default')
    expect(fallback.verified).toBeNull()
  })
})
