/**
 * The app's CISO services and the signed roster: a tampered folder is refused with
 * CAMPAIGN_UNTRUSTED (the message names the reason and the good copy); a passphrase-protected key
 * must be unlocked once for the session (CisoKeySession, main process) before anything is recorded,
 * and a locked session changes nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PreflightEvent } from '../../../../shared/ipc-contract'
import { CisoKeySession } from '../../../../main/ciso/key-session'
import { createCisoServices } from '../../../../main/services/ciso-services'
import { ServiceError } from '../../../../main/services/errors'
import type { ServiceDeps } from '../../../../main/services/types'
import { attest, deviceKey, makeCampaign, readRosterFile, T0, type TestCampaign } from '../ciso/helpers'

const NOW = new Date(T0.getTime() + 3_600_000)
const PASS = 'correct horse battery'

let c: TestCampaign | null = null
afterEach(() => c?.cleanup())

function services(campaign: TestCampaign, folders: (string | null)[], session?: CisoKeySession) {
  const unused = (): never => {
    throw new Error('not used by the CISO services')
  }
  const deps = {
    dataDir: path.join(campaign.dir, '..', 'data'),
    cisoConfigDir: campaign.configDir,
    ...(session !== undefined ? { cisoKeySession: session } : {}),
    keyStore: unused as unknown as ServiceDeps['keyStore'],
    // Only the language is read (dialog titles in main's words).
    settings: {
      get: () => ({ staffId: '', deviceLabel: '', language: 'en' }),
      save: unused,
    } as unknown as ServiceDeps['settings'],
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
  return createCisoServices(deps)
}

async function code(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(ServiceError)
  return err as ServiceError
}

describe('CISO services on a signed roster', () => {
  it('refuses a hand-edited folder with CAMPAIGN_UNTRUSTED, naming the reason and the good copy', async () => {
    c = await makeCampaign()
    const file = path.join(c.dir, 'roster.json')
    const signed = JSON.parse(readFileSync(file, 'utf8')) as { roster: { policies: unknown[] } }
    signed.roster.policies = []
    writeFileSync(file, JSON.stringify(signed))
    const s = services(c, [c.dir])
    const err = await code(s.cisoOpenFolder())
    expect(err.code).toBe('CAMPAIGN_UNTRUSTED')
    expect(err.message).toMatch(/^ROSTER_BAD_SIGNATURE: /)
    expect(err.message).toMatch(/newest good copy: backups/)
  })

  it('a campaign this computer never confirmed is not opened: its fingerprint is shown to confirm first', async () => {
    c = await makeCampaign()
    const s = createCisoServices({
      ...({} as ServiceDeps),
      dataDir: path.join(c.dir, '..', 'elsewhere'),
      settings: {
        get: () => ({ staffId: '', deviceLabel: '', language: 'en' }),
      } as unknown as ServiceDeps['settings'],
      now: () => NOW,
      dialogs: {
        chooseOpenFile: async () => null,
        chooseSaveFile: async () => null,
        chooseFolder: async () => c?.dir ?? null,
      },
      emit: () => undefined,
    })
    const opened = await s.cisoOpenFolder()
    expect(opened.folder).toBeNull()
    expect(opened.pin?.ciso.fingerprint).toBe((await c.roster()).cisoFingerprint)
    // Nothing is open until the CISO confirms the key (cisoPinCampaign).
    expect((await code(s.cisoListRoster())).code).toBe('NO_CAMPAIGN_FOLDER')
  })

  it('with a passphrase-protected key: locked → CISO_KEY_LOCKED and nothing recorded; unlocked once → records', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const alice = deviceKey()
    await c.enroll(alice, 'alice@c.example', 'laptop-1')
    const inbox = path.join(c.dir, '..', 'inbox')
    mkdirSync(inbox)
    writeFileSync(
      path.join(inbox, 'a.json'),
      attest({ key: alice, staffId: 'alice@c.example', policy: c.policy, request: null, sequence: 2 }),
    )
    const session = new CisoKeySession()
    const folders: (string | null)[] = [c.dir]
    const s = services(c, folders, session)
    await s.cisoOpenFolder()
    const revision = readRosterFile(c.dir).revision

    folders.push(inbox)
    expect((await code(s.cisoVerifyFolder())).code).toBe('CISO_KEY_LOCKED')
    expect(
      (await code(s.cisoRevoke({ fingerprint: readRosterFile(c.dir).devices[0]?.fingerprint ?? '' }))).code,
    ).toBe('CISO_KEY_LOCKED')
    expect(readRosterFile(c.dir).revision).toBe(revision)

    await expect(session.unlock(c.ref, 'wrong passphrase')).rejects.toThrow(/wrong passphrase/)
    await session.unlock(c.ref, PASS)
    folders.push(inbox)
    const verified = await s.cisoVerifyFolder()
    expect(verified.rows.map((r) => r.outcome)).toEqual(['ACCEPTED'])
    expect(readRosterFile(c.dir).revision).toBe(revision + 1)
    expect(readRosterFile(c.dir).attestations.at(-1)).toMatchObject({
      staffId: 'alice@c.example',
      sequence: 2,
    })

    session.lock()
    const fp = readRosterFile(c.dir).devices[0]?.fingerprint ?? ''
    expect((await code(s.cisoRevoke({ fingerprint: fp }))).code).toBe('CISO_KEY_LOCKED')
    await session.unlock(c.ref, PASS)
    expect((await s.cisoRevoke({ fingerprint: fp })).status).toBe('revoked')
  })
})
