/**
 * English messages of the platform-integrity check (main/checks/platform-integrity/*), keys
 * `check.platform-integrity.<platform>.<what>`. Tool and variable names (csrutil, spctl, mokutil,
 * UEFISecureBootEnabled, PEFirmwareType, SecureBoot, SetupMode, MokSBStateRT), their values and
 * product names (System Integrity Protection, Gatekeeper, Secure Boot) stay as the machine writes
 * them.
 */
export const CHECKS_PLATFORM_INTEGRITY_EN = {
  // macOS
  'check.platform-integrity.darwin.requirement':
    'System Integrity Protection is fully on and Gatekeeper checks apps before they open',
  'check.platform-integrity.darwin.observed.sipOn': 'System Integrity Protection: on',
  'check.platform-integrity.darwin.observed.sipOff': 'System Integrity Protection: off',
  'check.platform-integrity.darwin.observed.sipCustom': 'System Integrity Protection: custom configuration',
  'check.platform-integrity.darwin.observed.sipCustomOff':
    'System Integrity Protection: custom configuration (off: {protections})',
  'check.platform-integrity.darwin.observed.gatekeeperOn': 'Gatekeeper: on',
  'check.platform-integrity.darwin.observed.gatekeeperOff': 'Gatekeeper: off',
  'check.platform-integrity.darwin.problem.csrutilUnknown':
    '`csrutil status` printed a status Preflight does not know',
  'check.platform-integrity.darwin.problem.spctlUnknown':
    '`spctl --status` printed an answer Preflight does not know (exit code {code})',
  'check.platform-integrity.darwin.problem.spctlNoAnswer': '`spctl --status` gave no answer',
  'check.platform-integrity.darwin.summary.sipOff': 'System Integrity Protection is off',
  'check.platform-integrity.darwin.summary.sipOffGatekeeperOff':
    'System Integrity Protection is off, and Gatekeeper is off',
  'check.platform-integrity.darwin.summary.sipPartly':
    'System Integrity Protection is partly off (custom configuration)',
  'check.platform-integrity.darwin.summary.sipPartlyGatekeeperOff':
    'System Integrity Protection is partly off (custom configuration), and Gatekeeper is off',
  'check.platform-integrity.darwin.summary.gatekeeperOff':
    'Gatekeeper is off: apps from anywhere can open without being checked',
  'check.platform-integrity.darwin.summary.pass': 'System Integrity Protection and Gatekeeper are on',
  'check.platform-integrity.darwin.summary.unconfirmed':
    'Could not confirm System Integrity Protection and Gatekeeper',
  'check.platform-integrity.darwin.reason.sip': 'SIP can only be turned back on from macOS Recovery.',
  'check.platform-integrity.darwin.reason.sipAlso':
    'SIP can only be turned back on from macOS Recovery. Also not readable: {problems}.',
  'check.platform-integrity.darwin.reason.sipGatekeeper':
    'SIP can only be turned back on from macOS Recovery. Turn Gatekeeper back on as well (Privacy & Security); Preflight shows those steps once SIP is on.',
  'check.platform-integrity.darwin.reason.sipGatekeeperAlso':
    'SIP can only be turned back on from macOS Recovery. Turn Gatekeeper back on as well (Privacy & Security); Preflight shows those steps once SIP is on. Also not readable: {problems}.',
  'check.platform-integrity.darwin.reason.alsoUnreadable': 'Also not readable: {problems}.',
  'check.platform-integrity.darwin.reason.unconfirmed':
    '{problems|cap}. In Terminal, `csrutil status` and `spctl --status` show both settings.',

  // Windows
  'check.platform-integrity.win32.requirement':
    'Secure Boot is on (the PC starts in UEFI mode and checks the start-up software’s signatures)',
  'check.platform-integrity.win32.observed.firmwareUefi': 'firmware: UEFI (PEFirmwareType {value})',
  'check.platform-integrity.win32.observed.firmwareBios': 'firmware: legacy BIOS (PEFirmwareType {value})',
  'check.platform-integrity.win32.observed.firmwareUnknown':
    'firmware: unknown type {value} (PEFirmwareType {value})',
  'check.platform-integrity.win32.observed.firmwareMissing':
    'the firmware type is not recorded (PEFirmwareType missing)',
  'check.platform-integrity.win32.observed.secureBootOn': 'Secure Boot: on (UEFISecureBootEnabled {value})',
  'check.platform-integrity.win32.observed.secureBootOff': 'Secure Boot: off (UEFISecureBootEnabled {value})',
  'check.platform-integrity.win32.observed.secureBootUnknown':
    'Secure Boot: unknown value {value} (UEFISecureBootEnabled {value})',
  'check.platform-integrity.win32.observed.secureBootMissing':
    'the Secure Boot state is not recorded (SecureBoot\\State\\UEFISecureBootEnabled missing)',
  'check.platform-integrity.win32.problem.firmware': 'the firmware type could not be read ({detail})',
  'check.platform-integrity.win32.problem.secureBoot': 'the Secure Boot state could not be read ({detail})',
  'check.platform-integrity.win32.problem.contradiction':
    'Windows reports Secure Boot on but a legacy BIOS start, which contradict each other',
  'check.platform-integrity.win32.problem.unexpectedValue':
    'Windows reports an unexpected Secure Boot value ({value})',
  'check.platform-integrity.win32.problem.notRecorded': 'Windows does not record the Secure Boot state here',
  'check.platform-integrity.win32.summary.legacyBios':
    'This PC starts in legacy BIOS mode, so Secure Boot cannot be on',
  'check.platform-integrity.win32.summary.off': 'Secure Boot is off',
  'check.platform-integrity.win32.summary.on': 'Secure Boot is on',
  'check.platform-integrity.win32.summary.unconfirmed': 'Could not confirm that Secure Boot is on',
  'check.platform-integrity.win32.reason.legacyBios':
    'Secure Boot exists only when a PC starts in UEFI mode. Switching an installed Windows from legacy BIOS to UEFI needs the disk converted first (MBR to GPT), which takes an administrator.',
  'check.platform-integrity.win32.reason.legacyBiosAlso':
    'Secure Boot exists only when a PC starts in UEFI mode. Switching an installed Windows from legacy BIOS to UEFI needs the disk converted first (MBR to GPT), which takes an administrator. Also not readable: {problems}.',
  'check.platform-integrity.win32.reason.alsoUnreadable': 'Also not readable: {problems}.',
  'check.platform-integrity.win32.reason.unconfirmed':
    '{problem|cap}. Open System Information (msinfo32) and look at “Secure Boot State” and “BIOS Mode”.',

  // Linux
  'check.platform-integrity.linux.requirement':
    'Secure Boot is on (the computer starts through UEFI and only runs signed start-up software)',
  'check.platform-integrity.linux.observed.uefi': 'UEFI firmware interface present (/sys/firmware/efi)',
  'check.platform-integrity.linux.observed.uefiBits':
    'UEFI firmware interface present (/sys/firmware/efi, {bits}-bit firmware)',
  'check.platform-integrity.linux.observed.efiVars': 'UEFI variables are present',
  'check.platform-integrity.linux.observed.noUefi':
    'no UEFI firmware interface: /sys/firmware/efi does not exist',
  'check.platform-integrity.linux.observed.efiUnreadable': '/sys/firmware/efi could not be read ({error})',
  'check.platform-integrity.linux.observed.noSysfs': 'sysfs is not mounted at /sys',
  'check.platform-integrity.linux.observed.secureBootOn': 'SecureBoot variable: {value} (on)',
  'check.platform-integrity.linux.observed.secureBootOff': 'SecureBoot variable: {value} (off)',
  'check.platform-integrity.linux.observed.secureBootInvalid': 'SecureBoot variable: unexpected content',
  'check.platform-integrity.linux.observed.secureBootUnreadable': 'SecureBoot variable: unreadable ({error})',
  'check.platform-integrity.linux.observed.secureBootMissing': 'SecureBoot variable: not present',
  'check.platform-integrity.linux.observed.setupMode': 'SetupMode variable: {value}',
  'check.platform-integrity.linux.observed.setupModeOn':
    'SetupMode variable: {value} (Setup Mode: no keys enrolled)',
  'check.platform-integrity.linux.observed.shimValidationOff':
    'shim’s MokSBStateRT variable exists: shim does not check signatures (mokutil --disable-validation)',
  'check.platform-integrity.linux.summary.wsl': 'Secure Boot of WSL is decided by Windows',
  'check.platform-integrity.linux.summary.container': 'Secure Boot cannot be judged from inside a container',
  'check.platform-integrity.linux.observed.wsl': 'Running inside Windows Subsystem for Linux',
  'check.platform-integrity.linux.observed.container': 'Running inside a container ({runtime})',
  'check.platform-integrity.linux.unknownRuntime': 'unknown runtime',
  'check.platform-integrity.linux.reason.wsl':
    'WSL runs inside Windows, which is what the firmware starts. Run Preflight on Windows to check Secure Boot.',
  'check.platform-integrity.linux.reason.container':
    'A container shares the kernel and firmware of the computer it runs on; what it can see of them is not proof for that computer. Run Preflight directly on that computer.',
  'check.platform-integrity.linux.observed.vm': 'virtual machine ({hypervisor})',
  'check.platform-integrity.linux.unknownHypervisor': 'unknown hypervisor',
  'check.platform-integrity.linux.summary.bootUnknown': 'Could not tell how this computer started',
  'check.platform-integrity.linux.reason.noSysfs':
    'sysfs is not mounted at /sys, so a missing UEFI interface proves nothing. Run Preflight on a normally started system.',
  'check.platform-integrity.linux.reason.sysfsUnconfirmed':
    'Preflight could not confirm that sysfs is mounted at /sys (/proc/self/mounts was not readable), so a missing UEFI interface proves nothing. Run Preflight on a normally started system.',
  'check.platform-integrity.linux.summary.legacyBios':
    'This computer started in legacy BIOS mode (no UEFI), so Secure Boot cannot be on',
  'check.platform-integrity.linux.reason.legacyBios':
    'Secure Boot is part of UEFI firmware. A computer that starts in legacy BIOS (or CSM) mode has no Secure Boot at all, so this cannot pass until it starts in UEFI mode.',
  'check.platform-integrity.linux.state.enabled': 'enabled',
  'check.platform-integrity.linux.state.disabled': 'disabled',
  'check.platform-integrity.linux.observed.mokutil': 'mokutil: Secure Boot {state}',
  'check.platform-integrity.linux.observed.mokutilSetupMode': 'mokutil: Secure Boot {state}, Setup Mode',
  'check.platform-integrity.linux.observed.mokutilShimOff':
    'mokutil: Secure Boot {state}, shim validation disabled',
  'check.platform-integrity.linux.observed.mokutilSetupModeShimOff':
    'mokutil: Secure Boot {state}, Setup Mode, shim validation disabled',
  'check.platform-integrity.linux.problem.noMokutil': 'mokutil is not installed',
  'check.platform-integrity.linux.problem.mokutilUnknown':
    '`mokutil --sb-state` printed an answer Preflight does not know',
  'check.platform-integrity.linux.problem.mokutilNoEfi': 'mokutil reports no EFI variables',
  'check.platform-integrity.linux.problem.mokutilUndetermined':
    'mokutil cannot determine the Secure Boot state',
  'check.platform-integrity.linux.problem.secureBootUnreadable':
    'The SecureBoot variable could not be read ({error})',
  'check.platform-integrity.linux.problem.secureBootInvalid':
    'The SecureBoot variable holds an unexpected value',
  'check.platform-integrity.linux.problem.noEfivarfs':
    'The EFI variables are not available (efivarfs is not mounted)',
  'check.platform-integrity.linux.summary.unreadable': 'Could not read the Secure Boot state',
  'check.platform-integrity.linux.reason.unreadable':
    '{efi}, and {why}. `mokutil --sb-state` or your firmware settings show whether Secure Boot is on.',
  'check.platform-integrity.linux.summary.absent':
    'This computer’s firmware has no Secure Boot setting in force',
  'check.platform-integrity.linux.reason.absent':
    'The computer starts through UEFI, but its firmware defines no SecureBoot variable, so Secure Boot is not in force. Look for Secure Boot in the firmware settings; very old firmware may not offer it.',
  'check.platform-integrity.linux.summary.offSetupMode':
    'Secure Boot is off: the firmware is in Setup Mode (no keys enrolled)',
  'check.platform-integrity.linux.summary.off': 'Secure Boot is off',
  'check.platform-integrity.linux.summary.setupMode':
    'Secure Boot is not enforced: the firmware is in Setup Mode',
  'check.platform-integrity.linux.summary.shimValidationOff':
    'Secure Boot is on, but the shim boot loader does not check signatures',
  'check.platform-integrity.linux.reason.shimValidationOff':
    'With shim validation disabled, unsigned boot loaders and kernels start anyway, which defeats Secure Boot.',
  'check.platform-integrity.linux.summary.on': 'Secure Boot is on',
} as const satisfies Readonly<Record<string, string>>
