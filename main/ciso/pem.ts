/**
 * Reading the roster's Ed25519 public keys without OpenSSL's decoders: the SPKI DER inside an
 * Ed25519 PEM is always 44 bytes (a fixed 12-byte header, then the 32-byte key), so it can be
 * checked and hashed in plain code. Used to check the roster on load (fingerprint = sha256 of the DER)
 * and to import keys quickly when verifying many files.
 */
import { sha256Hex } from '../util/digest'

/** DER prefix of every Ed25519 SubjectPublicKeyInfo (RFC 8410). */
export const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

/** The SPKI DER of an Ed25519 public key PEM, or null if the PEM is not exactly that. */
export function ed25519SpkiFromPem(pem: string): Buffer | null {
  const m = /^\s*-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]+)-----END PUBLIC KEY-----\s*$/.exec(pem)
  if (!m) return null
  const der = Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64')
  if (der.length !== 44 || !der.subarray(0, 12).equals(ED25519_SPKI_PREFIX)) return null
  return der
}

/** Fingerprint (hex sha256 of the SPKI DER) of an Ed25519 public key PEM, or null. */
export function pemFingerprint(pem: string): string | null {
  const der = ed25519SpkiFromPem(pem)
  return der === null ? null : sha256Hex(der)
}
