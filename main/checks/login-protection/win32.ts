/**
 * login-protection on Windows: no automatic sign-in (Winlogon `AutoAdminLogon`) and the built-in
 * Guest account disabled.
 *
 * - `reg query …\Winlogon /v AutoAdminLogon`: only that value is queried, never the whole key, which
 *   may hold `DefaultPassword` in clear text. Winlogon stores it as REG_SZ "1"/"0"; some tools write a
 *   DWORD: both are read as numbers, any non-zero is on. Exit 1 = not set = off. `AutoAdminLogon=1`
 *   without a readable password is still on (netplwiz keeps the password as an LSA secret).
 * - The built-in Guest account is found by its well-known RID: the local account whose SID is
 *   S-1-5-21-…-501, never by its name, which Windows translates ("Gast", "Invité"):
 *   `Get-LocalUser` as JSON (Enabled is a boolean), or, where that module is missing,
 *   `Get-CimInstance Win32_UserAccount` filtered by SID (Disabled is a boolean).
 * fail: automatic sign-in on, or the Guest account enabled; pass: both read and off.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import type { CommandOutcome } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblemMsg, describeCommand, fail, msg, pass, semicolonList, unknown } from '../verdict'
import { isCompleteOutput, POWERSHELL_TIMEOUT_MS, powershellArgv } from '../win32/common'
import { readRegKey, regGet, regQueryArgv, type RegKeyRead } from '../win32/reg'

export const AUTO_LOGON_ARGV = regQueryArgv(
  'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon',
  '/v',
  'AutoAdminLogon',
)
export const GUEST_LOCALUSER_ARGV = powershellArgv(
  "ConvertTo-Json -Compress -InputObject @(Get-LocalUser -ErrorAction Stop | Where-Object { $_.SID.Value -like 'S-1-5-21-*-501' } | Select-Object Enabled,@{n='SID';e={$_.SID.Value}})",
)
export const GUEST_CIM_ARGV = powershellArgv(
  "ConvertTo-Json -Compress -InputObject @(Get-CimInstance -ClassName Win32_UserAccount -Filter 'LocalAccount=True AND SID LIKE ''S-1-5-21-%-501''' -ErrorAction Stop | Select-Object Disabled,SID)",
)

const REQUIREMENT = msg('check.login-protection.win32.requirement')

/** The well-known RID 501 of the built-in Guest account, in a machine SID. */
export const GUEST_SID = /^S-1-5-21-\d+-\d+-\d+-501$/

export type AutoLogon =
  { kind: 'on'; detail: Msg } | { kind: 'off'; detail: Msg } | { kind: 'problem'; reason: Msg | string }

/** AutoAdminLogon from `reg query … /v AutoAdminLogon`: REG_SZ or REG_DWORD, non-zero = on. */
export function judgeAutoAdminLogon(r: RegKeyRead): AutoLogon {
  if (r.kind === 'missing') return { kind: 'off', detail: msg('check.login-protection.win32.auto.notSet') }
  if (r.kind === 'error') return { kind: 'problem', reason: r.reasonMsg ?? r.reason }
  const v = regGet(r.values, 'AutoAdminLogon')
  if (v === undefined) return { kind: 'problem', reason: msg('check.login-protection.win32.problem.noValue') }
  if (v.type === 'REG_DWORD' && typeof v.value === 'number')
    return {
      kind: v.value === 0 ? 'off' : 'on',
      detail: msg('check.login-protection.win32.auto.dword', { value: v.value }),
    }
  if ((v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ') && typeof v.value === 'string') {
    const t = v.value.trim()
    if (t === '') return { kind: 'off', detail: msg('check.login-protection.win32.auto.empty') }
    if (/^\d{1,10}$/.test(t))
      return Number(t) === 0
        ? { kind: 'off', detail: msg('check.login-protection.win32.auto.string', { value: '0' }) }
        : { kind: 'on', detail: msg('check.login-protection.win32.auto.string', { value: t }) }
  }
  return {
    kind: 'problem',
    reason: msg('check.login-protection.win32.problem.unexpectedValue', { type: v.type }),
  }
}

export type Guest = { kind: 'enabled' } | { kind: 'disabled' } | { kind: 'problem'; reason: Msg }

/**
 * The JSON list printed by the Guest queries: elements with a SID string and either `Enabled`
 * (Get-LocalUser) or `Disabled` (Win32_UserAccount) as a boolean. Only elements whose SID ends in
 * -501 count; if any of them is enabled the Guest account is enabled. No such element: problem
 * (every Windows has one).
 */
export function parseGuestJson(stdout: string): Guest {
  if (!isCompleteOutput(stdout) || stdout.trim() === '')
    return { kind: 'problem', reason: msg('check.login-protection.win32.guest.noList') }
  let data: unknown
  try {
    data = JSON.parse(stdout)
  } catch {
    return { kind: 'problem', reason: msg('check.login-protection.win32.guest.notJson') }
  }
  const items = Array.isArray(data) ? data : [data]
  let found: Guest | null = null
  for (const item of items) {
    const o = item as { SID?: unknown; Enabled?: unknown; Disabled?: unknown } | null
    if (typeof o?.SID !== 'string' || !GUEST_SID.test(o.SID)) continue
    let enabled: boolean
    if (typeof o.Enabled === 'boolean') enabled = o.Enabled
    else if (typeof o.Disabled === 'boolean') enabled = !o.Disabled
    else return { kind: 'problem', reason: msg('check.login-protection.win32.guest.notBoolean') }
    if (enabled) return { kind: 'enabled' }
    found = { kind: 'disabled' }
  }
  return found ?? { kind: 'problem', reason: msg('check.login-protection.win32.guest.noGuest') }
}

async function readGuest(ctx: CheckContext, sources: string[]): Promise<Guest> {
  const attempt = async (argv: readonly string[]): Promise<Guest> => {
    sources.push(describeCommand(argv))
    const out: CommandOutcome = await ctx.probe.run(argv, { timeoutMs: POWERSHELL_TIMEOUT_MS })
    const p = commandProblemMsg(argv, out)
    if (p !== null || out.kind !== 'exit')
      return { kind: 'problem', reason: p ?? msg('check.common.noAnswer') }
    return parseGuestJson(out.stdout)
  }
  const first = await attempt(GUEST_LOCALUSER_ARGV)
  if (first.kind !== 'problem') return first
  // Get-LocalUser is missing from 32-bit PowerShell and some stripped images: ask CIM instead.
  const second = await attempt(GUEST_CIM_ARGV)
  if (second.kind !== 'problem') return second
  return {
    kind: 'problem',
    reason: msg('check.login-protection.win32.guest.both', { localUser: first.reason, cim: second.reason }),
  }
}

export const win32Strategy: CheckStrategy = {
  probes: {
    commands: [AUTO_LOGON_ARGV, GUEST_LOCALUSER_ARGV, GUEST_CIM_ARGV],
    files: [],
    notes: [
      'Winlogon AutoAdminLogon only (never the whole key: it may hold a clear-text DefaultPassword)',
      'the built-in Guest account is found by its SID ending in -501, never by its translated name',
    ],
  },
  run,
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const sources = [describeCommand(AUTO_LOGON_ARGV)]
  const [reg, guest] = await Promise.all([readRegKey(ctx.probe, AUTO_LOGON_ARGV), readGuest(ctx, sources)])
  const auto = judgeAutoAdminLogon(reg)
  const failures: Msg[] = []
  const observed: Msg[] = []
  const problems: Msg[] = []

  if (auto.kind === 'on')
    failures.push(msg('check.login-protection.win32.observed.autoOn', { detail: auto.detail }))
  else if (auto.kind === 'off')
    observed.push(msg('check.login-protection.win32.observed.autoOff', { detail: auto.detail }))
  else problems.push(msg('check.login-protection.win32.problem.autoUnreadable', { why: auto.reason }))

  if (guest.kind === 'enabled') failures.push(msg('check.login-protection.win32.observed.guestOn'))
  else if (guest.kind === 'disabled') observed.push(msg('check.login-protection.win32.observed.guestOff'))
  else problems.push(msg('check.login-protection.win32.problem.guestUnreadable', { why: guest.reason }))

  const autoOn = auto.kind === 'on'
  const guestOn = guest.kind === 'enabled'
  if (failures.length > 0) {
    return fail({
      summary:
        autoOn && guestOn
          ? msg('check.login-protection.win32.summary.both')
          : autoOn
            ? msg('check.login-protection.win32.summary.auto')
            : msg('check.login-protection.win32.summary.guest'),
      observed: [...failures, ...observed],
      requirement: REQUIREMENT,
      remediationId:
        autoOn && guestOn
          ? 'login-protection.win32.autologon-and-guest'
          : autoOn
            ? 'login-protection.win32.autologon'
            : 'login-protection.win32.guest',
      ...(problems.length > 0
        ? {
            reason: msg('check.login-protection.common.reason.alsoUnreadable', {
              problems: semicolonList(problems),
            }),
          }
        : {}),
      sources,
    })
  }
  if (problems.length > 0) {
    return unknown({
      summary: msg('check.login-protection.win32.summary.unconfirmed'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'login-protection.unknown',
      reason: msg('check.login-protection.common.reason.problems', { problems: semicolonList(problems) }),
      sources,
    })
  }
  return pass({
    summary: msg('check.login-protection.win32.summary.off'),
    observed,
    requirement: REQUIREMENT,
    remediationId: 'login-protection.win32.autologon',
    sources,
  })
}
