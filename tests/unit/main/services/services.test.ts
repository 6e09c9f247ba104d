/**
 * The app services end to end, in plain Node: a real campaign folder and CISO key, a replayed
 * transcript, real signing and verifying, temp folders and dialogs answered by the test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { IpcErrorCode, PreflightEvent } from '../../../../shared/ipc-contract'
import { REQUEST_SCHEMAS, OPERATION_NAMES } from '../../../../shared/ipc-contract'
import { CHECK_IDS } from '../../../../shared/check-types'
import { REMEDIATIONS } from '../../../../shared/remediation/catalogue'
import { parseEnvelopeJson, verifyEnvelope } from '../../../../main/attestation/dsse'
import { publicKeyFromPem } from '../../../../main/attestation/keys'
import { ReplayProbe, parseTranscript } from '../../../../main/probe/transcript'
import { createServices, ServiceError, type ServiceHandlers } from '../../../../main/services'
import type { ServiceDeps } from '../../../../main/services/types'
import { FileDeviceKeyStore } from '../../../../main/services/device-key'
import { fileHistoryStore } from '../../../../main/services/history'
import { jsonFileSettingsSource, openSettingsStore } from '../../../../main/services/settings'
import { makeCampaign, T0, type TestCampaign } from '../ciso/helpers'
import { fakeSafeStorage } from '../electron/fake-safe-storage'

// The safeStorage key store only imports Electron's types; keep the real package out regardless.
vi.mock('electron', () => ({ default: {} }))
const { SafeStorageKeyStore } = await import('../../../../main/electron/key-store')

const FIXTURE = path.resolve(__dirname, '../../../fixtures/linux/lock-gnome-good-ubuntu.json')

interface Harness {
  services: ServiceHandlers
  events: PreflightEvent[]
  opened: string[]
  answers: { open: (string | null)[]; save: (string | null)[]; folder: (string | null)[] }
  dataDir: string
  base: string
  clock: { now: Date }
}

let tmp = ''
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'preflight-services-'))
})
afterEach(() => rmSync(tmp, { recursive: true, force: true }))

async function harness(
  name = 'staff',
  staffId = 'alice@campaign.example',
  keyStore?: (keysDir: string) => ServiceDeps['keyStore'],
  cisoConfigDir?: string,
): Promise<Harness> {
  const base = path.join(tmp, name)
  const dataDir = path.join(base, 'data')
  mkdirSync(dataDir, { recursive: true })
  const transcript = parseTranscript(readFileSync(FIXTURE, 'utf8'))
  const clock = { now: new Date(T0.getTime() + 60 * 60_000) }
  const events: PreflightEvent[] = []
  const opened: string[] = []
  const answers: Harness['answers'] = { open: [], save: [], folder: [] }
  const settings = await openSettingsStore(jsonFileSettingsSource(path.join(dataDir, 'settings.json')), {
    now: () => clock.now,
  })
  if (staffId !== '') await settings.save({ staffId, deviceLabel: 'alice-laptop', language: 'en' })
  const services = createServices({
    dataDir,
    keyStore: (keyStore ?? ((d: string) => new FileDeviceKeyStore(d)))(path.join(dataDir, 'keys')),
    settings,
    history: fileHistoryStore(path.join(dataDir, 'history.json')),
    createProbe: () => new ReplayProbe(transcript, { now: clock.now }),
    now: () => clock.now,
    dialogs: {
      chooseOpenFile: async () => answers.open.shift() ?? null,
      chooseSaveFile: async () => answers.save.shift() ?? null,
      chooseFolder: async () => answers.folder.shift() ?? null,
    },
    openExternal: async (url) => {
      opened.push(url)
      return true
    },
    emit: (e) => events.push(e),
    ...(cisoConfigDir !== undefined ? { cisoConfigDir } : {}),
  })
  return { services, events, opened, answers, dataDir, base, clock }
}

async function expectCode(p: Promise<unknown>, code: IpcErrorCode): Promise<ServiceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err, `expected ${code}`).toBeInstanceOf(ServiceError)
  expect((err as ServiceError).code).toBe(code)
  return err as ServiceError
}

function requestFile(c: TestCampaign, requestId: string): string {
  return path.join(c.dir, 'issued', 'requests', `${requestId}.request.json`)
}

describe('app services', () => {
  it('implements every contract operation', async () => {
    const h = await harness()
    expect(Object.keys(h.services).sort()).toEqual([...OPERATION_NAMES].sort())
    expect(Object.keys(REQUEST_SCHEMAS).length).toBe(OPERATION_NAMES.length)
  })

  it('reports app info from the probe, without a key before the first attestation', async () => {
    const h = await harness()
    const info = await h.services.getAppInfo(undefined)
    expect(info.platform).toBe('linux')
    expect(info.replayed).toBe(true)
    expect(info.deviceKey).toBeNull()
    expect(info.keyStore).toMatchObject({ available: true, protection: 'file-0600-unencrypted', weak: true })
    expect(info.trustedCiso).toBeNull()
    expect(info.notices).toEqual([])
  })

  it('streams each check start and result, then returns the report and records the run', async () => {
    const h = await harness()
    const report = await h.services.runChecks(undefined)
    expect(report.checks).toHaveLength(CHECK_IDS.length)
    const results = h.events.filter((e) => e.type === 'check-result')
    const started = h.events.filter((e) => e.type === 'check-started')
    expect(results).toHaveLength(CHECK_IDS.length)
    expect(started).toHaveLength(CHECK_IDS.length)
    expect(new Set(h.events.map((e) => e.runId)).size).toBe(1)
    const screenLock = report.checks.find((c) => c.id === 'screen-lock')
    expect(screenLock?.status).toBe('pass')
    const history = await h.services.listHistory(undefined)
    expect(history.entries[0]).toMatchObject({ kind: 'run', overall: report.overall, replayed: true })
  })

  it('refuses a second concurrent run', async () => {
    const h = await harness()
    const first = h.services.runChecks(undefined)
    await expectCode(h.services.runChecks(undefined), 'BUSY')
    await first
  })

  it('gives guided fixes and opens only catalogue deep links', async () => {
    const h = await harness()
    await expectCode(h.services.getRemediation({ remediationId: 'no.such.fix' }), 'NOT_FOUND')
    await expectCode(h.services.openRemediationLink({ remediationId: 'javascript:alert(1)' }), 'NOT_FOUND')
    const withLink = Object.entries(REMEDIATIONS).find(([, m]) => m.deepLink !== null)
    const withoutLink = Object.entries(REMEDIATIONS).find(([, m]) => m.deepLink === null)
    expect(withLink, 'the catalogue has deep links').toBeDefined()
    expect(withoutLink, 'the catalogue has fixes without links').toBeDefined()
    if (withLink !== undefined) {
      const view = await h.services.getRemediation({ remediationId: withLink[0] })
      expect(view.hasDeepLink).toBe(true)
      expect(await h.services.openRemediationLink({ remediationId: withLink[0] })).toEqual({ opened: true })
      expect(h.opened).toEqual([withLink[1].deepLink])
    }
    if (withoutLink !== undefined) {
      const view = await h.services.getRemediation({ remediationId: withoutLink[0] })
      expect(view).toMatchObject({ hasDeepLink: false, deepLink: null })
      expect(view.steps.length).toBeGreaterThan(0)
      const before = h.opened.length
      expect(await h.services.openRemediationLink({ remediationId: withoutLink[0] })).toEqual({
        opened: false,
      })
      expect(h.opened.length).toBe(before)
    }
  })

  it('needs settings, a report and (for requests) a trusted CISO key before anything is signed', async () => {
    const h = await harness('nosettings', '')
    await expectCode(
      h.services.previewAttestation({ purpose: 'periodic', checklist: [] }),
      'SETTINGS_REQUIRED',
    )
    const h2 = await harness('noreport')
    await expectCode(h2.services.previewAttestation({ purpose: 'periodic', checklist: [] }), 'NO_REPORT')
    await expectCode(
      h2.services.importRequestText({ text: 'PREFLIGHT-REQUEST: garbage :PREFLIGHT-REQUEST-END' }),
      'CISO_NOT_TRUSTED',
    )
  })
})

describe('staff and CISO flow', () => {
  it('onboards: confirm the CISO key, preview the exact bytes, export, then the CISO enrolls and verifies', async () => {
    const c = await makeCampaign()
    try {
      const h = await harness()
      const req = await c.request('alice@campaign.example', 'onboarding')
      const cisoPem = readFileSync(path.join(c.dir, 'ciso.pub.pem'), 'utf8')
      const requestJson = readFileSync(requestFile(c, req.requestId), 'utf8')

      // A tampered request never reaches the confirmation step.
      const env = JSON.parse(requestJson) as { payload: string }
      const tampered = JSON.stringify({ ...env, payload: Buffer.from('{"x":1}').toString('base64') })
      await expectCode(
        h.services.importRequestText({ text: `${cisoPem}\n${tampered}` }),
        'REQUEST_BAD_SIGNATURE',
      )

      // Request + key pasted together: verifies with that key, waits for the fingerprint check.
      const imported = await h.services.importRequestText({ text: `${cisoPem}\n${requestJson}` })
      expect(imported.request?.status).toBe('needs-confirmation')
      const fp = imported.request?.ciso.fingerprint ?? ''
      expect(fp).toBe((await c.roster()).cisoFingerprint)
      expect(imported.request?.ciso.fingerprintGrouped).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
      await expectCode(h.services.trustCiso({ fingerprint: 'f'.repeat(64) }), 'CISO_NOT_TRUSTED')
      const trusted = await h.services.trustCiso({ fingerprint: fp })
      expect(trusted).toMatchObject({ status: 'trusted', requestId: req.requestId, purpose: 'onboarding' })
      expect((await h.services.getAppInfo(undefined)).activeRequest?.requestId).toBe(req.requestId)

      const report = await h.services.runChecks(undefined)
      expect(report.policy).toMatchObject({ id: 'baseline', version: 2 })
      await expectCode(h.services.previewAttestation({ purpose: 'periodic', checklist: [] }), 'NOT_ALLOWED')
      const preview = await h.services.previewAttestation({ purpose: 'onboarding', checklist: [] })
      expect(preview.summary.requestId).toBe(req.requestId)
      expect(preview.summary.deviceKey?.fingerprint).toMatch(/^[0-9a-f]{64}$/)
      expect(JSON.parse(preview.statementJson)).toMatchObject({ _type: 'https://in-toto.io/Statement/v1' })

      // Cancelled save: nothing signed, nothing written.
      h.answers.save.push(null)
      expect(await h.services.exportAttestation({ purpose: 'onboarding', checklist: [] })).toMatchObject({
        saved: false,
      })

      const outDir = path.join(tmp, 'outbox')
      mkdirSync(outDir)
      const target = path.join(outDir, preview.fileName)
      h.answers.save.push(target)
      await expectCode(
        h.services.exportAttestation({ purpose: 'onboarding', checklist: [], deleteKeyAfter: true }),
        'NOT_ALLOWED',
      )
      h.answers.save.length = 0
      h.answers.save.push(target)
      const exported = await h.services.exportAttestation({ purpose: 'onboarding', checklist: [] })
      expect(exported).toMatchObject({ saved: true, fileName: preview.fileName, keyDeleted: false })
      const written = parseEnvelopeJson(readFileSync(target))
      // The signed payload is byte for byte the previewed statement.
      expect(Buffer.from(written.payload, 'base64').toString('utf8')).toBe(preview.statementJson)
      const devicePub = publicKeyFromPem(readFileSync(path.join(h.dataDir, 'keys', 'device-ed25519.pub.pem')))
      expect(verifyEnvelope(written, [devicePub])).not.toBeNull()
      expect((await h.services.listHistory(undefined)).entries[0]).toMatchObject({
        kind: 'export',
        fileName: preview.fileName,
      })
      expect((await h.services.getAppInfo(undefined)).activeRequest).toBeNull()

      // CISO side.
      const ciso = await harness('ciso', 'alice@campaign.example', undefined, c.configDir)
      await expectCode(ciso.services.cisoListRoster(undefined), 'NO_CAMPAIGN_FOLDER')
      ciso.answers.folder.push(outDir)
      await expectCode(ciso.services.cisoOpenFolder(undefined), 'NO_CAMPAIGN_FOLDER')
      ciso.answers.folder.push(c.dir)
      const opened = await ciso.services.cisoOpenFolder(undefined)
      expect(opened.folder).toMatchObject({ org: 'Test campaign', rosterSize: 0 })
      ciso.clock.now = new Date(T0.getTime() + 2 * 60 * 60_000)
      ciso.answers.folder.push(outDir)
      const first = await ciso.services.cisoVerifyFolder(undefined)
      expect(first.rows).toHaveLength(1)
      const row = first.rows[0]
      expect(row).toMatchObject({ outcome: 'UNKNOWN_KEY', enrollable: true })
      expect(row?.keyFingerprint).toBe(exported.deviceKey?.fingerprint)
      const progress = ciso.events.filter((e) => e.type === 'verify-progress')
      expect(progress.at(-1)).toMatchObject({ done: 1, total: 1, fileName: preview.fileName })

      await expectCode(
        ciso.services.cisoEnroll({
          rowId: row?.rowId ?? '',
          staffId: 'alice@campaign.example',
          fingerprint: 'e'.repeat(64),
        }),
        'NOT_ALLOWED',
      )
      const enrolled = await ciso.services.cisoEnroll({
        rowId: row?.rowId ?? '',
        staffId: 'alice@campaign.example',
        fingerprint: row?.keyFingerprint ?? '',
      })
      expect(enrolled).toMatchObject({
        status: 'active',
        staffId: 'alice@campaign.example',
        deviceLabel: 'alice-laptop',
      })
      ciso.answers.folder.push(outDir)
      const again = await ciso.services.cisoVerifyFolder(undefined)
      expect(again.rows[0]?.outcome).toBe('ALREADY_RECORDED')
      const roster = await ciso.services.cisoListRoster(undefined)
      expect(roster.entries.map((e) => e.fingerprint)).toEqual([row?.keyFingerprint])

      const csvPath = path.join(tmp, 'roster.csv')
      ciso.answers.save.push(csvPath)
      expect(await ciso.services.cisoExportCsv({ what: 'roster' })).toEqual({
        saved: true,
        fileName: 'roster.csv',
      })
      expect(readFileSync(csvPath, 'utf8')).toMatch(/^"staffId","deviceLabel"/)

      await expectCode(ciso.services.cisoOffboard({ fingerprint: row?.keyFingerprint ?? '' }), 'NOT_ALLOWED')
      const revoked = await ciso.services.cisoRevoke({
        fingerprint: row?.keyFingerprint ?? '',
        reason: 'lost laptop',
      })
      expect(revoked.status).toBe('revoked')
      expect(revoked.revokedAt).not.toBeNull()
      expect(readdirSync(outDir)).toEqual([preview.fileName])
    } finally {
      c.cleanup()
    }
  })

  it('imports the CISO key on its own, pins it after confirmation, then accepts a request file', async () => {
    const c = await makeCampaign()
    try {
      const h = await harness()
      const req = await c.request('alice@campaign.example', 'periodic')
      h.answers.open.push(path.join(c.dir, 'ciso.pub.pem'))
      const imported = await h.services.importCisoKeyFile(undefined)
      expect(imported.status).toBe('needs-confirmation')
      const pinned = await h.services.pinCisoKey({ fingerprint: imported.ciso?.fingerprint ?? '' })
      expect(pinned.fingerprint).toBe(imported.ciso?.fingerprint)
      expect(
        (await h.services.importCisoKeyText({ text: readFileSync(path.join(c.dir, 'ciso.pub.pem'), 'utf8') }))
          .status,
      ).toBe('already-trusted')
      const other = await makeCampaign()
      try {
        const foreign = readFileSync(path.join(other.dir, 'ciso.pub.pem'), 'utf8')
        expect((await h.services.importCisoKeyText({ text: foreign })).status).toBe('different-key-pinned')
        // A request signed by another CISO is refused once a key is pinned.
        const otherReq = await other.request('alice@campaign.example', 'periodic')
        h.answers.open.push(requestFile(other, otherReq.requestId))
        await expectCode(h.services.importRequestFile(undefined), 'CISO_KEY_MISMATCH')
      } finally {
        other.cleanup()
      }
      h.answers.open.push(requestFile(c, req.requestId))
      const r = await h.services.importRequestFile(undefined)
      expect(r.request).toMatchObject({ status: 'trusted', purpose: 'periodic' })
      h.answers.open.push(null)
      expect(await h.services.importRequestFile(undefined)).toEqual({ cancelled: true, request: null })
      await expectCode(h.services.importCisoKeyText({ text: 'hello' }), 'INVALID_ARGUMENT')
    } finally {
      c.cleanup()
    }
  })

  it('pins only the key that verified the pending request, and re-previews after a settings change', async () => {
    const c = await makeCampaign()
    const other = await makeCampaign()
    try {
      const h = await harness()
      const req = await c.request('alice@campaign.example', 'periodic')
      const pem = readFileSync(path.join(c.dir, 'ciso.pub.pem'), 'utf8')
      const imported = await h.services.importRequestText({
        text: `${pem}\n${readFileSync(requestFile(c, req.requestId), 'utf8')}`,
      })
      const foreign = await h.services.importCisoKeyText({
        text: readFileSync(path.join(other.dir, 'ciso.pub.pem'), 'utf8'),
      })
      // Confirming the other key must not pin it in place of the request's key.
      await expectCode(
        h.services.trustCiso({ fingerprint: foreign.ciso?.fingerprint ?? '' }),
        'CISO_NOT_TRUSTED',
      )
      expect((await h.services.getAppInfo(undefined)).trustedCiso).toBeNull()
      const trusted = await h.services.trustCiso({ fingerprint: imported.request?.ciso.fingerprint ?? '' })
      expect(trusted.status).toBe('trusted')

      await h.services.runChecks(undefined)
      const preview = await h.services.previewAttestation({ purpose: 'periodic', checklist: [] })
      await h.services.saveSettings({
        staffId: 'alice@campaign.example',
        deviceLabel: 'renamed',
        language: 'en',
      })
      const target = path.join(tmp, 'periodic.posture.json')
      h.answers.save.push(target)
      await h.services.exportAttestation({ purpose: 'periodic', checklist: [] })
      const saved = parseEnvelopeJson(readFileSync(target))
      const statement = JSON.parse(Buffer.from(saved.payload, 'base64').toString('utf8'))
      expect(statement.predicate.device.label).toBe('renamed')
      expect(JSON.parse(preview.statementJson).predicate.device.label).toBe('alice-laptop')
    } finally {
      c.cleanup()
      other.cleanup()
    }
  })

  it('offboarding: shows the checklist until every item is ticked, then exports and deletes the key', async () => {
    const h = await harness()
    await h.services.runChecks(undefined)
    const partial = await h.services.previewAttestation({
      purpose: 'offboarding',
      checklist: ['files-deleted'],
    })
    expect(partial.statementJson).toBe('')
    expect(partial.missingChecklist).toEqual(['accounts-signed-out', 'devices-returned'])
    expect(partial.checklist.map((i) => i.id)).toEqual([
      'accounts-signed-out',
      'files-deleted',
      'devices-returned',
    ])
    await expectCode(
      h.services.exportAttestation({ purpose: 'offboarding', checklist: ['files-deleted'] }),
      'NOT_ALLOWED',
    )
    const all = ['accounts-signed-out', 'files-deleted', 'devices-returned']
    const full = await h.services.previewAttestation({ purpose: 'offboarding', checklist: all })
    expect(JSON.parse(full.statementJson).predicate.offboarding.checklist).toHaveLength(3)
    const target = path.join(tmp, 'final.posture.json')
    h.answers.save.push(target)
    const out = await h.services.exportAttestation({
      purpose: 'offboarding',
      checklist: all,
      deleteKeyAfter: true,
    })
    expect(out).toMatchObject({ saved: true, keyDeleted: true, deviceKey: null })
    expect((await h.services.getAppInfo(undefined)).deviceKey).toBeNull()
    await expectCode(
      h.services.previewAttestation({ purpose: 'periodic', checklist: ['files-deleted'] }),
      'INVALID_ARGUMENT',
    )
  })

  it('keeps history and exports when the settings file is damaged', async () => {
    const h = await harness()
    await h.services.runChecks(undefined)
    writeFileSync(path.join(h.dataDir, 'settings.json'), '{"staffId": ')
    const settings = await openSettingsStore(jsonFileSettingsSource(path.join(h.dataDir, 'settings.json')), {
      now: () => h.clock.now,
    })
    expect(settings.get()).toEqual({ staffId: '', deviceLabel: '', language: 'system' })
    expect(settings.takeNotices()).toHaveLength(1)
    const history = fileHistoryStore(path.join(h.dataDir, 'history.json'))
    expect((await history.list()).length).toBe(1)
  })
})

describe('the safeStorage key store through the services', () => {
  /** The keyProtection value wherever it sits in the statement. */
  function keyProtectionOf(statementJson: string): unknown {
    const found: unknown[] = []
    JSON.parse(statementJson, (k: string, v: unknown) => {
      if (k === 'keyProtection') found.push(v)
      return v
    })
    expect(found).toHaveLength(1)
    return found[0]
  }

  /** Onboard with a CISO request up to the preview, with the given key store. */
  async function previewWith(keyStore: (keysDir: string) => ServiceDeps['keyStore']) {
    const c = await makeCampaign()
    const h = await harness('staff-ss', 'alice@campaign.example', keyStore)
    const req = await c.request('alice@campaign.example', 'onboarding')
    const cisoPem = readFileSync(path.join(c.dir, 'ciso.pub.pem'), 'utf8')
    const imported = await h.services.importRequestText({
      text: `${cisoPem}\n${readFileSync(requestFile(c, req.requestId), 'utf8')}`,
    })
    await h.services.trustCiso({ fingerprint: imported.request?.ciso.fingerprint ?? '' })
    await h.services.runChecks(undefined)
    return { c, h }
  }

  it('signs the weak case as weak: GNOME desktop, keyring not running, v10 fallback -> basic-text', async () => {
    const fake = fakeSafeStorage({ encryptTag: 'v10', backend: 'gnome_libsecret' })
    const { c, h } = await previewWith((d) => new SafeStorageKeyStore(d, fake.api, 'linux'))
    try {
      const info = await h.services.getAppInfo(undefined)
      expect(info.keyStore).toMatchObject({ available: true, protection: 'basic-text', weak: true })
      const preview = await h.services.previewAttestation({ purpose: 'onboarding', checklist: [] })
      expect(keyProtectionOf(preview.statementJson)).toBe('basic-text')
      expect(preview.statementJson).not.toContain('libsecret')
      expect((await h.services.getAppInfo(undefined)).deviceKey?.protection).toBe('basic-text')
    } finally {
      c.cleanup()
    }
  })

  it('a locked keyring at signing time is KEY_STORE_UNAVAILABLE with retry advice, and the key survives', async () => {
    const fake = fakeSafeStorage({ encryptTag: 'v11', backend: 'gnome_libsecret' })
    const { c, h } = await previewWith((d) => new SafeStorageKeyStore(d, fake.api, 'linux'))
    try {
      const first = await h.services.previewAttestation({ purpose: 'onboarding', checklist: [] })
      expect(keyProtectionOf(first.statementJson)).toBe('libsecret')
      fake.state.unlocked.delete('v11')
      const err = await expectCode(
        h.services.previewAttestation({ purpose: 'onboarding', checklist: [] }),
        'KEY_STORE_UNAVAILABLE',
      )
      expect(err.message).toMatch(/locked, not answering, or refused/)
      expect(err.message).not.toMatch(/damaged/)
      expect(err.message.replace(/Do not delete it/g, '')).not.toMatch(/delete/i)
      fake.state.unlocked.add('v11')
      const again = await h.services.previewAttestation({ purpose: 'onboarding', checklist: [] })
      expect(again.summary.deviceKey?.fingerprint).toBe(first.summary.deviceKey?.fingerprint)
    } finally {
      c.cleanup()
    }
  })
})
