import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  corruptFileName,
  DEFAULT_SETTINGS,
  jsonFileSettingsSource,
  openSettingsStore,
  parseSettings,
  SettingsCorruptError,
} from '../../../../main/services/settings'
import { fileHistoryStore } from '../../../../main/services/history'

const NOW = new Date('2026-11-24T06:10:00.123Z')
let dir = ''
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'preflight-settings-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('settings store', () => {
  it('starts from defaults and persists what is saved', async () => {
    const file = path.join(dir, 'settings.json')
    const store = await openSettingsStore(jsonFileSettingsSource(file), { now: () => NOW })
    expect(store.get()).toEqual(DEFAULT_SETTINGS)
    await store.save({ staffId: 'alice', deviceLabel: 'laptop', language: 'en' })
    const again = await openSettingsStore(jsonFileSettingsSource(file), { now: () => NOW })
    expect(again.get()).toEqual({ staffId: 'alice', deviceLabel: 'laptop', language: 'en' })
    expect(again.takeNotices()).toEqual([])
  })

  it.each([
    ['not JSON', '{"staffId": "al'],
    ['wrong types', '{"staffId": 42}'],
    ['a language that is not a string', '{"language": 5}'],
  ])(
    'moves a damaged file aside (%s), starts from defaults and tells the user once',
    async (_name, content) => {
      const file = path.join(dir, 'settings.json')
      writeFileSync(file, content)
      writeFileSync(path.join(dir, 'history.json'), 'unrelated file that must survive')
      const store = await openSettingsStore(jsonFileSettingsSource(file), { now: () => NOW })
      expect(store.get()).toEqual(DEFAULT_SETTINGS)
      const moved = corruptFileName(file, NOW)
      expect(moved).toBe('settings.corrupt-2026-11-24T06-10-00-123Z.json')
      expect(readFileSync(path.join(dir, moved), 'utf8')).toBe(content)
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, settingsVersion: 2 })
      const notices = store.takeNotices()
      expect(notices).toHaveLength(1)
      expect(notices[0]).toMatchObject({ kind: 'settings-recovered', movedTo: moved })
      expect(notices[0]?.message).toContain(moved)
      expect(store.takeNotices()).toEqual([])
      expect(readFileSync(path.join(dir, 'history.json'), 'utf8')).toBe('unrelated file that must survive')
    },
  )

  it('fails with a clear message when the damaged file cannot even be moved', async () => {
    const file = path.join(dir, 'settings.json')
    writeFileSync(file, 'garbage')
    const attempt = openSettingsStore(jsonFileSettingsSource(file), {
      now: () => NOW,
      rename: () => {
        throw new Error('EACCES: permission denied')
      },
    })
    await expect(attempt).rejects.toThrow(SettingsCorruptError)
    await expect(attempt).rejects.toThrow(/could not be moved aside/)
    expect(readFileSync(file, 'utf8')).toBe('garbage')
  })

  it('does not treat other failures (bugs, permissions) as a damaged file', async () => {
    const file = path.join(dir, 'settings.json')
    writeFileSync(file, '{"staffId":"kept"}')
    const source = {
      filePath: file,
      open: () => {
        throw new Error('EACCES: permission denied')
      },
    }
    await expect(openSettingsStore(source, { now: () => NOW })).rejects.toThrow(/EACCES/)
    expect(readFileSync(file, 'utf8')).toBe('{"staffId":"kept"}')
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('ignores unknown keys but validates known ones', () => {
    expect(parseSettings({ staffId: 'a', extra: 1 })).toEqual({
      staffId: 'a',
      deviceLabel: '',
      language: 'system',
    })
    expect(() => parseSettings({ deviceLabel: 'x'.repeat(65) })).toThrow(SettingsCorruptError)
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS)
  })
})

describe('the language setting', () => {
  it('defaults to following the system', () => {
    expect(DEFAULT_SETTINGS.language).toBe('system')
  })

  it('reads a file from before the language choice (no settingsVersion: it could only say "en") as "system"', async () => {
    const file = path.join(dir, 'settings.json')
    writeFileSync(file, JSON.stringify({ staffId: 'alice', deviceLabel: 'alice-laptop', language: 'en' }))
    const store = await openSettingsStore(jsonFileSettingsSource(file), { now: () => NOW })
    expect(store.get()).toEqual({ staffId: 'alice', deviceLabel: 'alice-laptop', language: 'system' })
    expect(store.takeNotices()).toEqual([])
    // Saving writes the new version, and a chosen language is then kept.
    await store.save({ ...store.get(), language: 'en' })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      staffId: 'alice',
      deviceLabel: 'alice-laptop',
      language: 'en',
      settingsVersion: 2,
    })
    const again = await openSettingsStore(jsonFileSettingsSource(file), { now: () => NOW })
    expect(again.get().language).toBe('en')
  })

  it('keeps "system" and the languages we have; a language we do not have reads as "system", not as damage', () => {
    expect(parseSettings({ language: 'system', settingsVersion: 2 }).language).toBe('system')
    expect(parseSettings({ language: 'en', settingsVersion: 2 }).language).toBe('en')
    expect(parseSettings({ language: 'xx', settingsVersion: 2 }).language).toBe('system')
    expect(parseSettings({ language: 'en' }).language).toBe('system')
    expect(() => parseSettings({ language: 'x'.repeat(36), settingsVersion: 2 })).toThrow(
      SettingsCorruptError,
    )
  })
})

describe('history store', () => {
  it('keeps entries newest first and survives a damaged file by moving it aside', async () => {
    const file = path.join(dir, 'history.json')
    const h = fileHistoryStore(file, () => NOW)
    const run = {
      kind: 'run',
      at: '2026-11-24T06:00:00Z',
      overall: 'pass',
      replayed: false,
      checks: [],
    } as const
    await Promise.all([h.append(run), h.append({ ...run, at: '2026-11-24T06:01:00Z' })])
    expect((await h.list()).map((e) => e.at).sort()).toEqual(['2026-11-24T06:00:00Z', '2026-11-24T06:01:00Z'])
    writeFileSync(file, '[')
    expect(await h.list()).toEqual([])
    expect(readdirSync(dir).some((f) => f.startsWith('history.corrupt-'))).toBe(true)
    await h.append(run)
    expect(await h.list()).toHaveLength(1)
    expect(existsSync(file)).toBe(true)
  })
})
