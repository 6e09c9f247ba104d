/** The Electronegativity gate passes on the committed baseline and fails on anything new. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-eng-test-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const baseline = JSON.parse(
  readFileSync(path.join(__dirname, 'electronegativity-baseline.json'), 'utf8'),
) as {
  format: string
  entries: { issue: string; file: string; justification: string }[]
}

/** One scan takes ~10 s (Electronegativity waits for its translation download to time out). */
const SCAN_TIMEOUT = 120_000

function gate(env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(root, 'scripts/electronegativity-gate.mjs')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 300_000,
  })
}

function withBaseline(name: string, data: unknown): string {
  const file = path.join(tmp, name)
  writeFileSync(file, JSON.stringify(data))
  return file
}

describe('electronegativity gate', { timeout: SCAN_TIMEOUT }, () => {
  it('every baseline entry is justified', () => {
    expect(baseline.entries.length).toBeGreaterThan(0)
    for (const e of baseline.entries)
      expect(e.justification.length, `${e.issue} ${e.file}`).toBeGreaterThan(40)
  })

  it('passes on main/ with the committed baseline', () => {
    const r = gate()
    expect(r.stderr).not.toMatch(/FAILED/)
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/electronegativity gate: passed/)
  })

  it('fails on a finding that is not in the baseline', () => {
    const dropped = baseline.entries.filter((e) => e.issue !== 'PRELOAD_JS_CHECK')
    const r = gate({
      PREFLIGHT_ENG_BASELINE: withBaseline('partial.json', { ...baseline, entries: dropped }),
    })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/PRELOAD_JS_CHECK main\/electron\/window\.ts/)
  })

  it('fails on a hardened-looking file that is not hardened', () => {
    const dir = path.join(tmp, 'bad-app')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      path.join(dir, 'main.js'),
      "const { BrowserWindow } = require('electron')\nnew BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true } })\n",
    )
    const r = gate({ PREFLIGHT_ENG_INPUT: dir })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/CONTEXT_ISOLATION_JS_CHECK/)
  })

  it('refuses a baseline entry without a justification', () => {
    const bad = {
      ...baseline,
      entries: [...baseline.entries, { issue: 'SANDBOX_JS_CHECK', file: 'main/x.ts', justification: '' }],
    }
    const r = gate({ PREFLIGHT_ENG_BASELINE: withBaseline('unjustified.json', bad) })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/justification/)
  })
})
