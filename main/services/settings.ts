/**
 * Staff settings (staff id, device label, language, whether the user acts as the campaign's security
 * lead) and their recovery from a damaged file.
 *
 * The language is `system` (follow the operating system; the default) or a language the staffer
 * chose. Files written before the choice existed (no `settingsVersion`) could only hold the default
 * `en`, never chosen by anyone, so they read as `system`; a stored language we have no catalogue
 * for (a newer version's) also reads as `system` rather than making the file "damaged".
 *
 * Electron-free: the storage is a `SettingsDocument` (electron-store in the app, a JSON file in tests
 * and in the renderer's Playwright tests). electron-store throws on a file that is not JSON or breaks
 * the schema; we then move the file aside as `settings.corrupt-<time>.json`, start from defaults and
 * queue a notice for the next window load. Only settings live in that file: signed exports, history,
 * keys and pinned CISO keys are stored elsewhere and are never touched by this recovery.
 */
import { promises as fsp, renameSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { z } from 'zod'
import { LANGUAGES } from '../../shared/i18n'
import type { AppNotice, LanguageSetting, Settings } from '../../shared/ipc-contract'
import { writeFileAtomic } from '../util/atomic-write'
import { englishOf, mainMsg } from './main-text'

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = { staffId: '', deviceLabel: '', language: 'system' }

/** The version of the settings file written now (2: the language setting may be `system`). */
export const SETTINGS_VERSION = 2

/** What is stored: the settings and the file's version. */
export interface StoredSettings extends Settings {
  readonly settingsVersion: typeof SETTINGS_VERSION
}

/** The settings as written to the file. */
export function toStored(settings: Settings): StoredSettings {
  return { ...settings, settingsVersion: SETTINGS_VERSION }
}

/**
 * JSON schema of the settings file (electron-store validates the file with it on every read/write).
 * Kept in line with settingsFileSchema below.
 */
export const SETTINGS_JSON_SCHEMA = {
  staffId: { type: 'string', maxLength: 254 },
  deviceLabel: { type: 'string', maxLength: 64 },
  language: { type: 'string', maxLength: 35 },
  settingsVersion: { type: 'integer', minimum: 1 },
  cisoMode: { type: 'boolean' },
} as const

const settingsFileSchema = z.object({
  staffId: z.string().max(254).default(''),
  deviceLabel: z.string().max(64).default(''),
  language: z.string().max(35).default('system'),
  settingsVersion: z.number().int().min(1).optional(),
  cisoMode: z.boolean().optional(),
})

/** The language setting of a file: `system` for old files and for languages we do not have. */
function languageSetting(stored: string, version: number | undefined): LanguageSetting {
  if (version === undefined) return 'system'
  if (stored === 'system' || Object.prototype.hasOwnProperty.call(LANGUAGES, stored))
    return stored as LanguageSetting
  return 'system'
}

/** Thrown by a document whose file cannot be used (not JSON, schema violation). */
export class SettingsCorruptError extends Error {
  override name = 'SettingsCorruptError'
}

/** One open settings file. */
export interface SettingsDocument {
  /** The stored object (validated again here; unknown keys are ignored). */
  read(): unknown
  write(settings: StoredSettings): void | Promise<void>
}

/** How to open the settings file; `open` throws when the file is damaged. */
export interface SettingsDocumentSource {
  /** Absolute path of the file (to move it aside). */
  readonly filePath: string
  open(): SettingsDocument
}

/** Settings plus the notices produced while opening them. */
export interface SettingsStore {
  get(): Settings
  save(settings: Settings): Promise<Settings>
  /** Notices not yet shown; each is returned once. */
  takeNotices(): readonly AppNotice[]
}

/** File name for a damaged file moved aside at `now` (no colons: Windows forbids them). */
export function corruptFileName(filePath: string, now: Date): string {
  const ext = path.extname(filePath)
  const base = path.basename(filePath, ext)
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return `${base}.corrupt-${stamp}${ext === '' ? '.json' : ext}`
}

/**
 * Open the settings, recovering from a damaged file. `rename` is injectable for tests of the
 * "cannot even move it" case, in which we still start from defaults but keep the file in place.
 */
export async function openSettingsStore(
  source: SettingsDocumentSource,
  options: { now: () => Date; rename?: (from: string, to: string) => void } = { now: () => new Date() },
): Promise<SettingsStore> {
  const rename = options.rename ?? renameSync
  const notices: AppNotice[] = []
  let doc: SettingsDocument
  let current: Settings
  try {
    doc = source.open()
    current = parseSettings(doc.read())
  } catch (err) {
    // Only a damaged file is recovered from; anything else (a bug, a permission problem) is reported.
    if (!(err instanceof SettingsCorruptError)) throw err
    const movedTo = corruptFileName(source.filePath, options.now())
    const detail = err.message
    try {
      rename(source.filePath, path.join(path.dirname(source.filePath), movedTo))
    } catch (renameErr) {
      throw new SettingsCorruptError(
        `Preflight's settings file ${source.filePath} is damaged (${detail}) and could not be moved aside (${renameErr instanceof Error ? renameErr.message : String(renameErr)}). Move or delete it, then start Preflight again.`,
      )
    }
    const text = mainMsg('main.notice.settingsRecovered', { detail, movedTo })
    notices.push({ kind: 'settings-recovered', movedTo, message: englishOf(text), text })
    doc = source.open()
    current = DEFAULT_SETTINGS
    await doc.write(toStored(current))
  }
  return {
    get: () => current,
    async save(settings) {
      await doc.write(toStored(settings))
      current = settings
      return current
    },
    takeNotices() {
      return notices.splice(0, notices.length)
    },
  }
}

/** Validate what a document returned; throws SettingsCorruptError with the problem. */
export function parseSettings(value: unknown): Settings {
  const parsed = settingsFileSchema.safeParse(value ?? {})
  if (!parsed.success) {
    throw new SettingsCorruptError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; '),
    )
  }
  return {
    staffId: parsed.data.staffId,
    deviceLabel: parsed.data.deviceLabel,
    language: languageSetting(parsed.data.language, parsed.data.settingsVersion),
    ...(parsed.data.cisoMode === true ? { cisoMode: true } : {}),
  }
}

/**
 * A plain JSON file document (tests, the renderer's Playwright runs, and any host without Electron).
 * Behaves like electron-store: a missing file is empty, a damaged one throws on open.
 */
export function jsonFileSettingsSource(filePath: string): SettingsDocumentSource {
  return {
    filePath,
    open(): SettingsDocument {
      let data: unknown = {}
      try {
        data = JSON.parse(readFileSync(filePath, 'utf8')) as unknown
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw new SettingsCorruptError(`${path.basename(filePath)} is not valid JSON`)
        }
      }
      parseSettings(data)
      return {
        read: () => data,
        async write(settings) {
          await fsp.mkdir(path.dirname(filePath), { recursive: true, mode: 0o700 })
          await writeFileAtomic(filePath, JSON.stringify(settings, null, 2) + '\n', { mode: 0o600 })
          data = settings
        },
      }
    },
  }
}
