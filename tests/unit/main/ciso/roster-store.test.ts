import { hostname } from 'node:os'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fingerprint, publicKeyToPem } from '../../../../main/attestation/keys'
import { revokeDevices } from '../../../../main/ciso/operations'
import {
  loadRoster,
  ROSTER_BACKUP,
  ROSTER_FILE,
  ROSTER_LOCK,
  RosterError,
  saveRoster,
  withCampaignLock,
} from '../../../../main/ciso/roster-store'
import { deviceKey, makeCampaign, T0, type TestCampaign } from './helpers'

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

describe('roster store', () => {
  it('keeps the previous version in roster.json.bak and bumps the revision on every save', async () => {
    const before = await c.roster()
    const after = await saveRoster(c.dir, { ...before, org: 'Renamed' }, T0)
    expect(after.revision).toBe(before.revision + 1)
    const backup = JSON.parse(readFileSync(path.join(c.dir, ROSTER_BACKUP), 'utf8')) as {
      org: string
      revision: number
    }
    expect(backup.org).toBe('Test campaign')
    expect(backup.revision).toBe(before.revision)
    expect((await loadRoster(c.dir)).org).toBe('Renamed')
  })

  it('survives a crash mid-write: a temp file left behind is ignored and the last good roster loads', async () => {
    const good = await c.roster()
    // What a crash between "write temp" and "rename" leaves: a partial temp file beside the roster.
    writeFileSync(
      path.join(c.dir, `.${ROSTER_FILE}.deadbeef0000.tmp`),
      '{"format":"preflight-roster/v1","rev',
    )
    expect(await loadRoster(c.dir)).toEqual(good)
    const next = await saveRoster(c.dir, good, T0)
    expect(next.revision).toBe(good.revision + 1)
  })

  it('a corrupt roster gives a clear error naming the backup; the backup restores it', async () => {
    const good = await c.roster()
    await saveRoster(c.dir, good, T0)
    writeFileSync(path.join(c.dir, ROSTER_FILE), '{"format": "preflight-roster/v1", "devices": [')
    const err = await rosterError(() => loadRoster(c.dir))
    expect(err.kind).toBe('corrupt')
    expect(err.message).toContain('not valid JSON')
    expect(err.message).toContain(ROSTER_BACKUP)
    writeFileSync(path.join(c.dir, ROSTER_FILE), readFileSync(path.join(c.dir, ROSTER_BACKUP)))
    expect((await loadRoster(c.dir)).cisoFingerprint).toBe(good.cisoFingerprint)
  })

  it('a schema violation names the field', async () => {
    const good = await c.roster()
    writeFileSync(
      path.join(c.dir, ROSTER_FILE),
      JSON.stringify({ ...good, policies: [{ ...good.policies[0], digest: 'nothex' }] }),
    )
    const err = await rosterError(() => loadRoster(c.dir))
    expect(err.message).toContain('policies.0.digest')
    expect(err.message).toContain(ROSTER_BACKUP)
  })

  it('a device whose public key does not match its fingerprint makes the roster corrupt', async () => {
    await c.enroll(deviceKey(), 'a@c.example', 'la')
    const good = await c.roster()
    const other = publicKeyToPem(deviceKey())
    writeFileSync(
      path.join(c.dir, ROSTER_FILE),
      JSON.stringify({ ...good, devices: good.devices.map((d) => ({ ...d, publicKeyPem: other })) }),
    )
    const err = await rosterError(() => loadRoster(c.dir))
    expect(err.message).toContain(
      'devices.0.publicKeyPem: is not an Ed25519 public key with this fingerprint',
    )
  })

  it('a missing roster is reported, mentioning the backup when there is one', async () => {
    await saveRoster(c.dir, await c.roster(), T0)
    const { unlinkSync } = await import('node:fs')
    unlinkSync(path.join(c.dir, ROSTER_FILE))
    const err = await rosterError(() => loadRoster(c.dir))
    expect(err.kind).toBe('missing')
    expect(err.message).toContain(ROSTER_BACKUP)
  })

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
      revokeDevices(c.dir, fingerprint(a), { reason: null, now: T0 }),
      revokeDevices(c.dir, fingerprint(b), { reason: null, now: T0 }),
    ])
    const r = await c.roster()
    expect(r.devices.map((d) => d.status)).toEqual(['revoked', 'revoked'])
    expect(readdirSync(c.dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
