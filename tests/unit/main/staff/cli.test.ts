import { generateKeyPairSync } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { parseEnvelopeJson, serializeEnvelope, verifyEnvelope } from '../../../../main/attestation/dsse'
import { embeddedPublicKey, encodeRequestText, parseStatement } from '../../../../main/attestation/formats'
import { fingerprint, formatFingerprint, publicKeyFromPem } from '../../../../main/attestation/keys'
import { loadStaffState } from '../../../../main/staff/state'
import { cli, tempDir, TestCiso, writeTranscript, type CapturedRun } from './helpers'

let home: string
let work: string
let ciso: TestCiso
let transcript: string

beforeEach(async () => {
  home = await tempDir('preflight-home-')
  work = await tempDir('preflight-work-')
  ciso = new TestCiso()
  transcript = await writeTranscript(work)
})

const run = (argv: string[], answers?: string[]): Promise<CapturedRun> =>
  cli(argv, { home, cwd: work, ...(answers ? { answers } : {}) })

async function pin(): Promise<void> {
  const r = await run(['trust', await ciso.writePublicKey(work), '--yes'])
  expect(r.code).toBe(0)
}

async function readAttestation(file: string) {
  const env = parseEnvelopeJson(await fs.readFile(file))
  const device = publicKeyFromPem(await fs.readFile(path.join(home, 'device-ed25519.pub.pem'), 'utf8'))
  const v = verifyEnvelope(env, [device])
  expect(v).not.toBeNull()
  return { env, statement: parseStatement(v!.payload), device }
}

function outFileOf(r: CapturedRun): string {
  const m = /Wrote (.+\.json)\n/.exec(r.stdout)
  expect(m, r.stdout + r.stderr).not.toBeNull()
  return m![1]!
}

describe('preflight trust', () => {
  it('pins after --yes, shows the grouped fingerprint, lists it and is idempotent', async () => {
    const file = await ciso.writePublicKey(work)
    const r = await run(['trust', file, '--yes'])
    expect(r.code).toBe(0)
    const fp = fingerprint(ciso.publicKey)
    const groups = formatFingerprint(fp).split(' ')
    expect(r.stdout).toContain(`    ${groups.slice(0, 4).join(' ')}\n    ${groups.slice(4).join(' ')}\n`)
    expect(r.stdout).toContain(fp)
    expect(r.stdout).toMatch(/Pinned\./)
    expect((await run(['trust'])).stdout).toContain(fp)
    expect((await run(['trust', file, '--yes'])).stdout).toMatch(/already pinned/)
    const state = await loadStaffState(home)
    expect(state.cisoKeys.map((k) => k.fingerprint)).toEqual([fp])
  })

  it('asks for confirmation, and refuses without a terminal or on "no"', async () => {
    const file = await ciso.writePublicKey(work)
    const noTty = await run(['trust', file])
    expect(noTty.code).toBe(64)
    expect(noTty.stderr).toMatch(/run again with --yes/)
    const no = await run(['trust', file], ['n'])
    expect(no.code).toBe(64)
    expect((await loadStaffState(home)).cisoKeys).toHaveLength(0)
    const yes = await run(['trust', file], ['yes'])
    expect(yes.code).toBe(0)
    expect(yes.stderr).toMatch(/Does it match/)
    expect((await loadStaffState(home)).cisoKeys).toHaveLength(1)
  })

  it('refuses a different key unless --replace or --add', async () => {
    await pin()
    const other = new TestCiso()
    const otherFile = await other.writePublicKey(work)
    const r = await run(['trust', otherFile, '--yes'])
    expect(r.code).toBe(77)
    expect(r.stderr).toMatch(/UNTRUSTED_CISO: a different security contact key is already pinned/)
    expect((await run(['trust', otherFile, '--yes', '--add'])).code).toBe(0)
    expect((await loadStaffState(home)).cisoKeys).toHaveLength(2)
    const third = new TestCiso()
    const rep = await run(['trust', await third.writePublicKey(work), '--yes', '--replace'])
    expect(rep.code).toBe(0)
    expect(rep.stdout).toMatch(/Replaced the previously pinned keys/)
    expect((await loadStaffState(home)).cisoKeys.map((k) => k.fingerprint)).toEqual([
      fingerprint(third.publicKey),
    ])
  })

  it('rejects non-Ed25519 and private keys (65) and missing files (66)', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const rsaFile = path.join(work, 'rsa.pem')
    await fs.writeFile(rsaFile, rsa.publicKey.export({ type: 'spki', format: 'pem' }))
    const r = await run(['trust', rsaFile, '--yes'])
    expect(r.code).toBe(65)
    expect(r.stderr).toMatch(/expected an Ed25519 public key, got rsa/)
    const privFile = path.join(work, 'priv.pem')
    await fs.writeFile(privFile, ciso.privateKey.export({ type: 'pkcs8', format: 'pem' }))
    expect((await run(['trust', privFile, '--yes'])).stderr).toMatch(/PRIVATE key/)
    expect((await run(['trust', path.join(work, 'nope.pem'), '--yes'])).code).toBe(66)
    expect((await run(['trust', '--help'])).stdout).toMatch(/Usage: preflight trust/)
    expect((await run(['trust', 'a', 'b'])).code).toBe(64)
  })
})

describe('preflight attest', () => {
  it('answers an onboarding request: creates the key, signs, and cites the nonce and policy', async () => {
    await pin()
    const reqEnv = ciso.request({ purpose: 'onboarding' })
    const reqFile = await ciso.writeRequest(work, reqEnv)
    const r = await run([
      'attest',
      '--request',
      reqFile,
      '--replay',
      transcript,
      '--device-label',
      'alice-laptop',
    ])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(
      /Request [0-9a-f]{32} verified: onboarding for alice@campaign.example, policy baseline v3/,
    )
    const file = outFileOf(r)
    expect(path.basename(file)).toBe('alice@campaign.example_alice-laptop_20261120T100000Z.posture.json')
    expect(path.dirname(file)).toBe(work)
    const { statement, device, env } = await readAttestation(file)
    const p = statement.predicate
    const req = JSON.parse(Buffer.from(reqEnv.payload, 'base64').toString())
    expect(p.purpose).toBe('onboarding')
    expect(p.staff.id).toBe('alice@campaign.example')
    expect(p.request?.nonce).toBe(req.nonce)
    expect(p.request?.requestId).toBe(req.requestId)
    expect(p.policy.id).toBe('baseline')
    expect(p.policy.version).toBe(3)
    expect(p.sequence).toBe(1)
    expect(p.replayed).toBe(true)
    expect(p.result).not.toBe('pass')
    expect(p.producer.keyProtection).toBe('file-0600-unencrypted')
    expect(statement.subject[0].digest.sha256).toBe(fingerprint(device))
    expect(env.signatures[0]?.keyid).toBe(fingerprint(device))
    expect(fingerprint(embeddedPublicKey(statement)!)).toBe(fingerprint(device))
    expect(r.stdout).toContain(formatFingerprint(fingerprint(device)).split(' ').slice(0, 4).join(' '))
    const state = await loadStaffState(home)
    expect(state.sequence).toBe(1)
    expect(state.policies['baseline']?.highestVersion).toBe(3)
    expect(state.answeredRequests.map((a) => a.requestId)).toEqual([req.requestId])
  })

  it('accepts the pasted text form, numbers attestations and warns on a re-answered request', async () => {
    await pin()
    await run(['key', 'create'])
    const reqEnv = ciso.request({ purpose: 'periodic' })
    const text = `Hello Alice,\n\n${encodeRequestText(reqEnv)}\nThanks`
    const a = await run(['attest', '--request-text', text, '--replay', transcript, '--out', 'a.json'])
    expect(a.code, a.stderr).toBe(0)
    const b = await run([
      'attest',
      '--request',
      await ciso.writeRequest(work, reqEnv, true),
      '--replay',
      transcript,
      '--out',
      'b.json',
    ])
    expect(b.code, b.stderr).toBe(0)
    expect(b.stderr).toMatch(/already answered this request/)
    expect((await readAttestation(path.join(work, 'a.json'))).statement.predicate.sequence).toBe(1)
    expect((await readAttestation(path.join(work, 'b.json'))).statement.predicate.sequence).toBe(2)
  })

  it('refuses untrusted, altered, expired, future-dated and rolled-back requests', async () => {
    const reqFile = await ciso.writeRequest(work, ciso.request({}))
    const unpinned = await run(['attest', '--request', reqFile, '--replay', transcript])
    expect(unpinned.code).toBe(77)
    expect(unpinned.stderr).toMatch(/UNTRUSTED_CISO: no security contact key is pinned/)
    await pin()

    const stranger = new TestCiso()
    const s = await run([
      'attest',
      '--request',
      await stranger.writeRequest(work, stranger.request({})),
      '--replay',
      transcript,
    ])
    expect(s.code).toBe(77)
    expect(s.stderr).toMatch(/UNTRUSTED_CISO: the request is signed by a key you have not pinned/)

    const good = ciso.request({})
    const payload = JSON.parse(Buffer.from(good.payload, 'base64').toString())
    const altered = {
      ...good,
      payload: Buffer.from(JSON.stringify({ ...payload, staffId: 'mallory' })).toString('base64'),
    }
    const t = await run([
      'attest',
      '--request',
      await ciso.writeRequest(work, altered),
      '--replay',
      transcript,
    ])
    expect(t.code).toBe(77)
    expect(t.stderr).toMatch(/REQUEST_BAD_SIGNATURE/)

    // A pinned key signs the request but the embedded policy is signed by a stranger.
    const mixed = ciso.request({ policy: stranger.policy({ id: 'baseline', version: 9 }) })
    const m = await run(['attest', '--request', await ciso.writeRequest(work, mixed), '--replay', transcript])
    expect(m.code).toBe(77)
    expect(m.stderr).toMatch(/UNTRUSTED_CISO: the policy is signed by a key you have not pinned/)

    const old = ciso.request({
      issuedAt: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2026-01-15T00:00:00Z'),
    })
    const e = await run(['attest', '--request', await ciso.writeRequest(work, old), '--replay', transcript])
    expect(e.code).toBe(77)
    expect(e.stderr).toMatch(/REQUEST_EXPIRED: the request expired on 2026-01-15/)
    const future = ciso.request({ issuedAt: new Date(Date.now() + 3600_000) })
    const f = await run([
      'attest',
      '--request',
      await ciso.writeRequest(work, future),
      '--replay',
      transcript,
    ])
    expect(f.code).toBe(77)
    expect(f.stderr).toMatch(/in the future for this computer/)
    // --now moves the local clock for testing: the old request is valid on its day.
    const onDay = await run([
      'attest',
      '--request',
      await ciso.writeRequest(work, old),
      '--replay',
      transcript,
      '--now',
      '2026-01-02T00:00:00Z',
    ])
    expect(onDay.code, onDay.stderr).toBe(0)

    // Anti-rollback: after v5 was attested, a request carrying v4 is refused.
    const v5 = ciso.request({ purpose: 'periodic', policy: ciso.policy({ id: 'baseline', version: 5 }) })
    expect(
      (await run(['attest', '--request', await ciso.writeRequest(work, v5), '--replay', transcript])).code,
    ).toBe(0)
    const v4 = ciso.request({ purpose: 'periodic', policy: ciso.policy({ id: 'baseline', version: 4 }) })
    const rb = await run(['attest', '--request', await ciso.writeRequest(work, v4), '--replay', transcript])
    expect(rb.code).toBe(77)
    expect(rb.stderr).toMatch(/POLICY_ROLLBACK: .*version 4, older than version 5/)
  })

  it('reports malformed requests (65) and mismatched options (64)', async () => {
    await pin()
    const bad = path.join(work, 'bad.json')
    await fs.writeFile(bad, '{"payloadType": "x", "payloadType": "y"}')
    const r = await run(['attest', '--request', bad, '--replay', transcript])
    expect(r.code).toBe(65)
    expect(r.stderr).toMatch(/MALFORMED: .*duplicate key "payloadType"/)
    const policyAsRequest = path.join(work, 'policy.json')
    await fs.writeFile(policyAsRequest, serializeEnvelope(ciso.policy({ id: 'baseline', version: 3 })))
    const w = await run(['attest', '--request', policyAsRequest, '--replay', transcript])
    expect(w.code).toBe(65)
    expect(w.stderr).toMatch(/WRONG_TYPE: this is not a request/)
    const reqFile = await ciso.writeRequest(work, ciso.request({ purpose: 'onboarding' }))
    const p = await run(['attest', '--request', reqFile, '--purpose', 'periodic', '--replay', transcript])
    expect(p.code).toBe(64)
    expect(p.stderr).toMatch(/asks for an onboarding attestation, not periodic/)
    const id = await run(['attest', '--request', reqFile, '--staff-id', 'bob', '--replay', transcript])
    expect(id.code).toBe(64)
    expect(
      (await run(['attest', '--purpose', 'onboarding', '--staff-id', 'a', '--replay', transcript])).code,
    ).toBe(64)
    expect((await run(['attest', '--replay', transcript])).stderr).toMatch(/--staff-id is required/)
    expect((await run(['attest', '--request', reqFile, '--request-text', 'x'])).code).toBe(64)
    expect((await run(['attest', '--policy', 'x'])).code).toBe(64)
  })

  it('needs a key for unsolicited reports and then uses the latest signed policy', async () => {
    await pin()
    const none = await run(['attest', '--staff-id', 'alice', '--replay', transcript])
    expect(none.code).toBe(77)
    expect(none.stderr).toMatch(/KEY_STORE_UNAVAILABLE.*no signing key yet/)
    await run(['key', 'create'])
    const d = await run(['attest', '--staff-id', 'alice', '--replay', transcript, '--out', 'd.json'])
    expect(d.code, d.stderr).toBe(0)
    expect(d.stderr).toMatch(/built-in default policy/)
    const def = (await readAttestation(path.join(work, 'd.json'))).statement.predicate
    expect(def.policy.id).toBe('default')
    expect(def.request).toBeNull()
    expect(def.purpose).toBe('periodic')
    const req = ciso.request({
      staffId: 'alice',
      purpose: 'periodic',
      policy: ciso.policy({ id: 'campaign', version: 2 }),
    })
    expect(
      (
        await run([
          'attest',
          '--request',
          await ciso.writeRequest(work, req),
          '--replay',
          transcript,
          '--out',
          'r.json',
        ])
      ).code,
    ).toBe(0)
    const u = await run(['attest', '--staff-id', 'alice', '--replay', transcript, '--out', 'u.json'])
    expect(u.stderr).toMatch(/policy campaign v2 \(the latest received\)/)
    const up = (await readAttestation(path.join(work, 'u.json'))).statement.predicate
    const rp = (await readAttestation(path.join(work, 'r.json'))).statement.predicate
    expect(up.policy).toEqual(rp.policy)
    expect(up.sequence).toBe(3)
  })

  it('offboarding needs every checklist item and can delete the key afterwards', async () => {
    await pin()
    await run(['key', 'create'])
    const reqFile = await ciso.writeRequest(work, ciso.request({ purpose: 'offboarding' }))
    const missing = await run([
      'attest',
      '--request',
      reqFile,
      '--replay',
      transcript,
      '--confirm',
      'files-deleted',
      '--yes',
    ])
    expect(missing.code).toBe(64)
    expect(missing.stderr).toMatch(/not confirmed: accounts-signed-out, devices-returned/)
    const unknown = await run([
      'attest',
      '--request',
      reqFile,
      '--replay',
      transcript,
      '--confirm',
      'made-up',
      '--yes',
    ])
    expect(unknown.code).toBe(64)
    expect(unknown.stderr).toMatch(/not a practice of this offboarding attestation: made-up/)
    const refused = await run(['attest', '--request', reqFile, '--replay', transcript], ['y', 'n'])
    expect(refused.code).toBe(64)
    expect(refused.stderr).toMatch(/please complete "I have deleted campaign files/)
    expect((await loadStaffState(home)).sequence).toBe(0)
    const ok = await run(
      [
        'attest',
        '--request',
        reqFile,
        '--replay',
        transcript,
        '--confirm',
        'files-deleted',
        '--delete-key-after',
        '--out',
        'off.json',
      ],
      ['y', 'y'],
    )
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toMatch(/The device signing key was deleted/)
    const env = parseEnvelopeJson(await fs.readFile(path.join(work, 'off.json')))
    const p = parseStatement(Buffer.from(env.payload, 'base64')).predicate
    expect(p.purpose).toBe('offboarding')
    expect(p.offboarding?.checklist.map((c) => [c.id, c.confirmed])).toEqual([
      ['accounts-signed-out', true],
      ['files-deleted', true],
      ['devices-returned', true],
    ])
    await expect(fs.stat(path.join(home, 'device-ed25519.key'))).rejects.toThrow()
    expect((await run(['key', 'show'])).code).toBe(1)
    expect(
      (await run(['attest', '--staff-id', 'x', '--delete-key-after', '--replay', transcript])).code,
    ).toBe(64)
  })

  it('--show prints exactly the signed statement; without --yes and no terminal nothing is signed', async () => {
    await pin()
    await run(['key', 'create'])
    const no = await run([
      'attest',
      '--staff-id',
      'alice',
      '--replay',
      transcript,
      '--show',
      '--out',
      's.json',
    ])
    expect(no.code).toBe(64)
    expect(no.stdout).toMatch(/"predicateType": "urn:preflight:device-posture:v1"/)
    await expect(fs.stat(path.join(work, 's.json'))).rejects.toThrow()
    expect((await loadStaffState(home)).sequence).toBe(0)
    const declined = await run(
      ['attest', '--staff-id', 'alice', '--replay', transcript, '--show', '--out', 's.json'],
      ['n'],
    )
    expect(declined.code).toBe(64)
    const yes = await run([
      'attest',
      '--staff-id',
      'alice',
      '--replay',
      transcript,
      '--show',
      '--yes',
      '--out',
      's.json',
    ])
    expect(yes.code).toBe(0)
    const shown = yes.stdout.slice(yes.stdout.indexOf('{'), yes.stdout.indexOf('Wrote '))
    const env = parseEnvelopeJson(await fs.readFile(path.join(work, 's.json')))
    expect(Buffer.from(env.payload, 'base64').toString('utf8')).toBe(shown)
  })

  it('never overwrites an attestation without --force, and writes into a folder with the default name', async () => {
    await pin()
    await run(['key', 'create'])
    await fs.writeFile(path.join(work, 'x.json'), 'keep me')
    const r = await run(['attest', '--staff-id', 'alice', '--replay', transcript, '--out', 'x.json'])
    expect(r.code).toBe(73)
    expect(await fs.readFile(path.join(work, 'x.json'), 'utf8')).toBe('keep me')
    expect(
      (await run(['attest', '--staff-id', 'alice', '--replay', transcript, '--out', 'x.json', '--force']))
        .code,
    ).toBe(0)
    await readAttestation(path.join(work, 'x.json'))
    await fs.mkdir(path.join(work, 'outbox'))
    const d = await run([
      'attest',
      '--staff-id',
      'alice',
      '--device-label',
      'lap',
      '--replay',
      transcript,
      '--out',
      'outbox',
    ])
    expect(outFileOf(d)).toBe(path.join(work, 'outbox', 'alice_lap_20261120T100000Z.posture.json'))
    // A folder that does not exist is an error, not a file named after it.
    const missing = await run(['attest', '--staff-id', 'alice', '--replay', transcript, '--out', 'inbox/'])
    expect(missing.code).toBe(73)
    expect(missing.stderr).toMatch(/does not exist/)
    await expect(fs.stat(path.join(work, 'inbox'))).rejects.toMatchObject({ code: 'ENOENT' })
    const bad = await run([
      'attest',
      '--staff-id',
      'alice',
      '--device-label',
      '../evil',
      '--replay',
      transcript,
    ])
    expect(bad.code).toBe(64)
    expect((await run(['attest', '--staff-id', 'al ice', '--replay', transcript])).code).toBe(64)
  })

  it('uses a passphrase-protected key only with the right passphrase', async () => {
    await pin()
    const pass = path.join(work, 'pass.txt')
    await fs.writeFile(pass, 'correct horse battery\n')
    const c = await run(['key', 'create', '--passphrase-file', pass])
    expect(c.code, c.stderr).toBe(0)
    expect(c.stdout).toMatch(/passphrase-protected/)
    const without = await run(['attest', '--staff-id', 'alice', '--replay', transcript])
    expect(without.code).toBe(77)
    expect(without.stderr).toMatch(/--passphrase-file/)
    const wrongFile = path.join(work, 'wrong.txt')
    await fs.writeFile(wrongFile, 'wrong horse battery')
    const wrong = await run([
      'attest',
      '--staff-id',
      'alice',
      '--replay',
      transcript,
      '--passphrase-file',
      wrongFile,
    ])
    expect(wrong.code).toBe(77)
    expect(wrong.stderr).toMatch(/wrong passphrase/)
    const typed = await run(
      ['attest', '--staff-id', 'alice', '--replay', transcript, '--out', 't.json'],
      ['correct horse battery'],
    )
    expect(typed.code, typed.stderr).toBe(0)
    const ok = await run([
      'attest',
      '--staff-id',
      'alice',
      '--replay',
      transcript,
      '--passphrase-file',
      pass,
      '--out',
      'p.json',
    ])
    expect(ok.code, ok.stderr).toBe(0)
    expect(
      (await readAttestation(path.join(work, 'p.json'))).statement.predicate.producer.keyProtection,
    ).toBe('passphrase-scrypt-aes256gcm')
  })

  it('reports a damaged staff state file without touching it', async () => {
    await pin()
    const file = path.join(home, 'staff-state.json')
    await fs.writeFile(file, '{"format": "preflight-staff-state/v1", "cisoKeys": [')
    const r = await run(['attest', '--staff-id', 'alice', '--replay', transcript])
    expect(r.code).toBe(65)
    expect(r.stderr).toMatch(/staff-state.json is damaged .*staff-state.json.bak/)
    expect(await fs.readFile(file, 'utf8')).toBe('{"format": "preflight-staff-state/v1", "cisoKeys": [')
  })
})

describe('preflight key', () => {
  it('shows, refuses to recreate, and deletes the key', async () => {
    expect((await run(['key', 'show'])).code).toBe(1)
    const c = await run(['key', 'create'])
    expect(c.code).toBe(0)
    expect(c.stdout).toMatch(/not encrypted/)
    const s = await run(['key', 'show'])
    expect(s.code).toBe(0)
    expect(s.stdout).toMatch(/NOT encrypted/)
    expect(s.stdout).toMatch(/-----BEGIN PUBLIC KEY-----/)
    expect(s.stdout).not.toMatch(/PRIVATE/)
    const j = JSON.parse((await run(['key', 'show', '--json'])).stdout)
    expect(j.protection).toBe('file-0600-unencrypted')
    expect(fingerprint(publicKeyFromPem(j.publicKeyPem))).toBe(j.fingerprint)
    const again = await run(['key', 'create'])
    expect(again.code).toBe(73)
    expect(again.stderr).toMatch(/already exists/)
    expect((await run(['key', 'delete'])).code).toBe(64)
    expect((await run(['key', 'delete', '--yes'])).stdout).toMatch(/Deleted/)
    expect((await run(['key', 'show'])).code).toBe(1)
    const short = path.join(work, 'short.txt')
    await fs.writeFile(short, 'abc')
    expect((await run(['key', 'create', '--passphrase-file', short])).code).toBe(64)
    expect((await run(['key', 'create', '--passphrase-file', path.join(work, 'none')])).code).toBe(66)
  })

  it('asks for an optional passphrase in a terminal', async () => {
    const c = await run(['key', 'create'], ['a long passphrase', 'a long passphrase'])
    expect(c.code, c.stderr).toBe(0)
    expect(c.stdout).toMatch(/passphrase-protected/)
    expect(JSON.parse((await run(['key', 'show', '--json'])).stdout).protection).toBe(
      'passphrase-scrypt-aes256gcm',
    )
    const home2 = await tempDir()
    const mismatch = await cli(['key', 'create'], {
      home: home2,
      cwd: work,
      answers: ['a long passphrase', 'different one'],
    })
    expect(mismatch.code).toBe(64)
  })
})
