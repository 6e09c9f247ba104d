/**
 * `preflight ciso request --staff-list` through the real CLI, in-process: a list with quoting, a BOM
 * and CRLF becomes one request file per staffer plus index.csv, with the passphrase read once; staff
 * answer with `preflight attest` (one from the file, one from the pasted text in index.csv) and
 * `ciso enroll` / `ciso verify` accept the answers. Then every refusal and its exit code: a malformed
 * list (65, every bad line listed, nothing issued), a missing list (66), usage (64), an output folder
 * that holds files (73), an unpinned campaign (77).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Roster } from '../../shared/roster-types'
import { runCli } from '../../main/cli/index'
import type { CliIo } from '../../main/cli/command'
import { readRosterFile, tempDir } from '../unit/main/ciso/helpers'

const tmp = tempDir('preflight-bulk-cli-')
const camp = path.join(tmp.dir, 'campaign')
const cisoHome = path.join(tmp.dir, 'ciso-home')
const T0 = '2026-11-20T10:00:00Z'
const LATER = '2026-11-20T11:00:00Z'

async function cli(
  args: string[],
  env: Record<string, string> = { PREFLIGHT_CAMPAIGN: camp, PREFLIGHT_HOME: cisoHome },
) {
  let stdout = ''
  let stderr = ''
  let prompts = 0
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: false,
    env,
    cwd: tmp.dir,
    prompt: async () => {
      prompts++
      return null
    },
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr, prompts }
}

const roster = (): Roster => readRosterFile(camp)
const staffEnv = (who: string) => ({ PREFLIGHT_HOME: path.join(tmp.dir, `home-${who}`) })

beforeAll(async () => {
  writeFileSync(path.join(tmp.dir, 'pass.txt'), 'correct horse battery\n')
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
  const init = await cli(['ciso', 'init', '--dir', camp, '--passphrase-file', 'pass.txt', '--now', T0])
  expect(init.code, init.stderr).toBe(0)
})
afterAll(() => tmp.cleanup())

/** index.csv rows (every cell quoted; cells may hold line breaks). */
function readIndex(file: string): string[][] {
  const text = readFileSync(file, 'utf8')
  const rows: string[][] = []
  const cell = /"((?:[^"]|"")*)"(,|\r\n)/g
  let row: string[] = []
  for (const m of text.matchAll(cell)) {
    row.push((m[1] ?? '').replace(/""/g, '"'))
    if (m[2] === '\r\n') {
      rows.push(row)
      row = []
    }
  }
  return rows
}

describe('ciso request --staff-list', () => {
  it('issues one request per staffer into a new folder with index.csv, asking for the passphrase once', async () => {
    writeFileSync(
      path.join(tmp.dir, 'staff.csv'),
      '\uFEFFStaff ID,Name,Purpose\r\n' +
        'alice@campaign.example,"Smith, Alice",\r\n' +
        'bob@campaign.example,"Bob ""Bobby"" Jones",\r\n' +
        'carol@campaign.example,Carol,periodic\r\n',
    )
    const before = roster().revision
    const r = await cli([
      'ciso',
      'request',
      '--staff-list',
      'staff.csv',
      '--purpose',
      'onboarding',
      '--out-dir',
      'out/wave-1',
      '--passphrase-file',
      'pass.txt',
      '--now',
      T0,
    ])
    expect(r.code, r.stderr).toBe(0)
    expect(r.prompts).toBe(0)
    expect(r.stdout).toMatch(
      /^Issued 3 requests \(2 onboarding, 1 periodic\), policy default v1, valid until 2026-12-04T10:00:00.000Z/,
    )
    expect(r.stderr).toMatch(/signed the built-in defaults as policy "default" v1/)
    // One signed roster write for the three requests (plus none for the policy: same write).
    expect(roster().revision).toBe(before + 1)
    expect(roster().requests.map((q) => [q.staffId, q.purpose])).toEqual([
      ['alice@campaign.example', 'onboarding'],
      ['bob@campaign.example', 'onboarding'],
      ['carol@campaign.example', 'periodic'],
    ])
    const out = path.join(tmp.dir, 'out', 'wave-1')
    expect(readdirSync(out).sort()).toEqual([
      'alice_campaign.example_onboarding.request.json',
      'bob_campaign.example_onboarding.request.json',
      'carol_campaign.example_periodic.request.json',
      'index.csv',
    ])
    const index = readIndex(path.join(out, 'index.csv'))
    expect(index[0]).toEqual(['name', 'staffId', 'purpose', 'file', 'requestId', 'validUntil', 'requestText'])
    expect(index.slice(1).map((row) => row.slice(0, 4))).toEqual([
      [
        'Smith, Alice',
        'alice@campaign.example',
        'onboarding',
        'alice_campaign.example_onboarding.request.json',
      ],
      [
        'Bob "Bobby" Jones',
        'bob@campaign.example',
        'onboarding',
        'bob_campaign.example_onboarding.request.json',
      ],
      ['Carol', 'carol@campaign.example', 'periodic', 'carol_campaign.example_periodic.request.json'],
    ])
  })

  it('staff answer from the file and from the pasted text in index.csv; the CISO enrolls and verifies', async () => {
    const out = path.join(tmp.dir, 'out', 'wave-1')
    const index = readIndex(path.join(out, 'index.csv'))
    const inbox = path.join(tmp.dir, 'inbox')
    mkdirSync(inbox, { recursive: true })
    const answer = async (who: string, requestArgs: string[]) => {
      const env = staffEnv(who)
      expect((await cli(['trust', path.join(camp, 'ciso.pub.pem'), '--yes'], env)).code).toBe(0)
      const r = await cli(
        [
          'attest',
          ...requestArgs,
          '--replay',
          path.join(tmp.dir, 'transcript.json'),
          '--device-label',
          `${who}-laptop`,
          '--out',
          inbox,
          '--now',
          T0,
        ],
        env,
      )
      expect(r.code, r.stderr).toBe(0)
    }
    await answer('alice', ['--request', path.join(out, 'alice_campaign.example_onboarding.request.json')])
    await answer('bob', ['--request-text', index[2]?.[6] ?? ''])
    const files = readdirSync(inbox).map((f) => path.join(inbox, f))
    expect(files).toHaveLength(2)
    for (const [staff, file] of [
      ['alice@campaign.example', files.find((f) => f.includes('alice'))],
      ['bob@campaign.example', files.find((f) => f.includes('bob'))],
    ] as const) {
      const e = await cli([
        'ciso',
        'enroll',
        file ?? '',
        '--staff-id',
        staff,
        '--yes',
        '--passphrase-file',
        'pass.txt',
        '--now',
        LATER,
      ])
      expect(e.code, e.stderr).toBe(0)
    }
    const v = await cli(['ciso', 'verify', inbox, '--json', '--dry-run', '--now', LATER])
    expect((JSON.parse(v.stdout) as { rows: { code: string }[] }).rows.map((x) => x.code)).toEqual([
      'ALREADY_RECORDED',
      'ALREADY_RECORDED',
    ])
    const used = roster()
      .requests.filter((q) => q.used)
      .map((q) => q.staffId)
    expect(used.sort()).toEqual(['alice@campaign.example', 'bob@campaign.example'])
  })

  it('a malformed list exits 65 listing every bad line, and issues nothing (no passphrase asked)', async () => {
    writeFileSync(
      path.join(tmp.dir, 'bad.csv'),
      'staff id,name\nok@campaign.example,Ok\nbad id,X\nOK@campaign.example,Again\n"=cmd@x,Open quote\n',
    )
    const before = readFileSync(path.join(camp, 'roster.json'), 'utf8')
    const r = await cli([
      'ciso',
      'request',
      '--staff-list',
      'bad.csv',
      '--purpose',
      'periodic',
      '--out-dir',
      'out/bad',
    ])
    expect(r.code).toBe(65)
    expect(r.stderr).toMatch(/the staff list has problems; nothing was issued/)
    expect(r.stderr).toMatch(/line 3: staff id "bad id" is not valid/)
    expect(r.stderr).toMatch(/line 4: staff id "OK@campaign.example" is already on line 2/)
    expect(r.stderr).toMatch(/line 5: a quoted field is not closed/)
    expect(r.prompts).toBe(0)
    expect(readFileSync(path.join(camp, 'roster.json'), 'utf8')).toBe(before)
    expect(existsSync(path.join(tmp.dir, 'out', 'bad'))).toBe(false)
  })

  it('exit codes: 66 missing list, 64 usage, 73 output folder with files, 77 unpinned campaign', async () => {
    const missing = await cli([
      'ciso',
      'request',
      '--staff-list',
      'nope.csv',
      '--purpose',
      'periodic',
      '--out-dir',
      'o',
    ])
    expect(missing.code).toBe(66)
    expect(missing.stderr).toMatch(/staff list not found/)
    writeFileSync(path.join(tmp.dir, 'one.csv'), 'staff id\ndan@campaign.example\n')
    const usage = [
      [['--staff-list', 'one.csv', '--purpose', 'periodic'], /--staff-list needs --out-dir/],
      [['--staff-list', 'one.csv', '--staff-id', 'x@y', '--out-dir', 'o'], /not both/],
      [['--staff-list', 'one.csv', '--out-dir', 'o', '--text'], /--out and --text are for one request/],
      [['--staff-id', 'x@y', '--purpose', 'periodic', '--out-dir', 'o'], /--out-dir goes with --staff-list/],
      [['--staff-list', 'one.csv', '--out-dir', 'o', '--purpose', 'holiday'], /--purpose must be one of/],
    ] as const
    for (const [args, message] of usage) {
      const r = await cli(['ciso', 'request', ...args])
      expect(r.code, r.stderr).toBe(64)
      expect(r.stderr).toMatch(message)
    }
    mkdirSync(path.join(tmp.dir, 'full'))
    writeFileSync(path.join(tmp.dir, 'full', 'earlier.request.json'), '{}')
    const exists = await cli([
      'ciso',
      'request',
      '--staff-list',
      'one.csv',
      '--purpose',
      'periodic',
      '--out-dir',
      'full',
      '--passphrase-file',
      'pass.txt',
    ])
    expect(exists.code).toBe(73)
    expect(exists.stderr).toMatch(/already holds files/)
    expect(readdirSync(path.join(tmp.dir, 'full'))).toEqual(['earlier.request.json'])
    const elsewhere = await cli(
      [
        'ciso',
        'request',
        '--staff-list',
        'one.csv',
        '--purpose',
        'periodic',
        '--out-dir',
        'o2',
        '--passphrase-file',
        'pass.txt',
      ],
      { PREFLIGHT_CAMPAIGN: camp, PREFLIGHT_HOME: path.join(tmp.dir, 'other-laptop') },
    )
    expect(elsewhere.code).toBe(77)
    expect(elsewhere.stderr).toMatch(/CAMPAIGN_NOT_PINNED/)
    expect(existsSync(path.join(tmp.dir, 'o2'))).toBe(false)
  })

  it('without a passphrase on a passphrase key, refuses (77) and writes nothing', async () => {
    writeFileSync(path.join(tmp.dir, 'two.csv'), 'staff id\nerin@campaign.example\n')
    const before = readFileSync(path.join(camp, 'roster.json'), 'utf8')
    const r = await cli([
      'ciso',
      'request',
      '--staff-list',
      'two.csv',
      '--purpose',
      'periodic',
      '--out-dir',
      'out/locked',
    ])
    expect(r.code).toBe(77)
    expect(r.stderr).toMatch(/protected by a passphrase/)
    expect(readFileSync(path.join(camp, 'roster.json'), 'utf8')).toBe(before)
    expect(readdirSync(path.join(tmp.dir, 'out'))).toEqual(['wave-1'])
  })
})
