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
import type { Msg } from '../../../shared/i18n/msg'
import { describeCommand } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { commandErrorMsg, fail, msg, pass, unknown } from '../verdict'
import {
  CURRENT_VERSION_ARGV,
  editionMsg,
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

/** The encryption feature's name for the edition (Home: Device encryption; Pro: BitLocker). */
function featureName(e: WindowsEdition): Msg {
  if (e.family === 'home') return msg('check.disk-encryption.win32.feature.home')
  if (e.family === 'pro') return msg('check.disk-encryption.win32.feature.pro')
  return msg('check.disk-encryption.win32.feature.other')
}

function requirementMsg(drive: string, name: Msg): Msg {
  return msg('check.disk-encryption.win32.requirement', { drive, name })
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
  const requirement = requirementMsg(drive, name)
  const observed = [editionMsg(edition)]
  const sources = [source, describeCommand(CURRENT_VERSION_ARGV)]
  const home = edition.family === 'home'
  if (value === null) {
    return unknown({
      summary: msg('check.disk-encryption.win32.summary.unreadable', { name }),
      observed: [
        ...observed,
        msg('check.disk-encryption.win32.observed.printed', { output: JSON.stringify(rawOutput.trim()) }),
      ],
      requirement,
      remediationId: 'disk-encryption.unknown',
      reason: msg(
        home
          ? 'check.disk-encryption.win32.reason.noStateHome'
          : 'check.disk-encryption.win32.reason.noState',
        {
          drive,
          place:
            edition.family === 'pro'
              ? msg('check.disk-encryption.win32.place.bitlocker')
              : msg('check.disk-encryption.win32.place.deviceEncryption'),
        },
      ),
      sources,
    })
  }
  observed.push(msg('check.disk-encryption.win32.observed.value', { drive, value }))
  const meaning = protectionMeaning(value)
  switch (meaning) {
    case 'on':
      return pass({
        summary: msg('check.disk-encryption.win32.summary.on', { name, drive }),
        observed,
        requirement,
        remediationId: turnOnId(edition),
        sources,
      })
    case 'on-locked':
      // 6 is normally reported for locked data drives; a running system's own drive is unlocked by
      // definition, so it can only mean "encrypted and protected".
      return pass({
        summary: msg('check.disk-encryption.win32.summary.on', { name, drive }),
        observed: [...observed, msg('check.disk-encryption.win32.observed.onLocked')],
        requirement,
        remediationId: turnOnId(edition),
        sources,
      })
    case 'off':
      return fail({
        summary: msg('check.disk-encryption.win32.summary.off', { name, drive }),
        observed,
        requirement,
        remediationId: turnOnId(edition),
        sources,
      })
    case 'encrypting':
      return unknown({
        summary: msg('check.disk-encryption.win32.summary.encrypting', { name, drive }),
        observed,
        requirement,
        remediationId: 'disk-encryption.win32.encrypting',
        reason: msg('check.disk-encryption.win32.reason.encrypting'),
        sources,
      })
    case 'decrypting':
      return fail({
        summary: msg('check.disk-encryption.win32.summary.decrypting', { name, drive }),
        observed,
        requirement,
        remediationId: 'disk-encryption.win32.decrypting',
        sources,
      })
    case 'suspended':
      return fail({
        summary: msg('check.disk-encryption.win32.summary.suspended', { name, drive }),
        observed: [...observed, msg('check.disk-encryption.win32.observed.suspended')],
        requirement,
        remediationId: 'disk-encryption.win32.suspended',
        sources,
      })
    case 'not-encryptable':
      return fail({
        summary: msg('check.disk-encryption.win32.summary.notEncryptable', { name, drive }),
        observed,
        requirement,
        remediationId: 'disk-encryption.win32.not-encryptable',
        sources,
      })
    case 'waiting-for-activation':
      return fail({
        summary: msg('check.disk-encryption.win32.summary.waiting', { name, drive }),
        observed: [...observed, msg('check.disk-encryption.win32.observed.waiting')],
        requirement,
        remediationId: activateId(edition),
        sources,
      })
    case 'unavailable':
      return unknown({
        summary: msg('check.disk-encryption.win32.summary.unavailable', { drive }),
        observed,
        requirement,
        remediationId: 'disk-encryption.unknown',
        reason: msg(
          home
            ? 'check.disk-encryption.win32.reason.unavailableHome'
            : 'check.disk-encryption.win32.reason.unavailable',
          { value, name },
        ),
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
          ? commandErrorMsg(argv, out.error)
          : out.stderr.trim() !== ''
            ? msg('check.disk-encryption.win32.problem.exitCodeSaid', {
                code: out.exitCode,
                line: firstLine(out.stderr),
              })
            : msg('check.disk-encryption.win32.problem.exitCode', { code: out.exitCode })
      return unknown({
        summary: msg('check.disk-encryption.win32.summary.unreadable', { name }),
        observed: [editionMsg(edition)],
        requirement: requirementMsg(safeDrive, name),
        remediationId: 'disk-encryption.unknown',
        reason: msg('check.disk-encryption.win32.reason.powershell', { problem: why, name }),
        sources: [source],
      })
    }
    return judgeProtection(parseBitLockerProtection(out.stdout), safeDrive, edition, source, out.stdout)
  },
}

function firstLine(text: string): string {
  return (text.trim().split(/\r?\n/)[0] ?? '').slice(0, 200)
}
