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
import type { CommandOutcome } from '../../probe/probe'
import { describeVersion, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import { parseFdesetupStatus } from '../disk-encryption/darwin-parse'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblem, describeCommand, fail, pass, unknown } from '../verdict'

const LOGINWINDOW = '/Library/Preferences/com.apple.loginwindow'
export const AUTO_LOGIN_ARGV: readonly string[] = ['/usr/bin/defaults', 'read', LOGINWINDOW, 'autoLoginUser']
export const GUEST_ARGV: readonly string[] = ['/usr/bin/defaults', 'read', LOGINWINDOW, 'GuestEnabled']
export const SYSADMINCTL_GUEST: readonly string[] = ['/usr/sbin/sysadminctl', '-guestAccount', 'status']
export const FDESETUP_STATUS: readonly string[] = ['/usr/bin/fdesetup', 'status']

const REQUIREMENT = 'The Mac asks for a password at start-up (no automatic login) and the Guest User is off'

/** A `defaults read <domain> <key>` answer: the value, "not set", or a problem. */
export type DefaultsRead =
  { kind: 'value'; value: string } | { kind: 'absent' } | { kind: 'problem'; reason: string }

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
  const p = commandProblem(argv, out)
  if (p !== null || out.kind !== 'exit') return { kind: 'problem', reason: p ?? 'no answer' }
  if (!out.stdout.endsWith('\n'))
    return { kind: 'problem', reason: `\`${describeCommand(argv)}\` output was cut short` }
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
  const failures: string[] = []
  const observed: string[] = []
  const problems: string[] = []

  // Automatic login.
  const auto = parseDefaultsRead(AUTO_LOGIN_ARGV, autoOut)
  const fde = fdeOut.kind === 'exit' && fdeOut.exitCode === 0 ? parseFdesetupStatus(fdeOut.stdout) : null
  const fileVaultOn = fde !== null && (fde.kind === 'on' || fde.kind === 'encrypting')
  if (auto.kind === 'absent' || (auto.kind === 'value' && auto.value === '')) {
    observed.push('automatic login is off')
  } else if (auto.kind === 'value') {
    if (fileVaultOn)
      observed.push(
        'an automatic-login user is still recorded, but FileVault is on, so macOS asks for a password at start-up anyway',
      )
    else
      failures.push(
        fde === null
          ? 'automatic login is set for a user account (and FileVault could not be read)'
          : 'automatic login is set for a user account and FileVault is not on',
      )
  } else {
    problems.push(`whether automatic login is set could not be read (${auto.reason})`)
  }

  // Guest User.
  const guest = parseDefaultsRead(GUEST_ARGV, guestOut)
  let guestOn: boolean | null = null
  if (guest.kind === 'value') {
    guestOn = parseDefaultsBool(guest.value)
    if (guestOn === null) problems.push(`GuestEnabled has an unexpected value`)
  } else {
    // Not set in loginwindow (or unreadable): ask sysadminctl.
    const sa = await ctx.probe.run(SYSADMINCTL_GUEST, { timeoutMs: 10_000 })
    sources.push(describeCommand(SYSADMINCTL_GUEST))
    guestOn = parseSysadminctlGuest(sa)
    if (guestOn === null)
      problems.push(
        `whether the Guest User is on could not be read (${guest.kind === 'problem' ? guest.reason : 'GuestEnabled is not set'}; ${commandProblem(SYSADMINCTL_GUEST, sa) ?? 'sysadminctl gave no clear answer'})`,
      )
  }
  if (guestOn === true) failures.push('the Guest User is on: anyone can use this Mac without a password')
  else if (guestOn === false) observed.push('the Guest User is off')

  const versionLine = describeVersion(version)
  if (versionLine !== null) observed.push(versionLine)
  const place =
    version !== null && version.major <= 12
      ? 'System Preferences › Users & Groups'
      : 'System Settings › Users & Groups'

  if (failures.length > 0) {
    return fail({
      summary:
        failures.length > 1
          ? 'This Mac logs in automatically and has the Guest User on'
          : guestOn === true
            ? 'The Guest User is on'
            : 'This Mac logs in automatically at start-up',
      observed: [...failures, ...observed],
      requirement: REQUIREMENT,
      remediationId,
      ...(problems.length > 0 ? { reason: `Also could not read: ${problems.join('; ')}.` } : {}),
      sources,
    })
  }
  if (problems.length > 0) {
    return unknown({
      summary: 'Could not confirm that automatic login and the Guest User are off',
      observed,
      requirement: REQUIREMENT,
      remediationId,
      reason: `${problems.join('; ')}. Open ${place} and check "Automatically log in as" and the Guest User, then check again.`,
      sources,
    })
  }
  return pass({
    summary: 'No automatic login and no Guest User',
    observed,
    requirement: REQUIREMENT,
    remediationId,
    sources,
  })
}
