/**
 * SafeStorageKeyStore with a fake safeStorage that tags ciphertexts like Chromium's OSCrypt
 * (fake-safe-storage.ts): the recorded protection comes from what actually encrypted the key, a
 * locked key store is "unavailable" (never "corrupt"), and only a damaged file is KEY_CORRUPT.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeSafeStorage } from './fake-safe-storage'

vi.mock('electron', () => ({ default: {} }))

const { SafeStorageKeyStore, protectionFromCiphertext, ciphertextTag } =
  await import('../../../../main/electron/key-store')
const { KeyStoreError } = await import('../../../../main/attestation/key-store')
const { fingerprint, publicKeyFromPem, generateSigningKey, publicKeyToPem } =
  await import('../../../../main/attestation/keys')
const { sign, verify } = await import('node:crypto')

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'preflight-keys-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const tagged = (tag: string) => Buffer.concat([Buffer.from(tag, 'latin1'), Buffer.alloc(32, 7)])

async function failure(p: Promise<unknown>): Promise<InstanceType<typeof KeyStoreError>> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(KeyStoreError)
  return err as InstanceType<typeof KeyStoreError>
}

/** Advice that could lead someone to delete a key that still works. */
const DELETE_ADVICE = /\bdelete (it|the key|the file|your key)\b|key delete/i

describe('protection read from the ciphertext (OSCrypt version tags)', () => {
  it('maps each platform and tag to what really protects the key, whatever the backend says', () => {
    // Linux v10 is the fixed "peanuts" key: weak even when the desktop says GNOME Keyring.
    expect(protectionFromCiphertext('linux', tagged('v10'), 'gnome_libsecret')).toBe('basic-text')
    expect(protectionFromCiphertext('linux', tagged('v10'), 'kwallet6')).toBe('basic-text')
    expect(protectionFromCiphertext('linux', tagged('v11'), 'gnome_libsecret')).toBe('libsecret')
    expect(protectionFromCiphertext('linux', tagged('v11'), 'kwallet5')).toBe('kwallet')
    expect(protectionFromCiphertext('linux', tagged('v12'), 'gnome_libsecret')).toBe('libsecret')
    expect(protectionFromCiphertext('linux', tagged('v11'), undefined)).toBe('libsecret')
    expect(protectionFromCiphertext('darwin', tagged('v10'))).toBe('os-keychain')
    expect(protectionFromCiphertext('win32', tagged('v10'))).toBe('dpapi')
    // Unknown tags, platforms or shapes are never given a name.
    expect(protectionFromCiphertext('linux', tagged('v13'), 'gnome_libsecret')).toBeNull()
    expect(protectionFromCiphertext('darwin', tagged('v11'))).toBeNull()
    expect(protectionFromCiphertext('win32', tagged('v20'))).toBeNull()
    expect(protectionFromCiphertext('freebsd', tagged('v10'))).toBeNull()
    expect(protectionFromCiphertext('linux', Buffer.from('v1'), 'gnome_libsecret')).toBeNull()
    expect(protectionFromCiphertext('linux', Buffer.from('plain text'), 'gnome_libsecret')).toBeNull()
    expect(ciphertextTag(tagged('v11'))).toBe('v11')
    expect(ciphertextTag(Buffer.from('v11'))).toBeNull()
  })
})

describe('SafeStorageKeyStore', () => {
  it('creates a wrapped key (0600, never in clear), loads it back and signs with it (async API)', async () => {
    const { api } = fakeSafeStorage({ encryptTag: 'v11' })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    expect(await store.exists()).toBe(false)
    const key = await store.create()
    expect(store.protection).toBe('libsecret')
    const text = readFileSync(store.keyFile, 'utf8')
    const der = key.export({ type: 'pkcs8', format: 'der' })
    expect(text).not.toContain(der.toString('base64'))
    expect(text).not.toContain('PRIVATE KEY')
    if (process.platform !== 'win32') expect(statSync(store.keyFile).mode & 0o777).toBe(0o600)
    const loaded = await new SafeStorageKeyStore(dir, api, 'linux').load()
    const msg = Buffer.from('hello')
    expect(
      verify(null, msg, publicKeyFromPem(readFileSync(store.publicKeyFile)), sign(null, msg, loaded)),
    ).toBe(true)
    expect(fingerprint((await store.publicKey()) ?? key)).toBe(fingerprint(key))
    expect(api.encryptStringAsync).toHaveBeenCalled()
    expect(api.encryptString).not.toHaveBeenCalled()
    await expect(store.create()).rejects.toThrow(/already exists/)
  })

  it('falls back to the sync API on older Electron', async () => {
    const { api } = fakeSafeStorage({ encryptTag: 'v10', syncOnly: true })
    const store = new SafeStorageKeyStore(dir, api, 'darwin')
    const key = await store.create()
    expect(store.protection).toBe('os-keychain')
    expect(fingerprint(await store.load())).toBe(fingerprint(key))
  })

  it('Linux: the desktop says GNOME Keyring but encryption fell back to the fixed key: recorded and shown as basic-text', async () => {
    // What safeStorage does on a GNOME session whose keyring is not running: the backend is
    // gnome_libsecret, encryptStringAsync silently uses the v10 "peanuts" key.
    const { api } = fakeSafeStorage({ encryptTag: 'v10', backend: 'gnome_libsecret' })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    expect(store.protection).toBe('basic-text')
    const before = await store.info()
    expect(before).toMatchObject({ available: true, protection: 'basic-text', weak: true })
    expect(before.message).toMatch(/fixed, publicly known password/)
    await store.create()
    expect(store.protection).toBe('basic-text')
    expect(JSON.parse(readFileSync(store.keyFile, 'utf8')).protection).toBe('basic-text')
    const after = await store.info()
    expect(after).toMatchObject({ available: true, protection: 'basic-text', weak: true })
    expect(after.message).toMatch(/Your signing key was stored while no system key store/)
    // Reopened later, with the keyring running for new data, the stored key is still what it is.
    const { api: later } = fakeSafeStorage({ encryptTag: 'v11', backend: 'gnome_libsecret' })
    const reopened = new SafeStorageKeyStore(dir, later, 'linux')
    expect(reopened.protection).toBe('basic-text')
    expect((await reopened.info()).weak).toBe(true)
    await reopened.load()
    expect(reopened.protection).toBe('basic-text')
  })

  it('a key file that claims libsecret over a v10 ciphertext (written by an older version) is reported as basic-text', async () => {
    const { api } = fakeSafeStorage({ encryptTag: 'v10', backend: 'gnome_libsecret' })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    await store.create()
    const file = JSON.parse(readFileSync(store.keyFile, 'utf8')) as Record<string, string>
    writeFileSync(store.keyFile, JSON.stringify({ ...file, protection: 'libsecret' }))
    const reopened = new SafeStorageKeyStore(dir, api, 'linux')
    expect(reopened.protection).toBe('basic-text')
    expect((await reopened.info()).protection).toBe('basic-text')
    await reopened.load()
    expect(reopened.protection).toBe('basic-text')
  })

  it('a working keyring is recorded as such (KWallet reported by the backend, v11 ciphertext)', async () => {
    const { api } = fakeSafeStorage({ encryptTag: 'v11', backend: 'kwallet6' })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    expect((await store.info()).protection).toBe('kwallet')
    expect((await store.info()).weak).toBe(false)
    await store.create()
    expect(store.protection).toBe('kwallet')
  })

  it('moves to the keyring when safeStorage re-encrypts a basic-text key, and says so', async () => {
    const first = fakeSafeStorage({ encryptTag: 'v10' })
    const store = new SafeStorageKeyStore(dir, first.api, 'linux')
    const key = await store.create()
    const later = fakeSafeStorage({ encryptTag: 'v11', reencrypt: true })
    const reopened = new SafeStorageKeyStore(dir, later.api, 'linux')
    expect(fingerprint(await reopened.load())).toBe(fingerprint(key))
    expect(reopened.protection).toBe('libsecret')
    expect(JSON.parse(readFileSync(store.keyFile, 'utf8')).protection).toBe('libsecret')
    expect(fingerprint(await new SafeStorageKeyStore(dir, later.api, 'linux').load())).toBe(fingerprint(key))
  })

  it('macOS and Windows: info() touches no keychain before a key is made (no weaker fallback to find)', async () => {
    for (const [platform, protection] of [
      ['darwin', 'os-keychain'],
      ['win32', 'dpapi'],
    ] as const) {
      const { api } = fakeSafeStorage({ encryptTag: 'v10' })
      const info = await new SafeStorageKeyStore(path.join(dir, platform), api, platform).info()
      expect(info).toMatchObject({ available: true, protection, weak: false, message: null })
      expect(api.encryptStringAsync).not.toHaveBeenCalled()
    }
  })

  it('refuses to create a key under a ciphertext format it cannot name', async () => {
    const { api } = fakeSafeStorage({ encryptTag: 'v13' })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    const info = await store.info()
    expect(info.available).toBe(false)
    expect(info.message).toMatch(/will not create one/)
    const err = await failure(store.create())
    expect(err).toMatchObject({ code: 'KEY_STORE_UNAVAILABLE', problem: 'unknown-format' })
    expect(await store.exists()).toBe(false)
  })

  it('refuses to create or load when the OS store is unavailable', async () => {
    const { api, state } = fakeSafeStorage({ available: false })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    expect((await store.info()).available).toBe(false)
    expect((await failure(store.create())).problem).toBe('locked')
    expect(await store.exists()).toBe(false)
    state.available = true
    await store.create()
    state.available = false
    const err = await failure(new SafeStorageKeyStore(dir, api, 'linux').load())
    expect(err).toMatchObject({ code: 'KEY_STORE_UNAVAILABLE', problem: 'locked' })
  })

  it('a locked or refusing keyring is "unavailable", never "corrupt", and no advice to delete the key', async () => {
    const { api, state } = fakeSafeStorage({ encryptTag: 'v11' })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    const key = await store.create()
    const before = readFileSync(store.keyFile, 'utf8')
    state.unlocked.delete('v11')
    for (const refusal of [
      'safeStorage.decryptStringAsync is temporarily unavailable. Please try again.',
      'Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.',
    ]) {
      state.refusal = refusal
      const err = await failure(new SafeStorageKeyStore(dir, api, 'linux').load())
      expect(err.code).toBe('KEY_STORE_UNAVAILABLE')
      expect(err.problem).toBe('locked')
      expect(err.message).toMatch(/Unlock it, or sign out and sign in again/)
      expect(err.message).toMatch(/Do not delete it/)
      expect(err.message.replace(/Do not delete it/g, '')).not.toMatch(DELETE_ADVICE)
    }
    expect(readFileSync(store.keyFile, 'utf8')).toBe(before)
    // Unlocked again: the same key works.
    state.unlocked.add('v11')
    expect(fingerprint(await new SafeStorageKeyStore(dir, api, 'linux').load())).toBe(fingerprint(key))
  })

  it('macOS and Windows: a refused decryption is the key store, not damage', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const sub = mkdtempSync(path.join(dir, `${platform}-`))
      const { api, state } = fakeSafeStorage({ encryptTag: 'v10' })
      await new SafeStorageKeyStore(sub, api, platform).create()
      state.unlocked.delete('v10')
      state.refusal = 'Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.'
      const err = await failure(new SafeStorageKeyStore(sub, api, platform).load())
      expect(err).toMatchObject({ code: 'KEY_STORE_UNAVAILABLE', problem: 'locked' })
    }
  })

  it('reports a damaged file as KEY_CORRUPT, leaves it alone and never replaces it', async () => {
    const { api } = fakeSafeStorage({ encryptTag: 'v10' })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    await store.create()
    const original = JSON.parse(readFileSync(store.keyFile, 'utf8')) as Record<string, string>
    const ct = Buffer.from(original['ciphertext'] ?? '', 'base64')
    // Linux v10 is a fixed key: a ciphertext that no longer decrypts can only have been changed.
    const flipped = Buffer.from(ct)
    flipped[ct.length - 1] = (flipped[ct.length - 1] ?? 0) ^ 1
    const damaged: [string, string][] = [
      [JSON.stringify({ ...original, ciphertext: flipped.toString('base64') }), 'fixed basic-text key'],
      [JSON.stringify({ ...original, ciphertext: 'not base64!' }), 'not base64'],
      [
        JSON.stringify({ ...original, ciphertext: Buffer.from('xyz123').toString('base64') }),
        'known key store',
      ],
      [JSON.stringify({ ...original, format: 'other' }), 'unknown format'],
      ['not json', 'not JSON'],
    ]
    for (const [text, why] of damaged) {
      writeFileSync(store.keyFile, text)
      const err = await failure(new SafeStorageKeyStore(dir, api, 'linux').load())
      expect(err.code, why).toBe('KEY_CORRUPT')
      expect(err.message).toContain(why)
      expect(err.message).toMatch(/move it aside \(do not delete it\)/)
      expect(readFileSync(store.keyFile, 'utf8')).toBe(text)
    }
    await expect(store.create()).rejects.toThrow(/already exists/)
  })

  it('a key that decrypts but does not match its recorded fingerprint is kept, with no advice to delete it', async () => {
    const { api } = fakeSafeStorage({ encryptTag: 'v11' })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    await store.create()
    const original = JSON.parse(readFileSync(store.keyFile, 'utf8')) as Record<string, string>
    writeFileSync(store.keyFile, JSON.stringify({ ...original, fingerprint: '0'.repeat(64) }))
    const err = await failure(store.load())
    expect(err.code).toBe('KEY_CORRUPT')
    expect(err.message).toMatch(/Do not delete it/)
    expect(err.message.replace(/Do not delete it/g, '')).not.toMatch(DELETE_ADVICE)
  })

  it('a damaged public-key copy never puts the signing key at risk, and loading rewrites it', async () => {
    const { api } = fakeSafeStorage({ encryptTag: 'v11' })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    const key = await store.create()
    writeFileSync(store.publicKeyFile, 'garbage')
    const err = await failure(store.publicKey())
    expect(err.code).toBe('KEY_CORRUPT')
    expect(err.message).toMatch(/only a copy: your signing key is not affected/)
    expect(err.message).not.toMatch(DELETE_ADVICE)
    await store.load()
    expect(fingerprint((await store.publicKey())!)).toBe(fingerprint(key))
    // Another key's public key beside ours is replaced by ours, too.
    writeFileSync(store.publicKeyFile, publicKeyToPem(generateSigningKey().privateKey))
    await store.load()
    expect(fingerprint((await store.publicKey())!)).toBe(fingerprint(key))
  })

  it('re-encrypts when safeStorage asks for it, and deletes both files', async () => {
    const { api } = fakeSafeStorage({ encryptTag: 'v11', reencrypt: true })
    const store = new SafeStorageKeyStore(dir, api, 'linux')
    const key = await store.create()
    const calls = api.encryptStringAsync?.mock.calls.length ?? 0
    expect(fingerprint(await store.load())).toBe(fingerprint(key))
    expect(api.encryptStringAsync?.mock.calls.length).toBe(calls + 1)
    await store.delete()
    expect(await store.exists()).toBe(false)
    expect(await store.publicKey()).toBeNull()
    await store.delete()
  })
})
