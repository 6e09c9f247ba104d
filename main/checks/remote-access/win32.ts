/**
 * remote-access on Windows: Remote Desktop and the OpenSSH server are off, and nothing else accepts
 * remote logins or screen sharing (VNC) from the network.
 *
 * All readable as a standard user, all by value (detection-more.md 3.2):
 * - Remote Desktop: `fDenyTSConnections` under Control\Terminal Server (0 = connections allowed), with
 *   the Group Policy value under Policies\…\Terminal Services winning when present; the RDP port from
 *   WinStations\RDP-Tcp `PortNumber`. Home editions cannot host Remote Desktop (judged by listeners).
 * - OpenSSH server: `sc.exe query sshd` (STATE number; exit 1060 = not installed) and `sc.exe qc sshd`
 *   (START_TYPE number: 2 automatic = starts at boot, 3 manual, 4 disabled).
 * - Listening sockets: `Get-NetTCPConnection -State Listen` as JSON (addresses and port numbers,
 *   never netstat's translated state column).
 *
 * fail: Remote Desktop allowed (Pro and up), sshd running or set to start automatically, or a
 * reachable listener on 22, the RDP port or 5900-5999. pass: all of it read, none of it. unknown:
 * something unread and nothing already failing.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import type { CommandOutcome } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import {
  commandProblemMsg,
  describeCommand,
  fail,
  msg,
  pass,
  semicolonList,
  uniqueMsgs,
  unknown,
} from '../verdict'
import {
  CURRENT_VERSION_ARGV,
  editionMsg,
  isCompleteOutput,
  POWERSHELL_TIMEOUT_MS,
  powershellArgv,
  readWindowsEdition,
} from '../win32/common'
import { readRegKey, regDword, regQueryArgv, type RegKeyRead } from '../win32/reg'
import { codeName, parseServiceState, parseStartType, SERVICE_STATES, START_TYPES } from '../win32/sc'
import {
  isLoopbackAddress,
  listeningMsg,
  loopbackMsg,
  remoteListeners,
  type Listener,
  type ListenerTable,
} from './listeners'

const TS_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server'
export const RDP_ARGV = regQueryArgv(TS_KEY, '/v', 'fDenyTSConnections')
export const RDP_POLICY_ARGV = regQueryArgv(
  'HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\Terminal Services',
  '/v',
  'fDenyTSConnections',
)
export const RDP_PORT_ARGV = regQueryArgv(`${TS_KEY}\\WinStations\\RDP-Tcp`, '/v', 'PortNumber')
export const SSHD_QUERY = ['sc.exe', 'query', 'sshd']
export const SSHD_QC = ['sc.exe', 'qc', 'sshd']
export const LISTENERS_ARGV = powershellArgv(
  'ConvertTo-Json -Compress -InputObject @(Get-NetTCPConnection -State Listen -ErrorAction Stop | Select-Object LocalAddress,LocalPort)',
)
/** sc.exe's exit code when the service does not exist (ERROR_SERVICE_DOES_NOT_EXIST). */
const NOT_INSTALLED = 1060

const REQUIREMENT = msg('check.remote-access.win32.requirement')

/**
 * The JSON array `Get-NetTCPConnection | Select-Object LocalAddress,LocalPort | ConvertTo-Json`
 * prints. Every element must have a string address and a port number; null for anything else.
 */
export function parseNetTcpListeners(stdout: string): ListenerTable | null {
  if (!isCompleteOutput(stdout) || stdout.trim() === '') return null
  let data: unknown
  try {
    data = JSON.parse(stdout)
  } catch {
    return null
  }
  const items = Array.isArray(data) ? data : [data]
  const listeners: Listener[] = []
  let unparsed = 0
  for (const item of items) {
    const o = item as { LocalAddress?: unknown; LocalPort?: unknown } | null
    const addr = o?.LocalAddress
    const port = o?.LocalPort
    if (
      typeof addr !== 'string' ||
      !/^[0-9a-fA-F.:]+(%\d+)?$/.test(addr) ||
      typeof port !== 'number' ||
      !Number.isInteger(port) ||
      port < 0 ||
      port > 65535
    ) {
      unparsed++
      continue
    }
    const [address, scope] = addr.split('%') as [string, string | undefined]
    listeners.push({ address, port, loopback: isLoopbackAddress(address, scope ?? null) })
  }
  // Windows always listens on something (RPC on 135 at least): an empty list is not believable.
  if (listeners.length === 0) return null
  return { listeners, unparsed }
}

type Rdp =
  | { kind: 'allowed'; via: 'policy' | 'local' }
  | { kind: 'denied'; via: 'policy' | 'local' | 'default' }
  | { kind: 'problem'; reason: Msg }

/** The effective Remote Desktop setting: a policy value wins; 0 allows, 1 denies. */
export function effectiveRdp(local: RegKeyRead, policy: RegKeyRead): Rdp {
  const value = (r: RegKeyRead): number | 'absent' | Msg | string => {
    if (r.kind === 'missing') return 'absent'
    if (r.kind === 'error') return r.reasonMsg ?? r.reason
    const v = regDword(r.values, 'fDenyTSConnections')
    if (v.kind === 'absent') return 'absent'
    if (v.kind === 'invalid') return v.detailMsg
    return v.value
  }
  const p = value(policy)
  if (typeof p === 'number')
    return p === 0 ? { kind: 'allowed', via: 'policy' } : { kind: 'denied', via: 'policy' }
  const l = value(local)
  if (typeof l === 'number' && l === 0) return { kind: 'allowed', via: 'local' }
  // The policy could not be read: a local "denied" may be overridden by it.
  if (p !== 'absent')
    return { kind: 'problem', reason: msg('check.remote-access.win32.problem.policyUnreadable', { why: p }) }
  if (typeof l === 'number') return { kind: 'denied', via: 'local' }
  if (l === 'absent') return { kind: 'denied', via: 'default' }
  return { kind: 'problem', reason: msg('check.remote-access.win32.problem.settingUnreadable', { why: l }) }
}

type Sshd =
  | { kind: 'absent' }
  | { kind: 'state'; state: number; start: number | null; startProblem: Msg | null }
  | { kind: 'problem'; reason: Msg }

function readSshd(query: CommandOutcome, qc: CommandOutcome): Sshd {
  if (query.kind === 'exit' && query.exitCode === NOT_INSTALLED) return { kind: 'absent' }
  const p = commandProblemMsg(SSHD_QUERY, query)
  if (p !== null || query.kind !== 'exit')
    return { kind: 'problem', reason: p ?? msg('check.common.noAnswer') }
  const state = parseServiceState(query.stdout)
  if (state === null)
    return { kind: 'problem', reason: msg('check.remote-access.win32.problem.noServiceState') }
  let start: number | null = null
  let startProblem: Msg | null = null
  if (qc.kind === 'exit' && qc.exitCode === 0) {
    start = parseStartType(qc.stdout)
    if (start === null) startProblem = msg('check.remote-access.win32.problem.noStartType')
  } else {
    startProblem = commandProblemMsg(SSHD_QC, qc) ?? msg('check.common.noAnswer')
  }
  return { kind: 'state', state, start, startProblem }
}

export const win32Strategy: CheckStrategy = {
  probes: {
    commands: [
      RDP_ARGV,
      RDP_POLICY_ARGV,
      RDP_PORT_ARGV,
      SSHD_QUERY,
      SSHD_QC,
      LISTENERS_ARGV,
      CURRENT_VERSION_ARGV,
    ],
    files: [],
    notes: [
      'fDenyTSConnections (local and Group Policy) and the RDP port number from the registry',
      'sc.exe query/qc sshd: OpenSSH server state and start type by number (1060 = not installed)',
      'Get-NetTCPConnection -State Listen as JSON: listeners on 22, the RDP port and 5900-5999',
      'EditionID: Home editions cannot accept Remote Desktop connections',
    ],
  },
  run,
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const [local, policy, portKey, query, qc, ps, edition] = await Promise.all([
    readRegKey(ctx.probe, RDP_ARGV),
    readRegKey(ctx.probe, RDP_POLICY_ARGV),
    readRegKey(ctx.probe, RDP_PORT_ARGV),
    ctx.probe.run(SSHD_QUERY, { timeoutMs: 10_000 }),
    ctx.probe.run(SSHD_QC, { timeoutMs: 10_000 }),
    ctx.probe.run(LISTENERS_ARGV, { timeoutMs: POWERSHELL_TIMEOUT_MS }),
    readWindowsEdition(ctx.probe),
  ])
  const sources = [RDP_ARGV, RDP_POLICY_ARGV, RDP_PORT_ARGV, SSHD_QUERY, SSHD_QC, LISTENERS_ARGV].map((a) =>
    describeCommand(a),
  )
  const exposures: { fix: string; text: Msg }[] = []
  const observed: Msg[] = [editionMsg(edition)]
  const problems: Msg[] = []

  // Listening sockets first: the other sources are judged against them.
  let rdpPort = 3389
  if (portKey.kind === 'values') {
    const v = regDword(portKey.values, 'PortNumber')
    if (v.kind === 'value' && v.value >= 1 && v.value <= 65535) rdpPort = v.value
  }
  if (rdpPort !== 3389) observed.push(msg('check.remote-access.win32.observed.rdpPort', { port: rdpPort }))
  const psProblem = commandProblemMsg(LISTENERS_ARGV, ps)
  const table = psProblem === null && ps.kind === 'exit' ? parseNetTcpListeners(ps.stdout) : null
  if (table === null)
    problems.push(
      msg('check.remote-access.win32.problem.listenersUnreadable', {
        why: psProblem ?? msg('check.remote-access.win32.problem.noUsableList'),
      }),
    )
  else if (table.unparsed > 0)
    problems.push(msg('check.remote-access.win32.problem.listenersUnparsed', { count: table.unparsed }))
  const remote = table === null ? { open: [], local: [] } : remoteListeners(table, { rdpPort })
  const openOf = (kind: 'ssh' | 'rdp' | 'vnc') => remote.open.filter((l) => l.kind === kind)
  const localOf = (kind: 'ssh' | 'rdp' | 'vnc') => remote.local.filter((l) => l.kind === kind)

  // Remote Desktop.
  const rdp = effectiveRdp(local, policy)
  if (rdp.kind === 'allowed') {
    const text =
      rdp.via === 'policy'
        ? msg('check.remote-access.win32.rdp.onPolicy')
        : msg('check.remote-access.win32.rdp.onLocal')
    if (edition.family === 'home') {
      // Home editions run the service but cannot accept connections: judge them by the listener.
      if (table === null)
        problems.push(msg('check.remote-access.win32.problem.rdpHomeUnconfirmed', { rdp: text }))
      else if (openOf('rdp').length === 0)
        observed.push(
          msg('check.remote-access.win32.observed.rdpHomeNoListener', { rdp: text, port: rdpPort }),
        )
    } else {
      exposures.push({
        fix: rdp.via === 'policy' ? 'remote-access.win32.rdp-policy' : 'remote-access.win32.rdp',
        text,
      })
    }
  } else if (rdp.kind === 'denied') {
    observed.push(
      rdp.via === 'policy'
        ? msg('check.remote-access.win32.observed.rdpOffPolicy')
        : rdp.via === 'local'
          ? msg('check.remote-access.win32.observed.rdpOffLocal')
          : msg('check.remote-access.win32.observed.rdpNeverOn'),
    )
  } else {
    problems.push(rdp.reason)
  }
  for (const l of openOf('rdp'))
    exposures.push({
      fix: 'remote-access.win32.rdp',
      text: listeningMsg(l),
    })

  // OpenSSH server.
  const sshd = readSshd(query, qc)
  if (sshd.kind === 'absent') observed.push(msg('check.remote-access.win32.observed.sshdAbsent'))
  else if (sshd.kind === 'problem')
    problems.push(msg('check.remote-access.win32.problem.sshdUnreadable', { why: sshd.reason }))
  else {
    const stateName = codeName(SERVICE_STATES, sshd.state)
    const startName = sshd.start === null ? null : codeName(START_TYPES, sshd.start)
    if (sshd.state !== SERVICE_STATES['STOPPED']) {
      if (table !== null && openOf('ssh').length === 0 && localOf('ssh').length > 0)
        observed.push(msg('check.remote-access.win32.observed.sshdLoopback'))
      else
        exposures.push({
          fix: 'remote-access.win32.openssh',
          text: msg('check.remote-access.win32.exposure.sshdRunning', { state: stateName }),
        })
    } else if (sshd.start === START_TYPES['AUTO_START']) {
      exposures.push({
        fix: 'remote-access.win32.openssh',
        text: msg('check.remote-access.win32.exposure.sshdAuto'),
      })
    } else if (sshd.start === null) {
      problems.push(
        msg('check.remote-access.win32.problem.sshdStartUnreadable', { why: sshd.startProblem ?? '' }),
      )
    } else {
      observed.push(msg('check.remote-access.win32.observed.sshdStopped', { start: startName ?? '' }))
    }
  }
  for (const l of openOf('ssh'))
    exposures.push({
      fix: 'remote-access.win32.openssh',
      text: listeningMsg(l),
    })
  for (const l of openOf('vnc'))
    exposures.push({
      fix: 'remote-access.win32.listener',
      text: listeningMsg(l),
    })
  for (const l of remote.local) observed.push(loopbackMsg(l))
  if (table !== null && remote.open.length === 0)
    observed.push(msg('check.remote-access.win32.observed.nothingListens'))

  if (exposures.length > 0) {
    return fail({
      summary: msg('check.remote-access.win32.summary.on'),
      observed: [...uniqueMsgs(exposures.map((e) => e.text)), ...observed],
      requirement: REQUIREMENT,
      remediationId: (exposures[0] as { fix: string }).fix,
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
      summary: msg('check.remote-access.common.summary.unconfirmed'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'remote-access.unknown',
      reason: msg('check.remote-access.common.reason.problems', { problems: semicolonList(problems) }),
      sources,
    })
  }
  return pass({
    summary: msg('check.remote-access.win32.summary.off'),
    observed,
    requirement: REQUIREMENT,
    remediationId: 'remote-access.win32.rdp',
    sources,
  })
}
