/**
 * Ed25519 keys: generation, fingerprints and PEM import/export.
 *
 * A key's fingerprint is the lowercase hex SHA-256 of its SubjectPublicKeyInfo DER. It is the DSSE
 * keyid, the attestation subject digest and what people compare out of band, so it must be computable
 * with stock tools: `openssl pkey -pubin -in key.pub.pem -outform DER | sha256sum`.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { sha256Hex } from '../util/digest'
import { groupFingerprint } from '../../shared/fingerprint'

export interface SigningKeyPair {
  readonly privateKey: KeyObject
  readonly publicKey: KeyObject
}

/** A fresh Ed25519 key pair. */
export function generateSigningKey(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return { privateKey, publicKey }
}

/** The public half of a key (the key itself when it is already public). */
export function toPublic(key: KeyObject): KeyObject {
  return key.type === 'private' ? createPublicKey(key) : key
}

/** base64 of the SPKI DER of a public key (or of a private key's public half). */
export function publicKeyDerBase64(key: KeyObject): string {
  return toPublic(key).export({ type: 'spki', format: 'der' }).toString('base64')
}

/** Lowercase hex sha256 of the SPKI DER of a public key (or of a private key's public half). */
export function fingerprint(key: KeyObject): string {
  return sha256Hex(toPublic(key).export({ type: 'spki', format: 'der' }))
}

/**
 * Fingerprint for reading aloud and comparing by eye: the first 32 hex digits in groups of four
 * ("3f2a 9c01 …", 128 bits, ample against a targeted second-preimage attempt). Comparing these is
 * what makes trust-on-first-use safe; the full value is in files and logs.
 */
export function formatFingerprint(hex: string): string {
  const clean = hex.toLowerCase()
  if (!/^[0-9a-f]{32,}$/.test(clean)) throw new TypeError('not a hex fingerprint')
  return groupFingerprint(clean)
}

/** SPKI PEM of a public key (or of a private key's public half). */
export function publicKeyToPem(key: KeyObject): string {
  return toPublic(key).export({ type: 'spki', format: 'pem' }).toString()
}

/** Thrown for a public key file that is unreadable as PEM or is not Ed25519. */
export class KeyFormatError extends Error {
  override name = 'KeyFormatError'
}

/**
 * Read an SPKI PEM public key and insist on Ed25519: an RSA or EC key here would be a mistake (or an
 * attempt to change the algorithm), never something to accept. A private key PEM is refused so that
 * nobody mails their private key by accident.
 */
export function publicKeyFromPem(pem: string | Uint8Array): KeyObject {
  const text = typeof pem === 'string' ? pem : Buffer.from(pem).toString('utf8')
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
    throw new KeyFormatError(
      'this is a PRIVATE key; give the public key (.pub.pem) and keep the private key secret',
    )
  }
  if (!/-----BEGIN PUBLIC KEY-----/.test(text)) {
    throw new KeyFormatError('not a PEM public key (expected "-----BEGIN PUBLIC KEY-----")')
  }
  let key: KeyObject
  try {
    key = createPublicKey({ key: text, format: 'pem' })
  } catch (err) {
    throw new KeyFormatError(`unreadable public key: ${(err as Error).message}`)
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new KeyFormatError(
      `expected an Ed25519 public key, got ${key.asymmetricKeyType ?? 'an unknown type'}`,
    )
  }
  return key
}

/** Read a PKCS#8 DER or PEM private key and insist on Ed25519. */
export function privateKeyFromPkcs8(data: Uint8Array | string): KeyObject {
  let key: KeyObject
  try {
    key =
      typeof data === 'string'
        ? createPrivateKey({ key: data, format: 'pem' })
        : createPrivateKey({ key: Buffer.from(data), format: 'der', type: 'pkcs8' })
  } catch (err) {
    throw new KeyFormatError(`unreadable private key: ${(err as Error).message}`)
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new KeyFormatError(
      `expected an Ed25519 private key, got ${key.asymmetricKeyType ?? 'an unknown type'}`,
    )
  }
  return key
}
