/**
 * Language-neutral facts (deep links, durations) of the os-version fixes. Words:
 * shared/i18n/en/remediation-os-version.ts.
 *
 * macOS 13+ opens Software Update in System Settings; `.macos12` ids open the old System Preferences
 * pane (macOS 12 and earlier). Windows opens Windows Update. Linux has no settings deep link that works
 * on every desktop, so the steps name the tool instead (deepLink null).
 * Minutes are hands-on time; installing and restarting continue without the user.
 */
import type { RemediationMeta } from './types'

const MAC_SU_13 = 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension'
const MAC_SU_12 = 'x-apple.systempreferences:com.apple.preferences.softwareupdate'
const WIN_UPDATE = 'ms-settings:windowsupdate'

/** Every os-version remediation id a strategy can return (besides `os-version.unknown`). */
export const OS_VERSION_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {
  'os-version.darwin.update': { deepLink: MAC_SU_13, minutes: 5, continuesInBackground: true },
  'os-version.darwin.upgrade': { deepLink: MAC_SU_13, minutes: 15, continuesInBackground: true },
  'os-version.darwin.upgrade.macos12': { deepLink: MAC_SU_12, minutes: 15, continuesInBackground: true },
  'os-version.win32.update': { deepLink: WIN_UPDATE, minutes: 5, continuesInBackground: true },
  'os-version.win32.feature-update': { deepLink: WIN_UPDATE, minutes: 10, continuesInBackground: true },
  'os-version.win32.upgrade-11': { deepLink: WIN_UPDATE, minutes: 20, continuesInBackground: true },
  'os-version.linux.apt': { deepLink: null, minutes: 5, continuesInBackground: true },
  'os-version.linux.mint': { deepLink: null, minutes: 5, continuesInBackground: true },
  'os-version.linux.dnf': { deepLink: null, minutes: 5, continuesInBackground: true },
  'os-version.linux.pacman': { deepLink: null, minutes: 5, continuesInBackground: true },
  'os-version.linux.restart': { deepLink: null, minutes: 3, continuesInBackground: false },
  'os-version.linux.release-upgrade.ubuntu': { deepLink: null, minutes: 20, continuesInBackground: true },
  'os-version.linux.release-upgrade.debian': { deepLink: null, minutes: 30, continuesInBackground: true },
  'os-version.linux.release-upgrade.fedora': { deepLink: null, minutes: 20, continuesInBackground: true },
  'os-version.linux.release-upgrade.mint': { deepLink: null, minutes: 20, continuesInBackground: true },
  'os-version.linux.release-upgrade.other': { deepLink: null, minutes: 30, continuesInBackground: true },
}
