/**
 * login-protection on macOS: no automatic login at start-up and no Guest User.
 *
 * Read without admin rights (detection-more.md 4.1):
 * - `defaults read /Library/Preferences/com.apple.loginwindow autoLoginUser`: a user name when
 *   "Automatically log in as" is set; exit 1 with "does not exist" when it is not. The name itself is
 *   never reported (attestations carry no user names).
 * - `fdesetup status`: with FileVault on, macOS refuses automatic login (the disk must be unlocked
 *   with a password first), so a leftover autoLoginUser cannot log anyone in.
 * - `defaults read … GuestEnabled` (1/0); when the key is absent, `sysadminctl -guestAccount status`
 *   (stderr `Guest account enabled.`/`disabled.`, English on every system).
 * fail: automatic login set while FileVault is not on, or guest enabled; pass: both positively off.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import type { CommandOutcome } from '../../probe/probe'
import { macosVersionMsg, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import { parseFdesetupStatus } from '../disk-encryption/darwin-parse'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblemMsg, describeCommand, fail, msg, pass, semicolonList, unknown } from '../verdict'

const LOGINWINDOW = '/Library/Preferences/com.apple.loginwindow'
export const AUTO_LOGIN_ARGV: readonly string[] = ['/usr/bin/defaults', 'read', LOGINWINDOW, 'autoLoginUser']
export const GUEST_ARGV: readonly string[] = ['/usr/bin/defaults', 'read', LOGINWINDOW, 'GuestEnabled']
export const SYSADMINCTL_GUEST: readonly string[] = ['/usr/sbin/sysadminctl', '-guestAccount', 'status']
export const FDESETUP_STATUS: readonly string[] = ['/usr/bin/fdesetup', 'status']

const REQUIREMENT = msg('check.login-protection.darwin.requirement')

/** A `defaults read <domain> <key>` answer: the value, "not set", or a problem. */
export type DefaultsRead =
  { kind: 'value'; value: string } | { kind: 'absent' } | { kind: 'problem'; reason: Msg }

/**
 * `defaults read` prints the value and exits 0, or exits 1 with "The domain/default pair of (…) does
 * not exist" on stderr when the key is not set (defaults is not localised). Anything else: problem.
 */
export function parseDefaultsRead(argv: readonly string[], out: CommandOutcome): DefaultsRead {
  if (
    out.kind === 'exit' &&
    out.exitCode === 1 &&
    out.stdout.trim() === '' &&
    /does not exist/.test(out.stderr)
  )
    return { kind: 'absent' }
  const p = commandProblemMsg(argv, out)
  if (p !== null || out.kind !== 'exit') return { kind: 'problem', reason: p ?? msg('check.common.noAnswer') }
  if (!out.stdout.endsWith('\n'))
    return {
      kind: 'problem',
      reason: msg('check.login-protection.darwin.problem.cutShort', { command: describeCommand(argv) }),
    }
  return { kind: 'value', value: out.stdout.trim() }
}

/** A defaults boolean: 1/0 (how `defaults` prints a plist boolean), also YES/NO and true/false. */
export function parseDefaultsBool(value: string): boolean | null {
  const v = value.trim().toLowerCase()
  if (v === '1' || v === 'yes' || v === 'true') return true
  if (v === '0' || v === 'no' || v === 'false') return false
  return null
}

/** `sysadminctl -guestAccount status` (the answer is an NSLog line on stderr). */
export function parseSysadminctlGuest(out: CommandOutcome): boolean | null {
  if (out.kind !== 'exit' || out.exitCode !== 0) return null
  const text = `${out.stderr}\n${out.stdout}`
  const on = /Guest account enabled\.?\s*$/m.test(text)
  const off = /Guest account disabled\.?\s*$/m.test(text)
  return on === off ? null : on
}

export const darwinStrategy: CheckStrategy = {
  probes: {
    commands: [AUTO_LOGIN_ARGV, GUEST_ARGV, SYSADMINCTL_GUEST, FDESETUP_STATUS, SW_VERS_ARGV],
    files: [],
    notes: [
      'defaults read com.apple.loginwindow autoLoginUser / GuestEnabled (whether they are set, never the user name)',
      'sysadminctl -guestAccount status only when GuestEnabled is not set',
      'fdesetup status: with FileVault on, automatic login cannot happen',
    ],
  },
  run,
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const [autoOut, guestOut, fdeOut, version] = await Promise.all([
    ctx.probe.run(AUTO_LOGIN_ARGV, { timeoutMs: 10_000 }),
    ctx.probe.run(GUEST_ARGV, { timeoutMs: 10_000 }),
    ctx.probe.run(FDESETUP_STATUS, { timeoutMs: 10_000 }),
    readMacosVersion(ctx.probe),
  ])
  const remediationId = remediationForVersion('login-protection.darwin.users', version)
  const sources = [
    describeCommand(AUTO_LOGIN_ARGV),
    describeCommand(GUEST_ARGV),
    describeCommand(FDESETUP_STATUS),
  ]
  const failures: Msg[] = []
  const observed: Msg[] = []
  const problems: Msg[] = []

  // Automatic login.
  const auto = parseDefaultsRead(AUTO_LOGIN_ARGV, autoOut)
  const fde = fdeOut.kind === 'exit' && fdeOut.exitCode === 0 ? parseFdesetupStatus(fdeOut.stdout) : null
  const fileVaultOn = fde !== null && (fde.kind === 'on' || fde.kind === 'encrypting')
  if (auto.kind === 'absent' || (auto.kind === 'value' && auto.value === '')) {
    observed.push(msg('check.login-protection.darwin.observed.autoOff'))
  } else if (auto.kind === 'value') {
    if (fileVaultOn) observed.push(msg('check.login-protection.darwin.observed.autoFileVault'))
    else
      failures.push(
        fde === null
          ? msg('check.login-protection.darwin.observed.autoOnNoFileVault')
          : msg('check.login-protection.darwin.observed.autoOn'),
      )
  } else {
    problems.push(msg('check.login-protection.darwin.problem.autoUnreadable', { why: auto.reason }))
  }

  // Guest User.
  const guest = parseDefaultsRead(GUEST_ARGV, guestOut)
  let guestOn: boolean | null = null
  if (guest.kind === 'value') {
    guestOn = parseDefaultsBool(guest.value)
    if (guestOn === null) problems.push(msg('check.login-protection.darwin.problem.guestValue'))
  } else {
    // Not set in loginwindow (or unreadable): ask sysadminctl.
    const sa = await ctx.probe.run(SYSADMINCTL_GUEST, { timeoutMs: 10_000 })
    sources.push(describeCommand(SYSADMINCTL_GUEST))
    guestOn = parseSysadminctlGuest(sa)
    if (guestOn === null)
      problems.push(
        msg('check.login-protection.darwin.problem.guestUnreadable', {
          defaults:
            guest.kind === 'problem'
              ? guest.reason
              : msg('check.login-protection.darwin.problem.guestNotSet'),
          sysadminctl:
            commandProblemMsg(SYSADMINCTL_GUEST, sa) ??
            msg('check.login-protection.darwin.problem.sysadminctlUnclear'),
        }),
      )
  }
  if (guestOn === true) failures.push(msg('check.login-protection.darwin.observed.guestOn'))
  else if (guestOn === false) observed.push(msg('check.login-protection.darwin.observed.guestOff'))

  const versionLine = macosVersionMsg(version)
  if (versionLine !== null) observed.push(versionLine)
  const place =
    version !== null && version.major <= 12
      ? msg('check.login-protection.darwin.place.macos12')
      : msg('check.login-protection.darwin.place.modern')

  if (failures.length > 0) {
    return fail({
      summary:
        failures.length > 1
          ? msg('check.login-protection.darwin.summary.both')
          : guestOn === true
            ? msg('check.login-protection.darwin.summary.guest')
            : msg('check.login-protection.darwin.summary.auto'),
      observed: [...failures, ...observed],
      requirement: REQUIREMENT,
      remediationId,
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
      summary: msg('check.login-protection.darwin.summary.unconfirmed'),
      observed,
      requirement: REQUIREMENT,
      remediationId,
      reason: msg('check.login-protection.darwin.reason.unconfirmed', {
        problems: semicolonList(problems),
        place,
      }),
      sources,
    })
  }
  return pass({
    summary: msg('check.login-protection.darwin.summary.off'),
    observed,
    requirement: REQUIREMENT,
    remediationId,
    sources,
  })
}
