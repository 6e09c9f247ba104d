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
import type { Msg } from '../../../shared/i18n/msg'
import type { CheckStrategy } from '../types'
import { describeCommand, fail, msg, pass, semicolonList, unknown } from '../verdict'
import { CURRENT_VERSION_ARGV, editionMsg, readWindowsEdition } from '../win32/common'
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

const REQUIREMENT = msg('check.platform-integrity.win32.requirement')

type Dword =
  { kind: 'value'; value: number } | { kind: 'missing' } | { kind: 'problem'; detail: Msg | string }

function dword(r: RegKeyRead, name: string): Dword {
  if (r.kind === 'missing') return { kind: 'missing' }
  // readRegKey always gives reasonMsg; a hand-made read may carry only the English reason.
  if (r.kind === 'error') return { kind: 'problem', detail: r.reasonMsg ?? r.reason }
  const v = regDword(r.values, name)
  if (v.kind === 'absent') return { kind: 'missing' }
  if (v.kind === 'invalid') return { kind: 'problem', detail: v.detailMsg }
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
    const observed: Msg[] = []
    const problems: Msg[] = []

    let firmware: 'uefi' | 'bios' | null = null
    if (fw.kind === 'value') {
      firmware = fw.value === 2 ? 'uefi' : fw.value === 1 ? 'bios' : null
      observed.push(
        firmware === 'uefi'
          ? msg('check.platform-integrity.win32.observed.firmwareUefi', { value: fw.value })
          : firmware === 'bios'
            ? msg('check.platform-integrity.win32.observed.firmwareBios', { value: fw.value })
            : msg('check.platform-integrity.win32.observed.firmwareUnknown', { value: fw.value }),
      )
    } else if (fw.kind === 'problem')
      problems.push(msg('check.platform-integrity.win32.problem.firmware', { detail: fw.detail }))
    else observed.push(msg('check.platform-integrity.win32.observed.firmwareMissing'))

    if (sb.kind === 'value')
      observed.push(
        sb.value === 1
          ? msg('check.platform-integrity.win32.observed.secureBootOn', { value: sb.value })
          : sb.value === 0
            ? msg('check.platform-integrity.win32.observed.secureBootOff', { value: sb.value })
            : msg('check.platform-integrity.win32.observed.secureBootUnknown', { value: sb.value }),
      )
    else if (sb.kind === 'problem')
      problems.push(msg('check.platform-integrity.win32.problem.secureBoot', { detail: sb.detail }))
    else observed.push(msg('check.platform-integrity.win32.observed.secureBootMissing'))
    observed.push(editionMsg(edition))
    const alsoParams = { problems: semicolonList(problems) }
    const fix =
      edition.major === 10
        ? 'platform-integrity.win32.secure-boot.win10'
        : 'platform-integrity.win32.secure-boot'

    const sbOn = sb.kind === 'value' && sb.value === 1
    if (firmware === 'bios' && !sbOn) {
      return fail({
        summary: msg('check.platform-integrity.win32.summary.legacyBios'),
        observed,
        requirement: REQUIREMENT,
        remediationId: 'platform-integrity.win32.legacy-bios',
        reason:
          problems.length > 0
            ? msg('check.platform-integrity.win32.reason.legacyBiosAlso', alsoParams)
            : msg('check.platform-integrity.win32.reason.legacyBios'),
        sources,
      })
    }
    if (sb.kind === 'value' && sb.value === 0) {
      return fail({
        summary: msg('check.platform-integrity.win32.summary.off'),
        observed,
        requirement: REQUIREMENT,
        remediationId: fix,
        ...(problems.length > 0
          ? { reason: msg('check.platform-integrity.win32.reason.alsoUnreadable', alsoParams) }
          : {}),
        sources,
      })
    }
    if (sbOn && firmware !== 'bios') {
      return pass({
        summary: msg('check.platform-integrity.win32.summary.on'),
        observed,
        requirement: REQUIREMENT,
        remediationId: fix,
        sources,
      })
    }
    return unknown({
      summary: msg('check.platform-integrity.win32.summary.unconfirmed'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.unknown',
      reason: msg('check.platform-integrity.win32.reason.unconfirmed', {
        problem:
          problems.length > 0
            ? semicolonList(problems)
            : sbOn
              ? msg('check.platform-integrity.win32.problem.contradiction')
              : sb.kind === 'value'
                ? msg('check.platform-integrity.win32.problem.unexpectedValue', { value: sb.value })
                : msg('check.platform-integrity.win32.problem.notRecorded'),
      }),
      sources,
    })
  },
}
