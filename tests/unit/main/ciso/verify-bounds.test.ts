/**
 * Bounded work per file (issue 7, item 5): a hostile envelope with many signatures and no keyid must
 * not be tried against every enrolled key. Ed25519 verifications are counted through node:crypto.
 */
import * as crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Roster } from '../../../../shared/roster-types'
import { fingerprint } from '../../../../main/attestation/keys'
import {
  MAX_POSTURE_SIGNATURES,
  newDeviceRecord,
  prepareFile,
  VerifySession,
} from '../../../../main/ciso/verify'
import { attest, deviceKey, makeCampaign, T0, type TestCampaign } from './helpers'

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>()
  return { ...real, verify: vi.fn(real.verify) }
})
const verifyCalls = () => vi.mocked(crypto.verify).mock.calls.length

const DEVICES = 1000
let c: TestCampaign
let roster: Roster
const keys: crypto.KeyObject[] = []

beforeAll(async () => {
  c = await makeCampaign()
  for (let i = 0; i < DEVICES; i++) keys.push(deviceKey())
  const base = await c.roster()
  roster = {
    ...base,
    devices: keys.map((k, i) => newDeviceRecord(k, `s${i}@c.example`, `laptop-${i}`, 'linux', T0)),
  }
}, 60_000)
afterAll(() => c.cleanup())

interface Env {
  payloadType: string
  payload: string
  signatures: { keyid?: string; sig: string }[]
}

/** Verify one text and return the row and the number of Ed25519 verifications it cost. */
function cost(text: string) {
  const session = new VerifySession(roster, new Date(T0.getTime() + 3_600_000))
  const before = verifyCalls()
  const row = session.verify(prepareFile('hostile.json', Buffer.from(text))).row
  return { row, verifies: verifyCalls() - before }
}

describe(`work per file with ${DEVICES} enrolled devices`, () => {
  const stranger = deviceKey()
  const hostile = (n: number, subjectKey: crypto.KeyObject, keyids: (string | undefined)[] = []) => {
    const env = JSON.parse(
      attest({
        key: subjectKey,
        staffId: 's0@c.example',
        policy: c.policy,
        request: null,
        sequence: 9,
        signWith: stranger,
      }),
    ) as Env
    const sig = env.signatures[0]?.sig as string
    env.signatures = Array.from({ length: n }, (_, i) => {
      const flipped = Buffer.from(sig, 'base64')
      flipped[i % 64] = (flipped[i % 64] ?? 0) ^ (i + 1)
      const keyid = keyids[i]
      return keyid === undefined
        ? { sig: flipped.toString('base64') }
        : { keyid, sig: flipped.toString('base64') }
    })
    return JSON.stringify(env)
  }

  it('16 signatures without keyid (the 6 KB file of the report): MALFORMED before any verification', () => {
    const r = cost(hostile(16, stranger))
    expect(r.row.code).toBe('MALFORMED')
    expect(r.verifies).toBe(0)
  })

  it(`${MAX_POSTURE_SIGNATURES} signatures without keyid about an unknown key: a handful of checks, not ${MAX_POSTURE_SIGNATURES * DEVICES}`, () => {
    const r = cost(hostile(MAX_POSTURE_SIGNATURES, stranger))
    expect(r.row.code).toBe('UNKNOWN_KEY')
    expect(r.verifies).toBeLessThanOrEqual(MAX_POSTURE_SIGNATURES)
  })

  it('about an enrolled key, every keyid naming another enrolled key: at most 4 x 5 checks', () => {
    const named = keys.slice(1, 1 + MAX_POSTURE_SIGNATURES).map((k) => fingerprint(k))
    const r = cost(hostile(MAX_POSTURE_SIGNATURES, keys[0] as crypto.KeyObject, named))
    expect(r.row.code).toBe('BAD_SIGNATURE')
    expect(r.verifies).toBeLessThanOrEqual(MAX_POSTURE_SIGNATURES * (MAX_POSTURE_SIGNATURES + 1))
  })

  it('a genuine file costs one check, and ten hostile files stay well under a second', () => {
    const k = keys[500] as crypto.KeyObject
    const good = attest({ key: k, staffId: 's500@c.example', policy: c.policy, request: null, sequence: 1 })
    const r = cost(good)
    expect(r.row.code).toBe('ACCEPTED')
    expect(r.verifies).toBe(1)
    const started = performance.now()
    for (let i = 0; i < 10; i++) cost(hostile(MAX_POSTURE_SIGNATURES, keys[i] as crypto.KeyObject))
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
