/**
 * Loading and saving the roster (`roster.json` in the campaign folder).
 *
 * Crash safety: every save first copies the current file to `roster.json.bak`, then replaces
 * `roster.json` atomically (temp file + fsync + rename), so a crash leaves either the old or the new
 * roster, and the previous version is always one copy away. Concurrency: a lock file
 * (`roster.lock`, created exclusively) is held for the whole read-modify-write, so two CLI runs
 * cannot interleave. A corrupt roster is never repaired silently: the error names the backup.
 */
import { hostname } from 'node:os'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Roster } from '../../shared/roster-types'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import { createLockFile } from '../util/lock-file'
import { rosterSchema } from './roster-schema'

/** The roster, in the campaign folder. */
export const ROSTER_FILE = 'roster.json'
/** The previous roster version, rewritten before every save (recovery after corruption). */
export const ROSTER_BACKUP = 'roster.json.bak'
/** Present while a command changes the roster (created exclusively; holds pid, host, time). */
export const ROSTER_LOCK = 'roster.lock'

/** Why the roster could not be read or written; `kind` maps to an exit code in the CLI. */
export class RosterError extends Error {
  override name = 'RosterError'
  constructor(
    message: string,
    readonly kind: 'missing' | 'corrupt' | 'locked' | 'io',
  ) {
    super(message)
  }
}

/** A fresh, empty roster for a new campaign. */
export function emptyRoster(cisoFingerprint: string, now: Date): Roster {
  const at = now.toISOString()
  return {
    format: 'preflight-roster/v1',
    revision: 0,
    org: '',
    cisoFingerprint,
    createdAt: at,
    updatedAt: at,
    devices: [],
    requests: [],
    policies: [],
  }
}

/** Parse and validate roster text; throws RosterError('corrupt') naming the problem and the backup. */
export function parseRoster(text: string, file: string): Roster {
  const backupHint = `The previous version is kept in ${path.join(path.dirname(file), ROSTER_BACKUP)}: check it (it lacks only the last change) and copy it over ${path.basename(file)} to recover.`
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new RosterError(
      `${file} is corrupt: not valid JSON (${(err as Error).message}). ${backupHint}`,
      'corrupt',
    )
  }
  const parsed = rosterSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)'
    throw new RosterError(
      `${file} is corrupt: ${where}: ${issue?.message ?? 'invalid'}${parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : ''}. ${backupHint}`,
      'corrupt',
    )
  }
  return parsed.data
}

/** Read the roster of a campaign folder. */
export async function loadRoster(dir: string): Promise<Roster> {
  const file = path.join(dir, ROSTER_FILE)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      const hasBackup = await fs
        .stat(path.join(dir, ROSTER_BACKUP))
        .then(() => true)
        .catch(() => false)
      throw new RosterError(
        `${file} is missing${hasBackup ? `; a backup exists: copy ${ROSTER_BACKUP} to ${ROSTER_FILE} to recover` : ''}`,
        'missing',
      )
    }
    throw new RosterError(`could not read ${file}: ${(err as Error).message}`, 'io')
  }
  return parseRoster(text, file)
}

/** Serialise a roster the way it is stored (stable, readable, ends with a newline). */
export function serializeRoster(roster: Roster): string {
  return JSON.stringify(roster, null, 2) + '\n'
}

/**
 * Write a new roster: back up the current file, then replace it atomically. Callers hold the lock
 * (see withRosterLock). The revision is bumped here so every saved version is distinguishable.
 */
export async function saveRoster(dir: string, roster: Roster, now: Date): Promise<Roster> {
  const file = path.join(dir, ROSTER_FILE)
  const next: Roster = { ...roster, revision: roster.revision + 1, updatedAt: now.toISOString() }
  try {
    const current = await fs.readFile(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null
      throw err
    })
    if (current !== null) await writeFileAtomic(path.join(dir, ROSTER_BACKUP), current, { mode: 0o600 })
    await writeFileAtomic(file, serializeRoster(next), { mode: 0o600 })
  } catch (err) {
    throw new RosterError(describeWriteError(file, err), 'io')
  }
  return next
}

/** Options for waiting on the lock. */
export interface LockOptions {
  /** How long to wait for another run to finish, in ms (default 10 s). */
  readonly waitMs?: number
}

interface LockInfo {
  readonly pid: number
  readonly host: string
  readonly at: string
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const data = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockInfo>
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.at === 'string')
      return data as LockInfo
  } catch {
    // unreadable or half-written lock: treated as held until it goes away or times out
  }
  return null
}

/**
 * Take the campaign lock, run `fn`, release the lock. A lock left by a process that no longer runs
 * on this host is taken over; otherwise we wait up to `waitMs` and then fail with a message saying
 * which process holds it and how to clear a stale lock.
 */
export async function withCampaignLock<T>(
  dir: string,
  fn: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const file = path.join(dir, ROSTER_LOCK)
  const deadline = Date.now() + (options.waitMs ?? 10_000)
  const me: LockInfo = { pid: process.pid, host: hostname(), at: new Date().toISOString() }
  for (;;) {
    try {
      await createLockFile(file, JSON.stringify(me))
      break
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code !== 'EEXIST') throw new RosterError(describeWriteError(file, err), 'io')
      const holder = await readLock(file)
      if (holder && holder.host === me.host && holder.pid !== me.pid && !processAlive(holder.pid)) {
        // The holder crashed: remove its lock (only if it is still the same lock) and retry.
        await fs.unlink(file).catch(() => undefined)
        continue
      }
      if (Date.now() >= deadline) {
        const who = holder ? `process ${holder.pid} on ${holder.host} since ${holder.at}` : 'another process'
        throw new RosterError(
          `the campaign folder is locked by ${who} (${file}). Wait for that command to finish; if no preflight command is running, delete the lock file.`,
          'locked',
        )
      }
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  try {
    return await fn()
  } finally {
    await fs.unlink(file).catch(() => undefined)
  }
}
