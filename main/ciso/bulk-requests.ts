/**
 * Requests in bulk: one signed, single-use request per staffer of a list, written to a new folder
 * with an `index.csv` for a mail merge (name, staff id, purpose, file, request id, expiry and the
 * pasteable `PREFLIGHT-REQUEST:` text). Used by `preflight ciso request --staff-list` and by the app.
 *
 * The CISO key is unlocked once and every request is recorded in the roster in ONE signed write.
 *
 * Crash safety. Two folders are written (the output folder, often on another disk, and the campaign
 * folder), so the order decides what a failure half-way leaves behind:
 *   1. every request file and index.csv go to a hidden staging folder beside the output folder
 *      (`.<name>.partial-<random>`), each synced to disk;
 *   2. the signed requests go to the campaign's issued/requests/ (as for single requests);
 *   3. the roster is saved: this is the commit point;
 *   4. the staging folder is renamed to the output folder (one atomic rename on the same disk).
 * A failure before 3 (a full disk, a write error, a refused roster) removes what 1 and 2 wrote: the
 * roster is unchanged and no output folder appears. The roster is never saved before every file
 * exists, so it can never claim a request whose file is missing; the output folder appears only after
 * the roster holds its requests. A power cut between 3 and 4 leaves the complete files in the hidden
 * staging folder, recorded or not: docs/ciso.md says to delete it and issue the list again (a recorded
 * request never sent just expires; an unrecorded one would be refused as NONCE_UNKNOWN). When this
 * process itself sees the rename fail after the commit, its error names the folder to rename.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Purpose } from '../../shared/attestation-types'
import type { Roster } from '../../shared/roster-types'
import { serializeEnvelope } from '../attestation/dsse'
import { encodeRequestText } from '../attestation/formats'
import { describeWriteError } from '../util/atomic-write'
import { toCsv } from '../util/csv'
import {
  resolveRequestPolicy,
  signRequest,
  storeIssuedRequest,
  type IssuedRequestResult,
  type SignedPolicy,
} from './issue'
import { loadRoster, saveRoster, withCampaignLock, type CampaignRef, type KeyUnlocker } from './roster-store'
import { requestFileNames, type StaffListEntry } from './staff-list'

/** The mail-merge file in the output folder. */
export const INDEX_FILE = 'index.csv'
/** Columns of index.csv. */
export const INDEX_COLUMNS = [
  'name',
  'staffId',
  'purpose',
  'file',
  'requestId',
  'validUntil',
  'requestText',
] as const

/** How many files are written at once. */
const WRITE_CONCURRENCY = 8

/**
 * Why bulk requests could not be issued. `out-dir`: the output folder cannot be used (exists with
 * files, is a file); `io`: a write failed before anything was recorded; `after-commit`: the requests
 * ARE recorded but their folder could not be put in place (the message says where the files are).
 */
export class BulkRequestError extends Error {
  override name = 'BulkRequestError'
  constructor(
    message: string,
    readonly kind: 'out-dir' | 'io' | 'after-commit',
  ) {
    super(message)
  }
}

/** One issued request of the batch. */
export interface BulkRequestItem {
  readonly staffId: string
  /** As the list gave it, or the staff id when it gave none. */
  readonly name: string
  readonly purpose: Purpose
  /** File name inside the output folder. */
  readonly fileName: string
  readonly requestId: string
  readonly notAfter: string
}

export interface BulkRequestResult {
  readonly outDir: string
  readonly indexFile: string
  readonly items: readonly BulkRequestItem[]
  readonly policy: { readonly id: string; readonly version: number }
  /** 'defaults': no policy was signed yet, so the built-in defaults were signed as "default" v1. */
  readonly policySignedNow: 'given' | 'defaults' | null
  readonly notAfter: string
}

export interface BulkRequestOptions {
  /** The staffers (a list without problems, from parseStaffList, or built from the roster). */
  readonly entries: readonly StaffListEntry[]
  /** Absolute path of the folder to create (it must not exist, or be empty). */
  readonly outDir: string
  /** A policy file given by the CISO (signed or plain); default: the latest accepted policy. */
  readonly policy?: { readonly text: string; readonly what: string }
  readonly validDays: number
  readonly now: Date
  readonly unlock: KeyUnlocker
  /** Tests: runs after the roster is saved, before the folder is put in place. */
  readonly afterCommit?: () => Promise<void>
}

/** Run `fn` over `items` with at most `limit` at a time; the first failure is thrown after all settle. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  let failure: unknown = null
  const worker = async (): Promise<void> => {
    while (failure === null && next < items.length) {
      const item = items[next++] as T
      try {
        await fn(item)
      } catch (err) {
        failure ??= err
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure !== null) throw failure
}

/** Write a new file and sync it to disk (inside a fresh, private staging folder). */
async function writeSynced(file: string, data: string): Promise<void> {
  const h = await fs.open(file, 'wx', 0o644)
  try {
    await h.writeFile(data)
    await h.sync()
  } finally {
    await h.close()
  }
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const h = await fs.open(dir, 'r').catch(() => null)
  if (h === null) return
  await h.sync().catch(() => undefined)
  await h.close().catch(() => undefined)
}

/**
 * Check the output folder before any work: it must not exist (its parent is created) or be an empty
 * folder. Returns whether it exists.
 */
export async function checkOutDir(outDir: string): Promise<boolean> {
  let st
  try {
    st = await fs.lstat(outDir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new BulkRequestError(`cannot use ${outDir}: ${(err as Error).message}`, 'out-dir')
    try {
      await fs.mkdir(path.dirname(outDir), { recursive: true })
    } catch (e) {
      throw new BulkRequestError(describeWriteError(path.dirname(outDir), e), 'out-dir')
    }
    return false
  }
  if (!st.isDirectory())
    throw new BulkRequestError(
      `${outDir} exists and is not a folder; choose a new folder (nothing was issued)`,
      'out-dir',
    )
  const entries = await fs.readdir(outDir)
  if (entries.length > 0)
    throw new BulkRequestError(
      `${outDir} already holds files; choose a new or empty folder so no earlier request is replaced (nothing was issued)`,
      'out-dir',
    )
  return true
}

/** The index.csv text (RFC 4180, every cell quoted, formula-like cells defused by main/util/csv.ts). */
export function indexCsv(items: readonly BulkRequestItem[], texts: readonly string[]): string {
  return toCsv(
    INDEX_COLUMNS,
    items.map((it, i) => [it.name, it.staffId, it.purpose, it.fileName, it.requestId, it.notAfter, texts[i]]),
    { alwaysQuote: true },
  )
}

type Committed = 'yes' | 'no' | 'unknown'

/** After a failed save: did the roster record the batch? (Read back, verified.) */
async function wasCommitted(ref: CampaignRef, requestId: string): Promise<Committed> {
  try {
    const r = await loadRoster(ref)
    return r.requests.some((q) => q.requestId === requestId) ? 'yes' : 'no'
  } catch {
    return 'unknown'
  }
}

/**
 * Issue one request per entry (see the module comment for the order of writes). Throws
 * BulkRequestError, IssueError (policy) or RosterError (refused folder, lock); in every case before
 * the commit point nothing is left behind.
 */
export async function issueBulkRequests(
  ref: CampaignRef,
  opts: BulkRequestOptions,
): Promise<BulkRequestResult> {
  if (opts.entries.length === 0)
    throw new BulkRequestError('the staff list is empty (nothing was issued)', 'io')
  const outDir = path.resolve(opts.outDir)
  const existed = await checkOutDir(outDir)
  const names = requestFileNames(opts.entries)

  return withCampaignLock(ref.dir, async () => {
    const loaded = await loadRoster(ref)
    const key = await opts.unlock(loaded)
    const staging = path.join(
      path.dirname(outDir),
      `.${path.basename(outDir)}.partial-${randomBytes(4).toString('hex')}`,
    )
    const storedIssued: string[] = []
    let policy: SignedPolicy | null = null
    let signedNow: 'given' | 'defaults' | null = null

    const undo = async (): Promise<void> => {
      await fs.rm(staging, { recursive: true, force: true }).catch(() => undefined)
      for (const f of storedIssued) await fs.unlink(f).catch(() => undefined)
      if (signedNow !== null && policy !== null && policy.file !== '')
        await fs.unlink(policy.file).catch(() => undefined)
    }

    let roster: Roster
    const issued: IssuedRequestResult[] = []
    try {
      const resolved = await resolveRequestPolicy(ref.dir, loaded, key, opts.policy, opts.now)
      policy = resolved.policy
      signedNow = resolved.signedNow
      roster = resolved.roster
      // Sign every request in memory first (nothing is written until all are signed).
      for (const e of opts.entries) {
        const one = signRequest(ref.dir, roster, key, {
          staffId: e.staffId,
          purpose: e.purpose,
          policy: resolved.policy,
          validDays: opts.validDays,
          now: opts.now,
        })
        issued.push(one)
      }
      roster = { ...roster, requests: [...roster.requests, ...issued.map((i) => i.record)] }
    } catch (err) {
      await undo()
      throw err
    }

    const items: BulkRequestItem[] = opts.entries.map((e, i) => {
      const r = issued[i] as IssuedRequestResult
      return {
        staffId: r.record.staffId,
        name: e.name !== '' ? e.name : r.record.staffId,
        purpose: e.purpose,
        fileName: names[i] as string,
        requestId: r.record.requestId,
        notAfter: r.record.notAfter,
      }
    })

    // 1-2: the files, staged, then the campaign's copies.
    const failed = (file: string, err: unknown): BulkRequestError =>
      err instanceof BulkRequestError
        ? err
        : new BulkRequestError(
            `${err instanceof Error && err.name === 'IssueError' ? err.message : describeWriteError(file, err)}; no request was issued`,
            'io',
          )
    const write = async (file: string, text: string): Promise<void> => {
      try {
        await writeSynced(file, text)
      } catch (err) {
        throw failed(file, err)
      }
    }
    try {
      try {
        await fs.mkdir(staging, { mode: 0o700 })
      } catch (err) {
        throw failed(staging, err)
      }
      await eachLimited(
        items.map((it, i) => [it, i] as const),
        WRITE_CONCURRENCY,
        ([it, i]) =>
          write(
            path.join(staging, it.fileName),
            serializeEnvelope((issued[i] as IssuedRequestResult).envelope),
          ),
      )
      await write(
        path.join(staging, INDEX_FILE),
        indexCsv(
          items,
          issued.map((r) => encodeRequestText(r.envelope)),
        ),
      )
      await syncDir(staging)
      await eachLimited(issued, WRITE_CONCURRENCY, async (r) => {
        try {
          await storeIssuedRequest(r)
        } catch (err) {
          throw failed(r.file, err)
        }
        storedIssued.push(r.file)
      })
    } catch (err) {
      await undo()
      throw err
    }

    // 3: the commit point.
    try {
      await saveRoster(ref, roster, opts.now, key)
    } catch (err) {
      const committed = await wasCommitted(ref, (issued[0] as IssuedRequestResult).record.requestId)
      if (committed === 'no') {
        await undo()
        throw err
      }
      if (committed === 'unknown')
        throw new BulkRequestError(
          `${(err as Error).message}. It is not known whether the ${items.length} requests were recorded; their files are in ${staging}. Delete that folder and issue the list again (a recorded request that is never sent just expires).`,
          'after-commit',
        )
      // Recorded after all (a failure after the roster was written): put the folder in place.
    }

    // 4: publish.
    try {
      await opts.afterCommit?.()
      if (existed) await fs.rmdir(outDir)
      await fs.rename(staging, outDir)
      await syncDir(path.dirname(outDir))
    } catch (err) {
      throw new BulkRequestError(
        `the ${items.length} requests are recorded in the campaign, but their folder could not be put in place (${(err as Error).message}): the files are complete in ${staging}; rename it to ${path.basename(outDir)} (the signed requests are also in the campaign's issued/requests/)`,
        'after-commit',
      )
    }
    const p = policy as SignedPolicy
    return {
      outDir,
      indexFile: path.join(outDir, INDEX_FILE),
      items,
      policy: { id: p.record.id, version: p.record.version },
      policySignedNow: signedNow,
      notAfter: (items[0] as BulkRequestItem).notAfter,
    }
  })
}
