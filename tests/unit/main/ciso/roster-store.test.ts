import { createHash } from 'node:crypto'
import { hostname } from 'node:os'
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseEnvelopeJson, signEnvelope, verifyEnvelope } from '../../../../main/attestation/dsse'
import { fingerprint, publicKeyToPem, toPublic } from '../../../../main/attestation/keys'
import { CampaignError, trustCampaign } from '../../../../main/ciso/campaign'
import {
  CAMPAIGN_TRUST_FILE,
  CampaignTrustError,
  CampaignTrustStore,
} from '../../../../main/ciso/campaign-trust'
import { loadIssuedPolicy } from '../../../../main/ciso/issue'
import type { Roster } from '../../../../shared/roster-types'
import { CisoKeySession } from '../../../../main/ciso/key-session'
import { migrateCampaign } from '../../../../main/ciso/migrate'
import { revokeDevices } from '../../../../main/ciso/operations'
import {
  loadRoster,
  ROSTER_BACKUPS_DIR,
  ROSTER_FILE,
  ROSTER_LOCK,
  ROSTER_MANIFEST_TYPE,
  ROSTER_SNAPSHOTS_KEPT,
  RosterError,
  saveRoster,
  signRoster,
  SIGNED_ROSTER_FORMAT,
  withCampaignLock,
  type CampaignRef,
} from '../../../../main/ciso/roster-store'
import { deviceKey, makeCampaign, T0, tempDir, type TestCampaign } from './helpers'

let c: TestCampaign
beforeEach(async () => {
  c = await makeCampaign()
})
afterEach(() => c.cleanup())

async function rosterError(fn: () => Promise<unknown>): Promise<RosterError> {
  try {
    await fn()
  } catch (err) {
    expect(err).toBeInstanceOf(RosterError)
    return err as RosterError
  }
  throw new Error('expected a RosterError')
}

const rosterPath = () => path.join(c.dir, ROSTER_FILE)
const snapshots = () => readdirSync(path.join(c.dir, ROSTER_BACKUPS_DIR)).sort()

/** Write roster data signed with the campaign key (what only the CISO could do). */
function writeSigned(data: unknown): void {
  writeFileSync(rosterPath(), signRoster(data as Roster, c.cisoKey).text)
}

/** Another laptop of the same CISO: its own config folder. */
function otherLaptop(): CampaignRef {
  return { dir: c.dir, trust: new CampaignTrustStore(path.join(c.dir, '..', 'laptop-2')) }
}

describe('signed roster', () => {
  it('every save signs roster.json with the campaign key, keeps a signed copy and records the revision', async () => {
    const before = await c.roster()
    const after = await saveRoster(c.ref, { ...before, org: 'Renamed' }, T0, c.cisoKey)
    expect(after.revision).toBe(before.revision + 1)
    const file = JSON.parse(readFileSync(rosterPath(), 'utf8')) as {
      format: string
      signature: unknown
      roster: Roster
    }
    expect(file.format).toBe(SIGNED_ROSTER_FORMAT)
    expect(file.roster.org).toBe('Renamed')
    const env = parseEnvelopeJson(JSON.stringify(file.signature))
    expect(env.payloadType).toBe(ROSTER_MANIFEST_TYPE)
    const manifest = JSON.parse(
      verifyEnvelope(env, [toPublic(c.cisoKey)])?.payload.toString('utf8') ?? 'null',
    )
    expect(manifest).toMatchObject({
      revision: after.revision,
      rosterSha256: createHash('sha256').update(JSON.stringify(file.roster)).digest('hex'),
    })
    expect(
      readFileSync(
        path.join(c.dir, ROSTER_BACKUPS_DIR, `roster-r${String(after.revision).padStart(6, '0')}.json`),
        'utf8',
      ),
    ).toBe(readFileSync(rosterPath(), 'utf8'))
    const [anchor] = await c.ref.trust.list()
    expect(anchor).toMatchObject({ fingerprint: fingerprint(c.cisoKey), revision: after.revision })
    expect((await loadRoster(c.ref)).org).toBe('Renamed')
  })

  it('refuses to save with another key than the pinned campaign key', async () => {
    const roster = await c.roster()
    const err = await rosterError(() =>
      saveRoster(c.ref, { ...roster, cisoFingerprint: 'f'.repeat(64) }, T0, c.cisoKey),
    )
    expect(err.reason).toBe('CAMPAIGN_NOT_PINNED')
    const err2 = await rosterError(() => saveRoster(c.ref, roster, T0, deviceKey()))
    expect(err2.reason).toBe('CAMPAIGN_KEY_CHANGED')
  })

  it('survives a crash mid-write: a temp file left behind is ignored and the last good roster loads', async () => {
    const good = await c.roster()
    writeFileSync(path.join(c.dir, `.${ROSTER_FILE}.deadbeef0000.tmp`), '{"format":"preflight-signed-ros')
    expect(await loadRoster(c.ref)).toEqual(good)
    const next = await saveRoster(c.ref, good, T0, c.cisoKey)
    expect(next.revision).toBe(good.revision + 1)
  })

  it('a roster written but not yet recorded in the anchor (crash) is accepted as newer', async () => {
    const good = await c.roster()
    writeSigned({ ...good, revision: good.revision + 1 })
    expect((await loadRoster(c.ref)).revision).toBe(good.revision + 1)
    expect((await c.ref.trust.list())[0]?.revision).toBe(good.revision + 1)
  })

  it('a damaged roster is ROSTER_CORRUPT naming the good copy; the copy restores it', async () => {
    const good = await c.roster()
    writeFileSync(rosterPath(), '{"format": "preflight-signed-roster/v2", "signature": {"payload": [')
    const err = await rosterError(() => loadRoster(c.ref))
    expect(err.kind).toBe('corrupt')
    expect(err.reason).toBe('ROSTER_CORRUPT')
    const m = /newest good copy: (\S+\.json)/.exec(err.message)
    expect(m?.[1]).toBe(
      path.join(ROSTER_BACKUPS_DIR, `roster-r${String(good.revision).padStart(6, '0')}.json`),
    )
    writeFileSync(rosterPath(), readFileSync(path.join(c.dir, m?.[1] as string)))
    expect(await loadRoster(c.ref)).toEqual(good)
  })

  it('a signed roster that breaks the schema names the field (ROSTER_CORRUPT)', async () => {
    const good = await c.roster()
    writeSigned({
      ...good,
      revision: good.revision + 1,
      policies: [{ ...good.policies[0], digest: 'nothex' }],
    })
    const err = await rosterError(() => loadRoster(c.ref))
    expect(err.reason).toBe('ROSTER_CORRUPT')
    expect(err.message).toContain('policies.0.digest')
  })

  it('a device whose public key does not match its fingerprint is refused even when signed', async () => {
    await c.enroll(deviceKey(), 'a@c.example', 'la')
    const good = await c.roster()
    const other = publicKeyToPem(deviceKey())
    writeSigned({
      ...good,
      revision: good.revision + 1,
      devices: good.devices.map((d) => ({ ...d, publicKeyPem: other })),
    })
    const err = await rosterError(() => loadRoster(c.ref))
    expect(err.message).toContain(
      'devices.0.publicKeyPem: is not an Ed25519 public key with this fingerprint',
    )
  })

  it('the same revision with other content is a rollback (two rosters claiming one revision)', async () => {
    const good = await c.roster()
    writeSigned({ ...good, org: 'Forked' })
    const err = await rosterError(() => loadRoster(c.ref))
    expect(err.reason).toBe('ROSTER_ROLLBACK')
    expect(err.message).toContain(`differs from the revision ${good.revision}`)
  })

  it('a roster of another campaign signed with the same key is refused', async () => {
    const good = await c.roster()
    writeSigned({ ...good, campaignId: 'AAAAAAAAAAAAAAAAAAAAAA', revision: good.revision + 5 })
    expect((await rosterError(() => loadRoster(c.ref))).message).toContain('belongs to another campaign')
  })

  it('an unsigned roster on a laptop that has seen a signed one is ROSTER_UNSIGNED, not an old folder', async () => {
    const good = await c.roster()
    writeFileSync(rosterPath(), JSON.stringify({ ...good, format: 'preflight-roster/v1' }))
    const err = await rosterError(() => loadRoster(c.ref))
    expect(err.reason).toBe('ROSTER_UNSIGNED')
    expect(err.message).toContain('already seen signed revision')
    expect(err.message).toMatch(/newest good copy: backups/)
  })

  it('keeps the last revisions in backups/; a planted copy with a huge revision pushes nothing out', async () => {
    mkdirSync(path.join(c.dir, ROSTER_BACKUPS_DIR), { recursive: true })
    writeFileSync(path.join(c.dir, ROSTER_BACKUPS_DIR, 'roster-r999999.json'), 'planted')
    let r = await c.roster()
    for (let i = 0; i < 7; i++) r = await saveRoster(c.ref, r, T0, c.cisoKey)
    const names = snapshots().filter((n) => n !== 'roster-r999999.json')
    expect(names).toHaveLength(ROSTER_SNAPSHOTS_KEPT)
    expect(names.at(-1)).toBe(`roster-r${String(r.revision).padStart(6, '0')}.json`)
    // The planted file is never named as a good copy.
    writeFileSync(rosterPath(), 'garbage')
    expect((await rosterError(() => loadRoster(c.ref))).message).toContain(
      `roster-r${String(r.revision).padStart(6, '0')}.json`,
    )
  })

  it('a missing roster is ROSTER_MISSING naming the copy to restore', async () => {
    unlinkSync(rosterPath())
    const err = await rosterError(() => loadRoster(c.ref))
    expect(err.reason).toBe('ROSTER_MISSING')
    expect(err.message).toMatch(/newest good copy: backups\/roster-r\d{6}\.json/)
  })

  it('with no good copy left, says which revision the own backup must hold', async () => {
    const good = await c.roster()
    for (const n of snapshots()) unlinkSync(path.join(c.dir, ROSTER_BACKUPS_DIR, n))
    writeFileSync(rosterPath(), 'x')
    const err = await rosterError(() => loadRoster(c.ref))
    expect(err.message).toContain(`No good copy is left in the folder`)
    expect(err.message).toContain(`revision ${good.revision} or newer`)
  })
})

describe('campaign key pinning and other laptops', () => {
  it('a laptop that never confirmed the key refuses the folder until trust-campaign pins it', async () => {
    const laptop2 = otherLaptop()
    const err = await rosterError(() => loadRoster(laptop2))
    expect(err.reason).toBe('CAMPAIGN_NOT_PINNED')
    expect(err.message).toContain(fingerprint(c.cisoKey))
    expect(err.message).toContain('preflight ciso trust-campaign')
    const declined = await trustCampaign(laptop2, { now: T0, confirm: async () => false }).catch(
      (e: unknown) => e,
    )
    expect(declined).toBeInstanceOf(CampaignError)
    const shown: string[] = []
    const pinned = await trustCampaign(laptop2, {
      now: T0,
      confirm: async (p) => {
        shown.push(p.fingerprint)
        return true
      },
    })
    expect(pinned.outcome).toBe('pinned')
    expect(shown).toEqual([fingerprint(c.cisoKey)])
    expect((await loadRoster(laptop2)).cisoFingerprint).toBe(fingerprint(c.cisoKey))
    expect((await trustCampaign(laptop2, { now: T0, confirm: async () => true })).outcome).toBe('already')
  })

  it('two laptops on a shared folder: each accepts the other’s newer revisions', async () => {
    const laptop2 = otherLaptop()
    await trustCampaign(laptop2, { now: T0, confirm: async () => true })
    const a = deviceKey()
    await c.enroll(a, 'a@c.example', 'la')
    // Laptop 2 sees the newer roster written by laptop 1 and writes on top of it.
    const seen = await loadRoster(laptop2)
    expect(seen.devices).toHaveLength(1)
    await revokeDevices(laptop2, fingerprint(a), { reason: null, now: T0, unlock: c.unlock })
    expect((await loadRoster(c.ref)).devices[0]?.status).toBe('revoked')
  })

  it('trust-campaign refuses a folder whose key differs from the one pinned for it', async () => {
    const other = await makeCampaign()
    try {
      // The folder of campaign c, with campaign `other`'s key and roster copied in.
      for (const f of ['ciso.pub.pem', 'ciso.key', ROSTER_FILE])
        writeFileSync(path.join(c.dir, f), readFileSync(path.join(other.dir, f)))
      const err = await trustCampaign(c.ref, { now: T0, confirm: async () => true }).catch((e: unknown) => e)
      expect((err as Error).message).toMatch(/^CAMPAIGN_KEY_CHANGED/)
      expect((await rosterError(() => loadRoster(c.ref))).reason).toBe('CAMPAIGN_KEY_CHANGED')
      // Only an explicit replacement (the CISO replaced the key themselves) pins it.
      expect(
        (await trustCampaign(c.ref, { now: T0, replace: true, confirm: async () => true })).outcome,
      ).toBe('pinned')
      expect((await loadRoster(c.ref)).cisoFingerprint).toBe(fingerprint(other.cisoKey))
    } finally {
      other.cleanup()
    }
  })

  it('a deleted ciso.pub.pem is CAMPAIGN_KEY_CHANGED for a folder this laptop knows', async () => {
    unlinkSync(path.join(c.dir, 'ciso.pub.pem'))
    const err = await rosterError(() => loadRoster(c.ref))
    expect(err.reason).toBe('CAMPAIGN_KEY_CHANGED')
    expect(err.message).toContain('ciso.pub.pem is missing')
  })

  it('a damaged anchor file is reported and left alone, never reset', async () => {
    const file = path.join(c.configDir, CAMPAIGN_TRUST_FILE)
    writeFileSync(file, '{"format":')
    const err = await rosterError(() => loadRoster(c.ref))
    expect(err.message).toContain(`${file} is damaged`)
    expect(readFileSync(file, 'utf8')).toBe('{"format":')
    await expect(c.ref.trust.list()).rejects.toBeInstanceOf(CampaignTrustError)
  })

  it('an issued policy file replaced in issued/ is refused when a request would carry it', async () => {
    const file = path.join(c.dir, 'issued', 'policies', 'baseline.v2.policy.json')
    const other = signEnvelope('application/vnd.preflight.policy+json', Buffer.from('{"x":1}'), c.cisoKey)
    writeFileSync(file, JSON.stringify(other))
    await expect(loadIssuedPolicy(c.dir, c.policy)).rejects.toThrow(/was replaced/)
  })
})

describe('CISO key session (the app unlocks once per session of work)', () => {
  it('unlocks, signs writes for its campaign only, and forgets the key on lock()', async () => {
    const s = new CisoKeySession()
    expect(s.isUnlocked()).toBe(false)
    expect(await s.unlock(c.ref)).toEqual({ fingerprint: fingerprint(c.cisoKey) })
    const roster = await c.roster()
    expect(s.keyFor(roster)).not.toBeNull()
    expect(s.keyFor({ ...roster, cisoFingerprint: 'f'.repeat(64) })).toBeNull()
    s.lock()
    expect(s.isUnlocked()).toBe(false)
    expect(s.keyFor(roster)).toBeNull()
  })
})

describe('migration of an unsigned preflight-roster/v1 folder', () => {
  /** The campaign's folder turned into what an earlier version left: plain JSON, no anchor. */
  async function legacyFolder(): Promise<CampaignRef> {
    await c.enroll(deviceKey(), 'Alice@c.example', 'la')
    await c.enroll(deviceKey(), 'bob@c.example', 'lb')
    const r = await c.roster()
    const { campaignId: _id, attestations: _a, reattestDays: _d, ...rest } = r
    // The bug of earlier versions: the same person enrolled under two spellings.
    const legacy = {
      ...rest,
      format: 'preflight-roster/v1',
      devices: r.devices.map((d) =>
        d.staffId === 'bob@c.example' ? { ...d, staffId: 'alice@c.example' } : d,
      ),
      policies: r.policies.map((p) => ({ ...p, requiredChecks: p.requiredChecks.linux })),
    }
    writeFileSync(rosterPath(), JSON.stringify(legacy, null, 2))
    return { dir: c.dir, trust: new CampaignTrustStore(tempDir().dir) }
  }

  it('refuses the old folder (ROSTER_UNSIGNED), then signs it after the CISO reviewed the summary', async () => {
    const ref = await legacyFolder()
    const err = await rosterError(() => loadRoster(ref))
    expect(err.reason).toBe('ROSTER_UNSIGNED')
    expect(err.message).toContain('preflight ciso migrate')

    let summary: Parameters<Parameters<typeof migrateCampaign>[1]['confirm']>[0] | null = null
    const no = await migrateCampaign(ref, {
      now: T0,
      passphrase: async () => undefined,
      confirm: async (s) => {
        summary = s
        return false
      },
    }).catch((e: unknown) => e)
    expect(no).toBeInstanceOf(CampaignError)
    expect(summary).toMatchObject({
      cisoFingerprint: fingerprint(c.cisoKey),
      devices: [{ staffId: 'Alice@c.example' }, { staffId: 'alice@c.example' }],
      policies: [
        {
          id: 'baseline',
          version: 2,
          requiredChecks: { darwin: ['os-version', 'disk-encryption', 'firewall', 'screen-lock'] },
        },
      ],
      caseMerges: [{ spellings: ['Alice@c.example', 'alice@c.example'], kept: 'Alice@c.example' }],
    })
    expect((await rosterError(() => loadRoster(ref))).reason).toBe('ROSTER_UNSIGNED')

    const migrated = await migrateCampaign(ref, {
      now: T0,
      passphrase: async () => undefined,
      confirm: async () => true,
    })
    expect(migrated.devices.map((d) => d.staffId)).toEqual(['Alice@c.example', 'Alice@c.example'])
    expect(migrated.policies[0]?.requiredChecks.win32).toEqual([
      'os-version',
      'disk-encryption',
      'firewall',
      'screen-lock',
    ])
    expect(existsSync(path.join(c.dir, 'roster.v1.json'))).toBe(true)
    expect((await loadRoster(ref)).revision).toBe(migrated.revision)
  })

  it('is refused on a laptop that has seen a signed roster of the campaign', async () => {
    const good = await c.roster()
    writeFileSync(rosterPath(), JSON.stringify({ ...good, format: 'preflight-roster/v1' }))
    const err = await rosterError(() =>
      migrateCampaign(c.ref, { now: T0, passphrase: async () => undefined, confirm: async () => true }),
    )
    expect(err.reason).toBe('ROSTER_UNSIGNED')
    expect(err.message).toContain('nothing was migrated')
  })
})

describe('campaign lock', () => {
  it('a held lock blocks a second writer, with a message saying who holds it', async () => {
    let release: () => void = () => undefined
    const held = withCampaignLock(c.dir, () => new Promise<void>((r) => (release = r)))
    await new Promise((r) => setTimeout(r, 20))
    const err = await rosterError(() => withCampaignLock(c.dir, async () => 1, { waitMs: 100 }))
    expect(err.kind).toBe('locked')
    expect(err.message).toContain(`process ${process.pid}`)
    release()
    await held
    expect(existsSync(path.join(c.dir, ROSTER_LOCK))).toBe(false)
    expect(await withCampaignLock(c.dir, async () => 2)).toBe(2)
  })

  it('a lock left by a process that no longer exists is taken over', async () => {
    writeFileSync(
      path.join(c.dir, ROSTER_LOCK),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), at: T0.toISOString() }),
    )
    expect(await withCampaignLock(c.dir, async () => 'ok', { waitMs: 200 })).toBe('ok')
  })

  it('two concurrent writers do not lose each other’s changes', async () => {
    const a = deviceKey()
    const b = deviceKey()
    await c.enroll(a, 'a@c.example', 'la')
    await c.enroll(b, 'b@c.example', 'lb')
    await Promise.all([
      revokeDevices(c.ref, fingerprint(a), { reason: null, now: T0, unlock: c.unlock }),
      revokeDevices(c.ref, fingerprint(b), { reason: null, now: T0, unlock: c.unlock }),
    ])
    const r = await c.roster()
    expect(r.devices.map((d) => d.status)).toEqual(['revoked', 'revoked'])
    expect(readdirSync(c.dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
