/**
 * platform-integrity on macOS: System Integrity Protection (SIP) fully on and Gatekeeper on.
 *
 * - `csrutil status` (no admin rights): pass only for exactly `enabled.`. `disabled.` and every
 *   "Custom Configuration" (some protections switched off with `csrutil enable --without …` or
 *   `csrutil disable --with …`) fail; the disabled protections are listed.
 * - `spctl --status`: `assessments enabled` (exit 0) passes, `assessments disabled` (exit 1: a valid
 *   answer, not an error; what `spctl --master-disable` or "Allow applications from: Anywhere" leave)
 *   fails. stdout is parsed before the exit code is looked at.
 * Either one off is a fail even if the other could not be read. The Apple silicon boot policy
 * (system_profiler SPiBridgeDataType) is not read: its values are localised (French shows
 * "Sécurité maximale"), and lowering it is what makes switching SIP off possible, which csrutil shows.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import { macosVersionMsg, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import type { CheckStrategy } from '../types'
import {
  commandProblemMsg,
  commaList,
  describeCommand,
  fail,
  msg,
  pass,
  semicolonList,
  unknown,
} from '../verdict'
import { parseCsrutilStatus, parseSpctlStatus, type SipStatus } from './darwin-parse'

export const CSRUTIL_ARGV: readonly string[] = ['/usr/bin/csrutil', 'status']
export const SPCTL_ARGV: readonly string[] = ['/usr/sbin/spctl', '--status']

const REQUIREMENT = msg('check.platform-integrity.darwin.requirement')

function describeSip(s: SipStatus): Msg {
  if (s.kind === 'enabled') return msg('check.platform-integrity.darwin.observed.sipOn')
  if (s.kind === 'disabled') return msg('check.platform-integrity.darwin.observed.sipOff')
  return s.disabled.length > 0
    ? msg('check.platform-integrity.darwin.observed.sipCustomOff', { protections: commaList(s.disabled) })
    : msg('check.platform-integrity.darwin.observed.sipCustom')
}

export const darwinStrategy: CheckStrategy = {
  probes: {
    commands: [CSRUTIL_ARGV, SPCTL_ARGV, SW_VERS_ARGV],
    files: [],
    notes: [
      'csrutil status: whether System Integrity Protection is on (works without admin rights)',
      'spctl --status: whether Gatekeeper assessments are on (exit code 1 means "disabled", not an error)',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const [csr, spctl, version] = await Promise.all([
      ctx.probe.run(CSRUTIL_ARGV, { timeoutMs: 5_000 }),
      ctx.probe.run(SPCTL_ARGV, { timeoutMs: 5_000 }),
      readMacosVersion(ctx.probe),
    ])
    const sources = [describeCommand(CSRUTIL_ARGV), describeCommand(SPCTL_ARGV)]
    const observed: Msg[] = []
    const problems: Msg[] = []

    let sip: SipStatus | null = null
    const csrProblem = commandProblemMsg(CSRUTIL_ARGV, csr)
    if (csrProblem !== null) problems.push(csrProblem)
    else if (csr.kind === 'exit') {
      sip = parseCsrutilStatus(csr.stdout)
      if (sip === null) problems.push(msg('check.platform-integrity.darwin.problem.csrutilUnknown'))
    }
    if (sip !== null) observed.push(describeSip(sip))

    let gatekeeper: 'enabled' | 'disabled' | null = null
    if (spctl.kind === 'exit') {
      gatekeeper = parseSpctlStatus(spctl.stdout, spctl.exitCode)
      if (gatekeeper === null)
        problems.push(msg('check.platform-integrity.darwin.problem.spctlUnknown', { code: spctl.exitCode }))
    } else
      problems.push(
        commandProblemMsg(SPCTL_ARGV, spctl) ?? msg('check.platform-integrity.darwin.problem.spctlNoAnswer'),
      )
    if (gatekeeper !== null)
      observed.push(
        gatekeeper === 'enabled'
          ? msg('check.platform-integrity.darwin.observed.gatekeeperOn')
          : msg('check.platform-integrity.darwin.observed.gatekeeperOff'),
      )
    const versionLine = macosVersionMsg(version)
    if (versionLine !== null) observed.push(versionLine)
    const alsoParams = { problems: semicolonList(problems) }

    const sipBad = sip !== null && sip.kind !== 'enabled'
    const gkOff = gatekeeper === 'disabled'
    if (sipBad) {
      const sipFix =
        ctx.probe.arch === 'x64' ? 'platform-integrity.darwin.sip.intel' : 'platform-integrity.darwin.sip'
      const off = sip?.kind === 'disabled'
      const also = problems.length > 0
      return fail({
        summary: off
          ? gkOff
            ? msg('check.platform-integrity.darwin.summary.sipOffGatekeeperOff')
            : msg('check.platform-integrity.darwin.summary.sipOff')
          : gkOff
            ? msg('check.platform-integrity.darwin.summary.sipPartlyGatekeeperOff')
            : msg('check.platform-integrity.darwin.summary.sipPartly'),
        observed,
        requirement: REQUIREMENT,
        remediationId: sipFix,
        reason: gkOff
          ? also
            ? msg('check.platform-integrity.darwin.reason.sipGatekeeperAlso', alsoParams)
            : msg('check.platform-integrity.darwin.reason.sipGatekeeper')
          : also
            ? msg('check.platform-integrity.darwin.reason.sipAlso', alsoParams)
            : msg('check.platform-integrity.darwin.reason.sip'),
        sources,
      })
    }
    if (gkOff) {
      return fail({
        summary: msg('check.platform-integrity.darwin.summary.gatekeeperOff'),
        observed,
        requirement: REQUIREMENT,
        remediationId: remediationForVersion('platform-integrity.darwin.gatekeeper', version),
        ...(problems.length > 0
          ? { reason: msg('check.platform-integrity.darwin.reason.alsoUnreadable', alsoParams) }
          : {}),
        sources,
      })
    }
    if (sip?.kind === 'enabled' && gatekeeper === 'enabled') {
      return pass({
        summary: msg('check.platform-integrity.darwin.summary.pass'),
        observed,
        requirement: REQUIREMENT,
        remediationId: remediationForVersion('platform-integrity.darwin.gatekeeper', version),
        sources,
      })
    }
    return unknown({
      summary: msg('check.platform-integrity.darwin.summary.unconfirmed'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.unknown',
      reason: msg('check.platform-integrity.darwin.reason.unconfirmed', alsoParams),
      sources,
    })
  },
}
