import { createPublicKey } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  fingerprint,
  formatFingerprint,
  publicKeyFromPem,
  publicKeyToPem,
} from '../../../../main/attestation/keys'
import {
  allowedSigners,
  enrollDevice,
  normalizeFingerprint,
  offboardDevice,
  OperationError,
  revokeDevices,
  rosterRows,
  verifyPaths,
} from '../../../../main/ciso/operations'
import { attest, deviceKey, makeCampaign, T0, type TestCampaign } from './helpers'

const NOW = new Date(T0.getTime() + 3_600_000)
let c: TestCampaign
let n = 0
beforeEach(async () => {
  c = await makeCampaign()
})
afterEach(() => c.cleanup())

function file(text: string): string {
  const f = path.join(c.dir, '..', `f${n++}.json`)
  writeFileSync(f, text)
  return f
}

async function refused(fn: () => Promise<unknown>): Promise<OperationError> {
  try {
    await fn()
  } catch (err) {
    expect(err).toBeInstanceOf(OperationError)
    return err as OperationError
  }
  throw new Error('expected an OperationError')
}

const yes = async () => true

describe('enroll (trust on first use)', () => {
  it('enrolls from an onboarding attestation answering a request, records it as the first attestation', async () => {
    const k = deviceKey()
    const req = await c.request('alice@c.example', 'onboarding')
    const f = file(
      attest({
        key: k,
        staffId: 'alice@c.example',
        purpose: 'onboarding',
        policy: c.policy,
        request: req,
        sequence: 1,
      }),
    )
    let shown = ''
    const { device } = await enrollDevice(c.ref, f, {
      unlock: c.unlock,
      staffId: 'alice@c.example',
      now: NOW,
      confirm: async (p) => {
        shown = formatFingerprint(p.fingerprint)
        return true
      },
    })
    expect(shown).toBe(formatFingerprint(fingerprint(k)))
    expect(device.status).toBe('active')
    expect(device.lastSequence).toBe(1)
    expect(device.lastAttestation?.purpose).toBe('onboarding')
    const r = await c.roster()
    expect(r.requests.find((q) => q.nonce === req.nonce)?.used).toBe(true)
    // Verifying the same file afterwards is idempotent.
    expect((await verifyPaths(c.ref, [f], { unlock: c.unlock, now: NOW, dryRun: true })).rows[0]?.code).toBe(
      'ALREADY_RECORDED',
    )
  })

  it('writes nothing when the CISO does not confirm the fingerprint', async () => {
    const k = deviceKey()
    const req = await c.request('alice@c.example', 'onboarding')
    const f = file(
      attest({
        key: k,
        staffId: 'alice@c.example',
        purpose: 'onboarding',
        policy: c.policy,
        request: req,
        sequence: 1,
      }),
    )
    const before = await c.roster()
    await refused(() =>
      enrollDevice(c.ref, f, {
        unlock: c.unlock,
        staffId: 'alice@c.example',
        now: NOW,
        confirm: async () => false,
      }),
    )
    expect(await c.roster()).toEqual(before)
  })

  it('refuses a key already enrolled to someone else', async () => {
    const k = deviceKey()
    await c.enroll(k, 'bob@c.example', 'bob-laptop')
    const req = await c.request('alice@c.example', 'onboarding')
    const f = file(
      attest({
        key: k,
        staffId: 'alice@c.example',
        purpose: 'onboarding',
        policy: c.policy,
        request: req,
        sequence: 1,
      }),
    )
    const err = await refused(() =>
      enrollDevice(c.ref, f, { unlock: c.unlock, staffId: 'alice@c.example', now: NOW, confirm: yes }),
    )
    expect(err.message).toMatch(/someone else \(bob@c\.example\)/)
  })

  it('refuses without a request nonce, for another staff id, or a periodic file', async () => {
    const k = deviceKey()
    const req = await c.request('alice@c.example', 'onboarding')
    const unsolicited = file(
      attest({
        key: k,
        staffId: 'alice@c.example',
        purpose: 'onboarding',
        policy: c.policy,
        request: null,
        sequence: 1,
      }),
    )
    expect(
      (
        await refused(() =>
          enrollDevice(c.ref, unsolicited, {
            unlock: c.unlock,
            staffId: 'alice@c.example',
            now: NOW,
            confirm: yes,
          }),
        )
      ).message,
    ).toMatch(/NONCE_UNKNOWN/)
    const ok = file(
      attest({
        key: k,
        staffId: 'alice@c.example',
        purpose: 'onboarding',
        policy: c.policy,
        request: req,
        sequence: 1,
      }),
    )
    expect(
      (
        await refused(() =>
          enrollDevice(c.ref, ok, { unlock: c.unlock, staffId: 'bob@c.example', now: NOW, confirm: yes }),
        )
      ).message,
    ).toMatch(/IDENTITY_MISMATCH/)
    const periodic = file(
      attest({ key: k, staffId: 'alice@c.example', policy: c.policy, request: null, sequence: 1 }),
    )
    expect(
      (
        await refused(() =>
          enrollDevice(c.ref, periodic, {
            unlock: c.unlock,
            staffId: 'alice@c.example',
            now: NOW,
            publicKey: createPublicKey(k),
            confirm: yes,
          }),
        )
      ).message,
    ).toMatch(/onboarding attestation/)
    expect((await c.roster()).devices).toEqual([])
  })

  it('refuses a file not signed by the key it carries; accepts --public-key when the key is not carried', async () => {
    const k = deviceKey()
    const other = deviceKey()
    const req = await c.request('alice@c.example', 'onboarding')
    const forged = file(
      attest({
        key: k,
        staffId: 'alice@c.example',
        purpose: 'onboarding',
        policy: c.policy,
        request: req,
        sequence: 1,
        signWith: other,
      }),
    )
    expect(
      (
        await refused(() =>
          enrollDevice(c.ref, forged, {
            unlock: c.unlock,
            staffId: 'alice@c.example',
            now: NOW,
            confirm: yes,
          }),
        )
      ).message,
    ).toMatch(/BAD_SIGNATURE/)
    const bare = file(
      attest({
        key: k,
        staffId: 'alice@c.example',
        purpose: 'onboarding',
        policy: c.policy,
        request: req,
        sequence: 1,
        mutate: (s) => void delete (s.predicate['device'] as Record<string, unknown>)['publicKey'],
      }),
    )
    expect(
      (
        await refused(() =>
          enrollDevice(c.ref, bare, { unlock: c.unlock, staffId: 'alice@c.example', now: NOW, confirm: yes }),
        )
      ).message,
    ).toMatch(/--public-key/)
    const publicKey = publicKeyFromPem(publicKeyToPem(k))
    const { device } = await enrollDevice(c.ref, bare, {
      unlock: c.unlock,
      staffId: 'alice@c.example',
      now: NOW,
      publicKey,
      confirm: yes,
    })
    expect(device.fingerprint).toBe(fingerprint(k))
  })
})

describe('revoke, offboard, roster', () => {
  it('revokes by staff id or by a grouped fingerprint prefix; later files are REVOKED_KEY', async () => {
    const a = deviceKey()
    const b = deviceKey()
    await c.enroll(a, 'alice@c.example', 'a1')
    await c.enroll(b, 'bob@c.example', 'b1')
    const byFp = await revokeDevices(c.ref, formatFingerprint(fingerprint(a)), {
      unlock: c.unlock,
      reason: 'stolen',
      now: NOW,
    })
    expect(byFp.map((d) => d.staffId)).toEqual(['alice@c.example'])
    expect(byFp[0]?.revokeReason).toBe('stolen')
    await revokeDevices(c.ref, 'bob@c.example', { unlock: c.unlock, reason: null, now: NOW })
    await refused(() => revokeDevices(c.ref, 'bob@c.example', { unlock: c.unlock, reason: null, now: NOW }))
    await refused(() =>
      revokeDevices(c.ref, 'nobody@c.example', { unlock: c.unlock, reason: null, now: NOW }),
    )
    const f = file(attest({ key: b, staffId: 'bob@c.example', policy: c.policy, request: null, sequence: 1 }))
    expect((await verifyPaths(c.ref, [f], { unlock: c.unlock, now: NOW, dryRun: true })).rows[0]?.code).toBe(
      'REVOKED_KEY',
    )
    expect(normalizeFingerprint('AB:cd ef')).toBe('abcdef')
  })

  it('offboards only with a verified offboarding attestation, then rejects the key', async () => {
    const k = deviceKey()
    await c.enroll(k, 'alice@c.example', 'laptop-1')
    const periodic = file(
      attest({ key: k, staffId: 'alice@c.example', policy: c.policy, request: null, sequence: 1 }),
    )
    await refused(() => offboardDevice(c.ref, periodic, { unlock: c.unlock, now: NOW }))
    const req = await c.request('alice@c.example', 'offboarding')
    const final = file(
      attest({
        key: k,
        staffId: 'alice@c.example',
        purpose: 'offboarding',
        policy: c.policy,
        request: req,
        sequence: 2,
      }),
    )
    const r = await offboardDevice(c.ref, final, { unlock: c.unlock, now: NOW })
    expect(r.device.status).toBe('offboarded')
    expect(r.device.offboardedAt).toBe(NOW.toISOString())
    const later = file(
      attest({ key: k, staffId: 'alice@c.example', policy: c.policy, request: null, sequence: 3 }),
    )
    expect(
      (await verifyPaths(c.ref, [later], { unlock: c.unlock, now: NOW, dryRun: true })).rows[0]?.code,
    ).toBe('REVOKED_KEY')
  })

  it('marks active devices without a recent attestation as stale', async () => {
    const a = deviceKey()
    const b = deviceKey()
    await c.enroll(a, 'alice@c.example', 'a1')
    await c.enroll(b, 'bob@c.example', 'b1')
    const f = file(
      attest({ key: a, staffId: 'alice@c.example', policy: c.policy, request: null, sequence: 1 }),
    )
    await verifyPaths(c.ref, [f], { unlock: c.unlock, now: NOW, dryRun: false })
    const rows = rosterRows(await c.roster(), NOW, 30)
    expect(rows.map((r) => [r.staffId, r.stale, r.lastResult])).toEqual([
      ['alice@c.example', false, 'pass'],
      ['bob@c.example', true, null],
    ])
    const later = new Date(NOW.getTime() + 31 * 86_400_000)
    expect(rosterRows(await c.roster(), later, 30).every((r) => r.stale)).toBe(true)
  })

  it('exports active keys as OpenSSH allowed_signers lines', async () => {
    const a = deviceKey()
    await c.enroll(a, 'alice@c.example', 'a1')
    const line = allowedSigners(await c.roster(), 'device-attestation@preflight').trim()
    const [who, ns, type, blob] = line.split(' ')
    expect([who, ns, type]).toEqual([
      'alice@c.example',
      'namespaces="device-attestation@preflight"',
      'ssh-ed25519',
    ])
    const raw = Buffer.from(blob ?? '', 'base64')
    expect(raw.subarray(4, 15).toString()).toBe('ssh-ed25519')
    const spki = createPublicKey(a).export({ type: 'spki', format: 'der' })
    expect(raw.subarray(raw.length - 32).equals(spki.subarray(spki.length - 32))).toBe(true)
  })
})
