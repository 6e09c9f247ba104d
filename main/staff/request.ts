/**
 * Checking a CISO request before acting on it: signature by a pinned CISO key, the embedded policy's
 * own CISO signature, validity window by the local clock, and no policy rollback. Only after all of
 * that are the checks run with the request's policy.
 */
import { PAYLOAD_TYPES, type Purpose } from '../../shared/attestation-types'
import type { Policy } from '../../shared/policy'
import { parseEnvelopeJson, verifyEnvelope, type Envelope } from '../attestation/dsse'
import { AttestationError, StaffError } from '../attestation/errors'
import {
  decodeRequestText,
  parsePolicyPayload,
  parseRequestPayload,
  payloadDigest,
  policyFromPayload,
  REQUEST_TEXT_PREFIX,
  type PolicyPayload,
  type RequestPayload,
} from '../attestation/formats'
import { formatFingerprint } from '../attestation/keys'
import { loadStaffState } from './state'
import { pinnedCisoKeys, type PinnedKey } from './trust'
import { sameStaffId } from '../../shared/roster-types'

/** How far in the future a request's issuedAt may be (clock skew between laptops). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000

/** A policy whose CISO signature verified. */
export interface VerifiedPolicy {
  readonly envelope: Envelope
  readonly payload: PolicyPayload
  /** sha256 of the signed policy payload bytes: the digest attestations cite. */
  readonly digestSha256: string
  /** The effective policy (defaults merged). */
  readonly policy: Policy
  readonly signedBy: string
}

/** A request that passed every staff-side check. */
export interface VerifiedRequest {
  readonly envelope: Envelope
  readonly payload: RequestPayload
  /** sha256 of the signed request payload bytes. */
  readonly digestSha256: string
  readonly policy: VerifiedPolicy
  /** Fingerprint of the pinned CISO key that signed the request. */
  readonly signedBy: string
  /** True when this device already answered this request (the CISO will see a reused nonce). */
  readonly alreadyAnswered: boolean
}

/** Read a request given as pasted text (`PREFLIGHT-REQUEST:` …) or as an envelope JSON file. */
export function readRequestEnvelope(input: string | Uint8Array): Envelope {
  if (typeof input === 'string') {
    return input.includes(REQUEST_TEXT_PREFIX) ? decodeRequestText(input) : parseEnvelopeJson(input)
  }
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  return bytes.includes(REQUEST_TEXT_PREFIX)
    ? decodeRequestText(bytes.toString('utf8'))
    : parseEnvelopeJson(bytes)
}

function verifyWithPinned(env: Envelope, pinned: readonly PinnedKey[], what: string) {
  const verified = verifyEnvelope(
    env,
    pinned.map((p) => p.key),
  )
  if (verified !== null) return verified
  const pinnedIds = new Set(pinned.map((p) => p.fingerprint))
  const hinted = env.signatures.map((s) => s.keyid?.toLowerCase()).filter((k): k is string => k !== undefined)
  // keyid is an unauthenticated hint; it only decides which explanation is more useful.
  if (hinted.length > 0 && !hinted.some((k) => pinnedIds.has(k))) {
    const shown = /^[0-9a-f]{32,}$/.test(hinted[0] ?? '')
      ? formatFingerprint(hinted[0] ?? '')
      : (hinted[0] ?? '')
    throw new StaffError(
      'UNTRUSTED_CISO',
      `the ${what} is signed by a key you have not pinned (${shown}). Ask your security contact; pin their key with \`preflight trust\` only after comparing fingerprints.`,
    )
  }
  throw new StaffError(
    'REQUEST_BAD_SIGNATURE',
    `the ${what}'s signature does not verify with your security contact's pinned key: it was altered or is forged. Do not use it; ask for a new one.`,
  )
}

/** Verify a CISO-signed policy envelope against the pinned keys and parse it. */
export function verifyPolicyEnvelope(env: Envelope, pinned: readonly PinnedKey[]): VerifiedPolicy {
  if (env.payloadType !== PAYLOAD_TYPES.policy) {
    throw new AttestationError(
      'WRONG_TYPE',
      `expected a policy (${PAYLOAD_TYPES.policy}), got ${JSON.stringify(env.payloadType)}`,
    )
  }
  const v = verifyWithPinned(env, pinned, 'policy')
  const payload = parsePolicyPayload(v.payload)
  return {
    envelope: env,
    payload,
    digestSha256: payloadDigest(v.payload),
    policy: policyFromPayload(payload),
    signedBy: v.keyid,
  }
}

export interface VerifyRequestOptions {
  /** The config folder (pinned keys, policy floor, answered requests). */
  readonly dir: string
  /** The local clock. */
  readonly now: Date
}

/**
 * Verify a request (pasted text, or envelope JSON). Throws StaffError UNTRUSTED_CISO (nothing pinned,
 * or signed by another key), REQUEST_BAD_SIGNATURE (altered request or embedded policy),
 * REQUEST_EXPIRED (past notAfter, or issued in the future: check the clock), POLICY_ROLLBACK (an
 * older policy version than one already seen); AttestationError MALFORMED / WRONG_TYPE for
 * something that is not a request at all.
 */
export async function verifyRequest(
  input: string | Uint8Array,
  opts: VerifyRequestOptions,
): Promise<VerifiedRequest> {
  const env = readRequestEnvelope(input)
  if (env.payloadType !== PAYLOAD_TYPES.request) {
    throw new AttestationError(
      'WRONG_TYPE',
      `this is not a request (payloadType ${JSON.stringify(env.payloadType)}, expected ${PAYLOAD_TYPES.request})`,
    )
  }
  const pinned = await pinnedCisoKeys(opts.dir)
  if (pinned.length === 0) {
    throw new StaffError(
      'UNTRUSTED_CISO',
      'no security contact key is pinned yet: run `preflight trust CISO-KEY.pub.pem` with the key your security contact gave you (compare the fingerprint with them).',
    )
  }
  const verified = verifyWithPinned(env, pinned, 'request')
  const payload = parseRequestPayload(verified.payload)
  const policy = verifyPolicyEnvelope(payload.policy, pinned)

  const now = opts.now.getTime()
  if (now > Date.parse(payload.notAfter)) {
    throw new StaffError(
      'REQUEST_EXPIRED',
      `the request expired on ${payload.notAfter} (this computer's clock says ${opts.now.toISOString()}); ask your security contact for a new one`,
    )
  }
  if (Date.parse(payload.issuedAt) > now + CLOCK_SKEW_MS) {
    throw new StaffError(
      'REQUEST_EXPIRED',
      `the request is dated ${payload.issuedAt}, in the future for this computer (${opts.now.toISOString()}); check the date and time settings`,
    )
  }
  const state = await loadStaffState(opts.dir)
  const seen = state.policies[policy.payload.policyId]
  if (seen !== undefined && policy.payload.version < seen.highestVersion) {
    throw new StaffError(
      'POLICY_ROLLBACK',
      `the request carries policy ${policy.payload.policyId} version ${policy.payload.version}, older than version ${seen.highestVersion} already received; an old request may be being replayed. Ask your security contact for a current one.`,
    )
  }
  return {
    envelope: env,
    payload,
    digestSha256: payloadDigest(verified.payload),
    policy,
    signedBy: verified.keyid,
    alreadyAnswered: state.answeredRequests.some((r) => r.requestId === payload.requestId),
  }
}

/** What the user asked for does not match the request (wrong purpose or staff id). */
export class RequestMismatchError extends Error {
  override name = 'RequestMismatchError'
}

/** The purpose and staff id a request fixes, checked against what the user asked for. */
export function checkRequestMatches(
  req: VerifiedRequest,
  wanted: { readonly purpose?: Purpose | undefined; readonly staffId?: string | undefined },
): void {
  if (wanted.purpose !== undefined && wanted.purpose !== req.payload.purpose) {
    throw new RequestMismatchError(
      `the request asks for ${req.payload.purpose === 'periodic' ? 'a' : 'an'} ${req.payload.purpose} attestation, not ${wanted.purpose}; drop --purpose or use the right request`,
    )
  }
  if (wanted.staffId !== undefined && !sameStaffId(wanted.staffId, req.payload.staffId)) {
    throw new RequestMismatchError(
      `the request is addressed to staff id "${req.payload.staffId}", not "${wanted.staffId}"`,
    )
  }
}
