/**
 * A stand-in for Electron's safeStorage that behaves like Chromium's OSCrypt where it matters to the
 * key store: every ciphertext starts with the version tag of the key that made it ("v10" = the fixed
 * basic-text key on Linux, Keychain on macOS, DPAPI on Windows; "v11" = a keyring key on Linux), a
 * damaged ciphertext fails to decrypt, and a keyring key can be "locked" so decryption is refused.
 * The selected backend is reported separately, the way Electron reports it: from the desktop name,
 * not from what actually encrypts.
 */
import { createHash } from 'node:crypto'
import { vi } from 'vitest'

export interface FakeSafeStorageOptions {
  /** Tag of the key new data is encrypted with. */
  encryptTag?: string
  /** What getSelectedStorageBackend() answers (independent of encryptTag, as in Electron). */
  backend?: string
  /** isAsyncEncryptionAvailable / isEncryptionAvailable. */
  available?: boolean
  /** decryptStringAsync says shouldReEncrypt. */
  reencrypt?: boolean
  /** Only the deprecated sync API (older Electron). */
  syncOnly?: boolean
}

/** Per-tag key stream plus a 4-byte check, so damage is detected like an AEAD/padding failure. */
function keyFor(tag: string): Buffer {
  return createHash('sha256').update(`fake-oscrypt-${tag}`).digest()
}
function xor(data: Buffer, key: Buffer): Buffer {
  return Buffer.from(data.map((v, i) => v ^ (key[i % key.length] ?? 0)))
}
function check(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest().subarray(0, 4)
}

export function fakeSafeStorage(opts: FakeSafeStorageOptions = {}) {
  const state = {
    encryptTag: opts.encryptTag ?? 'v11',
    backend: opts.backend ?? 'gnome_libsecret',
    available: opts.available ?? true,
    reencrypt: opts.reencrypt ?? false,
    /** Keys the key store can currently use; remove a tag to simulate a locked/reset keyring. */
    unlocked: new Set<string>(['v10', 'v11', 'v12']),
    /** How a refused decryption is worded (Electron 45's two messages). */
    refusal: 'safeStorage.decryptStringAsync is temporarily unavailable. Please try again.',
  }
  const encrypt = (s: string): Buffer => {
    const tag = state.encryptTag
    const plain = Buffer.from(s, 'utf8')
    return Buffer.concat([Buffer.from(tag, 'latin1'), xor(Buffer.concat([check(plain), plain]), keyFor(tag))])
  }
  const decrypt = (b: Buffer): string => {
    const tag = b.subarray(0, 3).toString('latin1')
    if (!state.unlocked.has(tag)) throw new Error(state.refusal)
    const body = xor(b.subarray(3), keyFor(tag))
    const plain = body.subarray(4)
    if (!check(plain).equals(body.subarray(0, 4))) {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.')
    }
    return plain.toString('utf8')
  }
  const api = {
    isEncryptionAvailable: () => state.available,
    encryptString: vi.fn((s: string) => {
      if (!opts.syncOnly) throw new Error('deprecated sync API used')
      return encrypt(s)
    }),
    decryptString: vi.fn((b: Buffer) => {
      if (!opts.syncOnly) throw new Error('deprecated sync API used')
      return decrypt(b)
    }),
    getSelectedStorageBackend: () => state.backend as never,
    ...(opts.syncOnly
      ? {}
      : {
          isAsyncEncryptionAvailable: vi.fn(async () => state.available),
          encryptStringAsync: vi.fn(async (s: string) => encrypt(s)),
          decryptStringAsync: vi.fn(async (b: Buffer) => ({
            result: decrypt(b),
            shouldReEncrypt: state.reencrypt,
          })),
        }),
  }
  return { api, state }
}
