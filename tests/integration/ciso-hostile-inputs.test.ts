/**
 * `preflight ciso …` against a hostile inbox (issue 7, part 2), through the CLI in-process: printed
 * commands that stay safe for any file name (POSIX and PowerShell), signed policies from
 * issued/policies, FIFOs and links, control characters in names and fields on every output
 * (table, --json, --csv), one onboarding request answered by two keys, an onboarding request
 * answered by an enrolled laptop, and --now in the help of every command that takes it.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IssuedPolicy, IssuedRequest, Roster } from '../../shared/roster-types'
import { runCli } from '../../main/cli/index'
import { COMMANDS } from '../../main/cli/commands'
import type { CliIo } from '../../main/cli/command'
import { fingerprint, formatFingerprint } from '../../main/attestation/keys'
import { attest, deviceKey, T0, tempDir } from '../unit/main/ciso/helpers'
import { clean, NASTY } from '../unit/main/util/nasty-text'

const tmp = tempDir('preflight-hostile-')
const camp = path.join(tmp.dir, 'campaign')
const NOW = new Date(T0.getTime() + 3_600_000).toISOString()

async function cli(args: string[], platform: NodeJS.Platform = 'linux') {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: false,
    // PREFLIGHT_HOME keeps this campaign's trust anchors out of the real config folder.
    env: { PREFLIGHT_CAMPAIGN: camp, PREFLIGHT_HOME: path.join(tmp.dir, 'home') },
    cwd: tmp.dir,
    prompt: async () => null,
    platform,
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}

// roster.json is the signed document {format, signature, roster}; the tests read the roster part.
const roster = (): Roster =>
  (JSON.parse(readFileSync(path.join(camp, 'roster.json'), 'utf8')) as { roster: Roster }).roster
const policy = (): IssuedPolicy => roster().policies.at(-1) as IssuedPolicy

async function request(staffId: string, purpose: string): Promise<IssuedRequest> {
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
  expect(r.code, r.stderr).toBe(0)
  return roster().requests.at(-1) as IssuedRequest
}

function folder(name: string): string {
  const dir = path.join(tmp.dir, name)
  mkdirSync(dir)
  return dir
}

function onboarding(
  key = deviceKey(),
  staffId = 'bob@c.example',
  req: IssuedRequest,
  at = T0.getTime() + 1000,
) {
  return attest({
    key,
    staffId,
    purpose: 'onboarding',
    policy: policy(),
    request: req,
    sequence: 1,
    collectedAt: new Date(at),
  })
}

beforeAll(async () => {
  writeFileSync(path.join(tmp.dir, 'policy.json'), JSON.stringify({ id: 'baseline', version: 2 }))
  expect(
    (
      await cli([
        'ciso',
        'init',
        '--dir',
        camp,
        '--org',
        'Test',
        '--insecure-no-passphrase',
        '--now',
        T0.toISOString(),
      ])
    ).code,
  ).toBe(0)
  const signed = await cli([
    'ciso',
    'policy',
    'sign',
    'policy.json',
    '--out',
    'baseline.signed.json',
    '--now',
    T0.toISOString(),
  ])
  expect(signed.code, signed.stderr).toBe(0)
})
afterAll(() => tmp.cleanup())

describe('ciso request --policy with a signed policy (the documented path)', () => {
  it('accepts the file in issued/policies/ and the copy written with --out', async () => {
    for (const file of [
      path.join(camp, 'issued', 'policies', 'baseline.v2.policy.json'),
      'baseline.signed.json',
    ]) {
      const r = await cli([
        'ciso',
        'request',
        '--staff-id',
        'carol@c.example',
        '--purpose',
        'periodic',
        '--policy',
        file,
        '--out',
        'carol.req.json',
      ])
      expect(r.code, r.stderr).toBe(0)
      expect(r.stderr).toMatch(/policy baseline v2/)
      expect(roster().requests.at(-1)?.policyDigest).toBe(policy().digest)
    }
  })

  it("still refuses a policy signed by another campaign's key", async () => {
    const other = path.join(tmp.dir, 'other-campaign')
    const quiet: CliIo = {
      stdout: () => undefined,
      stderr: () => undefined,
      isTty: false,
      env: { PREFLIGHT_HOME: path.join(tmp.dir, 'other-home') },
      cwd: tmp.dir,
    }
    expect(await runCli(['ciso', 'init', '--dir', other, '--insecure-no-passphrase'], quiet)).toBe(0)
    expect(
      await runCli(
        ['ciso', 'policy', 'sign', 'policy.json', '--campaign', other, '--out', 'foreign.json'],
        quiet,
      ),
    ).toBe(0)
    const r = await cli([
      'ciso',
      'request',
      '--staff-id',
      'carol@c.example',
      '--purpose',
      'periodic',
      '--policy',
      'foreign.json',
    ])
    expect(r.code).toBe(65)
    expect(r.stderr).toMatch(/not signed by this campaign's CISO key/)
  })
})

describe('the enroll command printed by ciso verify is safe to paste', () => {
  const HOSTILE = ['x$(touch PWNED).json', "it's `touch PWNED`; $HOME & | .json", '-rf ünï 😀.json']

  it('POSIX: the printed line, run by sh, passes the file name exactly and runs nothing', async () => {
    const req = await request('bob@c.example', 'onboarding')
    const inbox = folder('inbox-quote')
    const key = deviceKey()
    for (const name of HOSTILE) writeFileSync(path.join(inbox, name), onboarding(key, 'bob@c.example', req))
    const r = await cli(['ciso', 'verify', inbox, '--dry-run', '--now', NOW])
    const lines = r.stdout.split('\n').filter((l) => l.includes('once you have compared the fingerprint: '))
    expect(lines).toHaveLength(HOSTILE.length)
    for (const line of lines) {
      const command = line.slice(line.indexOf('preflight ciso enroll '))
      // A stand-in `preflight` that prints its arguments one per line.
      const sh = spawnSync('/bin/sh', ['-c', `preflight() { printf '%s\\n' "$@"; }; ${command}`], {
        cwd: tmp.dir,
        encoding: 'utf8',
      })
      expect(sh.status, sh.stderr).toBe(0)
      const args = sh.stdout.split('\n').slice(0, -1)
      expect(args.slice(0, 2)).toEqual(['ciso', 'enroll'])
      expect(HOSTILE.map((n) => path.join(inbox, n))).toContain(args[2])
      expect(args.slice(3)).toEqual(['--staff-id', 'bob@c.example'])
    }
    expect(existsSync(path.join(tmp.dir, 'PWNED'))).toBe(false)
    expect(existsSync(path.join(inbox, 'PWNED'))).toBe(false)
    expect(r.stdout).toContain(formatFingerprint(fingerprint(key)))
  })

  it('Windows: PowerShell single quotes, typographic quotes doubled', async () => {
    const req = await request('dave@c.example', 'onboarding')
    const inbox = folder('inbox-ps')
    writeFileSync(path.join(inbox, 'x$(calc) ‘it’s’.json'), onboarding(deviceKey(), 'dave@c.example', req))
    const r = await cli(['ciso', 'verify', inbox, '--dry-run', '--now', NOW], 'win32')
    const file = path.join(inbox, 'x$(calc) ‘it’s’.json')
    expect(r.stdout).toContain(
      `preflight ciso enroll '${file.replace(/[‘’]/g, (q) => q + q)}' --staff-id 'dave@c.example'`,
    )
  })

  it('a name that cannot be shown exactly (line break, escape, bidi override) gets no command', async () => {
    const req = await request('erin@c.example', 'onboarding')
    const inbox = folder('inbox-unprintable')
    const key = deviceKey()
    for (const name of ['a\nb.json', 'a\u001b[2Jb.json', 'a\u202enosj.exe.json'])
      writeFileSync(path.join(inbox, name), onboarding(key, 'erin@c.example', req))
    const r = await cli(['ciso', 'verify', inbox, '--dry-run', '--now', NOW])
    expect(r.stdout).not.toMatch(/preflight ciso enroll '/)
    expect(r.stdout.match(/cannot be shown safely; rename the file first/g)).toHaveLength(3)
    expect(clean(r.stdout)).toBe(true)
  })
})

describe('FIFOs, sockets and links are never read, and are listed', () => {
  const mkfifo = (p: string) => expect(spawnSync('mkfifo', [p]).status).toBe(0)

  it('a FIFO given to ciso verify or ciso enroll is refused at once', async () => {
    const fifo = path.join(tmp.dir, 'pipe.json')
    mkfifo(fifo)
    const v = await cli(['ciso', 'verify', fifo, '--dry-run', '--now', NOW])
    expect(v.code).toBe(65)
    expect(v.stderr).toMatch(/pipe\.json: a FIFO \(named pipe\), not a regular file; refused/)
    const e = await cli(['ciso', 'enroll', fifo, '--staff-id', 'bob@c.example', '--yes', '--now', NOW])
    expect(e.code).toBe(65)
    expect(e.stderr).toMatch(/FIFO/)
    const o = await cli(['ciso', 'offboard', fifo, '--now', NOW])
    expect(o.code).toBe(65)
  }, 10_000)

  it('inside a folder: FIFOs, symlinks and dangling links are skipped and listed (table and --json)', async () => {
    const inbox = folder('inbox-special')
    const outside = path.join(tmp.dir, 'outside.json')
    writeFileSync(outside, '{}')
    writeFileSync(path.join(inbox, 'real.json'), 'not json')
    mkfifo(path.join(inbox, 'fifo.json'))
    symlinkSync(outside, path.join(inbox, 'link.json'))
    symlinkSync(path.join(tmp.dir, 'nowhere'), path.join(inbox, 'dangling.json'))
    symlinkSync(tmp.dir, path.join(inbox, 'dirlink'))
    const r = await cli(['ciso', 'verify', inbox, '--dry-run', '--now', NOW])
    expect(r.code).toBe(65)
    expect(r.stdout).toMatch(/MALFORMED .*real\.json/)
    for (const [name, why] of [
      ['fifo.json', /a FIFO \(named pipe\), not a regular file; not read/],
      ['link.json', /a symbolic link \(to a file\); links inside a folder are not followed/],
      ['dangling.json', /a symbolic link to nothing \(dangling\)/],
      ['dirlink', /a symbolic link \(to a folder\)/],
    ] as const) {
      const line = r.stderr.split('\n').find((l) => l.includes(`skipped ${path.join(inbox, name)}:`))
      expect(line, name).toMatch(why)
    }
    const j = await cli(['ciso', 'verify', inbox, '--dry-run', '--json', '--now', NOW])
    const doc = JSON.parse(j.stdout) as { skipped: { path: string; kind: string }[]; rows: unknown[] }
    expect(doc.skipped.map((s) => [path.basename(s.path), s.kind])).toEqual([
      ['dangling.json', 'dangling-symlink'],
      ['dirlink', 'symlink'],
      ['fifo.json', 'fifo'],
      ['link.json', 'symlink'],
    ])
    expect(doc.rows).toHaveLength(1)
  }, 10_000)
})

describe('untrusted text never reaches the terminal raw', () => {
  it('file names and fields with controls, CR, bidi and zero-width characters: table, --json, --csv', async () => {
    const inbox = folder('inbox-escapes')
    const alice = deviceKey()
    await cli(['ciso', 'request', '--staff-id', 'alice@c.example', '--purpose', 'periodic'])
    const names = NASTY.filter((c) => c !== '\ud800' && c !== '\u0000').map((c, i) => `f${i}${c}x.json`)
    for (const name of names) writeFileSync(path.join(inbox, name), 'garbage')
    // A signed file whose payloadType carries a bidi override and an 8-bit CSI (in the message).
    const env = JSON.parse(
      attest({ key: alice, staffId: 'alice@c.example', policy: policy(), request: null, sequence: 1 }),
    ) as Record<string, unknown>
    writeFileSync(path.join(inbox, 'type.json'), JSON.stringify({ ...env, payloadType: 'x\u202e\u009b2J' }))
    const table = await cli(['ciso', 'verify', inbox, '--dry-run', '--now', NOW])
    expect(table.stdout).toContain('MALFORMED')
    expect(clean(table.stdout), JSON.stringify(table.stdout)).toBe(true)
    expect(clean(table.stderr)).toBe(true)
    expect(table.stdout).toContain('\\u{202E}')
    const csv = await cli(['ciso', 'verify', inbox, '--dry-run', '--csv', '--now', NOW])
    expect(csv.stdout.split('\r\n')).toHaveLength(names.length + 1 + 1 + 1)
    expect(clean(csv.stdout.replace(/\r\n/g, '\n')), JSON.stringify(csv.stdout)).toBe(true)
    expect(csv.stdout).toContain('\\x1B[2J')
    const json = await cli(['ciso', 'verify', inbox, '--dry-run', '--json', '--now', NOW])
    expect(clean(json.stdout)).toBe(true)
    const doc = JSON.parse(json.stdout) as { rows: { file: string }[] }
    // --json keeps the exact names (as JSON escapes).
    expect(doc.rows.map((r) => path.basename(r.file)).sort()).toEqual([...names, 'type.json'].sort())
  })

  it('a revocation reason from the roster is shown escaped', async () => {
    const key = deviceKey()
    const req = await request('frank@c.example', 'onboarding')
    const inbox = folder('inbox-revoked')
    const f = path.join(inbox, 'frank.json')
    writeFileSync(f, onboarding(key, 'frank@c.example', req))
    expect(
      (await cli(['ciso', 'enroll', f, '--staff-id', 'frank@c.example', '--yes', '--now', NOW])).code,
    ).toBe(0)
    const revoke = await cli(['ciso', 'revoke', 'frank@c.example', '--reason', 'stolen\r\u001b[2K\u202eok'])
    expect(revoke.code).toBe(0)
    writeFileSync(
      path.join(inbox, 'later.json'),
      attest({ key, staffId: 'frank@c.example', policy: policy(), request: null, sequence: 2 }),
    )
    const r = await cli(['ciso', 'verify', path.join(inbox, 'later.json'), '--dry-run', '--now', NOW])
    expect(r.stdout).toMatch(/REVOKED_KEY/)
    expect(clean(r.stdout)).toBe(true)
    expect(r.stdout).toContain('stolen\\x0D\\x1B[2K\\u{202E}ok')
  })
})

describe('onboarding requests answered twice, or by an enrolled laptop (batch verify)', () => {
  it('two keys answering one onboarding request are flagged loudly; neither gets an enroll command', async () => {
    const req = await request('gina@c.example', 'onboarding')
    const inbox = folder('inbox-contested')
    writeFileSync(
      path.join(inbox, 'gina.json'),
      onboarding(deviceKey(), 'gina@c.example', req, T0.getTime() + 2000),
    )
    writeFileSync(
      path.join(inbox, 'early.json'),
      onboarding(deviceKey(), 'gina@c.example', req, T0.getTime() + 1000),
    )
    const r = await cli(['ciso', 'verify', inbox, '--dry-run', '--now', NOW])
    expect(r.code).toBe(1)
    expect(r.stdout.match(/CONTESTED_REQUEST: POSSIBLE INTERCEPTION/g)).toHaveLength(2)
    expect(r.stdout).not.toContain('preflight ciso enroll /')
  })

  it('an onboarding request answered by a laptop already enrolled is reported', async () => {
    const key = deviceKey()
    const first = await request('hana@c.example', 'onboarding')
    const inbox = folder('inbox-enrolled')
    writeFileSync(path.join(inbox, 'first.json'), onboarding(key, 'hana@c.example', first))
    const enrolled = await cli([
      'ciso',
      'enroll',
      path.join(inbox, 'first.json'),
      '--staff-id',
      'hana@c.example',
      '--yes',
      '--now',
      NOW,
    ])
    expect(enrolled.code, enrolled.stderr).toBe(0)
    const second = await request('hana@c.example', 'onboarding')
    const again = path.join(tmp.dir, 'second.json')
    writeFileSync(
      again,
      attest({
        key,
        staffId: 'hana@c.example',
        purpose: 'onboarding',
        policy: policy(),
        request: second,
        sequence: 2,
        collectedAt: new Date(T0.getTime() + 5000),
      }),
    )
    const r = await cli(['ciso', 'verify', again, '--dry-run', '--now', NOW])
    expect(r.stdout).toMatch(/ACCEPTED/)
    expect(r.stdout).toMatch(/an onboarding request answered by a laptop that is already enrolled/)
  })
})

describe('--now', () => {
  it('is listed in the help of every command that accepts it', async () => {
    const takers: string[] = []
    for (const c of COMMANDS) {
      const r = await cli([...c.name.split(' '), '--now', 'not-a-date'])
      if (/Unknown option '--now'/.test(r.stderr)) continue
      takers.push(c.name)
      const help = await cli([...c.name.split(' '), '--help'])
      expect(help.stdout, c.name).toMatch(/--now <iso/)
    }
    expect(takers).toEqual(
      expect.arrayContaining(['ciso verify', 'ciso request', 'ciso init', 'ciso revoke']),
    )
  })
})
