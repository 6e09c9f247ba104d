/**
 * disk-encryption on Windows: BitLocker (Pro/Enterprise/Education) or Device encryption (Home, which
 * is BitLocker underneath), read without administrator rights from the shell property
 * `System.Volume.BitLockerProtection` of the Windows drive, the value Explorer uses for its padlock.
 * `manage-bde`, `Get-BitLockerVolume` and `Win32_EncryptableVolume` all need elevation.
 *
 * The property is a number, so the answer does not depend on the display language. Values 3, 5 and 8
 * were collected from community code, not from Microsoft documentation: see docs/windows-checks.md.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import { describeCommand, describeCommandError } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { fail, pass, unknown } from '../verdict'
import {
  CURRENT_VERSION_ARGV,
  describeEdition,
  isCompleteOutput,
  POWERSHELL_TIMEOUT_MS,
  powershellArgv,
  readWindowsEdition,
  systemDrive,
  type WindowsEdition,
} from '../win32/common'

/** The PowerShell line that prints the protection value of `drive` (e.g. "C:"). */
export function bitLockerScript(drive: string): string {
  return `(New-Object -ComObject Shell.Application).NameSpace('${drive}\\').Self.ExtendedProperty('System.Volume.BitLockerProtection')`
}

/** Parse the property value: exactly one integer line (surrounding whitespace allowed), else null. */
export function parseBitLockerProtection(stdout: string): number | null {
  if (!isCompleteOutput(stdout)) return null
  const m = /^\s*(\d{1,3})\s*$/.exec(stdout)
  return m ? Number(m[1]) : null
}

/** What a protection value means for the Windows drive. */
export type ProtectionMeaning =
  | 'on'
  | 'off'
  | 'encrypting'
  | 'decrypting'
  | 'suspended'
  | 'on-locked'
  | 'not-encryptable'
  | 'waiting-for-activation'
  | 'unavailable'

/** Value table (detection.md 3.2). Unlisted numbers are `unavailable`, never a pass. */
export function protectionMeaning(value: number): ProtectionMeaning {
  switch (value) {
    case 1:
      return 'on'
    case 2:
      return 'off'
    case 3:
      return 'encrypting'
    case 4:
      return 'decrypting'
    case 5:
      return 'suspended'
    case 6:
      return 'on-locked'
    case 7:
      return 'not-encryptable'
    case 8:
      return 'waiting-for-activation'
    default:
      return 'unavailable'
  }
}

const DRIVE_PATTERN = /^[A-Z]:$/

/** Home laptops without Device encryption support report nothing: say what that means. */
function homeHint(e: WindowsEdition): string {
  return e.family === 'home'
    ? ' If Settings has no Device encryption page, this laptop cannot encrypt its disk with Windows Home: ask your campaign security contact.'
    : ''
}

function featureName(e: WindowsEdition): string {
  if (e.family === 'home') return 'Device encryption'
  if (e.family === 'pro') return 'BitLocker'
  return 'BitLocker / Device encryption'
}

function turnOnId(e: WindowsEdition): string {
  return e.family === 'home' ? 'disk-encryption.win32.device-encryption' : 'disk-encryption.win32.bitlocker'
}

function activateId(e: WindowsEdition): string {
  return e.family === 'home' ? 'disk-encryption.win32.activate-home' : 'disk-encryption.win32.activate-pro'
}

/** Judge one protection value for the Windows drive. Pure, so the value table is unit-tested. */
export function judgeProtection(
  value: number | null,
  drive: string,
  edition: WindowsEdition,
  source: string,
  rawOutput: string,
): CheckVerdict {
  const name = featureName(edition)
  const requirement = `The Windows drive (${drive}) is encrypted with ${name} and protection is on`
  const observed = [describeEdition(edition)]
  const sources = [source, describeCommand(CURRENT_VERSION_ARGV)]
  if (value === null) {
    return unknown({
      summary: `Could not read whether ${name} is on`,
      observed: [
        ...observed,
        `System.Volume.BitLockerProtection printed ${JSON.stringify(rawOutput.trim())}`,
      ],
      requirement,
      remediationId: 'disk-encryption.unknown',
      reason: `Windows did not report an encryption state for ${drive}. Open ${name === 'BitLocker' ? 'Control Panel › BitLocker Drive Encryption' : 'Settings › Device encryption'} to check it, then run the check again.${homeHint(edition)}`,
      sources,
    })
  }
  observed.push(`System.Volume.BitLockerProtection of ${drive}\\ = ${value}`)
  const meaning = protectionMeaning(value)
  switch (meaning) {
    case 'on':
      return pass({
        summary: `${name} is on for ${drive}`,
        observed,
        requirement,
        remediationId: turnOnId(edition),
        sources,
      })
    case 'on-locked':
      // 6 is normally reported for locked data drives; a running system's own drive is unlocked by
      // definition, so it can only mean "encrypted and protected".
      return pass({
        summary: `${name} is on for ${drive}`,
        observed: [
          ...observed,
          'value 6 (on, locked) is unusual for the Windows drive; it still means encrypted and protected',
        ],
        requirement,
        remediationId: turnOnId(edition),
        sources,
      })
    case 'off':
      return fail({
        summary: `${name} is off: ${drive} is not encrypted`,
        observed,
        requirement,
        remediationId: turnOnId(edition),
        sources,
      })
    case 'encrypting':
      return unknown({
        summary: `${name} is still encrypting ${drive}`,
        observed,
        requirement,
        remediationId: 'disk-encryption.win32.encrypting',
        reason:
          'Encryption is in progress and continues in the background. Keep the laptop plugged in and run the check again when it has finished.',
        sources,
      })
    case 'decrypting':
      return fail({
        summary: `${name} is being turned off: ${drive} is decrypting`,
        observed,
        requirement,
        remediationId: 'disk-encryption.win32.decrypting',
        sources,
      })
    case 'suspended':
      return fail({
        summary: `${name} protection is suspended on ${drive}`,
        observed: [
          ...observed,
          'the drive is encrypted but its key is stored unprotected until protection is resumed',
        ],
        requirement,
        remediationId: 'disk-encryption.win32.suspended',
        sources,
      })
    case 'not-encryptable':
      return fail({
        summary: `Windows reports that ${drive} cannot be encrypted with ${name}`,
        observed,
        requirement,
        remediationId: 'disk-encryption.win32.not-encryptable',
        sources,
      })
    case 'waiting-for-activation':
      return fail({
        summary: `${name} is waiting for activation: the key of ${drive} is not protected yet`,
        observed: [
          ...observed,
          'the drive is encrypted with a clear key; anyone with the disk can read it until protection is activated',
        ],
        requirement,
        remediationId: activateId(edition),
        sources,
      })
    case 'unavailable':
      return unknown({
        summary: `Windows did not report an encryption state for ${drive}`,
        observed,
        requirement,
        remediationId: 'disk-encryption.unknown',
        reason: `The value ${value} is not one Preflight knows (0 means Windows has no BitLocker information for the drive). Check ${name} in Settings or Control Panel and run the check again.${homeHint(edition)}`,
        sources,
      })
  }
}

export const win32Strategy: CheckStrategy = {
  probes: {
    commands: [
      // The drive letter is the one SystemRoot lives on: C: almost always, any of C:-Z: possible.
      ...'CDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((l) => powershellArgv(bitLockerScript(`${l}:`))),
      CURRENT_VERSION_ARGV,
    ],
    files: [],
    notes: [
      'System.Volume.BitLockerProtection of the Windows drive (taken from SystemRoot, default C:) via the Shell.Application COM object; no administrator rights needed',
      'EditionID and CurrentBuild from the CurrentVersion key decide the wording (Home: Device encryption; Pro: BitLocker)',
    ],
  },
  async run(ctx: CheckContext): Promise<CheckVerdict> {
    const drive = systemDrive(ctx.probe)
    const safeDrive = DRIVE_PATTERN.test(drive) ? drive : 'C:'
    const argv = powershellArgv(bitLockerScript(safeDrive))
    const [out, edition] = await Promise.all([
      ctx.probe.run(argv, { timeoutMs: POWERSHELL_TIMEOUT_MS }),
      readWindowsEdition(ctx.probe),
    ])
    const source = describeCommand(argv)
    const name = featureName(edition)
    if (out.kind === 'error' || out.exitCode !== 0) {
      const why =
        out.kind === 'error'
          ? describeCommandError(argv, out.error)
          : `PowerShell exited with code ${out.exitCode}${out.stderr.trim() !== '' ? `: ${firstLine(out.stderr)}` : ''}`
      return unknown({
        summary: `Could not read whether ${name} is on`,
        observed: [describeEdition(edition)],
        requirement: `The Windows drive (${safeDrive}) is encrypted with ${name} and protection is on`,
        remediationId: 'disk-encryption.unknown',
        reason: `${why}. PowerShell may be blocked or busy; run the check again, or look at ${name} in Settings yourself.`,
        sources: [source],
      })
    }
    return judgeProtection(parseBitLockerProtection(out.stdout), safeDrive, edition, source, out.stdout)
  },
}

function firstLine(text: string): string {
  return (text.trim().split(/\r?\n/)[0] ?? '').slice(0, 200)
}
