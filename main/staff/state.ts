/**
 * The staff side's memory, one JSON file in the config folder (`staff-state.json`):
 * - the pinned CISO public key(s) (what `preflight trust` stores),
 * - per policy id, the highest version seen and the latest CISO-signed policy envelope
 *   (anti-rollback, and the policy used for unsolicited periodic reports),
 * - the sequence counter of this device's attestations (the CISO rejects a lower or equal one),
 * - the request ids already answered.
 *
 * Writes are atomic, and the previous version is kept as `staff-state.json.bak`. A damaged file is
 * reported with both paths and never silently replaced: losing the pinned key or the rollback floor
 * would quietly weaken the trust model.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { z } from 'zod'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import { createLockFile } from '../util/lock-file'
import { envelopeSchema, sha256HexSchema, utcTimestamp } from '../attestation/formats'
import type { Envelope } from '../attestation/dsse'
import { parseStrictJson } from '../attestation/strict-json'

export const STAFF_STATE_FILE = 'staff-state.json'
export const STAFF_STATE_FORMAT = 'preflight-staff-state/v1'
/** Remember at most this many answered request ids (oldest dropped). */
export const MAX_REMEMBERED_REQUESTS = 500

const stateSchema = z
  .object({
    format: z.literal(STAFF_STATE_FORMAT),
    cisoKeys: z.array(
      z.object({ fingerprint: sha256HexSchema, publicKeyPem: z.string(), pinnedAt: utcTimestamp }).strict(),
    ),
    policies: z.record(
      z.string(),
      z
        .object({ highestVersion: z.number().int().min(1), envelope: envelopeSchema, seenAt: utcTimestamp })
        .strict(),
    ),
    sequence: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    answeredRequests: z.array(z.object({ requestId: z.string(), answeredAt: utcTimestamp }).strict()),
    /** The label of this device in its last attestation, reused when none is given. */
    deviceLabel: z.string().optional(),
  })
  .strict()

export type StaffState = z.infer<typeof stateSchema>

type StoredEnvelope = z.infer<typeof envelopeSchema>

/** A mutable, schema-shaped copy of an envelope for the state file. */
export function envelopeToStored(env: Envelope): StoredEnvelope {
  return {
    payloadType: env.payloadType,
    payload: env.payload,
    signatures: env.signatures.map((s) =>
      s.keyid !== undefined ? { keyid: s.keyid, sig: s.sig } : { sig: s.sig },
    ),
  }
}

/** The envelope stored in the state file. */
export function storedToEnvelope(env: StoredEnvelope): Envelope {
  return {
    payloadType: env.payloadType,
    payload: env.payload,
    signatures: env.signatures.map((s) =>
      s.keyid !== undefined ? { keyid: s.keyid, sig: s.sig } : { sig: s.sig },
    ),
  }
}

/** The state of a device that has never been set up. */
export function emptyStaffState(): StaffState {
  return { format: STAFF_STATE_FORMAT, cisoKeys: [], policies: {}, sequence: 0, answeredRequests: [] }
}

/** The state file cannot be read or written; `kind` picks the CLI exit code. */
export class StaffStateError extends Error {
  override name = 'StaffStateError'
  constructor(
    message: string,
    readonly kind: 'corrupt' | 'io',
  ) {
    super(message)
  }
}

export function staffStatePath(dir: string): string {
  return path.join(dir, STAFF_STATE_FILE)
}

/** Read the state; a missing file is the empty state, a damaged one an error naming the backup. */
export async function loadStaffState(dir: string): Promise<StaffState> {
  const file = staffStatePath(dir)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyStaffState()
    throw new StaffStateError(`cannot read ${file}: ${(err as Error).message}`, 'io')
  }
  const damaged = (detail: string) =>
    new StaffStateError(
      `${file} is damaged (${detail}). It was left untouched. The previous version is ${file}.bak: copy it over the damaged file, or move both away and pin your security contact's key again with \`preflight trust\`.`,
      'corrupt',
    )
  let data: unknown
  try {
    data = parseStrictJson(text, { what: 'staff state', maxBytes: 4 * 1024 * 1024 })
  } catch (err) {
    throw damaged((err as Error).message)
  }
  const parsed = stateSchema.safeParse(data)
  if (!parsed.success) {
    const i = parsed.error.issues[0]
    throw damaged(i ? `${i.path.join('.') || '(top level)'}: ${i.message}` : 'invalid')
  }
  return parsed.data
}

/** Save atomically, keeping the previous file as `.bak`. */
export async function saveStaffState(dir: string, state: StaffState): Promise<void> {
  const file = staffStatePath(dir)
  const checked = stateSchema.parse(state)
  const trimmed: StaffState = {
    ...checked,
    answeredRequests: checked.answeredRequests.slice(-MAX_REMEMBERED_REQUESTS),
  }
  try {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 })
    try {
      await fs.copyFile(file, `${file}.bak`)
      await fs.chmod(`${file}.bak`, 0o600)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
    await writeFileAtomic(file, JSON.stringify(trimmed, null, 2) + '\n', { mode: 0o600 })
  } catch (err) {
    throw new StaffStateError(describeWriteError(file, err), 'io')
  }
}

export const STAFF_STATE_LOCK = 'staff-state.lock'
/** A lock older than this is left over from a crashed process and is removed. */
export const STALE_LOCK_MS = 30_000
const LOCK_WAIT_MS = 5_000

/**
 * Run `fn` while holding `staff-state.lock` (created exclusively), so that two Preflight processes
 * (the app and the CLI, or two CLI runs) cannot both hand out the same sequence number.
 */
export async function withStaffStateLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, STAFF_STATE_LOCK)
  const deadline = Date.now() + LOCK_WAIT_MS
  try {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 })
  } catch (err) {
    throw new StaffStateError(describeWriteError(dir, err), 'io')
  }
  for (;;) {
    try {
      await createLockFile(lock, `${process.pid}\n`)
      break
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StaffStateError(describeWriteError(lock, err), 'io')
      }
      const st = await fs.stat(lock).catch(() => null)
      if (st !== null && Date.now() - st.mtimeMs > STALE_LOCK_MS) {
        await fs.unlink(lock).catch(() => undefined)
        continue
      }
      if (Date.now() > deadline) {
        throw new StaffStateError(
          `another Preflight is updating ${dir} (lock file ${lock}); try again in a moment, or delete the lock file if no Preflight is running`,
          'io',
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  try {
    return await fn()
  } finally {
    await fs.unlink(lock).catch(() => undefined)
  }
}

/** Load, change and save the state in one locked step; returns what `change` returned. */
export async function updateStaffState<T>(dir: string, change: (state: StaffState) => T): Promise<T> {
  return withStaffStateLock(dir, async () => {
    const state = await loadStaffState(dir)
    const result = change(state)
    await saveStaffState(dir, state)
    return result
  })
}
