/**
 * `preflight check`: run the checks on this machine (or a replayed transcript) and report.
 */
import type { CheckResult, CheckStatus, Report } from '../../../shared/check-types'
import { runChecks } from '../../engine/run-checks'
import { cliMsg, parseCommandArgs, parsePositiveInt, type CliIo, type Command, usageError } from '../command'
import { commandTexts } from '../help'
import { exitCodeFor, openProbe, loadPolicyOption, saveTranscript, PROBE_OPTIONS } from '../probe-options'
import { CHECK_IDS, isCheckId, type CheckId } from '../../../shared/check-types'
import { unknownConfirmations } from '../../practices/answers'
import { cliText, type CliText } from '../text'
import { formatPracticesForCheck } from './practices-cli'

const STATUS_ICON: Record<CheckStatus, string> = {
  pass: '✔',
  fail: '✘',
  unknown: '?',
  'not-applicable': '–',
}

function formatResultLine(r: CheckResult, color: boolean, tx: CliText): string {
  const colours: Record<CheckStatus, string> = {
    pass: '\u001b[32m',
    fail: '\u001b[31m',
    unknown: '\u001b[33m',
    'not-applicable': '\u001b[90m',
  }
  const label = `${STATUS_ICON[r.status]} ${tx.t(`cli.status.${r.status}`)}`.padEnd(10)
  const status = color ? `${colours[r.status]}${label}\u001b[0m` : label
  const key =
    r.level === 'recommended'
      ? 'cli.check.line.recommended'
      : r.level === 'off'
        ? 'cli.check.line.off'
        : 'cli.check.line'
  return tx.t(key, { status, id: r.id, summary: tx.check(r).summary })
}

/** One line on the device profile (descriptive only), or null when the report has none. */
export function describeDeviceProfile(report: Report, tx: CliText = cliText()): string | null {
  const p = report.deviceProfile
  if (p === undefined || p.status === 'not-collected') return null
  const firmware = p.firmware === null ? null : tx.t(`cli.device.firmware.${p.firmware}`)
  if (p.status !== 'ok') {
    return firmware === null
      ? tx.t(`cli.device.noAnswer.${p.status}`)
      : tx.t(`cli.device.noAnswerFirmware.${p.status}`, { firmware })
  }
  const name =
    [p.manufacturer, p.model].filter((x) => x !== null).join(' ') || tx.t('cli.device.unknownModel')
  const parts = [name]
  if (p.chassis !== null) {
    const chassis = tx.t(`cli.device.chassis.${p.chassis}`)
    parts.push(
      p.chassisType !== null ? tx.t('cli.device.chassisType', { chassis, type: p.chassisType }) : chassis,
    )
  }
  if (firmware !== null) parts.push(firmware)
  if (p.virtual === true)
    parts.push(
      p.virtualHost ? tx.t('cli.device.virtualHost', { host: p.virtualHost }) : tx.t('cli.device.virtual'),
    )
  const kind = report.hostKind
  return p.hostKindCheck === 'confirms'
    ? tx.t('cli.device.line.confirms', { parts: parts.join(', '), kind })
    : p.hostKindCheck === 'contradicts'
      ? tx.t('cli.device.line.contradicts', { parts: parts.join(', '), kind })
      : tx.t('cli.device.line', { parts: parts.join(', ') })
}

/** The human-readable report, in the language of `tx` (English by default). */
export function formatReport(report: Report, color = false, tx: CliText = cliText()): string {
  const lines: string[] = []
  const os = report.os
    ? `${report.os.name} ${report.os.version}${report.os.build ? ` (${report.os.build})` : ''}`
    : tx.t('cli.check.unknownOs')
  const details = [os, `${report.platform}/${report.arch}`]
  if (report.desktop) details.push(tx.t('cli.check.desktop', { desktop: report.desktop }))
  if (report.hostKind !== 'physical-or-unknown') details.push(tx.t(`cli.check.host.${report.hostKind}`))
  lines.push(tx.t('cli.check.header', { version: report.producer.version, details: details.join(', ') }))
  if (report.replayed) lines.push(tx.t('cli.check.replayed', { time: report.collectedAt }))
  lines.push(
    tx.t('cli.check.policy', {
      id: report.policy.id,
      version: report.policy.version,
      date: report.osSupportDataAsOf,
    }),
  )
  const device = describeDeviceProfile(report, tx)
  if (device !== null) lines.push(device)
  lines.push('')
  const indent = '           '
  for (const r of report.checks) {
    const text = tx.check(r)
    lines.push(formatResultLine(r, color, tx))
    for (const o of text.observed) lines.push(indent + tx.t('cli.check.seen', { text: o }))
    if (text.requirement) lines.push(indent + tx.t('cli.check.required', { text: text.requirement }))
    if (text.reason) lines.push(indent + tx.t('cli.check.why', { text: text.reason }))
    if (r.status === 'fail' || r.status === 'unknown')
      lines.push(indent + tx.t('cli.check.fix', { id: r.id }))
  }
  lines.push('')
  lines.push(tx.t(`cli.check.overall.${report.overall}`))
  return lines.join('\n') + '\n'
}

export const checkCommand: Command = {
  name: 'check',
  ...commandTexts('cli.check'),
  async run(args, io: CliIo) {
    const { values } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      only: { type: 'string' },
      timeout: { type: 'string' },
      confirm: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      ...PROBE_OPTIONS,
    })
    let only: CheckId[] | undefined
    if (values.only !== undefined) {
      only = values.only
        .split(',')
        .map((s) => s.trim())
        .map((s) => {
          if (!isCheckId(s))
            throw usageError(
              cliMsg('cli.check.error.unknownCheck', { value: s, checks: CHECK_IDS.join(', ') }),
            )
          return s
        })
    }
    const timeoutS = parsePositiveInt('--timeout', values.timeout)
    const policy = await loadPolicyOption(values.policy)
    const confirmed = values.confirm ?? []
    const unknownIds = unknownConfirmations(policy, 'periodic', confirmed)
    if (unknownIds.length > 0)
      throw usageError(cliMsg('cli.check.error.unknownPractice', { ids: unknownIds.join(', ') }))
    const { probe, recorder, now } = await openProbe(values)
    const tx = cliText(io.lang)
    const progress = io.isTty && values.json !== true
    const total = only?.length ?? CHECK_IDS.length
    let done = 0
    if (!values.json) io.stderr(tx.t('cli.check.progress.start', { count: total }) + '\n')
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
            '  ' +
              tx.t('cli.check.progress.line', {
                done,
                total,
                id: r.id,
                status: tx.t(`cli.status.${r.status}`).toLocaleLowerCase(tx.lang),
                ms: r.durationMs,
              }) +
              '\n',
          )
      },
    })
    if (recorder && values.record) await saveTranscript(values.record, recorder)
    io.stdout(
      values.json
        ? JSON.stringify(report, null, 2) + '\n'
        : formatReport(report, progress && !io.env['NO_COLOR'], tx) +
            (only === undefined ? `\n${formatPracticesForCheck(policy, report, confirmed, tx)}` : ''),
    )
    return exitCodeFor(report)
  },
}
