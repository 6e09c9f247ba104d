import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PAYLOAD_TYPES, VERIFY_CODES } from '../../../../shared/attestation-types'
import type { Roster, VerifyRowCode } from '../../../../shared/roster-types'
import { fingerprint, publicKeyToPem } from '../../../../main/attestation/keys'
import { revokeDevices, verifyPaths } from '../../../../main/ciso/operations'
import { parseLegacyRoster } from '../../../../main/ciso/roster-schema'
import {
  knownKeyFromPem,
  MAX_ATTESTATION_BYTES,
  prepareFile,
  VerifySession,
} from '../../../../main/ciso/verify'
import { attest, deviceKey, makeCampaign, T0, type AttestOptions, type TestCampaign } from './helpers'
import { checkRowText, seenVerifyKeys } from './verify-texts'

const HOUR = 3_600_000
const NOW = new Date(T0.getTime() + HOUR)

/** Every code any verification in this file produced (see the last test). */
const seenCodes = new Set<string>()
const originalVerify = VerifySession.prototype.verify
VerifySession.prototype.verify = function (
  this: VerifySession,
  ...args: Parameters<VerifySession['verify']>
) {
  const out = originalVerify.apply(this, args)
  seenCodes.add(out.row.code)
  checkRowText(out.row)
  return out
}
const originalVerifyAll = VerifySession.prototype.verifyAll
VerifySession.prototype.verifyAll = function (
  this: VerifySession,
  ...args: Parameters<VerifySession['verifyAll']>
) {
  const out = originalVerifyAll.apply(this, args)
  for (const o of out) {
    seenCodes.add(o.row.code)
    checkRowText(o.row)
  }
  return out
}

let c: TestCampaign
beforeEach(async () => {
  c = await makeCampaign()
})
afterEach(() => c.cleanup())

function verifyText(roster: Roster, text: string | Buffer, now = NOW) {
  const session = new VerifySession(roster, now)
  const row = session.verify(prepareFile('a.json', Buffer.from(text))).row
  return { row, session }
}

async function codeOf(text: string | Buffer, now = NOW): Promise<VerifyRowCode> {
  return verifyText(await c.roster(), text, now).row.code
}

describe('verification pipeline: each rejection code is reached by a crafted file', () => {
  const alice = deviceKey()
  const base = (over: Partial<AttestOptions> = {}): AttestOptions => ({
    key: alice,
    staffId: 'alice@c.example',
    policy: c.policy,
    request: null,
    sequence: 5,
    ...over,
  })
  beforeEach(async () => {
    await c.enroll(alice, 'alice@c.example', 'laptop-1')
  })

  it('ACCEPTED: an unsolicited periodic report, informational, with a passing posture', async () => {
    const { row } = verifyText(await c.roster(), attest(base()))
    expect(row.code).toBe('ACCEPTED')
    expect(row.result).toBe('pass')
    expect(row.unsolicited).toBe(true)
    expect(row.message).toMatch(/unsolicited/)
    expect(row.message).toMatch(/device key not encrypted at rest \(file-0600-unencrypted\)/)
    const vm = attest(
      base({
        sequence: 6,
        mutate: (s) => void ((s.predicate['device'] as Record<string, unknown>)['hostKind'] = 'vm'),
      }),
    )
    expect(verifyText(await c.roster(), vm).row.message).toMatch(/checks ran inside a vm/)
    expect(row.fingerprint).toBe(fingerprint(alice))
  })

  it('ACCEPTED with a request nonce; the posture is judged against the issued policy', async () => {
    const req = await c.request('alice@c.example', 'periodic')
    const { row } = verifyText(
      await c.roster(),
      attest(base({ request: req, statuses: { firewall: 'fail' } })),
    )
    expect(row.code).toBe('ACCEPTED')
    expect(row.result).toBe('fail')
    expect(row.failingChecks).toEqual(['firewall'])
  })

  it('MALFORMED: not JSON, duplicate keys, missing fields, oversize', async () => {
    expect(await codeOf('not json')).toBe('MALFORMED')
    expect(await codeOf('{"payloadType":"a","payloadType":"b","payload":"","signatures":[]}')).toBe(
      'MALFORMED',
    )
    expect(await codeOf('{"payload":"","signatures":[]}')).toBe('MALFORMED')
    expect(await codeOf(Buffer.alloc(2 * 1024 * 1024, 0x20))).toBe('MALFORMED')
  })

  it('BAD_SIGNATURE: a payload altered after signing', async () => {
    const env = JSON.parse(attest(base())) as { payload: string }
    const stmt = JSON.parse(Buffer.from(env.payload, 'base64').toString()) as {
      predicate: { result: string }
    }
    stmt.predicate.result = 'pass'
    const changed = JSON.parse(Buffer.from(env.payload, 'base64').toString()) as Record<string, unknown>
    changed['tampered'] = true
    env.payload = Buffer.from(JSON.stringify(changed)).toString('base64')
    expect(await codeOf(JSON.stringify(env))).toBe('BAD_SIGNATURE')
  })

  it('BAD_SIGNATURE: a flipped signature byte; UNKNOWN_KEY: an unenrolled key', async () => {
    const env = JSON.parse(attest(base())) as { signatures: { sig: string }[] }
    const sig = Buffer.from(env.signatures[0]!.sig, 'base64')
    sig[3] = (sig[3] ?? 0) ^ 1
    env.signatures[0]!.sig = sig.toString('base64')
    expect(await codeOf(JSON.stringify(env))).toBe('BAD_SIGNATURE')
    expect(await codeOf(attest(base({ key: deviceKey() })))).toBe('UNKNOWN_KEY')
  })

  it("UNKNOWN_KEY marks a new device's self-signed onboarding file as enrollable (and only that)", async () => {
    const newKey = deviceKey()
    const req = await c.request('bob@c.example', 'onboarding')
    const onboarding = verifyText(
      await c.roster(),
      attest(
        base({ key: newKey, staffId: 'bob@c.example', purpose: 'onboarding', request: req, sequence: 1 }),
      ),
    ).row
    expect(onboarding).toMatchObject({ code: 'UNKNOWN_KEY', enrollable: true, staffId: 'bob@c.example' })
    expect(onboarding.fingerprint).toBe(fingerprint(newKey))
    expect(onboarding.message).toContain('preflight ciso enroll')
    const periodic = verifyText(await c.roster(), attest(base({ key: newKey, staffId: 'bob@c.example' }))).row
    expect(periodic.code).toBe('UNKNOWN_KEY')
    expect(periodic.enrollable).toBeUndefined()
    // Signed by another key than the one it carries: no hint.
    const forged = verifyText(
      await c.roster(),
      attest(
        base({
          key: newKey,
          staffId: 'bob@c.example',
          purpose: 'onboarding',
          request: req,
          sequence: 1,
          signWith: deviceKey(),
        }),
      ),
    ).row
    expect(forged).toMatchObject({ code: 'UNKNOWN_KEY' })
    expect(forged.enrollable).toBeUndefined()
  })

  it('UNKNOWN_KEY without a keyid hint still finds the enrolled key (keyid is only a hint)', async () => {
    const env = JSON.parse(attest(base())) as { signatures: { keyid?: string; sig: string }[] }
    delete env.signatures[0]!.keyid
    expect(await codeOf(JSON.stringify(env))).toBe('ACCEPTED')
  })

  it('WRONG_TYPE: another payloadType, _type or predicateType', async () => {
    expect(await codeOf(attest(base({ payloadType: PAYLOAD_TYPES.policy })))).toBe('WRONG_TYPE')
    expect(
      await codeOf(attest(base({ mutate: (s) => void (s['_type'] = 'https://in-toto.io/Statement/v0.1') }))),
    ).toBe('WRONG_TYPE')
    expect(await codeOf(attest(base({ mutate: (s) => void (s['predicateType'] = 'urn:other:v1') })))).toBe(
      'WRONG_TYPE',
    )
  })

  it('SUBJECT_MISMATCH: the statement is about another key than the signer', async () => {
    const bob = deviceKey()
    await c.enroll(bob, 'bob@c.example', 'laptop-1')
    // Subject = alice, signed by bob (enrolled): a valid signature over a statement about someone else.
    expect(await codeOf(attest(base({ signWith: bob })))).toBe('SUBJECT_MISMATCH')
  })

  it('REVOKED_KEY: after revocation, and for offboarded keys', async () => {
    await revokeDevices(c.ref, fingerprint(alice), { unlock: c.unlock, reason: 'lost laptop', now: T0 })
    const { row } = verifyText(await c.roster(), attest(base()))
    expect(row.code).toBe('REVOKED_KEY')
    expect(row.message).toMatch(/lost laptop/)
  })

  it('IDENTITY_MISMATCH: the file names another staffer than the roster owner', async () => {
    expect(await codeOf(attest(base({ staffId: 'mallory@c.example' })))).toBe('IDENTITY_MISMATCH')
  })

  it('staff ids are case-insensitive: ALICE@ is the owner of alice@’s key and answers her requests', async () => {
    const req = await c.request('Alice@C.example', 'periodic')
    const { row, session } = verifyText(
      await c.roster(),
      attest(base({ staffId: 'ALICE@C.EXAMPLE', request: req, sequence: 6 })),
    )
    expect(row.code).toBe('ACCEPTED')
    // The request was filed under the spelling already enrolled.
    expect(req.staffId).toBe('alice@c.example')
    expect(session.toRoster().attestations.at(-1)?.staffId).toBe('alice@c.example')
  })

  it('NONCE_UNKNOWN: a nonce never issued, issued to someone else, or for another purpose', async () => {
    const forBob = await c.request('bob@c.example', 'periodic')
    const onboarding = await c.request('alice@c.example', 'onboarding')
    const fake = { ...forBob, staffId: 'alice@c.example', nonce: 'A'.repeat(43) }
    expect(await codeOf(attest(base({ request: fake })))).toBe('NONCE_UNKNOWN')
    expect(await codeOf(attest(base({ request: forBob })))).toBe('NONCE_UNKNOWN')
    expect(await codeOf(attest(base({ request: onboarding })))).toBe('NONCE_UNKNOWN')
    // Onboarding/offboarding must answer a request.
    expect(await codeOf(attest(base({ purpose: 'offboarding' })))).toBe('NONCE_UNKNOWN')
  })

  it('NONCE_REUSED: a different file answering an already answered request', async () => {
    const req = await c.request('alice@c.example', 'periodic')
    const first = attest(base({ request: req, sequence: 6 }))
    const second = attest(base({ request: req, sequence: 7 }))
    const session = new VerifySession(await c.roster(), NOW)
    expect(session.verify(prepareFile('1.json', Buffer.from(first))).row.code).toBe('ACCEPTED')
    expect(session.verify(prepareFile('2.json', Buffer.from(second))).row.code).toBe('NONCE_REUSED')
    // The same file again is idempotent, not a reuse.
    expect(session.verify(prepareFile('1b.json', Buffer.from(first))).row.code).toBe('ALREADY_RECORDED')
  })

  it('FUTURE_DATED beyond 5 minutes of skew; EXPIRED after expiresAt or 30 days; the request window', async () => {
    expect(await codeOf(attest(base({ collectedAt: new Date(NOW.getTime() + 4 * 60_000) })))).toBe('ACCEPTED')
    expect(await codeOf(attest(base({ collectedAt: new Date(NOW.getTime() + 6 * 60_000) })))).toBe(
      'FUTURE_DATED',
    )
    expect(await codeOf(attest(base({ expiresAt: new Date(T0.getTime() + 30 * 60_000) })))).toBe('EXPIRED')
    // A far-future expiresAt does not keep an old file alive: the CISO's own 30-day bound applies.
    const old = attest(base({ expiresAt: new Date(T0.getTime() + 3650 * 86_400_000) }))
    expect(await codeOf(old, new Date(T0.getTime() + 29 * 86_400_000))).toBe('ACCEPTED')
    expect(await codeOf(old, new Date(T0.getTime() + 31 * 86_400_000))).toBe('EXPIRED')
    const req = await c.request('alice@c.example', 'periodic', T0, 1)
    const late = attest(base({ request: req, collectedAt: new Date(T0.getTime() + 2 * 86_400_000) }))
    expect(await codeOf(late, new Date(T0.getTime() + 2 * 86_400_000 + HOUR))).toBe('REQUEST_WINDOW_CLOSED')
    const early = attest(base({ request: req, collectedAt: new Date(T0.getTime() - 86_400_000) }))
    expect(await codeOf(early)).toBe('BEFORE_REQUEST')
  })

  it('AMBIGUOUS_SIGNER: signed by two enrolled keys; CONTESTED_REQUEST: one onboarding request, two new keys', async () => {
    const bob = deviceKey()
    await c.enroll(bob, 'bob@c.example', 'laptop-b')
    const a = JSON.parse(attest(base())) as { signatures: { keyid: string; sig: string }[] }
    const b = JSON.parse(attest(base({ signWith: bob }))) as typeof a
    expect(await codeOf(JSON.stringify({ ...a, signatures: [...a.signatures, ...b.signatures] }))).toBe(
      'AMBIGUOUS_SIGNER',
    )
    const req = await c.request('carol@c.example', 'onboarding')
    const answer = (key: ReturnType<typeof deviceKey>) =>
      prepareFile(
        `${fingerprint(key)}.json`,
        Buffer.from(
          attest(base({ key, staffId: 'carol@c.example', purpose: 'onboarding', request: req, sequence: 1 })),
        ),
      )
    const rows = new VerifySession(await c.roster(), NOW).verifyAll([
      answer(deviceKey()),
      answer(deviceKey()),
    ])
    expect(rows.map((o) => o.row.code)).toEqual(['CONTESTED_REQUEST', 'CONTESTED_REQUEST'])
  })

  it('REPLAY: a sequence not above the last accepted one', async () => {
    const session = new VerifySession(await c.roster(), NOW)
    expect(session.verify(prepareFile('1.json', Buffer.from(attest(base({ sequence: 9 }))))).row.code).toBe(
      'ACCEPTED',
    )
    expect(session.verify(prepareFile('2.json', Buffer.from(attest(base({ sequence: 9 }))))).row.code).toBe(
      'ALREADY_RECORDED',
    )
    const older = attest(base({ sequence: 8, collectedAt: new Date(T0.getTime() - HOUR) }))
    expect(session.verify(prepareFile('3.json', Buffer.from(older))).row.code).toBe('REPLAY')
  })

  it('POLICY_UNKNOWN: a policy digest the campaign never issued, or one no longer accepted', async () => {
    const foreign = { ...c.policy, digest: 'ab'.repeat(32) }
    expect(await codeOf(attest(base({ policy: foreign })))).toBe('POLICY_UNKNOWN')
    const r = await c.roster()
    const retired: Roster = { ...r, policies: r.policies.map((p) => ({ ...p, accepted: false })) }
    expect(verifyText(retired, attest(base())).row.code).toBe('POLICY_UNKNOWN')
  })

  it('judges the posture against the checks the policy requires on the device platform', async () => {
    // A policy that turns the firewall off on Linux: a Linux laptop that did not check it still passes.
    const r = await c.roster()
    const linuxOff: Roster = {
      ...r,
      policies: r.policies.map((p) => ({
        ...p,
        requiredChecks: {
          ...p.requiredChecks,
          linux: p.requiredChecks.linux.filter((id) => id !== 'firewall'),
        },
      })),
    }
    const noFirewall = attest(base({ statuses: { firewall: 'not-applicable' } }))
    expect(verifyText(linuxOff, noFirewall).row).toMatchObject({ code: 'ACCEPTED', result: 'pass' })
    // The same file judged where Linux still requires the firewall does not pass.
    expect(verifyText(r, noFirewall).row).toMatchObject({ result: 'unknown', failingChecks: ['firewall'] })
  })

  it('reads rosters written before per-platform levels (one required list for every platform)', async () => {
    // Such rosters are the unsigned preflight-roster/v1 files `ciso migrate` reads.
    const { campaignId: _c, attestations: _a, reattestDays: _d, ...r } = await c.roster()
    const old = {
      ...r,
      format: 'preflight-roster/v1',
      policies: r.policies.map((p) => ({ ...p, requiredChecks: ['os-version', 'firewall'] })),
    }
    const p = parseLegacyRoster(JSON.parse(JSON.stringify(old))).policies[0]
    expect(p?.requiredChecks).toEqual({
      darwin: ['os-version', 'firewall'],
      win32: ['os-version', 'firewall'],
      linux: ['os-version', 'firewall'],
    })
  })

  it('a file naming another platform than its enrolled one is judged against both lists', async () => {
    // Linux (enrolled) turns the firewall off, macOS requires it: a file claiming macOS must pass it.
    const r = await c.roster()
    const linuxOff: Roster = {
      ...r,
      policies: r.policies.map((p) => ({
        ...p,
        requiredChecks: {
          ...p.requiredChecks,
          linux: p.requiredChecks.linux.filter((id) => id !== 'firewall'),
        },
      })),
    }
    const claimsMac = attest(
      base({
        statuses: { firewall: 'not-applicable' },
        mutate: (s) => void ((s.predicate['device'] as Record<string, unknown>)['platform'] = 'darwin'),
      }),
    )
    // malware-protection is off on Linux (not checked) but required on macOS: the claim adds it too.
    expect(verifyText(linuxOff, claimsMac).row).toMatchObject({
      result: 'unknown',
      failingChecks: ['firewall', 'malware-protection'],
    })
  })

  it('a posture is never "pass" when a required check is missing or the facts were replayed', async () => {
    const noFirewall = attest(
      base({
        mutate: (s) => {
          const p = s.predicate as { checks: { id: string }[]; result: string }
          p.checks = p.checks.filter((x) => x.id !== 'firewall')
        },
      }),
    )
    const a = verifyText(await c.roster(), noFirewall).row
    expect(a.code).toBe('ACCEPTED')
    expect(a.result).toBe('fail')
    expect(a.failingChecks).toEqual(['firewall'])
    const replayed = attest(base({ mutate: (s) => void (s.predicate['replayed'] = true) }))
    const b = verifyText(await c.roster(), replayed).row
    expect(b.code).toBe('ACCEPTED')
    expect(b.result).toBe('unknown')
  })

  it('does not trust a roster entry whose fingerprint is not its public key (hand-edited roster)', async () => {
    const r = await c.roster()
    const mallory = deviceKey()
    // Alice's fingerprint paired with Mallory's key: files Mallory signs must not pass as Alice's.
    const edited: Roster = {
      ...r,
      devices: r.devices.map((d) => ({ ...d, publicKeyPem: publicKeyToPem(mallory) })),
    }
    const forged = attest(
      base({
        key: mallory,
        mutate: (s) =>
          void ((s['subject'] as { digest: { sha256: string } }[])[0]!.digest.sha256 = fingerprint(alice)),
      }),
    )
    expect(verifyText(edited, forged).row.code).not.toBe('ACCEPTED')
    expect(verifyText(edited, attest(base())).row.code).not.toBe('ACCEPTED')
    expect(knownKeyFromPem(publicKeyToPem(alice))?.fp).toBe(fingerprint(alice))
    expect(knownKeyFromPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----')).toBeNull()
  })
})

describe('batches', () => {
  it('orders files by collectedAt then sequence, records once, and is idempotent', async () => {
    const k = deviceKey()
    await c.enroll(k, 'alice@c.example', 'laptop-1')
    const folder = path.join(c.dir, '..', 'inbox')
    mkdirSync(folder)
    // Named so that alphabetical order is the reverse of collection order.
    writeFileSync(
      path.join(folder, 'a.json'),
      attest({
        key: k,
        staffId: 'alice@c.example',
        policy: c.policy,
        request: null,
        sequence: 3,
        collectedAt: new Date(T0.getTime() + 2000),
      }),
    )
    writeFileSync(
      path.join(folder, 'b.json'),
      attest({
        key: k,
        staffId: 'alice@c.example',
        policy: c.policy,
        request: null,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 1000),
      }),
    )
    writeFileSync(path.join(folder, 'c.json'), 'garbage')
    const first = await verifyPaths(c.ref, [folder], { unlock: c.unlock, now: NOW, dryRun: false })
    expect(first.rows.map((r) => [path.basename(r.file), r.code])).toEqual([
      ['b.json', 'ACCEPTED'],
      ['a.json', 'ACCEPTED'],
      ['c.json', 'MALFORMED'],
    ])
    expect(first.saved).toBe(true)
    const roster = await c.roster()
    expect(roster.devices[0]?.lastSequence).toBe(3)
    const again = await verifyPaths(c.ref, [folder], { unlock: c.unlock, now: NOW, dryRun: false })
    expect(again.rows.map((r) => r.code)).toEqual(['ALREADY_RECORDED', 'ALREADY_RECORDED', 'MALFORMED'])
    expect(again.saved).toBe(false)
    expect((await c.roster()).revision).toBe(roster.revision)
  })

  it('blocking and asynchronous reads give the same rows (including an oversize file)', async () => {
    const k = deviceKey()
    await c.enroll(k, 'alice@c.example', 'laptop-1')
    const folder = path.join(c.dir, '..', 'inbox2')
    mkdirSync(folder)
    for (let i = 1; i <= 5; i++)
      writeFileSync(
        path.join(folder, `r${i}.json`),
        attest({ key: k, staffId: 'alice@c.example', policy: c.policy, request: null, sequence: i }),
      )
    writeFileSync(path.join(folder, 'big.json'), Buffer.alloc(MAX_ATTESTATION_BYTES + 10, 0x20))
    const progress: number[] = []
    const a = await verifyPaths(c.ref, [folder], {
      unlock: c.unlock,
      now: NOW,
      dryRun: true,
      onProgress: (d, t) => progress.push(d / t),
    })
    expect(progress).toEqual([1, 2, 3, 4, 5, 6].map((d) => d / 6))
    const b = await verifyPaths(c.ref, [folder], {
      unlock: c.unlock,
      now: NOW,
      dryRun: true,
      syncReads: true,
    })
    expect(b.rows).toEqual(a.rows)
    expect(a.rows.map((r) => r.code)).toEqual([
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
      'MALFORMED',
    ])
    expect(a.rows.at(-1)?.message).toMatch(/larger than/)
  })

  it('--dry-run verifies without recording; missing paths are reported, not thrown', async () => {
    const k = deviceKey()
    await c.enroll(k, 'alice@c.example', 'laptop-1')
    const f = path.join(c.dir, '..', 'one.json')
    writeFileSync(
      f,
      attest({ key: k, staffId: 'alice@c.example', policy: c.policy, request: null, sequence: 1 }),
    )
    const before = await c.roster()
    const r = await verifyPaths(c.ref, [f, path.join(c.dir, 'nope.json')], {
      unlock: c.unlock,
      now: NOW,
      dryRun: true,
    })
    expect(r.rows.map((x) => x.code)).toEqual(['ACCEPTED'])
    expect(r.unreadable.map((u) => path.basename(u.path))).toEqual(['nope.json'])
    expect(await c.roster()).toEqual(before)
  })
})

describe('robustness', () => {
  it('an unexpected error while verifying one file becomes a MALFORMED row, not a crash', async () => {
    const session = new VerifySession(await c.roster(), NOW)
    const broken = {
      ...prepareFile('x.json', Buffer.from('{}')),
      parseError: null,
      envelope: {
        payloadType: 'x',
        payload: '',
        get signatures(): never {
          throw new Error('boom')
        },
      },
    }
    const { row } = session.verify(broken)
    expect(row.code).toBe('MALFORMED')
    expect(row.message).toContain('internal error: boom')
    expect(session.changed).toBe(false)
  })
})

describe('property: random and mutated files never verify and never crash the verifier', () => {
  it('random bytes and random JSON', async () => {
    const k = deviceKey()
    await c.enroll(k, 'alice@c.example', 'laptop-1')
    const roster = await c.roster()
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.json().map((s) => Buffer.from(s)),
        ),
        (bytes) => {
          const { row } = verifyText(roster, Buffer.from(bytes))
          expect(row.code).not.toBe('ACCEPTED')
          expect(row.code).not.toBe('ALREADY_RECORDED')
        },
      ),
      { numRuns: 300 },
    )
  })

  it('any single-byte change of a valid file is rejected (or is an equivalent encoding of the same bytes)', async () => {
    const k = deviceKey()
    await c.enroll(k, 'alice@c.example', 'laptop-1')
    const roster = await c.roster()
    const valid = Buffer.from(
      attest({ key: k, staffId: 'alice@c.example', policy: c.policy, request: null, sequence: 1 }),
    )
    const validRow = verifyText(roster, valid).row
    expect(validRow.code).toBe('ACCEPTED')
    fc.assert(
      fc.property(fc.nat(valid.length - 1), fc.integer({ min: 1, max: 255 }), (pos, delta) => {
        const m = Buffer.from(valid)
        m[pos] = ((m[pos] ?? 0) + delta) % 256
        const { row } = verifyText(roster, m)
        if (row.code === 'ACCEPTED') {
          // Only changes outside the signed content can still verify (e.g. whitespace, keyid hint).
          const a = JSON.parse(valid.toString()) as { payload: string; payloadType: string }
          const b = JSON.parse(m.toString()) as { payload: string; payloadType: string }
          expect(Buffer.from(b.payload, 'base64').equals(Buffer.from(a.payload, 'base64'))).toBe(true)
          expect(b.payloadType).toBe(a.payloadType)
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('coverage of the rejection codes', () => {
  it('every code in VERIFY_CODES was produced by some crafted file above', () => {
    // Runs last in this file: `seenCodes` collects the code of every verification made above.
    expect(VERIFY_CODES.filter((code) => !seenCodes.has(code))).toEqual([])
    expect(seenCodes.has('ACCEPTED')).toBe(true)
    expect(seenCodes.has('ALREADY_RECORDED')).toBe(true)
  })

  it('every row above carried its reason as a message (checkRowText), over many reasons', () => {
    // checkRowText ran on every row: text renders to the English message, keys in English and Spanish.
    expect(seenVerifyKeys.size).toBeGreaterThanOrEqual(30)
    expect(seenVerifyKeys.has('main.verify.acceptedWithNotes')).toBe(true)
    expect(seenVerifyKeys.has('main.verify.contested.multiple')).toBe(true)
  })
})
