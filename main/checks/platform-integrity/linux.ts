/**
 * platform-integrity on Linux: Secure Boot on.
 *
 * Read without root (linux-efi.ts for the formats):
 * - /sys/firmware/efi/fw_platform_size: present only when the kernel was started by UEFI firmware;
 * - the SecureBoot efivar (byte after the 4 attribute bytes: 1 on, 0 off), SetupMode (1: no keys
 *   enrolled, nothing enforced) and shim's MokSBStateRT (exists when `mokutil --disable-validation`
 *   made shim boot unsigned kernels);
 * - /proc/self/mounts: sysfs at /sys and efivarfs at /sys/firmware/efi/efivars, so a missing file is
 *   evidence and not an unmounted filesystem;
 * - `mokutil --sb-state` only when the efivars themselves cannot be read.
 *
 * Verdicts: pass iff SecureBoot = 1, SetupMode ≠ 1 and shim validation is not disabled. Fail when
 * SecureBoot = 0, in Setup Mode, with shim validation disabled, when the firmware has no SecureBoot
 * variable at all, or when the machine did not start through UEFI (legacy BIOS/CSM): Secure Boot is a
 * UEFI feature, so a legacy boot cannot have it, and the verdict says so. Unknown inside a container
 * or WSL (the firmware belongs to the host; the facts read are still listed), when sysfs is not
 * mounted, or when nothing readable decides. A virtual machine is judged like any machine: its
 * Secure Boot is a setting of the VM, and the fix says where.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import type { FileOutcome } from '../../probe/probe'
import { linuxFamily } from '../os-version/linux-release'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblemMsg, describeCommand, fail, msg, pass, unknown } from '../verdict'
import {
  efiBoolean,
  parseEfiVar,
  parseFwPlatformSize,
  parseMokutilSbState,
  parseMounts,
  type MokutilState,
} from './linux-efi'

const EFI_GLOBAL = '8be4df61-93ca-11d2-aa0d-00e098032b8c'
const SHIM_GUID = '605dab50-e046-4300-abb6-3dd810dd8b23'
export const FW_PLATFORM_SIZE = '/sys/firmware/efi/fw_platform_size'
export const SECURE_BOOT_VAR = `/sys/firmware/efi/efivars/SecureBoot-${EFI_GLOBAL}`
export const SETUP_MODE_VAR = `/sys/firmware/efi/efivars/SetupMode-${EFI_GLOBAL}`
export const MOK_SB_STATE_RT_VAR = `/sys/firmware/efi/efivars/MokSBStateRT-${SHIM_GUID}`
export const MOUNTS = '/proc/self/mounts'
export const MOKUTIL_ARGV: readonly string[] = ['mokutil', '--sb-state']

const REQUIREMENT = msg('check.platform-integrity.linux.requirement')

/** What the efivars say, with the error kinds kept apart. */
type VarRead =
  | { kind: 'value'; value: 0 | 1 }
  | { kind: 'missing' }
  | { kind: 'invalid' }
  | { kind: 'unreadable'; error: string }

function boolVar(out: FileOutcome): VarRead {
  if (out.kind === 'error')
    return out.error === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', error: out.error }
  const v = efiBoolean(parseEfiVar(out.text))
  return v === null ? { kind: 'invalid' } : { kind: 'value', value: v }
}

interface Evidence {
  readonly observed: Msg[]
  readonly uefi: boolean | null
  readonly sysfs: boolean | null
  readonly efivarfs: boolean | null
  readonly secureBoot: VarRead
  readonly setupMode: VarRead
  readonly shimValidationDisabled: boolean
}

async function readEvidence(ctx: CheckContext): Promise<Evidence> {
  const [fwOut, sbOut, setupOut, mokOut, mountsOut] = await Promise.all([
    ctx.probe.readFile(FW_PLATFORM_SIZE),
    ctx.probe.readFile(SECURE_BOOT_VAR),
    ctx.probe.readFile(SETUP_MODE_VAR),
    ctx.probe.readFile(MOK_SB_STATE_RT_VAR),
    ctx.probe.readFile(MOUNTS),
  ])
  const observed: Msg[] = []
  const mounts = mountsOut.kind === 'file' ? parseMounts(mountsOut.text) : null
  const secureBoot = boolVar(sbOut)
  const setupMode = boolVar(setupOut)
  let uefi: boolean | null
  if (fwOut.kind === 'file') {
    const bits = parseFwPlatformSize(fwOut.text)
    observed.push(
      bits !== null
        ? msg('check.platform-integrity.linux.observed.uefiBits', { bits })
        : msg('check.platform-integrity.linux.observed.uefi'),
    )
    uefi = true
  } else if (fwOut.error === 'ENOENT') {
    // An efivar that exists means UEFI whatever the marker file says (very old kernels lack it).
    uefi = secureBoot.kind === 'missing' && setupMode.kind === 'missing' ? false : true
    observed.push(
      uefi
        ? msg('check.platform-integrity.linux.observed.efiVars')
        : msg('check.platform-integrity.linux.observed.noUefi'),
    )
  } else {
    uefi = secureBoot.kind === 'value' || secureBoot.kind === 'invalid' ? true : null
    observed.push(msg('check.platform-integrity.linux.observed.efiUnreadable', { error: fwOut.error }))
  }
  if (mounts !== null && !mounts.sysfs) observed.push(msg('check.platform-integrity.linux.observed.noSysfs'))
  if (secureBoot.kind === 'value')
    observed.push(
      secureBoot.value === 1
        ? msg('check.platform-integrity.linux.observed.secureBootOn', { value: secureBoot.value })
        : msg('check.platform-integrity.linux.observed.secureBootOff', { value: secureBoot.value }),
    )
  else if (secureBoot.kind === 'invalid')
    observed.push(msg('check.platform-integrity.linux.observed.secureBootInvalid'))
  else if (secureBoot.kind === 'unreadable')
    observed.push(
      msg('check.platform-integrity.linux.observed.secureBootUnreadable', { error: secureBoot.error }),
    )
  else if (uefi === true) observed.push(msg('check.platform-integrity.linux.observed.secureBootMissing'))
  if (setupMode.kind === 'value')
    observed.push(
      setupMode.value === 1
        ? msg('check.platform-integrity.linux.observed.setupModeOn', { value: setupMode.value })
        : msg('check.platform-integrity.linux.observed.setupMode', { value: setupMode.value }),
    )
  const shimValidationDisabled =
    mokOut.kind === 'file' || (mokOut.kind === 'error' && mokOut.error === 'EACCES')
  if (shimValidationDisabled) observed.push(msg('check.platform-integrity.linux.observed.shimValidationOff'))
  return {
    observed,
    uefi,
    sysfs: mounts?.sysfs ?? null,
    efivarfs: mounts?.efivarfs ?? null,
    secureBoot,
    setupMode,
    shimValidationDisabled,
  }
}

export const linuxStrategy: CheckStrategy = {
  probes: {
    commands: [MOKUTIL_ARGV],
    files: [FW_PLATFORM_SIZE, SECURE_BOOT_VAR, SETUP_MODE_VAR, MOK_SB_STATE_RT_VAR, MOUNTS],
    notes: [
      '/sys/firmware/efi: whether the computer started through UEFI',
      'efivars SecureBoot, SetupMode (EFI global variables) and shim’s MokSBStateRT: Secure Boot state (files readable by every user)',
      'mokutil --sb-state only when the efivars cannot be read',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const [host, ev, osRelease] = await Promise.all([
      ctx.facts.hostKind(),
      readEvidence(ctx),
      ctx.facts.osRelease(),
    ])
    const observed = [...ev.observed]
    const sources = [FW_PLATFORM_SIZE, SECURE_BOOT_VAR, SETUP_MODE_VAR, MOK_SB_STATE_RT_VAR, MOUNTS]

    if (host.kind === 'wsl' || host.kind === 'container') {
      const wsl = host.kind === 'wsl'
      return unknown({
        summary: wsl
          ? msg('check.platform-integrity.linux.summary.wsl')
          : msg('check.platform-integrity.linux.summary.container'),
        observed: [
          wsl
            ? msg('check.platform-integrity.linux.observed.wsl')
            : msg('check.platform-integrity.linux.observed.container', {
                runtime: host.detail ?? msg('check.platform-integrity.linux.unknownRuntime'),
              }),
          ...observed,
        ],
        requirement: REQUIREMENT,
        remediationId: 'platform-integrity.linux.host',
        reason: wsl
          ? msg('check.platform-integrity.linux.reason.wsl')
          : msg('check.platform-integrity.linux.reason.container'),
        sources,
      })
    }
    const vm = host.kind === 'vm'
    if (vm)
      observed.unshift(
        msg('check.platform-integrity.linux.observed.vm', {
          hypervisor: host.detail ?? msg('check.platform-integrity.linux.unknownHypervisor'),
        }),
      )
    const arch = osRelease !== null && linuxFamily(osRelease.fields) === 'pacman'
    const turnOn = vm
      ? 'platform-integrity.linux.vm'
      : arch
        ? 'platform-integrity.linux.secure-boot.arch'
        : 'platform-integrity.linux.secure-boot'

    if (ev.uefi === false) {
      if (ev.sysfs !== true) {
        return unknown({
          summary: msg('check.platform-integrity.linux.summary.bootUnknown'),
          observed,
          requirement: REQUIREMENT,
          remediationId: 'platform-integrity.unknown',
          reason:
            ev.sysfs === false
              ? msg('check.platform-integrity.linux.reason.noSysfs')
              : msg('check.platform-integrity.linux.reason.sysfsUnconfirmed'),
          sources,
        })
      }
      return fail({
        summary: msg('check.platform-integrity.linux.summary.legacyBios'),
        observed,
        requirement: REQUIREMENT,
        remediationId: vm ? 'platform-integrity.linux.vm' : 'platform-integrity.linux.legacy-bios',
        reason: msg('check.platform-integrity.linux.reason.legacyBios'),
        sources,
      })
    }

    // Decide from the efivars when they are readable.
    const sb = ev.secureBoot
    const setup = ev.setupMode.kind === 'value' && ev.setupMode.value === 1
    if (sb.kind === 'value' || (sb.kind === 'missing' && ev.uefi === true && ev.efivarfs === true)) {
      return judge(
        sb.kind === 'value' ? (sb.value === 1 ? 'enabled' : 'disabled') : 'absent',
        setup,
        ev.shimValidationDisabled,
        observed,
        sources,
        turnOn,
      )
    }

    // Otherwise ask mokutil.
    const mok = await ctx.probe.run(MOKUTIL_ARGV, { timeoutMs: 5_000 })
    sources.push(describeCommand(MOKUTIL_ARGV))
    let state: MokutilState | null = null
    if (mok.kind === 'exit') state = parseMokutilSbState(mok.stdout, mok.stderr, mok.exitCode)
    if (state !== null && state.kind === 'state') {
      const sbState = msg(`check.platform-integrity.linux.state.${state.secureBoot}`)
      observed.push(
        state.setupMode
          ? state.shimValidationDisabled
            ? msg('check.platform-integrity.linux.observed.mokutilSetupModeShimOff', { state: sbState })
            : msg('check.platform-integrity.linux.observed.mokutilSetupMode', { state: sbState })
          : state.shimValidationDisabled
            ? msg('check.platform-integrity.linux.observed.mokutilShimOff', { state: sbState })
            : msg('check.platform-integrity.linux.observed.mokutil', { state: sbState }),
      )
      return judge(
        state.secureBoot,
        setup || state.setupMode,
        ev.shimValidationDisabled || state.shimValidationDisabled,
        observed,
        sources,
        turnOn,
      )
    }
    const why =
      mok.kind === 'error' && mok.error === 'ENOENT'
        ? msg('check.platform-integrity.linux.problem.noMokutil')
        : state === null
          ? (commandProblemMsg(MOKUTIL_ARGV, mok) ??
            msg('check.platform-integrity.linux.problem.mokutilUnknown'))
          : state.kind === 'no-efi'
            ? msg('check.platform-integrity.linux.problem.mokutilNoEfi')
            : msg('check.platform-integrity.linux.problem.mokutilUndetermined')
    return unknown({
      summary: msg('check.platform-integrity.linux.summary.unreadable'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.unknown',
      reason: msg('check.platform-integrity.linux.reason.unreadable', {
        efi:
          sb.kind === 'unreadable'
            ? msg('check.platform-integrity.linux.problem.secureBootUnreadable', { error: sb.error })
            : sb.kind === 'invalid'
              ? msg('check.platform-integrity.linux.problem.secureBootInvalid')
              : msg('check.platform-integrity.linux.problem.noEfivarfs'),
        why,
      }),
      sources,
    })
  },
}

function judge(
  secureBoot: 'enabled' | 'disabled' | 'absent',
  setupMode: boolean,
  shimValidationDisabled: boolean,
  observed: Msg[],
  sources: string[],
  turnOn: string,
): CheckVerdict {
  if (secureBoot === 'absent')
    return fail({
      summary: msg('check.platform-integrity.linux.summary.absent'),
      observed,
      requirement: REQUIREMENT,
      remediationId: turnOn,
      reason: msg('check.platform-integrity.linux.reason.absent'),
      sources,
    })
  if (secureBoot === 'disabled')
    return fail({
      summary: setupMode
        ? msg('check.platform-integrity.linux.summary.offSetupMode')
        : msg('check.platform-integrity.linux.summary.off'),
      observed,
      requirement: REQUIREMENT,
      remediationId: setupMode ? 'platform-integrity.linux.setup-mode' : turnOn,
      sources,
    })
  if (setupMode)
    return fail({
      summary: msg('check.platform-integrity.linux.summary.setupMode'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.linux.setup-mode',
      sources,
    })
  if (shimValidationDisabled)
    return fail({
      summary: msg('check.platform-integrity.linux.summary.shimValidationOff'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.linux.shim-validation',
      reason: msg('check.platform-integrity.linux.reason.shimValidationOff'),
      sources,
    })
  return pass({
    summary: msg('check.platform-integrity.linux.summary.on'),
    observed,
    requirement: REQUIREMENT,
    remediationId: turnOn,
    sources,
  })
}
