/**
 * firewall on Windows: Microsoft Defender Firewall on for the Private and Public profiles (Domain only
 * matters on domain-joined machines, which campaign staff laptops are not), its service running, and
 * no Group Policy turning it off; or else an enabled third-party firewall registered with Windows
 * Security Center (ESET, Norton… switch Windows' firewall off when they take over).
 *
 * Sources, in order of preference, all readable without admin rights:
 * 1. `Get-NetFirewallProfile` formatted as `Name=Enabled` (enum names, never translated);
 * 2. if PowerShell is unusable: the EnableFirewall DWORDs under SharedAccess\…\FirewallPolicy;
 * 3. if those are unreadable too: `netsh advfirewall show allprofiles state`, read by position with
 *    only the ON/OFF words of known languages (English, German). Never "every profile is on" over zero
 *    parsed profiles: that bug made another tool pass every non-English machine.
 * Group Policy (HKLM\SOFTWARE\Policies\Microsoft\WindowsFirewall) overrides the local values; the
 * firewall service (mpssvc) must be RUNNING (`sc query`, numeric state).
 */
import type { CheckVerdict } from '../../../shared/check-types'
import { describeCommand, type CommandOutcome } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { fail, pass, unknown } from '../verdict'
import { isCompleteOutput, POWERSHELL_TIMEOUT_MS, powershellArgv } from '../win32/common'
import { readRegKey, regDword, regQueryArgv, regSubkey, type RegKeyBlock } from '../win32/reg'
import { codeName, parseServiceState, SERVICE_STATES } from '../win32/sc'

export const PROFILE_ARGV = powershellArgv(
  "Get-NetFirewallProfile | ForEach-Object { $_.Name + '=' + $_.Enabled }",
)
export const THIRD_PARTY_ARGV = powershellArgv(
  "Get-CimInstance -Namespace root/SecurityCenter2 -ClassName FirewallProduct | ForEach-Object { $_.displayName + '|' + $_.productState }",
)
export const GPO_ARGV = regQueryArgv('HKLM\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall', '/s')
const LOCAL_POLICY_KEY = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\SharedAccess\\Parameters\\FirewallPolicy'
export const LOCAL_PRIVATE_ARGV = regQueryArgv(`${LOCAL_POLICY_KEY}\\StandardProfile`, '/v', 'EnableFirewall')
export const LOCAL_PUBLIC_ARGV = regQueryArgv(`${LOCAL_POLICY_KEY}\\PublicProfile`, '/v', 'EnableFirewall')
export const NETSH_ARGV = ['netsh.exe', 'advfirewall', 'show', 'allprofiles', 'state']
export const SERVICE_ARGV = ['sc.exe', 'query', 'mpssvc']

const REQUIREMENT =
  'Windows Firewall is on for private and public networks (or another firewall is on and registered with Windows Security)'

export type ProfileState = 'on' | 'off' | 'unknown'
export interface ProfileStates {
  readonly private: ProfileState
  readonly public: ProfileState
  readonly domain: ProfileState
}

/**
 * Parse `Name=Enabled` lines. Every non-empty line must be `Domain|Private|Public=True|False|NotConfigured`
 * and Private and Public must both appear, else null (the output is not what we asked for).
 * NotConfigured carries no evidence either way → unknown for that profile.
 */
export function parseProfileLines(stdout: string): ProfileStates | null {
  if (!isCompleteOutput(stdout)) return null
  const seen = new Map<string, ProfileState>()
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') continue
    const m = /^(Domain|Private|Public)=(True|False|NotConfigured)$/i.exec(line)
    if (!m) return null
    const name = (m[1] as string).toLowerCase()
    if (seen.has(name)) return null
    const v = (m[2] as string).toLowerCase()
    seen.set(name, v === 'true' ? 'on' : v === 'false' ? 'off' : 'unknown')
  }
  const priv = seen.get('private')
  const pub = seen.get('public')
  if (priv === undefined || pub === undefined) return null
  return { private: priv, public: pub, domain: seen.get('domain') ?? 'unknown' }
}

/** ON/OFF words of `netsh advfirewall … state` in the languages whose output has been seen. */
const NETSH_WORDS: Readonly<Record<string, ProfileState>> = {
  ON: 'on',
  OFF: 'off',
  EIN: 'on',
  AUS: 'off',
}

/**
 * Parse `netsh advfirewall show allprofiles state` by position: exactly three sections (Domain,
 * Private, Public, in that fixed order), each a dashed rule followed by one `<label>  <value>` line.
 * Headers and labels are translated and ignored; the value must be a known word. Anything else → null.
 */
export function parseNetshStates(stdout: string): ProfileStates | null {
  if (!isCompleteOutput(stdout)) return null
  const lines = stdout.split(/\r?\n/).map((l) => l.replace(/\s+$/, ''))
  const values: ProfileState[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^-{20,}$/.test(lines[i] as string)) continue
    const next = lines.slice(i + 1).find((l) => l.trim() !== '')
    const m = next === undefined ? null : /^\S.*?\s{2,}(\S+)$/.exec(next)
    const word = m ? NETSH_WORDS[(m[1] as string).toUpperCase()] : undefined
    if (word === undefined) return null
    values.push(word)
  }
  if (values.length !== 3) return null
  const [domain, priv, pub] = values as [ProfileState, ProfileState, ProfileState]
  return { domain, private: priv, public: pub }
}

/** One third-party firewall as Security Center reports it. */
export interface ThirdPartyFirewall {
  readonly name: string
  readonly productState: number
  readonly state: 'on' | 'off' | 'unclear'
}

/**
 * Decode WSC productState (community-derived, not documented by Microsoft): the middle byte
 * ((productState >> 8) & 0xFF) is 0x10 when the product is on and 0x00 when off; 0x01 and 0x11 have
 * been described as expired / snoozed. Only 0x10 counts as on; values other than 0x00/0x10 are
 * "unclear" and never pass.
 */
export function decodeProductState(productState: number): 'on' | 'off' | 'unclear' {
  const mid = (productState >>> 8) & 0xff
  if (mid === 0x10) return 'on'
  if (mid === 0x00) return 'off'
  return 'unclear'
}

/** Parse `displayName|productState` lines; null if a non-empty line has another shape. */
export function parseThirdParty(stdout: string): ThirdPartyFirewall[] | null {
  if (!isCompleteOutput(stdout)) return null
  const out: ThirdPartyFirewall[] = []
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '') continue
    const bar = line.lastIndexOf('|')
    if (bar <= 0) return null
    const name = line.slice(0, bar).trim()
    const stateText = line.slice(bar + 1).trim()
    if (!/^\d{1,10}$/.test(stateText)) return null
    const productState = Number(stateText)
    if (productState > 0xffffffff) return null
    out.push({ name, productState, state: decodeProductState(productState) })
  }
  return out
}

/** Group Policy EnableFirewall per profile: 1 → on, 0 → off, absent → null (local value applies). */
export interface GpoStates {
  readonly private: ProfileState | null
  readonly public: ProfileState | null
}

/** Read the GPO values from `reg query …\WindowsFirewall /s` blocks (null blocks: no policy key). */
export function parseGpo(blocks: readonly RegKeyBlock[] | null): GpoStates {
  if (blocks === null) return { private: null, public: null }
  const pick = (name: string): ProfileState | null => {
    const b = regSubkey(blocks, name)
    if (b === undefined) return null
    const v = regDword(b.values, 'EnableFirewall')
    if (v.kind === 'absent') return null
    if (v.kind === 'invalid') return 'unknown'
    return v.value === 1 ? 'on' : v.value === 0 ? 'off' : 'unknown'
  }
  // The legacy "Windows Firewall" template writes StandardProfile; only its "off" is applied to
  // private/public (conservatively: Windows may apply it there, and "on" from it is never needed).
  const legacy = pick('StandardProfile') === 'off' ? 'off' : null
  return { private: pick('PrivateProfile') ?? legacy, public: pick('PublicProfile') ?? legacy }
}

async function runCommand(ctx: CheckContext, argv: readonly string[], timeoutMs: number) {
  return ctx.probe.run(argv, { timeoutMs })
}

/** Short names for messages: the full command lines are in `sources`. */
const SHORT_NAMES: ReadonlyMap<readonly string[], string> = new Map([
  [PROFILE_ARGV, 'Get-NetFirewallProfile'],
  [THIRD_PARTY_ARGV, 'the Windows Security Center firewall list'],
  [NETSH_ARGV, 'netsh'],
  [SERVICE_ARGV, 'the firewall service state (sc query mpssvc)'],
])

/** Why a command gave no usable answer, in a short sentence; null if it exited 0. */
function problem(argv: readonly string[], out: CommandOutcome): string | null {
  const name = SHORT_NAMES.get(argv) ?? describeCommand(argv)
  if (out.kind === 'error') {
    switch (out.error) {
      case 'ENOENT':
        return `${name} is not available`
      case 'ETIMEDOUT':
        return `${name} did not answer in time`
      case 'EACCES':
        return `${name} could not be run (permission denied)`
      default:
        return `${name} could not be run (${out.error})`
    }
  }
  if (out.exitCode !== 0) return `${name} failed with exit code ${out.exitCode}`
  return null
}

interface LocalRead {
  readonly states: ProfileStates | null
  readonly via: string | null
  readonly problems: string[]
}

/** Local (non-policy) profile states from the first source that gives a complete answer. */
async function readLocal(ctx: CheckContext): Promise<LocalRead> {
  const problems: string[] = []
  const ps = await runCommand(ctx, PROFILE_ARGV, POWERSHELL_TIMEOUT_MS)
  const psProblem = problem(PROFILE_ARGV, ps)
  if (psProblem === null && ps.kind === 'exit') {
    const parsed = parseProfileLines(ps.stdout)
    if (parsed !== null) return { states: parsed, via: 'Get-NetFirewallProfile', problems }
    problems.push('Get-NetFirewallProfile printed something other than Name=True/False lines')
  } else if (psProblem !== null) {
    problems.push(psProblem)
  }

  const [priv, pub] = await Promise.all([
    readRegKey(ctx.probe, LOCAL_PRIVATE_ARGV),
    readRegKey(ctx.probe, LOCAL_PUBLIC_ARGV),
  ])
  const dword = (r: typeof priv): ProfileState | null => {
    if (r.kind !== 'values') return null
    const v = regDword(r.values, 'EnableFirewall')
    return v.kind === 'value' && (v.value === 0 || v.value === 1) ? (v.value === 1 ? 'on' : 'off') : null
  }
  const p = dword(priv)
  const q = dword(pub)
  const registry: ProfileStates = { private: p ?? 'unknown', public: q ?? 'unknown', domain: 'unknown' }
  if (p !== null && q !== null) return { states: registry, via: 'registry (FirewallPolicy)', problems }
  for (const r of [priv, pub]) {
    if (r.kind === 'error')
      problems.push(`the EnableFirewall registry value could not be read (${regWhy(r.reason)})`)
    else if (r.kind === 'missing') problems.push('the EnableFirewall registry value is missing')
  }

  const netsh = await runCommand(ctx, NETSH_ARGV, 10_000)
  const netshProblem = problem(NETSH_ARGV, netsh)
  if (netshProblem === null && netsh.kind === 'exit') {
    const parsed = parseNetshStates(netsh.stdout)
    if (parsed !== null) return { states: parsed, via: 'netsh advfirewall', problems }
    problems.push('netsh printed states in a language or layout Preflight does not know')
  } else if (netshProblem !== null) {
    problems.push(netshProblem)
  }
  // One profile read from the registry still counts: "off" there decides a fail on its own.
  if (p !== null || q !== null) return { states: registry, via: 'registry (FirewallPolicy)', problems }
  return { states: null, via: null, problems }
}

/**
 * Combine local and policy values for one profile: policy wins. When the policy key could not be
 * read, the local value decides nothing: a policy may turn the profile on as well as off.
 */
export function effectiveState(
  local: ProfileState,
  gpo: ProfileState | null,
  gpoUnreadable: boolean,
): ProfileState {
  if (gpo !== null) return gpo
  if (gpoUnreadable) return 'unknown'
  return local
}

export const win32Strategy: CheckStrategy = {
  probes: {
    commands: [
      PROFILE_ARGV,
      THIRD_PARTY_ARGV,
      GPO_ARGV,
      LOCAL_PRIVATE_ARGV,
      LOCAL_PUBLIC_ARGV,
      NETSH_ARGV,
      SERVICE_ARGV,
    ],
    files: [],
    notes: [
      'Windows Firewall profile states (Get-NetFirewallProfile; registry and netsh only if PowerShell cannot answer)',
      'Group Policy firewall settings and the state of the firewall service (mpssvc)',
      'third-party firewalls registered with Windows Security Center, only when Windows Firewall is not fully on',
    ],
  },
  async run(ctx: CheckContext): Promise<CheckVerdict> {
    const [local, gpoRead, service] = await Promise.all([
      readLocal(ctx),
      readRegKey(ctx.probe, GPO_ARGV),
      runCommand(ctx, SERVICE_ARGV, 10_000),
    ])
    const observed: string[] = []
    const problems: string[] = [...local.problems]
    const sources: string[] = [describeCommand(GPO_ARGV), describeCommand(SERVICE_ARGV)]
    if (local.via === 'Get-NetFirewallProfile') sources.unshift(describeCommand(PROFILE_ARGV))
    else if (local.via === 'netsh advfirewall') sources.unshift(describeCommand(NETSH_ARGV))
    else if (local.via !== null)
      sources.unshift(describeCommand(LOCAL_PRIVATE_ARGV), describeCommand(LOCAL_PUBLIC_ARGV))

    const gpo = parseGpo(gpoRead.kind === 'values' ? gpoRead.blocks : null)
    if (gpoRead.kind === 'error')
      problems.push(`the firewall Group Policy key could not be read (${regWhy(gpoRead.reason)})`)
    if (gpo.private !== null) observed.push(`Group Policy sets the private profile ${gpo.private}`)
    if (gpo.public !== null) observed.push(`Group Policy sets the public profile ${gpo.public}`)

    // Service state: RUNNING (4) is required for the profile settings to mean anything.
    let serviceState: 'running' | 'not-running' | 'unknown' = 'unknown'
    const svcProblem = problem(SERVICE_ARGV, service)
    if (svcProblem === null && service.kind === 'exit') {
      const st = parseServiceState(service.stdout)
      if (st === null) problems.push('the state of the firewall service (mpssvc) could not be read')
      else {
        observed.push(`firewall service mpssvc: ${st} (${codeName(SERVICE_STATES, st)})`)
        serviceState = st === 4 ? 'running' : 'not-running'
      }
    } else if (svcProblem !== null) {
      problems.push(svcProblem)
    }

    let priv: ProfileState = 'unknown'
    let pub: ProfileState = 'unknown'
    if (local.states !== null) {
      observed.unshift(
        `${local.via}: domain ${local.states.domain}, private ${local.states.private}, public ${local.states.public}`,
      )
      priv = effectiveState(local.states.private, gpo.private, gpoRead.kind === 'error')
      pub = effectiveState(local.states.public, gpo.public, gpoRead.kind === 'error')
    } else {
      priv = gpo.private ?? 'unknown'
      pub = gpo.public ?? 'unknown'
    }

    const windowsOn = priv === 'on' && pub === 'on' && serviceState === 'running'
    if (windowsOn) {
      return pass({
        summary: 'Windows Firewall is on for private and public networks',
        observed,
        requirement: REQUIREMENT,
        remediationId: 'firewall.win32.turn-on',
        sources,
      })
    }
    const windowsOff = priv === 'off' || pub === 'off' || serviceState === 'not-running'

    // Windows Firewall is not (provably) fully on: is another firewall on?
    const tp = await runCommand(ctx, THIRD_PARTY_ARGV, POWERSHELL_TIMEOUT_MS)
    sources.push(describeCommand(THIRD_PARTY_ARGV))
    const tpProblem = problem(THIRD_PARTY_ARGV, tp)
    let thirdParty: ThirdPartyFirewall[] | null = null
    if (tpProblem === null && tp.kind === 'exit') {
      thirdParty = parseThirdParty(tp.stdout)
      if (thirdParty === null)
        problems.push('Windows Security Center listed firewalls in an unexpected format')
    } else if (tpProblem !== null) {
      problems.push(tpProblem)
    }
    for (const f of thirdParty ?? [])
      observed.push(`Windows Security Center: ${f.name} (productState ${f.productState}) is ${f.state}`)
    if (thirdParty !== null && thirdParty.length === 0)
      observed.push('no third-party firewall is registered with Windows Security Center')
    const enabled = (thirdParty ?? []).find((f) => f.state === 'on')
    if (enabled !== undefined) {
      return pass({
        summary: `${enabled.name || 'A third-party firewall'} is on`,
        observed,
        requirement: REQUIREMENT,
        remediationId: 'firewall.win32.turn-on',
        sources,
      })
    }

    // Windows Firewall off decides only once the list of other firewalls was read: one of them
    // being on would still pass.
    if (windowsOff && thirdParty !== null) {
      const gpoOff = gpo.private === 'off' || gpo.public === 'off'
      const what =
        serviceState === 'not-running'
          ? 'the Windows Firewall service is not running'
          : `Windows Firewall is off for ${[priv === 'off' ? 'private' : null, pub === 'off' ? 'public' : null].filter((x) => x !== null).join(' and ')} networks`
      return fail({
        summary: capitalise(what),
        observed,
        requirement: REQUIREMENT,
        remediationId: gpoOff
          ? 'firewall.win32.policy'
          : serviceState === 'not-running'
            ? 'firewall.win32.service'
            : 'firewall.win32.turn-on',
        sources,
        ...(problems.length > 0 ? { reason: `Also not readable: ${[...new Set(problems)].join('; ')}` } : {}),
      })
    }
    return unknown({
      summary: 'Could not confirm that a firewall is on',
      observed,
      requirement: REQUIREMENT,
      remediationId: 'firewall.unknown',
      reason: `${problems.length > 0 ? capitalise([...new Set(problems)].join('; ')) : 'Windows did not report the firewall state clearly'}. Open Windows Security › Firewall & network protection to check, then run the check again.`,
      sources,
    })
  },
}

/** The tail of a readRegKey reason ("… was refused: access denied" → "access denied"). */
function regWhy(reason: string): string {
  if (/access denied/.test(reason)) return 'access denied'
  if (/not available/.test(reason)) return 'reg.exe is not available'
  if (/did not finish/.test(reason)) return 'no answer in time'
  return reason.replace(/`[^`]*`\s*/g, '').trim() || 'unreadable'
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
