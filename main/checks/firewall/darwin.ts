/**
 * firewall on macOS: the built-in application firewall (ALF).
 *
 * Primary source: `socketfilterfw --getglobalstate`, value `(State = N)`. On macOS 15 unprivileged
 * reads of socketfilterfw were reported unreliable on some builds (Pareto Security moved the call into
 * a root helper there; the alf plist is gone since 15), so on 15 — and whenever the version is
 * unknown — the check also asks `system_profiler -json SPFirewallDataType` and says `unknown` if the
 * two disagree. system_profiler is also the fallback when socketfilterfw gives no usable answer.
 * Third-party firewalls (Little Snitch, LuLu) are not counted: the policy asks for the built-in one.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import { describeVersion, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import type { CheckStrategy } from '../types'
import { commandProblem, describeCommand, fail, pass, unknown } from '../verdict'
import {
  describeFirewallState,
  isProtecting,
  parseGlobalState,
  parseSystemProfilerFirewall,
  type FirewallState,
  type Parsed,
} from './darwin-parse'

const SOCKETFILTERFW: readonly string[] = [
  '/usr/libexec/ApplicationFirewall/socketfilterfw',
  '--getglobalstate',
]
const SYSTEM_PROFILER: readonly string[] = ['/usr/sbin/system_profiler', '-json', 'SPFirewallDataType']
const REQUIREMENT = 'the macOS firewall is on'

/** The macOS firewall strategy. */
export const darwinStrategy: CheckStrategy = {
  probes: {
    commands: [SOCKETFILTERFW, SYSTEM_PROFILER, SW_VERS_ARGV],
    files: [],
    notes: [
      'socketfilterfw --getglobalstate: firewall state as (State = 0/1/2)',
      'system_profiler -json SPFirewallDataType: second opinion on macOS 15, fallback elsewhere',
      'sw_vers: macOS version (decides whether the second opinion is needed)',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const [sfwOut, version] = await Promise.all([
      ctx.probe.run(SOCKETFILTERFW, { timeoutMs: 10_000 }),
      readMacosVersion(ctx.probe),
    ])
    const turnOn = remediationForVersion('firewall.darwin.turn-on', version)
    const versionLine = describeVersion(version)
    const place =
      version !== null && version.major <= 12
        ? 'System Preferences › Security & Privacy › Firewall'
        : 'System Settings › Network › Firewall'

    const sfwProblem = commandProblem(SOCKETFILTERFW, sfwOut)
    const sfw: Parsed<FirewallState> =
      sfwProblem !== null || sfwOut.kind !== 'exit'
        ? { ok: false, detail: sfwProblem ?? 'no answer' }
        : parseGlobalState(sfwOut.stdout)

    // macOS 15 (or an unknown version): a second opinion is required before a pass.
    const crossCheck = version === null || version.major === 15
    let sp: Parsed<FirewallState> | null = null
    if (crossCheck || !sfw.ok) {
      const spOut = await ctx.probe.run(SYSTEM_PROFILER, { timeoutMs: 15_000 })
      const spProblem = commandProblem(SYSTEM_PROFILER, spOut)
      sp =
        spProblem !== null || spOut.kind !== 'exit'
          ? { ok: false, detail: spProblem ?? 'no answer' }
          : parseSystemProfilerFirewall(spOut.stdout)
    }

    const sources = [
      describeCommand(SOCKETFILTERFW),
      ...(sp !== null ? [describeCommand(SYSTEM_PROFILER)] : []),
    ]
    const observed: string[] = []
    if (sfw.ok) observed.push(`socketfilterfw: firewall ${describeFirewallState(sfw.value)}`)
    if (sp?.ok) observed.push(`system_profiler: firewall ${describeFirewallState(sp.value)}`)
    if (versionLine) observed.push(versionLine)

    const judge = (state: FirewallState): CheckVerdict =>
      isProtecting(state)
        ? pass({
            summary:
              state === 'block-all'
                ? 'The firewall is on and blocks all incoming connections'
                : 'The firewall is on',
            observed,
            requirement: REQUIREMENT,
            remediationId: turnOn,
            sources,
          })
        : fail({
            summary: 'The firewall is off',
            observed,
            requirement: REQUIREMENT,
            remediationId: turnOn,
            sources,
          })

    if (sfw.ok && sp?.ok) {
      if (isProtecting(sfw.value) !== isProtecting(sp.value)) {
        return unknown({
          summary: 'Two macOS tools disagree about the firewall',
          observed,
          requirement: REQUIREMENT,
          remediationId: 'firewall.unknown',
          reason: `socketfilterfw says the firewall is ${describeFirewallState(sfw.value)} but system_profiler says it is ${describeFirewallState(sp.value)}. Open ${place}, make sure it is on, then check again.`,
          sources,
        })
      }
      return judge(sfw.value)
    }
    if (sfw.ok) {
      // No usable second opinion. An "off" answer is a fail either way; an "on" answer needs the
      // confirmation on macOS 15 (or when the version is unknown).
      if (!crossCheck || !isProtecting(sfw.value)) return judge(sfw.value)
      return unknown({
        summary: 'Could not confirm that the firewall is on',
        observed,
        requirement: REQUIREMENT,
        remediationId: 'firewall.unknown',
        reason: `socketfilterfw says the firewall is on, but on ${versionLine ?? 'this macOS version'} that answer needs confirming and system_profiler could not be read (${sp?.ok === false ? sp.detail : 'not run'}). Check ${place} yourself, then check again.`,
        sources,
      })
    }
    if (sp?.ok) return judge(sp.value)
    return unknown({
      summary: 'Could not read the firewall state',
      observed,
      requirement: REQUIREMENT,
      remediationId: 'firewall.unknown',
      reason: `socketfilterfw: ${sfw.detail}; system_profiler: ${sp?.ok === false ? sp.detail : 'not run'}. Check ${place} yourself, then check again.`,
      sources,
    })
  },
}
