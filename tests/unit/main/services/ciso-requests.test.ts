/**
 * The app's issue-10 CISO operations (main/services/ciso-requests-services.ts) over a real campaign:
 * the staff list read through main's open dialog, checked, and issued into a NEW folder main creates
 * inside the chosen one (never a path from the renderer); a list with problems or a locked key
 * stops before any dialog; the dashboard summary; the overdue and offboarding actions only for the
 * staff the roster says.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PreflightEvent } from '../../../../shared/ipc-contract'
import type { DeviceRecord } from '../../../../shared/roster-types'
import { CisoKeySession } from '../../../../main/ciso/key-session'
import { saveRoster } from '../../../../main/ciso/roster-store'
import { newDeviceRecord } from '../../../../main/ciso/verify'
import { createCisoServices } from '../../../../main/services/ciso-services'
import { ServiceError } from '../../../../main/services/errors'
import type { ServiceDeps } from '../../../../main/services/types'
import { deviceKey, makeCampaign, T0, type TestCampaign } from '../ciso/helpers'

const NOW = new Date(T0.getTime() + 40 * 86_400_000)
const PASS = 'correct horse battery staple'
const STAMP = NOW.toISOString().slice(0, 10)

let c: TestCampaign | null = null
afterEach(() => c?.cleanup())

function setup(campaign: TestCampaign, session = new CisoKeySession(), language: 'en' | 'es' = 'en') {
  const folders: (string | null)[] = []
  const files: (string | null)[] = []
  const dialogs: string[] = []
  const unused = (): never => {
    throw new Error('not used by the CISO services')
  }
  const deps = {
    dataDir: path.join(campaign.dir, '..', 'data'),
    cisoConfigDir: campaign.configDir,
    cisoKeySession: session,
    keyStore: unused as unknown as ServiceDeps['keyStore'],
    // Only the language is read (dialog titles and practice titles in the reader's language).
    settings: {
      get: () => ({ staffId: '', deviceLabel: '', language }),
      save: unused,
    } as unknown as ServiceDeps['settings'],
    history: unused as unknown as ServiceDeps['history'],
    createProbe: unused,
    now: () => NOW,
    dialogs: {
      chooseOpenFile: async (o: { title: string }) => {
        dialogs.push(o.title)
        return files.shift() ?? null
      },
      chooseSaveFile: async () => null,
      chooseFolder: async (o: { title: string }) => {
        dialogs.push(o.title)
        return folders.shift() ?? null
      },
    },
    openExternal: async () => false,
    emit: (_e: PreflightEvent) => undefined,
  } satisfies ServiceDeps
  return { s: createCisoServices(deps), folders, files, dialogs, session }
}

async function failure(p: Promise<unknown>): Promise<ServiceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(ServiceError)
  return err as ServiceError
}

async function opened(campaign: TestCampaign, session?: CisoKeySession) {
  const t = setup(campaign, session)
  t.folders.push(campaign.dir)
  await t.s.cisoOpenFolder()
  t.dialogs.length = 0
  return t
}

const LIST = 'staff id,name,purpose\nalice@c.example,"Smith, Alice",\nbob@c.example,Bob,offboarding\n'

describe('requests in bulk through the app services', () => {
  it('checks a list without a campaign: entries or every problem, nothing written', async () => {
    c = await makeCampaign()
    const { s } = setup(c)
    expect(await s.cisoCheckStaffList({ text: LIST, purpose: 'periodic' })).toEqual({
      entries: [
        { line: 2, staffId: 'alice@c.example', name: 'Smith, Alice', purpose: 'periodic' },
        { line: 3, staffId: 'bob@c.example', name: 'Bob', purpose: 'offboarding' },
      ],
      problems: [],
    })
    const bad = await s.cisoCheckStaffList({ text: 'staff id\nbad id\n', purpose: 'periodic' })
    expect(bad.problems).toEqual([
      {
        line: 2,
        message: expect.stringMatching(/staff id "bad id" is not valid/),
        // (v1.10) the same problem as a message, for the app to show in the reader's language
        text: { key: 'main.staffList.staffIdInvalid', params: { id: '"bad id"' } },
      },
    ])
  })

  it('issues into a new folder inside the chosen one, then -2; problems and cancel issue nothing', async () => {
    c = await makeCampaign()
    const t = await opened(c)
    const out = path.join(c.dir, '..', 'outbox')
    mkdirSync(out)
    const before = (await c.roster()).requests.length

    const problems = await t.s.cisoIssueBulkRequests({ text: 'staff id\nbad id\n', purpose: 'periodic' })
    expect(problems.problems).toHaveLength(1)
    expect(problems.issued).toBeNull()
    expect(t.dialogs).toEqual([]) // no dialog for a list with problems

    const cancelled = await t.s.cisoIssueBulkRequests({ text: LIST, purpose: 'periodic' })
    expect(cancelled).toEqual({ cancelled: true, problems: [], issued: null })
    expect((await c.roster()).requests.length).toBe(before)

    t.folders.push(out, out)
    const first = await t.s.cisoIssueBulkRequests({ text: LIST, purpose: 'periodic', validDays: 7 })
    expect(first.issued).toEqual({
      folderName: `preflight-requests-${STAMP}`,
      count: 2,
      byPurpose: { onboarding: 0, periodic: 1, offboarding: 1 },
      policy: { id: 'baseline', version: 2 },
      signedDefaultPolicy: false,
      notAfter: new Date(NOW.getTime() + 7 * 86_400_000).toISOString(),
      indexFileName: 'index.csv',
    })
    const second = await t.s.cisoIssueBulkRequests({ text: LIST, purpose: 'periodic' })
    expect(second.issued?.folderName).toBe(`preflight-requests-${STAMP}-2`)
    expect(readdirSync(out).sort()).toEqual([`preflight-requests-${STAMP}`, `preflight-requests-${STAMP}-2`])
    expect(readdirSync(path.join(out, `preflight-requests-${STAMP}`)).sort()).toEqual([
      'alice_c.example_periodic.request.json',
      'bob_c.example_offboarding.request.json',
      'index.csv',
    ])
    expect((await c.roster()).requests.length).toBe(before + 4)
  })

  it('a locked passphrase key refuses with CISO_KEY_LOCKED before any dialog; unlocked, it issues', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const session = new CisoKeySession()
    const t = await opened(c, session)
    t.folders.push(path.join(c.dir, '..'))
    const err = await failure(t.s.cisoIssueBulkRequests({ text: LIST, purpose: 'periodic' }))
    expect(err.code).toBe('CISO_KEY_LOCKED')
    expect(t.dialogs).toEqual([])
    await session.unlock(c.ref, PASS)
    const r = await t.s.cisoIssueBulkRequests({ text: LIST, purpose: 'periodic' })
    expect(r.issued?.count).toBe(2)
  })

  it('reads a list file chosen in main (for the paste box); refuses folders and files over 4 MB', async () => {
    c = await makeCampaign()
    const t = setup(c)
    const file = path.join(c.dir, '..', 'staff.csv')
    writeFileSync(file, LIST)
    const big = path.join(c.dir, '..', 'big.csv')
    writeFileSync(big, 'x'.repeat(4 * 1024 * 1024 + 1))
    t.files.push(file, null, path.dirname(file), big)
    expect(await t.s.cisoReadStaffList()).toEqual({ cancelled: false, fileName: 'staff.csv', text: LIST })
    expect(await t.s.cisoReadStaffList()).toEqual({ cancelled: true, fileName: null, text: null })
    expect((await failure(t.s.cisoReadStaffList())).message).toMatch(/is not a file/)
    expect((await failure(t.s.cisoReadStaffList())).message).toMatch(/larger than 4 MB/)
  })
})

/** Put devices with a last attestation of a given age into the roster (as if verified earlier). */
async function withDevices(
  campaign: TestCampaign,
  ages: readonly (readonly [staffId: string, age: number | 'revoked', label?: string])[],
  unmet: readonly string[] | null = null,
) {
  const roster = await campaign.roster()
  const devices: DeviceRecord[] = ages.map(([staffId, age, label]) => {
    const d = newDeviceRecord(
      deviceKey(),
      staffId,
      label ?? `${staffId.split('@')[0] ?? 'x'}-laptop`,
      'linux',
      T0,
    )
    const at = new Date(NOW.getTime() - (age === 'revoked' ? 1 : age) * 86_400_000).toISOString()
    return {
      ...d,
      status: age === 'revoked' ? 'revoked' : 'active',
      lastSequence: 1,
      lastAttestation: {
        collectedAt: at,
        verifiedAt: at,
        purpose: 'periodic',
        result: 'pass',
        failingChecks: [],
        envelopeDigest: '0'.repeat(64),
        policyId: 'baseline',
        policyVersion: 2,
        sequence: 1,
        ...(unmet !== null ? { practices: { result: 'fail' as const, unmet } } : {}),
      },
    }
  })
  await saveRoster(
    campaign.ref,
    { ...roster, devices: [...roster.devices, ...devices] },
    T0,
    campaign.cisoKey,
  )
}

describe('dashboard and its actions through the app services', () => {
  it('the dashboard needs an open campaign, then summarises its roster', async () => {
    c = await makeCampaign()
    await withDevices(c, [
      ['a@c.example', 40],
      ['b@c.example', 2],
      ['r@c.example', 'revoked'],
    ])
    const t = setup(c)
    expect((await failure(t.s.cisoDashboard())).code).toBe('NO_CAMPAIGN_FOLDER')
    t.folders.push(c.dir)
    await t.s.cisoOpenFolder()
    const d = await t.s.cisoDashboard()
    expect(d.counts).toMatchObject({ activeLaptops: 2, pass: 1, overdue: 1, revoked: 1 })
    expect(d.overdue.map((r) => r.staffId)).toEqual(['a@c.example'])
    expect(d.at).toBe(NOW.toISOString())
  })

  it('names the practices not confirmed in the reader’s language; an id no policy knows stays an id', async () => {
    c = await makeCampaign()
    await withDevices(
      c,
      [
        ['a@c.example', 2],
        ['b@c.example', 3],
      ],
      ['signal', 'retired-practice'],
    )
    const t = setup(c, new CisoKeySession(), 'es')
    t.folders.push(c.dir)
    await t.s.cisoOpenFolder()
    const d = await t.s.cisoDashboard()
    // Equal counts are listed by id.
    expect(d.unmetPractices).toEqual([
      { id: 'retired-practice', count: 2 },
      {
        id: 'signal',
        count: 2,
        title: 'Uso Signal para las conversaciones de la campaña, con los mensajes temporales activados',
      },
    ])
  })

  it('asks every overdue staffer once (periodic), and refuses when nobody is overdue', async () => {
    c = await makeCampaign()
    const none = await opened(c)
    expect((await failure(none.s.cisoRequestOverdue({}))).code).toBe('NOT_FOUND')
    // Two overdue laptops of one person (one request), one of another, one on time.
    await withDevices(c, [
      ['a@c.example', 50, 'a-desktop'],
      ['a@c.example', 40, 'a-laptop'],
      ['b@c.example', 31],
      ['fresh@c.example', 1],
    ])
    const t = await opened(c)
    const out = path.join(c.dir, '..', 'outbox')
    mkdirSync(out)
    t.folders.push(out)
    const r = await t.s.cisoRequestOverdue({})
    expect(r.issued?.folderName).toBe(`preflight-periodic-requests-${STAMP}`)
    expect(r.issued?.byPurpose).toEqual({ onboarding: 0, periodic: 2, offboarding: 0 })
    const index = readFileSync(path.join(out, `preflight-periodic-requests-${STAMP}`, 'index.csv'), 'utf8')
    // No names in the roster: the mail merge shows the staff id as the name.
    expect(index).toMatch(/^"name","staffId","purpose"/)
    expect(index).toContain('"a@c.example","a@c.example","periodic"')
    expect(index).toContain('"b@c.example","b@c.example","periodic"')
  })

  it('asks again for final attestations only from staff still being offboarded', async () => {
    c = await makeCampaign()
    await withDevices(c, [
      ['gone@c.example', 1],
      ['wait@c.example', 1],
      ['stay@c.example', 1],
    ])
    // gone: asked 30 days ago (window closed: missing); wait: asked yesterday (waiting).
    await c.request('gone@c.example', 'offboarding', new Date(NOW.getTime() - 30 * 86_400_000))
    await c.request('wait@c.example', 'offboarding', new Date(NOW.getTime() - 86_400_000))
    const t = await opened(c)
    const out = path.join(c.dir, '..', 'outbox')
    mkdirSync(out)
    const refused = await failure(t.s.cisoRequestOffboarding({ staffIds: ['stay@c.example'] }))
    expect(refused.code).toBe('NOT_ALLOWED')
    expect(refused.message).toMatch(/stay@c.example is not waiting for or missing a final attestation/)
    t.folders.push(out, out)
    const missing = await t.s.cisoRequestOffboarding({ allMissing: true })
    expect(missing.issued?.count).toBe(1)
    expect(readdirSync(path.join(out, `preflight-offboarding-requests-${STAMP}`))).toContain(
      'gone_c.example_offboarding.request.json',
    )
    const chosen = await t.s.cisoRequestOffboarding({ staffIds: ['WAIT@c.example', 'gone@c.example'] })
    expect(chosen.issued?.count).toBe(2)
    // Now nobody is missing any more (gone was asked again).
    expect((await failure(t.s.cisoRequestOffboarding({ allMissing: true }))).code).toBe('NOT_FOUND')
  })
})
