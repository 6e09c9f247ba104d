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
import type { Msg } from '../../../shared/i18n/msg'
import { macosVersionMsg, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import type { CheckContext, CheckStrategy } from '../types'
import {
  commandProblemMsg,
  describeCommand,
  fail,
  fileProblemMsg,
  msg,
  pass,
  semicolonList,
  uniqueMsgs,
  unknown,
} from '../verdict'
import { parseArdMarker, parsePrintDisabled } from './darwin-parse'
import { listeningMsg, loopbackMsg, parseMacNetstat, remoteListeners } from './listeners'

export const PRINT_DISABLED: readonly string[] = ['/bin/launchctl', 'print-disabled', 'system']
export const NETSTAT: readonly string[] = ['/usr/sbin/netstat', '-an', '-p', 'tcp']
export const ARD_MARKER = '/Library/Application Support/Apple/Remote Desktop/RemoteManagement.launchd'

/** launchd labels of the Sharing services that accept logins, and their names in System Settings. */
const LABELS: readonly { readonly label: string; readonly name: Msg }[] = [
  { label: 'com.openssh.sshd', name: msg('check.remote-access.darwin.service.remoteLogin') },
  { label: 'com.apple.screensharing', name: msg('check.remote-access.darwin.service.screenSharing') },
  { label: 'com.apple.AEServer', name: msg('check.remote-access.darwin.service.remoteAppleEvents') },
]

const REQUIREMENT = msg('check.remote-access.darwin.requirement')

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
  const exposures: Msg[] = []
  const observed: Msg[] = []
  const problems: Msg[] = []

  const pdProblem = commandProblemMsg(PRINT_DISABLED, pdOut)
  const overrides = pdProblem === null && pdOut.kind === 'exit' ? parsePrintDisabled(pdOut.stdout) : null
  if (overrides === null) {
    problems.push(pdProblem ?? msg('check.remote-access.darwin.problem.printDisabled'))
  } else {
    for (const { label, name } of LABELS) {
      const o = overrides.get(label)
      if (o === 'enabled')
        exposures.push(
          msg('check.remote-access.darwin.observed.serviceOn', { name, label, value: 'enabled' }),
        )
      else if (o === 'disabled')
        observed.push(msg('check.remote-access.darwin.observed.serviceOff', { name }))
      else observed.push(msg('check.remote-access.darwin.observed.serviceDefault', { name, label }))
    }
  }

  if (marker.kind === 'file') {
    const m = parseArdMarker(marker.text)
    if (m === 'enabled') exposures.push(msg('check.remote-access.darwin.observed.ardOn'))
    else if (m === 'disabled') observed.push(msg('check.remote-access.darwin.observed.ardOff'))
    else observed.push(msg('check.remote-access.darwin.observed.ardUnrecognised'))
  } else if (marker.error === 'ENOENT') {
    observed.push(msg('check.remote-access.darwin.observed.ardNoMarker'))
  } else {
    observed.push(
      msg('check.remote-access.darwin.observed.ardUnreadable', {
        problem: fileProblemMsg(ARD_MARKER, marker) ?? ARD_MARKER,
      }),
    )
  }

  const nsProblem = commandProblemMsg(NETSTAT, nsOut)
  const table = nsProblem === null && nsOut.kind === 'exit' ? parseMacNetstat(nsOut.stdout) : null
  if (table === null) {
    problems.push(nsProblem ?? msg('check.remote-access.darwin.problem.netstatCut'))
  } else {
    const { open, local } = remoteListeners(table, { mac: true })
    for (const l of open) exposures.push(listeningMsg(l))
    for (const l of local) observed.push(loopbackMsg(l))
    if (open.length === 0) observed.push(msg('check.remote-access.darwin.observed.nothingListens'))
    if (table.unparsed > 0)
      problems.push(msg('check.remote-access.darwin.problem.netstatUnparsed', { count: table.unparsed }))
  }
  const versionLine = macosVersionMsg(version)
  if (versionLine !== null) observed.push(versionLine)
  const place =
    version !== null && version.major <= 12
      ? msg('check.remote-access.darwin.place.macos12')
      : msg('check.remote-access.darwin.place.modern')

  if (exposures.length > 0) {
    return fail({
      summary: msg('check.remote-access.darwin.summary.on'),
      observed: uniqueMsgs([...exposures, ...observed]),
      requirement: REQUIREMENT,
      remediationId,
      ...(problems.length > 0
        ? {
            reason: msg('check.remote-access.common.reason.alsoUnreadable', {
              problems: semicolonList(problems),
            }),
          }
        : {}),
      sources,
    })
  }
  if (problems.length > 0) {
    return unknown({
      summary: msg('check.remote-access.darwin.summary.unconfirmed'),
      observed,
      requirement: REQUIREMENT,
      remediationId,
      reason: msg('check.remote-access.darwin.reason.unconfirmed', {
        problems: semicolonList(problems),
        place,
      }),
      sources,
    })
  }
  return pass({
    summary: msg('check.remote-access.darwin.summary.off'),
    observed,
    requirement: REQUIREMENT,
    remediationId,
    sources,
  })
}
