/**
 * The CLI's language: `--lang` on every command, LANGUAGE/LC_ALL/LC_MESSAGES/LANG otherwise, and
 * `preflight check`'s report drawn from the catalogues (English byte-identical to what it printed
 * before the catalogue; every word in another language, shown with the test-only pseudo-locale).
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../../main/cli/index'
import { COMMANDS } from '../../../../main/cli/commands'
import type { CliIo } from '../../../../main/cli/command'
import type { CheckResult } from '../../../../shared/check-types'
import { DEFAULT_POLICY } from '../../../../shared/policy'
import { CLI_EN } from '../../../../shared/i18n/en/cli'
import { CHECKS_FIREWALL_EN } from '../../../../shared/i18n/en/checks-firewall'
import {
  englishFragments,
  PSEUDO,
  PSEUDO_CLOSE,
  PSEUDO_OPEN,
  registerPseudoLocale,
} from '../../../support/pseudo-locale'

const ROOT = path.resolve(__dirname, '../../../..')
const dir = mkdtempSync(path.join(tmpdir(), 'preflight-lang-'))

function io(env: Record<string, string> = {}): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    isTty: false,
    env,
    cwd: ROOT,
    stdout: (t: string) => {
      o.out += t
    },
    stderr: (t: string) => {
      o.err += t
    },
  }
  return o
}

/** The transcripts of tests/fixtures/cli/check-report-en.json, with the device profiles it used. */
const PROFILES = [
  {
    status: 'ok',
    manufacturer: 'LENOVO',
    model: '20XW0055GE',
    chassisType: 'Notebook',
    virtual: false,
    virtualHost: null,
  },
  {
    status: 'ok',
    manufacturer: 'QEMU',
    model: 'Standard PC',
    chassisType: 'Other',
    virtual: true,
    virtualHost: 'KVM',
  },
  { status: 'timeout' },
  { status: 'error' },
]
const EXPECTED = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/fixtures/cli/check-report-en.json'), 'utf8'),
) as Record<string, { stdout: string; stderr: string }>

function transcriptFile(fixture: string, i: number): string {
  const t = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures', fixture), 'utf8')) as Record<
    string,
    unknown
  >
  if (i < PROFILES.length) t['deviceProfile'] = PROFILES[i]
  const file = path.join(dir, `t${i}.json`)
  writeFileSync(file, JSON.stringify(t))
  return file
}

describe('the global --lang option', () => {
  it('is listed in the --help of every command and of the command list', async () => {
    for (const c of COMMANDS) {
      const a = io()
      expect(await runCli([...c.name.split(' '), '--help'], a), c.name).toBe(0)
      expect(a.out, c.name).toContain(`Usage: preflight ${c.name}`)
      expect(a.out, c.name).toMatch(/--lang en/)
    }
    const top = io()
    await runCli(['--help'], top)
    expect(top.out).toMatch(/--lang en/)
  })

  it('is accepted anywhere before --, with a space or =', async () => {
    for (const argv of [
      ['--lang', 'en', 'probes', '--platform', 'linux'],
      ['probes', '--lang=en', '--platform', 'linux'],
      ['probes', '--platform', 'linux', '--lang', 'en'],
    ]) {
      const a = io()
      expect(await runCli(argv, a), argv.join(' ')).toBe(0)
    }
  })

  it('refuses an unknown or missing language with a usage error naming the known ones', async () => {
    const a = io()
    expect(await runCli(['check', '--lang', 'xx'], a)).toBe(64)
    expect(a.err).toMatch(/unknown language "xx" \(known: en/)
    const b = io()
    expect(await runCli(['check', '--lang'], b)).toBe(64)
    expect(b.err).toMatch(/--lang needs a language/)
    const c = io()
    expect(await runCli(['check', '--lang', '--json'], c)).toBe(64)
  })
})

describe('preflight check in English', () => {
  it.each(Object.keys(EXPECTED).map((f, i) => [f, i] as const))(
    '%s prints exactly what it printed before the catalogue',
    async (fixture, i) => {
      const a = io()
      await runCli(['check', '--replay', transcriptFile(fixture, i), '--confirm', 'signal'], a)
      expect(a.out).toBe(EXPECTED[fixture]?.stdout)
      expect(a.err.replace(/\(\d+ ms\)/g, '(N ms)')).toBe(EXPECTED[fixture]?.stderr)
    },
  )
})

describe('preflight check in another language (the pseudo-locale)', () => {
  let unregister: () => void = () => undefined
  beforeAll(() => {
    unregister = registerPseudoLocale()
  })
  afterAll(() => unregister())

  const firewallFixture = 'linux/fw-ufw-enabled-mint.json'

  async function run(argv: string[], env: Record<string, string> = {}) {
    const a = io(env)
    await runCli(['check', '--replay', transcriptFile(firewallFixture, 0), '--confirm', 'signal', ...argv], a)
    return a
  }

  it('--lang qps prints no English word of the CLI catalogue', async () => {
    const a = await run(['--lang', PSEUDO])
    // The checks not converted to messages yet print their English texts: take those out first.
    const report = JSON.parse((await run(['--json'])).out) as { checks: CheckResult[] }
    let out = a.out
    for (const c of report.checks.filter((r) => r.text === undefined))
      for (const t of [c.summary, ...c.observed, c.requirement, c.reason ?? ''].filter((x) => x !== ''))
        out = out.split(t).join('')
    // Values: practice ids (`laptop-password`) are not words, nor the values in converted checks'
    // messages (commands such as `gsettings get org.cinnamon.desktop.session idle-delay`, paths).
    for (const p of DEFAULT_POLICY.practices) out = out.split(p.id).join('')
    const values = (v: unknown): string[] => {
      if (typeof v === 'string') return [v]
      if (typeof v !== 'object' || v === null) return []
      if (Array.isArray(v)) return v.flatMap(values)
      const o = v as { key?: unknown; params?: unknown; items?: unknown }
      if (typeof o.key === 'string') return values(Object.values((o.params ?? {}) as object))
      return values(o.items)
    }
    for (const c of report.checks.filter((r) => r.text !== undefined)) {
      const t = c.text as NonNullable<CheckResult['text']>
      for (const v of values([t.summary, ...t.observed, t.requirement, t.reason]).sort(
        (x, y) => y.length - x.length,
      ))
        if (v !== '') out = out.split(v).join('')
    }
    const english = [...new Set(Object.values(CLI_EN).flatMap(englishFragments))]
    const left = english.filter((f) => out.includes(f) || a.err.includes(f))
    expect(left).toEqual([])
    expect(a.out).toContain(PSEUDO_OPEN)
    expect(a.err).toContain(PSEUDO_OPEN)
  })

  it('shows a converted check (firewall) wholly in the language; its values stay as they are', async () => {
    const a = await run(['--lang', PSEUDO])
    const lines = a.out.split('\n')
    const start = lines.findIndex((l) => l.includes(' firewall'))
    const block = [lines[start] as string]
    for (const l of lines.slice(start + 1)) {
      if (!l.startsWith('           ')) break
      block.push(l)
    }
    expect(block.length).toBeGreaterThan(2)
    for (const l of block) expect(l, l).toContain(PSEUDO_OPEN)
    const english = [...new Set(Object.values(CHECKS_FIREWALL_EN).flatMap(englishFragments))]
    expect(english.filter((f) => block.join('\n').includes(f))).toEqual([])
    expect(block.join('\n')).toContain('firewall')
  })

  it('follows the environment: LANG, LC_MESSAGES, LC_ALL, LANGUAGE; --lang wins', async () => {
    const pseudo = (await run(['--lang', PSEUDO])).out
    const english = (await run(['--lang', 'en'])).out
    expect(pseudo).not.toBe(english)
    expect((await run([], { LANG: `${PSEUDO}_XX.UTF-8` })).out).toBe(pseudo)
    expect((await run([], { LC_MESSAGES: PSEUDO, LANG: 'en_US.UTF-8' })).out).toBe(pseudo)
    expect((await run([], { LC_ALL: 'en_US.UTF-8', LANG: PSEUDO })).out).toBe(english)
    expect((await run([], { LC_ALL: 'C', LANGUAGE: PSEUDO })).out).toBe(english)
    expect((await run([], { LANG: 'en_US.UTF-8', LANGUAGE: `${PSEUDO}:en` })).out).toBe(pseudo)
    expect((await run(['--lang', 'en'], { LANG: PSEUDO })).out).toBe(english)
    expect(pseudo.split(PSEUDO_OPEN).length).toBe(pseudo.split(PSEUDO_CLOSE).length)
  })

  it('--json is the same report in every language: English texts, messages in `text`', async () => {
    const pseudo = JSON.parse((await run(['--json', '--lang', PSEUDO])).out) as { checks: unknown[] }
    const english = JSON.parse((await run(['--json'])).out) as { checks: unknown[] }
    const strip = (r: { checks: unknown[] }) =>
      r.checks.map((c) => ({ ...(c as Record<string, unknown>), durationMs: 0 }))
    expect(strip(pseudo)).toEqual(strip(english))
    const fw = english.checks.find((c) => (c as { id: string }).id === 'firewall') as {
      summary: string
      text: { summary: { key: string } }
    }
    expect(fw.summary).toBe('The firewall is on (ufw)')
    expect(fw.text.summary.key).toBe('check.firewall.linux.summary.on')
  })
})
