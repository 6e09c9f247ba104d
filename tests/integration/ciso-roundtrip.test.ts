/**
 * The CISO's whole journey through the CLI, in-process: init (passphrase-protected key), sign a
 * policy, issue requests, enroll a device from its onboarding attestation, verify periodic reports
 * (idempotently, with tampered and replayed files rejected), list the roster, offboard. The staff
 * side's files are built with the attestation builder and signed with a test device key.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssuedPolicy, IssuedRequest, Roster } from '../../shared/roster-types'
import { runCli } from '../../main/cli/index'
import type { CliIo } from '../../main/cli/command'
import { parseEnvelopeJson } from '../../main/attestation/dsse'
import { fingerprint, formatFingerprint } from '../../main/attestation/keys'
import { attest, deviceKey, readRosterFile, T0, tempDir } from '../unit/main/ciso/helpers'

const tmp = tempDir('preflight-roundtrip-')
const camp = path.join(tmp.dir, 'campaign')
const inbox = path.join(tmp.dir, 'inbox')
const NOW = new Date(T0.getTime() + 3_600_000).toISOString()

const home = path.join(tmp.dir, 'ciso-home')

async function cli(
  args: string[],
  env: Record<string, string> = { PREFLIGHT_CAMPAIGN: camp, PREFLIGHT_HOME: home },
) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: false,
    env,
    cwd: tmp.dir,
    prompt: async () => null,
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}

const roster = (): Roster => readRosterFile(camp)
const lastRequest = (): IssuedRequest => roster().requests.at(-1) as IssuedRequest
const policy = (): IssuedPolicy => roster().policies.at(-1) as IssuedPolicy
const device = deviceKey()
let n = 0
function save(text: string, name = `att-${n++}.json`): string {
  const f = path.join(inbox, name)
  writeFileSync(f, text)
  return f
}

beforeAll(() => {
  mkdirSync(inbox)
  writeFileSync(path.join(tmp.dir, 'pass.txt'), 'correct horse battery\n')
  writeFileSync(
    path.join(tmp.dir, 'policy.json'),
    JSON.stringify({ id: 'baseline', version: 3, screenLock: { maxIdlePlusGraceSeconds: 600 } }),
  )
})
afterAll(() => tmp.cleanup())

describe('CISO round trip through the CLI', () => {
  it('refuses to run without a campaign folder, with a clear error', async () => {
    const r = await cli(['ciso', 'roster'], {})
    expect(r.code).toBe(66)
    expect(r.stderr).toMatch(/no campaign folder: pass --campaign DIR/)
  })

  it('init creates the folder with a passphrase-protected CISO key', async () => {
    const r = await cli([
      'ciso',
      'init',
      '--dir',
      camp,
      '--org',
      'Campaign 2026',
      '--passphrase-file',
      'pass.txt',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/CISO key fingerprint: [0-9a-f]{4}( [0-9a-f]{4}){7}/)
    expect(readFileSync(path.join(camp, 'ciso.key'), 'utf8')).toContain('preflight-encrypted-key/v1')
    expect(roster().org).toBe('Campaign 2026')
    const again = await cli(['ciso', 'init', '--dir', camp])
    expect(again.code).toBe(73)
  })

  it('signs a policy and refuses a rollback; needs the passphrase', async () => {
    expect((await cli(['ciso', 'policy', 'sign', 'policy.json'])).code).toBe(77)
    const r = await cli([
      'ciso',
      'policy',
      'sign',
      'policy.json',
      '--passphrase-file',
      'pass.txt',
      '--now',
      NOW,
    ])
    expect(r.code).toBe(0)
    expect(policy()).toMatchObject({ id: 'baseline', version: 3, accepted: true })
    const again = await cli(['ciso', 'policy', 'sign', 'policy.json', '--passphrase-file', 'pass.txt'])
    expect(again.code).toBe(65)
    expect(again.stderr).toMatch(/not above the last signed version 3/)
  })

  it('issues an onboarding request (file and pasteable text) and enrolls the device from its answer', async () => {
    const out = path.join(tmp.dir, 'alice-onboarding.json')
    const r = await cli([
      'ciso',
      'request',
      '--staff-id',
      'alice@c.example',
      '--purpose',
      'onboarding',
      '--out',
      out,
      '--text',
      '--passphrase-file',
      'pass.txt',
      '--now',
      T0.toISOString(),
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^PREFLIGHT-REQUEST:/)
    expect(parseEnvelopeJson(readFileSync(out)).payloadType).toBe('application/vnd.preflight.request+json')
    const req = lastRequest()
    expect(req).toMatchObject({ staffId: 'alice@c.example', purpose: 'onboarding', used: false })

    const onboarding = save(
      attest({
        key: device,
        staffId: 'alice@c.example',
        purpose: 'onboarding',
        policy: policy(),
        request: req,
        sequence: 1,
      }),
      'onboarding.json',
    )
    // Without --yes and without a terminal, the fingerprint cannot be confirmed: nothing enrolled.
    const noTty = await cli(['ciso', 'enroll', onboarding, '--staff-id', 'alice@c.example', '--now', NOW])
    expect(noTty.code).toBe(64)
    expect(roster().devices).toEqual([])
    const e = await cli([
      'ciso',
      'enroll',
      onboarding,
      '--staff-id',
      'alice@c.example',
      '--yes',
      '--passphrase-file',
      'pass.txt',
      '--now',
      NOW,
    ])
    expect(e.code).toBe(0)
    expect(e.stderr).toContain(formatFingerprint(fingerprint(device)))
    expect(roster().devices[0]).toMatchObject({
      staffId: 'alice@c.example',
      status: 'active',
      lastSequence: 1,
    })
  })

  it('verifies periodic reports: pass, fail, idempotent re-run, tampering and replay rejected', async () => {
    await cli([
      'ciso',
      'request',
      '--staff-id',
      'alice@c.example',
      '--purpose',
      'periodic',
      '--passphrase-file',
      'pass.txt',
      '--now',
      T0.toISOString(),
    ])
    const periodic = save(
      attest({
        key: device,
        staffId: 'alice@c.example',
        policy: policy(),
        request: lastRequest(),
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 60_000),
      }),
    )
    // Recording signs the roster: without the passphrase (no terminal here) nothing is recorded.
    const locked = await cli(['ciso', 'verify', periodic, '--now', NOW])
    expect(locked.code).toBe(77)
    expect(locked.stderr).toMatch(/protected by a passphrase/)
    const dry = await cli(['ciso', 'verify', periodic, '--dry-run', '--now', NOW])
    expect(dry.code).toBe(0)
    const ok = await cli(['ciso', 'verify', periodic, '--passphrase-file', 'pass.txt', '--now', NOW])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toMatch(
      /1 accepted, 0 already recorded, 0 rejected; 1 with a passing posture\. Roster updated\./,
    )

    const failing = save(
      attest({
        key: device,
        staffId: 'alice@c.example',
        policy: policy(),
        request: null,
        sequence: 3,
        collectedAt: new Date(T0.getTime() + 120_000),
        statuses: { 'disk-encryption': 'fail' },
      }),
    )
    const tampered = JSON.parse(readFileSync(failing, 'utf8')) as { payload: string }
    const stmt = JSON.parse(Buffer.from(tampered.payload, 'base64').toString()) as {
      predicate: { checks: { id: string; status: string }[]; result: string }
    }
    for (const ch of stmt.predicate.checks) ch.status = 'pass'
    stmt.predicate.result = 'pass'
    tampered.payload = Buffer.from(JSON.stringify(stmt)).toString('base64')
    save(JSON.stringify(tampered), 'tampered.json')
    save(readFileSync(periodic, 'utf8').replace(/\n/g, '\r\n'), 'periodic-copy.json')

    const all = await cli(['ciso', 'verify', inbox, '--json', '--passphrase-file', 'pass.txt', '--now', NOW])
    expect(all.code).toBe(1)
    const doc = JSON.parse(all.stdout) as { rows: { file: string; code: string; result?: string }[] }
    const byName = Object.fromEntries(doc.rows.map((r) => [path.basename(r.file), [r.code, r.result]]))
    expect(byName).toEqual({
      'onboarding.json': ['ALREADY_RECORDED', 'pass'],
      [path.basename(periodic)]: ['ALREADY_RECORDED', 'pass'],
      'periodic-copy.json': ['ALREADY_RECORDED', 'pass'],
      [path.basename(failing)]: ['ACCEPTED', 'fail'],
      'tampered.json': ['BAD_SIGNATURE', undefined],
    })
    // Same again: nothing new is recorded (so no passphrase is needed), the answer is stable.
    const rev = roster().revision
    const again = await cli(['ciso', 'verify', inbox, '--csv', '--now', NOW])
    expect(again.code).toBe(1)
    expect(again.stdout.split('\r\n')[0]).toBe(
      'file,outcome,message,staffId,deviceLabel,fingerprint,purpose,collectedAt,sequence,posture,failingChecks,unsolicited,practices,unmetPractices',
    )
    expect(again.stdout).toContain('BAD_SIGNATURE')
    expect(roster().revision).toBe(rev)

    // An older report that was never recorded is a replay.
    const old = save(
      attest({
        key: device,
        staffId: 'alice@c.example',
        policy: policy(),
        request: null,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 90_000),
      }),
      'z-old.json',
    )
    const replay = await cli(['ciso', 'verify', old, '--now', NOW])
    expect(replay.code).toBe(1)
    expect(replay.stdout).toMatch(/REPLAY: sequence 2 is not above the last accepted 3/)
  })

  it('lists the roster and exits 65 for unreadable input', async () => {
    const r = await cli(['ciso', 'roster', '--json', '--now', NOW])
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout) as {
      devices: { staffId: string; lastResult: string; failingChecks: string[]; stale: boolean }[]
    }
    expect(doc.devices).toEqual([
      expect.objectContaining({
        staffId: 'alice@c.example',
        lastResult: 'fail',
        failingChecks: ['disk-encryption'],
        stale: false,
      }),
    ])
    const text = await cli(['ciso', 'roster', '--now', NOW])
    expect(text.stdout).toMatch(/alice@c\.example\s+laptop-1\s+linux\s+active/)
    const missing = await cli(['ciso', 'verify', path.join(tmp.dir, 'nope.json'), '--now', NOW])
    expect(missing.code).toBe(65)
    expect(missing.stderr).toMatch(/cannot read .*nope\.json/)
    mkdirSync(path.join(tmp.dir, 'empty'))
    const empty = await cli(['ciso', 'verify', 'empty', '--now', NOW])
    expect(empty.code).toBe(66)
    expect(empty.stderr).toMatch(/no attestation files/)
  })

  it('retires an old policy version: files judged against it become POLICY_UNKNOWN', async () => {
    const v3 = policy()
    writeFileSync(path.join(tmp.dir, 'policy4.json'), JSON.stringify({ id: 'baseline', version: 4 }))
    expect(
      (await cli(['ciso', 'policy', 'sign', 'policy4.json', '--passphrase-file', 'pass.txt', '--now', NOW]))
        .code,
    ).toBe(0)
    expect((await cli(['ciso', 'policy', 'retire', 'baseline', '--version', '3'])).code).toBe(77)
    const retire = ['ciso', 'policy', 'retire', 'baseline', '--version', '3', '--passphrase-file', 'pass.txt']
    expect((await cli(retire)).code).toBe(0)
    expect((await cli(retire)).code).toBe(1)
    const old = save(
      attest({
        key: device,
        staffId: 'alice@c.example',
        policy: v3,
        request: null,
        sequence: 4,
        collectedAt: new Date(T0.getTime() + 200_000),
      }),
    )
    const r = await cli(['ciso', 'verify', old, '--now', NOW])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/POLICY_UNKNOWN: policy baseline v3 is no longer accepted/)
  })

  it('offboards with a final offboarding attestation; later files are rejected', async () => {
    await cli([
      'ciso',
      'request',
      '--staff-id',
      'alice@c.example',
      '--purpose',
      'offboarding',
      '--passphrase-file',
      'pass.txt',
      '--now',
      T0.toISOString(),
    ])
    const final = save(
      attest({
        key: device,
        staffId: 'alice@c.example',
        purpose: 'offboarding',
        policy: policy(),
        request: lastRequest(),
        sequence: 10,
        collectedAt: new Date(T0.getTime() + 300_000),
      }),
      'offboarding.json',
    )
    const r = await cli(['ciso', 'offboard', final, '--passphrase-file', 'pass.txt', '--now', NOW])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Offboarded laptop-1 of alice@c\.example/)
    expect(roster().devices[0]?.status).toBe('offboarded')
    const after = save(
      attest({
        key: device,
        staffId: 'alice@c.example',
        policy: policy(),
        request: null,
        sequence: 11,
        collectedAt: new Date(T0.getTime() + 400_000),
      }),
      'after.json',
    )
    const v = await cli(['ciso', 'verify', after, '--now', NOW])
    expect(v.code).toBe(1)
    expect(v.stdout).toContain('REVOKED_KEY')
  })

  it('a corrupt roster stops every command with an error naming the good copy', async () => {
    writeFileSync(path.join(camp, 'roster.json'), '{ not json')
    const r = await cli(['ciso', 'roster'])
    expect(r.code).toBe(65)
    expect(r.stderr).toMatch(/ROSTER_CORRUPT: .*roster\.json: it is not valid JSON/)
    expect(r.stderr).toMatch(/newest good copy: backups[/\\]roster-r\d{6}\.json/)
  })
})
