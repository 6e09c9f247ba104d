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
import type { FileOutcome } from '../../probe/probe'
import { linuxFamily } from '../os-version/linux-release'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblem, describeCommand, fail, pass, unknown } from '../verdict'
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

const REQUIREMENT =
  'Secure Boot is on (the computer starts through UEFI and only runs signed start-up software)'

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
  readonly observed: string[]
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
  const observed: string[] = []
  const mounts = mountsOut.kind === 'file' ? parseMounts(mountsOut.text) : null
  const secureBoot = boolVar(sbOut)
  const setupMode = boolVar(setupOut)
  let uefi: boolean | null
  if (fwOut.kind === 'file') {
    const bits = parseFwPlatformSize(fwOut.text)
    observed.push(
      `UEFI firmware interface present (/sys/firmware/efi${bits !== null ? `, ${bits}-bit firmware` : ''})`,
    )
    uefi = true
  } else if (fwOut.error === 'ENOENT') {
    // An efivar that exists means UEFI whatever the marker file says (very old kernels lack it).
    uefi = secureBoot.kind === 'missing' && setupMode.kind === 'missing' ? false : true
    observed.push(
      uefi ? 'UEFI variables are present' : 'no UEFI firmware interface: /sys/firmware/efi does not exist',
    )
  } else {
    uefi = secureBoot.kind === 'value' || secureBoot.kind === 'invalid' ? true : null
    observed.push(`/sys/firmware/efi could not be read (${fwOut.error})`)
  }
  if (mounts !== null && !mounts.sysfs) observed.push('sysfs is not mounted at /sys')
  if (secureBoot.kind === 'value')
    observed.push(`SecureBoot variable: ${secureBoot.value} (${secureBoot.value === 1 ? 'on' : 'off'})`)
  else if (secureBoot.kind === 'invalid') observed.push('SecureBoot variable: unexpected content')
  else if (secureBoot.kind === 'unreadable')
    observed.push(`SecureBoot variable: unreadable (${secureBoot.error})`)
  else if (uefi === true) observed.push('SecureBoot variable: not present')
  if (setupMode.kind === 'value')
    observed.push(
      `SetupMode variable: ${setupMode.value}${setupMode.value === 1 ? ' (Setup Mode: no keys enrolled)' : ''}`,
    )
  const shimValidationDisabled =
    mokOut.kind === 'file' || (mokOut.kind === 'error' && mokOut.error === 'EACCES')
  if (shimValidationDisabled)
    observed.push(
      'shim’s MokSBStateRT variable exists: shim does not check signatures (mokutil --disable-validation)',
    )
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
          ? 'Secure Boot of WSL is decided by Windows'
          : 'Secure Boot cannot be judged from inside a container',
        observed: [
          wsl
            ? 'Running inside Windows Subsystem for Linux'
            : `Running inside a container (${host.detail ?? 'unknown runtime'})`,
          ...observed,
        ],
        requirement: REQUIREMENT,
        remediationId: 'platform-integrity.linux.host',
        reason: wsl
          ? 'WSL runs inside Windows, which is what the firmware starts. Run Preflight on Windows to check Secure Boot.'
          : 'A container shares the kernel and firmware of the computer it runs on; what it can see of them is not proof for that computer. Run Preflight directly on that computer.',
        sources,
      })
    }
    const vm = host.kind === 'vm'
    if (vm) observed.unshift(`virtual machine (${host.detail ?? 'unknown hypervisor'})`)
    const arch = osRelease !== null && linuxFamily(osRelease.fields) === 'pacman'
    const turnOn = vm
      ? 'platform-integrity.linux.vm'
      : arch
        ? 'platform-integrity.linux.secure-boot.arch'
        : 'platform-integrity.linux.secure-boot'

    if (ev.uefi === false) {
      if (ev.sysfs !== true) {
        return unknown({
          summary: 'Could not tell how this computer started',
          observed,
          requirement: REQUIREMENT,
          remediationId: 'platform-integrity.unknown',
          reason: `${ev.sysfs === false ? 'sysfs is not mounted at /sys' : 'Preflight could not confirm that sysfs is mounted at /sys (/proc/self/mounts was not readable)'}, so a missing UEFI interface proves nothing. Run Preflight on a normally started system.`,
          sources,
        })
      }
      return fail({
        summary: 'This computer started in legacy BIOS mode (no UEFI), so Secure Boot cannot be on',
        observed,
        requirement: REQUIREMENT,
        remediationId: vm ? 'platform-integrity.linux.vm' : 'platform-integrity.linux.legacy-bios',
        reason:
          'Secure Boot is part of UEFI firmware. A computer that starts in legacy BIOS (or CSM) mode has no Secure Boot at all, so this cannot pass until it starts in UEFI mode.',
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
      observed.push(
        `mokutil: Secure Boot ${state.secureBoot}${state.setupMode ? ', Setup Mode' : ''}${state.shimValidationDisabled ? ', shim validation disabled' : ''}`,
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
        ? 'mokutil is not installed'
        : state === null
          ? (commandProblem(MOKUTIL_ARGV, mok) ??
            '`mokutil --sb-state` printed an answer Preflight does not know')
          : state.kind === 'no-efi'
            ? 'mokutil reports no EFI variables'
            : 'mokutil cannot determine the Secure Boot state'
    return unknown({
      summary: 'Could not read the Secure Boot state',
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.unknown',
      reason: `${sb.kind === 'unreadable' ? `The SecureBoot variable could not be read (${sb.error})` : sb.kind === 'invalid' ? 'The SecureBoot variable holds an unexpected value' : 'The EFI variables are not available (efivarfs is not mounted)'}, and ${why}. \`mokutil --sb-state\` or your firmware settings show whether Secure Boot is on.`,
      sources,
    })
  },
}

function judge(
  secureBoot: 'enabled' | 'disabled' | 'absent',
  setupMode: boolean,
  shimValidationDisabled: boolean,
  observed: string[],
  sources: string[],
  turnOn: string,
): CheckVerdict {
  if (secureBoot === 'absent')
    return fail({
      summary: 'This computer’s firmware has no Secure Boot setting in force',
      observed,
      requirement: REQUIREMENT,
      remediationId: turnOn,
      reason:
        'The computer starts through UEFI, but its firmware defines no SecureBoot variable, so Secure Boot is not in force. Look for Secure Boot in the firmware settings; very old firmware may not offer it.',
      sources,
    })
  if (secureBoot === 'disabled')
    return fail({
      summary: setupMode
        ? 'Secure Boot is off: the firmware is in Setup Mode (no keys enrolled)'
        : 'Secure Boot is off',
      observed,
      requirement: REQUIREMENT,
      remediationId: setupMode ? 'platform-integrity.linux.setup-mode' : turnOn,
      sources,
    })
  if (setupMode)
    return fail({
      summary: 'Secure Boot is not enforced: the firmware is in Setup Mode',
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.linux.setup-mode',
      sources,
    })
  if (shimValidationDisabled)
    return fail({
      summary: 'Secure Boot is on, but the shim boot loader does not check signatures',
      observed,
      requirement: REQUIREMENT,
      remediationId: 'platform-integrity.linux.shim-validation',
      reason:
        'With shim validation disabled, unsigned boot loaders and kernels start anyway, which defeats Secure Boot.',
      sources,
    })
  return pass({
    summary: 'Secure Boot is on',
    observed,
    requirement: REQUIREMENT,
    remediationId: turnOn,
    sources,
  })
}
