/**
 * Issue 7 (part 2) on the verifier: one order-independent rule for several signatures, bounded work
 * per file, request windows judged by the request's issue time and the CISO's clock, one onboarding
 * request answered by two keys, an onboarding request answered by an enrolled laptop.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { KeyObject } from 'node:crypto'
import type { Roster, VerifyRowCode } from '../../../../shared/roster-types'
import { fingerprint } from '../../../../main/attestation/keys'
import { verifyPaths } from '../../../../main/ciso/operations'
import {
  MAX_POSTURE_SIGNATURES,
  REQUEST_TRANSIT_MS,
  prepareFile,
  VerifySession,
} from '../../../../main/ciso/verify'
import { attest, deviceKey, makeCampaign, T0, type AttestOptions, type TestCampaign } from './helpers'
import { checkRowText } from './verify-texts'

// Every row verified in this file carries its reason as a message whose English is the row's message.
const originalVerify = VerifySession.prototype.verify
VerifySession.prototype.verify = function (
  this: VerifySession,
  ...args: Parameters<VerifySession['verify']>
) {
  const out = originalVerify.apply(this, args)
  checkRowText(out.row)
  return out
}
const originalVerifyAll = VerifySession.prototype.verifyAll
VerifySession.prototype.verifyAll = function (
  this: VerifySession,
  ...args: Parameters<VerifySession['verifyAll']>
) {
  const out = originalVerifyAll.apply(this, args)
  for (const o of out) checkRowText(o.row)
  return out
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const NOW = new Date(T0.getTime() + HOUR)

let c: TestCampaign
beforeEach(async () => {
  c = await makeCampaign()
})
afterEach(() => c.cleanup())

interface Sig {
  keyid?: string
  sig: string
}
interface Env {
  payloadType: string
  payload: string
  signatures: Sig[]
}

const verifyOne = (roster: Roster, text: string, now = NOW) =>
  new VerifySession(roster, now).verify(prepareFile('a.json', Buffer.from(text))).row

/** The signature objects of `text` signed (same payload) by each of `keys`. */
function sigsOf(o: AttestOptions, keys: readonly KeyObject[]): { env: Env; sigs: Sig[] } {
  const env = JSON.parse(attest(o)) as Env
  const sigs = keys.map((k) => (JSON.parse(attest({ ...o, signWith: k })) as Env).signatures[0] as Sig)
  return { env, sigs }
}

describe('several signatures: one rule, whatever their order', () => {
  const alice = deviceKey()
  const bob = deviceKey()
  const stranger = deviceKey()
  const base = (): AttestOptions => ({
    key: alice,
    staffId: 'alice@c.example',
    policy: c.policy,
    request: null,
    sequence: 5,
  })
  beforeEach(async () => {
    await c.enroll(alice, 'alice@c.example', 'laptop-a')
    await c.enroll(bob, 'bob@c.example', 'laptop-b')
  })

  it('two valid signatures by two enrolled keys: AMBIGUOUS_SIGNER in either order', async () => {
    const { env, sigs } = sigsOf(base(), [alice, bob])
    const r = await c.roster()
    const ab = verifyOne(r, JSON.stringify({ ...env, signatures: [sigs[0], sigs[1]] }))
    const ba = verifyOne(r, JSON.stringify({ ...env, signatures: [sigs[1], sigs[0]] }))
    expect(ab.code).toBe('AMBIGUOUS_SIGNER')
    expect(ba.code).toBe('AMBIGUOUS_SIGNER')
    expect(ab.message).toBe(ba.message)
  })

  it('a keyid is only a hint: a valid signature whose keyid names another key is ACCEPTED', async () => {
    const { env, sigs } = sigsOf(base(), [alice])
    const r = await c.roster()
    const sig = (sigs[0] as Sig).sig
    expect(
      verifyOne(r, JSON.stringify({ ...env, signatures: [{ keyid: fingerprint(bob), sig }] })).code,
    ).toBe('ACCEPTED')
    expect(verifyOne(r, JSON.stringify({ ...env, signatures: [{ keyid: 'ab'.repeat(32), sig }] })).code).toBe(
      'ACCEPTED',
    )
    expect(verifyOne(r, JSON.stringify({ ...env, signatures: [{ sig }] })).code).toBe('ACCEPTED')
  })

  it('signatures by keys that are not enrolled are ignored; a repeated signature counts once', async () => {
    const { env, sigs } = sigsOf(base(), [alice, stranger])
    const r = await c.roster()
    for (const order of [
      [sigs[0], sigs[1]],
      [sigs[1], sigs[0]],
      [sigs[0], sigs[0]],
    ])
      expect(verifyOne(r, JSON.stringify({ ...env, signatures: order })).code).toBe('ACCEPTED')
  })

  it(`no signatures, or more than ${MAX_POSTURE_SIGNATURES}, is MALFORMED`, async () => {
    const { env, sigs } = sigsOf(base(), [alice])
    const r = await c.roster()
    const one = sigs[0] as Sig
    const none = verifyOne(r, JSON.stringify({ ...env, signatures: [] }))
    expect(none.code).toBe('MALFORMED')
    expect(none.message).toMatch(/no signature/)
    const many = Array.from({ length: MAX_POSTURE_SIGNATURES + 1 }, () => one)
    const tooMany = verifyOne(r, JSON.stringify({ ...env, signatures: many }))
    expect(tooMany.code).toBe('MALFORMED')
    expect(tooMany.message).toMatch(new RegExp(`at most ${MAX_POSTURE_SIGNATURES}`))
    const max = Array.from({ length: MAX_POSTURE_SIGNATURES }, () => one)
    expect(verifyOne(r, JSON.stringify({ ...env, signatures: max })).code).toBe('ACCEPTED')
  })

  it('property: the outcome does not depend on the order of the signatures', async () => {
    const r = await c.roster()
    const { env, sigs } = sigsOf(base(), [alice, bob, stranger])
    const [a, b, s] = sigs as [Sig, Sig, Sig]
    const garbage: Sig = { sig: Buffer.alloc(64, 7).toString('base64') }
    const pool: Sig[] = [
      a,
      { sig: a.sig },
      { keyid: fingerprint(bob), sig: a.sig },
      b,
      { keyid: fingerprint(alice), sig: b.sig },
      s,
      { keyid: fingerprint(alice), sig: s.sig },
      garbage,
      { keyid: fingerprint(alice), sig: garbage.sig },
    ]
    const seen = new Set<VerifyRowCode>()
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: pool.length - 1 }), {
          minLength: 1,
          maxLength: MAX_POSTURE_SIGNATURES,
        }),
        fc.func(fc.integer()),
        (picks, rank) => {
          const list = picks.map((i) => pool[i] as Sig)
          const shuffled = list
            .map((x, i) => ({ x, k: rank(i) }))
            .sort((p, q) => p.k - q.k)
            .map((p) => p.x)
          const one = verifyOne(r, JSON.stringify({ ...env, signatures: list }))
          const two = verifyOne(r, JSON.stringify({ ...env, signatures: shuffled }))
          expect(two.code).toBe(one.code)
          expect(two.message).toBe(one.message)
          seen.add(one.code)
          // The rule itself. Candidates: the subject's key (alice) and keys a keyid names. A
          // signature by bob counts only when some keyid names bob.
          const signedA = list.some((x) => x.sig === a.sig)
          const signedB = list.some((x) => x.sig === b.sig) && list.some((x) => x.keyid === fingerprint(bob))
          const expected =
            signedA && signedB
              ? 'AMBIGUOUS_SIGNER'
              : signedA
                ? 'ACCEPTED'
                : signedB
                  ? 'SUBJECT_MISMATCH'
                  : 'BAD_SIGNATURE'
          expect(one.code).toBe(expected)
        },
      ),
      { numRuns: 300 },
    )
    expect([...seen]).toEqual(
      expect.arrayContaining(['ACCEPTED', 'AMBIGUOUS_SIGNER', 'BAD_SIGNATURE', 'SUBJECT_MISMATCH']),
    )
  })
})

describe('dates: the request window, by the request issue time and the CISO clock', () => {
  const alice = deviceKey()
  beforeEach(async () => {
    await c.enroll(alice, 'alice@c.example', 'laptop-a')
  })
  const answer = async (collectedAt: Date, validDays = 1) => {
    const req = await c.request('alice@c.example', 'periodic', T0, validDays)
    return attest({
      key: alice,
      staffId: 'alice@c.example',
      policy: c.policy,
      request: req,
      sequence: 5,
      collectedAt,
    })
  }

  it('BEFORE_REQUEST: collected before the request was issued (beyond 5 minutes of clock skew)', async () => {
    const early = await answer(new Date(T0.getTime() - DAY))
    const row = verifyOne(await c.roster(), early)
    expect(row.code).toBe('BEFORE_REQUEST')
    expect(row.message).toMatch(/before the request was issued/)
    const skewed = await answer(new Date(T0.getTime() - 4 * 60_000))
    expect(verifyOne(await c.roster(), skewed).code).toBe('ACCEPTED')
  })

  it('REQUEST_WINDOW_CLOSED: a one-day request verified ten days later, whatever the laptop clock said', async () => {
    const f = await answer(new Date(T0.getTime() + HOUR))
    const r = await c.roster()
    expect(verifyOne(r, f, new Date(T0.getTime() + 2 * HOUR)).code).toBe('ACCEPTED')
    expect(verifyOne(r, f, new Date(T0.getTime() + DAY + REQUEST_TRANSIT_MS - HOUR)).code).toBe('ACCEPTED')
    const late = verifyOne(r, f, new Date(T0.getTime() + DAY + REQUEST_TRANSIT_MS + HOUR))
    expect(late.code).toBe('REQUEST_WINDOW_CLOSED')
    expect(late.message).toMatch(/72 hours/)
    expect(verifyOne(r, f, new Date(T0.getTime() + 10 * DAY)).code).toBe('REQUEST_WINDOW_CLOSED')
    expect(REQUEST_TRANSIT_MS).toBe(72 * HOUR)
  })

  it('REQUEST_WINDOW_CLOSED: collected after the request expired (device clock)', async () => {
    const f = await answer(new Date(T0.getTime() + 2 * DAY))
    expect(verifyOne(await c.roster(), f, new Date(T0.getTime() + 2 * DAY + HOUR)).code).toBe(
      'REQUEST_WINDOW_CLOSED',
    )
  })
})

describe('onboarding requests answered twice, or by an enrolled laptop', () => {
  it('two new keys answering one onboarding request: both CONTESTED_REQUEST, neither enrollable', async () => {
    const req = await c.request('bob@c.example', 'onboarding')
    const inbox = path.join(c.dir, '..', 'inbox')
    mkdirSync(inbox)
    const [real, thief] = [deviceKey(), deviceKey()]
    for (const [name, key, at] of [
      ['bob.json', real, T0.getTime() + 2000],
      ['thief.json', thief, T0.getTime() + 1000],
    ] as const)
      writeFileSync(
        path.join(inbox, name),
        attest({
          key,
          staffId: 'bob@c.example',
          purpose: 'onboarding',
          policy: c.policy,
          request: req,
          sequence: 1,
          collectedAt: new Date(at),
        }),
      )
    const { rows } = await verifyPaths(c.ref, [inbox], { unlock: c.unlock, now: NOW, dryRun: true })
    expect(rows.map((r) => [path.basename(r.file), r.code, r.enrollable])).toEqual([
      ['thief.json', 'CONTESTED_REQUEST', false],
      ['bob.json', 'CONTESTED_REQUEST', false],
    ])
    expect(rows[0]?.message).toMatch(/POSSIBLE INTERCEPTION/)
    const ungrouped = (i: number) => rows[i]?.message.replace(/ /g, '')
    expect(ungrouped(0)).toContain(fingerprint(real).slice(0, 16))
    expect(ungrouped(1)).toContain(fingerprint(thief).slice(0, 16))
  })

  it('a new key answering an onboarding request that an enrolled key already answered: CONTESTED_REQUEST', async () => {
    const req = await c.request('bob@c.example', 'onboarding')
    const thief = deviceKey()
    await c.enroll(thief, 'bob@c.example', 'not-bobs')
    const first = attest({
      key: thief,
      staffId: 'bob@c.example',
      purpose: 'onboarding',
      policy: c.policy,
      request: req,
      sequence: 1,
    })
    const session = new VerifySession(await c.roster(), NOW)
    expect(session.verify(prepareFile('thief.json', Buffer.from(first))).row.code).toBe('ACCEPTED')
    const real = deviceKey()
    const second = attest({
      key: real,
      staffId: 'bob@c.example',
      purpose: 'onboarding',
      policy: c.policy,
      request: req,
      sequence: 1,
    })
    const row = session.verify(prepareFile('bob.json', Buffer.from(second))).row
    expect(row.code).toBe('CONTESTED_REQUEST')
    expect(row.enrollable).toBe(false)
    expect(row.message).toContain(fingerprint(thief).slice(0, 16))
    expect(row.message).toMatch(/revoke/)
  })

  it('an onboarding request answered by a laptop that is already enrolled is reported', async () => {
    const alice = deviceKey()
    await c.enroll(alice, 'alice@c.example', 'laptop-a')
    const req = await c.request('alice@c.example', 'onboarding')
    const row = verifyOne(
      await c.roster(),
      attest({
        key: alice,
        staffId: 'alice@c.example',
        purpose: 'onboarding',
        policy: c.policy,
        request: req,
        sequence: 1,
      }),
    )
    expect(row.code).toBe('ACCEPTED')
    expect(row.message).toMatch(/already enrolled/)
    expect(row.message).toMatch(/laptop-a/)
  })
})
