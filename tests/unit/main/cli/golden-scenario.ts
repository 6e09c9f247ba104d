/**
 * A scripted run of every `preflight` command (help texts, usage errors, the staff and the CISO
 * commands' output and questions) in-process, in a temporary folder, for the CLI language tests:
 * the English must stay byte-identical to what it printed before the catalogues
 * (tests/fixtures/cli/english-golden.json), and another language must print no English word.
 *
 * Random parts (keys, nonces, request ids, signatures, temporary paths, times of the clock) are
 * replaced by stable markers, the same way for every run.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { CliIo } from '../../../../main/cli/command'
import { COMMANDS } from '../../../../main/cli/commands'
import { runCli } from '../../../../main/cli/index'

export interface GoldenRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const ROOT = path.resolve(__dirname, '../../../..')
const T0 = '2026-11-20T10:00:00Z'
const LATER = '2026-11-20T11:00:00Z'
const STAFF = 'alice@campaign.example'

/** Replace what differs between runs by markers. */
export function normalise(text: string, tmp: string): string {
  return text
    .split(tmp)
    .join('<TMP>')
    .split(ROOT)
    .join('<REPO>')
    .replace(/[A-Za-z0-9+/_-]{40,}={0,2}/g, '<B64>')
    .replace(/^[A-Za-z0-9+/]{8,}={0,2}$/gm, '<B64>')
    .replace(/\b[0-9a-f]{4}(?: [0-9a-f]{4}){3,15}\b/g, '<FP>')
    .replace(/\b[0-9a-f]{16,}\b/g, '<HEX>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<UUID>')
    .replace(/\(\d+ ms\)/g, '(N ms)')
}

/** Every command line of the scenario, with its captured (normalised) output, by a stable name. */
export async function runGoldenScenario(
  extraArgs: readonly string[] = [],
): Promise<Record<string, GoldenRun>> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-golden-'))
  const home = path.join(tmp, 'home')
  const camp = path.join(tmp, 'campaign')
  const out: Record<string, GoldenRun> = {}
  mkdirSync(home)
  const transcript = path.join(tmp, 'transcript.json')
  writeFileSync(
    transcript,
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
  const at = (f: string) => path.join(tmp, f)
  const fixture = (f: string) => path.join(ROOT, 'tests/fixtures', f)
  async function run(
    name: string,
    argv: readonly string[],
    opts: { answers?: readonly string[]; platform?: NodeJS.Platform; home?: string } = {},
  ): Promise<GoldenRun> {
    let stdout = ''
    let stderr = ''
    const answers = [...(opts.answers ?? [])]
    const io: CliIo = {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      isTty: opts.answers !== undefined,
      env: { PREFLIGHT_HOME: opts.home ?? home, PREFLIGHT_CAMPAIGN: camp },
      cwd: tmp,
      platform: opts.platform ?? 'linux',
      ...(opts.answers !== undefined
        ? {
            prompt: async (q: string) => {
              stderr += q
              return answers.shift() ?? null
            },
          }
        : {}),
    }
    const code = await runCli([...argv, ...extraArgs], io)
    const r = { code, stdout: normalise(stdout, tmp), stderr: normalise(stderr, tmp) }
    out[name] = r
    return r
  }
  try {
    // Help texts.
    await run('help: (none)', [])
    await run('help: --help', ['--help'])
    await run('help: ciso', ['ciso'])
    await run('help: key --help', ['key', '--help'])
    await run('help: help check', ['help', 'check'])
    for (const c of COMMANDS) await run(`help: ${c.name}`, [...c.name.split(' '), '--help'])

    // Usage and input errors.
    const errors: [string, string[]][] = [
      ['unknown command', ['frobnicate', 'now']],
      ['check --only', ['check', '--only', 'firewall,nope']],
      ['check unknown option', ['check', '--bogus']],
      ['check --timeout', ['check', '--timeout', '0']],
      ['check --now', ['check', '--now', 'yesterday']],
      ['check --policy missing', ['check', '--policy', 'missing.json']],
      ['check --record --replay', ['check', '--record', 'a.json', '--replay', transcript]],
      ['check --confirm', ['check', '--replay', transcript, '--confirm', 'nope']],
      ['check --replay bad', ['check', '--replay', path.join(ROOT, 'package.json')]],
      ['fix none', ['fix']],
      ['fix unknown', ['fix', 'nope']],
      ['fix two', ['fix', 'firewall', 'extra']],
      ['fix --id', ['fix', '--id', 'nope']],
      ['probes --platform', ['probes', '--platform', 'bsd']],
      ['trust two', ['trust', 'a', 'b']],
      ['trust replace add', ['trust', '--replace', '--add', 'a']],
      ['trust missing', ['trust', 'missing.pem']],
      ['attest both', ['attest', '--request', 'a', '--request-text', 'b']],
      ['attest purpose', ['attest', '--purpose', 'yearly']],
      ['attest no staff', ['attest', '--replay', transcript]],
      ['attest onboarding', ['attest', '--purpose', 'onboarding', '--staff-id', STAFF]],
      ['attest delete-key-after', ['attest', '--staff-id', STAFF, '--delete-key-after']],
      ['attest --confirm', ['attest', '--staff-id', STAFF, '--confirm', 'nope']],
      ['attest --out folder', ['attest', '--staff-id', STAFF, '--replay', transcript, '--out', 'nofolder/']],
      ['key delete', ['key', 'delete']],
      ['ciso verify none', ['ciso', 'verify']],
      ['ciso verify json csv', ['ciso', 'verify', 'x', '--json', '--csv']],
      ['ciso verify no campaign', ['ciso', 'verify', 'x', '--campaign', path.join(tmp, 'nocampaign')]],
      ['ciso init no dir', ['ciso', 'init']],
      [
        'ciso init both',
        ['ciso', 'init', '--dir', 'x', '--passphrase-file', 'p', '--insecure-no-passphrase'],
      ],
      ['ciso init no passphrase', ['ciso', 'init', '--dir', 'x']],
      ['ciso request valid-days', ['ciso', 'request', '--valid-days', '400']],
      ['ciso request both', ['ciso', 'request', '--staff-id', 'a', '--staff-list', 'b']],
      ['ciso request list out', ['ciso', 'request', '--staff-list', 'b', '--text']],
      ['ciso request list no out-dir', ['ciso', 'request', '--staff-list', 'b']],
      ['ciso request none', ['ciso', 'request']],
      ['ciso request purpose', ['ciso', 'request', '--staff-id', 'a', '--purpose', 'yearly']],
      ['ciso request out-dir', ['ciso', 'request', '--out-dir', 'x']],
      ['ciso revoke none', ['ciso', 'revoke']],
      ['ciso offboard none', ['ciso', 'offboard']],
      ['ciso enroll none', ['ciso', 'enroll']],
      ['ciso enroll no staff', ['ciso', 'enroll', 'x']],
      ['ciso export namespace', ['ciso', 'export-allowed-signers', '--namespace', 'bad ns']],
      ['ciso trust-campaign fp', ['ciso', 'trust-campaign', '--fingerprint', 'zz']],
      ['ciso policy sign none', ['ciso', 'policy', 'sign']],
      ['ciso policy retire none', ['ciso', 'policy', 'retire']],
      ['ciso policy retire version', ['ciso', 'policy', 'retire', 'baseline']],
      ['ciso roster json csv', ['ciso', 'roster', '--json', '--csv']],
      ['ciso roster stale', ['ciso', 'roster', '--stale-days', 'x']],
    ]
    for (const [name, argv] of errors) await run(`error: ${name}`, argv)

    // preflight fix and probes.
    await run('fix firewall fail', [
      'fix',
      'firewall',
      '--replay',
      fixture('linux/fw-ufw-disabled-ubuntu.json'),
    ])
    await run('fix firewall pass', ['fix', 'firewall', '--replay', fixture('linux/fw-ufw-enabled-mint.json')])
    await run('fix firewall unknown', ['fix', 'firewall', '--replay', transcript])
    await run('fix signal', ['fix', 'signal', '--replay', transcript])
    await run('fix two-factor-email', ['fix', 'two-factor-email', '--replay', transcript])
    await run('probes linux', ['probes', '--platform', 'linux'])
    await run('probes win32', ['probes', '--platform', 'win32'])

    // The staff side before a campaign: key, trust, attest.
    await run('key show none', ['key', 'show'])
    await run('key delete none', ['key', 'delete', '--yes'])
    await run('key create', ['key', 'create'])
    await run('key show', ['key', 'show'])
    await run('key delete asked no', ['key', 'delete'], { answers: ['n'] })
    await run('key delete', ['key', 'delete', '--yes'])
    await run('trust list none', ['trust'])
    await run('attest no key', [
      'attest',
      '--replay',
      transcript,
      '--staff-id',
      STAFF,
      '--out',
      at('nokey.json'),
    ])
    await run('key create again', ['key', 'create'])
    await run('attest unsolicited', [
      'attest',
      '--replay',
      transcript,
      '--staff-id',
      STAFF,
      '--device-label',
      'alice-laptop',
      '--out',
      at('unsolicited.json'),
    ])
    await run('attest exists', [
      'attest',
      '--replay',
      transcript,
      '--staff-id',
      STAFF,
      '--out',
      at('unsolicited.json'),
    ])
    await run(
      'attest asked',
      ['attest', '--replay', transcript, '--staff-id', STAFF, '--out', at('asked.json'), '--show'],
      { answers: ['y', 'n', 'y', 'n', 'n', 'y', 'n', 'n', 'n', 'n', 'n', 'n'] },
    )

    // The CISO side, and the staffer answering.
    await run('ciso roster no campaign', ['ciso', 'roster'])
    await run('ciso init', [
      'ciso',
      'init',
      '--dir',
      camp,
      '--org',
      'Campaign 2026',
      '--insecure-no-passphrase',
      '--now',
      T0,
    ])
    await run('ciso init exists', ['ciso', 'init', '--dir', camp, '--insecure-no-passphrase'])
    await run('ciso roster empty', ['ciso', 'roster', '--now', LATER])
    await run('ciso trust-campaign already', ['ciso', 'trust-campaign', '--yes', '--now', T0])
    writeFileSync(path.join(tmp, 'policy.json'), JSON.stringify({ id: 'baseline', version: 2 }))
    await run('ciso policy sign', [
      'ciso',
      'policy',
      'sign',
      'policy.json',
      '--out',
      'baseline.signed.json',
      '--now',
      T0,
    ])
    await run('ciso policy sign again', ['ciso', 'policy', 'sign', 'policy.json', '--now', T0])
    await run('ciso request onboarding', [
      'ciso',
      'request',
      '--staff-id',
      STAFF,
      '--purpose',
      'onboarding',
      '--out',
      at('onboarding.request.json'),
      '--now',
      T0,
    ])
    await run('ciso request text', [
      'ciso',
      'request',
      '--staff-id',
      'bob@campaign.example',
      '--purpose',
      'periodic',
      '--text',
      '--now',
      T0,
    ])
    writeFileSync(
      path.join(tmp, 'staff.csv'),
      'staff id,name,purpose\ncarol@x.example,Carol,onboarding\ndan@x.example,Dan,\n',
    )
    await run('ciso request staff-list', [
      'ciso',
      'request',
      '--staff-list',
      'staff.csv',
      '--out-dir',
      'wave-1',
      '--purpose',
      'periodic',
      '--now',
      T0,
    ])
    writeFileSync(
      path.join(tmp, 'bad.csv'),
      'staff id,name,colour\n,Carol,red\ndan@x.example,Dan,blue\ndan@x.example,Dan,blue\n',
    )
    await run('ciso request staff-list bad', [
      'ciso',
      'request',
      '--staff-list',
      'bad.csv',
      '--out-dir',
      'wave-2',
      '--now',
      T0,
    ])
    await run('trust asked no', ['trust', path.join(camp, 'ciso.pub.pem')], { answers: ['n'] })
    await run('trust no terminal', ['trust', path.join(camp, 'ciso.pub.pem')])
    await run('trust', ['trust', path.join(camp, 'ciso.pub.pem'), '--yes', '--now', T0])
    await run('trust again', ['trust', path.join(camp, 'ciso.pub.pem'), '--yes', '--now', T0])
    await run('trust list', ['trust'])
    await run('attest onboarding', [
      'attest',
      '--replay',
      transcript,
      '--request',
      at('onboarding.request.json'),
      '--device-label',
      'alice-laptop',
      '--out',
      at('onboarding.json'),
      '--now',
      T0,
    ])
    await run('ciso verify unknown key', [
      'ciso',
      'verify',
      at('onboarding.json'),
      '--dry-run',
      '--now',
      LATER,
    ])
    await run(
      'ciso enroll asked no',
      ['ciso', 'enroll', at('onboarding.json'), '--staff-id', STAFF, '--now', LATER],
      {
        answers: ['no'],
      },
    )
    await run('ciso enroll', [
      'ciso',
      'enroll',
      at('onboarding.json'),
      '--staff-id',
      STAFF,
      '--yes',
      '--now',
      LATER,
    ])
    await run('ciso request periodic', [
      'ciso',
      'request',
      '--staff-id',
      STAFF,
      '--purpose',
      'periodic',
      '--out',
      at('periodic.request.json'),
      '--now',
      T0,
    ])
    await run('attest periodic', [
      'attest',
      '--replay',
      transcript,
      '--request',
      at('periodic.request.json'),
      '--device-label',
      'alice-laptop',
      '--out',
      at('periodic.json'),
      '--now',
      T0,
    ])
    await run('ciso verify', ['ciso', 'verify', at('periodic.json'), at('unsolicited.json'), '--now', LATER])
    await run('ciso verify again', ['ciso', 'verify', at('periodic.json'), '--now', LATER])
    await run('ciso verify none found', ['ciso', 'verify', 'wave-9', '--now', LATER])
    await run('ciso roster', ['ciso', 'roster', '--now', LATER])
    await run('ciso roster stale', ['ciso', 'roster', '--now', '2027-06-01T00:00:00Z'])
    await run('ciso export-allowed-signers', ['ciso', 'export-allowed-signers', '--out', 'allowed'])
    await run('ciso request offboarding', [
      'ciso',
      'request',
      '--staff-id',
      STAFF,
      '--purpose',
      'offboarding',
      '--out',
      at('off.request.json'),
      '--now',
      T0,
    ])
    await run(
      'attest offboarding asked',
      [
        'attest',
        '--replay',
        transcript,
        '--request',
        at('off.request.json'),
        '--out',
        at('off-no.json'),
        '--now',
        T0,
      ],
      { answers: ['n', 'n', 'n', 'n', 'n', 'n'] },
    )
    await run('attest offboarding', [
      'attest',
      '--replay',
      transcript,
      '--request',
      at('off.request.json'),
      '--out',
      at('off.json'),
      '--confirm',
      'accounts-signed-out',
      '--confirm',
      'files-deleted',
      '--confirm',
      'devices-returned',
      '--yes',
      '--now',
      T0,
    ])
    await run('ciso offboard', ['ciso', 'offboard', at('off.json'), '--now', LATER])
    await run('ciso revoke none left', ['ciso', 'revoke', STAFF, '--now', LATER])
    await run('ciso policy retire', [
      'ciso',
      'policy',
      'retire',
      'baseline',
      '--version',
      '2',
      '--now',
      LATER,
    ])
    await run('ciso policy retire again', [
      'ciso',
      'policy',
      'retire',
      'baseline',
      '--version',
      '2',
      '--now',
      LATER,
    ])
    const other = path.join(tmp, 'other-home')
    mkdirSync(other)
    await run(
      'ciso trust-campaign wrong fp',
      ['ciso', 'trust-campaign', '--fingerprint', '0'.repeat(32), '--now', LATER],
      { home: other },
    )
    await run('ciso trust-campaign asked no', ['ciso', 'trust-campaign', '--now', LATER], {
      home: other,
      answers: ['no'],
    })
    await run('ciso trust-campaign no terminal', ['ciso', 'trust-campaign', '--now', LATER], { home: other })
    await run('ciso trust-campaign', ['ciso', 'trust-campaign', '--now', LATER], {
      home: other,
      answers: ['yes'],
    })
    await run('ciso roster csv', ['ciso', 'roster', '--csv', '--now', LATER])
    await run('ciso verify csv', [
      'ciso',
      'verify',
      at('periodic.json'),
      '--csv',
      '--dry-run',
      '--now',
      LATER,
    ])
    await run('ciso migrate signed', ['ciso', 'migrate', '--yes', '--now', LATER])
    return out
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}
