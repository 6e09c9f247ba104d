/**
 * Independent verification: attestations made by Preflight's own code must verify with stock
 * tools, following the recipes in docs/attestation.md *exactly as printed there* (the test extracts
 * the fenced blocks after the `<!-- tested: … -->` markers), and tampered files must fail.
 */
import { spawnSync } from 'node:child_process'
import { promises as fs, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { PAYLOAD_TYPES } from '../../shared/attestation-types'
import { serializeEnvelope, signEnvelope, type Envelope } from '../../main/attestation/dsse'
import { FileKeyStore } from '../../main/attestation/key-store'
import { fingerprint, generateSigningKey, publicKeyToPem } from '../../main/attestation/keys'
import { runChecks } from '../../main/engine/run-checks'
import { ReplayProbe } from '../../main/probe/transcript'
import { createAttestation, policyForAttestation } from '../../main/staff/attest'
import { verifyRequest } from '../../main/staff/request'
import { pinCisoKey } from '../../main/staff/trust'
import { emptyTranscript, tempDir, TestCiso } from '../unit/main/staff/helpers'

const DOC = readFileSync(path.join(__dirname, '..', '..', 'docs', 'attestation.md'), 'utf8')

/** The fenced block right after `<!-- tested: NAME -->` in docs/attestation.md. */
function recipe(name: string): string {
  const m = new RegExp(`<!-- tested: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(DOC)
  if (!m?.[1]) throw new Error(`docs/attestation.md has no block marked ${name}`)
  return m[1] + '\n'
}

function has(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8' })
  return r.status === 0
}

const HAVE_OPENSSL3 =
  has('openssl', ['version']) &&
  /^OpenSSL 3\./.test(spawnSync('openssl', ['version'], { encoding: 'utf8' }).stdout)
const HAVE_PY_CRYPTO = has('python3', ['-c', 'import cryptography.hazmat.primitives.asymmetric.ed25519'])

function sh(script: string, cwd: string) {
  const r = spawnSync('sh', ['-e', '-c', script], { cwd, encoding: 'utf8', timeout: 20_000 })
  return { code: r.status, out: `${r.stdout}${r.stderr}` }
}

function py(cwd: string, ...args: string[]) {
  const r = spawnSync('python3', ['verify-posture.py', ...args], { cwd, encoding: 'utf8', timeout: 20_000 })
  return { code: r.status, out: `${r.stdout}${r.stderr}` }
}

let envelope: Envelope
let devicePem: string
let deviceFp: string

beforeAll(async () => {
  // A real onboarding attestation made by the app's code: pinned CISO, verified request, checks
  // run on a replayed transcript, device key in a FileKeyStore.
  const home = await tempDir('preflight-interop-home-')
  const ciso = new TestCiso()
  await pinCisoKey(home, ciso.publicKey, 'first', new Date())
  const req = await verifyRequest(serializeEnvelope(ciso.request({ purpose: 'onboarding' })), {
    dir: home,
    now: new Date(),
  })
  const policy = await policyForAttestation(home, req)
  const report = await runChecks({ probe: new ReplayProbe(emptyTranscript()), policy: policy.policy })
  const store = new FileKeyStore(home, 'device-ed25519')
  const made = await createAttestation({
    dir: home,
    keyStore: store,
    report,
    policy,
    request: req,
    purpose: 'onboarding',
    staffId: 'alice@campaign.example',
    deviceLabel: 'alice-laptop',
    createKeyIfMissing: true,
  })
  envelope = made.envelope
  devicePem = await fs.readFile(store.publicKeyFile, 'utf8')
  deviceFp = made.prepared.deviceFingerprint
})

async function folder(env: Envelope, pem = devicePem): Promise<string> {
  const dir = await tempDir('preflight-interop-')
  await fs.writeFile(path.join(dir, 'attestation.posture.json'), serializeEnvelope(env))
  await fs.writeFile(path.join(dir, 'device.pub.pem'), pem)
  await fs.writeFile(path.join(dir, 'verify-posture.py'), recipe('python-recipe'))
  return dir
}

function tamperedPayload(change: (text: string) => string): Envelope {
  const text = Buffer.from(envelope.payload, 'base64').toString('utf8')
  const changed = change(text)
  expect(changed).not.toBe(text)
  return { ...envelope, payload: Buffer.from(changed).toString('base64') }
}

function flippedSig(): Envelope {
  const sig = Buffer.from(envelope.signatures[0]!.sig, 'base64')
  sig[5] = sig[5]! ^ 0x40
  return { ...envelope, signatures: [{ ...envelope.signatures[0]!, sig: sig.toString('base64') }] }
}

function urlSafe(env: Envelope, pad: boolean): Envelope {
  const conv = (b64: string) => {
    const u = Buffer.from(b64, 'base64').toString('base64url')
    return pad ? u + '='.repeat((4 - (u.length % 4)) % 4) : u
  }
  return {
    ...env,
    payload: conv(env.payload),
    signatures: env.signatures.map((s) => ({ ...s, sig: conv(s.sig) })),
  }
}

describe.skipIf(!HAVE_OPENSSL3)('openssl recipe (docs/attestation.md)', () => {
  it('verifies a genuine attestation and shows the matching subject digest', async () => {
    const dir = await folder(envelope)
    const r = sh(recipe('openssl-recipe'), dir)
    expect(r.code, r.out).toBe(0)
    expect(r.out).toContain('Signature Verified Successfully')
    expect(r.out).toContain('payloadType OK')
    expect(r.out).toContain(`${deviceFp}  -`)
    expect(r.out).toContain(`"sha256": "${deviceFp}"`)
    // The decoded payload is exactly the signed Statement.
    expect(await fs.readFile(path.join(dir, 'payload.json'))).toEqual(Buffer.from(envelope.payload, 'base64'))
  })

  it('accepts URL-safe base64 too', async () => {
    const r = sh(recipe('openssl-recipe'), await folder(urlSafe(envelope, true)))
    expect(r.code, r.out).toBe(0)
    expect(r.out).toContain('Signature Verified Successfully')
  })

  it.each([
    [
      'a changed result',
      () =>
        tamperedPayload((t) =>
          t
            .replace(/"result": "\w+"/, '"result": "pass"')
            .replace(/"status": "(fail|unknown)"/g, '"status": "pass"'),
        ),
    ],
    [
      'a changed staff id',
      () => tamperedPayload((t) => t.replace('alice@campaign.example', 'bob@campaign.example')),
    ],
    ['one added space', () => tamperedPayload((t) => t.replace('{', '{ '))],
    ['a changed payloadType', () => ({ ...envelope, payloadType: PAYLOAD_TYPES.policy })],
    ['a flipped signature bit', flippedSig],
  ])('fails on %s', async (_what, make) => {
    const r = sh(recipe('openssl-recipe'), await folder(make()))
    expect(r.code).not.toBe(0)
    expect(r.out).toContain('Signature Verification Failure')
    expect(r.out).not.toContain('Signature Verified Successfully')
  })

  it('fails with another key, and with a signature over the bare payload (no PAE)', async () => {
    const other = generateSigningKey()
    const r = sh(recipe('openssl-recipe'), await folder(envelope, publicKeyToPem(other.publicKey)))
    expect(r.out).toContain('Signature Verification Failure')
    expect(r.code).not.toBe(0)
    // A device key that signs the raw payload bytes instead of PAE must not verify either.
    const { sign } = await import('node:crypto')
    const key = await new FileKeyStore(await tempDir(), 'k').create()
    const bare = sign(null, Buffer.from(envelope.payload, 'base64'), key).toString('base64')
    const env = { ...envelope, signatures: [{ sig: bare }] }
    const b = sh(recipe('openssl-recipe'), await folder(env, publicKeyToPem(key)))
    expect(b.out).toContain('Signature Verification Failure')
  })

  it('recipe 3 extracts the device key from the onboarding attestation', async () => {
    const dir = await folder(envelope)
    expect(sh(recipe('openssl-recipe'), dir).code).toBe(0)
    await fs.unlink(path.join(dir, 'device.pub.pem'))
    const r = sh(recipe('pubkey-recipe'), dir)
    expect(r.code, r.out).toBe(0)
    expect(r.out).toContain(`${deviceFp}  -`)
    expect(await fs.readFile(path.join(dir, 'device.pub.pem'), 'utf8')).toBe(devicePem)
    const again = sh(recipe('openssl-recipe'), dir)
    expect(again.out).toContain('Signature Verified Successfully')
  })
})

describe.skipIf(!HAVE_PY_CRYPTO)('python3 cryptography recipe (docs/attestation.md)', () => {
  it('verifies a genuine attestation and recomputes the result', async () => {
    const r = py(await folder(envelope), 'attestation.posture.json', 'device.pub.pem')
    expect(r.code, r.out).toBe(0)
    expect(r.out).toContain(`OK signature by ${deviceFp}`)
    expect(r.out).toContain('staff alice@campaign.example, device alice-laptop, onboarding')
    expect(r.out).toMatch(/result \(recomputed\): (fail|unknown)\n/)
    expect(r.out).not.toContain('file says')
  })

  it('accepts URL-safe unpadded base64', async () => {
    const r = py(await folder(urlSafe(envelope, false)), 'attestation.posture.json', 'device.pub.pem')
    expect(r.code, r.out).toBe(0)
  })

  it.each([
    ['a changed result', () => tamperedPayload((t) => t.replace(/"result": "\w+"/, '"result": "pass"'))],
    ['a changed payloadType', () => ({ ...envelope, payloadType: 'application/vnd.in-toto+jsoN' })],
    ['a flipped signature bit', flippedSig],
    ['no signatures', () => ({ ...envelope, signatures: [] })],
  ])('fails on %s', async (_what, make) => {
    const r = py(await folder(make()), 'attestation.posture.json', 'device.pub.pem')
    expect(r.code).toBe(1)
    expect(r.out).toContain('FAIL: no signature verifies with this key')
  })

  it('fails with another key, a non-Ed25519 key, duplicate JSON keys, and a non-attestation', async () => {
    const other = publicKeyToPem(generateSigningKey().publicKey)
    expect(py(await folder(envelope, other), 'attestation.posture.json', 'device.pub.pem').out).toContain(
      'FAIL: no signature',
    )
    const { generateKeyPairSync } = await import('node:crypto')
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString()
    const e = py(await folder(envelope, ec), 'attestation.posture.json', 'device.pub.pem')
    expect(e.code).toBe(1)
    expect(e.out).toContain('not an Ed25519 public key')
    const dir = await folder(envelope)
    const text = serializeEnvelope(envelope).replace('"payloadType"', '"payloadType": "x",\n  "payloadType"')
    await fs.writeFile(path.join(dir, 'attestation.posture.json'), text)
    const d = py(dir, 'attestation.posture.json', 'device.pub.pem')
    expect(d.code).not.toBe(0)
    expect(d.out).toContain("duplicate key 'payloadType'")
    // A correctly signed policy (same key, other type) is not an attestation.
    const key = await new FileKeyStore(await tempDir(), 'k').create()
    const policyEnv = signEnvelope(PAYLOAD_TYPES.policy, Buffer.from('{}'), key)
    const w = py(await folder(policyEnv, publicKeyToPem(key)), 'attestation.posture.json', 'device.pub.pem')
    expect(w.code).toBe(1)
    expect(w.out).toContain('FAIL: not an attestation')
    expect(fingerprint(key)).toMatch(/^[0-9a-f]{64}$/)
  })
})
