/**
 * Loading and saving the roster (`roster.json` in the campaign folder): every trust decision of a
 * campaign (enrolled keys and their status, issued requests and their use, accepted policies and
 * their required checks, every accepted attestation).
 *
 * Integrity: `roster.json` holds the roster and a DSSE envelope signed by the campaign (CISO) key
 * over a small manifest (campaign id, key fingerprint, revision, time and the sha256 of the
 * roster's exact bytes), laid out as three lines of one JSON document:
 *
 *   {"format":"preflight-signed-roster/v2",
 *   "signature":{"payloadType":"application/vnd.preflight.roster-manifest+json","payload":…,"signatures":[…]},
 *   "roster":{"format":"preflight-roster/v2",…}}
 *
 * The digest covers the bytes after `"roster":` up to the closing `}` exactly as stored, so any
 * change to them (even re-indenting) is a changed roster. Signing a manifest rather than the whole
 * roster keeps a 5,000-device roster plain JSON (no base64) and its check cheap: one hash and one
 * small Ed25519 verify. The roster is checked on every read, before anything in it is used, against
 * the key pinned in the CISO's own config folder (campaign-trust.ts), not the one in the folder; its
 * revision must not be older than the one this laptop saw last. A folder that fails any of this is
 * refused with a named reason (RosterTrustReason) and a message naming the newest good copy.
 *
 * Crash safety and copies: every save writes the signed roster to `backups/roster-r<revision>.json`,
 * then replaces `roster.json` atomically (temp file + fsync + rename), then records the revision in
 * the anchor. The last ROSTER_SNAPSHOTS_KEPT revisions are kept in backups/, so when roster.json is
 * damaged or edited, the copy of the same revision is still there. Concurrency: a lock file
 * (`roster.lock`, created exclusively) is held for the whole read-modify-write.
 */
import type { KeyObject } from 'node:crypto'
import { createPublicKey, randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { ROSTER_FORMAT, type Roster, type RosterTrustReason } from '../../shared/roster-types'
import { parseEnvelopeJson, signEnvelope, verifyEnvelope, type Envelope } from '../attestation/dsse'
import { fingerprint, KeyFormatError, publicKeyFromPem } from '../attestation/keys'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import { sha256Hex } from '../util/digest'
import { createLockFile } from '../util/lock-file'
import { CampaignTrustError, folderKey, type CampaignAnchor, type CampaignTrustStore } from './campaign-trust'
import { RosterSchemaError, validateRoster } from './roster-schema'

/** The roster, in the campaign folder. */
export const ROSTER_FILE = 'roster.json'
/** Signed copies of the latest revisions (`roster-r000012.json`), for recovery. */
export const ROSTER_BACKUPS_DIR = 'backups'
/** How many revisions backups/ keeps (the current one included). */
export const ROSTER_SNAPSHOTS_KEPT = 5
/** Present while a command changes the roster (created exclusively; holds pid, host, time). */
export const ROSTER_LOCK = 'roster.lock'
/** Format of the roster.json file (signature + roster). */
export const SIGNED_ROSTER_FORMAT = 'preflight-signed-roster/v2'
/** payloadType of the signed manifest (covered by the signature). */
export const ROSTER_MANIFEST_TYPE = 'application/vnd.preflight.roster-manifest+json'
/** Format of the manifest payload. */
export const ROSTER_MANIFEST_FORMAT = 'preflight-roster-manifest/v1'
/** Largest roster read: ~25 MB for 5,000 devices and 20,000 attestations; ample room above. */
export const MAX_ROSTER_BYTES = 256 * 1024 * 1024
/** The public key beside the roster (also in campaign.ts). */
const PUBLIC_KEY_FILE = 'ciso.pub.pem'
/** Default re-attestation interval (days) of a new campaign. */
export const DEFAULT_REATTEST_DAYS = 30

const SNAPSHOT_NAME = /^roster-r(\d{1,12})\.json$/

/** Why the roster could not be read or written; `kind` maps to an exit code in the CLI. */
export class RosterError extends Error {
  override name = 'RosterError'
  constructor(
    message: string,
    readonly kind: 'missing' | 'corrupt' | 'locked' | 'io' | 'untrusted',
    /** For a refused folder: the named reason (also at the start of the message). */
    readonly reason?: RosterTrustReason,
  ) {
    super(message)
  }
}

function refused(reason: RosterTrustReason, message: string): RosterError {
  const kind = reason === 'ROSTER_CORRUPT' ? 'corrupt' : reason === 'ROSTER_MISSING' ? 'missing' : 'untrusted'
  return new RosterError(`${reason}: ${message}`, kind, reason)
}

/** A campaign folder together with this user's trust anchors: what every roster access needs. */
export interface CampaignRef {
  readonly dir: string
  readonly trust: CampaignTrustStore
}

/** Unlocks the CISO private key when a write needs it (at most once per command or session). */
export type KeyUnlocker = (roster: Roster) => Promise<KeyObject>

/** A new random campaign id (128 bits, base64url). */
export function newCampaignId(): string {
  return randomBytes(16).toString('base64url')
}

/** A fresh, empty roster for a new campaign. */
export function emptyRoster(cisoFingerprint: string, now: Date, campaignId = newCampaignId()): Roster {
  const at = now.toISOString()
  return {
    format: ROSTER_FORMAT,
    campaignId,
    revision: 0,
    org: '',
    cisoFingerprint,
    createdAt: at,
    updatedAt: at,
    devices: [],
    requests: [],
    policies: [],
    attestations: [],
    reattestDays: DEFAULT_REATTEST_DAYS,
  }
}

/** What the campaign key signs for one roster revision. */
export interface RosterManifest {
  readonly format: typeof ROSTER_MANIFEST_FORMAT
  readonly campaignId: string
  readonly cisoFingerprint: string
  readonly revision: number
  readonly updatedAt: string
  /** sha256 (hex) of the roster's canonical bytes: JSON.stringify(roster). */
  readonly rosterSha256: string
}

/** Check roster data (schema); throws a plain Error naming the first problem. */
export function parseRosterData(data: unknown): Roster {
  try {
    return validateRoster(data)
  } catch (err) {
    if (err instanceof RosterSchemaError) throw new Error(err.message)
    throw err
  }
}

const LAYOUT_PREFIX = Buffer.from(`{"format":"${SIGNED_ROSTER_FORMAT}",\n"signature":`, 'utf8')
const LAYOUT_MIDDLE = Buffer.from(`,\n"roster":`, 'utf8')
const LAYOUT_SUFFIX = Buffer.from('}\n', 'utf8')

/** The text of roster.json for a roster signed with `key`, and the digest the anchor records. */
export function signRoster(roster: Roster, key: KeyObject): { text: string; digest: string } {
  const body = JSON.stringify(roster)
  const digest = sha256Hex(body)
  const manifest: RosterManifest = {
    format: ROSTER_MANIFEST_FORMAT,
    campaignId: roster.campaignId,
    cisoFingerprint: roster.cisoFingerprint,
    revision: roster.revision,
    updatedAt: roster.updatedAt,
    rosterSha256: digest,
  }
  const env = signEnvelope(ROSTER_MANIFEST_TYPE, Buffer.from(JSON.stringify(manifest), 'utf8'), key)
  const signature = JSON.stringify({
    payloadType: env.payloadType,
    payload: env.payload,
    signatures: env.signatures,
  })
  return {
    text: `${LAYOUT_PREFIX.toString('utf8')}${signature}${LAYOUT_MIDDLE.toString('utf8')}${body}${LAYOUT_SUFFIX.toString('utf8')}`,
    digest,
  }
}

/** The signature JSON and the roster bytes of a file in the signed layout, or null. */
function splitSigned(bytes: Buffer): { signature: string; body: Buffer } | null {
  if (bytes.length < LAYOUT_PREFIX.length + LAYOUT_MIDDLE.length + LAYOUT_SUFFIX.length) return null
  if (!bytes.subarray(0, LAYOUT_PREFIX.length).equals(LAYOUT_PREFIX)) return null
  // The signature is one line of JSON (JSON.stringify escapes every line break inside it).
  const nl = bytes.indexOf(0x0a, LAYOUT_PREFIX.length)
  const mid = nl - 1
  if (nl < 0 || !bytes.subarray(mid, mid + LAYOUT_MIDDLE.length).equals(LAYOUT_MIDDLE)) return null
  const end = bytes.length - LAYOUT_SUFFIX.length
  if (!bytes.subarray(end).equals(LAYOUT_SUFFIX) || end < mid + LAYOUT_MIDDLE.length) return null
  return {
    signature: bytes.subarray(LAYOUT_PREFIX.length, mid).toString('utf8'),
    body: bytes.subarray(mid + LAYOUT_MIDDLE.length, end),
  }
}

function parseManifest(payload: Buffer): RosterManifest | null {
  try {
    const m = JSON.parse(payload.toString('utf8')) as Partial<RosterManifest> | null
    if (
      m !== null &&
      typeof m === 'object' &&
      m.format === ROSTER_MANIFEST_FORMAT &&
      typeof m.campaignId === 'string' &&
      typeof m.cisoFingerprint === 'string' &&
      typeof m.revision === 'number' &&
      typeof m.updatedAt === 'string' &&
      typeof m.rosterSha256 === 'string'
    )
      return m as RosterManifest
  } catch {
    // not JSON: reported below
  }
  return null
}

/** A roster file checked against a key: what it holds, or why it cannot be used. */
type Checked =
  | { readonly ok: true; readonly roster: Roster; readonly digest: string }
  | { readonly ok: false; readonly reason: RosterTrustReason; readonly detail: string }

/**
 * Read a roster file's bytes (null when it does not exist). At most MAX_ROSTER_BYTES + 1 bytes are
 * read, so a huge file planted in the folder is reported as too large instead of exhausting memory.
 */
async function readBytes(file: string): Promise<Buffer | null> {
  let h: fs.FileHandle
  try {
    h = await fs.open(file, 'r')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new RosterError(`could not read ${file}: ${(err as Error).message}`, 'io')
  }
  try {
    const size = (await h.stat()).size
    const buf = Buffer.alloc(Math.min(size, MAX_ROSTER_BYTES + 1))
    let off = 0
    while (off < buf.length) {
      const { bytesRead } = await h.read(buf, off, buf.length - off, off)
      if (bytesRead === 0) break
      off += bytesRead
    }
    return off === buf.length ? buf : buf.subarray(0, off)
  } catch (err) {
    throw new RosterError(`could not read ${file}: ${(err as Error).message}`, 'io')
  } finally {
    await h.close()
  }
}

/** Check roster bytes against a public key: layout, signature, digest, schema, key and campaign. */
function checkRoster(
  bytes: Buffer,
  key: KeyObject,
  expect: { fingerprint: string; campaignId?: string },
): Checked {
  const bad = (reason: RosterTrustReason, detail: string): Checked => ({ ok: false, reason, detail })
  if (bytes.length > MAX_ROSTER_BYTES)
    return bad('ROSTER_CORRUPT', `it is larger than ${MAX_ROSTER_BYTES} bytes`)
  const parts = splitSigned(bytes)
  if (parts === null) {
    let format: unknown
    try {
      format = (JSON.parse(bytes.toString('utf8')) as { format?: unknown } | null)?.format
    } catch (err) {
      return bad('ROSTER_CORRUPT', `it is not valid JSON (${(err as Error).message})`)
    }
    if (format === 'preflight-roster/v1')
      return bad('ROSTER_UNSIGNED', 'it is a plain, unsigned roster (preflight-roster/v1)')
    if (format === SIGNED_ROSTER_FORMAT)
      return bad(
        'ROSTER_BAD_SIGNATURE',
        'it was rewritten (its layout is not the one Preflight signs): it was changed without the CISO key',
      )
    return bad('ROSTER_CORRUPT', 'it is not a signed roster')
  }
  let env: Envelope
  try {
    env = parseEnvelopeJson(parts.signature)
  } catch (err) {
    return bad('ROSTER_BAD_SIGNATURE', `its signature is unreadable (${(err as Error).message})`)
  }
  const verified = env.payloadType === ROSTER_MANIFEST_TYPE ? verifyEnvelope(env, [key]) : null
  const manifest = verified === null ? null : parseManifest(verified.payload)
  if (manifest === null)
    return bad(
      'ROSTER_BAD_SIGNATURE',
      'its signature does not verify with the campaign key: it was changed without the CISO key',
    )
  const digest = sha256Hex(parts.body)
  if (digest !== manifest.rosterSha256)
    return bad(
      'ROSTER_BAD_SIGNATURE',
      'its contents do not match the signed digest: the roster was changed without the CISO key',
    )
  let roster: Roster
  try {
    roster = parseRosterData(JSON.parse(parts.body.toString('utf8')))
  } catch (err) {
    return bad(
      'ROSTER_CORRUPT',
      `it is signed by the campaign key but is not a valid roster (${(err as Error).message}); was it written by a newer Preflight?`,
    )
  }
  if (
    roster.cisoFingerprint !== manifest.cisoFingerprint ||
    roster.campaignId !== manifest.campaignId ||
    roster.revision !== manifest.revision ||
    manifest.cisoFingerprint !== expect.fingerprint
  )
    return bad('ROSTER_CORRUPT', 'its signed manifest does not describe this roster or this campaign key')
  if (expect.campaignId !== undefined && roster.campaignId !== expect.campaignId)
    return bad(
      'ROSTER_CORRUPT',
      `it belongs to another campaign (id ${roster.campaignId}, expected ${expect.campaignId})`,
    )
  return { ok: true, roster, digest }
}

/** Is a checked roster at least as new as what the anchor saw (and the same roster if equal)? */
function currentEnough(c: { roster: Roster; digest: string }, anchor: CampaignAnchor): boolean {
  if (c.roster.revision > anchor.revision) return true
  return c.roster.revision === anchor.revision && (anchor.digest === '' || anchor.digest === c.digest)
}

/** A copy of the roster that is still good: signed by the pinned key and not older than the anchor. */
export interface GoodCopy {
  /** Path relative to the campaign folder, e.g. backups/roster-r000012.json. */
  readonly file: string
  readonly revision: number
  readonly updatedAt: string
}

function anchorKey(anchor: CampaignAnchor): KeyObject {
  return createPublicKey({ key: anchor.publicKeyPem, format: 'pem' })
}

/**
 * The copies of the roster in the folder (roster.json and backups/) that this laptop can trust:
 * signed by the pinned key, of this campaign, and not older than the revision last seen here.
 * Newest first.
 */
export async function goodCopies(dir: string, anchor: CampaignAnchor): Promise<GoodCopy[]> {
  const names: string[] = [ROSTER_FILE]
  try {
    for (const e of await fs.readdir(path.join(dir, ROSTER_BACKUPS_DIR)))
      if (SNAPSHOT_NAME.test(e)) names.push(path.join(ROSTER_BACKUPS_DIR, e))
  } catch {
    // no backups folder
  }
  const key = anchorKey(anchor)
  const out: GoodCopy[] = []
  for (const name of names) {
    const bytes = await readBytes(path.join(dir, name)).catch(() => null)
    if (bytes === null) continue
    const c = checkRoster(bytes, key, { fingerprint: anchor.fingerprint, campaignId: anchor.campaignId })
    if (c.ok && currentEnough(c, anchor))
      out.push({ file: name, revision: c.roster.revision, updatedAt: c.roster.updatedAt })
  }
  return out.sort((a, b) => b.revision - a.revision || (a.file === ROSTER_FILE ? -1 : 1))
}

/** What to say about recovery: the newest good copy, or what the CISO's own backup must hold. */
async function recoveryAdvice(dir: string, anchor: CampaignAnchor): Promise<string> {
  const copies = (await goodCopies(dir, anchor)).filter((c) => c.file !== ROSTER_FILE)
  const seen = `this laptop last saw revision ${anchor.revision} on ${anchor.seenAt}`
  const best = copies[0]
  if (best === undefined)
    return ` No good copy is left in the folder (${seen}): restore the campaign folder from your own backup; its roster must be revision ${anchor.revision} or newer.`
  return ` The newest good copy: ${best.file} (revision ${best.revision}, written ${best.updatedAt}; ${seen}). Check it and copy it over ${ROSTER_FILE} to recover.`
}

/** The public key file of the folder: its key and fingerprint, or null when missing or unreadable. */
async function folderPublicKey(dir: string): Promise<{ key: KeyObject; fingerprint: string } | null> {
  const bytes = await readBytes(path.join(dir, PUBLIC_KEY_FILE)).catch(() => null)
  if (bytes === null) return null
  try {
    const key = publicKeyFromPem(bytes)
    return { key, fingerprint: fingerprint(key) }
  } catch (err) {
    if (err instanceof KeyFormatError) return null
    throw err
  }
}

/**
 * What a roster file claims, without trusting it: its campaign id (to spot a replaced key) and
 * whether it is a plain roster of an older version.
 */
async function peekRoster(dir: string): Promise<{ campaignId: string | null; legacy: boolean }> {
  const none = { campaignId: null, legacy: false }
  const bytes = await readBytes(path.join(dir, ROSTER_FILE)).catch(() => null)
  if (bytes === null) return none
  try {
    const o = JSON.parse(bytes.toString('utf8')) as { format?: unknown; roster?: { campaignId?: unknown } }
    if (o.format === 'preflight-roster/v1') return { campaignId: null, legacy: true }
    const id = o.roster?.campaignId
    return { campaignId: typeof id === 'string' ? id : null, legacy: false }
  } catch {
    return none
  }
}

/**
 * The anchor this folder must match: the pinned campaign whose key is in ciso.pub.pem. A folder
 * remembered (or a roster claiming a campaign id pinned) under another key is CAMPAIGN_KEY_CHANGED;
 * a key never confirmed on this laptop is CAMPAIGN_NOT_PINNED.
 */
export async function campaignAnchor(ref: CampaignRef): Promise<CampaignAnchor> {
  const anchors = await trustList(ref)
  const pub = await folderPublicKey(ref.dir)
  const byKey = pub === null ? undefined : anchors.find((a) => a.fingerprint === pub.fingerprint)
  if (byKey !== undefined) return byKey
  const folder = await folderKey(ref.dir)
  const peek = await peekRoster(ref.dir)
  const claimed = peek.campaignId
  const known =
    anchors.find((a) => a.folders.includes(folder)) ??
    (claimed === null ? undefined : anchors.find((a) => a.campaignId === claimed))
  if (known !== undefined) {
    const what =
      pub === null
        ? `${PUBLIC_KEY_FILE} is missing or is not an Ed25519 public key`
        : `${PUBLIC_KEY_FILE} has fingerprint ${pub.fingerprint.slice(0, 16)}…`
    throw refused(
      'CAMPAIGN_KEY_CHANGED',
      `${what}, but this laptop pinned ${known.fingerprint.slice(0, 16)}… for this campaign (${known.org || known.campaignId}). Someone replaced the campaign key in ${ref.dir}: nothing in the folder was used. Restore ${PUBLIC_KEY_FILE} and ciso.key from your own backup.${await recoveryAdvice(ref.dir, known)}`,
    )
  }
  if (pub === null)
    throw new RosterError(
      `${path.join(ref.dir, PUBLIC_KEY_FILE)} is missing or is not an Ed25519 public key`,
      'missing',
    )
  if (peek.legacy)
    throw refused(
      'ROSTER_UNSIGNED',
      `${path.join(ref.dir, ROSTER_FILE)} is a plain, unsigned roster (made by an older Preflight, or replaced by hand): its trust decisions cannot be checked. Review it and sign it once with \`preflight ciso migrate --campaign ${ref.dir}\`.`,
    )
  throw refused(
    'CAMPAIGN_NOT_PINNED',
    `this laptop has not confirmed the key of the campaign in ${ref.dir} (fingerprint ${pub.fingerprint}). Compare it with the fingerprint you read to staff, then run \`preflight ciso trust-campaign --campaign ${ref.dir}\`.`,
  )
}

async function trustList(ref: CampaignRef): Promise<readonly CampaignAnchor[]> {
  try {
    return await ref.trust.list()
  } catch (err) {
    if (err instanceof CampaignTrustError)
      throw new RosterError(err.message, err.kind === 'corrupt' ? 'untrusted' : 'io')
    throw err
  }
}

async function advanceAnchor(
  ref: CampaignRef,
  anchor: CampaignAnchor,
  roster: Roster,
  digest: string,
  now: Date,
) {
  const folder = await folderKey(ref.dir)
  if (roster.revision === anchor.revision && anchor.digest === digest && anchor.folders[0] === folder) return
  try {
    await ref.trust.advance(anchor.fingerprint, { revision: roster.revision, digest, folder, at: now })
  } catch (err) {
    if (err instanceof CampaignTrustError) throw new RosterError(err.message, 'io')
    throw err
  }
}

/**
 * Read and verify the roster of a campaign folder: pinned key, signature, schema, revision. Every
 * failure is a RosterError with a named reason and recovery advice; nothing unverified is returned.
 * A newer revision than the one last seen is accepted and remembered.
 */
export async function loadRoster(ref: CampaignRef): Promise<Roster> {
  const anchor = await campaignAnchor(ref)
  const file = path.join(ref.dir, ROSTER_FILE)
  const bytes = await readBytes(file)
  if (bytes === null)
    throw refused('ROSTER_MISSING', `${file} is missing.${await recoveryAdvice(ref.dir, anchor)}`)
  const c = checkRoster(bytes, anchorKey(anchor), {
    fingerprint: anchor.fingerprint,
    campaignId: anchor.campaignId,
  })
  if (!c.ok) {
    const extra =
      c.reason === 'ROSTER_UNSIGNED'
        ? ` This laptop has already seen signed revision ${anchor.revision} of this campaign, so this is not an old folder to migrate: someone replaced the signed roster.`
        : ''
    throw refused(c.reason, `${file}: ${c.detail}.${extra}${await recoveryAdvice(ref.dir, anchor)}`)
  }
  if (!currentEnough(c, anchor)) {
    const what =
      c.roster.revision < anchor.revision
        ? `is revision ${c.roster.revision}, older than revision ${anchor.revision} this laptop saw on ${anchor.seenAt}: an older copy was put back (it could un-revoke keys and forget answered requests)`
        : `is revision ${c.roster.revision} but differs from the revision ${anchor.revision} this laptop saw on ${anchor.seenAt}`
    throw refused('ROSTER_ROLLBACK', `${file} ${what}.${await recoveryAdvice(ref.dir, anchor)}`)
  }
  await advanceAnchor(ref, anchor, c.roster, c.digest, new Date())
  return c.roster
}

/**
 * The roster of a folder checked against the key in its own ciso.pub.pem, for confirming a campaign
 * on a new laptop (`ciso trust-campaign`): the caller shows the fingerprint and pins only after the
 * CISO compared it. Refuses unsigned, badly signed or damaged rosters like loadRoster.
 */
export async function readRosterForPinning(
  dir: string,
): Promise<{ roster: Roster; digest: string; publicKeyPem: string }> {
  const pub = await folderPublicKey(dir)
  if (pub === null)
    throw new RosterError(
      `${path.join(dir, PUBLIC_KEY_FILE)} is missing or is not an Ed25519 public key`,
      'missing',
    )
  const file = path.join(dir, ROSTER_FILE)
  const bytes = await readBytes(file)
  if (bytes === null) throw refused('ROSTER_MISSING', `${file} is missing; restore the campaign folder first`)
  const c = checkRoster(bytes, pub.key, { fingerprint: pub.fingerprint })
  if (!c.ok) {
    const hint = c.reason === 'ROSTER_UNSIGNED' ? ' Run `preflight ciso migrate` to review and sign it.' : ''
    throw refused(c.reason, `${file}: ${c.detail}.${hint}`)
  }
  const pem = (await fs.readFile(path.join(dir, PUBLIC_KEY_FILE), 'utf8')).trim() + '\n'
  return { roster: c.roster, digest: c.digest, publicKeyPem: pem }
}

function snapshotName(revision: number): string {
  return path.join(ROSTER_BACKUPS_DIR, `roster-r${String(revision).padStart(6, '0')}.json`)
}

/** Remove snapshots older than the kept window (by the revision in the name; best effort). */
async function pruneSnapshots(dir: string, current: number): Promise<void> {
  const folder = path.join(dir, ROSTER_BACKUPS_DIR)
  let entries: string[]
  try {
    entries = await fs.readdir(folder)
  } catch {
    return
  }
  // Only names below the window are removed: a planted file with a huge revision in its name can
  // never push the real copies out.
  for (const e of entries) {
    const m = SNAPSHOT_NAME.exec(e)
    if (m && Number(m[1]) <= current - ROSTER_SNAPSHOTS_KEPT)
      await fs.unlink(path.join(folder, e)).catch(() => undefined)
  }
}

/**
 * Sign and write a new roster revision: a signed copy in backups/, then roster.json (atomically),
 * then the anchor. `key` must be the campaign key pinned on this laptop. Callers hold the lock
 * (withCampaignLock / updateRoster) and pass the roster they loaded under it.
 */
export async function saveRoster(
  ref: CampaignRef,
  roster: Roster,
  now: Date,
  key: KeyObject,
): Promise<Roster> {
  const anchors = await trustList(ref)
  const anchor = anchors.find((a) => a.fingerprint === roster.cisoFingerprint)
  if (anchor === undefined || anchor.campaignId !== roster.campaignId)
    throw refused(
      'CAMPAIGN_NOT_PINNED',
      `the campaign key ${roster.cisoFingerprint.slice(0, 16)}… is not pinned on this laptop`,
    )
  if (fingerprint(key) !== anchor.fingerprint)
    throw refused(
      'CAMPAIGN_KEY_CHANGED',
      `the key given to sign the roster (${fingerprint(key).slice(0, 16)}…) is not the campaign key ${anchor.fingerprint.slice(0, 16)}…`,
    )
  const next: Roster = { ...roster, revision: roster.revision + 1, updatedAt: now.toISOString() }
  // Never sign what a reader would refuse (a bug must not become a signed, unreadable roster).
  try {
    validateRoster(next)
  } catch (err) {
    if (!(err instanceof RosterSchemaError)) throw err
    throw new RosterError(
      `refusing to write an invalid roster: ${err.message} (nothing was changed; please report this)`,
      'io',
    )
  }
  const { text, digest } = signRoster(next, key)
  const file = path.join(ref.dir, ROSTER_FILE)
  const snapshot = path.join(ref.dir, snapshotName(next.revision))
  try {
    await fs.mkdir(path.join(ref.dir, ROSTER_BACKUPS_DIR), { recursive: true, mode: 0o700 })
    await writeFileAtomic(snapshot, text, { mode: 0o600 })
    await writeFileAtomic(file, text, { mode: 0o600 })
  } catch (err) {
    throw new RosterError(describeWriteError(file, err), 'io')
  }
  try {
    await ref.trust.advance(anchor.fingerprint, {
      revision: next.revision,
      digest,
      folder: await folderKey(ref.dir),
      at: now,
    })
  } catch (err) {
    // The roster is written; the next read records the revision (a newer one is always accepted).
    if (!(err instanceof CampaignTrustError)) throw err
  }
  await pruneSnapshots(ref.dir, next.revision)
  return next
}

/**
 * One read-modify-write of the roster under the campaign lock: load (verified), let `change` decide,
 * and if it returns a new roster, unlock the key and save it (signed). Returns what `change` returned.
 */
export async function updateRoster<T>(
  ref: CampaignRef,
  opts: { readonly now: Date; readonly unlock: KeyUnlocker },
  change: (roster: Roster) => Promise<{ readonly roster: Roster | null; readonly result: T }>,
): Promise<{ readonly result: T; readonly saved: Roster | null }> {
  return withCampaignLock(ref.dir, async () => {
    const roster = await loadRoster(ref)
    const { roster: next, result } = await change(roster)
    let saved: Roster | null = null
    if (next !== null) saved = await saveRoster(ref, next, opts.now, await opts.unlock(roster))
    return { result, saved }
  })
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
