/**
 * Small constructors for verdicts, so every strategy builds them the same way, and the message
 * helpers a check uses to write its texts as catalogue messages (docs/i18n.md).
 *
 * A check gives each text (summary, observed lines, requirement, reason) as a `Msg`: a key of
 * shared/i18n/en/checks-*.ts and its values. The verdict then carries the canonical English strings
 * rendered from the English catalogue (shown to CISOs and signed, unchanged format) and, in `text`,
 * the messages themselves, so the CLI and the app can show them in the reader's language. While
 * the checks are being converted a text may still be a plain English string; a verdict with any
 * plain string carries no `text` (tests/unit/main/i18n/check-messages.test.ts lists the checks that
 * must carry it).
 */
import type { CheckStatus, CheckText, CheckVerdict } from '../../shared/check-types'
import { CHECKS_EN, type CheckMessageKey } from '../../shared/i18n/en/checks'
import {
  isMsg,
  renderMsg,
  type Msg,
  type MsgList,
  type MsgParams,
  type MsgValue,
} from '../../shared/i18n/msg'
import { describeCommand, type CommandError, type CommandOutcome, type FileOutcome } from '../probe/probe'

/** A message of the check catalogue; the key is checked against shared/i18n/en/checks.ts. */
export function msg(key: CheckMessageKey, params?: MsgParams): Msg {
  return params === undefined ? { key } : { key, params }
}

/** A list joined for the reader's language: "a and b", "a, b and c". */
export function andList(items: readonly MsgValue[]): MsgList {
  return { items, join: 'and' }
}

/** A list joined with "; " (reasons, problems). */
export function semicolonList(items: readonly MsgValue[]): MsgList {
  return { items, join: 'semicolons' }
}

/** A list joined with ", " (names, files). */
export function commaList(items: readonly MsgValue[]): MsgList {
  return { items, join: 'commas' }
}

/** The canonical English of a check message. */
export function english(m: Msg): string {
  return renderMsg(m, [CHECKS_EN], 'en')
}

/** The same messages once each, in first-seen order (messages are values, not objects). */
export function uniqueMsgs(items: readonly Msg[]): Msg[] {
  const seen = new Set<string>()
  return items.filter((m) => {
    const k = JSON.stringify(m)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** A text of a verdict: a catalogue message, or (checks not converted yet) plain English. */
export type VerdictText = Msg | string

export interface VerdictParts {
  readonly summary: VerdictText
  readonly observed?: readonly VerdictText[]
  /** What was asked for; null when nothing is (the engine's own verdicts). */
  readonly requirement: VerdictText | null
  readonly remediationId: string
  readonly reason?: VerdictText
  readonly sources?: readonly string[]
}

const asEnglish = (t: VerdictText): string => (typeof t === 'string' ? t : english(t))

/** `text` when every text of the verdict is a message, else undefined. */
function messagesOf(parts: VerdictParts): CheckText | undefined {
  const { summary, requirement, reason } = parts
  const observed = parts.observed ?? []
  if (!isMsg(summary) || (requirement !== null && !isMsg(requirement))) return undefined
  if (reason !== undefined && !isMsg(reason)) return undefined
  const obs: Msg[] = []
  for (const o of observed) {
    if (!isMsg(o)) return undefined
    obs.push(o)
  }
  return {
    summary,
    observed: obs,
    requirement,
    ...(reason !== undefined ? { reason } : {}),
  }
}

export function verdict(status: CheckStatus, parts: VerdictParts): CheckVerdict {
  const text = messagesOf(parts)
  const v: CheckVerdict = {
    status,
    summary: asEnglish(parts.summary),
    observed: (parts.observed ?? []).map(asEnglish),
    requirement: parts.requirement === null ? '' : asEnglish(parts.requirement),
    remediationId: parts.remediationId,
    sources: parts.sources ?? [],
    ...(parts.reason !== undefined ? { reason: asEnglish(parts.reason) } : {}),
    ...(text !== undefined ? { text } : {}),
  }
  return v
}

export const pass = (p: VerdictParts): CheckVerdict => verdict('pass', p)
export const fail = (p: VerdictParts): CheckVerdict => verdict('fail', p)
export const unknown = (p: VerdictParts & { readonly reason: VerdictText }): CheckVerdict =>
  verdict('unknown', p)
export const notApplicable = (p: VerdictParts & { readonly reason: VerdictText }): CheckVerdict =>
  verdict('not-applicable', p)

/** Why a command could not run or finish, as a message (same English as describeCommandError). */
export function commandErrorMsg(argv: readonly string[], error: CommandError): Msg {
  const command = describeCommand(argv)
  switch (error) {
    case 'ENOENT':
      return msg('check.common.command.notAvailable', { command })
    case 'ETIMEDOUT':
      return msg('check.common.command.timedOut', { command })
    case 'EACCES':
      return msg('check.common.command.denied', { command })
    case 'EOUTPUT':
      return msg('check.common.command.tooMuchOutput', { command })
    case 'ESIGNAL':
      return msg('check.common.command.killed', { command })
    case 'EIO':
      return msg('check.common.command.failedToRun', { command })
  }
}

/** Why a command gave no usable answer, for an `unknown` reason. Null if it exited 0. */
export function commandProblemMsg(argv: readonly string[], outcome: CommandOutcome): Msg | null {
  if (outcome.kind === 'error') return commandErrorMsg(argv, outcome.error)
  if (outcome.exitCode !== 0)
    return msg('check.common.command.exitCode', { command: describeCommand(argv), code: outcome.exitCode })
  return null
}

/** Why a file could not be read, for an `unknown` reason. Null if it was read. */
export function fileProblemMsg(path: string, outcome: FileOutcome): Msg | null {
  if (outcome.kind === 'file') return null
  switch (outcome.error) {
    case 'ENOENT':
      return msg('check.common.file.missing', { path })
    case 'EACCES':
      return msg('check.common.file.denied', { path })
    case 'EIO':
      return msg('check.common.file.unreadable', { path })
  }
}

export { describeCommand }
