/**
 * `preflight fix <check>`: run one check and print the guided fix for this machine's result.
 */
import { CHECK_IDS, isCheckId } from '../../../shared/check-types'
import { getRemediation } from '../../../shared/remediation/catalogue'
import type { Remediation } from '../../../shared/remediation/types'
import { runChecks } from '../../engine/run-checks'
import { formatPracticeHelp } from './practices-cli'
import { CliError, cliMsg, EXIT, parseCommandArgs, usageError, type Command } from '../command'
import { commandTexts } from '../help'
import { cliText, type CliText } from '../text'
import { exitCodeFor, loadPolicyOption, openProbe, PROBE_OPTIONS, saveTranscript } from '../probe-options'

/** A guided fix as text, its frame in the language of `tx` (the fix itself is given in it). */
export function formatRemediation(r: Remediation, tx: CliText = cliText()): string {
  const lines = [r.title, '', tx.t('cli.fix.why', { why: r.why }), '']
  r.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${s}`))
  lines.push('')
  if (r.deepLink) lines.push(tx.t('cli.fix.shortcut', { link: r.deepLink }))
  lines.push(tx.t('cli.fix.duration', { duration: r.duration }))
  return lines.join('\n') + '\n'
}

export const fixCommand: Command = {
  name: 'fix',
  ...commandTexts('cli.fix'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: 'boolean' },
        id: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...PROBE_OPTIONS,
      },
      true,
    )
    const tx = cliText(io.lang)
    if (values.id !== undefined) {
      // --json is language-neutral (English, as before); the text is in the reader's language.
      const r = getRemediation(values.id, values.json ? 'en' : tx.lang)
      if (!r) throw usageError(cliMsg('cli.fix.error.noFix', { id: values.id }))
      io.stdout(values.json ? JSON.stringify(r, null, 2) + '\n' : formatRemediation(r, tx))
      return EXIT.OK
    }
    const [id, ...extra] = positionals
    if (id === undefined) throw usageError(cliMsg('cli.fix.error.name', { checks: CHECK_IDS.join(', ') }))
    if (extra.length > 0) throw usageError(cliMsg('cli.fix.error.unexpected', { value: extra[0] as string }))
    const policy = await loadPolicyOption(values.policy)
    const practice = isCheckId(id) ? undefined : policy.practices.find((p) => p.id === id)
    if (practice !== undefined) {
      const { probe, recorder, now } = await openProbe(values)
      const report = await runChecks({ probe, policy, only: [], practices: true, ...(now ? { now } : {}) })
      if (recorder && values.record) await saveTranscript(values.record, recorder)
      io.stdout(
        values.json
          ? JSON.stringify({ practice, measurements: report.practices ?? [] }, null, 2) + '\n'
          : formatPracticeHelp(policy, report, practice, tx),
      )
      return EXIT.OK
    }
    if (!isCheckId(id))
      throw usageError(
        cliMsg('cli.fix.error.unknown', {
          id,
          checks: CHECK_IDS.join(', '),
          practices: policy.practices.map((p) => p.id).join(', '),
        }),
      )
    const { probe, recorder, now } = await openProbe(values)
    const report = await runChecks({ probe, policy, only: [id], ...(now ? { now } : {}) })
    if (recorder && values.record) await saveTranscript(values.record, recorder)
    const result = report.checks[0]
    if (!result) throw new CliError(cliMsg('cli.fix.error.didNotRun'), EXIT.SOFTWARE)
    if (values.json) {
      const fix = getRemediation(result.remediationId)
      io.stdout(JSON.stringify({ result, remediation: fix }, null, 2) + '\n')
    } else {
      const fix = getRemediation(result.remediationId, tx.lang)
      const text = tx.check(result)
      const status = tx.t(`cli.fix.status.${result.status}`)
      io.stdout(tx.t('cli.fix.result', { id, status, summary: text.summary }) + '\n')
      for (const o of text.observed) io.stdout(`  ${tx.t('cli.check.seen', { text: o })}\n`)
      if (text.reason) io.stdout(`  ${tx.t('cli.check.why', { text: text.reason })}\n`)
      io.stdout('\n')
      if (result.status === 'pass') io.stdout(tx.t('cli.fix.nothing') + '\n')
      else if (fix) io.stdout(formatRemediation(fix, tx))
      else io.stdout(tx.t('cli.fix.noGuide', { id: result.remediationId }) + '\n')
      if (result.status !== 'pass') io.stdout(`\n${tx.t('cli.fix.again', { id })}\n`)
    }
    return exitCodeFor({
      overall: result.status === 'pass' ? 'pass' : result.status === 'fail' ? 'fail' : 'unknown',
    })
  },
}
