import { mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECK_IDS } from '../../../../shared/check-types'
import { cliText } from '../../../../main/cli/text'
import { runCli } from '../../../../main/cli/index'
import { COMMANDS } from '../../../../main/cli/commands'
import type { CliIo } from '../../../../main/cli/command'

function io(): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    isTty: false,
    env: {},
    cwd: process.cwd(),
    stdout: (t: string) => {
      o.out += t
    },
    stderr: (t: string) => {
      o.err += t
    },
  }
  return o
}

const dir = mkdtempSync(path.join(tmpdir(), 'preflight-cli-'))
const emptyLinux = path.join(dir, 'empty-linux.json')
writeFileSync(
  emptyLinux,
  JSON.stringify({
    format: 'preflight-transcript/v1',
    platform: 'linux',
    arch: 'x64',
    now: '2026-11-01T00:00:00Z',
    env: {},
    commands: [],
    files: {},
  }),
)

describe('preflight CLI', () => {
  it('prints help listing the commands, and usage exit code without arguments', async () => {
    const a = io()
    expect(await runCli(['--help'], a)).toBe(0)
    expect(a.out).toMatch(/Usage: preflight <command>/)
    for (const c of ['check', 'fix', 'probes']) expect(a.out).toContain(`  ${c}`)
    expect(await runCli([], io())).toBe(64)
  })

  it('has --help for every command, naming the command and its exit codes', async () => {
    expect(COMMANDS.length).toBeGreaterThan(10)
    for (const c of COMMANDS) {
      const a = io()
      expect(await runCli([...c.name.split(' '), '--help'], a), c.name).toBe(0)
      expect(a.out, c.name).toContain(`Usage: preflight ${c.name}`)
      expect(a.out, c.name).toMatch(/[Ee]xit code/)
      expect(c.summary(cliText()).length, c.name).toBeGreaterThan(10)
    }
  })

  it('rejects unknown commands and options with exit 64', async () => {
    const a = io()
    expect(await runCli(['chek'], a)).toBe(64)
    expect(a.err).toMatch(/unknown command/)
    const b = io()
    expect(await runCli(['check', '--jsn'], b)).toBe(64)
    expect(b.err).toMatch(/--jsn/)
    expect(await runCli(['check', '--only', 'antivirus'], io())).toBe(64)
    expect(await runCli(['check', '--now', 'someday'], io())).toBe(64)
    expect(await runCli(['fix'], io())).toBe(64)
    expect(await runCli(['fix', 'antivirus'], io())).toBe(64)
  })

  it('reports missing and malformed input files with 66 and 65', async () => {
    const a = io()
    expect(await runCli(['check', '--replay', path.join(dir, 'nope.json')], a)).toBe(66)
    expect(a.err).toMatch(/not found/)
    const bad = path.join(dir, 'bad.json')
    writeFileSync(bad, '{"format":"preflight-transcript/v1"')
    const b = io()
    expect(await runCli(['check', '--replay', bad], b)).toBe(65)
    expect(b.err).toMatch(/not valid JSON/)
    const badPolicy = path.join(dir, 'policy.json')
    writeFileSync(badPolicy, JSON.stringify({ screenLock: { maxIdlePlusGraceSeconds: 'soon' } }))
    const c = io()
    expect(await runCli(['check', '--replay', emptyLinux, '--policy', badPolicy], c)).toBe(65)
    expect(c.err).toMatch(/screenLock\.maxIdlePlusGraceSeconds/)
  })

  it('check --json prints one report; nothing passes on an empty transcript (exit 2 or 1)', async () => {
    const a = io()
    const code = await runCli(['check', '--json', '--replay', emptyLinux], a)
    const report = JSON.parse(a.out)
    expect(report.format).toBe('preflight-report/v1')
    expect(report.checks).toHaveLength(CHECK_IDS.length)
    expect(report.overall).not.toBe('pass')
    expect([1, 2]).toContain(code)
    expect(code).toBe(report.overall === 'fail' ? 1 : 2)
  })

  it('check prints a readable report with progress on stderr', async () => {
    const a = io()
    await runCli(['check', '--replay', emptyLinux], a)
    expect(a.err).toContain(`[${CHECK_IDS.length}/${CHECK_IDS.length}]`)
    expect(a.out).toMatch(/Overall: (FAIL|UNKNOWN)/)
    expect(a.out).toMatch(/Replayed from a transcript/)
  })

  it('--record writes a transcript (mode 0600) that replays to the same verdicts', async () => {
    const rec = path.join(dir, 'rec.json')
    const a = io()
    await runCli(['check', '--json', '--record', rec], a)
    expect(statSync(rec).mode & 0o777).toBe(0o600)
    const t = JSON.parse(readFileSync(rec, 'utf8'))
    expect(t.format).toBe('preflight-transcript/v1')
    const b = io()
    await runCli(['check', '--json', '--replay', rec], b)
    const live = JSON.parse(a.out)
    const replayed = JSON.parse(b.out)
    expect(replayed.checks.map((c: { status: string }) => c.status)).toEqual(
      live.checks.map((c: { status: string }) => c.status),
    )
    expect(replayed.overall).toBe(live.overall)
    expect(await runCli(['check', '--record', rec, '--replay', rec], io())).toBe(64)
  })

  it('probes lists declared probes for each platform', async () => {
    for (const p of ['darwin', 'win32', 'linux']) {
      const a = io()
      expect(await runCli(['probes', '--platform', p, '--json'], a)).toBe(0)
      const data = JSON.parse(a.out)
      expect(Object.keys(data.checks)).toEqual([...CHECK_IDS])
      expect(Object.keys(data.checks)).toContain('remote-access')
      expect(Object.keys(data.checks)).toContain('login-protection')
    }
    expect(await runCli(['probes', '--platform', 'beos'], io())).toBe(64)
  })

  it('fix --id prints a catalogued fix and rejects unknown ids', async () => {
    const a = io()
    expect(await runCli(['fix', '--id', 'firewall.unknown'], a)).toBe(0)
    expect(a.out).toMatch(/Why it matters/)
    expect(await runCli(['fix', '--id', 'no.such.fix'], io())).toBe(64)
  })
})
