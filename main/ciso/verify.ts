/**
 * The CISO's verification pipeline for device-posture attestations (docs/ciso.md, "Verification").
 *
 * One file goes through fixed steps, and the first failing step names the rejection code:
 *   read (size cap) + strict parse, 1-4 signatures ............. MALFORMED
 *   exactly one enrolled key named by the file signed it ....... UNKNOWN_KEY / BAD_SIGNATURE /
 *                                                                AMBIGUOUS_SIGNER
 *   payloadType, _type, predicateType .......................... WRONG_TYPE (then schema: MALFORMED)
 *   exactly one subject = the verifying key's fingerprint ...... SUBJECT_MISMATCH
 *   (same signed bytes already recorded ........................ ALREADY_RECORDED, not an error)
 *   key still active ........................................... REVOKED_KEY (revoked or offboarded)
 *   staff id = the roster owner of the key ..................... IDENTITY_MISMATCH
 *   nonce issued to this staff id and purpose, then unused ..... NONCE_UNKNOWN / NONCE_REUSED
 *   collectedAt <= now + 5 min; expiresAt > now; age <= 30 d ... FUTURE_DATED / EXPIRED
 *   request: collectedAt >= issuedAt - 5 min ................... BEFORE_REQUEST
 *   request: collectedAt <= notAfter, now <= notAfter + 72 h ... REQUEST_WINDOW_CLOSED
 *   sequence above the last accepted one ....................... REPLAY
 *   policy digest issued by the CISO and still accepted ........ POLICY_UNKNOWN
 * then the posture is judged against the *issued* policy's required checks (never the file's own
 * claim): pass only if every required check passed.
 *
 * Signatures (docs/ciso.md, "Signatures"): the candidate keys are the enrolled keys the file names,
 * the one its subject names (the subject digest is the device key's fingerprint) and those its
 * keyids name; every signature is checked against every candidate, so at most 4 x 5 Ed25519
 * checks are made per file whatever the roster size, and the outcome depends only on which
 * candidates signed, never on the order of the signatures. A keyid can add a candidate, never
 * cause a rejection by itself.
 *
 * After a batch, onboarding requests answered by more than one device key are flagged
 * (CONTESTED_REQUEST): someone else may have intercepted the request and answered it first.
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
  type PracticesJudgement,
  type Roster,
  type VerifyRow,
  type VerifyRowCode,
} from '../../shared/roster-types'
import { sha256Hex } from '../util/digest'
import { decodeBase64, findSigners, pae, parseEnvelopeJson, type Envelope } from '../attestation/dsse'
import { AttestationError } from '../attestation/errors'
import { ATTESTATION_VALIDITY_DAYS, embeddedPublicKey, parseStatement } from '../attestation/formats'
import { fingerprint, publicKeyToPem } from '../attestation/keys'
import { ed25519SpkiFromPem } from './pem'
import type { Msg } from '../../shared/i18n/msg'
import { ciMsg, said } from './words'

/** Largest attestation file read (an attestation is a few KB; this leaves ample room). */
export const MAX_ATTESTATION_BYTES = 1024 * 1024
/** How far in the future (by the CISO's clock) collectedAt may be: allows for skewed laptop clocks. */
export const FUTURE_SKEW_MS = 5 * 60 * 1000
/** How far before a request's issue time collectedAt may be (laptop clock skew): the same 5 minutes. */
export const BEFORE_REQUEST_SKEW_MS = FUTURE_SKEW_MS
/**
 * How long after a request's notAfter (by the CISO's clock) an answer is still accepted: time for a
 * file made just before the deadline to travel by email, USB or chat and be verified.
 */
export const REQUEST_TRANSIT_MS = 72 * 3_600_000
/** Most signatures a posture attestation may carry (Preflight writes one). */
export const MAX_POSTURE_SIGNATURES = 4
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
  /**
   * Unverified hint: the fingerprint the statement's subject names (lowercase hex), used only to pick
   * the enrolled key to check the signatures against. Absent when the payload does not name one.
   */
  readonly subjectHint?: string
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
    const hints = payloadHints(envelope)
    return {
      file,
      bytes,
      envelope,
      parseError: null,
      sortKey: hints.sortKey,
      ...(hints.subject !== null ? { subjectHint: hints.subject } : {}),
    }
  } catch (err) {
    if (err instanceof AttestationError)
      return { file, bytes, envelope: null, parseError: err, sortKey: null }
    throw err
  }
}

/** Unverified hints from a payload: the batch sort key and the subject's fingerprint. */
function payloadHints(env: Envelope): { sortKey: PreparedFile['sortKey']; subject: string | null } {
  let sortKey: PreparedFile['sortKey'] = null
  let subject: string | null = null
  try {
    const p = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as {
      subject?: unknown
      predicate?: { collectedAt?: unknown; sequence?: unknown }
    }
    const c = p.predicate?.collectedAt
    const s = p.predicate?.sequence
    if (typeof c === 'string' && typeof s === 'number') sortKey = { collectedAt: c, sequence: s }
    const first: unknown = Array.isArray(p.subject) ? p.subject[0] : undefined
    const digest = (first as { digest?: { sha256?: unknown } } | undefined)?.digest?.sha256
    if (typeof digest === 'string' && /^[0-9a-fA-F]{64}$/.test(digest)) subject = digest.toLowerCase()
  } catch {
    // unverified hints only: an unreadable payload sorts last and fails verification later
  }
  return { sortKey, subject }
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
 * The practices of a statement judged against the required practices the issued policy lists for
 * the attestation's purpose (never the file's levels or practicesResult). A required practice is met
 * when measured as found or confirmed by the staffer; one missing from the file, not confirmed or not
 * measurable counts as unmet (incomplete), one measured as not found and not declared makes it fail.
 * A measurement replayed from a transcript is never evidence that an app was found. null when the
 * policy was issued before practices were recorded (nothing to judge against).
 */
export function judgePractices(
  statement: PostureStatement,
  policy: IssuedPolicy | undefined,
): PracticesJudgement | null {
  const required = policy?.requiredPractices?.[statement.predicate.purpose]
  if (required === undefined) return null
  const byId = new Map((statement.predicate.practices ?? []).map((a) => [a.id, a]))
  const unmet: string[] = []
  let anyFail = false
  for (const id of required) {
    const a = byId.get(id)
    const result =
      a === undefined
        ? 'missing'
        : statement.predicate.replayed && a.evidence === 'measured' && a.result === 'found'
          ? 'unknown'
          : a.result
    if (result === 'found' || result === 'confirmed') continue
    unmet.push(id)
    if (result === 'not-found') anyFail = true
  }
  return { result: anyFail ? 'fail' : unmet.length > 0 ? 'incomplete' : 'pass', unmet }
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
 * Which of `candidates` signed the envelope (the shared check in main/attestation/dsse.ts, with
 * fingerprints known, so no key is re-exported per file). An empty list when none did.
 */
export function signersOf(
  env: Envelope,
  candidates: readonly KnownKey[],
): { signers: readonly KnownKey[]; payload: Buffer | null } {
  const found = findSigners(
    env,
    candidates.map((c) => ({ key: c.key, keyid: c.fp })),
  )
  if (found === null) return { signers: [], payload: null }
  return { signers: found.signers.map((s) => ({ key: s.key, fp: s.keyid })), payload: found.payload }
}

/** A reason of the verifier (shared/i18n/en/main-verify.ts): key checked against English. */
const vmsg = ciMsg

/** A purpose as words (English: the purpose itself, so the English text is unchanged). */
function purposeMsg(purpose: string): Msg | string {
  return purpose === 'onboarding' || purpose === 'periodic' || purpose === 'offboarding'
    ? vmsg(`main.purpose.${purpose}`)
    : purpose
}

/** The first 16 hex digits of a fingerprint, grouped as people read them. */
function shortFp(fp: string): string {
  return fp.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ')
}

/** The onboarding request a verified statement answers, for VerifyOutcome.onboardingAnswer. */
function answerOf(
  statement: PostureStatement,
  fp: string,
): { onboardingAnswer?: { nonce: string; fingerprint: string } } {
  const p = statement.predicate
  return p.purpose === 'onboarding' && p.request !== null
    ? { onboardingAnswer: { nonce: p.request.nonce, fingerprint: fp } }
    : {}
}

/** Result of verifying one file inside a session. */
export interface VerifyOutcome {
  readonly row: VerifyRow
  /** The parsed statement when the signature verified (for enroll/offboard), else null. */
  readonly statement: PostureStatement | null
  /**
   * An onboarding request this file answers, with the key that signed it (enrolled, or a new key
   * that signed its own onboarding statement): for spotting a request answered by two keys.
   */
  readonly onboardingAnswer?: { readonly nonce: string; readonly fingerprint: string }
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
          ...said(vmsg('main.verify.internal', { error: err instanceof Error ? err.message : String(err) })),
        },
        statement: null,
      }
    }
  }

  private verifyUnchecked(prepared: PreparedFile, enroll?: EnrollCandidate): VerifyOutcome {
    const file = prepared.file
    // A reason is a message (its English is the row's message), or an English string from another
    // layer (an AttestationError's message), which then has no `text`.
    const reject = (
      code: VerifyRowCode,
      reason: Msg | string,
      extra: Partial<VerifyRow> = {},
    ): VerifyOutcome => ({
      row: { file, code, ...(typeof reason === 'string' ? { message: reason } : said(reason)), ...extra },
      statement: null,
    })
    if (prepared.bytes === null)
      return reject(
        'MALFORMED',
        prepared.readError === undefined
          ? vmsg('main.verify.readFailedUnknown')
          : vmsg('main.verify.readFailed', { error: prepared.readError }),
      )
    if (prepared.parseError) return reject(prepared.parseError.code, prepared.parseError.message)
    const env = prepared.envelope
    if (!env) return reject('MALFORMED', vmsg('main.verify.notEnvelope'))

    // Signatures: checked against the enrolled keys the file names (its subject, its keyids) and,
    // when enrolling, the new key. At most MAX_POSTURE_SIGNATURES x (1 + MAX_POSTURE_SIGNATURES)
    // Ed25519 checks, whatever the size of the roster.
    if (env.signatures.length === 0) return reject('MALFORMED', vmsg('main.verify.noSignature'))
    if (env.signatures.length > MAX_POSTURE_SIGNATURES)
      return reject(
        'MALFORMED',
        vmsg('main.verify.tooManySignatures', {
          count: env.signatures.length,
          max: MAX_POSTURE_SIGNATURES,
        }),
      )
    const named = new Set<string>()
    if (prepared.subjectHint !== undefined) named.add(prepared.subjectHint)
    for (const sig of env.signatures) {
      const id = typeof sig.keyid === 'string' ? sig.keyid.toLowerCase() : ''
      if (/^[0-9a-f]{64}$/.test(id)) named.add(id)
    }
    const candidates: KnownKey[] = []
    if (enroll) candidates.push({ key: enroll.publicKey, fp: fingerprint(enroll.publicKey) })
    for (const fp of named) {
      const k = this.keyOf(fp)
      if (k !== null && !candidates.some((c) => c.fp === k.fp)) candidates.push(k)
    }
    const { signers, payload } = signersOf(env, candidates)
    if (signers.length > 1) {
      return reject(
        'AMBIGUOUS_SIGNER',
        vmsg('main.verify.ambiguousSigner', {
          count: signers.length,
          keys: signers
            .map((k) => shortFp(k.fp))
            .sort()
            .join(', '),
        }),
      )
    }
    const signer = signers[0]
    if (signer === undefined || payload === null) {
      if (enroll) return reject('BAD_SIGNATURE', vmsg('main.verify.badSignature.carried'))
      if (prepared.subjectHint !== undefined && this.keyOf(prepared.subjectHint) !== null)
        return reject('BAD_SIGNATURE', vmsg('main.verify.badSignature.altered'))
      return this.unknownKey(prepared, env)
    }
    const verified = { fp: signer.fp, payload }
    // The fingerprint of the key that verified, as we computed it (never the file's keyid hint).
    const fp = verified.fp
    if (env.payloadType !== PAYLOAD_TYPES.attestation) {
      return reject(
        'WRONG_TYPE',
        vmsg('main.verify.wrongType', { payloadType: JSON.stringify(env.payloadType) }),
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
    const rejectWith = (code: VerifyRowCode, m: Msg) => reject(code, m, info)
    const subjects = statement.subject as readonly { digest: { sha256: string } }[]
    if (subjects.length !== 1 || subjects[0]?.digest.sha256 !== fp) {
      return rejectWith('SUBJECT_MISMATCH', vmsg('main.verify.subjectMismatch'))
    }
    const envelopeDigest = sha256Hex(pae(env.payloadType, verified.payload))
    const device = this.devices.get(fp)
    if (!device) return rejectWith('UNKNOWN_KEY', vmsg('main.verify.notEnrolled'))

    const policy = this.policiesByDigest.get(p.policy.digest.sha256)
    if (device.seen.has(envelopeDigest)) {
      const posture = judgePosture(
        statement,
        policy ? requiredChecksFor(policy, device.platform, p.device.platform) : [],
      )
      const practices = judgePractices(statement, policy)
      return {
        row: {
          file,
          code: 'ALREADY_RECORDED',
          ...said(
            vmsg(
              device.status === 'active'
                ? 'main.verify.alreadyRecorded.unchanged'
                : `main.verify.alreadyRecorded.${device.status}`,
            ),
          ),
          ...info,
          result: posture.result,
          failingChecks: posture.failingChecks,
          unsolicited: p.request === null,
          ...(practices !== null ? { practices } : {}),
        },
        statement,
        ...answerOf(statement, fp),
      }
    }
    if (device.status !== 'active') {
      const when = device.status === 'revoked' ? device.revokedAt : device.offboardedAt
      return rejectWith(
        'REVOKED_KEY',
        device.revokeReason
          ? vmsg(`main.verify.revokedKey.${device.status}WithReason`, {
              when: when ?? '?',
              reason: device.revokeReason,
            })
          : vmsg(`main.verify.revokedKey.${device.status}`, { when: when ?? '?' }),
      )
    }
    if (!sameStaffId(p.staff.id, device.staffId)) {
      return rejectWith(
        'IDENTITY_MISMATCH',
        vmsg('main.verify.identityMismatch', { claimed: p.staff.id, enrolled: device.staffId }),
      )
    }

    let request: Mutable<IssuedRequest> | null = null
    if (p.request === null) {
      if (p.purpose !== 'periodic') {
        return rejectWith(
          'NONCE_UNKNOWN',
          vmsg('main.verify.nonce.missing', { purpose: purposeMsg(p.purpose) }),
        )
      }
    } else {
      const r = this.requestsByNonce.get(p.request.nonce)
      if (!r) return rejectWith('NONCE_UNKNOWN', vmsg('main.verify.nonce.unknown'))
      if (!sameStaffId(r.staffId, device.staffId))
        return rejectWith(
          'NONCE_UNKNOWN',
          vmsg('main.verify.nonce.otherStaff', { requested: r.staffId, enrolled: device.staffId }),
        )
      if (r.purpose !== p.purpose)
        return rejectWith(
          'NONCE_UNKNOWN',
          vmsg('main.verify.nonce.otherPurpose', {
            requested: purposeMsg(r.purpose),
            purpose: purposeMsg(p.purpose),
          }),
        )
      if (r.requestId !== p.request.requestId || r.digest !== p.request.digest.sha256)
        return rejectWith('NONCE_UNKNOWN', vmsg('main.verify.nonce.mismatch'))
      if (r.used)
        return rejectWith(
          'NONCE_REUSED',
          r.usedBy
            ? vmsg('main.verify.nonce.reusedAt', { id: r.requestId, at: r.usedBy.at })
            : vmsg('main.verify.nonce.reused', { id: r.requestId }),
        )
      request = r
    }

    const collected = Date.parse(p.collectedAt)
    const now = this.now.getTime()
    if (collected > now + FUTURE_SKEW_MS)
      return rejectWith('FUTURE_DATED', vmsg('main.verify.futureDated', { collectedAt: p.collectedAt }))
    if (Date.parse(p.expiresAt) <= now)
      return rejectWith('EXPIRED', vmsg('main.verify.expired', { expiresAt: p.expiresAt }))
    // expiresAt is chosen by the device; the CISO's own bound on age keeps a far-future expiry honest.
    if (now - collected > MAX_AGE_MS)
      return rejectWith(
        'EXPIRED',
        vmsg('main.verify.tooOld', { collectedAt: p.collectedAt, days: ATTESTATION_VALIDITY_DAYS }),
      )
    if (request) {
      const issuedAt = Date.parse(request.issuedAt)
      const notAfter = Date.parse(request.notAfter)
      if (collected < issuedAt - BEFORE_REQUEST_SKEW_MS)
        return rejectWith(
          'BEFORE_REQUEST',
          vmsg('main.verify.beforeRequest', { collectedAt: p.collectedAt, issuedAt: request.issuedAt }),
        )
      if (collected > notAfter)
        return rejectWith(
          'REQUEST_WINDOW_CLOSED',
          vmsg('main.verify.windowClosed.late', { id: request.requestId, notAfter: request.notAfter }),
        )
      if (now > notAfter + REQUEST_TRANSIT_MS)
        return rejectWith(
          'REQUEST_WINDOW_CLOSED',
          vmsg('main.verify.windowClosed.transit', {
            id: request.requestId,
            notAfter: request.notAfter,
            hours: REQUEST_TRANSIT_MS / 3_600_000,
            now: this.now.toISOString(),
          }),
        )
    }

    if (p.sequence <= device.lastSequence)
      return rejectWith(
        'REPLAY',
        vmsg('main.verify.replay', { sequence: p.sequence, last: device.lastSequence }),
      )

    if (!policy)
      return rejectWith(
        'POLICY_UNKNOWN',
        vmsg('main.verify.policy.unknown', {
          id: p.policy.id,
          version: p.policy.version,
          digest: p.policy.digest.sha256.slice(0, 12),
        }),
      )
    if (!policy.accepted)
      return rejectWith(
        'POLICY_UNKNOWN',
        vmsg('main.verify.policy.notAccepted', { id: policy.id, version: policy.version }),
      )
    if (policy.id !== p.policy.id || policy.version !== p.policy.version)
      return rejectWith('POLICY_UNKNOWN', vmsg('main.verify.policy.mismatch'))
    if (request && request.policyDigest !== policy.digest)
      return rejectWith('POLICY_UNKNOWN', vmsg('main.verify.policy.otherThanRequest'))

    const posture = judgePosture(statement, requiredChecksFor(policy, device.platform, p.device.platform))
    const practices = judgePractices(statement, policy)
    const judged = practices !== null ? { practices } : {}
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
      ...judged,
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
      ...judged,
    })
    this.changed = true
    const notes: Msg[] = []
    if (p.request === null) notes.push(vmsg('main.verify.note.unsolicited'))
    if (p.replayed) notes.push(vmsg('main.verify.note.replayed'))
    if (p.purpose === 'onboarding' && !enroll)
      notes.push(
        vmsg('main.verify.note.alreadyEnrolled', {
          label: device.deviceLabel,
          enrolledAt: device.enrolledAt,
        }),
      )
    if (p.device.label !== device.deviceLabel)
      notes.push(vmsg('main.verify.note.label', { label: p.device.label }))
    if (p.device.hostKind !== 'physical-or-unknown')
      notes.push(vmsg('main.verify.note.hostKind', { kind: p.device.hostKind }))
    if (WEAK_KEY_PROTECTION.has(p.producer.keyProtection))
      notes.push(vmsg('main.verify.note.weakKey', { protection: p.producer.keyProtection }))
    return {
      row: {
        file,
        code: 'ACCEPTED',
        ...said(
          notes.length === 0
            ? vmsg('main.verify.accepted')
            : vmsg('main.verify.acceptedWithNotes', { notes: { items: notes, join: 'semicolons' } }),
        ),
        ...info,
        result: posture.result,
        failingChecks: posture.failingChecks,
        unsolicited: p.request === null,
        ...judged,
      },
      statement,
      ...answerOf(statement, fp),
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
        ...said(vmsg('main.verify.unknownKey')),
      },
      statement: null,
    }
    if (env.payloadType !== PAYLOAD_TYPES.attestation) return plain
    try {
      const claimed = parseStatement(decodeBase64(env.payload))
      const key = embeddedPublicKey(claimed)
      if (key === null) return plain
      const fp = fingerprint(key)
      if (signersOf(env, [{ key, fp }]).signers.length === 0) return plain
      const p = claimed.predicate
      const info = {
        staffId: p.staff.id,
        deviceLabel: p.device.label,
        fingerprint: fp,
        purpose: p.purpose,
        collectedAt: p.collectedAt,
        sequence: p.sequence,
      }
      if (p.purpose !== 'onboarding')
        return {
          row: {
            file: prepared.file,
            code: 'UNKNOWN_KEY',
            ...said(vmsg('main.verify.unknownKey.notEnrollable', { purpose: purposeMsg(p.purpose) })),
            ...info,
            enrollable: false,
          },
          statement: null,
        }
      const answer =
        p.request !== null ? { onboardingAnswer: { nonce: p.request.nonce, fingerprint: fp } } : {}
      // The request this file answers was already answered by another key that is now enrolled:
      // whoever answered first may have intercepted the request.
      const r = p.request !== null ? this.requestsByNonce.get(p.request.nonce) : undefined
      const other =
        r?.used && r.usedBy && r.usedBy.fingerprint !== fp
          ? this.devices.get(r.usedBy.fingerprint)
          : undefined
      if (r && other) {
        return {
          row: {
            file: prepared.file,
            code: 'CONTESTED_REQUEST',
            ...said(
              vmsg('main.verify.contested.answered', {
                requestId: r.requestId,
                otherFingerprint: shortFp(other.fingerprint),
                otherLabel: other.deviceLabel,
                otherStaff: other.staffId,
                enrolledAt: other.enrolledAt,
                staffId: p.staff.id,
                fingerprint: shortFp(fp),
                revokeCommand: `preflight ciso revoke ${other.fingerprint.slice(0, 16)}`,
              }),
            ),
            ...info,
            enrollable: false,
          },
          statement: null,
          ...answer,
        }
      }
      return {
        row: {
          file: prepared.file,
          code: 'UNKNOWN_KEY',
          ...said(vmsg('main.verify.unknownKey.newKey')),
          ...info,
          enrollable: true,
        },
        statement: null,
        ...answer,
      }
    } catch {
      return plain
    }
  }

  /**
   * Verify a batch in order, then flag onboarding requests answered by more than one device key:
   * every new key's file for such a request becomes CONTESTED_REQUEST (not enrollable), and the
   * other answers get a warning. Enrolling "whichever came first" is exactly what an interceptor
   * hopes for.
   */
  verifyAll(
    prepared: readonly PreparedFile[],
    onProgress?: (done: number, total: number, outcome: VerifyOutcome) => void,
  ): VerifyOutcome[] {
    const outcomes = prepared.map((p, i) => {
      const o = this.verify(p)
      onProgress?.(i + 1, prepared.length, o)
      return o
    })
    return flagContestedRequests(outcomes)
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

/**
 * Onboarding requests answered by two or more different device keys in one batch: the new keys'
 * rows become CONTESTED_REQUEST (never enrollable), the others keep their code with a warning.
 */
export function flagContestedRequests(outcomes: readonly VerifyOutcome[]): VerifyOutcome[] {
  const byNonce = new Map<string, Set<string>>()
  for (const o of outcomes) {
    const a = o.onboardingAnswer
    if (!a) continue
    const keys = byNonce.get(a.nonce) ?? new Set<string>()
    keys.add(a.fingerprint)
    byNonce.set(a.nonce, keys)
  }
  return outcomes.map((o) => {
    const a = o.onboardingAnswer
    const keys = a ? byNonce.get(a.nonce) : undefined
    if (!a || !keys || keys.size < 2) return o
    const others = [...keys]
      .filter((k) => k !== a.fingerprint)
      .map(shortFp)
      .sort()
      .join(', ')
    const warning = vmsg('main.verify.contested.multiple', {
      count: keys.size,
      fingerprint: shortFp(a.fingerprint),
      others,
    })
    // The row's reason with the warning appended; a row without a message (another layer's English)
    // keeps its English, with no message.
    const withWarning = (key: 'main.verify.withWarning' | 'main.verify.withWarningSentence') => {
      if (o.row.text === undefined) {
        const sep = key === 'main.verify.withWarning' ? '; ' : '. '
        return { message: `${o.row.message}${sep}${said(warning).message}` }
      }
      return said(vmsg(key, { reason: o.row.text, warning }))
    }
    if (o.row.code === 'UNKNOWN_KEY' || o.row.code === 'CONTESTED_REQUEST')
      return {
        ...o,
        row: {
          ...o.row,
          code: 'CONTESTED_REQUEST',
          ...(o.row.code === 'CONTESTED_REQUEST'
            ? withWarning('main.verify.withWarningSentence')
            : said(warning)),
          enrollable: false,
        },
      }
    return { ...o, row: { ...o.row, ...withWarning('main.verify.withWarning') } }
  })
}
