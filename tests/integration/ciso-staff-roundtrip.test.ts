/**
 * Both sides through the real CLI, in-process: the CISO issues requests with `preflight ciso …`, the
 * staffer pins the CISO key and answers with `preflight trust` / `preflight attest` (checks replayed
 * from a transcript, so the attestations say "replayed" and never count as a pass), and the CISO
 * enrolls, verifies and offboards. Nothing here is built by hand except one tampered copy.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Roster } from '../../shared/roster-types'
import { runCli } from '../../main/cli/index'
import type { CliIo } from '../../main/cli/command'
import { readRosterFile, tempDir } from '../unit/main/ciso/helpers'

const tmp = tempDir('preflight-both-sides-')
const camp = path.join(tmp.dir, 'campaign')
const home = path.join(tmp.dir, 'staff-home')
const T0 = '2026-11-20T10:00:00Z'
const LATER = '2026-11-20T11:00:00Z'
const STAFF = 'alice@campaign.example'

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: false,
    env: { PREFLIGHT_CAMPAIGN: camp, PREFLIGHT_HOME: home },
    cwd: tmp.dir,
    prompt: async () => null,
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}

const roster = (): Roster => readRosterFile(camp)

beforeAll(() => {
  writeFileSync(
    path.join(tmp.dir, 'transcript.json'),
    JSON.stringify({
      format: 'preflight-transcript/v1',
      platform: 'linux',
      arch: 'x64',
      now: T0,
      env: {},
      commands: [],
      files: {},
    }),
  )
})
afterAll(() => tmp.cleanup())

async function request(purpose: string, out: string) {
  const r = await cli([
    'ciso',
    'request',
    '--staff-id',
    STAFF,
    '--purpose',
    purpose,
    '--out',
    out,
    '--now',
    T0,
  ])
  expect(r.code, r.stderr).toBe(0)
}

async function attestAs(out: string, extra: string[] = []) {
  const r = await cli([
    'attest',
    '--replay',
    path.join(tmp.dir, 'transcript.json'),
    '--device-label',
    'alice-laptop',
    '--staff-id',
    STAFF,
    '--out',
    out,
    ...extra,
  ])
  expect(r.code, r.stderr).toBe(0)
  return path.join(tmp.dir, out)
}

describe('CISO and staff through the CLI', () => {
  it('onboarding: request, pin, attest, enroll', async () => {
    expect((await cli(['ciso', 'init', '--dir', camp, '--insecure-no-passphrase', '--now', T0])).code).toBe(0)
    await request('onboarding', 'onboarding.request.json')
    const pinned = await cli(['trust', path.join(camp, 'ciso.pub.pem'), '--yes'])
    expect(pinned.code, pinned.stderr).toBe(0)
    const file = await attestAs('onboarding.json', [
      '--request',
      path.join(tmp.dir, 'onboarding.request.json'),
    ])
    // Before enrollment the key is unknown to the CISO.
    const unknown = await cli(['ciso', 'verify', file, '--json', '--dry-run', '--now', LATER])
    expect((JSON.parse(unknown.stdout) as { rows: { code: string }[] }).rows[0]?.code).toBe('UNKNOWN_KEY')
    const e = await cli(['ciso', 'enroll', file, '--staff-id', STAFF, '--yes', '--now', LATER])
    expect(e.code, e.stderr).toBe(0)
    const device = roster().devices[0]
    expect(device).toMatchObject({
      staffId: STAFF,
      deviceLabel: 'alice-laptop',
      status: 'active',
      lastSequence: 1,
    })
    // Replayed facts are not evidence: the posture is not a pass.
    expect(device?.lastAttestation?.result).not.toBe('pass')
    expect(roster().requests[0]?.used).toBe(true)
  })

  it('periodic: answered request and unsolicited report accepted, tampering and reuse rejected', async () => {
    await request('periodic', 'periodic.request.json')
    const answered = await attestAs('periodic-1.json', [
      '--request',
      path.join(tmp.dir, 'periodic.request.json'),
    ])
    const unsolicited = await attestAs('periodic-2.json')
    const reused = await attestAs('periodic-3.json', [
      '--request',
      path.join(tmp.dir, 'periodic.request.json'),
    ])
    const env = JSON.parse(readFileSync(unsolicited, 'utf8')) as { payload: string }
    const stmt = JSON.parse(Buffer.from(env.payload, 'base64').toString()) as {
      predicate: { replayed: boolean }
    }
    stmt.predicate.replayed = false
    env.payload = Buffer.from(JSON.stringify(stmt)).toString('base64')
    const tampered = path.join(tmp.dir, 'periodic-tampered.json')
    writeFileSync(tampered, JSON.stringify(env))

    const r = await cli(['ciso', 'verify', answered, unsolicited, reused, tampered, '--json', '--now', LATER])
    expect(r.code).toBe(1)
    const rows = (JSON.parse(r.stdout) as { rows: { file: string; code: string; unsolicited?: boolean }[] })
      .rows
    const byFile = Object.fromEntries(rows.map((x) => [path.basename(x.file), x.code]))
    expect(byFile).toEqual({
      'periodic-1.json': 'ACCEPTED',
      'periodic-2.json': 'ACCEPTED',
      'periodic-3.json': 'NONCE_REUSED',
      'periodic-tampered.json': 'BAD_SIGNATURE',
    })
    expect(rows.find((x) => x.file === unsolicited)?.unsolicited).toBe(true)
    expect(roster().devices[0]?.lastSequence).toBe(3)
  })

  it('offboarding: final attestation retires the key', async () => {
    await request('offboarding', 'offboarding.request.json')
    const final = await attestAs('offboarding.json', [
      '--request',
      path.join(tmp.dir, 'offboarding.request.json'),
      '--confirm',
      'accounts-signed-out',
      '--confirm',
      'files-deleted',
      '--confirm',
      'devices-returned',
      '--yes',
    ])
    const o = await cli(['ciso', 'offboard', final, '--now', LATER])
    expect(o.code, o.stderr).toBe(0)
    expect(roster().devices[0]?.status).toBe('offboarded')
    const after = await attestAs('after.json')
    const v = await cli(['ciso', 'verify', after, '--now', LATER])
    expect(v.code).toBe(1)
    expect(v.stdout).toContain('REVOKED_KEY')
  })
})
