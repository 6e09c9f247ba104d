/**
 * remote-access on Linux: no SSH server, remote-desktop server (GNOME Remote Desktop, xrdp) or VNC
 * server lets someone log in to this laptop from the network.
 *
 * Two kinds of evidence, combined (detection-more.md 3.3): what is running or set to start, from
 * systemd's unit state (`systemctl is-active` for the fixed unit names in one call, `is-enabled` per
 * unit, the user's own GNOME Remote Desktop unit with `--user`, enabled TigerVNC instances from the
 * `*.target.wants` folders), and what is actually listening, from `ss -ltnH` (no root needed for
 * listening TCP sockets; columns parsed, never text). Socket activation is why both are needed:
 * Ubuntu 22.10+ `ssh.socket` keeps port 22 open while `ssh.service` says inactive.
 *
 * - fail: a listener on 22, 3389 or 5900-5999 bound to a non-loopback address; or an SSH/RDP/VNC unit
 *   running that does not listen only on loopback; or such a unit enabled to start at boot.
 * - pass: `ss` read completely, every unit state read, nothing running or enabled (a server that
 *   listens only on 127.0.0.1/::1 is not reachable from the network: pass, said in `observed`).
 * - unknown: `ss` or a unit state could not be read and nothing already decides a fail.
 * In a container or WSL the laptop's remote access belongs to the host: unknown.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg, MsgValue } from '../../../shared/i18n/msg'
import type { CommandOutcome } from '../../probe/probe'
import { isEnabledState, parseIsEnabled } from '../auto-updates/linux-config'
import type { CheckContext, CheckStrategy } from '../types'
import {
  commandProblemMsg,
  commaList,
  describeCommand,
  fail,
  msg,
  pass,
  semicolonList,
  uniqueMsgs,
  unknown,
} from '../verdict'
import {
  listeningMsg,
  loopbackMsg,
  parseSsListeners,
  remoteListeners,
  type Listener,
  type ListenerTable,
  type RemotePort,
} from './listeners'

export const SS_ARGV: readonly string[] = ['ss', '-ltnH']

/** A remote-login service and the units and ports that belong to it. */
type Service = 'ssh' | 'gnome-remote-desktop' | 'xrdp' | 'vnc'

const SYSTEM_UNITS: readonly { readonly unit: string; readonly service: Service }[] = [
  { unit: 'ssh.service', service: 'ssh' },
  { unit: 'ssh.socket', service: 'ssh' },
  { unit: 'sshd.service', service: 'ssh' },
  { unit: 'sshd.socket', service: 'ssh' },
  { unit: 'gnome-remote-desktop.service', service: 'gnome-remote-desktop' },
  { unit: 'xrdp.service', service: 'xrdp' },
  { unit: 'x11vnc.service', service: 'vnc' },
]
export const IS_ACTIVE_ARGV: readonly string[] = [
  'systemctl',
  'is-active',
  ...SYSTEM_UNITS.map((u) => u.unit),
]
const isEnabledArgv = (unit: string): string[] => ['systemctl', 'is-enabled', unit]
export const USER_GRD_ACTIVE: readonly string[] = [
  'systemctl',
  '--user',
  'is-active',
  'gnome-remote-desktop.service',
]
export const USER_GRD_ENABLED: readonly string[] = [
  'systemctl',
  '--user',
  'is-enabled',
  'gnome-remote-desktop.service',
]
/** Where `systemctl enable vncserver@:1` puts its link (TigerVNC's template unit). */
export const WANTS_DIRS: readonly string[] = [
  '/etc/systemd/system/multi-user.target.wants',
  '/etc/systemd/system/graphical.target.wants',
]
const VNC_INSTANCE = /^(vncserver|x0vncserver|xvnc|tigervnc)[@-].*\.(service|socket)$/i

const PORTS_OF: Readonly<Record<Service, readonly RemotePort[]>> = {
  ssh: ['ssh'],
  'gnome-remote-desktop': ['rdp', 'vnc'],
  xrdp: ['rdp'],
  vnc: ['vnc'],
}

/** A service's name in words, at the start of a sentence. */
const serviceName = (service: Service): Msg => msg(`check.remote-access.linux.service.${service}`)

const REQUIREMENT = msg('check.remote-access.linux.requirement')

/** `systemctl is-active` states (one line per unit, in argv order). */
const ACTIVE_STATES = [
  'active',
  'reloading',
  'inactive',
  'failed',
  'activating',
  'deactivating',
  'maintenance',
  'refreshing',
] as const
type ActiveState = (typeof ACTIVE_STATES)[number]

/** One line per unit, each a known state; null when the output does not have that shape. */
export function parseIsActiveLines(stdout: string, count: number): ActiveState[] | null {
  if (!stdout.endsWith('\n')) return null
  const lines = stdout.split('\n').slice(0, -1)
  if (lines.length !== count) return null
  const out: ActiveState[] = []
  for (const l of lines) {
    const s = l.trim()
    if (!(ACTIVE_STATES as readonly string[]).includes(s)) return null
    out.push(s as ActiveState)
  }
  return out
}

/** Running (or about to run, or stopping): the service holds or is about to hold its sockets. */
function isRunning(s: ActiveState): boolean {
  return s !== 'inactive' && s !== 'failed'
}

/** is-active for several units in one call (systemd answers `inactive` for units that do not exist). */
function readActive(out: CommandOutcome, count: number): ActiveState[] | Msg {
  if (out.kind === 'error') return commandProblemMsg(IS_ACTIVE_ARGV, out) ?? msg('check.common.noAnswer')
  const command = describeCommand(IS_ACTIVE_ARGV)
  // Exit 0 when at least one unit is active, 3 when none; anything else (1: no systemd) is a failure.
  if (out.exitCode !== 0 && out.exitCode !== 3) {
    const stderr = out.stderr.trim()
    return stderr !== ''
      ? msg('check.remote-access.linux.problem.isActiveFailedWith', {
          command,
          code: out.exitCode,
          stderr: stderr.split('\n')[0] as string,
        })
      : msg('check.remote-access.linux.problem.isActiveFailed', { command, code: out.exitCode })
  }
  return (
    parseIsActiveLines(out.stdout, count) ??
    msg('check.remote-access.linux.problem.unexpectedAnswer', { command })
  )
}

/** is-enabled for one unit: its state (not-found when the unit does not exist), or a problem. */
function readEnabled(argv: readonly string[], out: CommandOutcome): { state: string } | { problem: Msg } {
  if (out.kind === 'error') return { problem: commandProblemMsg(argv, out) ?? msg('check.common.noAnswer') }
  const s = parseIsEnabled(out.stdout)
  if (s !== null) return { state: s }
  // systemd before 253: exit 1, nothing on stdout, "Failed to get unit file state for X: No such
  // file or directory" on stderr (systemd's messages are not translated).
  if (out.exitCode === 1 && out.stdout.trim() === '' && /No such file or directory/.test(out.stderr))
    return { state: 'not-found' }
  return {
    problem: msg('check.remote-access.linux.problem.unexpectedAnswer', { command: describeCommand(argv) }),
  }
}

/** Enablement states that say nothing about starting at boot either way. */
const UNCERTAIN_ENABLED = new Set(['generated', 'transient', 'bad'])

interface ServiceFacts {
  running: Msg[]
  /** Unit names, or the user's own unit in words. */
  bootEnabled: MsgValue[]
  installed: string[]
  problems: Msg[]
}

function debianFamily(fields: Readonly<Record<string, string>> | undefined): boolean {
  const ids = `${fields?.['ID'] ?? ''} ${fields?.['ID_LIKE'] ?? ''}`.toLowerCase()
  return /\b(debian|ubuntu)\b/.test(ids)
}

export const linuxStrategy: CheckStrategy = {
  probes: {
    commands: [
      [...SS_ARGV],
      [...IS_ACTIVE_ARGV],
      ...SYSTEM_UNITS.map((u) => isEnabledArgv(u.unit)),
      [...USER_GRD_ACTIVE],
      [...USER_GRD_ENABLED],
    ],
    files: [],
    dirs: [...WANTS_DIRS],
    notes: [
      'ss -ltnH lists listening TCP sockets (no root needed); ports 22, 3389 and 5900-5999 on a non-loopback address fail',
      'systemctl is-active / is-enabled: ssh and sshd (service and socket), gnome-remote-desktop, xrdp, x11vnc; the user’s own gnome-remote-desktop with --user',
      'the *.target.wants folders are listed for enabled TigerVNC instances (vncserver@:N.service)',
    ],
  },
  run,
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const host = await ctx.facts.hostKind()
  if (host.kind === 'container' || host.kind === 'wsl') {
    const wsl = host.kind === 'wsl'
    return unknown({
      summary: wsl
        ? msg('check.remote-access.linux.summary.wsl')
        : msg('check.remote-access.linux.summary.container'),
      observed: [
        wsl
          ? msg('check.remote-access.linux.observed.wsl')
          : msg('check.remote-access.linux.observed.container', {
              runtime: host.detail ?? msg('check.remote-access.linux.unknownRuntime'),
            }),
      ],
      requirement: REQUIREMENT,
      remediationId: 'remote-access.linux.host',
      reason: wsl
        ? msg('check.remote-access.linux.reason.wsl')
        : msg('check.remote-access.linux.reason.container'),
    })
  }

  const sources: string[] = [describeCommand(SS_ARGV), describeCommand(IS_ACTIVE_ARGV)]
  const enabledArgvs = SYSTEM_UNITS.map((u) => isEnabledArgv(u.unit))
  const [ssOut, activeOut, userActiveOut, userEnabledOut, ...rest] = await Promise.all([
    ctx.probe.run(SS_ARGV),
    ctx.probe.run(IS_ACTIVE_ARGV),
    ctx.probe.run(USER_GRD_ACTIVE),
    ctx.probe.run(USER_GRD_ENABLED),
    ...enabledArgvs.map((a) => ctx.probe.run(a)),
  ])
  const wants = await Promise.all(WANTS_DIRS.map((d) => ctx.probe.listDir(d)))
  sources.push(...enabledArgvs.map((a) => describeCommand(a)))
  sources.push(describeCommand(USER_GRD_ACTIVE), describeCommand(USER_GRD_ENABLED), ...WANTS_DIRS)

  const exposures: { service: Service | null; text: Msg }[] = []
  const problems: Msg[] = []
  const observed: Msg[] = []

  // 1. Listening sockets.
  let table: ListenerTable | null = null
  if (ssOut.kind === 'error' || ssOut.exitCode !== 0) {
    problems.push(
      msg('check.remote-access.linux.problem.ssUnreadable', {
        why: commandProblemMsg(SS_ARGV, ssOut) ?? msg('check.remote-access.linux.problem.ssFailed'),
      }),
    )
  } else {
    table = parseSsListeners(ssOut.stdout)
    if (table === null) problems.push(msg('check.remote-access.linux.problem.ssCut'))
    else if (table.unparsed > 0)
      problems.push(msg('check.remote-access.linux.problem.ssUnparsed', { count: table.unparsed }))
  }
  const remote = table === null ? { open: [], local: [] } : remoteListeners(table)
  for (const l of remote.open) exposures.push({ service: null, text: listeningMsg(l) })
  for (const l of remote.local) observed.push(loopbackMsg(l))
  if (table !== null && remote.open.length === 0)
    observed.push(msg('check.remote-access.linux.observed.nothingListens'))
  let quiet = true

  // 2. Unit state, grouped per service.
  const facts = new Map<Service, ServiceFacts>()
  const factsOf = (s: Service): ServiceFacts => {
    let f = facts.get(s)
    if (f === undefined) {
      f = { running: [], bootEnabled: [], installed: [], problems: [] }
      facts.set(s, f)
    }
    return f
  }
  const active = readActive(activeOut, SYSTEM_UNITS.length)
  SYSTEM_UNITS.forEach((u, i) => {
    const f = factsOf(u.service)
    if (!Array.isArray(active)) f.problems.push(active)
    else if (isRunning(active[i] as ActiveState))
      f.running.push(msg('check.remote-access.linux.unitState', { unit: u.unit, state: active[i] as string }))
    const en = readEnabled(enabledArgvs[i] as string[], rest[i] as CommandOutcome)
    if ('problem' in en) f.problems.push(en.problem)
    else if (isEnabledState(en.state) && en.state !== 'alias') f.bootEnabled.push(u.unit)
    else if (UNCERTAIN_ENABLED.has(en.state))
      f.problems.push(
        msg('check.remote-access.linux.problem.uncertainEnabled', { unit: u.unit, state: en.state }),
      )
    if (!('problem' in en) && en.state !== 'not-found') f.installed.push(u.unit)
  })
  // The user's own GNOME Remote Desktop (Settings › Sharing / System › Remote Desktop, per user).
  const userFacts = factsOf('gnome-remote-desktop')
  const ua = userActiveOut.kind === 'exit' ? parseIsActiveLines(userActiveOut.stdout, 1) : null
  const ue = readEnabled(USER_GRD_ENABLED, userEnabledOut)
  const noSession = ctx.facts.desktop().kind === 'none'
  if (ua !== null && isRunning(ua[0] as ActiveState))
    userFacts.running.push(msg('check.remote-access.linux.userUnitState', { state: ua[0] as string }))
  if (!('problem' in ue) && isEnabledState(ue.state))
    userFacts.bootEnabled.push(msg('check.remote-access.linux.userUnit'))
  if (ua === null || 'problem' in ue) {
    if (noSession) observed.push(msg('check.remote-access.linux.observed.userNoSession'))
    else userFacts.problems.push(msg('check.remote-access.linux.problem.userUnreadable'))
  }
  // TigerVNC and similar template instances enabled at boot.
  wants.forEach((w, i) => {
    if (w.kind === 'error') {
      if (w.error !== 'ENOENT')
        problems.push(msg('check.remote-access.linux.problem.cannotList', { path: WANTS_DIRS[i] as string }))
      return
    }
    for (const name of w.names.filter((n) => VNC_INSTANCE.test(n))) factsOf('vnc').bootEnabled.push(name)
  })

  for (const [service, f] of facts) {
    const name = serviceName(service)
    const ports = PORTS_OF[service]
    const running = commaList(f.running)
    const bootEnabled = commaList(f.bootEnabled)
    if (f.running.length > 0 || f.bootEnabled.length > 0) quiet = false
    if (f.running.length > 0) {
      if (table === null) {
        exposures.push({
          service,
          text: msg('check.remote-access.linux.exposure.running', { name, units: running }),
        })
        continue
      }
      const mine = (ls: readonly (Listener & { kind: RemotePort })[]) =>
        ls.filter((l) => ports.includes(l.kind))
      if (mine(remote.open).length > 0) {
        exposures.push({
          service,
          text: msg('check.remote-access.linux.exposure.running', { name, units: running }),
        })
      } else if (mine(remote.local).length > 0) {
        observed.push(msg('check.remote-access.linux.observed.loopbackOnly', { name }))
        if (f.bootEnabled.length > 0)
          observed.push(msg('check.remote-access.linux.observed.startsAtBoot', { name, units: bootEnabled }))
      } else {
        exposures.push({
          service,
          text: msg('check.remote-access.linux.exposure.runningOtherPort', { name, units: running }),
        })
      }
      continue
    }
    if (f.bootEnabled.length > 0) {
      exposures.push({
        service,
        text: msg('check.remote-access.linux.exposure.bootEnabled', { name, units: bootEnabled }),
      })
      continue
    }
    if (f.problems.length > 0) {
      problems.push(...f.problems)
      continue
    }
    if (f.installed.length > 0)
      observed.push(
        msg('check.remote-access.linux.observed.installedOff', { name, units: commaList(f.installed) }),
      )
  }

  const uniqueProblems = uniqueMsgs(problems)
  const fixFor = (service: Service | null): string => {
    switch (service) {
      case 'ssh':
        return 'remote-access.linux.ssh'
      case 'gnome-remote-desktop':
        return 'remote-access.linux.gnome'
      case 'xrdp':
        return 'remote-access.linux.xrdp'
      case 'vnc':
        return 'remote-access.linux.vnc'
      case null:
        return 'remote-access.linux.listener'
    }
  }

  if (exposures.length > 0) {
    // A named service wins over a bare port for the fix; an open port 22 means SSH, and so on.
    const byService = exposures.find((e) => e.service !== null)?.service ?? null
    const openKind = remote.open[0]?.kind
    const service: Service | null =
      byService ??
      (openKind === 'ssh' ? 'ssh' : openKind === 'rdp' ? 'xrdp' : openKind === 'vnc' ? 'vnc' : null)
    let remediationId = fixFor(service)
    if (service === 'ssh') {
      const os = await ctx.facts.osRelease()
      if (!debianFamily(os?.fields)) remediationId = 'remote-access.linux.sshd'
    }
    return fail({
      summary: msg('check.remote-access.linux.summary.on'),
      observed: uniqueMsgs([...exposures.map((e) => e.text), ...observed]),
      requirement: REQUIREMENT,
      remediationId,
      ...(uniqueProblems.length > 0
        ? {
            reason: msg('check.remote-access.common.reason.alsoUnreadable', {
              problems: semicolonList(uniqueProblems),
            }),
          }
        : {}),
      sources,
    })
  }
  if (uniqueProblems.length > 0) {
    return unknown({
      summary: msg('check.remote-access.common.summary.unconfirmed'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'remote-access.unknown',
      reason: msg('check.remote-access.common.reason.problems', { problems: semicolonList(uniqueProblems) }),
      sources,
    })
  }
  return pass({
    summary: msg('check.remote-access.linux.summary.off'),
    observed: [...observed, ...(quiet ? [msg('check.remote-access.linux.observed.quiet')] : [])],
    requirement: REQUIREMENT,
    remediationId: 'remote-access.unknown',
    sources,
  })
}
