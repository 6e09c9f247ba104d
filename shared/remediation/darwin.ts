/**
 * Language-neutral facts (deep links, durations) of the macOS fixes. Words:
 * shared/i18n/en/remediation-darwin.ts.
 *
 * Ids ending in `.macos12` are for System Preferences (macOS 12 and earlier); the others are for
 * System Settings (macOS 13 and later). The checks pick one from `sw_vers` (main/checks/darwin-common.ts).
 *
 * Deep links: macOS 13+ panes are `com.apple.<Name>-Settings.extension` (or
 * `com.apple.settings.PrivacySecurity.extension`); macOS 12 panes are the old `com.apple.preference.*`
 * identifiers with tab anchors (`?FDE` is the FileVault tab, `?Firewall`, `?General`). A link whose
 * anchor a release ignores still opens the right pane. Where there is nothing to open (a restart, a
 * wait) the link is null.
 */
import type { RemediationMeta } from './types'

/** Every macOS remediation id a darwin strategy can return (besides the shared `<check>.unknown`). */
export const DARWIN_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {
  'disk-encryption.darwin.turn-on': {
    deepLink: 'x-apple.systempreferences:com.apple.settings.PrivacySecurity.extension?FileVault',
    minutes: 2,
    continuesInBackground: true,
  },
  'disk-encryption.darwin.turn-on.macos12': {
    deepLink: 'x-apple.systempreferences:com.apple.preference.security?FDE',
    minutes: 2,
    continuesInBackground: true,
  },
  'disk-encryption.darwin.finish-pending': { deepLink: null, minutes: 5, continuesInBackground: true },
  'disk-encryption.darwin.finish-deferred': { deepLink: null, minutes: 5, continuesInBackground: true },
  'disk-encryption.darwin.restart-to-finish': { deepLink: null, minutes: 5, continuesInBackground: false },
  'disk-encryption.darwin.wait-encrypting': { deepLink: null, minutes: 1, continuesInBackground: true },
  'disk-encryption.darwin.decrypting': { deepLink: null, minutes: 5, continuesInBackground: true },
  'firewall.darwin.turn-on': {
    deepLink: 'x-apple.systempreferences:com.apple.Network-Settings.extension?Firewall',
    minutes: 1,
    continuesInBackground: false,
  },
  'firewall.darwin.turn-on.macos12': {
    deepLink: 'x-apple.systempreferences:com.apple.preference.security?Firewall',
    minutes: 1,
    continuesInBackground: false,
  },
  'screen-lock.darwin.configure': {
    deepLink: 'x-apple.systempreferences:com.apple.Lock-Screen-Settings.extension',
    minutes: 2,
    continuesInBackground: false,
  },
  'screen-lock.darwin.configure.macos12': {
    deepLink: 'x-apple.systempreferences:com.apple.preference.security?General',
    minutes: 3,
    continuesInBackground: false,
  },
  'auto-updates.darwin.turn-on': {
    deepLink: 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension',
    minutes: 2,
    continuesInBackground: false,
  },
  'auto-updates.darwin.turn-on.macos12': {
    deepLink: 'x-apple.systempreferences:com.apple.preferences.softwareupdate',
    minutes: 2,
    continuesInBackground: false,
  },
}
