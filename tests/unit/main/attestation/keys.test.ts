import { execFileSync } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  fingerprint,
  formatFingerprint,
  generateSigningKey,
  KeyFormatError,
  privateKeyFromPkcs8,
  publicKeyFromPem,
  publicKeyToPem,
} from '../../../../main/attestation/keys'

describe('keys', () => {
  it('generates Ed25519 pairs whose fingerprint is the same from either half', () => {
    const k = generateSigningKey()
    expect(k.privateKey.asymmetricKeyType).toBe('ed25519')
    expect(fingerprint(k.privateKey)).toBe(fingerprint(k.publicKey))
    expect(fingerprint(k.publicKey)).toMatch(/^[0-9a-f]{64}$/)
    expect(fingerprint(generateSigningKey().publicKey)).not.toBe(fingerprint(k.publicKey))
  })

  it('fingerprint equals sha256 of the SPKI DER as openssl computes it', () => {
    const k = generateSigningKey()
    const dir = mkdtempSync(path.join(tmpdir(), 'preflight-keys-'))
    const pem = path.join(dir, 'k.pub.pem')
    writeFileSync(pem, publicKeyToPem(k.publicKey))
    const der = execFileSync('openssl', ['pkey', '-pubin', '-in', pem, '-outform', 'DER'])
    const digest = execFileSync('openssl', ['dgst', '-sha256', '-r'], { input: der }).toString().split(' ')[0]
    expect(digest).toBe(fingerprint(k.publicKey))
  })

  it('formats fingerprints in 4-digit groups of the first 128 bits', () => {
    const hex = 'aadec1b6876d66c1e7c409384b8674dc791e43526f1b42877c67f5941e85a66e'
    expect(formatFingerprint(hex)).toBe('aade c1b6 876d 66c1 e7c4 0938 4b86 74dc')
    expect(formatFingerprint(hex.toUpperCase())).toBe('aade c1b6 876d 66c1 e7c4 0938 4b86 74dc')
    expect(() => formatFingerprint('xyz')).toThrow(TypeError)
  })

  it('round-trips public keys through PEM', () => {
    const k = generateSigningKey()
    const pem = publicKeyToPem(k.privateKey)
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    expect(fingerprint(publicKeyFromPem(pem))).toBe(fingerprint(k.publicKey))
    expect(fingerprint(publicKeyFromPem(Buffer.from(pem)))).toBe(fingerprint(k.publicKey))
  })

  it('refuses non-Ed25519, private and garbage PEMs with clear errors', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    expect(() => publicKeyFromPem(rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString())).toThrow(
      /expected an Ed25519 public key, got rsa/,
    )
    expect(() => publicKeyFromPem(ec.publicKey.export({ type: 'spki', format: 'pem' }).toString())).toThrow(
      /got ec/,
    )
    const priv = generateSigningKey().privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    expect(() => publicKeyFromPem(priv)).toThrow(/PRIVATE key/)
    expect(() => publicKeyFromPem('hello')).toThrow(KeyFormatError)
    expect(() => publicKeyFromPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n')).toThrow(
      /unreadable/,
    )
    expect(() => privateKeyFromPkcs8(rsa.privateKey.export({ type: 'pkcs8', format: 'der' }))).toThrow(
      /got rsa/,
    )
    expect(privateKeyFromPkcs8(priv).asymmetricKeyType).toBe('ed25519')
  })
})
