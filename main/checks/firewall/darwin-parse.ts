/**
 * Pure parsers for the macOS application firewall (ALF) state.
 *
 * Two sources, both readable without admin rights (detection.md 2.3):
 * - `socketfilterfw --getglobalstate` prints prose whose wording changed between releases (state 2 is
 *   "enabled" on older systems and "blocking all non-essential incoming connections" on newer ones),
 *   so only the number in `(State = N)` is read;
 * - `system_profiler -json SPFirewallDataType` gives a machine value, `spfirewall_globalstate`.
 */
import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

/** ALF global state: 0 off, 1 on, 2 on and blocking all incoming connections. */
export type FirewallState = 'off' | 'on' | 'block-all'

/** A parsed answer, or why there is none. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly detail: Msg }

/** Parse the `(State = N)` value out of `socketfilterfw --getglobalstate` stdout. */
export function parseGlobalState(stdout: string): Parsed<FirewallState> {
  const matches = [...stdout.matchAll(/\(State = (\d+)\)/g)]
  if (matches.length === 0) return { ok: false, detail: msg('check.firewall.darwin.parse.noState') }
  const values = new Set(matches.map((m) => m[1]))
  if (values.size > 1) return { ok: false, detail: msg('check.firewall.darwin.parse.severalStates') }
  switch (matches[0]?.[1]) {
    case '0':
      return { ok: true, value: 'off' }
    case '1':
      return { ok: true, value: 'on' }
    case '2':
      return { ok: true, value: 'block-all' }
    default:
      return {
        ok: false,
        detail: msg('check.firewall.darwin.parse.unknownState', { value: matches[0]?.[1] ?? '' }),
      }
  }
}

/**
 * Parse `system_profiler -json SPFirewallDataType`: `{"SPFirewallDataType":[{"spfirewall_globalstate":
 * "spfirewall_globalstate_limit_connections", …}]}`. `…_allow_all` means the firewall is off.
 */
export function parseSystemProfilerFirewall(stdout: string): Parsed<FirewallState> {
  let data: unknown
  try {
    data = JSON.parse(stdout)
  } catch {
    return { ok: false, detail: msg('check.firewall.darwin.parse.notJson') }
  }
  const items =
    typeof data === 'object' && data !== null
      ? (data as Record<string, unknown>)['SPFirewallDataType']
      : undefined
  if (!Array.isArray(items) || items.length === 0)
    return { ok: false, detail: msg('check.firewall.darwin.parse.noEntry') }
  const states = new Set<string>()
  for (const item of items) {
    const v =
      typeof item === 'object' && item !== null
        ? (item as Record<string, unknown>)['spfirewall_globalstate']
        : undefined
    if (typeof v === 'string') states.add(v)
  }
  if (states.size === 0) return { ok: false, detail: msg('check.firewall.darwin.parse.noValue') }
  if (states.size > 1) return { ok: false, detail: msg('check.firewall.darwin.parse.conflicting') }
  const [value] = [...states]
  switch (value) {
    case 'spfirewall_globalstate_allow_all':
    case 'spfirewall_globalstate_off':
      return { ok: true, value: 'off' }
    case 'spfirewall_globalstate_limit_connections':
      return { ok: true, value: 'on' }
    case 'spfirewall_globalstate_block_all':
      return { ok: true, value: 'block-all' }
    default:
      return {
        ok: false,
        detail: msg('check.firewall.darwin.parse.unknownValue', { value: String(value).slice(0, 80) }),
      }
  }
}

/** Words for a state, for `observed`. */
export function firewallStateMsg(state: FirewallState): Msg {
  return msg(`check.firewall.darwin.state.${state}`)
}

/** Whether a state protects the Mac (on or block-all). */
export function isProtecting(state: FirewallState): boolean {
  return state !== 'off'
}
