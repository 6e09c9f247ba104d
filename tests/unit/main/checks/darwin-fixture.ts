/**
 * Test helper for the macOS strategies: build a replayed context from a list of command outcomes,
 * run one strategy against it, and load the realistic outputs kept in tests/fixtures/darwin.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import type { CheckVerdict } from '../../../../shared/check-types'
import { BUNDLED_OS_SUPPORT } from '../../../../shared/os-support/data'
import { DEFAULT_POLICY, type Policy } from '../../../../shared/policy'
import { createHostFacts } from '../../../../main/checks/host-facts'
import type { CheckStrategy } from '../../../../main/checks/types'
import {
  parseTranscript,
  ReplayProbe,
  type Transcript,
  type TranscriptCommand,
} from '../../../../main/probe/transcript'

/** `sw_vers` output for a ProductVersion. */
export function swVers(version: string, build = '24G325'): TranscriptCommand {
  return {
    argv: ['/usr/bin/sw_vers'],
    stdout: `ProductName:\t\tmacOS\nProductVersion:\t\t${version}\nBuildVersion:\t\t${build}\n`,
    stderr: '',
    exitCode: 0,
  }
}

export function exit(argv: readonly string[], stdout: string, stderr = '', exitCode = 0): TranscriptCommand {
  return { argv: [...argv], stdout, stderr, exitCode }
}

export function failed(
  argv: readonly string[],
  error: 'ENOENT' | 'ETIMEDOUT' | 'EACCES' | 'EOUTPUT' | 'ESIGNAL' | 'EIO',
): TranscriptCommand {
  return { argv: [...argv], error }
}

/** Run a strategy against the given commands (anything not listed behaves as not installed). */
export async function runStrategy(
  strategy: CheckStrategy,
  commands: readonly TranscriptCommand[],
  options: { arch?: string; policy?: Policy } = {},
): Promise<CheckVerdict> {
  const t: Transcript = {
    format: 'preflight-transcript/v1',
    platform: 'darwin',
    arch: options.arch ?? 'arm64',
    now: '2026-11-24T06:10:11.000Z',
    env: { HOME: '/Users/alex' },
    commands: [...commands],
    files: {},
  }
  const probe = new ReplayProbe(t)
  return strategy.run({
    platform: 'darwin',
    probe,
    policy: options.policy ?? DEFAULT_POLICY,
    osSupport: BUNDLED_OS_SUPPORT,
    now: probe.now(),
    facts: createHostFacts(probe, 'darwin'),
  })
}

/** The stdout/stderr a fixture recorded for a command (by exact argv). */
export function fixtureOutput(
  name: string,
  argv: readonly string[],
): { stdout: string; stderr: string; exitCode: number } {
  const file = path.resolve(__dirname, '../../../fixtures/darwin', `${name}.json`)
  const t = parseTranscript(readFileSync(file, 'utf8'))
  const c = t.commands.find((x) => JSON.stringify(x.argv) === JSON.stringify(argv))
  if (c === undefined || 'error' in c) throw new Error(`${name}: no output for ${argv.join(' ')}`)
  return { stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode }
}
