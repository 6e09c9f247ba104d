/**
 * Local history of check runs and exported attestations (newest first), in `history.json` beside the
 * settings but in its own file, so that a damaged settings file never costs the history and vice
 * versa. A damaged history file is moved aside (`history.corrupt-<time>.json`) and a new one started.
 */
import { promises as fsp } from 'node:fs'
import * as path from 'node:path'
import { z } from 'zod'
import { CHECK_IDS, CHECK_STATUSES } from '../../shared/check-types'
import { PURPOSES, type HistoryEntry } from '../../shared/ipc-contract'
import { writeFileAtomic } from '../util/atomic-write'
import { corruptFileName } from './settings'

/** Older entries are dropped beyond this many. */
export const MAX_HISTORY_ENTRIES = 500

const overall = z.enum(['pass', 'fail', 'unknown'])
const statusLine = z.object({
  id: z.enum(CHECK_IDS),
  status: z.enum(CHECK_STATUSES as [string, ...string[]]),
})
const entrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('run'),
    at: z.string(),
    overall,
    replayed: z.boolean(),
    checks: z.array(statusLine),
  }),
  z.object({
    kind: z.literal('export'),
    at: z.string(),
    purpose: z.enum(PURPOSES),
    fileName: z.string(),
    overall,
    requestId: z.string().nullable(),
    keyFingerprint: z.string(),
  }),
])
const fileSchema = z.object({ format: z.literal('preflight-history/v1'), entries: z.array(entrySchema) })

/** Reads and appends history entries. */
export interface HistoryStore {
  list(): Promise<readonly HistoryEntry[]>
  append(entry: HistoryEntry): Promise<void>
}

/** A history kept in one JSON file. Writes are serialized and atomic. */
export function fileHistoryStore(filePath: string, now: () => Date = () => new Date()): HistoryStore {
  let queue: Promise<unknown> = Promise.resolve()
  const serialized = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn)
    queue = next.catch(() => undefined)
    return next
  }

  async function read(): Promise<HistoryEntry[]> {
    let text: string
    try {
      text = await fsp.readFile(filePath, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw err
    }
    try {
      return fileSchema.parse(JSON.parse(text)).entries as HistoryEntry[]
    } catch {
      await fsp.rename(filePath, path.join(path.dirname(filePath), corruptFileName(filePath, now())))
      return []
    }
  }

  return {
    list: () => serialized(read),
    append: (entry) =>
      serialized(async () => {
        const entries = [entry, ...(await read())].slice(0, MAX_HISTORY_ENTRIES)
        await fsp.mkdir(path.dirname(filePath), { recursive: true, mode: 0o700 })
        const body = JSON.stringify({ format: 'preflight-history/v1', entries }, null, 2) + '\n'
        await writeFileAtomic(filePath, body, { mode: 0o600 })
      }),
  }
}
