/**
 * The device profile in attestations: an additive, optional predicate field (`device.profile`).
 * New files carry it when the run collected one; files without it (older Preflight) still verify.
 */
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildAttestation, encodePayload, parseStatement } from '../../../../main/attestation/formats'
import { generateSigningKey } from '../../../../main/attestation/keys'
import { verifyPaths } from '../../../../main/ciso/operations'
import type { DeviceProfile } from '../../../../shared/device-profile'
import type { Report } from '../../../../shared/check-types'
import { attest, deviceKey, makeCampaign, makeReport, T0, type TestCampaign } from '../ciso/helpers'

function sampleReport(over: Partial<Report> = {}): Report {
  return { ...makeReport(T0), ...over }
}

const PROFILE: DeviceProfile = {
  status: 'ok',
  manufacturer: 'LENOVO',
  model: '20XW0055GE',
  chassis: 'laptop',
  chassisType: 'Notebook',
  virtual: false,
  virtualHost: null,
  firmware: 'uefi',
  hostKindCheck: 'confirms',
}

const key = generateSigningKey()
const opts = {
  purpose: 'periodic' as const,
  staffId: 'alice@campaign.example',
  deviceLabel: 'alice-laptop',
  deviceKey: key.publicKey,
  keyProtection: 'file-0600-unencrypted' as const,
  policy: { id: 'baseline', version: 2, digestSha256: 'a'.repeat(64) },
  request: null,
  sequence: 3,
}

describe('device.profile in the statement', () => {
  it('signs maker, model, chassis, VM and firmware (not the raw chassis type) and parses back', () => {
    const s = buildAttestation(sampleReport({ deviceProfile: PROFILE }), opts)
    expect(s.predicate.device.profile).toEqual({
      status: 'ok',
      manufacturer: 'LENOVO',
      model: '20XW0055GE',
      chassis: 'laptop',
      virtual: false,
      virtualHost: null,
      firmware: 'uefi',
      hostKindCheck: 'confirms',
    })
    expect(parseStatement(encodePayload(s))).toEqual(s)
  })

  it('leaves it out when the run had none (older reports, replays of older transcripts)', () => {
    expect(buildAttestation(sampleReport(), opts).predicate.device.profile).toBeUndefined()
    const notCollected = { ...PROFILE, status: 'not-collected' as const }
    expect(
      buildAttestation(sampleReport({ deviceProfile: notCollected }), opts).predicate.device,
    ).not.toHaveProperty('profile')
  })

  it('shortens long names and rejects values outside the vocabulary', () => {
    const long = { ...PROFILE, model: 'M'.repeat(500) }
    expect(
      buildAttestation(sampleReport({ deviceProfile: long }), opts).predicate.device.profile?.model,
    ).toHaveLength(100)
    const s = buildAttestation(sampleReport({ deviceProfile: PROFILE }), opts)
    const bad = JSON.parse(JSON.stringify(s)) as {
      predicate: { device: { profile: Record<string, unknown> } }
    }
    bad.predicate.device.profile['chassis'] = 'spaceship'
    expect(() => parseStatement(encodePayload(bad))).toThrow(/MALFORMED|chassis/)
  })
})

describe('the CISO verifier', () => {
  let c: TestCampaign
  beforeEach(async () => {
    c = await makeCampaign()
  })
  afterEach(() => c.cleanup())

  it('accepts files with the profile and files without it', async () => {
    const k = deviceKey()
    await c.enroll(k, 'alice@c.example', 'laptop-1')
    const old = attest({ key: k, staffId: 'alice@c.example', policy: c.policy, request: null, sequence: 1 })
    expect(
      JSON.parse(Buffer.from(JSON.parse(old).payload, 'base64').toString()).predicate.device.profile,
    ).toBeUndefined()
    const withProfile = attest({
      key: k,
      staffId: 'alice@c.example',
      policy: c.policy,
      request: null,
      sequence: 2,
      collectedAt: new Date(T0.getTime() + 60_000),
      mutate: (s) => {
        const device = s.predicate['device'] as Record<string, unknown>
        device['profile'] = { ...PROFILE, chassisType: undefined, virtual: true, virtualHost: 'VMware' }
      },
    })
    const files = [old, withProfile].map((text, i) => {
      const f = path.join(c.dir, '..', `profile-${i}.json`)
      writeFileSync(f, text)
      return f
    })
    const now = new Date(T0.getTime() + 3_600_000)
    const r = await verifyPaths(c.ref, files, { unlock: c.unlock, now, dryRun: true })
    expect(r.rows.map((row) => row.code)).toEqual(['ACCEPTED', 'ACCEPTED'])
  })
})
