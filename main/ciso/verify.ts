/**
 * The CISO's verification pipeline for device-posture attestations (docs/ciso.md, "Verification").
 *
 * One file goes through fixed steps, and the first failing step names the rejection code:
 *   read (size cap) + strict parse ............................ MALFORMED
 *   Ed25519 over PAE by an enrolled key ........................ UNKNOWN_KEY / BAD_SIGNATURE
 *   payloadType, _type, predicateType .......................... WRONG_TYPE (then schema: MALFORMED)
 *   exactly one subject = the verifying key's fingerprint ...... SUBJECT_MISMATCH
 *   (same signed bytes already recorded ........................ ALREADY_RECORDED, not an error)
 *   key still active ........................................... REVOKED_KEY (revoked or offboarded)
 *   staff id = the roster owner of the key ..................... IDENTITY_MISMATCH
 *   nonce issued to this staff id and purpose, then unused ..... NONCE_UNKNOWN / NONCE_REUSED
 *   collectedAt <= now + 5 min; expiresAt > now; age <= 30 d ... FUTURE_DATED / EXPIRED
 *   sequence above the last accepted one ....................... REPLAY
 *   policy digest issued by the CISO and still accepted ........ POLICY_UNKNOWN
 * then the posture is judged against the *issued* policy's required checks (never the file's own
 * claim): pass only if every required check passed.
 *
 * A VerifySession holds a working copy of the roster; each accepted file updates it at once (so two
 * files in one batch that reuse a nonce are caught) and the caller writes the roster once at the end.
 */
import type { KeyObject } from 'node:crypto'
import { createPublicKey } from 'node:crypto'
import { PAYLOAD_TYPES, type PostureStatement } from '../../shared/attestation-types'
import { isPlatform } from '../../shared/check-types'
import {
  sameStaffId,
  type AttestationRecord,
  type DeviceRecord,
  type IssuedPolicy,
  type IssuedRequest,
  type PostureResult,
  type Roster,
  type VerifyRow,
  type VerifyRowCode,
} from '../../shared/roster-types'
import { sha256Hex } from '../util/digest'
import {
  decodeBase64,
  pae,
  parseEnvelopeJson,
  verifyEnvelopeWithKeys,
  type Envelope,
} from '../attestation/dsse'
import { AttestationError } from '../attestation/errors'
import { ATTESTATION_VALIDITY_DAYS, embeddedPublicKey, parseStatement } from '../attestation/formats'
import { fingerprint, publicKeyToPem } from '../attestation/keys'
import { ed25519SpkiFromPem } from './pem'

/** Largest attestation file read (an attestation is a few KB; this leaves ample room). */
export const MAX_ATTESTATION_BYTES = 1024 * 1024
/** How far in the future (by the CISO's clock) collectedAt may be: allows for skewed laptop clocks. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000
/** Key storage that only file permissions (or a hard-coded password) protect: worth a note. */
const WEAK_KEY_PROTECTION: ReadonlySet<string> = new Set(['file-0600-unencrypted', 'basic-text'])
/** Oldest attestation accepted, whatever expiresAt the device wrote: the standard validity period. */
export const MAX_AGE_MS = ATTESTATION_VALIDITY_DAYS * 86_400_000

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

interface DeviceState extends Mutable<Omit<DeviceRecord, 'seenEnvelopeDigests'>> {
  seen: Set<string>
  seenOrder: string[]
}

/** Trust-on-first-use context: the key and owner the CISO is about to enroll. */
export interface EnrollCandidate {
  readonly publicKey: KeyObject
  readonly staffId: string
}

/** An envelope read and parsed ahead of verification (for sorting a batch). */
export interface PreparedFile {
  readonly file: string
  /** null when the file could not be read at all. */
  readonly bytes: Buffer | null
  readonly readError?: string
  readonly envelope: Envelope | null
  readonly parseError: AttestationError | null
  /** Unverified hints used only to order a batch: collectedAt and sequence. */
  readonly sortKey: { readonly collectedAt: string; readonly sequence: number } | null
}

/** Parse a file's bytes as an envelope and pull unverified sort hints from its payload. */
export function prepareFile(file: string, bytes: Buffer | null, readError?: string): PreparedFile {
  if (bytes === null)
    return {
      file,
      bytes,
      ...(readError !== undefined ? { readError } : {}),
      envelope: null,
      parseError: null,
      sortKey: null,
    }
  if (bytes.length > MAX_ATTESTATION_BYTES) {
    const err = new AttestationError('MALFORMED', `file is larger than ${MAX_ATTESTATION_BYTES} bytes`)
    return { file, bytes, envelope: null, parseError: err, sortKey: null }
  }
  try {
    const envelope = parseEnvelopeJson(bytes, { maxBytes: MAX_ATTESTATION_BYTES })
    return { file, bytes, envelope, parseError: null, sortKey: sortHint(envelope) }
  } catch (err) {
    if (err instanceof AttestationError)
      return { file, bytes, envelope: null, parseError: err, sortKey: null }
    throw err
  }
}

function sortHint(env: Envelope): PreparedFile['sortKey'] {
  try {
    const p = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as {
      predicate?: { collectedAt?: unknown; sequence?: unknown }
    }
    const c = p.predicate?.collectedAt
    const s = p.predicate?.sequence
    if (typeof c === 'string' && typeof s === 'number') return { collectedAt: c, sequence: s }
  } catch {
    // unverified hint only: an unreadable payload sorts last and fails verification later
  }
  return null
}

/** Deterministic batch order: collectedAt, then sequence, then file name; unparsable files last. */
export function compareForBatch(a: PreparedFile, b: PreparedFile): number {
  if (a.sortKey && b.sortKey) {
    const ta = Date.parse(a.sortKey.collectedAt)
    const tb = Date.parse(b.sortKey.collectedAt)
    if (ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta - tb
    if (a.sortKey.sequence !== b.sortKey.sequence) return a.sortKey.sequence - b.sortKey.sequence
  } else if (a.sortKey || b.sortKey) {
    return a.sortKey ? -1 : 1
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0
}

/** The posture of a statement judged against the required checks of the issued policy. */
export function judgePosture(
  statement: PostureStatement,
  requiredChecks: readonly string[],
): { result: PostureResult; failingChecks: string[] } {
  const byId = new Map(statement.predicate.checks.map((c) => [c.id as string, c.status]))
  const failing: string[] = []
  let anyFail = false
  for (const id of requiredChecks) {
    const status = byId.get(id)
    if (status === 'pass') continue
    failing.push(id)
    if (status === undefined || status === 'fail') anyFail = true
  }
  let result: PostureResult = anyFail ? 'fail' : failing.length > 0 ? 'unknown' : 'pass'
  // Facts replayed from a transcript were not measured on the device: never evidence of a pass.
  if (statement.predicate.replayed && result === 'pass') result = 'unknown'
  return { result, failingChecks: failing }
}

/**
 * The required checks an attestation is judged against: the policy's list for the platform the
 * device was enrolled with and, if the file names another platform, that one's too (the device's
 * claim can only add checks, never remove them).
 */
export function requiredChecksFor(
  policy: IssuedPolicy,
  enrolledPlatform: string,
  claimedPlatform: string,
): string[] {
  const out = new Set<string>()
  for (const p of [enrolledPlatform, claimedPlatform]) {
    if (isPlatform(p)) for (const id of policy.requiredChecks[p]) out.add(id)
  }
  if (!isPlatform(enrolledPlatform) && !isPlatform(claimedPlatform))
    for (const list of Object.values(policy.requiredChecks)) for (const id of list) out.add(id)
  return [...out]
}

/** A public key with its fingerprint, computed once. */
interface KnownKey {
  readonly key: KeyObject
  readonly fp: string
}

/**
 * Import a roster PEM without OpenSSL's PEM/DER decoders: the SPKI DER is decoded here, checked to be
 * Ed25519, hashed for the fingerprint and imported through its JWK form. Measured on Node 20 this is
 * about 8x faster than createPublicKey(PEM) and avoids an SPKI export per key (which costs more than
 * the signature check itself), which matters when a roster holds a thousand devices.
 */
export function knownKeyFromPem(pem: string): KnownKey | null {
  const der = ed25519SpkiFromPem(pem)
  if (der === null) return null
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: der.subarray(12).toString('base64url') },
      format: 'jwk',
    })
    return { key, fp: sha256Hex(der) }
  } catch {
    return null
  }
}

/**
 * DSSE signature check against roster keys whose fingerprints we already know (the shared check in
 * main/attestation/dsse.ts, without re-exporting every key to fingerprint it). Never throws.
 */
export function verifySignatures(
  env: Envelope,
  candidates: readonly KnownKey[],
): { fp: string; payload: Buffer } | null {
  const v = verifyEnvelopeWithKeys(
    env,
    candidates.map((c) => ({ key: c.key, keyid: c.fp })),
  )
  return v === null ? null : { fp: v.keyid, payload: v.payload }
}

/** Result of verifying one file inside a session. */
export interface VerifyOutcome {
  readonly row: VerifyRow
  /** The parsed statement when the signature verified (for enroll/offboard), else null. */
  readonly statement: PostureStatement | null
}

/**
 * A working copy of the roster that files are verified against and accepted into. Create one per
 * command run; call `toRoster()` to get the roster to save.
 */
export class VerifySession {
  private readonly devices = new Map<string, DeviceState>()
  private readonly requestsByNonce = new Map<string, Mutable<IssuedRequest>>()
  private readonly requests: Mutable<IssuedRequest>[]
  private readonly policiesByDigest = new Map<string, IssuedPolicy>()
  /** Attestations accepted in this session (appended to the roster's history). */
  private readonly accepted: AttestationRecord[] = []
  private readonly keys = new Map<string, KnownKey>()
  private allKeys: KnownKey[] | null = null
  /** True once an accepted file changed the working copy. */
  changed = false

  constructor(
    private readonly base: Roster,
    private readonly now: Date,
  ) {
    for (const d of base.devices) {
      const { seenEnvelopeDigests, ...rest } = d
      this.devices.set(d.fingerprint, {
        ...rest,
        seen: new Set(seenEnvelopeDigests),
        seenOrder: [...seenEnvelopeDigests],
      })
    }
    this.requests = base.requests.map((r) => ({ ...r }))
    for (const r of this.requests) this.requestsByNonce.set(r.nonce, r)
    for (const p of base.policies) this.policiesByDigest.set(p.digest, p)
  }

  private keyOf(fp: string): KnownKey | null {
    const cached = this.keys.get(fp)
    if (cached) return cached
    const d = this.devices.get(fp)
    if (!d) return null
    const k = knownKeyFromPem(d.publicKeyPem)
    // The roster's fingerprint is trusted only if it is the PEM's: a hand-edited roster could
    // otherwise pair one staffer's fingerprint with another's key.
    if (k === null || k.fp !== fp) return null
    this.keys.set(fp, k)
    return k
  }

  private everyKey(): KnownKey[] {
    if (this.allKeys === null) {
      this.allKeys = []
      for (const fp of this.devices.keys()) {
        const k = this.keyOf(fp)
        if (k) this.allKeys.push(k)
      }
    }
    return this.allKeys
  }

  /** Device state by fingerprint (read-only view for callers). */
  device(fp: string): DeviceRecord | null {
    const d = this.devices.get(fp)
    return d ? this.freezeDevice(d) : null
  }

  /**
   * Add a device record before verifying its onboarding file (trust on first use). The caller has
   * already checked that the fingerprint is not enrolled.
   */
  addDevice(record: DeviceRecord): void {
    const { seenEnvelopeDigests, ...rest } = record
    this.devices.set(record.fingerprint, {
      ...rest,
      seen: new Set(seenEnvelopeDigests),
      seenOrder: [...seenEnvelopeDigests],
    })
    this.allKeys = null
    this.changed = true
  }

  /** Change a device's status (revoke, offboard). */
  setStatus(fp: string, status: DeviceRecord['status'], reason: string | null): void {
    const d = this.devices.get(fp)
    if (!d) throw new Error(`no device ${fp}`)
    const at = this.now.toISOString()
    d.status = status
    if (status === 'revoked') {
      d.revokedAt = at
      d.revokeReason = reason
    }
    if (status === 'offboarded') d.offboardedAt = at
    this.changed = true
  }

  /**
   * Verify one prepared file; an accepted file updates the working copy. Never throws: an unexpected
   * error (a bug) rejects this file as MALFORMED with the error text, so one file cannot stop a batch.
   */
  verify(prepared: PreparedFile, enroll?: EnrollCandidate): VerifyOutcome {
    try {
      return this.verifyUnchecked(prepared, enroll)
    } catch (err) {
      return {
        row: {
          file: prepared.file,
          code: 'MALFORMED',
          message: `could not be verified (internal error: ${err instanceof Error ? err.message : String(err)}); please report this`,
        },
        statement: null,
      }
    }
  }

  private verifyUnchecked(prepared: PreparedFile, enroll?: EnrollCandidate): VerifyOutcome {
    const file = prepared.file
    const reject = (code: VerifyRowCode, message: string, extra: Partial<VerifyRow> = {}): VerifyOutcome => ({
      row: { file, code, message, ...extra },
      statement: null,
    })
    if (prepared.bytes === null)
      return reject('MALFORMED', `could not read the file: ${prepared.readError ?? 'unknown error'}`)
    if (prepared.parseError) return reject(prepared.parseError.code, prepared.parseError.message)
    const env = prepared.envelope
    if (!env) return reject('MALFORMED', 'not an envelope')

    // Signature: candidate keys by keyid hint; without a matching hint, every enrolled key.
    let candidates: KnownKey[]
    let hinted = false
    if (enroll) {
      candidates = [{ key: enroll.publicKey, fp: fingerprint(enroll.publicKey) }]
    } else {
      const hintedKeys = [
        ...new Set(
          env.signatures
            .map((s) => s.keyid?.toLowerCase())
            .filter((k): k is string => k !== undefined && this.devices.has(k)),
        ),
      ]
        .map((fp) => this.keyOf(fp))
        .filter((k): k is KnownKey => k !== null)
      hinted = hintedKeys.length > 0
      candidates = hinted ? hintedKeys : this.everyKey()
    }
    const verified = verifySignatures(env, candidates)
    if (!verified) {
      if (enroll)
        return reject('BAD_SIGNATURE', 'the signature does not verify with the public key the file carries')
      if (hinted)
        return reject(
          'BAD_SIGNATURE',
          'the signature does not verify with the enrolled key it names: the file was altered or damaged',
        )
      return this.unknownKey(prepared, env)
    }
    // The fingerprint of the key that verified, as we computed it (never the file's keyid hint).
    const fp = verified.fp
    if (env.payloadType !== PAYLOAD_TYPES.attestation) {
      return reject(
        'WRONG_TYPE',
        `payloadType is ${JSON.stringify(env.payloadType)}, not a posture attestation`,
        {
          fingerprint: fp,
        },
      )
    }
    let statement: PostureStatement
    try {
      statement = parseStatement(verified.payload)
    } catch (err) {
      if (err instanceof AttestationError) return reject(err.code, err.message, { fingerprint: fp })
      throw err
    }
    const p = statement.predicate
    const info: Partial<Mutable<VerifyRow>> = {
      staffId: p.staff.id,
      deviceLabel: p.device.label,
      fingerprint: fp,
      purpose: p.purpose,
      collectedAt: p.collectedAt,
      sequence: p.sequence,
    }
    const rejectWith = (code: VerifyRowCode, message: string) => reject(code, message, info)
    const subjects = statement.subject as readonly { digest: { sha256: string } }[]
    if (subjects.length !== 1 || subjects[0]?.digest.sha256 !== fp) {
      return rejectWith(
        'SUBJECT_MISMATCH',
        'the attestation is about a different key than the one that signed it',
      )
    }
    const envelopeDigest = sha256Hex(pae(env.payloadType, verified.payload))
    const device = this.devices.get(fp)
    if (!device) return rejectWith('UNKNOWN_KEY', 'the signing key is not enrolled')

    const policy = this.policiesByDigest.get(p.policy.digest.sha256)
    if (device.seen.has(envelopeDigest)) {
      const posture = judgePosture(
        statement,
        policy ? requiredChecksFor(policy, device.platform, p.device.platform) : [],
      )
      return {
        row: {
          file,
          code: 'ALREADY_RECORDED',
          message: `already recorded (${device.status === 'active' ? 'nothing changed' : `key now ${device.status}`})`,
          ...info,
          result: posture.result,
          failingChecks: posture.failingChecks,
          unsolicited: p.request === null,
        },
        statement,
      }
    }
    if (device.status !== 'active') {
      const when = device.status === 'revoked' ? device.revokedAt : device.offboardedAt
      return rejectWith(
        'REVOKED_KEY',
        `this device key was ${device.status} on ${when ?? '?'}${device.revokeReason ? ` (${device.revokeReason})` : ''}; files it signs are no longer accepted`,
      )
    }
    if (!sameStaffId(p.staff.id, device.staffId)) {
      return rejectWith(
        'IDENTITY_MISMATCH',
        `the file says staff "${p.staff.id}" but this key is enrolled to "${device.staffId}"`,
      )
    }

    let request: Mutable<IssuedRequest> | null = null
    if (p.request === null) {
      if (p.purpose !== 'periodic') {
        return rejectWith(
          'NONCE_UNKNOWN',
          `an ${p.purpose} attestation must answer a request you issued; it carries none`,
        )
      }
    } else {
      const r = this.requestsByNonce.get(p.request.nonce)
      if (!r) return rejectWith('NONCE_UNKNOWN', 'it answers a request (nonce) this campaign never issued')
      if (!sameStaffId(r.staffId, device.staffId))
        return rejectWith(
          'NONCE_UNKNOWN',
          `it answers a request issued to "${r.staffId}", not to "${device.staffId}"`,
        )
      if (r.purpose !== p.purpose)
        return rejectWith(
          'NONCE_UNKNOWN',
          `it answers a ${r.purpose} request but says its purpose is ${p.purpose}`,
        )
      if (r.requestId !== p.request.requestId || r.digest !== p.request.digest.sha256)
        return rejectWith(
          'NONCE_UNKNOWN',
          'the request id or digest does not match the request issued with this nonce',
        )
      if (r.used)
        return rejectWith(
          'NONCE_REUSED',
          `request ${r.requestId} was already answered${r.usedBy ? ` on ${r.usedBy.at} by another file` : ''}; ask for a new one`,
        )
      request = r
    }

    const collected = Date.parse(p.collectedAt)
    const now = this.now.getTime()
    if (collected > now + FUTURE_SKEW_MS)
      return rejectWith(
        'FUTURE_DATED',
        `collectedAt ${p.collectedAt} is in the future (check the laptop's clock)`,
      )
    if (Date.parse(p.expiresAt) <= now)
      return rejectWith('EXPIRED', `the attestation expired on ${p.expiresAt}`)
    // expiresAt is chosen by the device; the CISO's own bound on age keeps a far-future expiry honest.
    if (now - collected > MAX_AGE_MS)
      return rejectWith(
        'EXPIRED',
        `collected on ${p.collectedAt}, more than ${ATTESTATION_VALIDITY_DAYS} days ago; ask for a fresh attestation`,
      )
    if (request && collected > Date.parse(request.notAfter))
      return rejectWith(
        'EXPIRED',
        `it answers request ${request.requestId} after it expired (${request.notAfter})`,
      )

    if (p.sequence <= device.lastSequence)
      return rejectWith(
        'REPLAY',
        `sequence ${p.sequence} is not above the last accepted ${device.lastSequence}: an older or replayed file`,
      )

    if (!policy)
      return rejectWith(
        'POLICY_UNKNOWN',
        `policy ${p.policy.id} v${p.policy.version} (digest ${p.policy.digest.sha256.slice(0, 12)}…) was not issued by this campaign`,
      )
    if (!policy.accepted)
      return rejectWith('POLICY_UNKNOWN', `policy ${policy.id} v${policy.version} is no longer accepted`)
    if (policy.id !== p.policy.id || policy.version !== p.policy.version)
      return rejectWith('POLICY_UNKNOWN', 'the policy id/version do not match the policy with this digest')
    if (request && request.policyDigest !== policy.digest)
      return rejectWith(
        'POLICY_UNKNOWN',
        'the checks were judged against another policy than the request carried',
      )

    const posture = judgePosture(statement, requiredChecksFor(policy, device.platform, p.device.platform))
    const at = this.now.toISOString()
    device.lastSequence = p.sequence
    device.lastAttestation = {
      collectedAt: p.collectedAt,
      verifiedAt: at,
      purpose: p.purpose,
      result: posture.result,
      failingChecks: posture.failingChecks,
      envelopeDigest,
      policyId: policy.id,
      policyVersion: policy.version,
      sequence: p.sequence,
    }
    device.seen.add(envelopeDigest)
    device.seenOrder.push(envelopeDigest)
    if (request) {
      request.used = true
      request.usedBy = { fingerprint: fp, envelopeDigest, at }
    }
    this.accepted.push({
      fingerprint: fp,
      staffId: device.staffId,
      purpose: p.purpose,
      collectedAt: p.collectedAt,
      verifiedAt: at,
      result: posture.result,
      failingChecks: posture.failingChecks,
      policyId: policy.id,
      policyVersion: policy.version,
      sequence: p.sequence,
      envelopeDigest,
      requestId: request?.requestId ?? null,
    })
    this.changed = true
    const notes: string[] = []
    if (p.request === null) notes.push('unsolicited report (no request): informational')
    if (p.replayed) notes.push('facts were replayed from a transcript, not measured')
    if (p.device.label !== device.deviceLabel) notes.push(`device label now "${p.device.label}"`)
    if (p.device.hostKind !== 'physical-or-unknown') notes.push(`checks ran inside a ${p.device.hostKind}`)
    if (WEAK_KEY_PROTECTION.has(p.producer.keyProtection))
      notes.push(`device key not encrypted at rest (${p.producer.keyProtection})`)
    return {
      row: {
        file,
        code: 'ACCEPTED',
        message: ['accepted', ...notes].join('; '),
        ...info,
        result: posture.result,
        failingChecks: posture.failingChecks,
        unsolicited: p.request === null,
      },
      statement,
    }
  }

  /**
   * UNKNOWN_KEY, with a hint when the file is a new device's self-signed onboarding attestation (it
   * carries its public key and verifies with it): the CISO can then enroll it. Nothing is trusted
   * here; the row only says what `ciso enroll` would check next.
   */
  private unknownKey(prepared: PreparedFile, env: Envelope): VerifyOutcome {
    const plain: VerifyOutcome = {
      row: {
        file: prepared.file,
        code: 'UNKNOWN_KEY',
        message: 'no enrolled device key signed this file',
      },
      statement: null,
    }
    if (env.payloadType !== PAYLOAD_TYPES.attestation) return plain
    try {
      const claimed = parseStatement(decodeBase64(env.payload))
      const key = embeddedPublicKey(claimed)
      if (key === null) return plain
      const fp = fingerprint(key)
      if (verifySignatures(env, [{ key, fp }]) === null) return plain
      const p = claimed.predicate
      const enrollable = p.purpose === 'onboarding'
      return {
        row: {
          file: prepared.file,
          code: 'UNKNOWN_KEY',
          message: enrollable
            ? `a new device key signed this onboarding attestation; after comparing its fingerprint with the staffer, enroll it: preflight ciso enroll "${prepared.file}" --staff-id ${p.staff.id}`
            : `signed by a device key that is not enrolled (a ${p.purpose} attestation cannot enroll it)`,
          staffId: p.staff.id,
          deviceLabel: p.device.label,
          fingerprint: fp,
          purpose: p.purpose,
          collectedAt: p.collectedAt,
          sequence: p.sequence,
          enrollable,
        },
        statement: null,
      }
    } catch {
      return plain
    }
  }

  private freezeDevice(d: DeviceState): DeviceRecord {
    const { seen: _seen, seenOrder, ...rest } = d
    return { ...rest, seenEnvelopeDigests: [...seenOrder] }
  }

  /** The roster with every change of this session applied. */
  toRoster(): Roster {
    return {
      ...this.base,
      devices: [...this.devices.values()].map((d) => this.freezeDevice(d)),
      requests: this.requests.map((r) => ({ ...r })),
      attestations:
        this.accepted.length === 0 ? this.base.attestations : [...this.base.attestations, ...this.accepted],
    }
  }
}

/** A device record for a key about to be enrolled (status active, nothing seen yet). */
export function newDeviceRecord(
  publicKey: KeyObject,
  staffId: string,
  deviceLabel: string,
  platform: string,
  now: Date,
): DeviceRecord {
  return {
    fingerprint: fingerprint(publicKey),
    publicKeyPem: publicKeyToPem(publicKey),
    staffId,
    deviceLabel,
    platform,
    status: 'active',
    enrolledAt: now.toISOString(),
    revokedAt: null,
    revokeReason: null,
    offboardedAt: null,
    lastSequence: 0,
    lastAttestation: null,
    seenEnvelopeDigests: [],
  }
}
