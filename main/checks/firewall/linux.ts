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
import type { CommandOutcome } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblem, describeCommand, fail, fileProblem, pass, unknown } from '../verdict'
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

const REQUIREMENT = 'A firewall is on and refuses incoming connections that were not explicitly allowed'

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
  | { kind: 'problem'; problem: string }

async function readLive(ctx: CheckContext): Promise<Live> {
  const out = await ctx.probe.run(NFT)
  if (out.kind === 'error') {
    return out.error === 'ENOENT'
      ? { kind: 'missing' }
      : { kind: 'problem', problem: commandProblem(NFT, out) ?? '' }
  }
  if (out.exitCode !== 0) {
    if (/operation not permitted|permission denied|you must be root/i.test(out.stderr))
      return { kind: 'denied' }
    return { kind: 'problem', problem: commandProblem(NFT, out) ?? '' }
  }
  const analysis = parseNftJson(out.stdout)
  if (analysis === null)
    return { kind: 'problem', problem: 'nft printed something that is not its JSON ruleset' }
  return { kind: 'read', analysis }
}

/** One firewall tool's state, as far as a normal user can see it. */
interface ToolState {
  readonly tool: 'ufw' | 'firewalld' | 'nftables' | 'iptables'
  /** installed: its settings or program exist. */
  readonly installed: boolean
  /** on: positive evidence it blocks incoming traffic; off: positive evidence it does not. */
  readonly state: 'on' | 'off' | 'unknown' | 'absent'
  readonly observed: string[]
  readonly reason?: string
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
      reason: fileProblem(UFW_CONF, conf) ?? '',
    }
  }
  const enabled = ufwEnabled(conf.text)
  if (enabled === false)
    return {
      tool: 'ufw',
      installed: true,
      state: 'off',
      observed: ['ufw is installed but turned off (ENABLED=no)'],
    }
  if (enabled === null)
    return {
      tool: 'ufw',
      installed: true,
      state: 'unknown',
      observed: [],
      reason: `${UFW_CONF} has no ENABLED=yes/no line`,
    }
  const observed = ['ufw is turned on (ENABLED=yes)']
  const defaults = await ctx.probe.readFile(UFW_DEFAULTS)
  sources.push(UFW_DEFAULTS)
  const policy = defaults.kind === 'file' ? ufwInputPolicyBlocks(defaults.text) : null
  if (policy === false) {
    observed.push('ufw lets all incoming connections in (DEFAULT_INPUT_POLICY="ACCEPT")')
    return { tool: 'ufw', installed: true, state: 'off', observed }
  }
  if (policy === null) {
    return {
      tool: 'ufw',
      installed: true,
      state: 'unknown',
      observed,
      reason: `ufw is on, but its default for incoming connections could not be read from ${UFW_DEFAULTS}`,
    }
  }
  observed.push('incoming connections are refused unless allowed (DEFAULT_INPUT_POLICY DROP/REJECT)')
  const unit = await ctx.probe.run(['systemctl', 'is-active', 'ufw'])
  sources.push('systemctl is-active ufw')
  if (systemctlActive(unit) === 'failed') {
    return {
      tool: 'ufw',
      installed: true,
      state: 'unknown',
      observed: [...observed, 'the ufw service failed to start'],
      reason: 'ufw is turned on but its service failed at start-up, so its rules may not be loaded',
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
      reason: commandProblem(FIREWALL_CMD, out) ?? '',
    }
  }
  const text = out.stdout.trim()
  if (out.exitCode === 252 && /^not running$/.test(text)) {
    return {
      tool: 'firewalld',
      installed: true,
      state: 'off',
      observed: ['firewalld is installed but not running'],
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
        ? 'firewalld refused to tell a normal user whether it is running (its permission policy denies the query)'
        : `${commandProblem(FIREWALL_CMD, out) ?? 'firewall-cmd --state'} printed an unexpected answer`,
    }
  }
  const observed = ['firewalld is running']
  const conf = await ctx.probe.readFile(FIREWALLD_CONF)
  if (conf.kind === 'file') {
    sources.push(FIREWALLD_CONF)
    const zone = parseKeyValues(conf.text)['DefaultZone']
    if (zone !== undefined && zone !== '') {
      observed.push(`default zone: ${zone}`)
      if (zone === 'trusted') {
        observed.push('the "trusted" zone lets every incoming connection in')
        return { tool: 'firewalld', installed: true, state: 'off', observed }
      }
      if (zone === 'FedoraWorkstation')
        observed.push('this zone allows incoming connections to ports 1025-65535')
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
        reason: fileProblem(p, f) ?? '',
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
      observed: [`the nftables service is ${active}, so ${path} is not loaded at start-up`],
    }
  }
  if (active === null) {
    return {
      tool: 'nftables',
      installed: true,
      state: 'unknown',
      observed: [],
      reason: `could not tell whether the nftables service is running (${commandProblem(['systemctl', 'is-active', 'nftables'], unit) ?? 'unexpected answer'})`,
    }
  }
  const analysis = parseNftConfig(text)
  if (analysis === null) {
    return {
      tool: 'nftables',
      installed: true,
      state: 'unknown',
      observed: ['the nftables service is active'],
      reason: `${path} could not be parsed`,
    }
  }
  const observed = ['the nftables service is active', ...describeChains(analysis).map((l) => `${path}: ${l}`)]
  if (analysis.ipv4Blocked && analysis.ipv6Blocked)
    return { tool: 'nftables', installed: true, state: 'on', observed }
  if (analysis.includes.length > 0) {
    return {
      tool: 'nftables',
      installed: true,
      state: 'unknown',
      observed,
      reason: `${path} includes other files (${analysis.includes.join(', ')}) that Preflight does not read`,
    }
  }
  return {
    tool: 'nftables',
    installed: true,
    state: 'off',
    observed: [...observed, 'this configuration accepts incoming connections'],
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
      observed: [`saved iptables rules exist (${p})`],
      reason: `saved iptables rules (${p}) are in use, and Preflight cannot tell from them alone whether they are loaded`,
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
    live.kind === 'read' ? describeChains(live.analysis).map((l) => `live rules: ${l}`) : []
  const liveBlocks = live.kind === 'read' && live.analysis.ipv4Blocked && live.analysis.ipv6Blocked
  if (liveBlocks) {
    return pass({
      summary: 'The firewall refuses incoming connections',
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
      summary: wsl
        ? 'The firewall of WSL is the Windows firewall'
        : 'The firewall cannot be judged from inside a container',
      observed: [
        wsl
          ? 'Running inside Windows Subsystem for Linux'
          : `Running inside a container (${host.detail ?? 'unknown runtime'})`,
        ...liveObserved,
      ],
      requirement: REQUIREMENT,
      remediationId: 'firewall.linux.host',
      reason: wsl
        ? 'Incoming connections reach WSL through Windows, so Windows Firewall is what protects it. Run Preflight on Windows to check it.'
        : 'Incoming connections reach a container through the computer it runs on, whose firewall is what protects it. Run Preflight directly on that computer.',
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
        summary: `${on.map((t) => t.tool).join(' and ')} is set to on, but the live firewall rules do not show it`,
        observed,
        requirement: REQUIREMENT,
        remediationId: fixFor(on),
        reason:
          'The settings say the firewall is on, but the rules active right now do not refuse incoming connections (or are kept by the older iptables system, which Preflight cannot read). Restart the computer and check again.',
        sources,
      })
    }
    return pass({
      summary: `The firewall is on (${on.map((t) => t.tool).join(', ')})`,
      observed,
      requirement: REQUIREMENT,
      remediationId: fixFor(on),
      sources,
    })
  }
  if (unsure.length > 0) {
    return unknown({
      summary: 'Could not confirm that a firewall is on',
      observed,
      requirement: REQUIREMENT,
      remediationId: 'firewall.unknown',
      reason: `${unsure.map((t) => t.reason).join('; ')}.`,
      sources,
    })
  }
  const installed = tools.filter((t) => t.installed)
  if (installed.length === 0 && live.kind !== 'read')
    observed.push('no firewall software (ufw, firewalld, nftables) is set up')
  return fail({
    summary: installed.length === 0 ? 'No firewall is set up' : 'The firewall is off',
    observed,
    requirement: REQUIREMENT,
    remediationId: fixFor(tools),
    ...(live.kind === 'denied'
      ? {
          reason:
            'Without administrator rights Preflight reads the firewall tools’ own settings; every tool it found is off.',
        }
      : {}),
    sources,
  })
}
