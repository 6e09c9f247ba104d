/** SafeStorageKeyStore with a fake safeStorage (async API, sync API, Linux basic_text). */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ default: {} }))

const { SafeStorageKeyStore, protectionFor } = await import('../../../../main/electron/key-store')
const { fingerprint, publicKeyFromPem } = await import('../../../../main/attestation/keys')
const { sign, verify } = await import('node:crypto')

/** Reversible but keyed "encryption": enough to prove the file never holds the key in clear. */
function fakeCipher(secret: string) {
  const pad = createHash('sha256').update(secret).digest()
  const xor = (b: Buffer) => Buffer.from(b.map((v, i) => v ^ (pad[i % pad.length] ?? 0)))
  return {
    enc: (s: string) => Buffer.concat([Buffer.from('v10'), xor(Buffer.from(s, 'utf8'))]),
    dec: (b: Buffer) => xor(b.subarray(3)).toString('utf8'),
  }
}

function asyncSafeStorage(opts: { available?: boolean; backend?: string; reencrypt?: boolean } = {}) {
  const c = fakeCipher('os-secret')
  return {
    isEncryptionAvailable: () => opts.available ?? true,
    encryptString: () => {
      throw new Error('deprecated sync API used')
    },
    decryptString: () => {
      throw new Error('deprecated sync API used')
    },
    isAsyncEncryptionAvailable: vi.fn(async () => opts.available ?? true),
    encryptStringAsync: vi.fn(async (s: string) => c.enc(s)),
    decryptStringAsync: vi.fn(async (b: Buffer) => ({
      result: c.dec(b),
      shouldReEncrypt: opts.reencrypt ?? false,
    })),
    getSelectedStorageBackend: () => (opts.backend ?? 'gnome_libsecret') as never,
  }
}

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'preflight-keys-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('SafeStorageKeyStore', () => {
  it('maps platforms and Linux backends to the recorded protection', () => {
    expect(protectionFor('darwin', undefined)).toBe('os-keychain')
    expect(protectionFor('win32', undefined)).toBe('dpapi')
    expect(protectionFor('linux', 'gnome_libsecret')).toBe('libsecret')
    expect(protectionFor('linux', 'kwallet6')).toBe('kwallet')
    expect(protectionFor('linux', 'basic_text')).toBe('basic-text')
    expect(protectionFor('linux', 'unknown')).toBe('basic-text')
    expect(protectionFor('linux', undefined)).toBe('basic-text')
  })

  it('creates a wrapped key (0600, never in clear), loads it back and signs with it (async API)', async () => {
    const ss = asyncSafeStorage()
    const store = new SafeStorageKeyStore(dir, ss, 'linux')
    expect(await store.exists()).toBe(false)
    const key = await store.create()
    expect(store.protection).toBe('libsecret')
    const text = readFileSync(store.keyFile, 'utf8')
    const der = key.export({ type: 'pkcs8', format: 'der' })
    expect(text).not.toContain(der.toString('base64'))
    expect(text).not.toContain('PRIVATE KEY')
    if (process.platform !== 'win32') expect(statSync(store.keyFile).mode & 0o777).toBe(0o600)
    const loaded = await new SafeStorageKeyStore(dir, ss, 'linux').load()
    const msg = Buffer.from('hello')
    expect(
      verify(null, msg, publicKeyFromPem(readFileSync(store.publicKeyFile)), sign(null, msg, loaded)),
    ).toBe(true)
    expect(fingerprint((await store.publicKey()) ?? key)).toBe(fingerprint(key))
    expect(ss.encryptStringAsync).toHaveBeenCalled()
    await expect(store.create()).rejects.toThrow(/already exists/)
  })

  it('falls back to the sync API on older Electron', async () => {
    const c = fakeCipher('sync')
    const ss = {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => c.enc(s),
      decryptString: (b: Buffer) => c.dec(b),
    }
    const store = new SafeStorageKeyStore(dir, ss, 'darwin')
    const key = await store.create()
    expect(store.protection).toBe('os-keychain')
    expect(fingerprint(await store.load())).toBe(fingerprint(key))
  })

  it('on Linux basic_text still works but says the key is weakly protected', async () => {
    const store = new SafeStorageKeyStore(dir, asyncSafeStorage({ backend: 'basic_text' }), 'linux')
    const info = await store.info()
    expect(info).toMatchObject({ available: true, protection: 'basic-text', weak: true })
    expect(info.message).toMatch(/no system key store/)
    await store.create()
    expect(JSON.parse(readFileSync(store.keyFile, 'utf8')).protection).toBe('basic-text')
    // Later, with a keyring available, the existing key still reports how it was actually stored.
    const reopened = new SafeStorageKeyStore(dir, asyncSafeStorage({ backend: 'gnome_libsecret' }), 'linux')
    expect(reopened.protection).toBe('basic-text')
    expect((await reopened.info()).weak).toBe(true)
  })

  it('refuses to create or load when the OS store is unavailable', async () => {
    const store = new SafeStorageKeyStore(dir, asyncSafeStorage({ available: false }), 'linux')
    expect((await store.info()).available).toBe(false)
    await expect(store.create()).rejects.toThrow(/not available/)
    expect(await store.exists()).toBe(false)
  })

  it('reports a damaged or mismatched file instead of replacing it', async () => {
    const ss = asyncSafeStorage()
    const store = new SafeStorageKeyStore(dir, ss, 'linux')
    await store.create()
    const original = JSON.parse(readFileSync(store.keyFile, 'utf8')) as Record<string, string>
    writeFileSync(store.keyFile, JSON.stringify({ ...original, fingerprint: '0'.repeat(64) }))
    await expect(store.load()).rejects.toMatchObject({ code: 'KEY_CORRUPT' })
    writeFileSync(store.keyFile, 'not json')
    await expect(store.load()).rejects.toMatchObject({ code: 'KEY_CORRUPT' })
    await expect(store.create()).rejects.toThrow(/already exists/)
    expect(readFileSync(store.keyFile, 'utf8')).toBe('not json')
  })

  it('re-encrypts when safeStorage asks for it, and deletes both files', async () => {
    const ss = asyncSafeStorage({ reencrypt: true })
    const store = new SafeStorageKeyStore(dir, ss, 'linux')
    const key = await store.create()
    const calls = ss.encryptStringAsync.mock.calls.length
    expect(fingerprint(await store.load())).toBe(fingerprint(key))
    expect(ss.encryptStringAsync.mock.calls.length).toBe(calls + 1)
    await store.delete()
    expect(await store.exists()).toBe(false)
    expect(await store.publicKey()).toBeNull()
    await store.delete()
  })
})
