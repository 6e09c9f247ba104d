/**
 * Test helper for any platform's strategy: load a committed fixture transcript, change single
 * commands or files, and run one strategy against the result through the real ReplayProbe.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import type { CheckVerdict, Platform } from '../../../../shared/check-types'
import { BUNDLED_OS_SUPPORT } from '../../../../shared/os-support/data'
import { DEFAULT_POLICY, type Policy } from '../../../../shared/policy'
import { createHostFacts } from '../../../../main/checks/host-facts'
import type { CheckStrategy } from '../../../../main/checks/types'
import {
  commandKey,
  parseTranscript,
  ReplayProbe,
  type Transcript,
  type TranscriptCommand,
  type TranscriptFile,
} from '../../../../main/probe/transcript'

const FIXTURES = path.resolve(__dirname, '../../../fixtures')

/** A committed fixture, parsed (`platform/name.json`). */
export function fixture(file: string): Transcript {
  return parseTranscript(readFileSync(path.join(FIXTURES, file), 'utf8'))
}

/** stdout of one command in a transcript (throws if absent: the test is wrong). */
export function stdoutOf(t: Transcript, argv: readonly string[]): string {
  const c = t.commands.find((x) => commandKey(x.argv) === commandKey(argv))
  if (c === undefined || 'error' in c) throw new Error(`no output for ${argv.join(' ')}`)
  return c.stdout
}

/** Text of one file in a transcript (throws if absent). */
export function fileOf(t: Transcript, file: string): string {
  const f = t.files[file]
  if (typeof f !== 'string') throw new Error(`no text for ${file}`)
  return f
}

export interface Changes {
  /** Commands to add or replace (matched like replay: program name + arguments). */
  readonly commands?: readonly TranscriptCommand[]
  /** Commands to remove (they then behave as not installed). */
  readonly remove?: readonly (readonly string[])[]
  /** Files to set; `null` = does not exist. */
  readonly files?: Readonly<Record<string, TranscriptFile>>
  readonly env?: Transcript['env']
  readonly now?: string
}

/** A copy of `t` with the changes applied. */
export function edit(t: Transcript, ch: Changes): Transcript {
  let commands = [...t.commands]
  for (const argv of [...(ch.remove ?? []), ...(ch.commands ?? []).map((c) => c.argv)])
    commands = commands.filter((c) => commandKey(c.argv) !== commandKey(argv))
  commands.push(...(ch.commands ?? []))
  return {
    ...t,
    commands,
    files: { ...t.files, ...(ch.files ?? {}) },
    env: ch.env ?? t.env,
    now: ch.now ?? t.now,
  }
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

/** Run one strategy against a transcript, with the transcript's platform and clock. */
export async function run(
  strategy: CheckStrategy,
  t: Transcript,
  policy: Policy = DEFAULT_POLICY,
): Promise<CheckVerdict> {
  const probe = new ReplayProbe(t)
  const platform: Platform = t.platform
  return strategy.run({
    platform,
    probe,
    policy,
    osSupport: BUNDLED_OS_SUPPORT,
    now: probe.now(),
    facts: createHostFacts(probe, platform),
  })
}
