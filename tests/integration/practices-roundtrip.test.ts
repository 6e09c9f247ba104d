/**
 * A campaign's own practices end to end through the real CLI: the CISO signs a policy with a custom
 * practice, its words and the campaign's web addresses; the staffer sees the practices in
 * `preflight check`, confirms with --confirm and attests; the CISO's verify table, JSON and CSV and
 * the roster show measured and declared practices apart from the posture, with what is not confirmed.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseStatement } from '../../main/attestation/formats'
import type { CliIo } from '../../main/cli/command'
import { runCli } from '../../main/cli/index'
import { tempDir } from '../unit/main/ciso/helpers'

const tmp = tempDir('preflight-practices-')
const camp = path.join(tmp.dir, 'campaign')
const home = path.join(tmp.dir, 'staff-home')
const T0 = '2026-11-20T10:00:00Z'
const LATER = '2026-11-20T11:00:00Z'
const STAFF = 'alice@campaign.example'
const NOTHING = path.resolve(__dirname, '../fixtures/practices/linux/nothing-installed.json')

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

const policy = {
  id: 'campaign-2026',
  version: 3,
  practices: [
    {
      id: 'vpn',
      level: 'required',
      purposes: ['onboarding', 'periodic'],
      words: 'practice.vpn',
      evidence: 'declared',
    },
    {
      id: 'signal',
      level: 'required',
      purposes: ['onboarding', 'periodic'],
      words: 'practice.signal',
      evidence: { measured: 'signal-desktop' },
      help: ['signal-download'],
    },
    {
      id: 'leave-keys',
      level: 'required',
      purposes: ['offboarding'],
      words: 'practice.leave-keys',
      evidence: 'declared',
    },
  ],
  catalogue: {
    en: {
      'practice.vpn.title': 'I use the campaign VPN on public Wi-Fi',
      'practice.vpn.why': 'Public Wi-Fi can be watched.',
      'practice.vpn.how': 'Open the VPN app and connect.',
      'practice.leave-keys.title': 'I gave back my security key',
      'practice.leave-keys.why': 'It opens campaign accounts.',
    },
  },
  domains: {
    official: [{ domain: 'example-campaign.org', use: 'web' }],
    lookalikes: ['example-campaign2026.org'],
  },
}

beforeAll(() => {
  writeFileSync(path.join(tmp.dir, 'policy.json'), JSON.stringify(policy))
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
    '--policy',
    path.join(tmp.dir, 'policy.signed.json'),
    '--out',
    out,
    '--now',
    T0,
  ])
  expect(r.code, r.stderr).toBe(0)
  return path.join(tmp.dir, out)
}

async function attest(req: string, out: string, confirm: string[]) {
  const r = await cli([
    'attest',
    '--request',
    req,
    '--replay',
    NOTHING,
    '--device-label',
    'alice-laptop',
    '--out',
    out,
    ...confirm.flatMap((id) => ['--confirm', id]),
  ])
  expect(r.code, r.stderr).toBe(0)
  return { file: path.join(tmp.dir, out), stdout: r.stdout }
}

function predicateOf(file: string) {
  const env = JSON.parse(readFileSync(file, 'utf8')) as { payload: string }
  return parseStatement(Buffer.from(env.payload, 'base64')).predicate
}

describe("a campaign's own practices, CLI end to end", () => {
  it('the policy with practices, words and web addresses is signed and used by the staff side', async () => {
    expect((await cli(['ciso', 'init', '--dir', camp, '--insecure-no-passphrase', '--now', T0])).code).toBe(0)
    const signed = await cli([
      'ciso',
      'policy',
      'sign',
      path.join(tmp.dir, 'policy.json'),
      '--out',
      path.join(tmp.dir, 'policy.signed.json'),
      '--now',
      T0,
    ])
    expect(signed.code, signed.stderr).toBe(0)
    const onboarding = await request('onboarding', 'onboarding.request.json')
    expect((await cli(['trust', path.join(camp, 'ciso.pub.pem'), '--yes'])).code).toBe(0)
    const { file, stdout } = await attest(onboarding, 'onboarding.json', ['vpn'])
    expect(stdout).toMatch(/practices: FAIL\n {4}signal: not found on this laptop/)
    const p = predicateOf(file)
    expect(p.practices).toEqual([
      { id: 'vpn', level: 'required', evidence: 'declared', result: 'confirmed' },
      { id: 'signal', level: 'required', evidence: 'measured', result: 'not-found' },
    ])
    const e = await cli(['ciso', 'enroll', file, '--staff-id', STAFF, '--yes', '--now', LATER])
    expect(e.code, e.stderr).toBe(0)
  })

  it('ciso verify shows practices apart from the posture, in the table, JSON and CSV', async () => {
    const periodic = await request('periodic', 'periodic.request.json')
    // Signal is used on the phone: declared, and the file says it was not found on the laptop.
    const { file } = await attest(periodic, 'periodic.json', ['signal'])
    const p = predicateOf(file)
    expect(p.practices?.find((x) => x.id === 'signal')).toEqual({
      id: 'signal',
      level: 'required',
      evidence: 'declared',
      result: 'confirmed',
      measured: 'not-found',
    })
    const table = await cli(['ciso', 'verify', file, '--dry-run', '--now', LATER])
    expect(table.stdout).toMatch(/OUTCOME +POSTURE +PRACTICES +STAFF/)
    expect(table.stdout).toMatch(/ACCEPTED +fail +incomplete +alice@campaign\.example/)
    expect(table.stdout).toMatch(/practices incomplete: not measured or confirmed: vpn/)
    const json = JSON.parse(
      (await cli(['ciso', 'verify', file, '--dry-run', '--json', '--now', LATER])).stdout,
    )
    expect(json.rows[0].practices).toEqual({ result: 'incomplete', unmet: ['vpn'] })
    const csv = (await cli(['ciso', 'verify', file, '--dry-run', '--csv', '--now', LATER])).stdout
    const [header, line] = csv.trim().split(/\r?\n/)
    const cols = (header ?? '').split(',')
    expect(cols.slice(-2)).toEqual(['practices', 'unmetPractices'])
    expect(line).toMatch(/,incomplete,vpn$/)
    // Recorded: the roster says who has not confirmed which required practice.
    expect((await cli(['ciso', 'verify', file, '--now', LATER])).code).toBe(1)
    const roster = await cli(['ciso', 'roster', '--now', LATER])
    expect(roster.stdout).toMatch(/PRACTICES/)
    expect(roster.stdout).toMatch(/incomplete: vpn/)
    const rosterCsv = (await cli(['ciso', 'roster', '--csv', '--now', LATER])).stdout
    expect(rosterCsv).toMatch(/,incomplete,vpn\r?\n$/)
  })

  it('leaving: the policy’s own leaving step must be confirmed, and is kept for older verifiers', async () => {
    const off = await request('offboarding', 'off.request.json')
    const refused = await cli(['attest', '--request', off, '--replay', NOTHING, '--out', 'x.json'])
    expect(refused.code).toBe(64)
    expect(refused.stderr).toMatch(/offboarding checklist incomplete \(not confirmed: leave-keys\)/)
    const { file } = await attest(off, 'off.json', ['leave-keys'])
    const p = predicateOf(file)
    expect(p.offboarding?.checklist).toEqual([
      { id: 'leave-keys', text: 'I gave back my security key', confirmed: true },
    ])
    expect(p.practicesResult).toBe('pass')
    const json = JSON.parse(
      (await cli(['ciso', 'verify', file, '--dry-run', '--json', '--now', LATER])).stdout,
    )
    expect(json.rows[0]).toMatchObject({ code: 'ACCEPTED', practices: { result: 'pass', unmet: [] } })
  })
})
