import { promises as fs } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { configDir, ensureConfigDir } from '../../../../main/attestation/config-dir'
import {
  decryptPrivateKey,
  encryptPrivateKey,
  FileKeyStore,
  KeyStoreError,
  SCRYPT_PARAMS,
} from '../../../../main/attestation/key-store'
import { fingerprint, generateSigningKey, publicKeyFromPem } from '../../../../main/attestation/keys'

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'preflight-ks-'))
}

async function problem(p: Promise<unknown>): Promise<KeyStoreError> {
  try {
    await p
  } catch (err) {
    expect(err).toBeInstanceOf(KeyStoreError)
    return err as KeyStoreError
  }
  throw new Error('expected a KeyStoreError')
}

const posix = process.platform !== 'win32'

describe('FileKeyStore without passphrase', () => {
  it('creates a 0600 PKCS#8 key with its public key beside it, and loads it back', async () => {
    const dir = await tempDir()
    const store = new FileKeyStore(dir, 'device')
    expect(store.protection).toBe('file-0600-unencrypted')
    expect(await store.exists()).toBe(false)
    expect(await FileKeyStore.detect(dir, 'device')).toBeNull()
    const key = await store.create()
    expect(await store.exists()).toBe(true)
    const text = await fs.readFile(path.join(dir, 'device.key'), 'utf8')
    expect(text).toMatch(/^-----BEGIN PRIVATE KEY-----/)
    if (posix) expect((await fs.stat(path.join(dir, 'device.key'))).mode & 0o777).toBe(0o600)
    const pub = publicKeyFromPem(await fs.readFile(path.join(dir, 'device.pub.pem'), 'utf8'))
    expect(fingerprint(pub)).toBe(fingerprint(key))
    expect(fingerprint((await store.publicKey())!)).toBe(fingerprint(key))
    expect(fingerprint(await new FileKeyStore(dir, 'device').load())).toBe(fingerprint(key))
    expect(await FileKeyStore.detect(dir, 'device')).toBe('file-0600-unencrypted')
  })

  it('refuses to overwrite an existing key', async () => {
    const dir = await tempDir()
    const first = await new FileKeyStore(dir, 'device').create()
    const err = await problem(new FileKeyStore(dir, 'device').create())
    expect(err.problem).toBe('exists')
    expect(fingerprint(await new FileKeyStore(dir, 'device').load())).toBe(fingerprint(first))
  })

  it('reports a missing key, and a corrupt or truncated one without replacing it', async () => {
    const dir = await tempDir()
    const store = new FileKeyStore(dir, 'device')
    expect((await problem(store.load())).problem).toBe('missing')
    await store.create()
    const file = path.join(dir, 'device.key')
    const text = await fs.readFile(file, 'utf8')
    await fs.writeFile(file, text.slice(0, 40), { mode: 0o600 })
    const err = await problem(store.load())
    expect(err.code).toBe('KEY_CORRUPT')
    expect(err.message).toMatch(/damaged/)
    expect(await fs.readFile(file, 'utf8')).toBe(text.slice(0, 40))
    expect((await problem(store.create())).problem).toBe('exists')
  })

  it('refuses a public key file that does not match, and recreates a missing one', async () => {
    const dir = await tempDir()
    const store = new FileKeyStore(dir, 'device')
    const key = await store.create()
    await fs.unlink(path.join(dir, 'device.pub.pem'))
    await store.load()
    expect(fingerprint((await store.publicKey())!)).toBe(fingerprint(key))
    const other = generateSigningKey().publicKey.export({ type: 'spki', format: 'pem' }).toString()
    await fs.writeFile(path.join(dir, 'device.pub.pem'), other)
    const err = await problem(store.load())
    expect(err.code).toBe('KEY_CORRUPT')
    // The .pub.pem is a copy: the advice must not lead to deleting the (good) private key.
    expect(err.message).toMatch(/only a copy and your signing key is not affected: move the file aside/)
    expect(err.message).not.toMatch(/key delete/)
    await fs.rename(path.join(dir, 'device.pub.pem'), path.join(dir, 'device.pub.pem.bad'))
    expect(fingerprint(await store.load())).toBe(fingerprint(key))
    expect(fingerprint((await store.publicKey())!)).toBe(fingerprint(key))
  })

  it.runIf(posix)('refuses a key file other users can read', async () => {
    const dir = await tempDir()
    const store = new FileKeyStore(dir, 'device')
    await store.create()
    await fs.chmod(path.join(dir, 'device.key'), 0o644)
    const err = await problem(store.load())
    expect(err.code).toBe('KEY_PROTECTION_WEAK')
    expect(err.message).toMatch(/chmod 600/)
  })

  it('deletes the key and its public key; deleting nothing is fine', async () => {
    const dir = await tempDir()
    const store = new FileKeyStore(dir, 'device')
    await store.create()
    await store.delete()
    expect(await store.exists()).toBe(false)
    await expect(fs.stat(path.join(dir, 'device.pub.pem'))).rejects.toThrow()
    await store.delete()
    await store.create()
    expect(await store.exists()).toBe(true)
  })

  it('rejects unsafe key names', () => {
    expect(() => new FileKeyStore('/x', '../evil')).toThrow(TypeError)
    expect(() => new FileKeyStore('/x', '.hidden')).toThrow(TypeError)
  })
})

describe('FileKeyStore with a passphrase', () => {
  it('encrypts with scrypt + AES-256-GCM and round-trips', async () => {
    const dir = await tempDir()
    const store = new FileKeyStore(dir, 'device', 'correct horse battery')
    expect(store.protection).toBe('passphrase-scrypt-aes256gcm')
    const key = await store.create()
    const file = JSON.parse(await fs.readFile(path.join(dir, 'device.key'), 'utf8'))
    expect(file).toMatchObject({
      format: 'preflight-encrypted-key/v1',
      kdf: { name: 'scrypt', N: 32768, r: 8, p: 1 },
      cipher: 'aes-256-gcm',
    })
    expect(Buffer.from(file.salt, 'base64')).toHaveLength(16)
    expect(Buffer.from(file.iv, 'base64')).toHaveLength(12)
    expect(Buffer.from(file.tag, 'base64')).toHaveLength(16)
    expect(JSON.stringify(file)).not.toMatch(/PRIVATE KEY/)
    if (posix) expect((await fs.stat(path.join(dir, 'device.key'))).mode & 0o777).toBe(0o600)
    expect(await FileKeyStore.detect(dir, 'device')).toBe('passphrase-scrypt-aes256gcm')
    expect(fingerprint(await new FileKeyStore(dir, 'device', 'correct horse battery').load())).toBe(
      fingerprint(key),
    )
    // Unicode normalization: the same passphrase typed as NFD still works.
    const dir2 = await tempDir()
    const k2 = await new FileKeyStore(dir2, 'device', 'caf\u00e9-passphrase').create()
    expect(fingerprint(await new FileKeyStore(dir2, 'device', 'cafe\u0301-passphrase').load())).toBe(
      fingerprint(k2),
    )
  })

  it('tells a wrong passphrase, a missing one and a damaged file apart', async () => {
    const dir = await tempDir()
    await new FileKeyStore(dir, 'device', 'correct horse battery').create()
    const wrong = await problem(new FileKeyStore(dir, 'device', 'wrong horse battery').load())
    expect(wrong.problem).toBe('wrong-passphrase')
    expect(wrong.message).toMatch(/wrong passphrase/)
    expect((await problem(new FileKeyStore(dir, 'device').load())).problem).toBe('passphrase-required')

    const file = path.join(dir, 'device.key')
    const original = JSON.parse(await fs.readFile(file, 'utf8'))
    const ct = Buffer.from(original.ciphertext, 'base64')
    ct[0] = ct[0]! ^ 1
    const variants: Record<string, unknown>[] = [
      { ...original, ciphertext: ct.toString('base64') },
      { ...original, tag: Buffer.alloc(16).toString('base64') },
      { ...original, iv: Buffer.alloc(12).toString('base64') },
      { ...original, ciphertext: undefined },
      { ...original, kdf: { ...original.kdf, N: 2 ** 30 } },
      { ...original, format: 'something-else' },
    ]
    for (const v of variants) {
      await fs.writeFile(file, JSON.stringify(v), { mode: 0o600 })
      const err = await problem(new FileKeyStore(dir, 'device', 'correct horse battery').load())
      expect(err.code).toBe('KEY_CORRUPT')
    }
    await fs.writeFile(file, '{"format": "preflight-encrypted-key/v1", "kdf":', { mode: 0o600 })
    expect((await problem(new FileKeyStore(dir, 'device', 'correct horse battery').load())).code).toBe(
      'KEY_CORRUPT',
    )
  })

  it('refuses short passphrases and a passphrase for an unencrypted key', async () => {
    const dir = await tempDir()
    expect((await problem(new FileKeyStore(dir, 'device', 'short').create())).problem).toBe(
      'passphrase-too-short',
    )
    expect(await new FileKeyStore(dir, 'device').exists()).toBe(false)
    await new FileKeyStore(dir, 'device').create()
    expect((await problem(new FileKeyStore(dir, 'device', 'correct horse battery').load())).problem).toBe(
      'passphrase-not-used',
    )
  })

  it('encryptPrivateKey/decryptPrivateKey round-trip arbitrary bytes', async () => {
    const data = Buffer.from('not really a key')
    const text = await encryptPrivateKey(data, 'passphrase!')
    expect((await decryptPrivateKey(text, 'passphrase!')).equals(data)).toBe(true)
    expect(SCRYPT_PARAMS.N).toBeGreaterThanOrEqual(2 ** 15)
  })
})

describe('config dir', () => {
  it('follows PREFLIGHT_HOME, then the platform convention', () => {
    expect(configDir({ env: { PREFLIGHT_HOME: '/tmp/x' }, platform: 'linux', home: '/home/a' })).toBe(
      path.resolve('/tmp/x'),
    )
    expect(configDir({ env: {}, platform: 'linux', home: '/home/a' })).toBe('/home/a/.config/preflight')
    expect(configDir({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', home: '/home/a' })).toBe(
      '/xdg/preflight',
    )
    expect(configDir({ env: { XDG_CONFIG_HOME: 'relative' }, platform: 'linux', home: '/home/a' })).toBe(
      '/home/a/.config/preflight',
    )
    expect(configDir({ env: {}, platform: 'darwin', home: '/Users/a' })).toBe(
      '/Users/a/Library/Application Support/Preflight',
    )
    expect(
      configDir({
        env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' },
        platform: 'win32',
        home: 'C:\\Users\\a',
      }),
    ).toBe('C:\\Users\\a\\AppData\\Roaming\\Preflight')
  })

  it.runIf(posix)('creates the folder private, tightening an existing open one', async () => {
    const base = await tempDir()
    const dir = path.join(base, 'nested', 'home')
    expect(await ensureConfigDir({ env: { PREFLIGHT_HOME: dir } })).toBe(dir)
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700)
    await fs.chmod(dir, 0o755)
    await ensureConfigDir({ env: { PREFLIGHT_HOME: dir } })
    expect((await fs.stat(dir)).mode & 0o777).toBe(0o700)
  })
})
