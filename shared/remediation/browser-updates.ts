/**
 * Language-neutral facts (deep links, durations) of the browser-updates fixes. Words:
 * shared/i18n/en/remediation-browser-updates.ts.
 *
 * Browsers have no settings deep link Preflight may open (only system settings schemes are allowed,
 * see catalogue.ts), so the steps name the browser's own "About" page instead; Safari and macOS
 * upgrades open Software Update. Minutes are hands-on time; downloads continue in the background.
 */
import type { RemediationMeta } from './types'

const MAC_SU = 'x-apple.systempreferences:com.apple.Software-Update-Settings.extension'
const browser = (minutes: number): RemediationMeta => ({
  deepLink: null,
  minutes,
  continuesInBackground: true,
})
const policy: RemediationMeta = { deepLink: null, minutes: 15, continuesInBackground: false }

/** Every browser-updates remediation id a strategy can return (besides `browser-updates.unknown`). */
export const BROWSER_UPDATES_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {
  'browser-updates.darwin.chrome': browser(3),
  'browser-updates.darwin.edge': browser(3),
  'browser-updates.darwin.brave': browser(3),
  'browser-updates.darwin.firefox': browser(3),
  'browser-updates.darwin.firefox-esr': browser(10),
  'browser-updates.darwin.safari': { deepLink: MAC_SU, minutes: 5, continuesInBackground: true },
  'browser-updates.darwin.safari-macos': { deepLink: MAC_SU, minutes: 15, continuesInBackground: true },
  'browser-updates.darwin.policy': policy,
  'browser-updates.darwin.firefox-policy': policy,
  'browser-updates.win32.chrome': browser(3),
  'browser-updates.win32.edge': browser(3),
  'browser-updates.win32.brave': browser(3),
  'browser-updates.win32.firefox': browser(3),
  'browser-updates.win32.firefox-esr': browser(10),
  'browser-updates.win32.policy': policy,
  'browser-updates.win32.firefox-policy': policy,
  'browser-updates.linux.system': browser(5),
  'browser-updates.linux.snap': browser(3),
  'browser-updates.linux.flatpak': browser(3),
  'browser-updates.linux.firefox-tarball': browser(3),
  'browser-updates.linux.firefox-esr': browser(10),
  'browser-updates.linux.policy': policy,
}
