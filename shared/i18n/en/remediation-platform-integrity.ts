/**
 * English words of the platform-integrity fixes (ids and deep links:
 * shared/remediation/platform-integrity.ts).
 *
 * SIP is changed only from macOS Recovery; how to start Recovery differs between Apple silicon and
 * Intel Macs. Gatekeeper: `.macos12` for System Preferences, the other id for System Settings (13+),
 * naming the option as macOS 13/14 ("App Store and identified developers") and 15+ ("App Store & Known
 * Developers") word it. Secure Boot is a firmware setting: Windows reaches it through Advanced startup
 * (Windows 11: System › Recovery; Windows 10: Update & Security › Recovery); Linux through
 * `systemctl reboot --firmware-setup`.
 */
import type { RemediationText } from '../../remediation/types'

const SIP_WHY =
  'System Integrity Protection stops any program, even one you typed your password for, from changing macOS itself. With it off, malware can hide inside the system and survive updates.'

const GATEKEEPER_WHY =
  'Gatekeeper checks that an app comes from the App Store or an identified developer, and has been scanned by Apple, before it opens for the first time. With it off, any downloaded program runs unchecked.'

const SECURE_BOOT_WHY =
  'Secure Boot makes the computer refuse to start software that has not been signed, so malware cannot hide in the start-up process where antivirus cannot see it.'

const CHECK_AGAIN = 'Press “Check again” in Preflight.'
const NOTE_STEPS =
  'Write these steps down or take a photo of them first: Preflight is not available while the computer is in its start-up settings.'
const BITLOCKER_FIRST =
  'If the disk is encrypted (BitLocker or Device encryption), make sure you have its recovery key before you start (for a Microsoft account: aka.ms/myrecoverykey). Changing firmware settings can make Windows ask for it once.'

const sip = (startRecovery: readonly string[]): RemediationText => ({
  title: 'Turn System Integrity Protection back on',
  why: SIP_WHY,
  steps: [
    NOTE_STEPS,
    ...startRecovery,
    'If asked, choose a user you know the password of and enter it (an administrator).',
    'In the menu bar, choose Utilities › Terminal.',
    'Type `csrutil enable` and press Return. Confirm with y and your password if asked. (If the check later still reports a custom configuration, repeat this with `csrutil clear`.)',
    'Choose Apple menu › Restart.',
    CHECK_AGAIN,
    'If you turned SIP off for a program or a developer tool, tell your campaign security contact before using this Mac for campaign work with it off.',
  ],
  duration: 'About 15 minutes, including two restarts.',
})

const windowsSecureBoot = (recovery: string): RemediationText => ({
  title: 'Turn on Secure Boot',
  why: SECURE_BOOT_WHY,
  steps: [
    NOTE_STEPS,
    BITLOCKER_FIRST,
    `${recovery} (the button below opens it). Next to “Advanced startup”, click “Restart now”.`,
    'Choose Troubleshoot › Advanced options › UEFI Firmware Settings › Restart.',
    'In the firmware settings, find “Secure Boot” (often under Security, Boot or Authentication) and set it to Enabled. If it cannot be changed, look for “Restore Factory Keys” or “Install default Secure Boot keys” first. Every manufacturer’s screens look different.',
    'Save and exit (often F10). Windows starts as usual.',
    'If Windows does not start, go back the same way, set Secure Boot to Disabled again, and tell your campaign security contact.',
    CHECK_AGAIN,
  ],
  duration: 'About 15 minutes, including restarts.',
})

/** English words for every id in PLATFORM_INTEGRITY_REMEDIATIONS, and `platform-integrity.unknown`. */
export const REMEDIATION_PLATFORM_INTEGRITY_EN: Readonly<Record<string, RemediationText>> = {
  'platform-integrity.darwin.sip': sip([
    'Save your work, then choose Apple menu › Shut Down.',
    'Press and hold the power button until “Loading startup options” appears. Click Options, then Continue. (These are the steps for a Mac with Apple silicon; on an Intel Mac, restart and hold Command (⌘) and R instead.)',
  ]),
  'platform-integrity.darwin.sip.intel': sip([
    'Save your work, then choose Apple menu › Restart.',
    'Immediately press and hold Command (⌘) and R until you see the Apple logo or a spinning globe. (These are the steps for an Intel Mac; on a Mac with Apple silicon, shut down and hold the power button until “Loading startup options” appears instead.)',
  ]),
  'platform-integrity.darwin.gatekeeper': {
    title: 'Turn Gatekeeper back on',
    why: GATEKEEPER_WHY,
    steps: [
      'Open the Apple menu › System Settings › Privacy & Security (the button below opens it).',
      'Scroll down to Security. Under “Allow applications from” (macOS 13 and 14: “Allow applications downloaded from”), choose “App Store & Known Developers” (macOS 13 and 14: “App Store and identified developers”).',
      'Enter your password if asked.',
      'If “Anywhere” stays selected or the choice is dimmed, open Terminal and run `sudo spctl --master-enable` (it asks for an administrator’s password). If it still does not change, a configuration profile sets it: ask whoever manages this Mac.',
      CHECK_AGAIN,
    ],
    duration: 'About 2 minutes.',
  },
  'platform-integrity.darwin.gatekeeper.macos12': {
    title: 'Turn Gatekeeper back on',
    why: GATEKEEPER_WHY,
    steps: [
      'Open the Apple menu › System Preferences › Security & Privacy, then the General tab (the button below opens it).',
      'Click the lock at the bottom left and enter your password.',
      'Under “Allow apps downloaded from”, choose “App Store and identified developers”.',
      'If “Anywhere” stays selected, open Terminal and run `sudo spctl --master-enable` (it asks for an administrator’s password).',
      CHECK_AGAIN,
    ],
    duration: 'About 2 minutes.',
  },

  'platform-integrity.win32.secure-boot': windowsSecureBoot('Open Settings › System › Recovery'),
  'platform-integrity.win32.secure-boot.win10': windowsSecureBoot(
    'Open Settings › Update & Security › Recovery',
  ),
  'platform-integrity.win32.legacy-bios': {
    title: 'Switch this PC from legacy BIOS to UEFI mode',
    why: `${SECURE_BOOT_WHY} This PC starts in the old “legacy BIOS” mode, which has no Secure Boot at all.`,
    steps: [
      'This change needs an administrator and a full backup: ask your campaign security contact or IT helper to do it with you.',
      'For whoever helps: back up, then in an administrator command prompt run `mbr2gpt /validate /allowFullOS` and, if it passes, `mbr2gpt /convert /allowFullOS` (suspend BitLocker first if it is on).',
      'Restart into the firmware settings (usually F2, F10, Del or Esc while the PC starts), switch the boot mode to UEFI (turn off “CSM” or “Legacy”), and enable Secure Boot. Save and exit.',
      'If the PC is too old to offer UEFI, it cannot meet this requirement: talk to your campaign security contact about a replacement.',
      CHECK_AGAIN,
    ],
    duration: 'About an hour with an administrator, including the backup check.',
  },

  'platform-integrity.linux.secure-boot': {
    title: 'Turn on Secure Boot',
    why: SECURE_BOOT_WHY,
    steps: [
      NOTE_STEPS,
      'Ubuntu, Fedora, Debian, Linux Mint and openSUSE start with Secure Boot out of the box. If you added drivers built on this computer (for example NVIDIA or VirtualBox), they must be signed with a key you enrol (your distribution’s driver tool offers this); without it they stop loading once Secure Boot is on.',
      'Open a terminal and run `systemctl reboot --firmware-setup` (or press the firmware key, often F2, F10, Del or Esc, while the computer starts).',
      'In the firmware settings, find “Secure Boot” and set it to Enabled. If it cannot be changed, choose “Restore Factory Keys” or “Install default Secure Boot keys” first. Save and exit.',
      'If Linux does not start, go back into the firmware settings, disable Secure Boot again, and tell your campaign security contact.',
      CHECK_AGAIN,
    ],
    duration: 'About 15 minutes, including restarts.',
  },
  'platform-integrity.linux.secure-boot.arch': {
    title: 'Set up Secure Boot with your own keys (sbctl)',
    why: SECURE_BOOT_WHY,
    steps: [
      NOTE_STEPS,
      'Arch Linux does not ship a signed boot loader, so you sign it with your own keys. The Arch Wiki page “Unified Extensible Firmware Interface/Secure Boot” has the full procedure; these are the usual steps.',
      'Install sbctl: `sudo pacman -S sbctl`.',
      'Restart into the firmware settings (`systemctl reboot --firmware-setup`), clear the Secure Boot keys (this puts the firmware in Setup Mode), save and start Linux again.',
      'Create and enrol keys, keeping Microsoft’s for firmware drivers: `sudo sbctl create-keys` then `sudo sbctl enroll-keys -m`.',
      'Sign your boot loader and kernel: `sudo sbctl verify` lists the files; sign each with `sudo sbctl sign -s <file>`.',
      'Restart into the firmware settings and enable Secure Boot.',
      CHECK_AGAIN,
    ],
    duration: 'About 45 minutes.',
  },
  'platform-integrity.linux.setup-mode': {
    title: 'Restore the Secure Boot keys',
    why: `${SECURE_BOOT_WHY} Your firmware is in “Setup Mode”: it has no keys enrolled, so it checks nothing.`,
    steps: [
      NOTE_STEPS,
      'Open a terminal and run `systemctl reboot --firmware-setup`.',
      'In the firmware settings, find Secure Boot and choose “Restore Factory Keys” or “Install default Secure Boot keys”, then set Secure Boot to Enabled. Save and exit.',
      'If you deliberately enrol your own keys (for example with sbctl), finish enrolling them instead.',
      CHECK_AGAIN,
    ],
    duration: 'About 15 minutes, including restarts.',
  },
  'platform-integrity.linux.shim-validation': {
    title: 'Turn signature checking back on in shim',
    why: `${SECURE_BOOT_WHY} Secure Boot is on, but shim (the first-stage boot loader) was told to skip its checks, so unsigned kernels start anyway.`,
    steps: [
      'Open a terminal and run `sudo mokutil --enable-validation`. Choose a short one-time password when asked.',
      'Restart the computer. A blue “MOK management” screen appears: choose “Change Secure Boot state”, enter the characters of the one-time password it asks for, and confirm with Yes.',
      'Restart again.',
      CHECK_AGAIN,
    ],
    duration: 'About 10 minutes, including restarts.',
  },
  'platform-integrity.linux.legacy-bios': {
    title: 'Move Linux to UEFI mode',
    why: `${SECURE_BOOT_WHY} This computer starts in the old legacy BIOS mode, which has no Secure Boot at all.`,
    steps: [
      'This usually means reinstalling Linux: ask your campaign security contact for help before you start, and back up your files.',
      'In the firmware settings (often F2, F10, Del or Esc while the computer starts), set the boot mode to UEFI and turn off “CSM” or “Legacy” support.',
      'Reinstall Linux from a USB stick started in UEFI mode, and enable Secure Boot in the firmware settings afterwards.',
      'If the computer is too old to offer UEFI, it cannot meet this requirement: talk to your campaign security contact about a replacement.',
      CHECK_AGAIN,
    ],
    duration: 'About 2 hours including reinstalling; copying files back may take longer.',
  },
  'platform-integrity.linux.vm': {
    title: 'Turn on Secure Boot for this virtual machine',
    why: `${SECURE_BOOT_WHY} This Linux runs in a virtual machine, so Secure Boot is a setting of the virtual machine, not of a firmware screen.`,
    steps: [
      'Shut down the virtual machine.',
      'In its settings, choose UEFI firmware with Secure Boot: virt-manager (Overview › Firmware: a “secboot” UEFI image), VirtualBox 7 (System › Enable EFI and Enable Secure Boot), VMware (Options › Advanced › Firmware type UEFI, Enable secure boot), Hyper-V (a generation 2 machine, Security › Enable Secure Boot with the “Microsoft UEFI Certificate Authority” template).',
      'A machine installed in BIOS mode usually has to be reinstalled to start in UEFI mode.',
      'Run Preflight on the laptop that hosts the virtual machine too: that is the computer the campaign’s requirements are about.',
      CHECK_AGAIN,
    ],
    duration: 'About 15 minutes (longer if the guest must be reinstalled).',
  },
  'platform-integrity.linux.host': {
    title: 'Check the computer itself, not the container or WSL',
    why: 'Preflight is running inside a container or Windows Subsystem for Linux. Secure Boot belongs to the computer’s firmware, which only the computer itself can report.',
    steps: [
      'In WSL: run Preflight on Windows itself.',
      'In a container: run Preflight directly on the computer that runs the container.',
    ],
    duration: 'About 5 minutes.',
  },
}
