/**
 * The practices on the command line: `preflight check` lists them after the checks (not part of the
 * verdict), `preflight fix <practice>` explains one, `preflight probes` lists what is looked at, and
 * `preflight attest` asks on a terminal or takes --confirm, recording measured and declared apart.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { parseEnvelopeJson } from '../../../../main/attestation/dsse'
import { parseStatement } from '../../../../main/attestation/formats'
import { cli, tempDir, TestCiso, type CapturedRun } from '../staff/helpers'

const FIXTURES = path.resolve(__dirname, '../../../fixtures/practices')
const signalFlatpak = path.join(FIXTURES, 'linux/signal-flatpak-user-bitwarden-snap.json')
const nothing = path.join(FIXTURES, 'linux/nothing-installed.json')

let home: string
let work: string
const run = (argv: string[], answers?: string[]): Promise<CapturedRun> =>
  cli(argv, { home, cwd: work, ...(answers ? { answers } : {}) })

beforeEach(async () => {
  home = await tempDir('preflight-home-')
  work = await tempDir('preflight-work-')
})

async function predicateOf(file: string) {
  const env = parseEnvelopeJson(await fs.readFile(path.join(work, file)))
  return parseStatement(Buffer.from(env.payload, 'base64')).predicate
}

describe('preflight check and the practices', () => {
  it('lists the routine practices after the checks, apart from the result and the exit code', async () => {
    const r = await run(['check', '--replay', signalFlatpak, '--confirm', 'two-factor-email'])
    const [checks, practices] = r.stdout.split('Practices your campaign asks for')
    expect(checks).toMatch(/Overall: /)
    expect(practices).toMatch(/not part of the result above/)
    expect(practices).toMatch(/✔ signal: found on this laptop/)
    expect(practices).toMatch(/✔ password-manager: found on this laptop/)
    expect(practices).toMatch(/✔ two-factor-email: confirmed by you/)
    expect(practices).toMatch(/· laptop-password: not confirmed/)
    expect(practices).toMatch(/· find-my \(recommended\): not confirmed/)
    // Leaving steps are not routine practices.
    expect(practices).not.toMatch(/files-deleted/)
    expect(practices).toMatch(/Practices: INCOMPLETE/)
    // The exit code is the checks' (every check unknown on this transcript), whatever the practices say.
    const without = await run(['check', '--replay', signalFlatpak])
    expect(r.code).toBe(without.code)
  })

  it('says FAIL for a required app not found, and refuses an unknown --confirm id', async () => {
    const r = await run(['check', '--replay', nothing])
    expect(r.stdout).toMatch(/✘ signal: not found on this laptop/)
    expect(r.stdout).toMatch(/Practices: FAIL/)
    const bad = await run(['check', '--replay', nothing, '--confirm', 'made-up'])
    expect(bad.code).toBe(64)
    expect(bad.stderr).toMatch(/not a practice your campaign asks for: made-up/)
  })

  it('--json carries what was measured; --only measures nothing', async () => {
    const j = JSON.parse((await run(['check', '--replay', signalFlatpak, '--json'])).stdout)
    expect(j.practices.map((m: { kind: string; result: string }) => [m.kind, m.result])).toEqual([
      ['signal-desktop', 'found'],
      ['password-manager', 'found'],
      ['find-my', 'not-applicable'],
    ])
    const only = await run(['check', '--replay', signalFlatpak, '--only', 'firewall'])
    expect(only.stdout).not.toMatch(/Practices/)
  })

  it('a custom policy brings its own practices and words', async () => {
    const policy = path.join(work, 'policy.json')
    await fs.writeFile(
      policy,
      JSON.stringify({
        practices: [
          {
            id: 'vpn',
            level: 'required',
            purposes: ['periodic'],
            words: 'practice.vpn',
            evidence: 'declared',
          },
        ],
        catalogue: {
          en: {
            'practice.vpn.title': 'I use the campaign VPN on public Wi-Fi',
            'practice.vpn.why': 'Public Wi-Fi can be watched.',
            'practice.vpn.how': 'Open the VPN app.\nConnect before you browse.',
          },
        },
      }),
    )
    const r = await run(['check', '--replay', nothing, '--policy', policy, '--confirm', 'vpn'])
    expect(r.stdout).toMatch(/✔ vpn: confirmed by you\n {4}I use the campaign VPN on public Wi-Fi/)
    expect(r.stdout).toMatch(/Practices: PASS/)
    const fix = await run(['fix', 'vpn', '--replay', nothing, '--policy', policy])
    expect(fix.stdout).toMatch(
      /Why it matters: Public Wi-Fi can be watched\.\n\n {2}1\. Open the VPN app\.\n {2}2\. Connect/,
    )
  })
})

describe('preflight fix <practice> and preflight probes', () => {
  it('explains a practice with the measurement, steps and vendor help pages', async () => {
    const r = await run(['fix', 'signal', '--replay', nothing])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Preflight: Signal Desktop is not installed at any known location/)
    expect(r.stdout).toContain('https://signal.org/download/')
    const unknown = await run(['fix', 'made-up', '--replay', nothing])
    expect(unknown.code).toBe(64)
    expect(unknown.stderr).toMatch(/practices: two-factor-email/)
  })

  it("shows what was measured in the reader's language (--lang es)", async () => {
    const r = await run(['fix', 'signal', '--replay', nothing, '--lang', 'es'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /Preflight: No se encontró Signal Desktop en ninguna ubicación de instalación conocida/,
    )
    expect(r.stdout).toMatch(/ {2}visto: se revisaron \d+ ubicaciones de instalación conocidas/)
    expect(r.stdout).not.toMatch(/is not installed at any known location/)
  })

  it('lists the practices with every path looked at', async () => {
    const r = await run(['probes', '--platform', 'win32'])
    expect(r.stdout).toContain('practice signal-desktop')
    expect(r.stdout).toContain('look  %LOCALAPPDATA%\\Programs\\signal-desktop\\Signal.exe')
    expect(r.stdout).toContain(
      'run   reg.exe query HKLM\\SOFTWARE\\Microsoft\\MdmCommon\\SettingValues /v LocationSyncEnabled',
    )
    const j = JSON.parse((await run(['probes', '--platform', 'darwin', '--json'])).stdout)
    expect(j.practices['signal-desktop'].paths).toContain('/Applications/Signal.app/Contents/Info.plist')
  })
})

describe('preflight attest and the practices', () => {
  let ciso: TestCiso
  beforeEach(async () => {
    ciso = new TestCiso()
    expect((await run(['trust', await ciso.writePublicKey(work), '--yes'])).code).toBe(0)
    expect((await run(['key', 'create'])).code).toBe(0)
  })

  it('takes --confirm without a terminal and records measured and declared apart', async () => {
    const req = await ciso.writeRequest(work, ciso.request({ purpose: 'periodic' }))
    const r = await run([
      'attest',
      '--request',
      req,
      '--replay',
      nothing,
      '--confirm',
      'password-manager',
      '--confirm',
      'laptop-password',
      '--out',
      'a.json',
    ])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/practices: FAIL\n {4}two-factor-email: not confirmed/)
    expect(r.stdout).toMatch(/signal: not found on this laptop/)
    const p = await predicateOf('a.json')
    const byId = Object.fromEntries((p.practices ?? []).map((x) => [x.id, x]))
    expect(byId['signal']).toEqual({
      id: 'signal',
      level: 'required',
      evidence: 'measured',
      result: 'not-found',
    })
    expect(byId['password-manager']).toEqual({
      id: 'password-manager',
      level: 'required',
      evidence: 'declared',
      result: 'confirmed',
      measured: 'not-found',
    })
    expect(byId['laptop-password']).toMatchObject({ evidence: 'declared', result: 'confirmed' })
    expect(byId['find-my']).toMatchObject({
      level: 'recommended',
      evidence: 'declared',
      result: 'not-confirmed',
    })
    expect(p.practicesResult).toBe('fail')
    expect(p.offboarding).toBeUndefined()
    const bad = await run(['attest', '--request', req, '--replay', nothing, '--confirm', 'files-deleted'])
    expect(bad.code).toBe(64)
    expect(bad.stderr).toMatch(/not a practice of this periodic attestation: files-deleted/)
  })

  it('asks on a terminal, one practice at a time, with its title and why; --show lists what is declared', async () => {
    const req = await ciso.writeRequest(work, ciso.request({ purpose: 'periodic' }))
    // signal and the password manager are found on this laptop: not asked. Eight questions.
    const answers = ['y', 'n', 'y', 'y', 'y', 'y', 'n', 'n', 'y']
    const r = await run(
      ['attest', '--request', req, '--replay', signalFlatpak, '--show', '--out', 'b.json'],
      answers,
    )
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toMatch(/Your campaign asks you to confirm 8 practices/)
    expect(r.stderr).toMatch(/\[1\/8\] Two-factor sign-in[^\n]*\n {2}Why: Most campaign breaches/)
    expect(r.stderr).not.toMatch(/\] I use Signal/)
    // On Linux, Find My cannot be measured: it is asked as a declared practice.
    expect(r.stderr).toMatch(/\[8\/8\] Find My is on for this laptop[^\n]*\(recommended\)/)
    expect(r.stdout).toMatch(/What Preflight measured:\n {2}✔ signal: found on this laptop/)
    expect(r.stdout).toMatch(/What you confirm:\n {2}✔ two-factor-email: confirmed by you/)
    expect(r.stdout).toMatch(/· security-key-email \(recommended\): not confirmed/)
    const p = await predicateOf('b.json')
    expect(p.practicesResult).toBe('incomplete')
    const open = (p.practices ?? []).filter((x) => x.result === 'not-confirmed').map((x) => x.id)
    expect(open).toEqual(['security-key-email', 'check-addresses', 'find-my'])
    // Nothing the staffer typed is in the file: only ids and fixed values.
    expect(JSON.stringify(p.practices)).toMatch(
      /^\[(\{"id":"[a-z-]+","level":"(required|recommended)","evidence":"(measured|declared)","result":"[a-z-]+"(,"measured":"[a-z-]+")?\},?)+\]$/,
    )
  })
})
