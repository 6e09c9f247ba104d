/**
 * `preflight check`: run the checks on this machine (or a replayed transcript) and report.
 */
import type { CheckResult, CheckStatus, Report } from '../../../shared/check-types'
import { runChecks } from '../../engine/run-checks'
import { CliError, EXIT, parseCommandArgs, parsePositiveInt, type CliIo, type Command } from '../command'
import {
  exitCodeFor,
  openProbe,
  loadPolicyOption,
  saveTranscript,
  PROBE_OPTIONS,
  PROBE_OPTIONS_HELP,
} from '../probe-options'
import { CHECK_IDS, isCheckId, type CheckId } from '../../../shared/check-types'
import { unknownConfirmations } from '../../practices/answers'
import { formatPracticesForCheck } from './practices-cli'

const STATUS_LABEL: Record<CheckStatus, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  unknown: 'UNKNOWN',
  'not-applicable': 'N/A',
}

const STATUS_ICON: Record<CheckStatus, string> = {
  pass: '✔',
  fail: '✘',
  unknown: '?',
  'not-applicable': '–',
}

export const HELP = `Usage: preflight check [options]

Check this laptop: OS supported and patched, disk encryption, firewall, screen lock and automatic
updates. Nothing leaves the machine; no administrator rights are needed.

Options:
  --json                 print one JSON report (format preflight-report/v1) instead of text
  --only <ids>           comma-separated checks to run (${CHECK_IDS.join(', ')})
  --timeout <seconds>    time allowed per check (default 30)
  --confirm <id>         show a practice your campaign asks for as confirmed (repeatable)
${PROBE_OPTIONS_HELP}
  -h, --help             show this help

After the checks, the practices your campaign asks for at routine check-ins are listed (two-factor
sign-in, Signal, a password manager…): what Preflight found on this laptop and what you can confirm.
They are not part of the result or the exit code.

Exit codes: 0 all required checks pass, 1 a required check fails, 2 none fails but some are
unknown, 64 usage error, 65 malformed input file, 66 input file missing, 73/74 cannot write output.
`

function formatResultLine(r: CheckResult, color: boolean): string {
  const colours: Record<CheckStatus, string> = {
    pass: '\u001b[32m',
    fail: '\u001b[31m',
    unknown: '\u001b[33m',
    'not-applicable': '\u001b[90m',
  }
  const label = `${STATUS_ICON[r.status]} ${STATUS_LABEL[r.status]}`.padEnd(10)
  const head = color ? `${colours[r.status]}${label}\u001b[0m` : label
  const level = r.level === 'recommended' ? ' (recommended)' : r.level === 'off' ? ' (off in policy)' : ''
  return `${head} ${r.id}${level}: ${r.summary}`
}

/** One line on the device profile (descriptive only), or null when the report has none. */
export function describeDeviceProfile(report: Report): string | null {
  const p = report.deviceProfile
  if (p === undefined || p.status === 'not-collected') return null
  const firmware =
    p.firmware === 'uefi'
      ? 'UEFI boot'
      : p.firmware === 'legacy'
        ? 'legacy BIOS boot'
        : p.firmware === 'apple-silicon'
          ? 'Apple silicon boot'
          : null
  if (p.status !== 'ok') {
    const why = p.status === 'timeout' ? 'did not answer in time' : 'could not answer'
    return `Device: systeminformation ${why}${firmware ? `; ${firmware}` : ''} (descriptive only)`
  }
  const name = [p.manufacturer, p.model].filter((x) => x !== null).join(' ') || 'unknown model'
  const parts = [name]
  if (p.chassis !== null) parts.push(p.chassisType !== null ? `${p.chassis} (${p.chassisType})` : p.chassis)
  if (firmware !== null) parts.push(firmware)
  if (p.virtual === true) parts.push(`virtual machine${p.virtualHost ? ` (${p.virtualHost})` : ''}`)
  const check =
    p.hostKindCheck === 'confirms'
      ? `; confirms host kind ${report.hostKind}`
      : p.hostKindCheck === 'contradicts'
        ? `; CONTRADICTS host kind ${report.hostKind}`
        : ''
  return `Device: ${parts.join(', ')} (systeminformation, descriptive only${check})`
}

/** The human-readable report. */
export function formatReport(report: Report, color = false): string {
  const lines: string[] = []
  const os = report.os
    ? `${report.os.name} ${report.os.version}${report.os.build ? ` (${report.os.build})` : ''}`
    : 'unknown OS'
  lines.push(
    `Preflight ${report.producer.version}: ${os}, ${report.platform}/${report.arch}${report.desktop ? `, desktop ${report.desktop}` : ''}${report.hostKind !== 'physical-or-unknown' ? `, running in a ${report.hostKind}` : ''}`,
  )
  if (report.replayed) lines.push(`Replayed from a transcript recorded at ${report.collectedAt}`)
  lines.push(
    `Policy ${report.policy.id} v${report.policy.version}; OS support data as of ${report.osSupportDataAsOf}`,
  )
  const device = describeDeviceProfile(report)
  if (device !== null) lines.push(device)
  lines.push('')
  for (const r of report.checks) {
    lines.push(formatResultLine(r, color))
    for (const o of r.observed) lines.push(`           seen: ${o}`)
    if (r.requirement) lines.push(`           required: ${r.requirement}`)
    if (r.reason) lines.push(`           why: ${r.reason}`)
    if (r.status === 'fail' || r.status === 'unknown') lines.push(`           fix: preflight fix ${r.id}`)
  }
  lines.push('')
  const verdict =
    report.overall === 'pass'
      ? 'All required checks pass.'
      : report.overall === 'fail'
        ? 'Some required checks fail. Run `preflight fix <check>` for step-by-step help.'
        : 'No required check fails, but some could not be confirmed (unknown).'
  lines.push(`Overall: ${report.overall.toUpperCase()}. ${verdict}`)
  return lines.join('\n') + '\n'
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check this laptop and print a report',
  help: HELP,
  async run(args, io: CliIo) {
    const { values } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      only: { type: 'string' },
      timeout: { type: 'string' },
      confirm: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      ...PROBE_OPTIONS,
    })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.OK
    }
    let only: CheckId[] | undefined
    if (values.only !== undefined) {
      only = values.only
        .split(',')
        .map((s) => s.trim())
        .map((s) => {
          if (!isCheckId(s))
            throw new CliError(`--only: unknown check "${s}" (known: ${CHECK_IDS.join(', ')})`, EXIT.USAGE)
          return s
        })
    }
    const timeoutS = parsePositiveInt('--timeout', values.timeout)
    const policy = await loadPolicyOption(values.policy)
    const confirmed = values.confirm ?? []
    const unknownIds = unknownConfirmations(policy, 'periodic', confirmed)
    if (unknownIds.length > 0)
      throw new CliError(
        `--confirm: not a practice your campaign asks for: ${unknownIds.join(', ')}`,
        EXIT.USAGE,
      )
    const { probe, recorder, now } = await openProbe(values)
    const progress = io.isTty && values.json !== true
    const total = only?.length ?? CHECK_IDS.length
    let done = 0
    if (!values.json) io.stderr(`Checking ${total} settings…\n`)
    const report = await runChecks({
      probe,
      policy,
      ...(now ? { now } : {}),
      ...(only ? { only } : {}),
      ...(timeoutS ? { checkTimeoutMs: timeoutS * 1000 } : {}),
      onResult: (r) => {
        done += 1
        if (!values.json)
          io.stderr(
            `  [${done}/${total}] ${r.id}: ${STATUS_LABEL[r.status].toLowerCase()} (${r.durationMs} ms)\n`,
          )
      },
    })
    if (recorder && values.record) await saveTranscript(values.record, recorder)
    io.stdout(
      values.json
        ? JSON.stringify(report, null, 2) + '\n'
        : formatReport(report, progress && !io.env['NO_COLOR']) +
            (only === undefined ? `\n${formatPracticesForCheck(policy, report, confirmed)}` : ''),
    )
    return exitCodeFor(report)
  },
}
