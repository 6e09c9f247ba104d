/**
 * The device signing key, wrapped by the OS secret store through Electron's safeStorage
 * (docs/electron-security.md, "Key storage"). The file `<dir>/device-ed25519.enc` (mode 0600) holds
 * the PKCS#8 DER of the Ed25519 key, base64-encoded and encrypted by safeStorage; the public key sits
 * beside it as `device-ed25519.pub.pem` (a copy, rewritten from the private key when it is missing
 * or wrong).
 *
 * - The async API (isAsyncEncryptionAvailable / encryptStringAsync / decryptStringAsync, Electron 42+)
 *   is used where present; the deprecated sync trio otherwise. The ciphertext is the same.
 * - **The recorded protection comes from the ciphertext**, never from what safeStorage says it would
 *   use: Chromium's OSCrypt starts every ciphertext with a version tag naming the key that encrypted
 *   it (`protectionFromCiphertext`). On Linux `getSelectedStorageBackend()` only follows the desktop
 *   name: with no keyring running, encryption silently falls back to the hard-coded "peanuts" key
 *   (tag `v10`), which we record as `basic-text` (weak) and say so to the user and the CISO.
 * - A key store that is locked, not answering or refusing is reported as KEY_STORE_UNAVAILABLE
 *   (problem `locked`) with advice to unlock it and retry; only a file that is damaged in itself is
 *   KEY_CORRUPT. Nothing here ever tells the user to delete a key that may still be good.
 * This module takes safeStorage as a parameter and imports nothing from 'electron' at run time.
 */
import { promises as fs, readFileSync } from 'node:fs'
import type { KeyObject } from 'node:crypto'
import * as path from 'node:path'
import type { SafeStorage } from 'electron'
import type { KeyProtection, KeyStoreInfo } from '../../shared/ipc-contract'
import { KeyStoreError, type KeyStoreProblem } from '../attestation/key-store'
import {
  fingerprint,
  generateSigningKey,
  privateKeyFromPkcs8,
  publicKeyFromPem,
  publicKeyToPem,
} from '../attestation/keys'
import type { DeviceKeyStore } from '../services/types'
import { englishOf, mainMsg } from '../services/main-text'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'

/** Format tag of the wrapped key file. */
export const SAFE_STORAGE_KEY_FORMAT = 'preflight-safestorage-key/v1'

/** The parts of safeStorage we use (all optional where Electron versions differ). */
export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'>> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>

interface WrappedKeyFile {
  readonly format: typeof SAFE_STORAGE_KEY_FORMAT
  /** For people reading the file; the protection in force is always read from the ciphertext. */
  readonly protection?: KeyProtection
  readonly fingerprint: string
  /** base64 of safeStorage's ciphertext of base64(PKCS#8 DER). */
  readonly ciphertext: string
}

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** The version tag OSCrypt puts in front of a ciphertext ("v10", "v11", ...), or null. */
export function ciphertextTag(ciphertext: Uint8Array): string | null {
  if (ciphertext.length <= 3) return null
  const tag = Buffer.from(ciphertext.subarray(0, 3)).toString('latin1')
  return /^v\d\d$/.test(tag) ? tag : null
}

/**
 * What actually protects a safeStorage ciphertext, read from its version tag (Chromium's OSCrypt,
 * sync and async, as used by Electron 45):
 * - Linux `v10`: the fixed key derived from the public password "peanuts" (PosixKeyProvider / the
 *   basic_text backend): `basic-text`, i.e. no real protection, whatever the selected backend says.
 * - Linux `v11` (key kept in the Secret Service: GNOME Keyring, KWallet, KeePassXC...) and `v12`
 *   (key obtained through the XDG Secret portal): `kwallet` when the selected backend is a KWallet,
 *   otherwise `libsecret`.
 * - macOS `v10`: a key kept in the login Keychain (`os-keychain`); there is no weaker fallback, when
 *   the Keychain cannot be used encryption fails.
 * - Windows `v10`: an AES-GCM key wrapped by DPAPI for this user (`dpapi`).
 * - Anything else: null. We do not guess; a key is not created under a format we cannot name.
 */
export function protectionFromCiphertext(
  platform: NodeJS.Platform,
  ciphertext: Uint8Array,
  linuxBackend?: string,
): KeyProtection | null {
  const tag = ciphertextTag(ciphertext)
  if (tag === null) return null
  if (platform === 'darwin') return tag === 'v10' ? 'os-keychain' : null
  if (platform === 'win32') return tag === 'v10' ? 'dpapi' : null
  if (platform !== 'linux') return null
  if (tag === 'v10') return 'basic-text'
  if (tag === 'v11' || tag === 'v12') {
    return linuxBackend !== undefined && linuxBackend.startsWith('kwallet') ? 'kwallet' : 'libsecret'
  }
  return null
}

/**
 * What we say before anything was encrypted: the weakest protection this platform's safeStorage can
 * end up with (Linux can fall back to basic-text; macOS and Windows have no weaker mode).
 */
function assumedProtection(platform: NodeJS.Platform): KeyProtection {
  if (platform === 'darwin') return 'os-keychain'
  if (platform === 'win32') return 'dpapi'
  return 'basic-text'
}

const WEAK: ReadonlySet<KeyProtection> = new Set(['basic-text', 'file-0600-unencrypted'])

function unavailable(problem: KeyStoreProblem, message: string): KeyStoreError {
  return new KeyStoreError('KEY_STORE_UNAVAILABLE', problem, message)
}

/** The key store cannot be used right now; the key (if any) is untouched and may well be fine. */
function locked(what: string): KeyStoreError {
  return unavailable(
    'locked',
    `${what}. The system key store is locked, not answering, or refused (on Linux: GNOME Keyring or KWallet; on macOS: the login keychain; on Windows: your Windows sign-in). Unlock it, or sign out and sign in again as the same user, then try again. The key file was not changed. Do not delete it: once the key store unlocks it, the key works again.`,
  )
}

/** The private-key file itself is damaged (its bytes, not the key store). */
function corrupt(file: string, detail: string): KeyStoreError {
  return new KeyStoreError(
    'KEY_CORRUPT',
    'corrupt',
    `The device key file ${file} is damaged (${detail}). It was left as it is. If you have a backup of it, restore it; otherwise move it aside (do not delete it) and ask your security contact to enrol a new key.`,
  )
}

/** The public-key file is only a copy of data in the private key: moving it aside is always safe. */
function corruptPublicKey(file: string, detail: string): KeyStoreError {
  return new KeyStoreError(
    'KEY_CORRUPT',
    'corrupt',
    `The public key file ${file} is damaged (${detail}). It is only a copy: your signing key is not affected. Move the file aside; Preflight writes it again from the signing key the next time it signs.`,
  )
}

/** safeStorage-backed key store (see the module comment). Construct after app `ready`. */
export class SafeStorageKeyStore implements DeviceKeyStore {
  readonly keyFile: string
  readonly publicKeyFile: string
  /**
   * Protection of the stored key (from its ciphertext) if there is one, otherwise the weakest this
   * platform can give until a ciphertext shows better. What attestations record.
   */
  protection: KeyProtection
  /** What a new key would get, learnt once from a probe encryption (the encryptor is per process). */
  private probed: Promise<KeyProtection | null> | null = null

  constructor(
    readonly dir: string,
    private readonly safeStorage: SafeStorageLike,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {
    this.keyFile = path.join(dir, 'device-ed25519.enc')
    this.publicKeyFile = path.join(dir, 'device-ed25519.pub.pem')
    this.protection = this.storedProtectionSync() ?? assumedProtection(platform)
  }

  private linuxBackend(): string | undefined {
    if (this.platform !== 'linux') return undefined
    try {
      return this.safeStorage.getSelectedStorageBackend?.()
    } catch {
      return undefined
    }
  }

  private protectionOf(ciphertext: Uint8Array): KeyProtection | null {
    return protectionFromCiphertext(this.platform, ciphertext, this.linuxBackend())
  }

  /** The protection of an existing key file, read once at start (for display before unlocking). */
  private storedProtectionSync(): KeyProtection | null {
    try {
      const data = JSON.parse(readFileSync(this.keyFile, 'utf8')) as Partial<WrappedKeyFile> | null
      if (data === null || data.format !== SAFE_STORAGE_KEY_FORMAT || typeof data.ciphertext !== 'string')
        return null
      return this.protectionOf(Buffer.from(data.ciphertext, 'base64'))
    } catch {
      return null
    }
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

  /** What protection a key stored now would get, from encrypting a throwaway string. */
  private probeProtection(): Promise<KeyProtection | null> {
    this.probed ??= this.encrypt('preflight: which key protects new data?').then(
      (c) => this.protectionOf(c),
      () => null,
    )
    return this.probed
  }

  /** Whether a key can be created or used, and how well it is (or would be) protected. */
  async info(): Promise<KeyStoreInfo> {
    let available = await this.available()
    const stored = await this.readFile().catch(() => null)
    let protection: KeyProtection = this.protection
    let unrecognised = false
    if (stored !== null) {
      protection = this.protectionOf(Buffer.from(stored.ciphertext, 'base64')) ?? protection
    } else if (available && this.platform === 'linux') {
      // Only Linux can end up weaker than it claims; macOS and Windows have no fallback key.
      const probed = await this.probeProtection()
      if (probed === null) {
        available = false
        unrecognised = true
      } else {
        protection = probed
      }
    }
    if (stored === null) this.protection = protection
    const weak = WEAK.has(protection)
    const text = unrecognised
      ? mainMsg('main.keyStore.unrecognised')
      : !available
        ? mainMsg('main.keyStore.unavailable')
        : weak && stored !== null
          ? mainMsg('main.keyStore.weakStored')
          : weak
            ? mainMsg('main.keyStore.weakNew')
            : null
    if (text === null) return { available, protection, weak, message: null }
    return { available, protection, weak, message: englishOf(text), messageText: text }
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
      typeof o.fingerprint !== 'string'
    ) {
      throw corrupt(this.keyFile, 'unknown format')
    }
    if (!STRICT_BASE64.test(o.ciphertext)) throw corrupt(this.keyFile, 'the ciphertext is not base64')
    if (this.protectionOf(Buffer.from(o.ciphertext, 'base64')) === null) {
      throw corrupt(this.keyFile, 'the ciphertext does not start with a known key store version')
    }
    return o as WrappedKeyFile
  }

  async load(): Promise<KeyObject> {
    const stored = await this.readFile()
    if (stored === null) throw unavailable('missing', `there is no device key in ${this.dir} yet`)
    const ciphertext = Buffer.from(stored.ciphertext, 'base64')
    const protection = this.protectionOf(ciphertext) ?? this.protection
    if (!(await this.available())) throw locked('The device key could not be unlocked')
    let decrypted: { text: string; shouldReEncrypt: boolean }
    try {
      decrypted = await this.decrypt(ciphertext)
    } catch (err) {
      // A fixed-key (basic-text) ciphertext fails to decrypt only when its bytes changed; any other
      // failure may be the key store (locked, reset, another user), never proof of damage.
      if (protection === 'basic-text') {
        throw corrupt(this.keyFile, 'it no longer decrypts with the fixed basic-text key')
      }
      throw locked(`The device key could not be unlocked (${(err as Error).message})`)
    }
    // We only ever encrypt base64 text; anything else came from a different key, not from this file.
    if (!STRICT_BASE64.test(decrypted.text)) {
      throw locked('The system key store returned something that is not this device key')
    }
    let key: KeyObject
    try {
      key = privateKeyFromPkcs8(Buffer.from(decrypted.text, 'base64'))
    } catch (err) {
      throw corrupt(this.keyFile, (err as Error).message)
    }
    if (fingerprint(key) !== stored.fingerprint) {
      throw new KeyStoreError(
        'KEY_CORRUPT',
        'corrupt',
        `The device key file ${this.keyFile} holds a key that does not match the fingerprint recorded beside it. It was left as it is. Do not delete it; ask your security contact which key they enrolled for this laptop.`,
      )
    }
    this.protection = protection
    if (decrypted.shouldReEncrypt) await this.writeWrapped(key, false)
    await this.repairPublicKey(key)
    return key
  }

  /** The public key without unlocking the private one (null when there is none). */
  async publicKey(): Promise<KeyObject | null> {
    let text: Buffer
    try {
      text = await fs.readFile(this.publicKeyFile)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw unavailable('io', `cannot read ${this.publicKeyFile}: ${(err as Error).message}`)
    }
    try {
      return publicKeyFromPem(text)
    } catch (err) {
      throw corruptPublicKey(this.publicKeyFile, (err as Error).message)
    }
  }

  /** Rewrite the public-key copy when it is missing, unreadable or belongs to another key. */
  private async repairPublicKey(key: KeyObject): Promise<void> {
    const pem = publicKeyToPem(key)
    let current: string | null = null
    try {
      current = await fs.readFile(this.publicKeyFile, 'utf8')
    } catch {
      current = null
    }
    if (current === pem) return
    try {
      await writeFileAtomic(this.publicKeyFile, pem, { mode: 0o644 })
    } catch (err) {
      throw unavailable('io', describeWriteError(this.publicKeyFile, err))
    }
  }

  /** Encrypt and write the key; the recorded protection is read from the new ciphertext. */
  private async writeWrapped(key: KeyObject, exclusive: boolean): Promise<void> {
    const der = key.export({ type: 'pkcs8', format: 'der' })
    let ciphertext: Buffer
    try {
      ciphertext = await this.encrypt(der.toString('base64'))
    } catch (err) {
      throw locked(
        `The device key could not be protected by the system key store (${(err as Error).message})`,
      )
    }
    const protection = this.protectionOf(ciphertext)
    if (protection === null) {
      if (!exclusive) return // re-encryption: keep the file we can read and name
      throw unavailable(
        'unknown-format',
        'the system key store protected the new key in a format Preflight does not recognise, so it cannot say how well the key is protected; no key was created',
      )
    }
    const file: WrappedKeyFile = {
      format: SAFE_STORAGE_KEY_FORMAT,
      protection,
      fingerprint: fingerprint(key),
      ciphertext: ciphertext.toString('base64'),
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
    if (!(await this.available())) throw locked('No device key can be created right now')
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
