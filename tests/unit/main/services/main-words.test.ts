/**
 * Main's own words in the reader's language (contract v1.10): failures carry their sentence as a
 * message of the `main` catalogue (the English `message` unchanged), notices and the key store's
 * sentence too, and main's file dialogs get their titles in the effective language. Every key of
 * the section is named by main.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { toFailure } from '../../../../main/electron/ipc/register'
import { ReplayProbe, parseTranscript } from '../../../../main/probe/transcript'
import { createServices, ServiceError, type ServiceHandlers } from '../../../../main/services'
import { FileDeviceKeyStore } from '../../../../main/services/device-key'
import { fileHistoryStore } from '../../../../main/services/history'
import { englishOf, mainMsg, mainTextIn } from '../../../../main/services/main-text'
import { jsonFileSettingsSource, openSettingsStore } from '../../../../main/services/settings'
import { MAIN_EN } from '../../../../shared/i18n/en/main'
import { MAIN_ES } from '../../../../shared/i18n/es/main'
import { renderMsg } from '../../../../shared/i18n/msg'
import type { LanguageSetting } from '../../../../shared/ipc-contract'

const FIXTURE = path.resolve(__dirname, '../../../fixtures/linux/fw-ufw-disabled-ubuntu.json')
const ROOT = path.resolve(__dirname, '../../../..')

let tmp = ''
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'preflight-main-words-'))
})
afterEach(() => rmSync(tmp, { recursive: true, force: true }))

async function services(language: LanguageSetting, system: readonly string[] = ['en-US']) {
  const titles: string[] = []
  const filters: string[] = []
  const settings = await openSettingsStore(jsonFileSettingsSource(path.join(tmp, 'settings.json')), {
    now: () => new Date(),
  })
  await settings.save({ staffId: '', deviceLabel: '', language })
  const transcript = parseTranscript(readFileSync(FIXTURE, 'utf8'))
  const s: ServiceHandlers = createServices({
    dataDir: tmp,
    keyStore: new FileDeviceKeyStore(path.join(tmp, 'keys')),
    settings,
    history: fileHistoryStore(path.join(tmp, 'history.json')),
    createProbe: () => new ReplayProbe(transcript),
    now: () => new Date('2026-11-20T10:00:00Z'),
    dialogs: {
      chooseOpenFile: async (o) => {
        titles.push(o.title)
        filters.push(...o.filters.map((f) => f.name))
        return null
      },
      chooseSaveFile: async (o) => {
        titles.push(o.title)
        return null
      },
      chooseFolder: async (o) => {
        titles.push(o.title)
        return null
      },
    },
    openExternal: async () => false,
    emit: () => undefined,
    systemLanguages: () => system,
  })
  return { s, titles, filters }
}

async function failure(p: Promise<unknown>) {
  try {
    await p
  } catch (err) {
    return toFailure(err, () => undefined)
  }
  throw new Error('expected a failure')
}

describe("main's words", () => {
  it('a ServiceError keeps its English message and carries the message for other languages', () => {
    const err = new ServiceError('NOT_FOUND', mainMsg('main.error.noFix', { id: 'nope' }))
    expect(err.message).toBe('There is no guided fix called "nope".')
    expect(err.text).toEqual({ key: 'main.error.noFix', params: { id: 'nope' } })
    expect(renderMsg(err.text!, [MAIN_ES, MAIN_EN], 'es')).toBe(
      'No existe ninguna corrección guiada llamada "nope".',
    )
    // A plain string (words of main/staff, main/ciso… not converted yet) has no message.
    expect(new ServiceError('IO_ERROR', 'disk full').text).toBeUndefined()
  })

  it('sends the key and params over IPC beside the English message', async () => {
    const { s } = await services('es')
    const f = await failure(s.getRemediation({ remediationId: 'no.such.fix' }))
    expect(f).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: 'There is no guided fix called "no.such.fix".',
      text: { key: 'main.error.noFix', params: { id: 'no.such.fix' } },
    })
    const busy = await failure(s.previewAttestation({ purpose: 'periodic', checklist: [] }))
    expect(busy).toMatchObject({
      code: 'SETTINGS_REQUIRED',
      message: 'Enter your staff id and a name for this laptop first.',
      text: { key: 'main.error.settingsRequired' },
    })
    // An unexpected error: INTERNAL, with its message too.
    const internal = toFailure(new Error('boom'), () => undefined)
    expect(internal).toMatchObject({
      code: 'INTERNAL',
      text: { key: 'main.error.internal', params: { error: 'boom' } },
    })
    if (internal.ok) throw new Error('unreachable')
    expect(internal.message).toBe('Something went wrong inside Preflight (boom). Please report this.')
  })

  it('a message names the purpose as a message, so Spanish does not get an English word', () => {
    const m = mainMsg('main.error.wrongPurpose', {
      requested: mainMsg('main.purpose.offboarding'),
      purpose: mainMsg('main.purpose.periodic'),
    })
    // The English is byte-identical to what main wrote before the catalogue (article and all).
    expect(englishOf(m)).toBe('The active request asks for a offboarding attestation, not periodic.')
    expect(mainTextIn('es', m)).toBe(
      'La solicitud activa pide una constancia de salida de la campaña, no de revisión de rutina.',
    )
  })

  it('titles the file dialogs in the chosen language, and in the system language for "system"', async () => {
    const es = await services('es')
    await es.s.importRequestFile(undefined)
    await es.s.importCisoKeyFile(undefined)
    expect(es.titles).toEqual([
      'Abrir la solicitud de su contacto de seguridad',
      'Abrir la clave pública de su contacto de seguridad',
    ])
    expect(es.filters).toEqual(['Solicitud de Preflight', 'Clave pública'])

    const system = await services('system', ['es-MX', 'en-US'])
    await system.s.importRequestFile(undefined)
    expect(system.titles).toEqual(['Abrir la solicitud de su contacto de seguridad'])

    const en = await services('en', ['es-MX'])
    await en.s.importRequestFile(undefined)
    expect(en.titles).toEqual(['Open the request from your security contact'])
  })

  it("sends the key store's sentence as a message", async () => {
    const { s } = await services('es')
    const info = await s.getAppInfo(undefined)
    expect(info.keyStore.weak).toBe(true)
    expect(info.keyStore.message).toBe(
      'Your signing key is stored in a file protected only by file permissions. Your attestations will say so.',
    )
    expect(info.keyStore.messageText).toEqual({ key: 'main.keyStore.fileOnly' })
  })

  it('names every key of the main section in main (no dead words)', () => {
    const sources: string[] = []
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name)
        if (statSync(file).isDirectory()) walk(file)
        else if (file.endsWith('.ts')) sources.push(readFileSync(file, 'utf8'))
      }
    }
    walk(path.join(ROOT, 'main'))
    const all = sources.join('\n')
    const unused = Object.keys(MAIN_EN).filter((key) => {
      if (all.includes(`'${key}'`)) return false
      // Keys built from a template prefix: `main.purpose.${p}`, `main.error.tooLarge.${what}`.
      const prefix = key.slice(0, key.lastIndexOf('.') + 1)
      return !all.includes(`\`${prefix}\${`)
    })
    expect(unused).toEqual([])
  })
})
