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
import { describeVersion, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import type { CheckStrategy } from '../types'
import { commandProblem, describeCommand, fail, pass, unknown } from '../verdict'
import { parseCsrutilStatus, parseSpctlStatus, type SipStatus } from './darwin-parse'

export const CSRUTIL_ARGV: readonly string[] = ['/usr/bin/csrutil', 'status']
export const SPCTL_ARGV: readonly string[] = ['/usr/sbin/spctl', '--status']

const REQUIREMENT = 'System Integrity Protection is fully on and Gatekeeper checks apps before they open'

function describeSip(s: SipStatus): string {
  if (s.kind === 'enabled') return 'System Integrity Protection: on'
  if (s.kind === 'disabled') return 'System Integrity Protection: off'
  return `System Integrity Protection: custom configuration${s.disabled.length > 0 ? ` (off: ${s.disabled.join(', ')})` : ''}`
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
    const observed: string[] = []
    const problems: string[] = []

    let sip: SipStatus | null = null
    const csrProblem = commandProblem(CSRUTIL_ARGV, csr)
    if (csrProblem !== null) problems.push(csrProblem)
    else if (csr.kind === 'exit') {
      sip = parseCsrutilStatus(csr.stdout)
      if (sip === null) problems.push('`csrutil status` printed a status Preflight does not know')
    }
    if (sip !== null) observed.push(describeSip(sip))

    let gatekeeper: 'enabled' | 'disabled' | null = null
    if (spctl.kind === 'exit') {
      gatekeeper = parseSpctlStatus(spctl.stdout, spctl.exitCode)
      if (gatekeeper === null)
        problems.push(
          `\`spctl --status\` printed an answer Preflight does not know (exit code ${spctl.exitCode})`,
        )
    } else problems.push(commandProblem(SPCTL_ARGV, spctl) ?? '`spctl --status` gave no answer')
    if (gatekeeper !== null) observed.push(`Gatekeeper: ${gatekeeper === 'enabled' ? 'on' : 'off'}`)
    const versionLine = describeVersion(version)
    if (versionLine !== null) observed.push(versionLine)
    const also = problems.length > 0 ? ` Also not readable: ${problems.join('; ')}.` : ''

    const sipBad = sip !== null && sip.kind !== 'enabled'
    const gkOff = gatekeeper === 'disabled'
    if (sipBad) {
      const sipFix =
        ctx.probe.arch === 'x64' ? 'platform-integrity.darwin.sip.intel' : 'platform-integrity.darwin.sip'
      const what =
        sip?.kind === 'disabled'
          ? 'System Integrity Protection is off'
          : 'System Integrity Protection is partly off (custom configuration)'
      return fail({
        summary: gkOff ? `${what}, and Gatekeeper is off` : what,
        observed,
        requirement: REQUIREMENT,
        remediationId: sipFix,
        reason: `SIP can only be turned back on from macOS Recovery.${gkOff ? ' Turn Gatekeeper back on as well (Privacy & Security); Preflight shows those steps once SIP is on.' : ''}${also}`,
        sources,
      })
    }
    if (gkOff) {
      return fail({
        summary: 'Gatekeeper is off: apps from anywhere can open without being checked',
        observed,
        requirement: REQUIREMENT,
        remediationId: remediationForVersion('platform-integrity.darwin.gatekeeper', version),
        ...(also !== '' ? { reason: also.trim() } : {}),
        sources,
      })
    }
    if (sip?.kind === 'enabled' && gatekeeper === 'enabled') {
      return pass({
        summary: 'System Integrity Protection and Gatekeeper are on',
        observed,
        requirement: REQUIREMENT,
        remediationId: remediationForVersion('platform-integrity.darwin.gatekeeper', version),
        sources,
      })
    }
    return unknown({
      summary: 'Could not confirm System Integrity Protection and Gatekeeper',
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.unknown',
      reason: `${capitalise(problems.join('; '))}. In Terminal, \`csrutil status\` and \`spctl --status\` show both settings.`,
      sources,
    })
  },
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
