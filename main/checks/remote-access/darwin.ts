/**
 * remote-access on macOS: Remote Login (SSH), Screen Sharing, Remote Management (Apple Remote
 * Desktop) and Remote Apple Events are off (System Settings › General › Sharing).
 *
 * `systemsetup -getremotelogin` needs admin rights, so the check reads what a standard user can
 * (detection-more.md 3.1):
 * - `launchctl print-disabled system`: launchd's overrides for com.openssh.sshd,
 *   com.apple.screensharing and com.apple.AEServer (`enabled` = switched on in Sharing; both token
 *   dialects, macOS 12's inverted true/false included). A label not listed is at its default, off.
 * - the ARD activation marker `/Library/Application Support/Apple/Remote Desktop/RemoteManagement.launchd`
 *   (`enabled` while Remote Management is on);
 * - `netstat -an -p tcp`: listening sockets, which launchd holds open for on-demand daemons even while
 *   no process runs (ports 22, 3283, 3031 and 5900-5999; loopback-only listeners are not reachable).
 *
 * fail: any override `enabled`, the ARD marker `enabled`, or a reachable listener on those ports.
 * pass: overrides and sockets both read, nothing on. unknown: either could not be read.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import { describeVersion, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblem, describeCommand, fail, fileProblem, pass, unknown } from '../verdict'
import { parseArdMarker, parsePrintDisabled } from './darwin-parse'
import { describeListener, parseMacNetstat, remoteListeners } from './listeners'

export const PRINT_DISABLED: readonly string[] = ['/bin/launchctl', 'print-disabled', 'system']
export const NETSTAT: readonly string[] = ['/usr/sbin/netstat', '-an', '-p', 'tcp']
export const ARD_MARKER = '/Library/Application Support/Apple/Remote Desktop/RemoteManagement.launchd'

/** launchd labels of the Sharing services that accept logins, and their names in System Settings. */
const LABELS: readonly { readonly label: string; readonly name: string }[] = [
  { label: 'com.openssh.sshd', name: 'Remote Login (SSH)' },
  { label: 'com.apple.screensharing', name: 'Screen Sharing' },
  { label: 'com.apple.AEServer', name: 'Remote Application Scripting (Remote Apple Events)' },
]

const REQUIREMENT = 'Remote Login, Screen Sharing, Remote Management and Remote Application Scripting are off'

export const darwinStrategy: CheckStrategy = {
  probes: {
    commands: [PRINT_DISABLED, NETSTAT, SW_VERS_ARGV],
    files: [ARD_MARKER],
    notes: [
      'launchctl print-disabled system: whether Remote Login, Screen Sharing and Remote Apple Events are switched on (no admin rights needed, unlike systemsetup)',
      'RemoteManagement.launchd: says "enabled" while Remote Management (Apple Remote Desktop) is on',
      'netstat -an -p tcp: listening sockets on 22, 3283, 3031 and 5900-5999',
    ],
  },
  run,
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const [pdOut, nsOut, marker, version] = await Promise.all([
    ctx.probe.run(PRINT_DISABLED, { timeoutMs: 10_000 }),
    ctx.probe.run(NETSTAT, { timeoutMs: 10_000 }),
    ctx.probe.readFile(ARD_MARKER),
    readMacosVersion(ctx.probe),
  ])
  const remediationId = remediationForVersion('remote-access.darwin.sharing', version)
  const sources = [describeCommand(PRINT_DISABLED), describeCommand(NETSTAT), ARD_MARKER]
  const exposures: string[] = []
  const observed: string[] = []
  const problems: string[] = []

  const pdProblem = commandProblem(PRINT_DISABLED, pdOut)
  const overrides = pdProblem === null && pdOut.kind === 'exit' ? parsePrintDisabled(pdOut.stdout) : null
  if (overrides === null) {
    problems.push(
      pdProblem ?? '`launchctl print-disabled system` printed something Preflight does not recognise',
    )
  } else {
    for (const { label, name } of LABELS) {
      const o = overrides.get(label)
      if (o === 'enabled') exposures.push(`${name} is on (launchd: ${label} enabled)`)
      else if (o === 'disabled') observed.push(`${name} is off`)
      else observed.push(`${name} is off (its default: launchd has no override for ${label})`)
    }
  }

  if (marker.kind === 'file') {
    const m = parseArdMarker(marker.text)
    if (m === 'enabled') exposures.push('Remote Management (Apple Remote Desktop) is on')
    else if (m === 'disabled') observed.push('Remote Management is off')
    else
      observed.push('the Remote Management marker file has unexpected contents; judged by its port instead')
  } else if (marker.error === 'ENOENT') {
    observed.push('Remote Management has not been switched on (no activation marker)')
  } else {
    observed.push(
      `${fileProblem(ARD_MARKER, marker) ?? ARD_MARKER}; Remote Management judged by its port instead`,
    )
  }

  const nsProblem = commandProblem(NETSTAT, nsOut)
  const table = nsProblem === null && nsOut.kind === 'exit' ? parseMacNetstat(nsOut.stdout) : null
  if (table === null) {
    problems.push(nsProblem ?? '`netstat -an -p tcp` output was cut short')
  } else {
    const { open, local } = remoteListeners(table, { mac: true })
    for (const l of open) exposures.push(`listening for connections from the network: ${describeListener(l)}`)
    for (const l of local)
      observed.push(`${describeListener(l)}: loopback only, not reachable from the network`)
    if (open.length === 0)
      observed.push('nothing listens for remote logins or screen sharing on a network address (netstat)')
    if (table.unparsed > 0)
      problems.push(`\`netstat -an -p tcp\` printed ${table.unparsed} line(s) Preflight could not read`)
  }
  const versionLine = describeVersion(version)
  if (versionLine !== null) observed.push(versionLine)
  const place =
    version !== null && version.major <= 12
      ? 'System Preferences › Sharing'
      : 'System Settings › General › Sharing'

  if (exposures.length > 0) {
    return fail({
      summary: 'This Mac accepts remote logins or screen sharing from the network',
      observed: [...new Set([...exposures, ...observed])],
      requirement: REQUIREMENT,
      remediationId,
      ...(problems.length > 0 ? { reason: `Also could not read: ${problems.join('; ')}.` } : {}),
      sources,
    })
  }
  if (problems.length > 0) {
    return unknown({
      summary: 'Could not confirm that remote login and screen sharing are off',
      observed,
      requirement: REQUIREMENT,
      remediationId,
      reason: `${problems.join('; ')}. Open ${place} and check that Screen Sharing, Remote Management, Remote Login and Remote Application Scripting are off, then check again.`,
      sources,
    })
  }
  return pass({
    summary: 'Remote login, screen sharing and remote management are off',
    observed,
    requirement: REQUIREMENT,
    remediationId,
    sources,
  })
}
