/**
 * `preflight fix <check>`: run one check and print the guided fix for this machine's result.
 */
import { CHECK_IDS, isCheckId } from '../../../shared/check-types'
import { getRemediation } from '../../../shared/remediation/catalogue'
import type { Remediation } from '../../../shared/remediation/types'
import { runChecks } from '../../engine/run-checks'
import { cliText } from '../text'
import { formatPracticeHelp } from './practices-cli'
import { CliError, EXIT, parseCommandArgs, usageError, type Command } from '../command'
import {
  exitCodeFor,
  loadPolicyOption,
  openProbe,
  PROBE_OPTIONS,
  PROBE_OPTIONS_HELP,
  saveTranscript,
} from '../probe-options'

const HELP = `Usage: preflight fix <check | practice> [options]

Check one setting on this laptop and print step-by-step instructions to fix it, written for this
operating system version and desktop. Checks: ${CHECK_IDS.join(', ')}.
A practice your campaign asks for (its id as \`preflight check\` lists it, e.g. two-factor-email or
signal) gets why it matters, the steps for this platform or service, and vendor help pages.

Options:
  --json                 print the check result and the fix as JSON
  --id <remediation-id>  print a fix from the catalogue by id, without checking
${PROBE_OPTIONS_HELP}
  -h, --help             show this help

Exit codes: as \`preflight check\` for the one check (0 pass, 1 fail, 2 unknown); 64 usage error.
`

export function formatRemediation(r: Remediation): string {
  const lines = [r.title, '', `Why it matters: ${r.why}`, '']
  r.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${s}`))
  lines.push('')
  if (r.deepLink) lines.push(`Settings shortcut: ${r.deepLink}`)
  lines.push(`How long: ${r.duration}`)
  return lines.join('\n') + '\n'
}

export const fixCommand: Command = {
  name: 'fix',
  summary: 'show how to fix one check, step by step',
  help: HELP,
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
    if (values.help) {
      io.stdout(HELP)
      return EXIT.OK
    }
    if (values.id !== undefined) {
      const r = getRemediation(values.id)
      if (!r) throw new CliError(`no fix with id "${values.id}"`, EXIT.USAGE)
      io.stdout(values.json ? JSON.stringify(r, null, 2) + '\n' : formatRemediation(r))
      return EXIT.OK
    }
    const [id, ...extra] = positionals
    if (id === undefined) throw usageError(`name the check to fix (${CHECK_IDS.join(', ')})`)
    if (extra.length > 0) throw usageError(`unexpected argument "${extra[0]}"`)
    const policy = await loadPolicyOption(values.policy)
    const practice = isCheckId(id) ? undefined : policy.practices.find((p) => p.id === id)
    if (practice !== undefined) {
      const { probe, recorder, now } = await openProbe(values)
      const report = await runChecks({ probe, policy, only: [], practices: true, ...(now ? { now } : {}) })
      if (recorder && values.record) await saveTranscript(values.record, recorder)
      io.stdout(
        values.json
          ? JSON.stringify({ practice, measurements: report.practices ?? [] }, null, 2) + '\n'
          : formatPracticeHelp(policy, report, practice, cliText(io.lang)),
      )
      return EXIT.OK
    }
    if (!isCheckId(id))
      throw usageError(
        `unknown check or practice "${id}" (checks: ${CHECK_IDS.join(', ')}; practices: ${policy.practices.map((p) => p.id).join(', ')})`,
      )
    const { probe, recorder, now } = await openProbe(values)
    const report = await runChecks({ probe, policy, only: [id], ...(now ? { now } : {}) })
    if (recorder && values.record) await saveTranscript(values.record, recorder)
    const result = report.checks[0]
    if (!result) throw new CliError('the check did not run', EXIT.SOFTWARE)
    const fix = getRemediation(result.remediationId)
    if (values.json) {
      io.stdout(JSON.stringify({ result, remediation: fix }, null, 2) + '\n')
    } else {
      io.stdout(`${id}: ${result.status.toUpperCase()}: ${result.summary}\n`)
      for (const o of result.observed) io.stdout(`  seen: ${o}\n`)
      if (result.reason) io.stdout(`  why: ${result.reason}\n`)
      io.stdout('\n')
      if (result.status === 'pass') io.stdout('Nothing to fix: this setting meets the requirement.\n')
      else if (fix) io.stdout(formatRemediation(fix))
      else
        io.stdout(
          `No guided fix is available for ${result.remediationId}. Ask your campaign security contact.\n`,
        )
      if (result.status !== 'pass') io.stdout(`\nWhen you are done, check again: preflight fix ${id}\n`)
    }
    return exitCodeFor({
      overall: result.status === 'pass' ? 'pass' : result.status === 'fail' ? 'fail' : 'unknown',
    })
  },
}
