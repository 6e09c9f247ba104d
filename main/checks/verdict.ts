/**
 * Small constructors for verdicts, so every strategy builds them the same way.
 */
import type { CheckStatus, CheckVerdict } from '../../shared/check-types'
import { describeCommand, describeCommandError, type CommandOutcome, type FileOutcome } from '../probe/probe'

export interface VerdictParts {
  readonly summary: string
  readonly observed?: readonly string[]
  readonly requirement: string
  readonly remediationId: string
  readonly reason?: string
  readonly sources?: readonly string[]
}

export function verdict(status: CheckStatus, parts: VerdictParts): CheckVerdict {
  const v: CheckVerdict = {
    status,
    summary: parts.summary,
    observed: parts.observed ?? [],
    requirement: parts.requirement,
    remediationId: parts.remediationId,
    sources: parts.sources ?? [],
    ...(parts.reason !== undefined ? { reason: parts.reason } : {}),
  }
  return v
}

export const pass = (p: VerdictParts): CheckVerdict => verdict('pass', p)
export const fail = (p: VerdictParts): CheckVerdict => verdict('fail', p)
export const unknown = (p: VerdictParts & { readonly reason: string }): CheckVerdict => verdict('unknown', p)
export const notApplicable = (p: VerdictParts & { readonly reason: string }): CheckVerdict =>
  verdict('not-applicable', p)

/** Why a command gave no usable answer, for an `unknown` reason. Null if it exited 0. */
export function commandProblem(argv: readonly string[], outcome: CommandOutcome): string | null {
  if (outcome.kind === 'error') return describeCommandError(argv, outcome.error)
  if (outcome.exitCode !== 0) return `\`${describeCommand(argv)}\` exited with code ${outcome.exitCode}`
  return null
}

/** Why a file could not be read, for an `unknown` reason. Null if it was read. */
export function fileProblem(path: string, outcome: FileOutcome): string | null {
  if (outcome.kind === 'file') return null
  switch (outcome.error) {
    case 'ENOENT':
      return `${path} does not exist`
    case 'EACCES':
      return `${path} is not readable without administrator rights`
    case 'EIO':
      return `${path} could not be read`
  }
}

export { describeCommand }
