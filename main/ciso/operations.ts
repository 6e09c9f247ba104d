/**
 * Roster operations behind the `preflight ciso` commands: verify many files, enroll (trust on first
 * use), revoke, offboard, list. Each changing operation runs under the campaign lock, reads the
 * roster verified (roster-store.ts), and writes it once, signed, at the end; the CISO key is
 * unlocked (KeyUnlocker) only when there is something to write. A failure part-way leaves the
 * roster as it was.
 */
import { createPublicKey, type KeyObject } from 'node:crypto'
import {
  sameStaffId,
  type DeviceRecord,
  type Roster,
  type RosterRow,
  type VerifyRow,
} from '../../shared/roster-types'
import { decodeBase64, verifyEnvelope } from '../attestation/dsse'
import { AttestationError } from '../attestation/errors'
import { parseStatement } from '../attestation/formats'
import { fingerprint } from '../attestation/keys'
import { parseStrictJson } from '../attestation/strict-json'
import { collectFiles, prepareFiles, readCapped, type InputProblem, type SkippedEntry } from './inputs'
import { loadRoster, updateRoster, type CampaignRef, type KeyUnlocker } from './roster-store'
import { compareForBatch, newDeviceRecord, prepareFile, VerifySession, type PreparedFile } from './verify'

export { collectFiles, prepareFiles, type InputProblem, type SkippedEntry } from './inputs'

/** A file given as contents rather than a path (e.g. dropped onto the app window). */
export interface InMemoryFile {
  /** Display name (a plain file name); used for rows and for the batch order. */
  readonly name: string
  /** The contents, or null when the file could not be read (then `readError` says why). */
  readonly bytes: Buffer | null
  readonly readError?: string
}

/**
 * Pre-parse in-memory files exactly as prepareFiles does with files on disk (same size cap, same
 * parse, same batch order), so they go through the same VerifySession checks.
 */
export function prepareInMemory(items: readonly InMemoryFile[]): PreparedFile[] {
  return items.map((i) => prepareFile(i.name, i.bytes, i.readError)).sort(compareForBatch)
}

/** The bytes of an input: given in memory, or read from `file` (capped). */
async function inputBytes(file: string, given: Buffer | undefined): Promise<Buffer> {
  if (given !== undefined) return given
  const r = await readCapped(file)
  if (r.bytes === null) throw new OperationError(`cannot read ${file}: ${r.error ?? 'unreadable'}`, 'input')
  return r.bytes
}

/** Result of a batch verification. */
export interface VerifyBatchResult {
  readonly rows: readonly VerifyRow[]
  readonly unreadable: readonly InputProblem[]
  /** Folder entries that are not regular files (links, FIFOs, sockets, devices): not read. */
  readonly skipped: readonly SkippedEntry[]
  /** True when the roster was written (something accepted and not a dry run). */
  readonly saved: boolean
}

/**
 * Verify files and folders against a campaign's roster; records accepted files unless dryRun (then
 * only the public key is used and `unlock` is never called).
 */
export async function verifyPaths(
  ref: CampaignRef,
  paths: readonly string[],
  opts: {
    readonly now: Date
    readonly dryRun: boolean
    /** Unlocks the CISO key to sign the updated roster (called only when something was accepted). */
    readonly unlock: KeyUnlocker
    /** Blocking file reads: faster for the CLI; leave off in a GUI main process. */
    readonly syncReads?: boolean
    /** Called after each file is verified (for a progress bar). */
    readonly onProgress?: (done: number, total: number, row: VerifyRow) => void
  },
): Promise<VerifyBatchResult> {
  const { files, problems, skipped } = await collectFiles(paths)
  const prepared = await prepareFiles(files, { syncReads: opts.syncReads === true })
  const unreadable = [
    ...problems,
    ...prepared
      .filter((p) => p.bytes === null)
      .map((p) => ({ path: p.file, message: p.readError ?? 'unreadable' })),
  ]
  const run = async (roster: Roster) => {
    const session = new VerifySession(roster, opts.now)
    const rows = session
      .verifyAll(prepared, (done, total, o) => opts.onProgress?.(done, total, o.row))
      .map((o) => o.row)
    return { rows, session }
  }
  if (opts.dryRun) {
    const { rows } = await run(await loadRoster(ref))
    return { rows, unreadable, skipped, saved: false }
  }
  const { result, saved } = await updateRoster(ref, opts, async (roster) => {
    const { rows, session } = await run(roster)
    return { roster: session.changed ? session.toRoster() : null, result: rows }
  })
  return { rows: result, unreadable, skipped, saved: saved !== null }
}

/** An operation refused for a reason the CISO must act on (exit 1), or bad input (exit 65). */
export class OperationError extends Error {
  override name = 'OperationError'
  constructor(
    message: string,
    readonly kind: 'refused' | 'input' | 'not-found',
    readonly row?: VerifyRow,
  ) {
    super(message)
  }
}

/**
 * The public key an onboarding file carries (predicate.device.publicKey, base64 SPKI DER), read
 * from the unverified payload: it is only a candidate until the signature verifies with it and the
 * CISO confirms its fingerprint out of band. null when the file carries none.
 */
export function carriedPublicKey(prepared: PreparedFile): KeyObject | null {
  if (!prepared.envelope) return null
  try {
    const data = parseStrictJson(decodeBase64(prepared.envelope.payload), { what: 'statement' }) as {
      predicate?: { device?: { publicKey?: unknown } }
    }
    const b64 = data.predicate?.device?.publicKey
    if (typeof b64 !== 'string') return null
    const key = createPublicKey({ key: decodeBase64(b64), format: 'der', type: 'spki' })
    return key.asymmetricKeyType === 'ed25519' ? key : null
  } catch {
    return null
  }
}

/** What an enrollment is about to record, for the confirmation prompt. */
export interface EnrollPreview {
  readonly fingerprint: string
  readonly staffId: string
  readonly deviceLabel: string
  readonly platform: string
  /** How the device says its key is stored (self-reported). */
  readonly keyProtection: string
  readonly row: VerifyRow
}

/**
 * Enroll a device from its onboarding attestation (trust on first use). The file must verify with
 * the key it carries (or `publicKey` given separately), be about that key, be an onboarding
 * attestation for `staffId` answering a request issued to them, and pass every other check. The
 * roster is written only after `confirm` (the out-of-band fingerprint comparison) returns true.
 */
export async function enrollDevice(
  ref: CampaignRef,
  file: string,
  opts: {
    readonly staffId: string
    readonly now: Date
    readonly unlock: KeyUnlocker
    readonly publicKey?: KeyObject
    readonly confirm: (preview: EnrollPreview) => Promise<boolean>
    /** The file's contents when already in memory (then `file` is only its display name). */
    readonly bytes?: Buffer
  },
): Promise<{ device: DeviceRecord; row: VerifyRow }> {
  const prepared = prepareFile(file, await inputBytes(file, opts.bytes))
  if (prepared.parseError) throw new OperationError(`${file}: ${prepared.parseError.message}`, 'input')
  const env = prepared.envelope
  if (!env) throw new OperationError(`${file}: not an envelope`, 'input')
  const key = opts.publicKey ?? carriedPublicKey(prepared)
  if (!key)
    throw new OperationError(
      `${file} does not carry the device public key; ask the staffer for their device .pub.pem and pass it with --public-key`,
      'input',
    )
  const verified = verifyEnvelope(env, [key])
  if (!verified)
    throw new OperationError(
      `${file}: BAD_SIGNATURE: the file does not verify with the device key it carries`,
      'refused',
    )
  let statement
  try {
    statement = parseStatement(verified.payload)
  } catch (err) {
    if (err instanceof AttestationError)
      throw new OperationError(`${file}: ${err.code}: ${err.message}`, 'refused')
    throw err
  }
  if (statement.predicate.purpose !== 'onboarding')
    throw new OperationError(
      `${file} is a ${statement.predicate.purpose} attestation; enrollment needs an onboarding attestation`,
      'refused',
    )
  const fp = fingerprint(key)
  const { result } = await updateRoster(ref, opts, async (roster) => {
    const existing = roster.devices.find((d) => d.fingerprint === fp)
    if (existing) {
      throw new OperationError(
        sameStaffId(existing.staffId, opts.staffId)
          ? `this device key is already enrolled to ${existing.staffId} (status ${existing.status}); use \`preflight ciso verify\` for its files`
          : `this device key is already enrolled to someone else (${existing.staffId}); refusing to enroll it for ${opts.staffId}`,
        'refused',
      )
    }
    // Staff ids are case-insensitive: a second laptop is filed under the spelling already enrolled.
    const staffId = roster.devices.find((d) => sameStaffId(d.staffId, opts.staffId))?.staffId ?? opts.staffId
    const session = new VerifySession(roster, opts.now)
    const p = statement.predicate
    session.addDevice(newDeviceRecord(key, staffId, p.device.label, p.device.platform, opts.now))
    const { row } = session.verify(prepared, { publicKey: key, staffId })
    if (row.code !== 'ACCEPTED')
      throw new OperationError(`${file}: ${row.code}: ${row.message}; nothing was enrolled`, 'refused', row)
    const ok = await opts.confirm({
      fingerprint: fp,
      staffId,
      deviceLabel: p.device.label,
      platform: p.device.platform,
      keyProtection: p.producer.keyProtection,
      row,
    })
    if (!ok) throw new OperationError('not confirmed; nothing was enrolled', 'refused', row)
    return { roster: session.toRoster(), result: { device: session.device(fp) as DeviceRecord, row } }
  })
  return result
}

/** Normalise a fingerprint typed by a person (spaces, colons, upper case). */
export function normalizeFingerprint(input: string): string {
  return input.replace(/[\s:]/g, '').toLowerCase()
}

/**
 * Revoke device keys: a full fingerprint, a unique prefix of at least 16 hex digits (the grouped
 * form people read aloud), or a staff id (all their active devices). Files those keys sign are
 * rejected with REVOKED_KEY from now on.
 */
export async function revokeDevices(
  ref: CampaignRef,
  target: string,
  opts: { readonly reason: string | null; readonly now: Date; readonly unlock: KeyUnlocker },
): Promise<DeviceRecord[]> {
  const { result } = await updateRoster(ref, opts, async (roster) => {
    const fpInput = normalizeFingerprint(target)
    let matches: DeviceRecord[]
    if (/^[0-9a-f]{16,64}$/.test(fpInput)) {
      matches = roster.devices.filter((d) => d.fingerprint.startsWith(fpInput))
      if (matches.length > 1)
        throw new OperationError(
          `${target} matches ${matches.length} devices; give more of the fingerprint`,
          'input',
        )
    } else {
      matches = roster.devices.filter((d) => sameStaffId(d.staffId, target))
    }
    if (matches.length === 0) throw new OperationError(`no enrolled device matches ${target}`, 'not-found')
    const active = matches.filter((d) => d.status === 'active')
    if (active.length === 0)
      throw new OperationError(
        `${target}: every matching device is already ${matches[0]?.status ?? 'inactive'}`,
        'refused',
      )
    const session = new VerifySession(roster, opts.now)
    for (const d of active) session.setStatus(d.fingerprint, 'revoked', opts.reason)
    return {
      roster: session.toRoster(),
      result: active.map((d) => session.device(d.fingerprint) as DeviceRecord),
    }
  })
  return result
}

/**
 * Offboard a device: its final offboarding attestation must verify (or have been recorded already);
 * then the key is marked offboarded and nothing it signs is accepted again.
 */
export async function offboardDevice(
  ref: CampaignRef,
  file: string,
  /** `bytes`: the file's contents when already in memory (then `file` is only its display name). */
  opts: { readonly now: Date; readonly unlock: KeyUnlocker; readonly bytes?: Buffer },
): Promise<{ device: DeviceRecord; row: VerifyRow; unconfirmed: readonly string[] }> {
  const prepared = prepareFile(file, await inputBytes(file, opts.bytes))
  const { result } = await updateRoster(ref, opts, async (roster) => {
    const session = new VerifySession(roster, opts.now)
    const { row, statement } = session.verify(prepared)
    if (row.code !== 'ACCEPTED' && row.code !== 'ALREADY_RECORDED')
      throw new OperationError(
        `${file}: ${row.code}: ${row.message}; the device was not offboarded`,
        'refused',
        row,
      )
    if (!statement || statement.predicate.purpose !== 'offboarding')
      throw new OperationError(
        `${file} is a ${row.purpose ?? 'different'} attestation; offboarding needs the final offboarding attestation (issue one with \`preflight ciso request --purpose offboarding\`)`,
        'refused',
        row,
      )
    const fp = row.fingerprint as string
    session.setStatus(fp, 'offboarded', null)
    const unconfirmed = (statement.predicate.offboarding?.checklist ?? [])
      .filter((a) => !a.confirmed)
      .map((a) => a.text)
    return {
      roster: session.toRoster(),
      result: { device: session.device(fp) as DeviceRecord, row, unconfirmed },
    }
  })
  return result
}

/** Roster rows for display, with the stale marker (active devices without a recent attestation). */
export function rosterRows(roster: Roster, now: Date, staleDays: number): RosterRow[] {
  const limit = now.getTime() - staleDays * 86_400_000
  return roster.devices.map((d) => {
    const last = d.lastAttestation
    return {
      fingerprint: d.fingerprint,
      staffId: d.staffId,
      deviceLabel: d.deviceLabel,
      platform: d.platform,
      status: d.status,
      enrolledAt: d.enrolledAt,
      lastCollectedAt: last?.collectedAt ?? null,
      lastPurpose: last?.purpose ?? null,
      lastResult: last?.result ?? null,
      failingChecks: last?.failingChecks ?? [],
      stale: d.status === 'active' && (last === null || Date.parse(last.collectedAt) < limit),
      practices: last?.practices ?? null,
    }
  })
}

/** The 32 raw bytes of an Ed25519 public key (from its JWK form). */
function rawEd25519(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' })
  return Buffer.from(jwk.x ?? '', 'base64url')
}

/**
 * An OpenSSH `allowed_signers` file of the active device keys, for CISOs who check the optional
 * SSHSIG signatures with `ssh-keygen -Y verify` (one line per key: staff id, namespace, key).
 */
export function allowedSigners(roster: Roster, namespace: string): string {
  const sshString = (b: Buffer) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(b.length)
    return Buffer.concat([len, b])
  }
  return roster.devices
    .filter((d) => d.status === 'active')
    .map((d) => {
      const key = createPublicKey({ key: d.publicKeyPem, format: 'pem' })
      const blob = Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(rawEd25519(key))])
      return `${d.staffId} namespaces="${namespace}" ssh-ed25519 ${blob.toString('base64')} ${d.deviceLabel}\n`
    })
    .join('')
}
