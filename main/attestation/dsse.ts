/**
 * DSSE (Dead Simple Signing Envelope, protocol v1.0.2) with Ed25519.
 *
 * What is signed is PAE(payloadType, payload) = "DSSEv1 <len type> <type> <len body> <body>" with byte
 * lengths, so the payload type is covered by the signature and a policy signature cannot be replayed
 * as an attestation. We emit standard padded base64 and accept standard or URL-safe, padded or not.
 * Verification works on the decoded bytes only; callers parse exactly the bytes that verified.
 */
import { sign, verify, type KeyObject } from 'node:crypto'
import { AttestationError } from './errors'
import { fingerprint } from './keys'
import { parseStrictJson, DEFAULT_MAX_BYTES } from './strict-json'

/** A DSSE envelope as it appears in a file. Unknown fields are ignored when parsing. */
export interface Envelope {
  readonly payloadType: string
  /** base64 of the payload bytes. */
  readonly payload: string
  readonly signatures: readonly { readonly keyid?: string; readonly sig: string }[]
}

/** What verifyEnvelope returns on success: the key that verified and the exact signed bytes. */
export interface VerifiedEnvelope {
  readonly key: KeyObject
  readonly keyid: string
  readonly payload: Buffer
}

/**
 * Most signatures any envelope may carry before we refuse it (rotation needs 2; leave headroom).
 * The CISO's verifier allows fewer on posture attestations (main/ciso/verify.ts).
 */
export const MAX_SIGNATURES = 16

/** Pre-Authentication Encoding: the exact bytes a DSSE signature covers. */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8')
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `, 'ascii'),
    type,
    Buffer.from(` ${payload.byteLength} `, 'ascii'),
    payload,
  ])
}

const BASE64 = /^(?:[A-Za-z0-9+/]*|[A-Za-z0-9_-]*)$/

/**
 * Decode standard or URL-safe base64, with or without padding. Anything else (mixed alphabets,
 * whitespace, misplaced or excess padding, impossible lengths, non-canonical trailing bits) throws
 * AttestationError MALFORMED: one encoded form, one meaning.
 */
export function decodeBase64(s: string): Buffer {
  let body = s
  const padAt = s.indexOf('=')
  if (padAt !== -1) {
    body = s.slice(0, padAt)
    const pad = s.slice(padAt)
    if (!/^={1,2}$/.test(pad) || s.length % 4 !== 0)
      throw new AttestationError('MALFORMED', 'bad base64 padding')
  }
  if (!BASE64.test(body)) throw new AttestationError('MALFORMED', 'not base64 (unexpected characters)')
  if (body.length % 4 === 1) throw new AttestationError('MALFORMED', 'not base64 (impossible length)')
  const standard = body.replace(/-/g, '+').replace(/_/g, '/')
  const out = Buffer.from(standard, 'base64')
  // Reject non-zero unused bits so that exactly one string decodes to these bytes.
  if (out.toString('base64').replace(/=+$/, '') !== standard) {
    throw new AttestationError('MALFORMED', 'not canonical base64 (non-zero trailing bits)')
  }
  return out
}

function describeType(v: unknown): string {
  if (v === null) return 'null'
  if (Array.isArray(v)) return 'an array'
  return `a ${typeof v}`
}

/**
 * Parse a DSSE envelope from JSON text or bytes: strict JSON (duplicate keys rejected at any depth,
 * depth and size limited), required fields with the right types, every base64 field decodable.
 * Unknown fields are ignored, as DSSE requires. Throws AttestationError MALFORMED with a precise
 * message.
 */
export function parseEnvelopeJson(input: string | Uint8Array, options: { maxBytes?: number } = {}): Envelope {
  const data = parseStrictJson(input, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    what: 'envelope',
    allowBom: true,
  })
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new AttestationError('MALFORMED', `envelope must be a JSON object, got ${describeType(data)}`)
  }
  const o = data as Record<string, unknown>
  for (const field of ['payloadType', 'payload'] as const) {
    if (!Object.hasOwn(o, field)) throw new AttestationError('MALFORMED', `envelope has no "${field}"`)
    if (typeof o[field] !== 'string')
      throw new AttestationError(
        'MALFORMED',
        `envelope "${field}" must be a string, got ${describeType(o[field])}`,
      )
  }
  if (!Object.hasOwn(o, 'signatures')) throw new AttestationError('MALFORMED', 'envelope has no "signatures"')
  const sigs = o['signatures']
  if (!Array.isArray(sigs))
    throw new AttestationError(
      'MALFORMED',
      `envelope "signatures" must be an array, got ${describeType(sigs)}`,
    )
  if (sigs.length === 0) throw new AttestationError('MALFORMED', 'envelope has no signature')
  if (sigs.length > MAX_SIGNATURES)
    throw new AttestationError(
      'MALFORMED',
      `envelope has ${sigs.length} signatures (at most ${MAX_SIGNATURES})`,
    )
  const signatures = sigs.map((s: unknown, i) => {
    if (s === null || typeof s !== 'object' || Array.isArray(s))
      throw new AttestationError('MALFORMED', `signatures[${i}] must be an object, got ${describeType(s)}`)
    const r = s as Record<string, unknown>
    if (typeof r['sig'] !== 'string')
      throw new AttestationError(
        'MALFORMED',
        `signatures[${i}].sig must be a string, got ${describeType(r['sig'])}`,
      )
    decodeBase64WithContext(r['sig'], `signatures[${i}].sig`)
    const keyid = r['keyid']
    if (keyid !== undefined && typeof keyid !== 'string')
      throw new AttestationError(
        'MALFORMED',
        `signatures[${i}].keyid must be a string, got ${describeType(keyid)}`,
      )
    return keyid === undefined || keyid === '' ? { sig: r['sig'] } : { keyid, sig: r['sig'] }
  })
  const payloadType = o['payloadType'] as string
  const payload = o['payload'] as string
  decodeBase64WithContext(payload, 'payload')
  return { payloadType, payload, signatures }
}

function decodeBase64WithContext(s: string, where: string): Buffer {
  try {
    return decodeBase64(s)
  } catch (err) {
    if (err instanceof AttestationError)
      throw new AttestationError('MALFORMED', `envelope ${where}: ${err.message}`)
    throw err
  }
}

function assertEd25519(key: KeyObject, kind: 'private' | 'public'): void {
  if (key.type !== kind || key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(`expected an Ed25519 ${kind} key, got ${key.asymmetricKeyType ?? key.type}`)
  }
}

/**
 * Sign a payload into a one-signature envelope. keyid = lowercase hex sha256 of the signer's SPKI DER
 * (the same value as the device subject digest); base64 is standard and padded.
 */
export function signEnvelope(payloadType: string, payload: Uint8Array, privateKey: KeyObject): Envelope {
  assertEd25519(privateKey, 'private')
  const sig = sign(null, pae(payloadType, payload), privateKey)
  return {
    payloadType,
    payload: Buffer.from(payload).toString('base64'),
    signatures: [{ keyid: fingerprint(privateKey), sig: sig.toString('base64') }],
  }
}

/** A candidate public key with its fingerprint (the keyid it would sign with), computed once. */
export interface FingerprintedKey {
  readonly key: KeyObject
  readonly keyid: string
}

/**
 * Verify an envelope against candidate public keys. Public keys of other types are skipped; a
 * private or secret key is a programming error and throws a TypeError (a private key passed by
 * mistake must not be dropped silently, leaving no candidate). Every signature is checked against every candidate; `keyid` plays no part. Returns the
 * first candidate, in the caller's order, that verifies some signature (so the result does not
 * depend on the order of the signatures), or null. Never throws on bad envelope input (bad base64,
 * wrong lengths, odd objects): it just does not verify.
 */
export function verifyEnvelope(env: Envelope, candidates: readonly KeyObject[]): VerifiedEnvelope | null {
  for (const k of candidates)
    if (k.type !== 'public') throw new TypeError(`expected public keys to verify with, got a ${k.type} key`)
  try {
    return verifyEnvelopeWithKeys(
      env,
      candidates
        .filter((k) => k.asymmetricKeyType === 'ed25519')
        .map((k) => ({ key: k, keyid: fingerprint(k) })),
    )
  } catch {
    return null
  }
}

/**
 * The same check for Ed25519 public keys whose fingerprints the caller already knows (the CISO's
 * verifier must not re-export each roster key per file).
 */
export function verifyEnvelopeWithKeys(
  env: Envelope,
  keys: readonly FingerprintedKey[],
): VerifiedEnvelope | null {
  const found = findSigners(env, keys)
  const first = found?.signers[0]
  return found && first ? { key: first.key, keyid: first.keyid, payload: found.payload } : null
}

/** Every candidate that made a valid signature on an envelope, and the exact signed bytes. */
export interface SignerSearch {
  /** Distinct candidates with a valid signature, in the order of the candidate list. */
  readonly signers: readonly FingerprintedKey[]
  readonly payload: Buffer
  /** Ed25519 verifications made (the work done; bounded by signatures x candidates). */
  readonly attempts: number
}

/**
 * Check every signature of an envelope against every candidate key and return all candidates that
 * verify. The result is a set: it does not depend on the order of the signatures or on their
 * `keyid` values. The caller bounds the work by bounding the candidates and the number of
 * signatures (at most MAX_SIGNATURES here). null when the envelope is not one we can check (wrong
 * shape, bad base64, too many signatures); never throws on bad input.
 */
export function findSigners(env: Envelope, keys: readonly FingerprintedKey[]): SignerSearch | null {
  try {
    if (
      typeof env.payloadType !== 'string' ||
      typeof env.payload !== 'string' ||
      !Array.isArray(env.signatures) ||
      env.signatures.length > MAX_SIGNATURES
    )
      return null
    const payload = decodeBase64(env.payload)
    const message = pae(env.payloadType, payload)
    const sigs: Buffer[] = []
    for (const s of env.signatures) {
      if (s === null || typeof s !== 'object' || typeof s.sig !== 'string') continue
      let sig: Buffer
      try {
        sig = decodeBase64(s.sig)
      } catch {
        continue
      }
      if (sig.length === 64 && !sigs.some((x) => x.equals(sig))) sigs.push(sig)
    }
    const signers: FingerprintedKey[] = []
    let attempts = 0
    const seen = new Set<string>()
    for (const k of keys) {
      if (seen.has(k.keyid)) continue
      seen.add(k.keyid)
      for (const sig of sigs) {
        attempts++
        if (verify(null, message, k.key, sig)) {
          signers.push(k)
          break
        }
      }
    }
    return { signers, payload, attempts }
  } catch {
    return null
  }
}

/** Serialize an envelope for a file: stable field order, pretty-printed, trailing newline. */
export function serializeEnvelope(env: Envelope): string {
  return (
    JSON.stringify(
      {
        payloadType: env.payloadType,
        payload: env.payload,
        signatures: env.signatures.map((s) =>
          s.keyid !== undefined ? { keyid: s.keyid, sig: s.sig } : { sig: s.sig },
        ),
      },
      null,
      2,
    ) + '\n'
  )
}
