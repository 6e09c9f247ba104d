/**
 * The practices in the app services: the views the staff screens show (words from the catalogues,
 * what the last run measured), confirmations in the signed statement, vendor help pages opened only
 * by id, and the campaign's web addresses from the policy (nothing looked up).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { serializeEnvelope } from '../../../../main/attestation/dsse'
import { ReplayProbe, parseTranscript } from '../../../../main/probe/transcript'
import { createServices, ServiceError, type ServiceHandlers } from '../../../../main/services'
import { FileDeviceKeyStore } from '../../../../main/services/device-key'
import { fileHistoryStore } from '../../../../main/services/history'
import { jsonFileSettingsSource, openSettingsStore } from '../../../../main/services/settings'
import { REQUEST_SCHEMAS } from '../../../../shared/ipc-contract'
import { TestCiso } from '../staff/helpers'

const FIXTURE = path.resolve(
  __dirname,
  '../../../fixtures/practices/linux/signal-flatpak-user-bitwarden-snap.json',
)

let tmp = ''
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'preflight-practices-'))
})
afterEach(() => rmSync(tmp, { recursive: true, force: true }))

async function harness(): Promise<{ services: ServiceHandlers; opened: string[]; save: string[] }> {
  const dataDir = path.join(tmp, 'data')
  mkdirSync(dataDir, { recursive: true })
  const transcript = parseTranscript(readFileSync(FIXTURE, 'utf8'))
  const now = new Date('2026-11-20T10:05:00Z')
  const settings = await openSettingsStore(jsonFileSettingsSource(path.join(dataDir, 'settings.json')), {
    now: () => now,
  })
  await settings.save({ staffId: 'alice@campaign.example', deviceLabel: 'alice-laptop', language: 'en' })
  const opened: string[] = []
  const save: string[] = []
  const services = createServices({
    dataDir,
    keyStore: new FileDeviceKeyStore(path.join(dataDir, 'keys')),
    settings,
    history: fileHistoryStore(path.join(dataDir, 'history.json')),
    createProbe: () => new ReplayProbe(transcript, { now }),
    now: () => now,
    dialogs: {
      chooseOpenFile: async () => null,
      chooseSaveFile: async () => save.shift() ?? null,
      chooseFolder: async () => null,
    },
    openExternal: async (url) => {
      opened.push(url)
      return true
    },
    emit: () => undefined,
  })
  return { services, opened, save }
}

describe('practices in the app services', () => {
  it('lists the practices of a purpose with their words, and what the run measured', async () => {
    const { services } = await harness()
    const before = await services.getPractices({ purpose: 'periodic' })
    expect(before.measuredAt).toBeNull()
    expect(before.items.find((i) => i.id === 'signal')).toMatchObject({
      evidence: 'measured',
      measured: null,
    })
    await services.runChecks(undefined)
    const view = await services.getPractices({ purpose: 'periodic' })
    expect(view.measuredAt).toBe('2026-11-20T10:05:00.000Z')
    expect(view.items.map((i) => i.id)).toEqual([
      'two-factor-email',
      'security-key-email',
      'signal',
      'password-manager',
      'campaign-accounts-only',
      'phone-updated-locked',
      'laptop-password',
      'report-lost-device',
      'check-addresses',
      'find-my',
    ])
    const signal = view.items.find((i) => i.id === 'signal')
    expect(signal).toMatchObject({
      evidence: 'measured',
      confirmable: false,
      measured: { result: 'found', summary: 'Signal Desktop is installed' },
    })
    expect(signal?.help.map((h) => h.id)).toEqual(['signal-download', 'signal-disappearing'])
    const findMy = view.items.find((i) => i.id === 'find-my')
    expect(findMy).toMatchObject({
      level: 'recommended',
      confirmable: true,
      measured: { result: 'not-applicable' },
    })
    expect(findMy?.steps[0]).toMatch(/Linux has no built-in Find My/)
    const phone = view.items.find((i) => i.id === 'phone-updated-locked')
    expect(phone?.services.map((s) => s.name)).toEqual(['iPhone', 'Android'])
    const leaving = await services.getPractices({ purpose: 'offboarding' })
    expect(leaving.items.map((i) => i.id)).toEqual([
      'accounts-signed-out',
      'files-deleted',
      'devices-returned',
    ])
  })

  it('signs exactly what was confirmed, measured and declared apart; unknown ids are refused', async () => {
    const { services, save } = await harness()
    await services.runChecks(undefined)
    const preview = await services.previewAttestation({
      purpose: 'periodic',
      checklist: [],
      confirmed: ['two-factor-email', 'laptop-password', 'find-my'],
    })
    const statement = JSON.parse(preview.statementJson)
    expect(statement.predicate.practices).toEqual(preview.practices?.map(({ title: _t, ...rest }) => rest))
    expect(preview.practices?.find((p) => p.id === 'signal')).toMatchObject({
      evidence: 'measured',
      result: 'found',
      title: 'I use Signal for campaign conversations, with disappearing messages on',
    })
    expect(preview.practices?.find((p) => p.id === 'find-my')).toMatchObject({
      evidence: 'declared',
      result: 'confirmed',
    })
    expect(preview.practicesResult).toBe('incomplete')
    expect(statement.predicate.practicesResult).toBe('incomplete')
    // Undo one confirmation: a new preview, and export signs that one, not the older.
    const undone = await services.previewAttestation({
      purpose: 'periodic',
      checklist: [],
      confirmed: ['two-factor-email', 'find-my'],
    })
    expect(undone.practices?.find((p) => p.id === 'laptop-password')?.result).toBe('not-confirmed')
    const target = path.join(tmp, 'out.posture.json')
    save.push(target)
    await services.exportAttestation({
      purpose: 'periodic',
      checklist: [],
      confirmed: ['two-factor-email', 'find-my'],
    })
    const written = JSON.parse(readFileSync(target, 'utf8')) as { payload: string }
    expect(Buffer.from(written.payload, 'base64').toString('utf8')).toBe(undone.statementJson)
    const err = await services
      .previewAttestation({ purpose: 'periodic', checklist: [], confirmed: ['files-deleted'] })
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ServiceError)
    expect((err as ServiceError).code).toBe('NOT_ALLOWED')
  })

  it('opens a vendor help page only by its id from the fixed list', async () => {
    const { services, opened } = await harness()
    expect(await services.openPracticeHelp({ helpId: 'signal-disappearing' })).toEqual({ opened: true })
    expect(opened).toEqual([
      'https://support.signal.org/hc/en-us/articles/360007320771-Set-and-manage-disappearing-messages',
    ])
    // The contract refuses anything else before a service runs.
    for (const bad of [{ helpId: 'https://evil.example' }, { helpId: '__proto__' }, { url: 'x' }, undefined])
      expect(REQUEST_SCHEMAS.openPracticeHelp.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    expect(REQUEST_SCHEMAS.getPractices.safeParse({ purpose: 'leaving' }).success).toBe(false)
    expect(
      REQUEST_SCHEMAS.previewAttestation.safeParse({ purpose: 'periodic', checklist: [], confirmed: ['A B'] })
        .success,
    ).toBe(false)
  })

  it("shows the campaign's web addresses from the active request's policy", async () => {
    const { services } = await harness()
    expect(await services.getCampaignDomains(undefined)).toEqual({
      policy: { id: 'default', version: 1 },
      official: [],
      lookalikes: [],
    })
    const ciso = new TestCiso()
    const policy = ciso.policy({
      id: 'campaign',
      version: 4,
      domains: {
        official: [
          { domain: 'example.org', use: 'web' },
          { domain: 'give.example.org', use: 'donation' },
        ],
        lookalikes: ['example-2026.org'],
      },
    })
    const request = ciso.request({ purpose: 'periodic', policy, issuedAt: new Date('2026-11-20T10:00:00Z') })
    const imported = await services.importRequestText({
      text: `${ciso.publicPem}\n${serializeEnvelope(request)}`,
    })
    await services.trustCiso({ fingerprint: imported.request?.ciso.fingerprint ?? '' })
    expect(await services.getCampaignDomains(undefined)).toEqual({
      policy: { id: 'campaign', version: 4 },
      official: [
        { domain: 'example.org', use: 'web' },
        { domain: 'give.example.org', use: 'donation' },
      ],
      lookalikes: ['example-2026.org'],
    })
  })
  it('speaks Spanish once the settings say so: guided fixes and practices, with no other change', async () => {
    const { services } = await harness()
    const saved = await services.saveSettings(
      REQUEST_SCHEMAS.saveSettings.parse({
        staffId: 'alice@campaign.example',
        deviceLabel: 'alice-laptop',
        language: 'es',
      }),
    )
    expect(saved.language).toBe('es')
    const fix = await services.getRemediation({ remediationId: 'firewall.linux.ufw' })
    expect(fix.title).toBe('Active el firewall (ufw)')
    expect(fix.steps[2]).toBe('O en una terminal: ejecute "sudo ufw enable" y escriba su contraseña.')
    const view = await services.getPractices({ purpose: 'periodic' })
    const signal = view.items.find((i) => i.id === 'signal')
    expect(signal?.title).toBe(
      'Uso Signal para las conversaciones de la campaña, con los mensajes temporales activados',
    )
    // A language the app does not have is refused at the IPC boundary.
    expect(
      REQUEST_SCHEMAS.saveSettings.safeParse({ staffId: 'a@b.example', deviceLabel: 'x', language: 'fr' })
        .success,
    ).toBe(false)
  })
})
