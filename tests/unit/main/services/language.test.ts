/**
 * The app's language: main follows the operating system's preferred languages unless the staffer
 * chose one, sends fixes and practices in that language, and saves the choice on its own (before a
 * staff id exists). The checks' canonical English never changes with it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { REQUEST_SCHEMAS } from '../../../../shared/ipc-contract'
import { ReplayProbe, parseTranscript } from '../../../../main/probe/transcript'
import { createServices, type ServiceHandlers } from '../../../../main/services'
import { FileDeviceKeyStore } from '../../../../main/services/device-key'
import { fileHistoryStore } from '../../../../main/services/history'
import { jsonFileSettingsSource, openSettingsStore } from '../../../../main/services/settings'
import { systemLanguages } from '../../../../main/electron/system-language'
import { PSEUDO, PSEUDO_OPEN, registerPseudoLocale } from '../../../support/pseudo-locale'

const FIXTURE = path.resolve(__dirname, '../../../fixtures/linux/fw-ufw-disabled-ubuntu.json')

let tmp = ''
let unregister: () => void = () => undefined
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'preflight-lang-'))
  unregister = registerPseudoLocale()
})
afterEach(() => {
  unregister()
  rmSync(tmp, { recursive: true, force: true })
})

async function services(system: readonly string[]): Promise<{ s: ServiceHandlers; file: string }> {
  const file = path.join(tmp, 'settings.json')
  const transcript = parseTranscript(readFileSync(FIXTURE, 'utf8'))
  const s = createServices({
    dataDir: tmp,
    keyStore: new FileDeviceKeyStore(path.join(tmp, 'keys')),
    settings: await openSettingsStore(jsonFileSettingsSource(file), { now: () => new Date() }),
    history: fileHistoryStore(path.join(tmp, 'history.json')),
    createProbe: () => new ReplayProbe(transcript),
    now: () => new Date('2026-11-20T10:00:00Z'),
    dialogs: {
      chooseOpenFile: async () => null,
      chooseSaveFile: async () => null,
      chooseFolder: async () => null,
    },
    openExternal: async () => false,
    emit: () => undefined,
    systemLanguages: () => system,
  })
  return { s, file }
}

describe('the app language', () => {
  it("reports the system's language: its first preferred language we have, else English", async () => {
    expect((await (await services([`${PSEUDO}-XX`, 'en-US'])).s.getAppInfo(undefined)).systemLanguage).toBe(
      PSEUDO,
    )
    expect((await (await services(['fr-FR', 'en-GB'])).s.getAppInfo(undefined)).systemLanguage).toBe('en')
    expect((await (await services([])).s.getAppInfo(undefined)).systemLanguage).toBe('en')
  })

  it('sends guided fixes and practices in the system language while the setting is "system"', async () => {
    const { s } = await services([PSEUDO])
    expect((await s.getSettings(undefined)).language).toBe('system')
    const fix = await s.getRemediation({ remediationId: 'firewall.linux.ufw' })
    expect(fix.title.startsWith(PSEUDO_OPEN)).toBe(true)
    const practices = await s.getPractices({ purpose: 'periodic' })
    expect(practices.items[0]?.title.startsWith(PSEUDO_OPEN)).toBe(true)
  })

  it('setLanguage saves a choice on its own (no staff id needed), and it wins over the system', async () => {
    const { s, file } = await services([PSEUDO])
    const saved = await s.setLanguage({ language: 'en' })
    expect(saved).toEqual({ staffId: '', deviceLabel: '', language: 'en' })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ language: 'en', settingsVersion: 2 })
    const fix = await s.getRemediation({ remediationId: 'firewall.linux.ufw' })
    expect(fix.title.startsWith(PSEUDO_OPEN)).toBe(false)
    await s.setLanguage({ language: 'system' })
    expect(
      (await s.getRemediation({ remediationId: 'firewall.linux.ufw' })).title.startsWith(PSEUDO_OPEN),
    ).toBe(true)
  })

  it('runs the checks the same in every language: English texts, messages in `text`', async () => {
    const { s } = await services([PSEUDO])
    const report = await s.runChecks(undefined)
    const fw = report.checks.find((c) => c.id === 'firewall')
    expect(fw?.summary).toBe('The firewall is off')
    expect(fw?.text?.summary.key).toBe('check.firewall.linux.summary.off')
  })

  it('setLanguage accepts "system" and the languages we have, nothing else', () => {
    const schema = REQUEST_SCHEMAS.setLanguage
    expect(schema.safeParse({ language: 'system' }).success).toBe(true)
    expect(schema.safeParse({ language: 'en' }).success).toBe(true)
    expect(schema.safeParse({ language: 'xx' }).success).toBe(false)
    expect(schema.safeParse({ language: 'en', staffId: 'x' }).success).toBe(false)
    expect(schema.safeParse({ language: '__proto__' }).success).toBe(false)
  })
})

describe("Electron's system languages", () => {
  it('are the preferred list, or the app locale when the list is empty', () => {
    expect(
      systemLanguages({ getPreferredSystemLanguages: () => ['es-MX', 'en-US'], getLocale: () => 'en-US' }),
    ).toEqual(['es-MX', 'en-US'])
    expect(systemLanguages({ getPreferredSystemLanguages: () => [], getLocale: () => 'es' })).toEqual(['es'])
    expect(systemLanguages({ getPreferredSystemLanguages: () => [''], getLocale: () => '' })).toEqual([])
  })
})
