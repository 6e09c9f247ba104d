/**
 * The device signing key, wrapped by the OS secret store through Electron's safeStorage
 * (docs/electron-security.md, "Key storage"). The file `<dir>/device-ed25519.enc` (mode 0600) holds
 * the PKCS#8 DER of the Ed25519 key, base64-encoded and encrypted by safeStorage; the public key sits
 * beside it as `device-ed25519.pub.pem`.
 *
 * - The async API (isAsyncEncryptionAvailable / encryptStringAsync / decryptStringAsync, Electron 42+)
 *   is used where present; the deprecated sync trio otherwise. The ciphertext is the same.
 * - macOS: Keychain ('os-keychain'); Windows: DPAPI ('dpapi', protects from other users only);
 *   Linux: libsecret / KWallet. When Linux has no secret store, safeStorage falls back to a
 *   hard-coded password ('basic_text'): we still work, record keyProtection 'basic-text' in every
 *   attestation (so the CISO sees it) and tell the user (KeyStoreInfo.weak).
 * This module takes safeStorage as a parameter and imports nothing from 'electron' at run time.
 */
import { promises as fs, readFileSync } from 'node:fs'
import type { KeyObject } from 'node:crypto'
import * as path from 'node:path'
import type { SafeStorage } from 'electron'
import type { KeyProtection, KeyStoreInfo } from '../../shared/ipc-contract'
import { KeyStoreError } from '../attestation/key-store'
import {
  fingerprint,
  generateSigningKey,
  privateKeyFromPkcs8,
  publicKeyFromPem,
  publicKeyToPem,
} from '../attestation/keys'
import type { DeviceKeyStore } from '../services/types'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'

/** Format tag of the wrapped key file. */
export const SAFE_STORAGE_KEY_FORMAT = 'preflight-safestorage-key/v1'

/** The parts of safeStorage we use (all optional where Electron versions differ). */
export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'>> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>

interface WrappedKeyFile {
  readonly format: typeof SAFE_STORAGE_KEY_FORMAT
  readonly protection: KeyProtection
  readonly fingerprint: string
  /** base64 of safeStorage's ciphertext of base64(PKCS#8 DER). */
  readonly ciphertext: string
}

/** What protection safeStorage gives on this platform and Linux backend. */
export function protectionFor(platform: NodeJS.Platform, backend: string | undefined): KeyProtection {
  if (platform === 'darwin') return 'os-keychain'
  if (platform === 'win32') return 'dpapi'
  if (backend === 'gnome_libsecret') return 'libsecret'
  if (backend === 'kwallet' || backend === 'kwallet5' || backend === 'kwallet6') return 'kwallet'
  return 'basic-text'
}

function unavailable(problem: 'io' | 'missing' | 'exists', message: string): KeyStoreError {
  return new KeyStoreError('KEY_STORE_UNAVAILABLE', problem, message)
}

function corrupt(file: string, detail: string): KeyStoreError {
  return new KeyStoreError(
    'KEY_CORRUPT',
    'corrupt',
    `The device key file ${file} is damaged (${detail}). It was left as it is. If it cannot be restored, delete it and enrol a new key with your security contact.`,
  )
}

/** safeStorage-backed key store (see the module comment). Construct after app `ready`. */
export class SafeStorageKeyStore implements DeviceKeyStore {
  readonly keyFile: string
  readonly publicKeyFile: string
  /** Protection of the stored key if there is one, otherwise what a new key would get. */
  protection: KeyProtection

  constructor(
    readonly dir: string,
    private readonly safeStorage: SafeStorageLike,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {
    this.keyFile = path.join(dir, 'device-ed25519.enc')
    this.publicKeyFile = path.join(dir, 'device-ed25519.pub.pem')
    this.protection = this.storedProtectionSync() ?? this.currentProtection()
  }

  /** The protection recorded in an existing key file (read once at start, for display before unlock). */
  private storedProtectionSync(): KeyProtection | null {
    try {
      const data = JSON.parse(readFileSync(this.keyFile, 'utf8')) as Partial<WrappedKeyFile> | null
      return data !== null && data.format === SAFE_STORAGE_KEY_FORMAT && typeof data.protection === 'string'
        ? data.protection
        : null
    } catch {
      return null
    }
  }

  private currentProtection(): KeyProtection {
    const backend = this.platform === 'linux' ? this.safeStorage.getSelectedStorageBackend?.() : undefined
    return protectionFor(this.platform, backend)
  }

  private async available(): Promise<boolean> {
    try {
      if (typeof this.safeStorage.isAsyncEncryptionAvailable === 'function') {
        return await this.safeStorage.isAsyncEncryptionAvailable()
      }
      return this.safeStorage.isEncryptionAvailable()
    } catch {
      return false
    }
  }

  private async encrypt(text: string): Promise<Buffer> {
    if (typeof this.safeStorage.encryptStringAsync === 'function')
      return this.safeStorage.encryptStringAsync(text)
    return this.safeStorage.encryptString(text)
  }

  private async decrypt(data: Buffer): Promise<{ text: string; shouldReEncrypt: boolean }> {
    if (typeof this.safeStorage.decryptStringAsync === 'function') {
      const r = await this.safeStorage.decryptStringAsync(data)
      return { text: r.result, shouldReEncrypt: r.shouldReEncrypt }
    }
    return { text: this.safeStorage.decryptString(data), shouldReEncrypt: false }
  }

  /** Whether a key can be created or used, and how well it is protected. */
  async info(): Promise<KeyStoreInfo> {
    const available = await this.available()
    const stored = await this.readFile().catch(() => null)
    const protection = stored?.protection ?? this.currentProtection()
    const weak = protection === 'basic-text' || protection === 'file-0600-unencrypted'
    let message: string | null = null
    if (!available) {
      message =
        'The system key store is not available (on Linux: no GNOME Keyring or KWallet is running; on macOS: the login keychain is locked). Unlock or install it, then restart Preflight.'
    } else if (weak) {
      message =
        'This computer has no system key store (GNOME Keyring or KWallet), so your signing key is stored with only a fixed, publicly known protection. Your attestations will say so. Installing and unlocking a keyring, then re-enrolling, fixes this.'
    }
    return { available, protection, weak, message }
  }

  async exists(): Promise<boolean> {
    try {
      await fs.lstat(this.keyFile)
      return true
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false
      throw unavailable('io', `cannot look at ${this.keyFile}: ${(err as Error).message}`)
    }
  }

  private async readFile(): Promise<WrappedKeyFile | null> {
    let text: string
    try {
      text = await fs.readFile(this.keyFile, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw unavailable('io', `cannot read ${this.keyFile}: ${(err as Error).message}`)
    }
    let data: unknown
    try {
      data = JSON.parse(text) as unknown
    } catch {
      throw corrupt(this.keyFile, 'not JSON')
    }
    const o = data as Partial<WrappedKeyFile> | null
    if (
      o === null ||
      typeof o !== 'object' ||
      o.format !== SAFE_STORAGE_KEY_FORMAT ||
      typeof o.ciphertext !== 'string' ||
      typeof o.fingerprint !== 'string' ||
      typeof o.protection !== 'string'
    ) {
      throw corrupt(this.keyFile, 'unknown format')
    }
    return o as WrappedKeyFile
  }

  async load(): Promise<KeyObject> {
    const stored = await this.readFile()
    if (stored === null) throw unavailable('missing', `there is no device key in ${this.dir} yet`)
    if (!(await this.available())) {
      throw unavailable('io', 'the system key store is not available, so the device key cannot be unlocked')
    }
    let decrypted: { text: string; shouldReEncrypt: boolean }
    try {
      decrypted = await this.decrypt(Buffer.from(stored.ciphertext, 'base64'))
    } catch (err) {
      throw corrupt(this.keyFile, `the system key store could not decrypt it: ${(err as Error).message}`)
    }
    let key: KeyObject
    try {
      key = privateKeyFromPkcs8(Buffer.from(decrypted.text, 'base64'))
    } catch (err) {
      throw corrupt(this.keyFile, (err as Error).message)
    }
    if (fingerprint(key) !== stored.fingerprint)
      throw corrupt(this.keyFile, 'the key does not match its fingerprint')
    this.protection = stored.protection
    if (decrypted.shouldReEncrypt) await this.writeWrapped(key, false)
    return key
  }

  /** The public key without unlocking the private one (null when there is none). */
  async publicKey(): Promise<KeyObject | null> {
    try {
      return publicKeyFromPem(await fs.readFile(this.publicKeyFile))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw corrupt(this.publicKeyFile, (err as Error).message)
    }
  }

  private async writeWrapped(key: KeyObject, exclusive: boolean): Promise<void> {
    const der = key.export({ type: 'pkcs8', format: 'der' })
    const protection = this.currentProtection()
    const file: WrappedKeyFile = {
      format: SAFE_STORAGE_KEY_FORMAT,
      protection,
      fingerprint: fingerprint(key),
      ciphertext: (await this.encrypt(der.toString('base64'))).toString('base64'),
    }
    try {
      if (exclusive) await fs.mkdir(this.dir, { recursive: true, mode: 0o700 })
      await writeFileAtomic(this.keyFile, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, exclusive })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        throw unavailable('exists', `a device key already exists in ${this.keyFile}; it was not replaced`)
      }
      throw unavailable('io', describeWriteError(this.keyFile, err))
    }
    this.protection = protection
  }

  async create(): Promise<KeyObject> {
    if (await this.exists())
      throw unavailable('exists', `a device key already exists in ${this.keyFile}; it was not replaced`)
    if (!(await this.available())) {
      throw unavailable('io', 'the system key store is not available, so no device key can be created')
    }
    const { privateKey } = generateSigningKey()
    await this.writeWrapped(privateKey, true)
    try {
      await writeFileAtomic(this.publicKeyFile, publicKeyToPem(privateKey), { mode: 0o644 })
    } catch (err) {
      throw unavailable('io', describeWriteError(this.publicKeyFile, err))
    }
    return privateKey
  }

  async delete(): Promise<void> {
    for (const f of [this.keyFile, this.publicKeyFile]) {
      try {
        await fs.unlink(f)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
          throw unavailable('io', `could not delete ${f}: ${(err as Error).message}`)
        }
      }
    }
  }
}
