/**
 * Staff settings (staff id, device label, language, whether the user acts as the campaign's security
 * lead) and their recovery from a damaged file.
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
import { LANGUAGES, type Language } from '../../shared/i18n'
import type { AppNotice, Settings } from '../../shared/ipc-contract'
import { writeFileAtomic } from '../util/atomic-write'

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = { staffId: '', deviceLabel: '', language: 'en' }

/**
 * JSON schema of the settings file (electron-store validates the file with it on every read/write).
 * Kept in line with settingsFileSchema below.
 */
export const SETTINGS_JSON_SCHEMA = {
  staffId: { type: 'string', maxLength: 254 },
  deviceLabel: { type: 'string', maxLength: 64 },
  language: { type: 'string', enum: Object.keys(LANGUAGES) },
  cisoMode: { type: 'boolean' },
} as const

const settingsFileSchema = z.object({
  staffId: z.string().max(254).default(''),
  deviceLabel: z.string().max(64).default(''),
  language: z
    .string()
    .refine((s): s is Language => Object.prototype.hasOwnProperty.call(LANGUAGES, s))
    .default('en'),
  cisoMode: z.boolean().optional(),
})

/** Thrown by a document whose file cannot be used (not JSON, schema violation). */
export class SettingsCorruptError extends Error {
  override name = 'SettingsCorruptError'
}

/** One open settings file. */
export interface SettingsDocument {
  /** The stored object (validated again here; unknown keys are ignored). */
  read(): unknown
  write(settings: Settings): void | Promise<void>
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
    notices.push({
      kind: 'settings-recovered',
      movedTo,
      message: `Your settings file was damaged and has been reset (${detail}). The old file was kept as ${movedTo}. Your saved attestations and history are not affected; please enter your staff id and device label again.`,
    })
    doc = source.open()
    current = DEFAULT_SETTINGS
    await doc.write(current)
  }
  return {
    get: () => current,
    async save(settings) {
      await doc.write(settings)
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
    language: parsed.data.language,
    // Only when chosen: a staffer's settings stay exactly what they were.
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
