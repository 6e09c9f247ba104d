/**
 * English words of the macOS fixes (ids and deep links: shared/remediation/darwin.ts).
 *
 * `.macos12` ids describe System Preferences (macOS 12); the others System Settings (macOS 13 to 26),
 * whose layout for these settings has stayed the same since 13: FileVault under Privacy & Security,
 * Firewall under Network, Lock Screen and Software Update (under General) as their own panes.
 */
import type { RemediationText } from '../../remediation/types'

const FILEVAULT_WHY =
  'If this Mac is lost or stolen, FileVault keeps everything on it unreadable without your password. Without it, anyone can copy your files and saved logins in minutes.'
const FILEVAULT_DURATION =
  'About a minute to turn on. Encryption then continues in the background while you work: almost instant on Macs with Apple silicon or a T2 chip, up to several hours on older Intel Macs (keep it plugged in). A restart may be needed.'
const RECOVERY_STEP =
  'macOS asks how you will get back in if you forget your password. Follow your campaign’s guidance. If you create a recovery key, write it down and keep it somewhere safe away from this Mac, never in a file on it.'

const FIREWALL_WHY =
  'The firewall stops other devices on the same network (café, hotel or event Wi-Fi) from connecting to programs on your Mac that you did not mean to share.'

const SCREEN_LOCK_WHY =
  'A Mac left unlocked for a minute is enough for someone to read email or install spyware. Locking soon after you step away, with a password required at once, closes that window.'

const UPDATES_WHY =
  'Most attacks on laptops use security holes that Apple has already fixed. Automatic updates, and especially Security Responses, install those fixes without you having to remember.'

/** English words for every id in DARWIN_REMEDIATIONS. */
export const REMEDIATION_DARWIN_EN: Readonly<Record<string, RemediationText>> = {
  'disk-encryption.darwin.turn-on': {
    title: 'Turn on FileVault',
    why: FILEVAULT_WHY,
    steps: [
      'Open the Apple menu › System Settings, then click Privacy & Security in the sidebar (on macOS 12 and earlier: System Preferences › Security & Privacy › FileVault).',
      'Scroll down to the Security section and find FileVault.',
      'Click “Turn On…”. If asked, enter the name and password of an administrator of this Mac.',
      RECOVERY_STEP,
      'Click Continue. If macOS asks you to restart, save your work and restart.',
      'Come back to Preflight and check again. While the disk is still encrypting the result shows as “unknown”; that is expected.',
    ],
    duration: FILEVAULT_DURATION,
  },
  'disk-encryption.darwin.turn-on.macos12': {
    title: 'Turn on FileVault',
    why: FILEVAULT_WHY,
    steps: [
      'Open the Apple menu › System Preferences, then click Security & Privacy.',
      'Click the FileVault tab.',
      'Click the lock at the bottom left and enter your password (an administrator’s password if yours is not accepted).',
      'Click “Turn On FileVault…”.',
      RECOVERY_STEP,
      'Click Continue. If macOS asks you to restart, save your work and restart.',
      'Come back to Preflight and check again. While the disk is still encrypting the result shows as “unknown”; that is expected.',
    ],
    duration: FILEVAULT_DURATION,
  },
  'disk-encryption.darwin.finish-pending': {
    title: 'Restart to finish turning on FileVault',
    why: 'FileVault has been switched on but only starts protecting the disk after a restart or the next log-out. Until then, the disk is readable by anyone who has the Mac.',
    steps: [
      'Save your work and close your apps.',
      'Open the Apple menu and choose Restart (or Log Out if your organisation asked you to log out).',
      'When the Mac starts again, enter your password when asked; this is the moment FileVault is switched on.',
      'Open Preflight and check again. If the disk is still encrypting, the result shows as “unknown” until it finishes.',
    ],
    duration:
      'A few minutes for the restart. Encryption then continues in the background: quick on Apple silicon and T2 Macs, up to several hours on older Intel Macs.',
  },
  'disk-encryption.darwin.finish-deferred': {
    title: 'Log out or restart to finish turning on FileVault',
    why: 'FileVault is set to turn on the next time you log out or restart, but until then the disk is readable by anyone who has the Mac.',
    steps: [
      'Save your work and close your apps.',
      'Open the Apple menu and choose Log Out (or Restart).',
      'When macOS asks for your password to turn on FileVault, enter it. This is the moment FileVault is switched on.',
      RECOVERY_STEP,
      'Log in again, open Preflight and check again. If the disk is still encrypting, the result shows as “unknown” until it finishes.',
    ],
    duration:
      'A few minutes to log out and back in. Encryption then continues in the background: quick on Apple silicon and T2 Macs, up to several hours on older Intel Macs.',
  },
  'disk-encryption.darwin.restart-to-finish': {
    title: 'Restart to let FileVault finish',
    why: 'macOS has a FileVault change waiting for a restart. Until the Mac restarts, Preflight cannot tell whether your disk is protected.',
    steps: [
      'Save your work and close your apps.',
      'Open the Apple menu and choose Restart. Enter your password when the Mac starts again.',
      'Open Preflight and check again.',
      'If FileVault then shows as off, follow the steps to turn it on. If you did not change FileVault yourself, tell your campaign security contact.',
    ],
    duration: 'A few minutes for the restart.',
  },
  'disk-encryption.darwin.wait-encrypting': {
    title: 'Let FileVault finish encrypting',
    why: 'FileVault is on, but until encryption finishes part of the disk is still readable without your password. Preflight reports “unknown” until it is done.',
    steps: [
      'Keep the Mac plugged in to power: macOS pauses encryption on battery.',
      'Keep working as usual, and let the Mac stay awake where you can (encryption runs while it is awake).',
      'To watch progress, open System Settings › Privacy & Security and look at the FileVault section (System Preferences › Security & Privacy › FileVault on macOS 12).',
      'Check again in Preflight when macOS says encryption is complete.',
    ],
    duration:
      'Nothing to do but wait. On Apple silicon and T2 Macs this takes minutes; on older Intel Macs it can take several hours.',
  },
  'disk-encryption.darwin.decrypting': {
    title: 'Turn FileVault back on',
    why: 'Someone turned FileVault off on this Mac and the disk is being decrypted. When that finishes, anyone who gets hold of the Mac can read its files.',
    steps: [
      'If you did not turn FileVault off yourself, tell your campaign security contact now: it may mean someone else had access to this Mac.',
      'Open System Settings › Privacy & Security and find FileVault (System Preferences › Security & Privacy › FileVault on macOS 12). It shows the decryption progress.',
      'When decryption has finished, click “Turn On…” (“Turn On FileVault…” on macOS 12) and follow the steps. macOS does not allow turning it back on while it is still decrypting.',
      'Check again in Preflight.',
    ],
    duration:
      'Decryption must finish first (minutes on Apple silicon and T2 Macs, hours on older Intel Macs); turning FileVault back on then takes about a minute and continues in the background.',
  },
  'firewall.darwin.turn-on': {
    title: 'Turn on the macOS firewall',
    why: FIREWALL_WHY,
    steps: [
      'Open the Apple menu › System Settings, then click Network in the sidebar.',
      'Click Firewall.',
      'Switch Firewall on. If asked, enter the name and password of an administrator of this Mac.',
      'Leave the other options as they are unless your security contact says otherwise; “Block all incoming connections” is stricter and may stop screen sharing or file sharing.',
      'Check again in Preflight.',
    ],
    duration: 'Under a minute.',
  },
  'firewall.darwin.turn-on.macos12': {
    title: 'Turn on the macOS firewall',
    why: FIREWALL_WHY,
    steps: [
      'Open the Apple menu › System Preferences, then click Security & Privacy.',
      'Click the Firewall tab.',
      'Click the lock at the bottom left and enter your password (an administrator’s password if yours is not accepted).',
      'Click “Turn On Firewall”.',
      'Check again in Preflight.',
    ],
    duration: 'Under a minute.',
  },
  'screen-lock.darwin.configure': {
    title: 'Lock the screen automatically and require your password',
    why: SCREEN_LOCK_WHY,
    steps: [
      'Open the Apple menu › System Settings, then click Lock Screen in the sidebar.',
      'Set “Start Screen Saver when inactive” to 10 minutes or less.',
      'Set “Turn display off on battery when inactive” and “Turn display off on power adapter when inactive” (on a desktop Mac: “Turn display off when inactive”) to 10 minutes or less, not Never.',
      'Set “Require password after screen saver begins or display is turned off” to Immediately. If asked, enter your password.',
      'Check again in Preflight. The time it needs is shown as the requirement above (idle time plus password delay, 15 minutes unless your campaign set another limit).',
    ],
    duration: 'About 2 minutes.',
  },
  'screen-lock.darwin.configure.macos12': {
    title: 'Lock the screen automatically and require your password',
    why: SCREEN_LOCK_WHY,
    steps: [
      'Open the Apple menu › System Preferences › Security & Privacy, and click the General tab.',
      'Tick “Require password” and choose “immediately” after sleep or screen saver begins. If asked, enter your password.',
      'Go back to System Preferences › Desktop & Screen Saver › Screen Saver and set the time after which the screen saver starts (“Show screen saver after”, or “Start after” on some versions) to 10 minutes or less.',
      'Go back to System Preferences › Battery (Energy Saver on a desktop Mac) and set “Turn display off after” to 10 minutes or less, both on Battery and on Power Adapter.',
      'Check again in Preflight. The time it needs is shown as the requirement above (idle time plus password delay, 15 minutes unless your campaign set another limit).',
    ],
    duration: 'About 3 minutes.',
  },
  'auto-updates.darwin.turn-on': {
    title: 'Turn on automatic updates',
    why: UPDATES_WHY,
    steps: [
      'Open the Apple menu › System Settings › General › Software Update.',
      'Click the ⓘ button next to “Automatic updates”.',
      'Turn on “Download new updates when available” and “Install Security Responses and system files” (and “Check for updates” if your macOS shows it).',
      'We also recommend turning on “Install macOS updates” and “Install application updates from the App Store”.',
      'Click Done; enter an administrator’s password if asked. Then check again in Preflight.',
      'On macOS 26.1 or later, also look under System Settings › Privacy & Security › Background Security Improvements and leave automatic installation on.',
      'If the switches are greyed out, your organisation manages them: ask whoever manages this Mac.',
    ],
    duration:
      'About 2 minutes. Updates then arrive on their own; some need a restart, which macOS will ask for.',
  },
  'auto-updates.darwin.turn-on.macos12': {
    title: 'Turn on automatic updates',
    why: UPDATES_WHY,
    steps: [
      'Open the Apple menu › System Preferences › Software Update.',
      'Click “Advanced…”.',
      'Tick “Check for updates”, “Download new updates when available” and “Install system data files and security updates”.',
      'We also recommend ticking “Install macOS updates” and “Install app updates from the App Store”.',
      'Click OK; enter an administrator’s password if asked. Then check again in Preflight.',
      'macOS 12 no longer receives security updates: also follow the operating-system check’s advice to upgrade.',
    ],
    duration:
      'About 2 minutes. Updates then arrive on their own; some need a restart, which macOS will ask for.',
  },
}
