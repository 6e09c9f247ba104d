/**
 * How the CLI shows and asks about the campaign practices (`preflight check`, `preflight attest`):
 * the words come from the catalogues (shared/i18n/en/practices.ts, or the policy's own), English.
 */
import type { Purpose } from '../../../shared/attestation-types'
import type { Platform, Report } from '../../../shared/check-types'
import type { Policy } from '../../../shared/policy'
import {
  practicesFor,
  practicesResultOf,
  practiceText,
  resolvePracticeWords,
  type AttestedPractice,
  type MeasureKind,
  type Practice,
} from '../../../shared/practices'
import { measurementOf, practiceAnswers } from '../../practices/answers'
import type { CliIo } from '../command'
import { cliText, type CliText } from '../text'
import { askYesNo } from './staff-common'

/** What a measurement looks for, in words (`cli.practices.measured.<kind>`). */
function measuredWhat(kind: MeasureKind, tx: CliText): string {
  return tx.t(`cli.practices.measured.${kind}`)
}

function titleOf(policy: Policy, p: Practice, lang = 'en'): string {
  return practiceText(policy.catalogue, p.words.title, lang) ?? p.id
}

/** One line per answer: what it means, in words (English unless `tx` says otherwise). */
export function answerWords(a: AttestedPractice, tx: CliText = cliText()): string {
  switch (a.result) {
    case 'found':
      return tx.t('cli.practices.found')
    case 'not-found':
      return tx.t('cli.practices.notFound')
    case 'unknown':
      return tx.t('cli.practices.unknown')
    case 'confirmed':
      return a.measured === undefined
        ? tx.t('cli.practices.confirmed')
        : a.measured === 'not-found'
          ? tx.t('cli.practices.confirmedNotFound')
          : tx.t('cli.practices.confirmedUnknown')
    case 'not-confirmed':
      return tx.t('cli.practices.notConfirmed')
  }
}

const ICON: Readonly<Record<AttestedPractice['result'], string>> = {
  found: '✔',
  confirmed: '✔',
  'not-found': '✘',
  unknown: '?',
  'not-confirmed': '·',
}

/**
 * Ask, one by one, about the practices of this purpose that are neither confirmed already nor found
 * on the laptop. Stops asking when there is no answer (no terminal, end of input). `onNo` may throw
 * (a required leaving step must be done first).
 */
export async function askPractices(
  io: CliIo,
  policy: Policy,
  purpose: Purpose,
  report: Report,
  confirmed: Set<string>,
  onNo: (practice: Practice, title: string) => void,
  tx: CliText = cliText(),
): Promise<void> {
  // Like the passphrase question: only on a terminal (a script gets --confirm, not questions).
  if (io.prompt === undefined || !io.isTty) return
  const todo = practicesFor(policy.practices, purpose).filter(
    (p) => !confirmed.has(p.id) && measurementOf(report, p) !== 'found',
  )
  if (todo.length === 0) return
  io.stderr(`\n${tx.t('cli.practices.ask.intro', { count: todo.length })}\n`)
  for (const [i, p] of todo.entries()) {
    const w = resolvePracticeWords(policy.catalogue, p, report.platform, tx.lang)
    const m = measurementOf(report, p)
    const counter = { n: i + 1, total: todo.length, title: w.title }
    const lines = [
      `\n${tx.t(p.level === 'recommended' ? 'cli.practices.ask.title.recommended' : 'cli.practices.ask.title', counter)}`,
      `  ${tx.t('cli.practices.ask.why', { why: w.why })}`,
    ]
    if (p.evidence !== 'declared' && m !== 'not-applicable')
      lines.push(
        `  ${tx.t(m === 'not-found' ? 'cli.practices.ask.notFound' : 'cli.practices.ask.unknown', { what: measuredWhat(p.evidence.measured, tx) })}`,
      )
    io.stderr(lines.join('\n') + '\n')
    const ok = await askYesNo(io, tx.t('cli.practices.ask.question'), tx)
    if (ok === null) return
    if (ok) confirmed.add(p.id)
    else onNo(p, w.title)
  }
  io.stderr('\n')
}

/** Before signing (--show): what the file says about each practice, measured and declared apart. */
export function describeAnswers(
  policy: Policy,
  platform: Platform,
  answers: readonly AttestedPractice[],
  tx: CliText = cliText(),
): string {
  if (answers.length === 0) return tx.t('cli.practices.show.none') + '\n'
  const byId = new Map(policy.practices.map((p) => [p.id, p]))
  const line = (a: AttestedPractice) => {
    const p = byId.get(a.id)
    const title = p === undefined ? a.id : resolvePracticeWords(policy.catalogue, p, platform, tx.lang).title
    const key = a.level === 'recommended' ? 'cli.practices.show.line.recommended' : 'cli.practices.show.line'
    return `  ${tx.t(key, { icon: ICON[a.result], id: a.id, answer: answerWords(a, tx) })}\n      ${title}\n`
  }
  const measured = answers.filter((a) => a.evidence === 'measured')
  const declared = answers.filter((a) => a.evidence === 'declared')
  const none = `  ${tx.t('cli.practices.show.empty')}\n`
  const result = tx.t(`cli.practices.result.${practicesResultOf(answers)}`)
  return (
    `${tx.t('cli.practices.show.heading', { result })}\n` +
    ` ${tx.t('cli.practices.show.measured')}\n${measured.length > 0 ? measured.map(line).join('') : none}` +
    ` ${tx.t('cli.practices.show.confirm')}\n${declared.length > 0 ? declared.map(line).join('') : none}\n`
  )
}

/** After writing: the practices result and the required practices still open. */
export function practicesSummaryLine(answers: readonly AttestedPractice[], tx: CliText = cliText()): string {
  if (answers.length === 0) return ''
  const open = answers.filter(
    (a) => a.level === 'required' && a.result !== 'found' && a.result !== 'confirmed',
  )
  const result = tx.t(`cli.practices.result.${practicesResultOf(answers)}`)
  return `  ${tx.t('cli.practices.summary', { result })}${open.map((a) => `\n    ${tx.t('cli.practices.summary.open', { id: a.id, answer: answerWords(a, tx) })}`).join('')}\n`
}

/**
 * `preflight fix <practice>`: why and how, per platform and service, with the vendor help pages,
 * and what was measured, all in the language of `tx`.
 */
export function formatPracticeHelp(
  policy: Policy,
  report: Report,
  practice: Practice,
  tx: CliText = cliText(),
): string {
  const w = resolvePracticeWords(policy.catalogue, practice, report.platform, tx.lang)
  const [a] = practiceAnswers(
    { ...policy, practices: [practice] },
    practice.purposes[0] ?? 'periodic',
    report,
    [],
  )
  const m = report.practices?.find(
    (x) => practice.evidence !== 'declared' && x.kind === practice.evidence.measured,
  )
  const lines = [
    practice.level === 'recommended'
      ? tx.t('cli.practices.help.title.recommended', { title: w.title })
      : w.title,
    '',
    tx.t('cli.fix.why', { why: w.why }),
  ]
  if (m !== undefined) {
    const text = tx.measurement(m)
    lines.push(
      '',
      a !== undefined
        ? tx.t('cli.practices.help.measuredAnswer', { summary: text.summary, answer: answerWords(a, tx) })
        : tx.t('cli.practices.help.measured', { summary: text.summary }),
    )
    for (const o of text.observed) lines.push(`  ${tx.t('cli.check.seen', { text: o })}`)
    if (text.reason !== undefined) lines.push(`  ${tx.t('cli.check.why', { text: text.reason })}`)
  }
  if (w.steps.length > 0) {
    lines.push('')
    w.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${s}`))
  }
  for (const s of w.services) {
    lines.push('', `${s.name}:`)
    s.steps.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`))
  }
  if (w.help.length > 0) {
    lines.push('', tx.t('cli.practices.help.vendor'))
    for (const h of w.help) lines.push(`  ${h.label}: ${h.url}`)
  }
  lines.push(
    '',
    practice.evidence === 'declared' || m?.result === 'not-applicable'
      ? tx.t('cli.practices.help.confirm', { id: practice.id })
      : tx.t('cli.practices.help.checkAgain', { id: practice.id }),
  )
  return lines.join('\n') + '\n'
}

/**
 * `preflight check`: the practices of the routine (periodic) purpose after the checks, marked as not
 * part of the machine verdict. `confirmed` are the --confirm ids.
 */
export function formatPracticesForCheck(
  policy: Policy,
  report: Report,
  confirmed: readonly string[],
  tx: CliText = cliText(),
): string {
  const answers = practiceAnswers(policy, 'periodic', report, confirmed)
  if (answers.length === 0) return ''
  const out = [tx.t('cli.practices.check.heading')]
  for (const a of answers) {
    const p = policy.practices.find((x) => x.id === a.id) as Practice
    out.push(
      tx.t(a.level === 'recommended' ? 'cli.practices.check.line.recommended' : 'cli.practices.check.line', {
        icon: ICON[a.result],
        id: a.id,
        answer: answerWords(a, tx),
      }),
      `    ${titleOf(policy, p, tx.lang)}`,
    )
  }
  out.push(
    '',
    tx.t(`cli.practices.check.result.${practicesResultOf(answers)}`),
    tx.t('cli.practices.check.howTo', {
      id:
        answers.find((a) => a.result !== 'found' && a.result !== 'confirmed')?.id ??
        answers[0]?.id ??
        'signal',
    }),
  )
  return out.join('\n') + '\n'
}
