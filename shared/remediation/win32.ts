/**
 * Language-neutral facts (deep links, durations) of the Windows fixes. Words:
 * shared/i18n/en/remediation-win32.ts.
 *
 * Home and Pro differ for disk encryption (Home: "Device encryption" in Settings, needs a Microsoft
 * account to store the recovery key; Pro/Enterprise/Education: BitLocker in Control Panel), so those
 * fixes come in pairs; the strategy picks one from EditionID. Windows 10 and 11 differ only in where
 * a page sits in Settings, which the steps name for both. Deep links are `ms-settings:` pages and
 * `windowsdefender://network` (Windows Security › Firewall & network protection); BitLocker's Control
 * Panel page has no URL, so those links are null.
 */
import type { RemediationMeta } from './types'

/** Every Windows remediation id a win32 strategy can return (besides the shared `<check>.unknown`). */
export const WIN32_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {
  'disk-encryption.win32.device-encryption': {
    deepLink: 'ms-settings:deviceencryption',
    minutes: 5,
    continuesInBackground: true,
  },
  'disk-encryption.win32.bitlocker': { deepLink: null, minutes: 10, continuesInBackground: true },
  'disk-encryption.win32.encrypting': { deepLink: null, minutes: 1, continuesInBackground: true },
  'disk-encryption.win32.decrypting': { deepLink: null, minutes: 10, continuesInBackground: true },
  'disk-encryption.win32.suspended': { deepLink: null, minutes: 3, continuesInBackground: false },
  'disk-encryption.win32.not-encryptable': { deepLink: null, minutes: 15, continuesInBackground: false },
  'disk-encryption.win32.activate-home': {
    deepLink: 'ms-settings:deviceencryption',
    minutes: 10,
    continuesInBackground: false,
  },
  'disk-encryption.win32.activate-pro': { deepLink: null, minutes: 10, continuesInBackground: false },
  'firewall.win32.turn-on': {
    deepLink: 'windowsdefender://network',
    minutes: 2,
    continuesInBackground: false,
  },
  'firewall.win32.policy': { deepLink: null, minutes: 15, continuesInBackground: false },
  'firewall.win32.service': {
    deepLink: 'windowsdefender://network',
    minutes: 10,
    continuesInBackground: false,
  },
  'screen-lock.win32.set': { deepLink: 'ms-settings:lockscreen', minutes: 3, continuesInBackground: false },
  'auto-updates.win32.settings': {
    deepLink: 'ms-settings:windowsupdate',
    minutes: 2,
    continuesInBackground: true,
  },
  'auto-updates.win32.paused': {
    deepLink: 'ms-settings:windowsupdate',
    minutes: 2,
    continuesInBackground: true,
  },
  'auto-updates.win32.policy': {
    deepLink: 'ms-settings:windowsupdate-options',
    minutes: 15,
    continuesInBackground: true,
  },
  'auto-updates.win32.service': { deepLink: null, minutes: 10, continuesInBackground: true },
  'remote-access.win32.rdp': {
    deepLink: 'ms-settings:remotedesktop',
    minutes: 2,
    continuesInBackground: false,
  },
  'remote-access.win32.rdp-policy': { deepLink: null, minutes: 15, continuesInBackground: false },
  'remote-access.win32.openssh': {
    deepLink: 'ms-settings:optionalfeatures',
    minutes: 5,
    continuesInBackground: false,
  },
  'remote-access.win32.listener': {
    deepLink: 'ms-settings:appsfeatures',
    minutes: 10,
    continuesInBackground: false,
  },
  'login-protection.win32.autologon': {
    deepLink: 'ms-settings:signinoptions',
    minutes: 5,
    continuesInBackground: false,
  },
  'login-protection.win32.guest': { deepLink: null, minutes: 5, continuesInBackground: false },
  'login-protection.win32.autologon-and-guest': {
    deepLink: 'ms-settings:signinoptions',
    minutes: 10,
    continuesInBackground: false,
  },
}
