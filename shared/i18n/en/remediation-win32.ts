/**
 * English words of the Windows fixes (ids and deep links: shared/remediation/win32.ts).
 *
 * Steps name both Windows 11 and Windows 10 where a setting sits in a different place. Home editions
 * have "Device encryption" (Settings); Pro, Enterprise and Education have BitLocker (Control Panel).
 */
import type { RemediationText } from '../../remediation/types'

const ENCRYPTION_WHY =
  'If this laptop is lost or stolen, encryption keeps everything on it unreadable without your sign-in. Without it, anyone can take out the disk and copy your files, saved passwords and email in minutes.'

const RECOVERY_KEY_STEP =
  'Keep the recovery key safe: in your Microsoft account (you can see it at https://aka.ms/myrecoverykey) or printed and stored away from the laptop, never only in a file on this laptop. Follow your campaign’s guidance if it has any.'

const FIREWALL_WHY =
  'The firewall stops other devices on the same network (café, hotel or event Wi-Fi) from connecting to programs on your laptop that you did not mean to share.'

const SCREEN_LOCK_WHY =
  'A laptop left unlocked for a minute is enough for someone to read email or install spyware. Locking soon after you step away closes that window.'

const UPDATES_WHY =
  'Most attacks on laptops use security holes that Microsoft has already fixed. Automatic updates install those fixes without you having to remember.'

const ADMIN_NOTE =
  'These steps need an administrator account on this laptop. If you are not one, ask the person who set up the laptop or your campaign security contact.'

const REMOTE_WHY =
  'Remote Desktop and an SSH server let anyone on the same network (café, hotel or event Wi-Fi) try passwords against this PC and, with one that works, control it completely. Campaign laptops should accept no remote logins.'

const SIGNIN_WHY =
  'With automatic sign-in, anyone who turns this PC on is inside your account, your email and your files. An enabled Guest account lets anyone use the PC without a password.'

const AUTOLOGON_STEPS: readonly string[] = [
  'Press Windows+R, type netplwiz and press Enter (an administrator’s password may be needed).',
  'Tick “Users must enter a user name and password to use this computer” and click OK.',
  'If that box is missing: open Settings › Accounts › Sign-in options (the button below opens it), turn off “For improved security, only allow Windows Hello sign-in for Microsoft accounts on this device”, then run netplwiz again.',
  'If you set up automatic sign-in with the Sysinternals Autologon tool, run it again and click Disable.',
  'Restart the PC: it should ask for your password or PIN. Then check again in Preflight.',
]

const GUEST_STEPS: readonly string[] = [
  'The Guest account has a translated name on some systems (Gast, Invité), so the steps find it by its number: right-click the Start button and open “Terminal (Admin)” or “Windows PowerShell (Admin)”.',
  "Paste: Get-LocalUser | Where-Object { $_.SID -like 'S-1-5-21-*-501' } | Disable-LocalUser — and press Enter.",
  'On Pro editions you can instead open Computer Management › Local Users and Groups › Users, double-click the Guest account and tick “Account is disabled”.',
  'Come back to Preflight and check again.',
]

/** English words for every id in WIN32_REMEDIATIONS. */
export const REMEDIATION_WIN32_EN: Readonly<Record<string, RemediationText>> = {
  'disk-encryption.win32.device-encryption': {
    title: 'Turn on Device encryption',
    why: ENCRYPTION_WHY,
    steps: [
      'Windows Home keeps the recovery key in your Microsoft account, so sign in with one first: Settings › Accounts › Your info › “Sign in with a Microsoft account instead” (skip this if that link is not shown).',
      'Open Device encryption: on Windows 11, Settings › Privacy & security › Device encryption; on Windows 10, Settings › Update & Security › Device encryption.',
      'Turn Device encryption On. If the page does not exist, this laptop does not support Device encryption: tell your campaign security contact (upgrading to Windows Pro adds BitLocker).',
      RECOVERY_KEY_STEP,
      'Keep the laptop plugged in. Encryption continues in the background while you work; come back to Preflight and check again later.',
    ],
    duration:
      'About 5 minutes to turn on; encryption then continues in the background (from minutes to a few hours).',
  },
  'disk-encryption.win32.bitlocker': {
    title: 'Turn on BitLocker',
    why: ENCRYPTION_WHY,
    steps: [
      'Press Start, type “Manage BitLocker” and open it (or Control Panel › System and Security › BitLocker Drive Encryption). If it cannot be found, this is a Home edition: use Settings › Device encryption instead.',
      'Next to the Windows drive (C:), click “Turn on BitLocker”. ' + ADMIN_NOTE,
      'Choose where to back up the recovery key: your Microsoft account, or print it. ' + RECOVERY_KEY_STEP,
      'Choose “Encrypt entire drive” (safer for a laptop that is already in use) and “New encryption mode”.',
      'Click “Start encrypting” (if offered, let Windows run the BitLocker system check and restart).',
      'Keep the laptop plugged in. Encryption continues in the background; while it runs Preflight shows “unknown”. Check again when Manage BitLocker says “BitLocker on”.',
    ],
    duration:
      'About 10 minutes of your time; encryption continues in the background, from under an hour to several hours.',
  },
  'disk-encryption.win32.encrypting': {
    title: 'Let encryption finish',
    why: 'Your Windows drive is being encrypted right now. Until it finishes, part of the disk is still readable without your sign-in.',
    steps: [
      'Keep the laptop plugged in and switched on; you can keep working.',
      'To watch progress, press Start, type “Manage BitLocker” and open it (Home: Settings › Privacy & security › Device encryption on Windows 11, Settings › Update & Security › Device encryption on Windows 10).',
      'When it says the drive is encrypted (“BitLocker on”), come back to Preflight and check again.',
    ],
    duration: 'Nothing to do but wait: usually under an hour on a new laptop, several hours on a full disk.',
  },
  'disk-encryption.win32.decrypting': {
    title: 'Encryption is being turned off',
    why: 'Your Windows drive is being decrypted: when that finishes, anyone with the laptop can read its disk. This is not something Windows does by itself.',
    steps: [
      'If you did not ask for this, tell your campaign security contact now: someone may have changed the laptop’s settings.',
      'Wait until decryption finishes (Manage BitLocker, or Settings › Device encryption on Home, shows it as off).',
      'Then turn encryption on again: follow the “Turn on BitLocker” steps (Pro) or “Turn on Device encryption” steps (Home), and check again with Preflight.',
    ],
    duration:
      'Decryption runs in the background (up to a few hours); turning encryption back on takes about 10 minutes, then runs in the background again.',
  },
  'disk-encryption.win32.suspended': {
    title: 'Resume BitLocker protection',
    why: 'The disk is encrypted but its key is currently stored unprotected (protection is “suspended”), so the encryption does not protect a lost laptop. Windows sometimes suspends it for one restart during updates.',
    steps: [
      'Restart the laptop once: when Windows suspended protection for an update it resumes by itself after the restart. Then check again with Preflight.',
      'Still suspended on Pro, Enterprise or Education: press Start, type “Manage BitLocker”, open it and click “Resume protection” next to C:. ' +
        ADMIN_NOTE,
      'Still suspended on Home: press Start, type “Terminal”, right-click it, choose “Run as administrator”, type  manage-bde -protectors -enable C:  and press Enter.',
      'Check again with Preflight.',
    ],
    duration: 'About 3 minutes, plus a restart.',
  },
  'disk-encryption.win32.not-encryptable': {
    title: 'This drive cannot be encrypted as it is',
    why:
      ENCRYPTION_WHY +
      ' Windows reports that it cannot encrypt this drive with BitLocker or Device encryption.',
    steps: [
      'Open Windows Security › Device security. If there is no “Security processor” section, the laptop’s TPM may be switched off in its firmware (BIOS/UEFI) settings.',
      'Tell your campaign security contact: they can help switch the TPM on, or decide on another option (Windows Pro’s BitLocker, or a different laptop).',
      'After any change, come back to Preflight and check again.',
    ],
    duration: 'About 15 minutes with help; encryption afterwards continues in the background.',
  },
  'disk-encryption.win32.activate-home': {
    title: 'Finish setting up Device encryption',
    why: 'The disk is encrypted, but its key is still stored unprotected until Windows can save a recovery key to a Microsoft account, so it does not yet protect a lost laptop.',
    steps: [
      'Sign in to Windows with a Microsoft account: Settings › Accounts › Your info › “Sign in with a Microsoft account instead”.',
      'Open Device encryption (Windows 11: Settings › Privacy & security › Device encryption; Windows 10: Settings › Update & Security › Device encryption) and make sure it is On.',
      RECOVERY_KEY_STEP,
      'Restart the laptop, then check again with Preflight.',
    ],
    duration: 'About 10 minutes.',
  },
  'disk-encryption.win32.activate-pro': {
    title: 'Activate BitLocker protection',
    why: 'The disk is encrypted, but BitLocker is “waiting for activation”: its key is still stored unprotected, so it does not yet protect a lost laptop.',
    steps: [
      'Press Start, type “Manage BitLocker” and open it. Next to C: it says “BitLocker waiting for activation”.',
      'Click “Turn on BitLocker” (or “Back up your recovery key”) and follow the steps. ' + ADMIN_NOTE,
      RECOVERY_KEY_STEP,
      'When the drive shows “BitLocker on”, check again with Preflight.',
    ],
    duration: 'About 10 minutes.',
  },
  'firewall.win32.turn-on': {
    title: 'Turn on Windows Firewall',
    why: FIREWALL_WHY,
    steps: [
      'Open Windows Security › Firewall & network protection (press Start and type “Firewall & network protection”).',
      'Click “Private network” and switch “Microsoft Defender Firewall” On (Windows 10 may call it “Windows Defender Firewall”). Go back and do the same for “Public network”.',
      'If the page says another app (for example Norton or ESET) manages your firewall, open that app and turn its firewall on instead.',
      'Windows may ask for an administrator’s password. Then check again with Preflight.',
    ],
    duration: 'About 2 minutes.',
  },
  'firewall.win32.policy': {
    title: 'Remove the policy that turns the firewall off',
    why:
      FIREWALL_WHY +
      ' On this laptop a Group Policy setting turns it off, so switching it on in Windows Security does not stick.',
    steps: [
      'If an employer or IT department manages this laptop, ask them: they set the policy.',
      'Otherwise a tool or a person set it. On Pro: press Start, type “gpedit.msc”, open Computer Configuration › Administrative Templates › Network › Network Connections › Windows Defender Firewall, and set “Protect all network connections” under both Domain Profile and Standard Profile to “Not Configured”; also open Computer Configuration › Windows Settings › Security Settings › Windows Defender Firewall with Advanced Security › Properties and set each profile’s firewall state to “Not configured”.',
      'On Home (no gpedit): ask your campaign security contact to help remove the registry key HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\WindowsFirewall.',
      'Restart, turn the firewall on in Windows Security › Firewall & network protection, and check again with Preflight.',
    ],
    duration: 'About 15 minutes.',
  },
  'firewall.win32.service': {
    title: 'Start the Windows Firewall service',
    why:
      FIREWALL_WHY +
      ' Its service (Windows Defender Firewall, “mpssvc”) is not running, so the firewall settings are not enforced.',
    steps: [
      'Restart the laptop and check again: the service normally starts by itself.',
      'If it is still off, open Windows Security › Firewall & network protection and click “Restore firewalls to default” or “Turn on”.',
      'A stopped firewall service can be a sign of malicious software: run a full scan in Windows Security › Virus & threat protection › Scan options, and tell your campaign security contact.',
    ],
    duration: 'About 10 minutes, plus a scan that runs in the background.',
  },
  'screen-lock.win32.set': {
    title: 'Lock the screen automatically',
    why: SCREEN_LOCK_WHY,
    steps: [
      'Open the screen saver settings: Windows 11, Settings › Personalization › Lock screen › Screen saver; Windows 10, Settings › Personalization › Lock screen › Screen saver settings.',
      'Choose a screen saver (“Blank” is fine), set “Wait” to 10 minutes or less, tick “On resume, display logon screen”, and click OK.',
      'Also open Settings › Accounts › Sign-in options and set “If you’ve been away, when should Windows require you to sign in again?” to “When PC wakes up from sleep” (or “Every time”).',
      'Optionally set the laptop to sleep after 15 minutes or less, on battery and plugged in: Windows 11, Settings › System › Power & battery › Screen and sleep (“Screen, sleep & hibernate timeouts”); Windows 10, Settings › System › Power & sleep.',
      'When you step away, press Windows key + L to lock at once. Then check again with Preflight.',
    ],
    duration: 'About 3 minutes.',
  },
  'auto-updates.win32.settings': {
    title: 'Keep Windows Update on',
    why: UPDATES_WHY,
    steps: [
      'Open Settings › Windows Update (Windows 10: Settings › Update & Security › Windows Update).',
      'Make sure updates are not paused, install anything waiting and restart when asked.',
    ],
    duration: 'About 2 minutes; updates then download and install in the background.',
  },
  'auto-updates.win32.paused': {
    title: 'Resume Windows updates',
    why:
      UPDATES_WHY + ' Updates are paused on this laptop, so no security fixes arrive until the pause ends.',
    steps: [
      'Open Settings › Windows Update (Windows 10: Settings › Update & Security › Windows Update).',
      'Click “Resume updates”.',
      'Click “Check for updates”, install what is offered and restart when asked.',
      'Check again with Preflight.',
    ],
    duration:
      'About 2 minutes; updates then download and install in the background (a restart may be needed).',
  },
  'auto-updates.win32.policy': {
    title: 'Remove the policy that stops automatic updates',
    why: UPDATES_WHY + ' On this laptop a policy setting turns automatic updates off or only notifies you.',
    steps: [
      'Open Settings › Windows Update › Advanced options › Configured update policies (Windows 10: Settings › Update & Security › Windows Update › View configured update policies) to see what is set.',
      'If an employer or IT department manages this laptop, ask them. Otherwise the policy was usually set by an “update blocker” tool: open that tool and turn updates back on, or uninstall it.',
      'On Pro you can also press Start, type “gpedit.msc” and open Computer Configuration › Administrative Templates › Windows Components › Windows Update (on Windows 11 › Manage end user experience): set “Configure Automatic Updates” and “Remove access to use all Windows Update features” to “Not Configured”. ' +
        ADMIN_NOTE,
      'On Home, ask your campaign security contact to help remove the registry key HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate.',
      'Restart, open Settings › Windows Update, install what is offered, and check again with Preflight.',
    ],
    duration: 'About 15 minutes; updates then install in the background.',
  },
  'auto-updates.win32.service': {
    title: 'Turn the Windows Update service back on',
    why:
      UPDATES_WHY +
      ' The Windows Update service is disabled on this laptop, so nothing is downloaded or installed.',
    steps: [
      'If you installed an “update blocker” tool, open it and turn updates back on, or uninstall it.',
      'Otherwise press Start, type “services.msc” and open it. Double-click “Windows Update”, set “Startup type” to “Manual”, click Start, then OK. ' +
        ADMIN_NOTE,
      'Restart, open Settings › Windows Update and click “Check for updates”.',
      'Check again with Preflight.',
    ],
    duration: 'About 10 minutes; updates then download and install in the background.',
  },
  'remote-access.win32.rdp': {
    title: 'Turn off Remote Desktop',
    why: REMOTE_WHY,
    steps: [
      'Open Settings › System › Remote Desktop (the button below opens it), on Windows 10 and 11 alike.',
      'Switch Remote Desktop off and confirm. Windows asks for an administrator’s password if your account is not one.',
      'If the switch is greyed out, Group Policy sets it: tell your campaign security contact or whoever manages this PC.',
      'Come back to Preflight and check again.',
    ],
    duration: 'About 2 minutes.',
  },
  'remote-access.win32.rdp-policy': {
    title: 'Remote Desktop is turned on by a policy',
    why: REMOTE_WHY,
    steps: [
      'A Group Policy or management tool (Intune, a previous employer’s settings) turns Remote Desktop on, so the Settings switch cannot change it.',
      'If this is your own PC, an administrator can open the Local Group Policy Editor (gpedit.msc, Pro only) › Computer Configuration › Administrative Templates › Windows Components › Remote Desktop Services › Remote Desktop Session Host › Connections, and set “Allow users to connect remotely by using Remote Desktop Services” to Not configured or Disabled.',
      'If an organisation manages this PC, ask it to turn the policy off, or use a different laptop for campaign work.',
      'Restart, then check again in Preflight.',
    ],
    duration: 'About 15 minutes, or longer if someone else manages the PC.',
  },
  'remote-access.win32.openssh': {
    title: 'Remove or stop the OpenSSH server',
    why: REMOTE_WHY,
    steps: [
      'Open Settings › Optional features (the button below opens it): on Windows 11 it is under System, on Windows 10 under Apps.',
      'Find “OpenSSH Server” in the list of installed features, select it and choose Remove (this needs an administrator). Keep “OpenSSH Client”: it is harmless.',
      'If you need the server later, stop it instead: open Services (press Windows+R, type services.msc), double-click “OpenSSH SSH Server”, click Stop and set “Startup type” to Disabled.',
      'Come back to Preflight and check again.',
    ],
    duration: 'About 5 minutes.',
  },
  'remote-access.win32.listener': {
    title: 'Remove the remote-control app',
    why: REMOTE_WHY,
    steps: [
      'Something listens for remote logins or screen sharing (port 22 or 5900–5999, as Preflight listed): usually a VNC server (TightVNC, UltraVNC, RealVNC) or another remote-control app.',
      'Open Settings › Apps › Installed apps (the button below opens it), find the remote-control or VNC app and uninstall it. If you need it, open the app and turn off its server or “allow incoming connections”.',
      'If you do not recognise anything, tell your campaign security contact and send them a transcript (preflight check --record transcript.json).',
      'Come back to Preflight and check again.',
    ],
    duration: 'About 10 minutes.',
  },
  'login-protection.win32.autologon': {
    title: 'Turn off automatic sign-in',
    why: SIGNIN_WHY,
    steps: AUTOLOGON_STEPS,
    duration: 'About 5 minutes.',
  },
  'login-protection.win32.guest': {
    title: 'Disable the Guest account',
    why: SIGNIN_WHY,
    steps: GUEST_STEPS,
    duration: 'About 5 minutes.',
  },
  'login-protection.win32.autologon-and-guest': {
    title: 'Turn off automatic sign-in and disable the Guest account',
    why: SIGNIN_WHY,
    steps: [...AUTOLOGON_STEPS.slice(0, -1), ...GUEST_STEPS],
    duration: 'About 10 minutes.',
  },
}
