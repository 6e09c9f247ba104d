/**
 * English messages of the disk-encryption check (main/checks/disk-encryption/*), keys
 * `check.disk-encryption.<platform>.<what>`. Tool output quoted as printed (fdesetup's "FileVault is
 * On"), property names (System.Volume.BitLockerProtection, encryption=), device paths, schemes (LUKS,
 * dm-crypt) and product names stay as the machine writes them; menu paths are written as the
 * operating system shows them in this language.
 */
export const CHECKS_DISK_ENCRYPTION_EN = {
  // macOS
  'check.disk-encryption.darwin.requirement': 'FileVault is on and the startup disk is fully encrypted',
  'check.disk-encryption.darwin.place.modern': 'System Settings › Privacy & Security › FileVault',
  'check.disk-encryption.darwin.place.macos12': 'System Preferences › Security & Privacy › FileVault',
  'check.disk-encryption.darwin.noAnswer': 'fdesetup gave no answer',
  'check.disk-encryption.darwin.parse.nothing': 'fdesetup printed nothing',
  'check.disk-encryption.darwin.parse.unexpectedLine': 'unexpected line "{line}"',
  'check.disk-encryption.darwin.parse.contradictory': 'fdesetup printed contradictory or repeated lines',
  'check.disk-encryption.darwin.parse.bothWays': 'fdesetup reports encryption and decryption at once',
  'check.disk-encryption.darwin.parse.noStatus': 'no "FileVault is On/Off" line',
  'check.disk-encryption.darwin.parse.onButDeferred':
    'FileVault is On but a deferred enablement is also reported',
  'check.disk-encryption.darwin.parse.restartAndMore': 'FileVault is waiting for a restart but reports more',
  'check.disk-encryption.darwin.unread.line': '"{line}"',
  'check.disk-encryption.darwin.unread.secondStatus': 'a second status line ({status})',
  'check.disk-encryption.darwin.unread.encrypting': 'an "Encryption in progress" line',
  'check.disk-encryption.darwin.unread.secondDeferral': 'a second deferral line',
  'check.disk-encryption.darwin.observed.on': 'FileVault is On',
  'check.disk-encryption.darwin.observed.onRestart': 'FileVault is On, but needs to be restarted to finish',
  'check.disk-encryption.darwin.observed.status.off': 'FileVault is Off',
  'check.disk-encryption.darwin.observed.status.pending-restart':
    'FileVault is Off, but will be enabled after the next restart',
  'check.disk-encryption.darwin.observed.status.off-restart':
    'FileVault is Off, but needs to be restarted to finish',
  'check.disk-encryption.darwin.observed.deferred': 'deferred enablement is active',
  'check.disk-encryption.darwin.observed.deferredFor': 'deferred enablement is active for user {user}',
  'check.disk-encryption.darwin.observed.alsoPrinted': 'also printed, not needed for the verdict: {lines}',
  'check.disk-encryption.darwin.observed.encryptingPending': 'Encryption in progress: Pending',
  'check.disk-encryption.darwin.observed.encrypting': 'Encryption in progress: {percent}% completed',
  'check.disk-encryption.darwin.observed.decryptingPending': 'Decryption in progress: Pending',
  'check.disk-encryption.darwin.observed.decrypting': 'Decryption in progress: {percent}% completed',
  'check.disk-encryption.darwin.summary.unreadable': 'Could not read the FileVault status',
  'check.disk-encryption.darwin.summary.on': 'FileVault is on',
  'check.disk-encryption.darwin.summary.deferred':
    'FileVault is waiting to be turned on at the next log-out or restart',
  'check.disk-encryption.darwin.summary.pendingRestart': 'FileVault will turn on after the next restart',
  'check.disk-encryption.darwin.summary.offRestart':
    'FileVault is off (a restart is needed to finish a change)',
  'check.disk-encryption.darwin.summary.off': 'FileVault is off: anyone with this Mac can read its files',
  'check.disk-encryption.darwin.summary.restartToFinish': 'FileVault needs a restart to finish',
  'check.disk-encryption.darwin.summary.paused': 'FileVault is on, but encryption is paused',
  'check.disk-encryption.darwin.summary.encrypting': 'FileVault is on and still encrypting ({percent}% done)',
  'check.disk-encryption.darwin.summary.decrypting':
    'FileVault is being turned off (the disk is being decrypted)',
  'check.disk-encryption.darwin.summary.unrecognised': 'Could not understand the FileVault status',
  'check.disk-encryption.darwin.reason.unreadable':
    '{problem}. Open {place} and look at the FileVault status, then check again.',
  'check.disk-encryption.darwin.reason.deferred':
    'FileVault is set to turn on when you next log out or restart and enter your password. Until then the disk is not protected.',
  'check.disk-encryption.darwin.reason.pendingRestart':
    'FileVault has been switched on but does not protect the disk until the Mac restarts. Restart, then check again.',
  'check.disk-encryption.darwin.reason.offRestart':
    'FileVault is off and macOS is waiting for a restart to finish a change. Restart, check again, and turn FileVault on if it is still off.',
  'check.disk-encryption.darwin.reason.offAnyway':
    'fdesetup also printed something Preflight does not recognise, but it says FileVault is off, and that decides the result.',
  'check.disk-encryption.darwin.reason.restartToFinish':
    'macOS reports a FileVault change that only completes after a restart, so the protection cannot be confirmed yet. Restart, then check again.',
  'check.disk-encryption.darwin.reason.pausedAppleSilicon':
    'Encryption has started but is paused (macOS pauses it on battery power). Keep the Mac on and check again later.',
  'check.disk-encryption.darwin.reason.pausedIntel':
    'Encryption has started but is paused (macOS pauses it on battery power). Keep the Mac plugged in and awake; on older Intel Macs this can take several hours. Check again later.',
  'check.disk-encryption.darwin.reason.encryptingAppleSilicon':
    'Encryption is still running, so part of the disk is not protected yet. Keep the Mac on and check again later.',
  'check.disk-encryption.darwin.reason.encryptingIntel':
    'Encryption is still running, so part of the disk is not protected yet. Keep the Mac plugged in and awake; on older Intel Macs this can take several hours. Check again later.',
  'check.disk-encryption.darwin.reason.decrypting':
    'Someone turned FileVault off on this Mac; the protection is being removed.',
  'check.disk-encryption.darwin.reason.unrecognised':
    'fdesetup status answered in a way Preflight does not recognise ({detail}). Look at {place} yourself, and send a transcript (--record) to your security contact.',

  // Windows
  'check.disk-encryption.win32.feature.home': 'Device encryption',
  'check.disk-encryption.win32.feature.pro': 'BitLocker',
  'check.disk-encryption.win32.feature.other': 'BitLocker / Device encryption',
  'check.disk-encryption.win32.place.bitlocker': 'Control Panel › BitLocker Drive Encryption',
  'check.disk-encryption.win32.place.deviceEncryption': 'Settings › Device encryption',
  'check.disk-encryption.win32.requirement':
    'The Windows drive ({drive}) is encrypted with {name} and protection is on',
  'check.disk-encryption.win32.observed.printed': 'System.Volume.BitLockerProtection printed {output}',
  'check.disk-encryption.win32.observed.value': 'System.Volume.BitLockerProtection of {drive}\\ = {value}',
  'check.disk-encryption.win32.observed.onLocked':
    'value 6 (on, locked) is unusual for the Windows drive; it still means encrypted and protected',
  'check.disk-encryption.win32.observed.suspended':
    'the drive is encrypted but its key is stored unprotected until protection is resumed',
  'check.disk-encryption.win32.observed.waiting':
    'the drive is encrypted with a clear key; anyone with the disk can read it until protection is activated',
  'check.disk-encryption.win32.problem.exitCode': 'PowerShell exited with code {code}',
  'check.disk-encryption.win32.problem.exitCodeSaid': 'PowerShell exited with code {code}: {line}',
  'check.disk-encryption.win32.summary.unreadable': 'Could not read whether {name} is on',
  'check.disk-encryption.win32.summary.on': '{name} is on for {drive}',
  'check.disk-encryption.win32.summary.off': '{name} is off: {drive} is not encrypted',
  'check.disk-encryption.win32.summary.encrypting': '{name} is still encrypting {drive}',
  'check.disk-encryption.win32.summary.decrypting': '{name} is being turned off: {drive} is decrypting',
  'check.disk-encryption.win32.summary.suspended': '{name} protection is suspended on {drive}',
  'check.disk-encryption.win32.summary.notEncryptable':
    'Windows reports that {drive} cannot be encrypted with {name}',
  'check.disk-encryption.win32.summary.waiting':
    '{name} is waiting for activation: the key of {drive} is not protected yet',
  'check.disk-encryption.win32.summary.unavailable': 'Windows did not report an encryption state for {drive}',
  'check.disk-encryption.win32.reason.noState':
    'Windows did not report an encryption state for {drive}. Open {place} to check it, then run the check again.',
  'check.disk-encryption.win32.reason.noStateHome':
    'Windows did not report an encryption state for {drive}. Open {place} to check it, then run the check again. If Settings has no Device encryption page, this laptop cannot encrypt its disk with Windows Home: ask your campaign security contact.',
  'check.disk-encryption.win32.reason.encrypting':
    'Encryption is in progress and continues in the background. Keep the laptop plugged in and run the check again when it has finished.',
  'check.disk-encryption.win32.reason.unavailable':
    'The value {value} is not one Preflight knows (0 means Windows has no BitLocker information for the drive). Check {name} in Settings or Control Panel and run the check again.',
  'check.disk-encryption.win32.reason.unavailableHome':
    'The value {value} is not one Preflight knows (0 means Windows has no BitLocker information for the drive). Check {name} in Settings or Control Panel and run the check again. If Settings has no Device encryption page, this laptop cannot encrypt its disk with Windows Home: ask your campaign security contact.',
  'check.disk-encryption.win32.reason.powershell':
    '{problem}. PowerShell may be blocked or busy; run the check again, or look at {name} in Settings yourself.',

  // Linux
  'check.disk-encryption.linux.requirement':
    'The disk holding the system and your files (/) is encrypted (LUKS/dm-crypt or ZFS encryption)',
  'check.disk-encryption.linux.summary.wsl': 'Disk encryption is decided by Windows, not by this Linux (WSL)',
  'check.disk-encryption.linux.observed.wsl':
    'Running inside Windows Subsystem for Linux: its disk is a file on the Windows drive',
  'check.disk-encryption.linux.reason.wsl':
    'WSL keeps this Linux inside a virtual disk file on your Windows drive, so it is protected only if the Windows drive is encrypted (BitLocker or Device encryption). Run Preflight on Windows to check it.',
  'check.disk-encryption.linux.summary.container': 'Disk encryption cannot be judged from inside a container',
  'check.disk-encryption.linux.observed.container': 'Running inside a container ({runtime})',
  'check.disk-encryption.linux.unknownRuntime': 'unknown runtime',
  'check.disk-encryption.linux.reason.container':
    'A container uses the disk of the computer it runs on. Run Preflight directly on that computer to check its disk encryption.',
  'check.disk-encryption.linux.summary.noLsblk': 'Could not read the disk layout',
  'check.disk-encryption.linux.problem.lsblkNoAnswer': 'lsblk gave no answer',
  'check.disk-encryption.linux.reason.noLsblk':
    '{problem}. Preflight needs lsblk (package util-linux) to see whether your disk is encrypted.',
  'check.disk-encryption.linux.summary.lsblkUnparsable': 'Could not understand the disk layout',
  'check.disk-encryption.linux.reason.lsblkUnparsable':
    'lsblk printed something that is not the expected JSON device list.',
  'check.disk-encryption.linux.observed.swapPlain':
    'Swap space is not encrypted (memory contents written to it can be read from the disk)',
  'check.disk-encryption.linux.observed.swapEncrypted': 'Swap space is encrypted',
  'check.disk-encryption.linux.summary.encrypted': 'The system disk is encrypted ({scheme})',
  'check.disk-encryption.linux.observed.rootOn': '/ is on {path}',
  'check.disk-encryption.linux.observed.rootOnPlain': '/ is on {path} with no encryption layer',
  'check.disk-encryption.linux.observed.homeOnly': '/home is encrypted, but the rest of the disk is not',
  'check.disk-encryption.linux.observed.ecryptfs':
    'A home folder is encrypted with eCryptfs, but the rest of the disk is not',
  'check.disk-encryption.linux.summary.disagree':
    'The disk layout and the start-up settings disagree about encryption',
  'check.disk-encryption.linux.observed.cmdlineLuks':
    'the kernel command line asks to unlock a LUKS volume at start-up',
  'check.disk-encryption.linux.reason.disagree':
    'lsblk shows / without an encryption layer, but the start-up settings unlock an encrypted volume. Preflight may be seeing a restricted view of the disks (for example inside a sandboxed app). Run Preflight installed as a normal package, or check with: lsblk -f',
  'check.disk-encryption.linux.summary.homeOnly': 'Only the home folder is encrypted, not the whole disk',
  'check.disk-encryption.linux.summary.notEncrypted': 'The system disk is not encrypted',
  'check.disk-encryption.linux.summary.noRoot': 'Could not find the disk that holds the system',
  'check.disk-encryption.linux.problem.findmntUnusable': 'findmnt gave no usable answer',
  'check.disk-encryption.linux.reason.noRootFindmnt': 'lsblk lists no device mounted at /, and {problem}.',
  'check.disk-encryption.linux.observed.rootFrom': '/ is {fstype} from {source}',
  'check.disk-encryption.linux.reason.noRootSource':
    '/ is mounted from {source}, which is not a device Preflight can follow to a disk.',
  'check.disk-encryption.linux.summary.zfsOnLuks': 'The system disk is encrypted (ZFS on LUKS)',
  'check.disk-encryption.linux.observed.zfsDataset': '/ is ZFS dataset {dataset}',
  'check.disk-encryption.linux.observed.poolDevice': 'pool device {path}',
  'check.disk-encryption.linux.summary.zfsNative': 'The system disk is encrypted (ZFS native encryption)',
  'check.disk-encryption.linux.observed.zfsEncryption': 'encryption={value}',
  'check.disk-encryption.linux.observed.poolPlain': 'its pool is not on an encrypted device',
  'check.disk-encryption.linux.summary.zfsUnreadable': 'Could not read the ZFS encryption setting',
  'check.disk-encryption.linux.problem.zfsNoValue': 'zfs printed no encryption value',
  'check.disk-encryption.linux.reason.zfsUnreadable': '{problem}. Check with: zfs get encryption {dataset}',
} as const satisfies Readonly<Record<string, string>>
