/**
 * The signed, canonical English of every check stays byte-identical while checks move from inline
 * prose to catalogue messages (docs/i18n.md): every replayed fixture's summary, observed lines,
 * requirement and reason are hashed per check and compared with tests/fixtures/english-texts.json.
 *
 * An intended change of English wording: run `PREFLIGHT_UPDATE_ENGLISH=1 npx vitest run
 * tests/unit/main/i18n/english-texts.test.ts` and commit the new file with the wording change.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CheckResult } from '../../../../shared/check-types'
import { DEFAULT_POLICY, parsePolicy } from '../../../../shared/policy'
import { runChecks } from '../../../../main/engine/run-checks'
import { parseTranscript, ReplayProbe } from '../../../../main/probe/transcript'

const FIXTURES = path.resolve(__dirname, '../../../fixtures')
const GOLDEN = path.join(FIXTURES, 'english-texts.json')

/** Hash of the English a check shows and signs. */
function englishHash(c: CheckResult): string {
  const text = JSON.stringify([c.summary, c.observed, c.requirement, c.reason ?? null])
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

async function currentTexts(): Promise<Record<string, Record<string, string>>> {
  const out: Record<string, Record<string, string>> = {}
  for (const platform of ['darwin', 'win32', 'linux']) {
    for (const name of readdirSync(path.join(FIXTURES, platform))
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const text = readFileSync(path.join(FIXTURES, platform, name), 'utf8')
      const raw = JSON.parse(text) as { policy?: unknown }
      const policy = raw.policy === undefined ? DEFAULT_POLICY : parsePolicy(JSON.stringify(raw.policy))
      const report = await runChecks({
        probe: new ReplayProbe(parseTranscript(text)),
        policy,
        practices: false,
        deviceProfile: false,
      })
      out[`${platform}/${name}`] = Object.fromEntries(report.checks.map((c) => [c.id, englishHash(c)]))
    }
  }
  return out
}

describe('canonical English of every check', () => {
  it('is unchanged for every replayed fixture', async () => {
    const now = await currentTexts()
    if (process.env.PREFLIGHT_UPDATE_ENGLISH === '1' || !existsSync(GOLDEN)) {
      writeFileSync(GOLDEN, JSON.stringify(now, null, 1) + '\n')
    }
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Record<string, string>>
    const changed: string[] = []
    for (const [fixture, checks] of Object.entries(now)) {
      for (const [id, hash] of Object.entries(checks)) {
        if (golden[fixture]?.[id] !== hash) changed.push(`${fixture} ${id}`)
      }
    }
    expect(changed, 'English check text changed (see the file header to update on purpose)').toEqual([])
    expect(Object.keys(golden).sort()).toEqual(Object.keys(now).sort())
  }, 120_000)
})
