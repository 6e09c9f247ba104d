/**
 * electron-store as the settings document. electron-store itself imports 'electron' from
 * node_modules, where vi.mock cannot reach (the real package would try to download a binary), so it is
 * replaced by its own base class `conf` with electron-store's option mapping (name → configName; cwd
 * given): the parsing, schema validation and throwing on a damaged file are conf's, i.e. the real ones.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const removed = vi.hoisted(() => [] as string[])
vi.mock('electron', () => ({ default: {}, ipcMain: { removeAllListeners: (c: string) => removed.push(c) } }))
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf')
  class ElectronStoreLike extends Conf<Record<string, unknown>> {
    constructor(options: Record<string, unknown>) {
      const { name, ...rest } = options
      super({ ...rest, configName: name as string, projectName: 'preflight-test' })
    }
  }
  return { default: ElectronStoreLike }
})

const { electronStoreSettingsSource } = await import('../../../../main/electron/settings-store')
const { openSettingsStore, DEFAULT_SETTINGS } = await import('../../../../main/services/settings')

const NOW = new Date('2026-11-24T06:10:00.000Z')
let dir = ''
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'preflight-estore-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('electron-store settings adapter', () => {
  it('round-trips settings through electron-store', async () => {
    const store = await openSettingsStore(electronStoreSettingsSource(dir), { now: () => NOW })
    await store.save({ staffId: 'bob', deviceLabel: 'bob-mac', language: 'en' })
    const again = await openSettingsStore(electronStoreSettingsSource(dir), { now: () => NOW })
    expect(again.get()).toEqual({ staffId: 'bob', deviceLabel: 'bob-mac', language: 'en' })
    expect(JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      staffId: 'bob',
    })
  })

  it.each([
    ['invalid JSON', '{"staffId":'],
    ['a schema violation', '{"staffId": 12, "language": "en"}'],
  ])('recovers from %s: file moved aside, defaults, one notice', async (_what, content) => {
    writeFileSync(path.join(dir, 'settings.json'), content)
    const store = await openSettingsStore(electronStoreSettingsSource(dir), { now: () => NOW })
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    const moved = readdirSync(dir).filter((f) => f.startsWith('settings.corrupt-'))
    expect(moved).toHaveLength(1)
    expect(readFileSync(path.join(dir, moved[0] ?? ''), 'utf8')).toBe(content)
    expect(store.takeNotices()[0]?.movedTo).toBe(moved[0])
  })
})
