/**
 * Where a signing key lives. The `KeyStore` interface is deliberately small so that Electron can
 * implement it with safeStorage later; `FileKeyStore` is the plain-Node implementation used by the
 * CLI (and as Electron's fallback when no OS secret store is available).
 *
 * FileKeyStore keeps `<name>.key` (mode 0600) and `<name>.pub.pem` in a folder:
 * - without a passphrase, `<name>.key` is the PKCS#8 PEM: protected only by file permissions;
 * - with a passphrase, it is a small JSON document: scrypt (N=2^15, r=8, p=1, random 16-byte salt)
 *   derives 64 bytes; the first 32 are an AES-256-GCM key (random 12-byte IV, 16-byte tag, header as
 *   associated data) for the PKCS#8 DER, the last 32 give a short check value that tells a wrong
 *   passphrase apart from a damaged file.
 * A corrupt or truncated file is reported, never silently replaced; `create()` never overwrites.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { KeyProtection, StaffErrorCode } from '../../shared/attestation-types'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import { StaffError } from './errors'
import {
  fingerprint,
  generateSigningKey,
  KeyFormatError,
  privateKeyFromPkcs8,
  publicKeyFromPem,
  publicKeyToPem,
} from './keys'
import { parseStrictJson } from './strict-json'

/** A place that holds one signing key. */
export interface KeyStore {
  /** How the key is (or will be) protected at rest; recorded in attestations. */
  readonly protection: KeyProtection
  exists(): Promise<boolean>
  /** The private key; throws KeyStoreError when missing, locked, corrupt or too weakly protected. */
  load(): Promise<KeyObject>
  /** Make and store a new key; refuses when one already exists. Returns the private key. */
  create(): Promise<KeyObject>
  /** Remove the key (no error if there is none). */
  delete(): Promise<void>
}

/** Why a key store operation failed, finer than the StaffErrorCode. */
export type KeyStoreProblem =
  | 'missing'
  | 'exists'
  | 'passphrase-required'
  | 'passphrase-not-used'
  | 'passphrase-too-short'
  | 'wrong-passphrase'
  | 'corrupt'
  | 'weak-permissions'
  | 'io'
  /** The OS key store is locked, not answering or refused; the key itself may be fine (retry). */
  | 'locked'
  /** The OS key store produced a format whose protection cannot be named; nothing was created. */
  | 'unknown-format'

/** A key store failure with a message a staffer can act on. */
export class KeyStoreError extends StaffError {
  override name = 'KeyStoreError'
  constructor(
    code: StaffErrorCode,
    readonly problem: KeyStoreProblem,
    message: string,
  ) {
    super(code, message)
  }
}

export const ENCRYPTED_KEY_FORMAT = 'preflight-encrypted-key/v1'
/** scrypt cost for new keys: 2^15 × r 8 uses 32 MiB and ~0.1 s, per current OWASP-style guidance. */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const
/** Shortest passphrase accepted when creating a key. */
export const MIN_PASSPHRASE_LENGTH = 8

const CHECK_LABEL = 'preflight-key-check-v1'

interface EncryptedKeyFile {
  readonly format: typeof ENCRYPTED_KEY_FORMAT
  readonly kdf: { readonly name: 'scrypt'; readonly N: number; readonly r: number; readonly p: number }
  readonly salt: string
  readonly cipher: 'aes-256-gcm'
  readonly iv: string
  readonly tag: string
  readonly check: string
  readonly ciphertext: string
}

function deriveKeys(
  passphrase: string,
  salt: Buffer,
  kdf: EncryptedKeyFile['kdf'],
): Promise<{ aes: Buffer; check: Buffer }> {
  return new Promise((resolve, reject) => {
    scrypt(
      Buffer.from(passphrase.normalize('NFC'), 'utf8'),
      salt,
      64,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + 1024 * 1024 },
      (err, out) => {
        if (err) return reject(err)
        const check = createHash('sha256')
          .update(CHECK_LABEL)
          .update(out.subarray(32))
          .digest()
          .subarray(0, 16)
        resolve({ aes: out.subarray(0, 32), check })
      },
    )
  })
}

/** Associated data: binds the ciphertext to its header, so editing the parameters breaks decryption. */
function aad(f: Pick<EncryptedKeyFile, 'format' | 'kdf' | 'salt' | 'cipher'>): Buffer {
  return Buffer.from(
    JSON.stringify([f.format, f.kdf.name, f.kdf.N, f.kdf.r, f.kdf.p, f.salt, f.cipher]),
    'utf8',
  )
}

/** Encrypt PKCS#8 DER bytes under a passphrase (exported for tests and a future Electron fallback). */
export async function encryptPrivateKey(pkcs8Der: Uint8Array, passphrase: string): Promise<string> {
  const salt = randomBytes(16)
  const kdf = { name: 'scrypt' as const, ...SCRYPT_PARAMS }
  const keys = await deriveKeys(passphrase, salt, kdf)
  const iv = randomBytes(12)
  const header = {
    format: ENCRYPTED_KEY_FORMAT,
    kdf,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
  } as const
  const cipher = createCipheriv('aes-256-gcm', keys.aes, iv)
  cipher.setAAD(aad(header))
  const ciphertext = Buffer.concat([cipher.update(pkcs8Der), cipher.final()])
  const file: EncryptedKeyFile = {
    ...header,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    check: keys.check.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  }
  return JSON.stringify(file, null, 2) + '\n'
}

function corrupt(file: string, detail: string): KeyStoreError {
  return new KeyStoreError(
    'KEY_CORRUPT',
    'corrupt',
    `the key file ${file} is damaged (${detail}). It was left as it is; if you cannot restore it, delete it with \`preflight key delete --yes\` and enrol a new key with your security contact.`,
  )
}

/** The .pub.pem is derived data: it is recreated from the private key, which is never at risk here. */
function corruptPublicKey(file: string, detail: string): KeyStoreError {
  return new KeyStoreError(
    'KEY_CORRUPT',
    'corrupt',
    `the public key file ${file} is damaged (${detail}). It is only a copy and your signing key is not affected: move the file aside (do not delete the key) and run the command again; Preflight writes it again from the private key.`,
  )
}

function b64field(o: Record<string, unknown>, name: string, file: string, length?: number): Buffer {
  const v = o[name]
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v))
    throw corrupt(file, `field "${name}" is missing or not base64`)
  const b = Buffer.from(v, 'base64')
  if (length !== undefined && b.length !== length) throw corrupt(file, `field "${name}" has the wrong length`)
  return b
}

/** Decrypt the JSON produced by encryptPrivateKey; distinguishes a wrong passphrase from damage. */
export async function decryptPrivateKey(
  text: string,
  passphrase: string,
  file = 'key file',
): Promise<Buffer> {
  let data: unknown
  try {
    data = parseStrictJson(text, { what: 'key file', maxBytes: 64 * 1024 })
  } catch {
    throw corrupt(file, 'not valid JSON')
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw corrupt(file, 'not a JSON object')
  const o = data as Record<string, unknown>
  if (o['format'] !== ENCRYPTED_KEY_FORMAT)
    throw corrupt(file, `unknown format ${JSON.stringify(o['format'])}`)
  if (o['cipher'] !== 'aes-256-gcm') throw corrupt(file, 'unknown cipher')
  const k = o['kdf'] as Record<string, unknown> | null
  if (k === null || typeof k !== 'object' || k['name'] !== 'scrypt')
    throw corrupt(file, 'unknown key derivation')
  const { N, r, p } = k
  // Bounds stop a crafted file from making us allocate gigabytes; they include every value we write.
  if (
    typeof N !== 'number' ||
    typeof r !== 'number' ||
    typeof p !== 'number' ||
    !Number.isInteger(Math.log2(N)) ||
    N < 2 ** 14 ||
    N > 2 ** 20 ||
    !Number.isInteger(r) ||
    r < 1 ||
    r > 32 ||
    !Number.isInteger(p) ||
    p < 1 ||
    p > 16
  ) {
    throw corrupt(file, 'key derivation parameters out of range')
  }
  const salt = b64field(o, 'salt', file)
  const iv = b64field(o, 'iv', file, 12)
  const tag = b64field(o, 'tag', file, 16)
  const check = b64field(o, 'check', file, 16)
  const ciphertext = b64field(o, 'ciphertext', file)
  if (salt.length < 16) throw corrupt(file, 'salt too short')
  const kdf = { name: 'scrypt' as const, N, r, p }
  const keys = await deriveKeys(passphrase, salt, kdf)
  if (!timingSafeEqual(keys.check, check)) {
    throw new KeyStoreError(
      'KEY_STORE_UNAVAILABLE',
      'wrong-passphrase',
      'wrong passphrase for the device key',
    )
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.aes, iv)
    decipher.setAAD(
      aad({ format: ENCRYPTED_KEY_FORMAT, kdf, salt: o['salt'] as string, cipher: 'aes-256-gcm' }),
    )
    decipher.setAuthTag(tag)
    return Buffer.concat([decipher.update(ciphertext), decipher.final()])
  } catch {
    throw corrupt(file, 'the passphrase is right but the encrypted key fails its integrity check')
  }
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return null
    throw new KeyStoreError('KEY_STORE_UNAVAILABLE', 'io', `cannot read ${file}: ${(err as Error).message}`)
  }
}

/**
 * Keys in files. Construct with the passphrase when the key is (or should be) passphrase-protected;
 * `FileKeyStore.detect()` tells which an existing key needs.
 */
export class FileKeyStore implements KeyStore {
  readonly protection: KeyProtection
  readonly keyFile: string
  readonly publicKeyFile: string

  constructor(
    readonly dir: string,
    readonly name: string,
    private readonly passphrase?: string,
  ) {
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(name) || name.startsWith('.'))
      throw new TypeError(`bad key name ${name}`)
    this.protection = passphrase !== undefined ? 'passphrase-scrypt-aes256gcm' : 'file-0600-unencrypted'
    this.keyFile = path.join(dir, `${name}.key`)
    this.publicKeyFile = path.join(dir, `${name}.pub.pem`)
  }

  /** How the stored key is protected, or null if there is none (no passphrase needed). */
  static async detect(dir: string, name: string): Promise<KeyProtection | null> {
    const text = await readIfExists(new FileKeyStore(dir, name).keyFile)
    if (text === null) return null
    return text.trimStart().startsWith('{') ? 'passphrase-scrypt-aes256gcm' : 'file-0600-unencrypted'
  }

  async exists(): Promise<boolean> {
    try {
      await fs.lstat(this.keyFile)
      return true
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
      throw new KeyStoreError(
        'KEY_STORE_UNAVAILABLE',
        'io',
        `cannot look at ${this.keyFile}: ${(err as Error).message}`,
      )
    }
  }

  /** The stored public key without unlocking the private one (null when there is none). */
  async publicKey(): Promise<KeyObject | null> {
    const text = await readIfExists(this.publicKeyFile)
    if (text === null) return null
    try {
      return publicKeyFromPem(text)
    } catch (err) {
      throw corruptPublicKey(this.publicKeyFile, (err as Error).message)
    }
  }

  async load(): Promise<KeyObject> {
    const text = await readIfExists(this.keyFile)
    if (text === null) {
      throw new KeyStoreError('KEY_STORE_UNAVAILABLE', 'missing', `there is no key ${this.keyFile} yet`)
    }
    if (process.platform !== 'win32') {
      const st = await fs.stat(this.keyFile)
      if ((st.mode & 0o077) !== 0) {
        throw new KeyStoreError(
          'KEY_PROTECTION_WEAK',
          'weak-permissions',
          `other users can read ${this.keyFile} (mode ${(st.mode & 0o777).toString(8)}); run \`chmod 600 ${this.keyFile}\` and try again`,
        )
      }
    }
    let privateKey: KeyObject
    if (text.trimStart().startsWith('{')) {
      if (this.passphrase === undefined) {
        throw new KeyStoreError(
          'KEY_STORE_UNAVAILABLE',
          'passphrase-required',
          'the device key is protected by a passphrase; give it with --passphrase-file FILE (or type it when asked)',
        )
      }
      const der = await decryptPrivateKey(text, this.passphrase, this.keyFile)
      try {
        privateKey = privateKeyFromPkcs8(der)
      } catch (err) {
        throw corrupt(this.keyFile, (err as Error).message)
      }
    } else {
      if (this.passphrase !== undefined) {
        throw new KeyStoreError(
          'KEY_STORE_UNAVAILABLE',
          'passphrase-not-used',
          'the device key is not passphrase-protected; run without --passphrase-file',
        )
      }
      if (!text.includes('-----BEGIN PRIVATE KEY-----')) throw corrupt(this.keyFile, 'not a PKCS#8 PEM key')
      try {
        privateKey = privateKeyFromPkcs8(text)
      } catch (err) {
        throw corrupt(this.keyFile, err instanceof KeyFormatError ? err.message : 'unreadable')
      }
    }
    await this.checkPublicKey(privateKey)
    return privateKey
  }

  /** The .pub.pem must match the private key; a missing one is recreated (it is derived data). */
  private async checkPublicKey(privateKey: KeyObject): Promise<void> {
    const existing = await this.publicKey()
    if (existing === null) {
      await this.write(this.publicKeyFile, publicKeyToPem(privateKey), { mode: 0o644 })
      return
    }
    if (fingerprint(existing) !== fingerprint(privateKey)) {
      throw corruptPublicKey(this.publicKeyFile, 'it does not belong to the private key beside it')
    }
  }

  private async write(
    file: string,
    data: string,
    options: { mode: number; exclusive?: boolean },
  ): Promise<void> {
    try {
      await writeFileAtomic(file, data, options)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new KeyStoreError(
          'KEY_STORE_UNAVAILABLE',
          'exists',
          `a key already exists in ${file}; it was not replaced`,
        )
      }
      throw new KeyStoreError('KEY_STORE_UNAVAILABLE', 'io', describeWriteError(file, err))
    }
  }

  async create(): Promise<KeyObject> {
    if (this.passphrase !== undefined && [...this.passphrase].length < MIN_PASSPHRASE_LENGTH) {
      throw new KeyStoreError(
        'KEY_PROTECTION_WEAK',
        'passphrase-too-short',
        `the passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters`,
      )
    }
    if (await this.exists()) {
      throw new KeyStoreError(
        'KEY_STORE_UNAVAILABLE',
        'exists',
        `a key already exists in ${this.keyFile}; it was not replaced`,
      )
    }
    try {
      await fs.mkdir(this.dir, { recursive: true, mode: 0o700 })
    } catch (err) {
      throw new KeyStoreError('KEY_STORE_UNAVAILABLE', 'io', describeWriteError(this.dir, err))
    }
    const { privateKey } = generateSigningKey()
    const data =
      this.passphrase !== undefined
        ? await encryptPrivateKey(privateKey.export({ type: 'pkcs8', format: 'der' }), this.passphrase)
        : privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    await this.write(this.keyFile, data, { mode: 0o600, exclusive: true })
    await this.write(this.publicKeyFile, publicKeyToPem(privateKey), { mode: 0o644 })
    return privateKey
  }

  async delete(): Promise<void> {
    // Best effort: overwrite before unlinking. On SSDs and copy-on-write file systems the old blocks
    // may survive; full-disk encryption is what really protects deleted key material.
    try {
      const h = await fs.open(this.keyFile, 'r+')
      try {
        const { size } = await h.stat()
        await h.write(Buffer.alloc(size), 0, size, 0)
        await h.sync()
      } finally {
        await h.close()
      }
    } catch {
      // Missing or unwritable: the unlink below reports what matters.
    }
    for (const f of [this.keyFile, this.publicKeyFile]) {
      try {
        await fs.unlink(f)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw new KeyStoreError(
            'KEY_STORE_UNAVAILABLE',
            'io',
            `could not delete ${f}: ${(err as Error).message}`,
          )
        }
      }
    }
  }
}
