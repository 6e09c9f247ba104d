/**
 * Test helper for the Linux strategies: a scripted Probe and a CheckContext around it, so a test can
 * feed any command output (including fuzzed text) to one strategy and look at its verdict.
 */
import { BUNDLED_OS_SUPPORT } from '../../../../shared/os-support/data'
import { DEFAULT_POLICY, type Policy } from '../../../../shared/policy'
import type { CheckVerdict } from '../../../../shared/check-types'
import { createHostFacts } from '../../../../main/checks/host-facts'
import type { CheckContext, CheckStrategy } from '../../../../main/checks/types'
import {
  sortNames,
  type CommandOutcome,
  type DirOutcome,
  type FileOutcome,
  type Probe,
  type RecordedEnvName,
} from '../../../../main/probe/probe'

export type Answer = CommandOutcome | undefined
export interface Script {
  readonly env?: Partial<Record<RecordedEnvName, string>>
  /** Answer for a command (joined with spaces); undefined = not installed (ENOENT). */
  readonly run?: (cmd: string) => Answer
  /** File contents; undefined = ENOENT. */
  readonly files?: Readonly<Record<string, string | FileOutcome>>
  /** Directory listings; undefined = ENOENT. */
  readonly dirs?: Readonly<Record<string, readonly string[] | DirOutcome>>
}

export const exit = (stdout: string, exitCode = 0, stderr = ''): CommandOutcome => ({
  kind: 'exit',
  stdout,
  stderr,
  exitCode,
})

/** A Probe that answers from a script and behaves like a physical machine unless told otherwise. */
export function scriptedProbe(script: Script): Probe {
  return {
    platform: 'linux',
    arch: 'x64',
    replayed: true,
    env: (name) => script.env?.[name],
    now: () => new Date('2026-11-20T10:00:00Z'),
    async run(argv) {
      const cmd = argv.join(' ')
      if (cmd === 'systemd-detect-virt' && script.run?.(cmd) === undefined) return exit('none\n', 1)
      return script.run?.(cmd) ?? { kind: 'error', error: 'ENOENT' }
    },
    async readFile(path) {
      const f = script.files?.[path]
      if (f === undefined) return { kind: 'error', error: 'ENOENT' }
      return typeof f === 'string' ? { kind: 'file', text: f } : f
    },
    async listDir(path) {
      const d = script.dirs?.[path]
      if (d === undefined) return { kind: 'error', error: 'ENOENT' }
      return Array.isArray(d) ? { kind: 'dir', names: sortNames(d) } : (d as DirOutcome)
    },
  }
}

export function contextFor(script: Script, policy: Policy = DEFAULT_POLICY): CheckContext {
  const probe = scriptedProbe(script)
  return {
    platform: 'linux',
    probe,
    policy,
    osSupport: BUNDLED_OS_SUPPORT,
    now: probe.now(),
    facts: createHostFacts(probe, 'linux'),
  }
}

export function runStrategy(strategy: CheckStrategy, script: Script, policy?: Policy): Promise<CheckVerdict> {
  return strategy.run(contextFor(script, policy))
}
