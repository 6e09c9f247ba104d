/**
 * The three signed payloads and their strict schemas (specification with examples:
 * docs/attestation.md):
 * 1. the posture attestation, an in-toto Statement v1 signed by the device key;
 * 2. the policy, `{policyId, version, issuedAt, policy}` signed by the CISO;
 * 3. the request, `{requestId, staffId, purpose, nonce, issuedAt, notAfter, policy, cisoFingerprint}`
 *    signed by the CISO, where `policy` is the CISO-signed policy *envelope* embedded as is, so the
 *    policy keeps its own signature and digest (sha256 of its payload bytes) wherever it travels.
 *
 * Payload bytes are parsed with the strict JSON parser (duplicate keys rejected) and then validated.
 * Unknown fields are ignored in the Statement and its predicate (in-toto's rule, safe because every
 * verdict is "deny unless pass"), but rejected in policies and requests, where a misspelt field must
 * never silently weaken a requirement.
 */
import { createPublicKey, randomBytes, type KeyObject } from 'node:crypto'
import { z } from 'zod'
import {
  PAYLOAD_TYPES,
  PREDICATE_TYPE,
  PURPOSES,
  STATEMENT_TYPE,
  SUBJECT_NAME_PREFIX,
  KEY_PROTECTIONS,
  type AttestedDeviceProfile,
  type DevicePosturePredicate,
  type KeyProtection,
  type OffboardingAnswer,
  type PostureStatement,
  type Purpose,
  DEVICE_LABEL_HINT,
  DEVICE_LABEL_PATTERN,
  STAFF_ID_HINT,
  STAFF_ID_PATTERN,
} from '../../shared/attestation-types'
import { CHECK_IDS, overallStatus, PLATFORMS, type Report } from '../../shared/check-types'
import { CHASSIS_KINDS, FIRMWARE_KINDS, HOST_KIND_CHECKS } from '../../shared/device-profile'
import { mergePolicy, policyFileSchema, type Policy, type PolicyFile } from '../../shared/policy'
import {
  PRACTICE_EVIDENCE,
  PRACTICE_ID_PATTERN,
  PRACTICE_LEVELS,
  PRACTICE_RESULTS,
  PRACTICES_RESULTS,
  practicesResultOf,
  type AttestedPractice,
} from '../../shared/practices'
import { sha256Hex } from '../util/digest'
import { decodeBase64, parseEnvelopeJson, serializeEnvelope, type Envelope } from './dsse'
import { AttestationError } from './errors'
import { fingerprint, publicKeyDerBase64 } from './keys'
import { parseStrictJson } from './strict-json'

// ---------------------------------------------------------------------------------------------
// Shared field schemas

/** RFC 3339 timestamp in UTC ("Z"), as in-toto recommends; checked to be a real date. */
export const utcTimestamp = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/,
    'must be an RFC 3339 UTC time like 2026-11-22T01:25:58Z',
  )
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real date')

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')

/** Staff ids are assigned by the CISO, e.g. "alice@campaign.example"; safe inside file names. */
export const staffIdSchema = z.string().regex(STAFF_ID_PATTERN, STAFF_ID_HINT)

/** Device labels are chosen by the staffer, e.g. "alice-laptop"; safe inside file names. */
export const deviceLabelSchema = z.string().regex(DEVICE_LABEL_PATTERN, DEVICE_LABEL_HINT)

/** 32 random bytes, base64url without padding. */
export const nonceSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'must be 32 bytes in base64url (43 characters)')

export const requestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'use 8-64 letters, digits, - or _')

const purposeSchema = z.enum(PURPOSES)

/** A DSSE envelope embedded in another payload (the policy inside a request). */
export const envelopeSchema = z.object({
  payloadType: z.string(),
  payload: z.string(),
  signatures: z
    .array(z.object({ keyid: z.string().optional(), sig: z.string() }))
    .min(1)
    .max(16),
})

function issuesToMessage(what: string, error: z.ZodError): string {
  const problems = error.issues.map(
    (i) => `${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`,
  )
  return `${what}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`
}

function parseObject(bytes: Uint8Array | string, what: string): Record<string, unknown> {
  const data = parseStrictJson(bytes, { what })
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AttestationError('MALFORMED', `${what} must be a JSON object`)
  }
  return data as Record<string, unknown>
}

/** The bytes we sign for a payload object: pretty JSON so `base64 -d` output is readable. */
export function encodePayload(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8')
}

/** Identifies exactly what was signed (policy digest, request digest): sha256 of the payload bytes. */
export function payloadDigest(payload: Uint8Array): string {
  return sha256Hex(payload)
}

/** sha256 of an envelope's (decoded) payload, e.g. to identify the policy inside a request. */
export function envelopePayloadDigest(env: Envelope): string {
  return payloadDigest(decodeBase64(env.payload))
}

// ---------------------------------------------------------------------------------------------
// 1. Attestation (in-toto Statement v1 with the device-posture predicate)

/** Size limits of evidence strings; the builder shortens longer ones so that they never block signing. */
const LIMITS = { text: 2000, observed: 100, reason: 4000, osField: 200, arch: 64, profileText: 100 } as const

/** Shorten to at most `max` UTF-16 units, marking the cut with "…". */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** The device profile (optional: files made before it existed have none). */
const attestedProfileSchema = z.object({
  status: z.enum(['ok', 'timeout', 'error']),
  manufacturer: z.string().max(LIMITS.profileText).nullable(),
  model: z.string().max(LIMITS.profileText).nullable(),
  chassis: z.enum(CHASSIS_KINDS).nullable(),
  virtual: z.boolean().nullable(),
  virtualHost: z.string().max(LIMITS.profileText).nullable(),
  firmware: z.enum(FIRMWARE_KINDS).nullable(),
  hostKindCheck: z.enum(HOST_KIND_CHECKS),
})

const attestedCheckSchema = z.object({
  id: z.enum(CHECK_IDS),
  status: z.enum(['pass', 'fail', 'unknown', 'not-applicable']),
  level: z.enum(['required', 'recommended', 'off']),
  summary: z.string().max(LIMITS.text),
  observed: z.array(z.string().max(LIMITS.text)).max(LIMITS.observed),
  requirement: z.string().max(LIMITS.text),
  reason: z.string().max(LIMITS.reason).optional(),
})

/** Most practices one attestation lists (a policy holds at most 100). */
const MAX_PRACTICES = 100

const attestedPracticeSchema = z
  .object({
    id: z.string().regex(PRACTICE_ID_PATTERN),
    level: z.enum(PRACTICE_LEVELS),
    evidence: z.enum(PRACTICE_EVIDENCE),
    result: z.enum(PRACTICE_RESULTS),
    measured: z.enum(['not-found', 'unknown']).optional(),
  })
  .refine(
    (p) =>
      p.evidence === 'measured'
        ? ['found', 'not-found', 'unknown'].includes(p.result) && p.measured === undefined
        : ['confirmed', 'not-confirmed'].includes(p.result) &&
          (p.measured === undefined || p.result === 'confirmed'),
    'a measured practice is found, not-found or unknown; a declared one confirmed or not-confirmed (with "measured" only when confirmed)',
  )

export const devicePosturePredicateSchema = z.object({
  purpose: purposeSchema,
  staff: z.object({ id: staffIdSchema }),
  device: z.object({
    label: deviceLabelSchema,
    platform: z.enum(PLATFORMS),
    osName: z.string().max(LIMITS.osField).nullable(),
    osVersion: z.string().max(LIMITS.osField).nullable(),
    osBuild: z.string().max(LIMITS.osField).nullable(),
    arch: z.string().max(LIMITS.arch),
    hostKind: z.enum(['physical-or-unknown', 'vm', 'container', 'wsl']),
    publicKey: z
      .string()
      .regex(/^[A-Za-z0-9+/]{1,200}={0,2}$/, 'must be base64 of the SPKI DER')
      .optional(),
    profile: attestedProfileSchema.optional(),
  }),
  policy: z.object({
    id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    version: z.number().int().min(1),
    digest: z.object({ sha256: sha256HexSchema }),
  }),
  request: z
    .object({ requestId: requestIdSchema, nonce: nonceSchema, digest: z.object({ sha256: sha256HexSchema }) })
    .nullable(),
  collectedAt: utcTimestamp,
  expiresAt: utcTimestamp,
  sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  checks: z
    .array(attestedCheckSchema)
    .max(CHECK_IDS.length)
    .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'a check appears twice'),
  offboarding: z
    .object({
      checklist: z
        .array(
          z.object({
            id: z.string().regex(/^[a-z0-9-]{1,64}$/),
            text: z.string().max(500),
            confirmed: z.boolean(),
          }),
        )
        .max(50),
    })
    .optional(),
  result: z.enum(['pass', 'fail', 'unknown']),
  practices: z
    .array(attestedPracticeSchema)
    .max(MAX_PRACTICES)
    .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, 'a practice appears twice')
    .optional(),
  practicesResult: z.enum(PRACTICES_RESULTS).optional(),
  replayed: z.boolean(),
  producer: z.object({
    name: z.string().max(100),
    version: z.string().max(100),
    keyProtection: z.enum(KEY_PROTECTIONS),
  }),
})

const statementSchema = z.object({
  _type: z.literal(STATEMENT_TYPE),
  subject: z
    .array(z.object({ name: z.string(), digest: z.object({ sha256: sha256HexSchema }) }))
    .length(1, 'exactly one subject (the device key) is expected'),
  predicateType: z.literal(PREDICATE_TYPE),
  predicate: devicePosturePredicateSchema,
})

/**
 * Home-folder paths in check evidence ("/home/sam/.config/kscreenlockerrc") reveal the account name.
 * An attestation names the staffer only by the CISO-assigned staff id, so such prefixes become "~".
 */
export function redactHomePaths(text: string): string {
  return (
    text
      .replace(/(?<![\w.~-])(?:\/var)?\/home\/[^/\s"'`]+(?=$|[/\s"'`,;)])/g, '~')
      .replace(/(?<![\w.~-])\/Users\/[^/\s"'`]+(?=$|[/\s"'`,;)])/g, '~')
      // Windows account folders may contain spaces ("C:\\Users\\Alice Smith\\…"): redact up to the next separator.
      .replace(/(?<![\w.~-])[A-Za-z]:[\\/]Users[\\/][^\\/"'`,;)]+(?=$|[\\/"'`,;)])/gi, '~')
  )
}

/** The device profile as signed for this report, or null when the run collected none. */
export function attestedDeviceProfile(report: Report): AttestedDeviceProfile | null {
  return attestedProfile(report).profile ?? null
}

/** The device profile to sign, when the run collected one (never for old or replayed-old reports). */
function attestedProfile(report: Report): { profile?: AttestedDeviceProfile } {
  const p = report.deviceProfile
  if (p === undefined || p.status === 'not-collected') return {}
  const text = (v: string | null) => (v === null ? null : clip(v, LIMITS.profileText))
  return {
    profile: {
      status: p.status,
      manufacturer: text(p.manufacturer),
      model: text(p.model),
      chassis: p.chassis,
      virtual: p.virtual,
      virtualHost: text(p.virtualHost),
      firmware: p.firmware,
      hostKindCheck: p.hostKindCheck,
    },
  }
}

/** Default lifetime of an attestation: the CISO treats it as stale afterwards. */
export const ATTESTATION_VALIDITY_DAYS = 30

export interface BuildAttestationOptions {
  readonly purpose: Purpose
  readonly staffId: string
  readonly deviceLabel: string
  /** The device's public (or private) key: the subject digest is its fingerprint. */
  readonly deviceKey: KeyObject
  readonly keyProtection: KeyProtection
  /** The policy the report was judged against; digest = sha256 of the signed policy payload. */
  readonly policy: { readonly id: string; readonly version: number; readonly digestSha256: string }
  readonly request: {
    readonly requestId: string
    readonly nonce: string
    readonly digestSha256: string
  } | null
  readonly sequence: number
  /** Offboarding only: the answers to the policy's checklist. */
  readonly checklist?: readonly OffboardingAnswer[]
  /** The answers to the purpose's practices (main/practices/answers.ts); with them, practicesResult. */
  readonly practices?: readonly AttestedPractice[]
  /** Defaults to collectedAt + ATTESTATION_VALIDITY_DAYS. */
  readonly expiresAt?: Date
}

/**
 * Build the Statement for a report. Throws AttestationError MALFORMED when the options are not
 * consistent (e.g. an offboarding attestation without its checklist, a report judged against
 * another policy) so that nothing inconsistent is ever signed.
 */
export function buildAttestation(report: Report, opts: BuildAttestationOptions): PostureStatement {
  if (report.policy.id !== opts.policy.id || report.policy.version !== opts.policy.version) {
    throw new AttestationError(
      'MALFORMED',
      `the report was judged against policy ${report.policy.id} v${report.policy.version}, not ${opts.policy.id} v${opts.policy.version}`,
    )
  }
  if ((opts.purpose === 'offboarding') !== (opts.checklist !== undefined)) {
    throw new AttestationError(
      'MALFORMED',
      'an offboarding checklist goes with, and only with, purpose "offboarding"',
    )
  }
  const collectedAt = new Date(report.collectedAt)
  const expiresAt = opts.expiresAt ?? new Date(collectedAt.getTime() + ATTESTATION_VALIDITY_DAYS * 86_400_000)
  const checks = report.checks.map((c) => ({
    id: c.id,
    status: c.status,
    level: c.level,
    summary: clip(redactHomePaths(c.summary), LIMITS.text),
    observed: c.observed.slice(0, LIMITS.observed).map((o) => clip(redactHomePaths(o), LIMITS.text)),
    requirement: clip(redactHomePaths(c.requirement), LIMITS.text),
    ...(c.reason !== undefined ? { reason: clip(redactHomePaths(c.reason), LIMITS.reason) } : {}),
  }))
  const predicate: DevicePosturePredicate = {
    purpose: opts.purpose,
    staff: { id: opts.staffId },
    device: {
      label: opts.deviceLabel,
      platform: report.platform,
      osName: report.os ? clip(report.os.name, LIMITS.osField) : null,
      osVersion: report.os ? clip(report.os.version, LIMITS.osField) : null,
      osBuild: report.os ? clip(report.os.build, LIMITS.osField) : null,
      arch: clip(report.arch, LIMITS.arch),
      hostKind: report.hostKind,
      // Onboarding carries the public key for enrolment; later files are verified with the roster's.
      ...(opts.purpose === 'onboarding' ? { publicKey: publicKeyDerBase64(opts.deviceKey) } : {}),
      ...attestedProfile(report),
    },
    policy: {
      id: opts.policy.id,
      version: opts.policy.version,
      digest: { sha256: opts.policy.digestSha256 },
    },
    request:
      opts.request === null
        ? null
        : {
            requestId: opts.request.requestId,
            nonce: opts.request.nonce,
            digest: { sha256: opts.request.digestSha256 },
          },
    collectedAt: collectedAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
    sequence: opts.sequence,
    checks,
    ...(opts.checklist !== undefined
      ? { offboarding: { checklist: opts.checklist.map((a) => ({ ...a })) } }
      : {}),
    result: overallStatus(checks),
    ...(opts.practices !== undefined
      ? {
          practices: opts.practices.map((a) => ({ ...a })),
          practicesResult: practicesResultOf(opts.practices),
        }
      : {}),
    replayed: report.replayed,
    producer: {
      name: report.producer.name,
      version: report.producer.version,
      keyProtection: opts.keyProtection,
    },
  }
  const statement: PostureStatement = {
    _type: STATEMENT_TYPE,
    subject: [
      { name: `${SUBJECT_NAME_PREFIX}${opts.deviceLabel}`, digest: { sha256: fingerprint(opts.deviceKey) } },
    ],
    predicateType: PREDICATE_TYPE,
    predicate,
  }
  // Validate what we are about to sign with the same schema the verifier uses.
  checkStatement(statement)
  return statement
}

function checkStatement(data: unknown): PostureStatement {
  const parsed = statementSchema.safeParse(data)
  if (!parsed.success) throw new AttestationError('MALFORMED', issuesToMessage('statement', parsed.error))
  const s = parsed.data
  const p = s.predicate
  const subject = s.subject[0]
  if (subject === undefined || subject.name !== `${SUBJECT_NAME_PREFIX}${p.device.label}`) {
    throw new AttestationError(
      'MALFORMED',
      `statement: subject name must be "${SUBJECT_NAME_PREFIX}${p.device.label}"`,
    )
  }
  if ((p.purpose === 'offboarding') !== (p.offboarding !== undefined)) {
    throw new AttestationError(
      'MALFORMED',
      'statement: the offboarding checklist must be present exactly when purpose is offboarding',
    )
  }
  if (p.result !== overallStatus(p.checks)) {
    throw new AttestationError(
      'MALFORMED',
      `statement: result "${p.result}" does not follow from the checks (${overallStatus(p.checks)})`,
    )
  }
  if ((p.practices === undefined) !== (p.practicesResult === undefined)) {
    throw new AttestationError('MALFORMED', 'statement: practices and practicesResult go together')
  }
  if (p.practices !== undefined && p.practicesResult !== practicesResultOf(p.practices)) {
    throw new AttestationError(
      'MALFORMED',
      `statement: practicesResult "${p.practicesResult}" does not follow from the practices (${practicesResultOf(p.practices)})`,
    )
  }
  if (p.device.publicKey !== undefined) {
    let fp: string
    try {
      fp = fingerprint(
        createPublicKey({ key: Buffer.from(p.device.publicKey, 'base64'), format: 'der', type: 'spki' }),
      )
    } catch {
      throw new AttestationError('MALFORMED', 'statement: device.publicKey is not a readable public key')
    }
    if (fp !== subject.digest.sha256) {
      throw new AttestationError(
        'SUBJECT_MISMATCH',
        'statement: device.publicKey does not match the subject digest',
      )
    }
  }
  if (Date.parse(p.expiresAt) <= Date.parse(p.collectedAt)) {
    throw new AttestationError('MALFORMED', 'statement: expiresAt is not after collectedAt')
  }
  return s as unknown as PostureStatement
}

/**
 * Parse the verified payload bytes of an attestation. WRONG_TYPE for another `_type` or
 * predicateType (checked first, so a different document is named as such), MALFORMED for anything
 * else that does not fit the schema or is inconsistent (result not derived from the checks,
 * practicesResult not derived from the practices, subject name not matching the label, checklist
 * without offboarding).
 */
export function parseStatement(payload: Uint8Array | string): PostureStatement {
  const o = parseObject(payload, 'statement')
  if (o['_type'] !== STATEMENT_TYPE) {
    throw new AttestationError(
      'WRONG_TYPE',
      `statement _type is ${JSON.stringify(o['_type'])}, expected ${STATEMENT_TYPE}`,
    )
  }
  if (o['predicateType'] !== PREDICATE_TYPE) {
    throw new AttestationError(
      'WRONG_TYPE',
      `predicateType is ${JSON.stringify(o['predicateType'])}, expected ${PREDICATE_TYPE}`,
    )
  }
  return checkStatement(o)
}

/**
 * The device public key embedded in an onboarding Statement (already checked against the subject
 * digest by parseStatement), or null. Ed25519 only. Use it only to enrol a new device, after the
 * nonce and an out-of-band fingerprint comparison: anyone can embed their own key.
 */
export function embeddedPublicKey(statement: PostureStatement): KeyObject | null {
  const b64 = statement.predicate.device.publicKey
  if (b64 === undefined) return null
  const key = createPublicKey({ key: Buffer.from(b64, 'base64'), format: 'der', type: 'spki' })
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new AttestationError(
      'MALFORMED',
      `device.publicKey is ${key.asymmetricKeyType ?? 'unknown'}, not Ed25519`,
    )
  }
  return key
}

// ---------------------------------------------------------------------------------------------
// 2. Policy payload (CISO-signed)

export interface PolicyPayload {
  readonly policyId: string
  readonly version: number
  readonly issuedAt: string
  readonly policy: PolicyFile
}

const policyPayloadSchema = z
  .object({
    policyId: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, 'use 1-64 letters, digits, dots, dashes or underscores'),
    version: z.number().int().min(1).max(2_147_483_647),
    issuedAt: utcTimestamp,
    policy: policyFileSchema,
  })
  .strict()

/**
 * The policy payload for a policy file. `id` and `version` are required (they drive anti-rollback)
 * and are repeated at the top so a verifier can read them without understanding the policy.
 */
export function buildPolicyPayload(policy: PolicyFile, issuedAt: Date): PolicyPayload {
  if (policy.id === undefined || policy.version === undefined) {
    throw new AttestationError('MALFORMED', 'a signed policy needs an "id" and a "version"')
  }
  const payload = { policyId: policy.id, version: policy.version, issuedAt: issuedAt.toISOString(), policy }
  return checkPolicyPayload(payload)
}

function checkPolicyPayload(data: unknown): PolicyPayload {
  const parsed = policyPayloadSchema.safeParse(data)
  if (!parsed.success) throw new AttestationError('MALFORMED', issuesToMessage('policy', parsed.error))
  const p = parsed.data
  if (p.policy.id !== p.policyId || p.policy.version !== p.version) {
    throw new AttestationError(
      'MALFORMED',
      'policy: policyId/version disagree with the id/version inside the policy',
    )
  }
  return p as PolicyPayload
}

/** Parse verified policy payload bytes (MALFORMED on any problem). */
export function parsePolicyPayload(payload: Uint8Array | string): PolicyPayload {
  return checkPolicyPayload(parseObject(payload, 'policy'))
}

/** The effective policy (defaults merged) of a policy payload. */
export function policyFromPayload(p: PolicyPayload): Policy {
  return mergePolicy(p.policy)
}

// ---------------------------------------------------------------------------------------------
// 3. Request payload (CISO-signed)

export interface RequestPayload {
  readonly requestId: string
  readonly staffId: string
  readonly purpose: Purpose
  /** 32 random bytes, base64url: copied into the attestation, single use. */
  readonly nonce: string
  readonly issuedAt: string
  /** The staff side refuses the request after this time (its own clock). */
  readonly notAfter: string
  /** The CISO-signed policy envelope, embedded unchanged. */
  readonly policy: Envelope
  /** Fingerprint of the CISO key that signs this request (a hint for the staffer; not trusted). */
  readonly cisoFingerprint: string
}

const requestPayloadSchema = z
  .object({
    requestId: requestIdSchema,
    staffId: staffIdSchema,
    purpose: purposeSchema,
    nonce: nonceSchema,
    issuedAt: utcTimestamp,
    notAfter: utcTimestamp,
    policy: envelopeSchema,
    cisoFingerprint: sha256HexSchema,
  })
  .strict()

/** How long a request stays valid unless the CISO says otherwise. */
export const REQUEST_VALIDITY_DAYS = 14

export interface BuildRequestOptions {
  readonly staffId: string
  readonly purpose: Purpose
  /** The CISO-signed policy envelope to embed. */
  readonly policy: Envelope
  /** The CISO's key (public or private): its fingerprint goes into the request. */
  readonly cisoKey: KeyObject
  readonly issuedAt: Date
  /** Default issuedAt + REQUEST_VALIDITY_DAYS. */
  readonly notAfter?: Date
  /** Default: random. Tests may fix them. */
  readonly requestId?: string
  readonly nonce?: string
}

/** A fresh nonce: 32 random bytes, base64url without padding. */
export function newNonce(): string {
  return randomBytes(32).toString('base64url')
}

/** A fresh request id: 16 random bytes, hex. */
export function newRequestId(): string {
  return randomBytes(16).toString('hex')
}

/** Build a request payload (validated; the policy envelope must at least be well-formed). */
export function buildRequestPayload(opts: BuildRequestOptions): RequestPayload {
  const notAfter = opts.notAfter ?? new Date(opts.issuedAt.getTime() + REQUEST_VALIDITY_DAYS * 86_400_000)
  const payload = {
    requestId: opts.requestId ?? newRequestId(),
    staffId: opts.staffId,
    purpose: opts.purpose,
    nonce: opts.nonce ?? newNonce(),
    issuedAt: opts.issuedAt.toISOString(),
    notAfter: notAfter.toISOString(),
    policy: {
      payloadType: opts.policy.payloadType,
      payload: opts.policy.payload,
      signatures: opts.policy.signatures.map((s) =>
        s.keyid !== undefined ? { keyid: s.keyid, sig: s.sig } : { sig: s.sig },
      ),
    },
    cisoFingerprint: fingerprint(opts.cisoKey),
  }
  return checkRequestPayload(payload)
}

function checkRequestPayload(data: unknown): RequestPayload {
  const parsed = requestPayloadSchema.safeParse(data)
  if (!parsed.success) throw new AttestationError('MALFORMED', issuesToMessage('request', parsed.error))
  const r = parsed.data
  if (Date.parse(r.notAfter) <= Date.parse(r.issuedAt)) {
    throw new AttestationError('MALFORMED', 'request: notAfter is not after issuedAt')
  }
  if (r.policy.payloadType !== PAYLOAD_TYPES.policy) {
    throw new AttestationError(
      'WRONG_TYPE',
      `request: the embedded policy has payloadType ${JSON.stringify(r.policy.payloadType)}`,
    )
  }
  // Re-parse the embedded envelope with the envelope rules (base64 fields decodable, etc.).
  parseEnvelopeJson(JSON.stringify(r.policy))
  return r as RequestPayload
}

/** Parse verified request payload bytes (MALFORMED / WRONG_TYPE on any problem). */
export function parseRequestPayload(payload: Uint8Array | string): RequestPayload {
  return checkRequestPayload(parseObject(payload, 'request'))
}

// ---------------------------------------------------------------------------------------------
// Pasteable text form of a request envelope

export const REQUEST_TEXT_PREFIX = 'PREFLIGHT-REQUEST:'
export const REQUEST_TEXT_SUFFIX = ':PREFLIGHT-REQUEST-END'
const REQUEST_TEXT_WIDTH = 64

/**
 * A request envelope as text a staffer can paste from a chat or email: the prefix on its own line,
 * base64url of the envelope JSON wrapped at 64 characters, then the end marker. The markers contain
 * ':' (not a base64url character) so greetings around the block cannot merge into it, and a missing
 * end marker shows that the paste was cut short. Whitespace and line breaks are ignored.
 */
export function encodeRequestText(env: Envelope): string {
  const body = Buffer.from(serializeEnvelope(env), 'utf8').toString('base64url')
  const lines = body.match(new RegExp(`.{1,${REQUEST_TEXT_WIDTH}}`, 'g')) ?? []
  return `${REQUEST_TEXT_PREFIX}\n${lines.join('\n')}\n${REQUEST_TEXT_SUFFIX}\n`
}

/**
 * Find and decode a pasted request: text around the block is ignored; inside it, whitespace is
 * dropped. MALFORMED when there is no block, the end marker is missing (an incomplete copy), or the
 * body is not a valid envelope.
 */
export function decodeRequestText(text: string): Envelope {
  const at = text.indexOf(REQUEST_TEXT_PREFIX)
  if (at === -1)
    throw new AttestationError('MALFORMED', `no "${REQUEST_TEXT_PREFIX}" found in the pasted text`)
  const rest = text.slice(at + REQUEST_TEXT_PREFIX.length)
  const m = /^([A-Za-z0-9_\-\s]*)(.?)/.exec(rest)
  const body = (m?.[1] ?? '').replace(/\s+/g, '')
  if (body.length === 0) throw new AttestationError('MALFORMED', 'the pasted request is empty')
  if (!rest.slice(m?.[1]?.length ?? 0).startsWith(REQUEST_TEXT_SUFFIX)) {
    throw new AttestationError(
      'MALFORMED',
      `the pasted request is incomplete or damaged (no "${REQUEST_TEXT_SUFFIX}" right after it); copy it again in full`,
    )
  }
  let bytes: Buffer
  try {
    bytes = decodeBase64(body)
  } catch {
    throw new AttestationError(
      'MALFORMED',
      'the pasted request is damaged (not base64url); copy it again in full',
    )
  }
  try {
    return parseEnvelopeJson(bytes)
  } catch (err) {
    if (err instanceof AttestationError)
      throw new AttestationError('MALFORMED', `the pasted request is damaged: ${err.message}`)
    throw err
  }
}
