/**
 * Firewall on Linux: does this machine refuse unsolicited incoming connections?
 *
 * Evidence, strongest first:
 * 1. The live nftables ruleset of this network namespace (`nft -j list ruleset`). Readable only with
 *    root or CAP_NET_ADMIN; as a normal user nft says "Operation not permitted" and we move on. A
 *    filter chain on the input hook that ends in drop, for IPv4 and IPv6, is a pass by itself.
 * 2. The firewall front-ends' own state, readable by any user:
 *    - ufw: /etc/ufw/ufw.conf `ENABLED=yes` + /etc/default/ufw `DEFAULT_INPUT_POLICY` (the unit being
 *      "active" proves nothing: ufw.service is a oneshot that stays active when ufw is disabled);
 *    - firewalld: `firewall-cmd --state` (`running` exit 0, `not running` exit 252; a polkit denial
 *      is neither and stays unknown) + the default zone from firewalld.conf (`trusted` accepts all);
 *    - plain nftables: `systemctl is-active nftables` + the config file it loads, parsed for an
 *      input chain ending in drop (Debian's stock file has no policy, i.e. accept).
 * 3. Absence: when none of ufw, firewalld, nftables' config or saved iptables rules exists, and the
 *    tools that do exist say "off", we answer fail — there is no firewall software that could be
 *    protecting the machine. Anything we could not read keeps the answer at unknown.
 *
 * In a container or WSL the firewall that matters belongs to the host: unknown unless the live
 * ruleset of this namespace itself blocks incoming traffic.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import type { CommandOutcome } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import {
  andList,
  commandProblemMsg,
  commaList,
  describeCommand,
  fail,
  fileProblemMsg,
  msg,
  pass,
  semicolonList,
  unknown,
} from '../verdict'
import {
  describeChains,
  parseKeyValues,
  parseNftConfig,
  parseNftJson,
  ufwEnabled,
  ufwInputPolicyBlocks,
  type RulesetAnalysis,
} from './nft-ruleset'

const NFT = ['nft', '-j', 'list', 'ruleset'] as const
const FIREWALL_CMD = ['firewall-cmd', '--state'] as const
const UFW_CONF = '/etc/ufw/ufw.conf'
const UFW_DEFAULTS = '/etc/default/ufw'
const FIREWALLD_CONF = '/etc/firewalld/firewalld.conf'
const NFT_CONFS = ['/etc/nftables.conf', '/etc/sysconfig/nftables.conf'] as const
const IPTABLES_SAVED = ['/etc/iptables/rules.v4', '/etc/sysconfig/iptables'] as const

const REQUIREMENT = msg('check.firewall.linux.requirement')
/** A problem that should always have a description but, defensively, has none. */
const NO_ANSWER = msg('check.common.noAnswer')

export const linuxStrategy: CheckStrategy = {
  probes: {
    commands: [
      [...NFT],
      [...FIREWALL_CMD],
      ['systemctl', 'is-active', 'ufw'],
      ['systemctl', 'is-active', 'nftables'],
    ],
    files: [UFW_CONF, UFW_DEFAULTS, FIREWALLD_CONF, ...NFT_CONFS, ...IPTABLES_SAVED],
    notes: [
      'nft -j list ruleset works only with root rights; as a normal user Preflight falls back to the settings files',
      'ufw, firewalld and nftables are judged by their own settings, never by a service merely being "active"',
    ],
  },
  run,
}

type Live =
  | { kind: 'read'; analysis: RulesetAnalysis }
  | { kind: 'denied' }
  | { kind: 'missing' }
  | { kind: 'problem'; problem: Msg }

async function readLive(ctx: CheckContext): Promise<Live> {
  const out = await ctx.probe.run(NFT)
  if (out.kind === 'error') {
    return out.error === 'ENOENT'
      ? { kind: 'missing' }
      : { kind: 'problem', problem: commandProblemMsg(NFT, out) ?? NO_ANSWER }
  }
  if (out.exitCode !== 0) {
    if (/operation not permitted|permission denied|you must be root/i.test(out.stderr))
      return { kind: 'denied' }
    return { kind: 'problem', problem: commandProblemMsg(NFT, out) ?? NO_ANSWER }
  }
  const analysis = parseNftJson(out.stdout)
  if (analysis === null) return { kind: 'problem', problem: msg('check.firewall.linux.problem.nftNotJson') }
  return { kind: 'read', analysis }
}

/** One firewall tool's state, as far as a normal user can see it. */
interface ToolState {
  readonly tool: 'ufw' | 'firewalld' | 'nftables' | 'iptables'
  /** installed: its settings or program exist. */
  readonly installed: boolean
  /** on: positive evidence it blocks incoming traffic; off: positive evidence it does not. */
  readonly state: 'on' | 'off' | 'unknown' | 'absent'
  readonly observed: Msg[]
  readonly reason?: Msg
}

function systemctlActive(out: CommandOutcome): 'active' | 'inactive' | 'failed' | null {
  if (out.kind !== 'exit') return null
  const s = out.stdout.trim()
  if (s === 'active' || s === 'inactive' || s === 'failed') return s
  return null
}

async function ufwState(ctx: CheckContext, sources: string[]): Promise<ToolState> {
  const conf = await ctx.probe.readFile(UFW_CONF)
  if (conf.kind === 'error' && conf.error === 'ENOENT')
    return { tool: 'ufw', installed: false, state: 'absent', observed: [] }
  sources.push(UFW_CONF)
  if (conf.kind === 'error') {
    return {
      tool: 'ufw',
      installed: true,
      state: 'unknown',
      observed: [],
      reason: fileProblemMsg(UFW_CONF, conf) ?? NO_ANSWER,
    }
  }
  const enabled = ufwEnabled(conf.text)
  if (enabled === false)
    return {
      tool: 'ufw',
      installed: true,
      state: 'off',
      observed: [msg('check.firewall.linux.ufw.off')],
    }
  if (enabled === null)
    return {
      tool: 'ufw',
      installed: true,
      state: 'unknown',
      observed: [],
      reason: msg('check.firewall.linux.ufw.noEnabledLine', { path: UFW_CONF }),
    }
  const observed = [msg('check.firewall.linux.ufw.on')]
  const defaults = await ctx.probe.readFile(UFW_DEFAULTS)
  sources.push(UFW_DEFAULTS)
  const policy = defaults.kind === 'file' ? ufwInputPolicyBlocks(defaults.text) : null
  if (policy === false) {
    observed.push(msg('check.firewall.linux.ufw.acceptsAll'))
    return { tool: 'ufw', installed: true, state: 'off', observed }
  }
  if (policy === null) {
    return {
      tool: 'ufw',
      installed: true,
      state: 'unknown',
      observed,
      reason: msg('check.firewall.linux.ufw.defaultUnreadable', { path: UFW_DEFAULTS }),
    }
  }
  observed.push(msg('check.firewall.linux.ufw.refuses'))
  const unit = await ctx.probe.run(['systemctl', 'is-active', 'ufw'])
  sources.push('systemctl is-active ufw')
  if (systemctlActive(unit) === 'failed') {
    return {
      tool: 'ufw',
      installed: true,
      state: 'unknown',
      observed: [...observed, msg('check.firewall.linux.ufw.serviceFailed')],
      reason: msg('check.firewall.linux.ufw.serviceFailedReason'),
    }
  }
  return { tool: 'ufw', installed: true, state: 'on', observed }
}

async function firewalldState(ctx: CheckContext, sources: string[]): Promise<ToolState> {
  const out = await ctx.probe.run(FIREWALL_CMD)
  if (out.kind === 'error' && out.error === 'ENOENT')
    return { tool: 'firewalld', installed: false, state: 'absent', observed: [] }
  sources.push(describeCommand(FIREWALL_CMD))
  if (out.kind === 'error') {
    return {
      tool: 'firewalld',
      installed: true,
      state: 'unknown',
      observed: [],
      reason: commandProblemMsg(FIREWALL_CMD, out) ?? NO_ANSWER,
    }
  }
  const text = out.stdout.trim()
  if (out.exitCode === 252 && /^not running$/.test(text)) {
    return {
      tool: 'firewalld',
      installed: true,
      state: 'off',
      observed: [msg('check.firewall.linux.firewalld.notRunning')],
    }
  }
  if (out.exitCode !== 0 || text !== 'running') {
    const denied =
      out.exitCode === 253 || /authoriz|not authorized|access denied|polkit/i.test(out.stderr + out.stdout)
    return {
      tool: 'firewalld',
      installed: true,
      state: 'unknown',
      observed: [],
      reason: denied
        ? msg('check.firewall.linux.firewalld.denied')
        : msg('check.firewall.linux.firewalld.unexpected', {
            what: commandProblemMsg(FIREWALL_CMD, out) ?? 'firewall-cmd --state',
          }),
    }
  }
  const observed = [msg('check.firewall.linux.firewalld.running')]
  const conf = await ctx.probe.readFile(FIREWALLD_CONF)
  if (conf.kind === 'file') {
    sources.push(FIREWALLD_CONF)
    const zone = parseKeyValues(conf.text)['DefaultZone']
    if (zone !== undefined && zone !== '') {
      observed.push(msg('check.firewall.linux.firewalld.zone', { zone }))
      if (zone === 'trusted') {
        observed.push(msg('check.firewall.linux.firewalld.trusted'))
        return { tool: 'firewalld', installed: true, state: 'off', observed }
      }
      if (zone === 'FedoraWorkstation') observed.push(msg('check.firewall.linux.firewalld.fedoraWorkstation'))
    }
  }
  return { tool: 'firewalld', installed: true, state: 'on', observed }
}

async function nftablesState(ctx: CheckContext, sources: string[]): Promise<ToolState> {
  let path: string | null = null
  let text: string | null = null
  for (const p of NFT_CONFS) {
    const f = await ctx.probe.readFile(p)
    if (f.kind === 'error' && f.error === 'ENOENT') continue
    sources.push(p)
    path = p
    if (f.kind === 'file') text = f.text
    else
      return {
        tool: 'nftables',
        installed: true,
        state: 'unknown',
        observed: [],
        reason: fileProblemMsg(p, f) ?? NO_ANSWER,
      }
    break
  }
  if (path === null || text === null)
    return { tool: 'nftables', installed: false, state: 'absent', observed: [] }
  const unit = await ctx.probe.run(['systemctl', 'is-active', 'nftables'])
  sources.push('systemctl is-active nftables')
  const active = systemctlActive(unit)
  if (active === 'inactive' || active === 'failed') {
    return {
      tool: 'nftables',
      installed: true,
      state: 'off',
      observed: [msg('check.firewall.linux.nftables.serviceOff', { state: active, path })],
    }
  }
  if (active === null) {
    return {
      tool: 'nftables',
      installed: true,
      state: 'unknown',
      observed: [],
      reason: msg('check.firewall.linux.nftables.serviceUnclear', {
        problem:
          commandProblemMsg(['systemctl', 'is-active', 'nftables'], unit) ??
          msg('check.firewall.linux.nftables.unexpectedAnswer'),
      }),
    }
  }
  const analysis = parseNftConfig(text)
  if (analysis === null) {
    return {
      tool: 'nftables',
      installed: true,
      state: 'unknown',
      observed: [msg('check.firewall.linux.nftables.active')],
      reason: msg('check.firewall.linux.nftables.unparsable', { path }),
    }
  }
  const observed = [
    msg('check.firewall.linux.nftables.active'),
    ...describeChains(analysis).map((chain) =>
      msg('check.firewall.linux.observed.configChain', { path, chain }),
    ),
  ]
  if (analysis.ipv4Blocked && analysis.ipv6Blocked)
    return { tool: 'nftables', installed: true, state: 'on', observed }
  if (analysis.includes.length > 0) {
    return {
      tool: 'nftables',
      installed: true,
      state: 'unknown',
      observed,
      reason: msg('check.firewall.linux.nftables.includes', { path, files: commaList(analysis.includes) }),
    }
  }
  return {
    tool: 'nftables',
    installed: true,
    state: 'off',
    observed: [...observed, msg('check.firewall.linux.nftables.accepts')],
  }
}

async function iptablesState(ctx: CheckContext, sources: string[]): Promise<ToolState> {
  for (const p of IPTABLES_SAVED) {
    const f = await ctx.probe.readFile(p)
    if (f.kind === 'error' && f.error === 'ENOENT') continue
    sources.push(p)
    return {
      tool: 'iptables',
      installed: true,
      state: 'unknown',
      observed: [msg('check.firewall.linux.iptables.saved', { path: p })],
      reason: msg('check.firewall.linux.iptables.savedReason', { path: p }),
    }
  }
  return { tool: 'iptables', installed: false, state: 'absent', observed: [] }
}

function fixFor(tools: readonly ToolState[]): string {
  const installed = tools.filter((t) => t.installed).map((t) => t.tool)
  if (installed.includes('firewalld')) return 'firewall.linux.firewalld'
  if (installed.includes('ufw')) return 'firewall.linux.ufw'
  if (installed.includes('nftables')) return 'firewall.linux.nftables'
  return 'firewall.linux.install'
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const sources: string[] = []
  const live = await readLive(ctx)
  if (live.kind !== 'missing') sources.push(describeCommand(NFT))
  const liveObserved =
    live.kind === 'read'
      ? describeChains(live.analysis).map((chain) =>
          msg('check.firewall.linux.observed.liveChain', { chain }),
        )
      : []
  const liveBlocks = live.kind === 'read' && live.analysis.ipv4Blocked && live.analysis.ipv6Blocked
  if (liveBlocks) {
    return pass({
      summary: msg('check.firewall.linux.summary.refuses'),
      observed: liveObserved,
      requirement: REQUIREMENT,
      remediationId: 'firewall.linux.nftables',
      sources,
    })
  }

  const host = await ctx.facts.hostKind()
  if (host.kind === 'container' || host.kind === 'wsl') {
    const wsl = host.kind === 'wsl'
    return unknown({
      summary: wsl ? msg('check.firewall.linux.summary.wsl') : msg('check.firewall.linux.summary.container'),
      observed: [
        wsl
          ? msg('check.firewall.linux.observed.wsl')
          : msg('check.firewall.linux.observed.container', {
              runtime: host.detail ?? msg('check.firewall.linux.unknownRuntime'),
            }),
        ...liveObserved,
      ],
      requirement: REQUIREMENT,
      remediationId: 'firewall.linux.host',
      reason: wsl ? msg('check.firewall.linux.reason.wsl') : msg('check.firewall.linux.reason.container'),
      sources,
    })
  }

  // The tools are independent: ask them concurrently, then list their sources in a fixed order.
  const perTool: string[][] = [[], [], [], []]
  const tools = await Promise.all([
    ufwState(ctx, perTool[0] as string[]),
    firewalldState(ctx, perTool[1] as string[]),
    nftablesState(ctx, perTool[2] as string[]),
    iptablesState(ctx, perTool[3] as string[]),
  ])
  sources.push(...perTool.flat())
  const observed = [...tools.flatMap((t) => t.observed), ...liveObserved]
  const on = tools.filter((t) => t.state === 'on')
  const unsure = tools.filter((t) => t.state === 'unknown')
  if (live.kind === 'problem')
    unsure.push({ tool: 'nftables', installed: true, state: 'unknown', observed: [], reason: live.problem })

  if (on.length > 0) {
    if (live.kind === 'read') {
      // The tool says it is on, yet the live nftables rules show no blocking chain. ufw or firewalld
      // may be using the legacy iptables backend (invisible to nft): we cannot confirm either way.
      return unknown({
        summary: msg('check.firewall.linux.summary.notLive', { tools: andList(on.map((t) => t.tool)) }),
        observed,
        requirement: REQUIREMENT,
        remediationId: fixFor(on),
        reason: msg('check.firewall.linux.reason.notLive'),
        sources,
      })
    }
    return pass({
      summary: msg('check.firewall.linux.summary.on', { tools: commaList(on.map((t) => t.tool)) }),
      observed,
      requirement: REQUIREMENT,
      remediationId: fixFor(on),
      sources,
    })
  }
  if (unsure.length > 0) {
    return unknown({
      summary: msg('check.firewall.linux.summary.unconfirmed'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'firewall.unknown',
      reason: msg('check.firewall.linux.reason.unconfirmed', {
        reasons: semicolonList(unsure.map((t) => t.reason ?? NO_ANSWER)),
      }),
      sources,
    })
  }
  const installed = tools.filter((t) => t.installed)
  if (installed.length === 0 && live.kind !== 'read')
    observed.push(msg('check.firewall.linux.observed.noSoftware'))
  return fail({
    summary:
      installed.length === 0
        ? msg('check.firewall.linux.summary.none')
        : msg('check.firewall.linux.summary.off'),
    observed,
    requirement: REQUIREMENT,
    remediationId: fixFor(tools),
    ...(live.kind === 'denied' ? { reason: msg('check.firewall.linux.reason.allOff') } : {}),
    sources,
  })
}
