/**
 * Test harness for the Windows strategies: start from a committed fixture (a realistic whole-machine
 * transcript), replace or remove single commands, and run one strategy against the result.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import type { CheckVerdict } from '../../../../../shared/check-types'
import { BUNDLED_OS_SUPPORT } from '../../../../../shared/os-support/data'
import { DEFAULT_POLICY, type Policy } from '../../../../../shared/policy'
import { createHostFacts } from '../../../../../main/checks/host-facts'
import type { CheckStrategy } from '../../../../../main/checks/types'
import {
  commandKey,
  parseTranscript,
  ReplayProbe,
  type Transcript,
  type TranscriptCommand,
} from '../../../../../main/probe/transcript'

const FIXTURES = path.resolve(__dirname, '../../../../fixtures/win32')

/** A committed Windows fixture, parsed. */
export function fixture(name: string): Transcript {
  return parseTranscript(readFileSync(path.join(FIXTURES, name), 'utf8'))
}

/** The healthy Windows 11 Pro machine all overrides start from. */
export const HEALTHY = 'bitlocker-on-pro-11-24h2.json'

/** stdout of one command in a transcript (throws if absent: the test is wrong). */
export function stdoutOf(t: Transcript, argv: readonly string[]): string {
  const c = t.commands.find((x) => commandKey(x.argv) === commandKey(argv))
  if (c === undefined || 'error' in c) throw new Error(`no output for ${argv.join(' ')}`)
  return c.stdout
}

/** A copy of `t` with the given commands replaced (or added); `null` removes a command. */
export function withCommands(
  t: Transcript,
  changes: readonly (TranscriptCommand | { readonly remove: readonly string[] })[],
): Transcript {
  let commands = [...t.commands]
  for (const ch of changes) {
    const argv = 'remove' in ch ? ch.remove : ch.argv
    commands = commands.filter((c) => commandKey(c.argv) !== commandKey(argv))
    if (!('remove' in ch)) commands.push(ch)
  }
  return { ...t, commands }
}

export function ok(argv: readonly string[], stdout: string, stderr = '', exitCode = 0): TranscriptCommand {
  return { argv: [...argv], stdout, stderr, exitCode }
}

export function failed(
  argv: readonly string[],
  error: 'ENOENT' | 'ETIMEDOUT' | 'EACCES' | 'EOUTPUT' | 'ESIGNAL' | 'EIO',
): TranscriptCommand {
  return { argv: [...argv], error }
}

export const NOT_FOUND = 'ERROR: The system was unable to find the specified registry key or value.\r\n'

/** Run one strategy against a transcript. */
export async function runStrategy(
  strategy: CheckStrategy,
  t: Transcript,
  policy: Policy = DEFAULT_POLICY,
): Promise<CheckVerdict> {
  const probe = new ReplayProbe(t)
  const now = probe.now()
  return strategy.run({
    platform: 'win32',
    probe,
    policy,
    osSupport: BUNDLED_OS_SUPPORT,
    now,
    facts: createHostFacts(probe, 'win32'),
  })
}
