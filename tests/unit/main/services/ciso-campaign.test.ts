/**
 * Creating a campaign in the app (`ciso init` behind main's folder dialog) and confirming one on a
 * new computer (`ciso trust-campaign`): where the folder goes, the passphrase-protected key, the pin
 * shared with the CLI's config folder, the fingerprint comparison, and the named refusals
 * (CAMPAIGN_KEY_CHANGED, ROSTER_ROLLBACK) with the good copy to restore.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PreflightEvent, Settings } from '../../../../shared/ipc-contract'
import { CisoKeySession } from '../../../../main/ciso/key-session'
import { CampaignTrustStore } from '../../../../main/ciso/campaign-trust'
import { loadRoster } from '../../../../main/ciso/roster-store'
import {
  campaignFolderName,
  createCisoServices,
  newCampaignDir,
} from '../../../../main/services/ciso-services'
import { ServiceError } from '../../../../main/services/errors'
import type { ServiceDeps } from '../../../../main/services/types'
import { deviceKey, makeCampaign, T0, tempDir, type TestCampaign } from '../ciso/helpers'

const PASS = 'marble tiger lantern orbit'
const NOW = new Date(T0.getTime() + 3_600_000)

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

function temp(): string {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return t.dir
}

function services(configDir: string, folders: (string | null)[], session = new CisoKeySession()) {
  const unused = (): never => {
    throw new Error('not used by the CISO services')
  }
  let settings: Settings = { staffId: '', deviceLabel: '', language: 'en' }
  const deps = {
    dataDir: path.join(configDir, 'data'),
    cisoConfigDir: configDir,
    cisoKeySession: session,
    keyStore: unused as unknown as ServiceDeps['keyStore'],
    settings: {
      get: () => settings,
      save: async (s: Settings) => {
        settings = s
        return s
      },
      takeNotices: () => [],
    },
    history: unused as unknown as ServiceDeps['history'],
    createProbe: unused,
    now: () => NOW,
    dialogs: {
      chooseOpenFile: async () => null,
      chooseSaveFile: async () => null,
      chooseFolder: async () => folders.shift() ?? null,
    },
    openExternal: async () => false,
    emit: (_e: PreflightEvent) => undefined,
  } satisfies ServiceDeps
  return { s: createCisoServices(deps), session }
}

async function failure(p: Promise<unknown>): Promise<ServiceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(ServiceError)
  return err as ServiceError
}

describe('campaign folder names and places', () => {
  it('makes a plain folder name from the campaign name', () => {
    expect(campaignFolderName('Rivera for Senate 2026!')).toBe('rivera-for-senate-2026')
    expect(campaignFolderName('  Ñandú / Comité  ')).toBe('nandu-comite')
    expect(campaignFolderName('../../etc')).toBe('etc')
    expect(campaignFolderName('★★★')).toBe('campaign')
    expect(campaignFolderName('x'.repeat(200))).toHaveLength(48)
  })

  it('uses an empty chosen folder, else a new folder named after the campaign, never a used one', async () => {
    const root = temp()
    const empty = path.join(root, 'empty')
    mkdirSync(empty)
    expect(await newCampaignDir(empty, 'Rivera 2026')).toBe(empty)
    writeFileSync(path.join(root, 'notes.txt'), 'mine')
    expect(await newCampaignDir(root, 'Rivera 2026')).toBe(path.join(root, 'rivera-2026'))
    mkdirSync(path.join(root, 'rivera-2026'))
    writeFileSync(path.join(root, 'rivera-2026', 'other.txt'), 'taken')
    expect(await newCampaignDir(root, 'Rivera 2026')).toBe(path.join(root, 'rivera-2026-2'))
  })
})

describe('creating a campaign in the app', () => {
  it('creates the folder where chosen, pins it in the config folder the CLI uses, and unlocks its key', async () => {
    const root = temp()
    writeFileSync(path.join(root, 'notes.txt'), 'not empty')
    const config = path.join(root, 'config')
    const { s, session } = services(config, [root])
    expect((await failure(s.cisoCreateCampaign({ name: 'Rivera 2026', passphrase: PASS }))).code).toBe(
      'NOT_ALLOWED',
    )
    const where = await s.cisoChooseNewCampaignFolder({ name: 'Rivera 2026' })
    expect(where).toEqual({ cancelled: false, location: path.join(root, 'rivera-2026') })
    const folder = await s.cisoCreateCampaign({ name: 'Rivera 2026', passphrase: PASS })
    const dir = path.join(root, 'rivera-2026')
    expect(folder).toMatchObject({ name: 'rivera-2026', org: 'Rivera 2026', location: dir, rosterSize: 0 })
    expect(folder.ciso.fingerprintGrouped).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
    expect(readdirSync(dir).sort()).toEqual(
      ['backups', 'ciso.key', 'ciso.pub.pem', 'issued', 'roster.json'].sort(),
    )
    // The key is encrypted with the passphrase; the passphrase is written nowhere.
    const keyFile = readFileSync(path.join(dir, 'ciso.key'), 'utf8')
    expect(keyFile).toContain('preflight-encrypted-key/v1')
    for (const f of [path.join(dir, 'ciso.key'), path.join(dir, 'roster.json')])
      expect(readFileSync(f, 'utf8')).not.toContain(PASS)
    // Pinned in the given config folder: a plain roster read there (what `preflight ciso` does) works.
    const roster = await loadRoster({ dir, trust: new CampaignTrustStore(config) })
    expect(roster.org).toBe('Rivera 2026')
    expect(session.isUnlocked()).toBe(true)
    expect((await s.cisoStatus()).key).toMatchObject({ unlocked: true, hasPassphrase: true })
    // Choosing the same place again now picks a new folder; the created one is never overwritten.
    const again = services(config, [root]).s
    expect((await again.cisoChooseNewCampaignFolder({ name: 'Rivera 2026' })).location).toBe(
      path.join(root, 'rivera-2026-2'),
    )
    const inside = services(config, [dir]).s
    expect((await failure(inside.cisoChooseNewCampaignFolder({ name: 'x' }))).message).toMatch(
      /already holds a campaign/,
    )
  })
})

describe('opening a campaign on another computer', () => {
  let c: TestCampaign | null = null
  afterEach(() => c?.cleanup())

  it('shows the fingerprint to compare, pins only the fingerprint shown, then opens the campaign', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const otherComputer = path.join(temp(), 'config')
    const { s } = services(otherComputer, [c.dir, c.dir])
    expect((await failure(s.cisoPinCampaign({ fingerprint: '0'.repeat(64) }))).code).toBe('NOT_ALLOWED')
    const opened = await s.cisoOpenFolder()
    const fp = (await c.roster()).cisoFingerprint
    expect(opened.folder).toBeNull()
    expect(opened.pin).toMatchObject({
      name: 'campaign',
      org: 'Test campaign',
      ciso: { fingerprint: fp },
      devices: 0,
    })
    expect((await s.cisoStatus()).folder).toBeNull()
    // A different fingerprint (the CISO's notes differ) pins nothing.
    const wrong = await failure(s.cisoPinCampaign({ fingerprint: 'f'.repeat(64) }))
    expect(wrong.code).toBe('NOT_ALLOWED')
    expect(await new CampaignTrustStore(otherComputer).list()).toEqual([])
    const folder = await s.cisoPinCampaign({ fingerprint: fp })
    expect(folder).toMatchObject({ org: 'Test campaign', location: c.dir })
    expect((await new CampaignTrustStore(otherComputer).list()).map((a) => a.fingerprint)).toEqual([fp])
    expect((await s.cisoStatus()).folder?.org).toBe('Test campaign')
    // Opening it again needs no confirmation.
    const again = await s.cisoOpenFolder()
    expect(again.pin ?? null).toBeNull()
    expect(again.folder?.org).toBe('Test campaign')
  })

  it('refuses a folder whose campaign key was replaced (CAMPAIGN_KEY_CHANGED), naming what to restore', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const impostor = await makeCampaign({ passphrase: PASS })
    cleanups.push(impostor.cleanup)
    // Someone with write access swaps in their own key and a roster signed by it.
    for (const f of ['ciso.pub.pem', 'ciso.key', 'roster.json'])
      copyFileSync(path.join(impostor.dir, f), path.join(c.dir, f))
    const { s } = services(c.configDir, [c.dir])
    const err = await failure(s.cisoOpenFolder())
    expect(err.code).toBe('CAMPAIGN_UNTRUSTED')
    expect(err.message).toMatch(/^CAMPAIGN_KEY_CHANGED: /)
    expect(err.message).toMatch(/Restore ciso\.pub\.pem and ciso\.key from your own backup/)
  })

  it('refuses an older roster put back (ROSTER_ROLLBACK) and names the newest good copy', async () => {
    c = await makeCampaign()
    const old = readFileSync(path.join(c.dir, 'roster.json'))
    await c.enroll(deviceKey(), 'alice@c.example', 'alice-laptop')
    writeFileSync(path.join(c.dir, 'roster.json'), old)
    const { s } = services(c.configDir, [c.dir])
    const err = await failure(s.cisoOpenFolder())
    expect(err.code).toBe('CAMPAIGN_UNTRUSTED')
    expect(err.message).toMatch(/^ROSTER_ROLLBACK: /)
    expect(err.message).toMatch(/newest good copy: backups\/roster-r\d+\.json/)
  })
})
