/**
 * English words of the campaign practices (shared/practices.ts): what each practice asks of a
 * staffer, why it matters and how to do it. Keys are `<base>.title`, `<base>.why`, and for the steps
 * `<base>.how.<platform>` (darwin, win32, linux) with `<base>.how` as the fallback, or
 * `<base>.how.<service>` with the service's name at `<base>.service.<service>`. Steps are one per
 * line. `help.<id>` names a vendor help page of the fixed catalogue (shared/practices-help.ts).
 *
 * A policy may carry its own small catalogue with the same key shapes for its custom practices; a
 * Spanish catalogue will use these keys too.
 */
export const PRACTICES_EN = {
  'practices.notMeasurable.linux': 'Linux has no built-in way for Preflight to see this.',

  'practice.two-factor-email.title':
    'Two-factor sign-in with an authenticator app or a security key (not text messages) is on for my campaign email',
  'practice.two-factor-email.why':
    'Most campaign breaches start with a stolen password. A second step that an attacker cannot intercept stops them even when they have the password; codes sent by text message can be redirected to another phone.',
  'practice.two-factor-email.service.google-workspace': 'Google Workspace (Gmail)',
  'practice.two-factor-email.how.google-workspace':
    'Open myaccount.google.com and sign in with your campaign account.\nChoose Security, then 2-Step Verification, and turn it on.\nAdd an authenticator app, a passkey or a security key as your second step.\nRemove text messages (SMS) as a second step once another one works.',
  'practice.two-factor-email.service.microsoft-365': 'Microsoft 365 (Outlook)',
  'practice.two-factor-email.how.microsoft-365':
    'Open mysignins.microsoft.com/security-info and sign in with your campaign account.\nChoose Add sign-in method and add Microsoft Authenticator, a passkey or a security key.\nDelete the phone (text message) method once another one works.',

  'practice.security-key-email.title': 'I sign in to campaign email with a security key or a passkey',
  'practice.security-key-email.why':
    'A security key or passkey only works on the real sign-in page, so a look-alike page cannot capture it. It is the strongest protection against phishing, and what election-security groups recommend for campaign staff.',
  'practice.security-key-email.how':
    'Ask your security contact whether the campaign provides security keys.\nAdd the key or a passkey in your email account’s security settings (the same place as two-factor sign-in).\nKeep a second key or passkey as a backup in a safe place.',

  'practice.signal.title': 'I use Signal for campaign conversations, with disappearing messages on',
  'practice.signal.why':
    'Signal encrypts messages and calls end to end, so neither the carrier nor an attacker on the network can read them. Disappearing messages limit what a lost or seized phone gives away.',
  'practice.signal.how':
    'Install Signal on your phone, and Signal Desktop on this laptop if you use it for campaign work.\nIn each campaign conversation, open the chat settings and turn on disappearing messages.\nIn Signal’s settings, set a default timer so new chats disappear too.',

  'practice.password-manager.title': 'I keep my passwords in a password manager',
  'practice.password-manager.why':
    'A password manager makes a long, different password for every account, so one leaked password does not open the others. It also refuses to fill a password into a look-alike site.',
  'practice.password-manager.how':
    'Install a password manager your campaign recommends (for example 1Password, Bitwarden or KeePassXC).\nProtect it with a long passphrase you do not use anywhere else.\nMove your campaign passwords into it and change any you have used twice.',

  'practice.campaign-accounts-only.title': 'I do campaign work only in campaign accounts',
  'practice.campaign-accounts-only.why':
    'Campaign accounts are protected and watched by your security contact; personal email and cloud drives are not, and attackers target them to reach campaign files.',
  'practice.campaign-accounts-only.how':
    'Send campaign email only from your campaign address.\nKeep campaign files only in the campaign’s shared drive, not in personal cloud storage.\nTurn on two-factor sign-in on your personal accounts too.',

  'practice.phone-updated-locked.title': 'My phone is up to date and locked with a PIN of at least 6 digits',
  'practice.phone-updated-locked.why':
    'Your phone holds your campaign email, Signal and sign-in codes. Updates close the holes attackers use, and a 6-digit PIN is far harder to guess than a 4-digit one.',
  'practice.phone-updated-locked.service.ios': 'iPhone',
  'practice.phone-updated-locked.how.ios':
    'Open Settings, General, Software Update and install any update; turn on Automatic Updates.\nOpen Settings, Face ID & Passcode (or Touch ID & Passcode), Change Passcode, and choose a 6-digit or longer code.',
  'practice.phone-updated-locked.service.android': 'Android',
  'practice.phone-updated-locked.how.android':
    'Open Settings, System (or Software update) and install any update.\nOpen Settings, Security (or Lock screen), Screen lock, and choose a PIN of 6 or more digits, or a password.',

  'practice.laptop-password.title': 'My password on this laptop has at least 12 characters',
  'practice.laptop-password.why':
    'The laptop password protects your files and unlocks the disk encryption. A short one can be guessed by someone who has the laptop for a while.',
  'practice.laptop-password.how.darwin':
    'Open System Settings, Users & Groups, click the info button next to your name and choose Change Password.\nUse a passphrase of several words, at least 12 characters.',
  'practice.laptop-password.how.win32':
    'Press Ctrl+Alt+Delete and choose Change a password (for a Microsoft account, change it at account.microsoft.com).\nUse a passphrase of several words, at least 12 characters; a PIN alone is not enough.',
  'practice.laptop-password.how.linux':
    'Open Settings, Users (or System Settings, Users) and change your password, or run passwd in a terminal.\nUse a passphrase of several words, at least 12 characters.',

  'practice.report-lost-device.title':
    'I will tell my security contact at once if a phone or laptop I use for the campaign is lost or stolen',
  'practice.report-lost-device.why':
    'The first hours matter: your security contact can sign the device out of campaign accounts, revoke its keys and erase it remotely before anyone gets in.',
  'practice.report-lost-device.how':
    'Keep your security contact’s phone number somewhere you can reach without your phone.\nReport a loss the same day, even if you think the device will turn up.',

  'practice.find-my.title': 'Find My is on for this laptop, so it can be located, locked or erased if lost',
  'practice.find-my.why':
    'If the laptop is lost or stolen, you can lock or erase it from another device. Some campaigns manage laptops another way and turn this off; your security contact decides.',
  'practice.find-my.how.darwin':
    'Open System Settings, click your name (Apple Account), then iCloud, and turn on Find My Mac.\nThis needs an administrator of this Mac.',
  'practice.find-my.how.win32':
    'Open Settings, Privacy & security, Find my device, and turn it on (you need to sign in with a Microsoft account and have Location on).',
  'practice.find-my.how.linux':
    'Linux has no built-in Find My service. Confirm only if your security contact has set up another way to locate or erase this laptop.',

  'practice.check-addresses.title':
    'I check the web address before I sign in or donate, and use only the campaign’s real addresses',
  'practice.check-addresses.why':
    'Attackers register look-alike addresses (an extra dash, another ending like .co or -2026) to collect passwords and donations. Campaigns have lost such addresses to opponents.',
  'practice.check-addresses.how':
    'Open campaign sites from a bookmark or your password manager, not from links in messages.\nCompare the address with the campaign’s real addresses listed under Campaign web addresses in Preflight.\nReport any look-alike address you receive to your security contact.',

  'practice.checklist.why': 'Your security contact asks you to confirm this before you leave the campaign.',

  'practice.accounts-signed-out.title': 'I have signed out of every campaign account on this laptop',
  'practice.accounts-signed-out.why':
    'A laptop that stays signed in keeps access to campaign email and files after you leave.',
  'practice.accounts-signed-out.how':
    'Sign out of campaign email, chat and shared drives in every browser and app.\nUnlink Signal Desktop from your phone if you used it for campaign conversations.',

  'practice.files-deleted.title': 'I have deleted campaign files from this laptop (including Downloads)',
  'practice.files-deleted.why':
    'Campaign documents left on a personal laptop can leak long after the campaign ends.',
  'practice.files-deleted.how':
    'Delete campaign documents, including copies in Downloads and on the desktop, then empty the Trash or Recycle Bin.',

  'practice.devices-returned.title': 'I have returned campaign hardware keys and devices',
  'practice.devices-returned.why': 'Security keys and campaign devices still open campaign accounts.',
  'practice.devices-returned.how':
    'Give campaign security keys, phones and laptops back to your security contact.',

  'help.signal-download': 'Signal: download Signal Desktop',
  'help.signal-disappearing': 'Signal Support: set and manage disappearing messages',
  'help.google-2sv': 'Google: turn on 2-Step Verification',
  'help.google-passkeys': 'Google: sign in with a passkey',
  'help.microsoft-security-info': 'Microsoft: set up your sign-in methods',
  'help.bitwarden-download': 'Bitwarden: downloads',
  'help.keepassxc-download': 'KeePassXC: download',
  'help.1password-download': '1Password: downloads',
} as const satisfies Record<string, string>
