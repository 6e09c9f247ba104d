/**
 * The contract between the engine and the per-platform check strategies.
 *
 * A strategy is a pure async function of a `CheckContext`: it asks the probe for facts, parses values
 * (not prose), and returns a `CheckVerdict`. It never reads `process.*` and never spawns anything
 * itself. Each strategy also declares the commands and files it may probe (`ProbeDeclaration`); a
 * test replays every fixture and fails if a strategy touched anything it did not declare, so the
 * table printed by `preflight probes` is always true.
 */
import type { CheckVerdict, Platform } from '../../shared/check-types'
import type { Policy } from '../../shared/policy'
import type { OsSupportData } from '../../shared/os-support/types'
import type { Probe } from '../probe/probe'
import type { HostFacts } from './host-facts'

export interface CheckContext {
  readonly platform: Platform
  readonly probe: Probe
  readonly policy: Policy
  /** The OS support table in force (bundled, or the policy's newer override). */
  readonly osSupport: OsSupportData
  /** The run's clock, fixed for the whole run. */
  readonly now: Date
  /** Memoised facts about the host shared by all checks (host kind, desktop, os-release…). */
  readonly facts: HostFacts
}

/** What a strategy may touch. Commands are argv prefixes written as in code; `*` matches any one arg. */
export interface ProbeDeclaration {
  readonly commands: readonly (readonly string[])[]
  /** Absolute paths; `~/` means the user's home (HOME or USERPROFILE). */
  readonly files: readonly string[]
  /** Directories whose entry names may be listed (absolute paths, same patterns as `files`). */
  readonly dirs?: readonly string[]
  /**
   * Paths only looked at (`stat`: is something there?), never read or listed; same notation, plus
   * `%LOCALAPPDATA%` and `%ProgramFiles%` on Windows. Used by the practices (main/practices).
   */
  readonly paths?: readonly string[]
  /** One line on what is read and why, for docs and `preflight probes`. */
  readonly notes?: readonly string[]
}

export interface CheckStrategy {
  readonly probes: ProbeDeclaration
  run(ctx: CheckContext): Promise<CheckVerdict>
}

/** One check: a strategy per platform. */
export type CheckDefinition = Readonly<Record<Platform, CheckStrategy>>
