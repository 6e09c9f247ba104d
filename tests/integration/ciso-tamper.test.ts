/**
 * Hand edits of the campaign folder (issue 7, part 2, item 3). Someone who can write to the folder
 * (a shared drive, a backup) but does not know the CISO passphrase must not be able to make
 * `ciso verify` accept a file it would otherwise reject, nor make it forget a nonce use or a
 * sequence number. Each case edits the folder the way such a person could, then runs the real CLI:
 * the folder is refused with a named reason (exit 77) and the message names the backup that is
 * still good.
 *
 * The edits read and write roster.json whatever its format (plain JSON, or a signed envelope whose
 * payload is rewritten without a valid signature), so the same test shows the hole on a roster
 * that is not signed.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CliIo } from '../../main/cli/command'
import { runCli } from '../../main/cli/index'
import { signRoster } from '../../main/ciso/roster-store'
import { fingerprint, generateSigningKey, publicKeyToPem } from '../../main/attestation/keys'
import { attest, deviceKey, T0, tempDir } from '../unit/main/ciso/helpers'
import type { IssuedPolicy, IssuedRequest, Roster } from '../../shared/roster-types'

const PASS = 'correct horse battery'
const NOW = new Date(T0.getTime() + 3_600_000).toISOString()

type Json = Record<string, unknown> & {
  devices: (Record<string, unknown> & { fingerprint: string; staffId: string })[]
  requests: (Record<string, unknown> & IssuedRequest)[]
  policies: (Record<string, unknown> & IssuedPolicy)[]
}

let tmp: ReturnType<typeof tempDir>
let camp: string
let home: string
let inbox: string
let n = 0
/** Passphrase prompts answered (the CISO types the passphrase once per command). */
let asked = 0

beforeEach(() => {
  tmp = tempDir('preflight-tamper-')
  camp = path.join(tmp.dir, 'campaign')
  home = path.join(tmp.dir, 'ciso-home')
  inbox = path.join(tmp.dir, 'inbox')
  mkdirSync(inbox)
  writeFileSync(path.join(tmp.dir, 'pass.txt'), `${PASS}\n`)
})
afterEach(() => tmp.cleanup())

/** The CLI in-process; the passphrase and "yes" are typed at the (fake) terminal. */
async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: false,
    env: { PREFLIGHT_CAMPAIGN: camp, PREFLIGHT_HOME: home },
    cwd: tmp.dir,
    prompt: async (q) => {
      if (!/passphrase/i.test(q)) return 'yes'
      asked++
      return PASS
    },
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr, out: stdout + stderr }
}

const rosterFile = () => path.join(camp, 'roster.json')

/** The roster's data, however it is stored. */
function readRoster(file = rosterFile()): Json {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  return (raw['roster'] ?? raw) as Json
}

/**
 * Edit roster.json by hand. A signed roster keeps its signature line as it was (the editor has no
 * key; only the roster after it changes), unless `resignWith` is given: someone who replaced the
 * campaign key with their own signs the edited roster the way Preflight does.
 */
function handEdit(edit: (r: Json) => void, resignWith?: ReturnType<typeof generateSigningKey>): void {
  const text = readFileSync(rosterFile(), 'utf8')
  const data = readRoster()
  edit(data)
  const at = text.indexOf('\n"roster":')
  if (at < 0) writeFileSync(rosterFile(), JSON.stringify(data, null, 2))
  else if (resignWith)
    writeFileSync(rosterFile(), signRoster(data as unknown as Roster, resignWith.privateKey).text)
  else writeFileSync(rosterFile(), `${text.slice(0, at)}\n"roster":${JSON.stringify(data)}}\n`)
}

function save(text: string): string {
  const f = path.join(inbox, `att-${n++}.json`)
  writeFileSync(f, text)
  return f
}

const policy = (): IssuedPolicy => readRoster().policies.at(-1) as IssuedPolicy
const lastRequest = (): IssuedRequest => readRoster().requests.at(-1) as IssuedRequest

async function request(staffId: string, purpose: 'onboarding' | 'periodic'): Promise<IssuedRequest> {
  const r = await cli([
    'ciso',
    'request',
    '--staff-id',
    staffId,
    '--purpose',
    purpose,
    '--now',
    T0.toISOString(),
  ])
  expect(r.code, r.out).toBe(0)
  return lastRequest()
}

/** A campaign with a passphrase-protected key and Alice's laptop enrolled (sequence 1). */
async function setup(): Promise<ReturnType<typeof deviceKey>> {
  const init = await cli(['ciso', 'init', '--dir', camp, '--org', 'T', '--passphrase-file', 'pass.txt'])
  expect(init.code, init.out).toBe(0)
  const alice = deviceKey()
  const req = await request('alice@c.example', 'onboarding')
  const f = save(
    attest({
      key: alice,
      staffId: 'alice@c.example',
      purpose: 'onboarding',
      policy: policy(),
      request: req,
      sequence: 1,
    }),
  )
  const e = await cli(['ciso', 'enroll', f, '--staff-id', 'alice@c.example', '--yes', '--now', NOW])
  expect(e.code, e.out).toBe(0)
  return alice
}

/** A refused folder: trust exit code, the named reason, and a pointer to a good backup. */
function expectRefused(r: { code: number; out: string }, reason: string): void {
  expect(r.out).toContain(reason)
  expect(r.code, r.out).toBe(77)
  expect(r.out).not.toMatch(/ACCEPTED/)
}

/** The name of the backup the message says is still good (relative to the campaign folder). */
function goodBackup(out: string): string {
  const m = /newest good copy: (\S+?\.json)\b/.exec(out)
  expect(m, out).not.toBeNull()
  return m?.[1] as string
}

describe('a hand-edited campaign folder is refused with a named reason', () => {
  it('enroll by edit: a device added to roster.json does not verify', async () => {
    await setup()
    const rogue = deviceKey()
    handEdit((r) => {
      const template = r.devices[0] as Json['devices'][number]
      r.devices.push({
        ...template,
        fingerprint: fingerprint(rogue),
        publicKeyPem: publicKeyToPem(rogue),
        staffId: 'mallory@c.example',
        lastSequence: 0,
        lastAttestation: null,
        ...('seenEnvelopeDigests' in template ? { seenEnvelopeDigests: [] } : {}),
      })
    })
    const f = save(
      attest({
        key: rogue,
        staffId: 'mallory@c.example',
        policy: policy(),
        request: null,
        sequence: 1,
        collectedAt: new Date(T0.getTime() + 60_000),
      }),
    )
    const r = await cli(['ciso', 'verify', f, '--now', NOW])
    expectRefused(r, 'ROSTER_BAD_SIGNATURE')
    const good = goodBackup(r.out)
    // Restoring the named copy gives back the true roster: the rogue key is unknown.
    copyFileSync(path.join(camp, good), rosterFile())
    const again = await cli(['ciso', 'verify', f, '--now', NOW])
    expect(again.code, again.out).toBe(1)
    expect(again.out).toContain('UNKNOWN_KEY')
  })

  it('un-revoke by edit: a revoked key set back to active stays revoked', async () => {
    const alice = await setup()
    expect((await cli(['ciso', 'revoke', 'alice@c.example', '--reason', 'stolen', '--now', NOW])).code).toBe(
      0,
    )
    handEdit((r) => {
      for (const d of r.devices) Object.assign(d, { status: 'active', revokedAt: null, revokeReason: null })
    })
    const f = save(
      attest({
        key: alice,
        staffId: 'alice@c.example',
        policy: policy(),
        request: null,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 60_000),
      }),
    )
    const r = await cli(['ciso', 'verify', f, '--now', NOW])
    expectRefused(r, 'ROSTER_BAD_SIGNATURE')
    copyFileSync(path.join(camp, goodBackup(r.out)), rosterFile())
    const again = await cli(['ciso', 'verify', f, '--now', NOW])
    expect(again.out).toContain('REVOKED_KEY')
  })

  it('emptied required checks: a failing laptop does not pass', async () => {
    const alice = await setup()
    handEdit((r) => {
      for (const p of r.policies as Record<string, unknown>[]) {
        const rc = p['requiredChecks']
        p['requiredChecks'] = Array.isArray(rc)
          ? []
          : Object.fromEntries(Object.keys(rc as object).map((k) => [k, []]))
      }
    })
    const f = save(
      attest({
        key: alice,
        staffId: 'alice@c.example',
        policy: policy(),
        request: null,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 60_000),
        statuses: { 'disk-encryption': 'fail' },
      }),
    )
    const r = await cli(['ciso', 'verify', f, '--now', NOW])
    expectRefused(r, 'ROSTER_BAD_SIGNATURE')
    copyFileSync(path.join(camp, goodBackup(r.out)), rosterFile())
    const again = await cli(['ciso', 'verify', f, '--json', '--now', NOW])
    expect(again.code).toBe(1)
    expect(JSON.parse(again.stdout).rows[0]).toMatchObject({ code: 'ACCEPTED', result: 'fail' })
  })

  it('deleted nonce use and sequence: an answered request cannot be answered again', async () => {
    const alice = await setup()
    const req = await request('alice@c.example', 'periodic')
    const first = save(
      attest({
        key: alice,
        staffId: 'alice@c.example',
        policy: policy(),
        request: req,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 60_000),
      }),
    )
    expect((await cli(['ciso', 'verify', first, '--now', NOW])).code).toBe(0)
    handEdit((r) => {
      for (const q of r.requests) Object.assign(q, { used: false, usedBy: null })
      for (const d of r.devices) {
        d['lastSequence'] = 1
        if ('seenEnvelopeDigests' in d) d['seenEnvelopeDigests'] = []
      }
      if (Array.isArray(r['attestations'])) r['attestations'] = []
    })
    const second = save(
      attest({
        key: alice,
        staffId: 'alice@c.example',
        policy: policy(),
        request: req,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 120_000),
        statuses: { firewall: 'fail' },
      }),
    )
    const r = await cli(['ciso', 'verify', second, '--now', NOW])
    expectRefused(r, 'ROSTER_BAD_SIGNATURE')
    copyFileSync(path.join(camp, goodBackup(r.out)), rosterFile())
    expect((await cli(['ciso', 'verify', second, '--now', NOW])).out).toContain('NONCE_REUSED')
  })

  it('rolled back to an older, validly signed roster: refused as a rollback', async () => {
    const alice = await setup()
    const req = await request('alice@c.example', 'periodic')
    const older = path.join(tmp.dir, 'older-roster.json')
    copyFileSync(rosterFile(), older)
    const first = save(
      attest({
        key: alice,
        staffId: 'alice@c.example',
        policy: policy(),
        request: req,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 60_000),
      }),
    )
    expect((await cli(['ciso', 'verify', first, '--now', NOW])).code).toBe(0)
    // Someone copies the older roster (from a backup, or the .bak beside it) over the current one.
    copyFileSync(older, rosterFile())
    const second = save(
      attest({
        key: alice,
        staffId: 'alice@c.example',
        policy: policy(),
        request: req,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 120_000),
      }),
    )
    const r = await cli(['ciso', 'verify', second, '--now', NOW])
    expectRefused(r, 'ROSTER_ROLLBACK')
    copyFileSync(path.join(camp, goodBackup(r.out)), rosterFile())
    expect((await cli(['ciso', 'verify', second, '--now', NOW])).out).toContain('NONCE_REUSED')
  })

  it('swapped ciso.pub.pem and ciso.key, roster re-signed with the new key: refused', async () => {
    await setup()
    const attacker = generateSigningKey()
    const rogue = deviceKey()
    writeFileSync(path.join(camp, 'ciso.key'), attacker.privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
    })
    writeFileSync(path.join(camp, 'ciso.pub.pem'), publicKeyToPem(attacker.publicKey))
    handEdit((r) => {
      const template = r.devices[0] as Json['devices'][number]
      r['cisoFingerprint'] = fingerprint(attacker.publicKey)
      r.devices.push({
        ...template,
        fingerprint: fingerprint(rogue),
        publicKeyPem: publicKeyToPem(rogue),
        staffId: 'mallory@c.example',
        lastSequence: 0,
        lastAttestation: null,
        ...('seenEnvelopeDigests' in template ? { seenEnvelopeDigests: [] } : {}),
      })
    }, attacker)
    const f = save(
      attest({
        key: rogue,
        staffId: 'mallory@c.example',
        policy: policy(),
        request: null,
        sequence: 1,
        collectedAt: new Date(T0.getTime() + 60_000),
      }),
    )
    const r = await cli(['ciso', 'verify', f, '--now', NOW])
    expectRefused(r, 'CAMPAIGN_KEY_CHANGED')
    // Reading the roster is refused too: nothing in the folder is used.
    expectRefused(await cli(['ciso', 'roster']), 'CAMPAIGN_KEY_CHANGED')
  })

  it('deleted roster: refused as missing, naming the copy to restore', async () => {
    const alice = await setup()
    const f = save(
      attest({
        key: alice,
        staffId: 'alice@c.example',
        policy: policy(),
        request: null,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 60_000),
      }),
    )
    unlinkSync(rosterFile())
    const r = await cli(['ciso', 'verify', f, '--now', NOW])
    expectRefused(r, 'ROSTER_MISSING')
    const good = goodBackup(r.out)
    expect(existsSync(path.join(camp, good))).toBe(true)
    copyFileSync(path.join(camp, good), rosterFile())
    expect((await cli(['ciso', 'verify', f, '--now', NOW])).code).toBe(0)
  })
})

describe('staff ids are case-insensitive', () => {
  it('an id that differs only by case is the same person: filed under the enrolled spelling, revoked together', async () => {
    await setup()
    const other = deviceKey()
    const req = await request('Alice@c.example', 'onboarding')
    const f = save(
      attest({
        key: other,
        staffId: 'Alice@c.example',
        purpose: 'onboarding',
        policy: policy(),
        request: req,
        sequence: 1,
        label: 'laptop-2',
      }),
    )
    const e = await cli(['ciso', 'enroll', f, '--staff-id', 'Alice@c.example', '--yes', '--now', NOW])
    // A second laptop of the same person is fine, but it is filed under the spelling already enrolled.
    expect(e.code, e.out).toBe(0)
    const staff = readRoster().devices.map((d) => d.staffId)
    expect(staff).toEqual(['alice@c.example', 'alice@c.example'])
    const rev = await cli(['ciso', 'revoke', 'ALICE@C.EXAMPLE', '--now', NOW])
    expect(rev.code, rev.out).toBe(0)
    expect(readRoster().devices.map((d) => d['status'])).toEqual(['revoked', 'revoked'])
  })
})

describe("the CISO's everyday flow stays humane", () => {
  it('one passphrase per command however many files are recorded, none for reading or a dry run', async () => {
    const alice = await setup()
    const files = [2, 3, 4].map((sequence) =>
      save(
        attest({
          key: alice,
          staffId: 'alice@c.example',
          policy: policy(),
          request: null,
          sequence,
          collectedAt: new Date(T0.getTime() + sequence * 60_000),
        }),
      ),
    )
    asked = 0
    expect((await cli(['ciso', 'roster'])).code).toBe(0)
    expect((await cli(['ciso', 'verify', inbox, '--dry-run', '--now', NOW])).code).toBe(0)
    expect(asked).toBe(0)
    const r = await cli(['ciso', 'verify', ...files, '--now', NOW])
    expect(r.code, r.out).toBe(0)
    expect(r.out).toMatch(/3 accepted/)
    expect(asked).toBe(1)
    // Nothing new to record: no passphrase asked.
    expect((await cli(['ciso', 'verify', ...files, '--now', NOW])).code).toBe(0)
    expect(asked).toBe(1)
  })

  it('init refuses a CISO key without passphrase unless --insecure-no-passphrase', async () => {
    const noTerminal = async (args: string[]) => {
      let err = ''
      const code = await runCli(args, {
        stdout: () => undefined,
        stderr: (t) => void (err += t),
        isTty: false,
        env: { PREFLIGHT_HOME: home },
        cwd: tmp.dir,
        prompt: async () => null,
      })
      return { code, err }
    }
    const refused = await noTerminal(['ciso', 'init', '--dir', camp])
    expect(refused.code).toBe(64)
    expect(refused.err).toMatch(/needs a passphrase/)
    const insecure = await noTerminal(['ciso', 'init', '--dir', camp, '--insecure-no-passphrase'])
    expect(insecure.code).toBe(0)
    expect(insecure.err).toMatch(/NOT encrypted/)
    expect(readFileSync(path.join(camp, 'ciso.key'), 'utf8')).toContain('BEGIN PRIVATE KEY')
  })
})
