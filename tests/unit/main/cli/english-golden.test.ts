/**
 * Every command's English output (help texts, usage errors, the staff and CISO commands' results
 * and questions) is byte-identical to what it printed before the CLI catalogue: the scenario of
 * golden-scenario.ts against tests/fixtures/cli/english-golden.json. An intended wording change is
 * made on purpose with `PREFLIGHT_UPDATE_CLI_GOLDEN=1 npx vitest run tests/unit/main/cli/english-golden.test.ts`
 * and the regenerated file committed with it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProbeTable } from '../../../../main/checks/declarations'
import { formatProbeList } from '../../../../main/cli/commands/probes'
import { runGoldenScenario, type GoldenRun } from './golden-scenario'

const FILE = path.resolve(__dirname, '../../../fixtures/cli/english-golden.json')

describe('the English of every command', () => {
  it('is exactly what it was before the catalogue', async () => {
    const runs = await runGoldenScenario()
    if (process.env['PREFLIGHT_UPDATE_CLI_GOLDEN'] === '1' || !existsSync(FILE)) {
      writeFileSync(FILE, JSON.stringify(runs, null, 2) + '\n')
    }
    const expected = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, GoldenRun>
    expect(Object.keys(runs)).toEqual(Object.keys(expected))
    for (const [name, run] of Object.entries(runs)) expect(run, name).toEqual(expected[name])
  }, 120_000)

  it('is the same with --lang en', async () => {
    const expected = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, GoldenRun>
    const runs = await runGoldenScenario(['--lang', 'en'])
    // `--lang en` after `--` (none here) or as a command's argument would change nothing either.
    for (const [name, run] of Object.entries(runs)) {
      if (name === 'help: (none)') continue
      expect(run, name).toEqual(expected[name])
    }
  }, 120_000)

  it('of preflight probes is the table main/checks/declarations.ts formats, on every platform', () => {
    for (const p of ['darwin', 'win32', 'linux'] as const)
      expect(formatProbeList(p), p).toBe(formatProbeTable(p))
  })
})
