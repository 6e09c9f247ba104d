/**
 * Replays every transcript in tests/fixtures/<platform>/*.json and checks:
 * - each check's status equals the fixture's `expect` (fixtures name only the checks they are about);
 * - every command and file a check touched is in its declared probes (so `preflight probes` is true);
 * - every remediation id returned exists in the catalogue with English words.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHECK_IDS, isCheckId, type CheckId, type CheckStatus } from '../../../shared/check-types'
import { parsePolicy, DEFAULT_POLICY, type Policy } from '../../../shared/policy'
import { getRemediation } from '../../../shared/remediation/catalogue'
import { runChecks } from '../../../main/engine/run-checks'
import { declaredProbes, HOST_FACT_PROBES, isDeclared } from '../../../main/checks/declarations'
import { parseTranscript, RecordingProbe, ReplayProbe } from '../../../main/probe/transcript'

const FIXTURES = path.resolve(__dirname, '../../fixtures')

interface Fixture {
  file: string
  text: string
  expect: Partial<Record<CheckId, CheckStatus>>
  policy: Policy
}

function loadFixtures(): Fixture[] {
  const out: Fixture[] = []
  for (const platform of ['darwin', 'win32', 'linux']) {
    const dir = path.join(FIXTURES, platform)
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = path.join(dir, name)
      const text = readFileSync(file, 'utf8')
      const raw = JSON.parse(text) as { expect?: Record<string, CheckStatus>; policy?: unknown }
      const expectMap: Partial<Record<CheckId, CheckStatus>> = {}
      for (const [k, v] of Object.entries(raw.expect ?? {})) {
        if (!isCheckId(k)) throw new Error(`${file}: expect names unknown check ${k}`)
        expectMap[k] = v
      }
      out.push({
        file: `${platform}/${name}`,
        text,
        expect: expectMap,
        policy: raw.policy === undefined ? DEFAULT_POLICY : parsePolicy(JSON.stringify(raw.policy)),
      })
    }
  }
  return out
}

const fixtures = loadFixtures()

describe('replayed scenarios', () => {
  it('has fixtures for every platform, each expecting something', () => {
    for (const p of ['darwin/', 'win32/', 'linux/'])
      expect(fixtures.some((f) => f.file.startsWith(p))).toBe(true)
    for (const f of fixtures) expect(Object.keys(f.expect).length, f.file).toBeGreaterThan(0)
  })

  it.each(fixtures.map((f) => [f.file, f] as const))('%s gives the expected verdicts', async (_name, f) => {
    const report = await runChecks({ probe: new ReplayProbe(parseTranscript(f.text)), policy: f.policy })
    const got = Object.fromEntries(report.checks.map((c) => [c.id, c.status]))
    for (const [id, status] of Object.entries(f.expect)) {
      const c = report.checks.find((r) => r.id === id)
      expect(got[id], `${id}: ${c?.summary} | ${c?.reason ?? ''} | ${c?.observed.join('; ')}`).toBe(status)
    }
    for (const c of report.checks) {
      expect(c.summary.length, `${c.id} summary`).toBeGreaterThan(0)
      if (c.status === 'unknown' || c.status === 'not-applicable')
        expect(c.reason, `${c.id} must say why`).toBeTruthy()
    }
  })

  it.each(fixtures.map((f) => [f.file, f] as const))('%s touches only declared probes', async (_name, f) => {
    const t = parseTranscript(f.text)
    for (const id of CHECK_IDS) {
      const rec = new RecordingProbe(new ReplayProbe(t))
      await runChecks({ probe: rec, policy: f.policy, only: [id] })
      const seen = rec.transcript()
      const decls = [
        declaredProbes(id, t.platform),
        declaredProbes('os-version', t.platform),
        HOST_FACT_PROBES[t.platform],
      ]
      const home = t.env.HOME ?? t.env.USERPROFILE
      for (const c of seen.commands)
        expect(
          isDeclared({ argv: c.argv }, decls, home),
          `${id} ran undeclared ${JSON.stringify(c.argv)}`,
        ).toBe(true)
      for (const file of Object.keys(seen.files))
        expect(isDeclared({ file }, decls, home), `${id} read undeclared ${file}`).toBe(true)
      for (const dir of Object.keys(seen.dirs ?? {}))
        expect(isDeclared({ dir }, decls, home), `${id} listed undeclared ${dir}`).toBe(true)
    }
  })

  it.each(fixtures.map((f) => [f.file, f] as const))(
    '%s returns only catalogued remediation ids',
    async (_name, f) => {
      const report = await runChecks({ probe: new ReplayProbe(parseTranscript(f.text)), policy: f.policy })
      for (const c of report.checks)
        expect(getRemediation(c.remediationId), `${c.id}: ${c.remediationId}`).not.toBeNull()
    },
  )
})
