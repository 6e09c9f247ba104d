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
import type { Msg } from '../../../shared/i18n/msg'
import { macosVersionMsg, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import type { CheckStrategy } from '../types'
import { commandProblemMsg, describeCommand, fail, msg, pass, unknown } from '../verdict'
import {
  firewallStateMsg,
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
const REQUIREMENT = msg('check.firewall.darwin.requirement')

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
    const versionLine = macosVersionMsg(version)
    const place =
      version !== null && version.major <= 12
        ? msg('check.firewall.darwin.place.macos12')
        : msg('check.firewall.darwin.place.modern')

    const sfwProblem = commandProblemMsg(SOCKETFILTERFW, sfwOut)
    const sfw: Parsed<FirewallState> =
      sfwProblem !== null || sfwOut.kind !== 'exit'
        ? { ok: false, detail: sfwProblem ?? msg('check.common.noAnswer') }
        : parseGlobalState(sfwOut.stdout)

    // macOS 15 (or an unknown version): a second opinion is required before a pass.
    const crossCheck = version === null || version.major === 15
    let sp: Parsed<FirewallState> | null = null
    if (crossCheck || !sfw.ok) {
      const spOut = await ctx.probe.run(SYSTEM_PROFILER, { timeoutMs: 15_000 })
      const spProblem = commandProblemMsg(SYSTEM_PROFILER, spOut)
      sp =
        spProblem !== null || spOut.kind !== 'exit'
          ? { ok: false, detail: spProblem ?? msg('check.common.noAnswer') }
          : parseSystemProfilerFirewall(spOut.stdout)
    }
    const spDetail = (): Msg => (sp?.ok === false ? sp.detail : msg('check.common.notRun'))

    const sources = [
      describeCommand(SOCKETFILTERFW),
      ...(sp !== null ? [describeCommand(SYSTEM_PROFILER)] : []),
    ]
    const observed: Msg[] = []
    if (sfw.ok)
      observed.push(
        msg('check.firewall.darwin.observed.socketfilterfw', { state: firewallStateMsg(sfw.value) }),
      )
    if (sp?.ok)
      observed.push(
        msg('check.firewall.darwin.observed.systemProfiler', { state: firewallStateMsg(sp.value) }),
      )
    if (versionLine) observed.push(versionLine)

    const judge = (state: FirewallState): CheckVerdict =>
      isProtecting(state)
        ? pass({
            summary:
              state === 'block-all'
                ? msg('check.firewall.darwin.summary.blockAll')
                : msg('check.firewall.darwin.summary.on'),
            observed,
            requirement: REQUIREMENT,
            remediationId: turnOn,
            sources,
          })
        : fail({
            summary: msg('check.firewall.darwin.summary.off'),
            observed,
            requirement: REQUIREMENT,
            remediationId: turnOn,
            sources,
          })

    if (sfw.ok && sp?.ok) {
      if (isProtecting(sfw.value) !== isProtecting(sp.value)) {
        return unknown({
          summary: msg('check.firewall.darwin.summary.disagree'),
          observed,
          requirement: REQUIREMENT,
          remediationId: 'firewall.unknown',
          reason: msg('check.firewall.darwin.reason.disagree', {
            socketfilterfw: firewallStateMsg(sfw.value),
            systemProfiler: firewallStateMsg(sp.value),
            place,
          }),
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
        summary: msg('check.firewall.darwin.summary.unconfirmed'),
        observed,
        requirement: REQUIREMENT,
        remediationId: 'firewall.unknown',
        reason: msg('check.firewall.darwin.reason.unconfirmed', {
          version: versionLine ?? msg('check.firewall.darwin.thisVersion'),
          detail: spDetail(),
          place,
        }),
        sources,
      })
    }
    if (sp?.ok) return judge(sp.value)
    return unknown({
      summary: msg('check.firewall.darwin.summary.unreadable'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'firewall.unknown',
      reason: msg('check.firewall.darwin.reason.unreadable', {
        socketfilterfw: sfw.detail,
        systemProfiler: spDetail(),
        place,
      }),
      sources,
    })
  },
}
