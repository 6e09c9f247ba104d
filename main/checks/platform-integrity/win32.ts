/**
 * platform-integrity on Windows: Secure Boot on.
 *
 * `Confirm-SecureBootUEFI` needs an elevated PowerShell (non-admin: "Unable to set proper privileges.
 * Access was denied." [doc]), so it is not used. What a standard user can read:
 * - HKLM\SYSTEM\CurrentControlSet\Control\SecureBoot\State, value UEFISecureBootEnabled (REG_DWORD):
 *   1 on, 0 off. Read by many user-context scripts [obs]; its ACL for standard users is [verify].
 * - HKLM\SYSTEM\CurrentControlSet\Control, value PEFirmwareType (REG_DWORD): 1 legacy BIOS, 2 UEFI
 *   (documented for Windows PE; present on installed Windows in every script seen [obs], [verify]).
 *
 * Pass iff UEFISecureBootEnabled = 1 (and the firmware type does not say BIOS). Fail if it is 0, or if
 * the PC started in legacy BIOS mode (no UEFI, so no Secure Boot in this boot mode). Unknown when the
 * Secure Boot value is missing or unreadable and the firmware type does not settle it. A missing
 * SecureBoot\State key alone is not taken as "legacy" (a weak inference many scripts make).
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { CheckStrategy } from '../types'
import { describeCommand, fail, pass, unknown } from '../verdict'
import { CURRENT_VERSION_ARGV, describeEdition, readWindowsEdition } from '../win32/common'
import { readRegKey, regDword, regQueryArgv, type RegKeyRead } from '../win32/reg'

export const SECURE_BOOT_ARGV = regQueryArgv(
  'HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecureBoot\\State',
  '/v',
  'UEFISecureBootEnabled',
)
export const FIRMWARE_TYPE_ARGV = regQueryArgv(
  'HKLM\\SYSTEM\\CurrentControlSet\\Control',
  '/v',
  'PEFirmwareType',
)

const REQUIREMENT =
  'Secure Boot is on (the PC starts in UEFI mode and checks the start-up software’s signatures)'

type Dword = { kind: 'value'; value: number } | { kind: 'missing' } | { kind: 'problem'; detail: string }

function dword(r: RegKeyRead, name: string): Dword {
  if (r.kind === 'missing') return { kind: 'missing' }
  if (r.kind === 'error') return { kind: 'problem', detail: r.reason }
  const v = regDword(r.values, name)
  if (v.kind === 'absent') return { kind: 'missing' }
  if (v.kind === 'invalid') return { kind: 'problem', detail: v.detail }
  return { kind: 'value', value: v.value }
}

export const win32Strategy: CheckStrategy = {
  probes: {
    commands: [SECURE_BOOT_ARGV, FIRMWARE_TYPE_ARGV, CURRENT_VERSION_ARGV],
    files: [],
    notes: [
      'registry SecureBoot\\State UEFISecureBootEnabled: Secure Boot on or off (Confirm-SecureBootUEFI needs admin rights)',
      'registry PEFirmwareType: whether Windows started in UEFI or legacy BIOS mode',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const [sbRead, fwRead, edition] = await Promise.all([
      readRegKey(ctx.probe, SECURE_BOOT_ARGV),
      readRegKey(ctx.probe, FIRMWARE_TYPE_ARGV),
      readWindowsEdition(ctx.probe),
    ])
    const sources = [describeCommand(SECURE_BOOT_ARGV), describeCommand(FIRMWARE_TYPE_ARGV)]
    const sb = dword(sbRead, 'UEFISecureBootEnabled')
    const fw = dword(fwRead, 'PEFirmwareType')
    const observed: string[] = []
    const problems: string[] = []

    let firmware: 'uefi' | 'bios' | null = null
    if (fw.kind === 'value') {
      firmware = fw.value === 2 ? 'uefi' : fw.value === 1 ? 'bios' : null
      observed.push(
        `firmware: ${firmware === 'uefi' ? 'UEFI' : firmware === 'bios' ? 'legacy BIOS' : `unknown type ${fw.value}`} (PEFirmwareType ${fw.value})`,
      )
    } else if (fw.kind === 'problem') problems.push(`the firmware type could not be read (${fw.detail})`)
    else observed.push('the firmware type is not recorded (PEFirmwareType missing)')

    if (sb.kind === 'value')
      observed.push(
        `Secure Boot: ${sb.value === 1 ? 'on' : sb.value === 0 ? 'off' : `unknown value ${sb.value}`} (UEFISecureBootEnabled ${sb.value})`,
      )
    else if (sb.kind === 'problem') problems.push(`the Secure Boot state could not be read (${sb.detail})`)
    else
      observed.push(
        'the Secure Boot state is not recorded (SecureBoot\\State\\UEFISecureBootEnabled missing)',
      )
    observed.push(describeEdition(edition))
    const also = problems.length > 0 ? ` Also not readable: ${problems.join('; ')}.` : ''
    const fix =
      edition.major === 10
        ? 'platform-integrity.win32.secure-boot.win10'
        : 'platform-integrity.win32.secure-boot'

    const sbOn = sb.kind === 'value' && sb.value === 1
    if (firmware === 'bios' && !sbOn) {
      return fail({
        summary: 'This PC starts in legacy BIOS mode, so Secure Boot cannot be on',
        observed,
        requirement: REQUIREMENT,
        remediationId: 'platform-integrity.win32.legacy-bios',
        reason: `Secure Boot exists only when a PC starts in UEFI mode. Switching an installed Windows from legacy BIOS to UEFI needs the disk converted first (MBR to GPT), which takes an administrator.${also}`,
        sources,
      })
    }
    if (sb.kind === 'value' && sb.value === 0) {
      return fail({
        summary: 'Secure Boot is off',
        observed,
        requirement: REQUIREMENT,
        remediationId: fix,
        ...(also !== '' ? { reason: also.trim() } : {}),
        sources,
      })
    }
    if (sbOn && firmware !== 'bios') {
      return pass({
        summary: 'Secure Boot is on',
        observed,
        requirement: REQUIREMENT,
        remediationId: fix,
        sources,
      })
    }
    return unknown({
      summary: 'Could not confirm that Secure Boot is on',
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.unknown',
      reason: `${
        problems.length > 0
          ? capitalise(problems.join('; '))
          : sbOn
            ? 'Windows reports Secure Boot on but a legacy BIOS start, which contradict each other'
            : sb.kind === 'value'
              ? `Windows reports an unexpected Secure Boot value (${sb.value})`
              : 'Windows does not record the Secure Boot state here'
      }. Open System Information (msinfo32) and look at “Secure Boot State” and “BIOS Mode”.`,
      sources,
    })
  },
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
