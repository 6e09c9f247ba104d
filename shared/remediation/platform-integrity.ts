/**
 * Language-neutral facts (deep links, durations) of the platform-integrity fixes. Words:
 * shared/i18n/en/remediation-platform-integrity.ts.
 *
 * System Integrity Protection and Secure Boot are changed outside the running system (macOS Recovery,
 * firmware settings), so most links are null. Gatekeeper opens Privacy & Security (macOS 13+: System
 * Settings; `.macos12`: System Preferences › Security & Privacy › General). Windows opens Settings ›
 * Recovery, where "Advanced startup" leads to the UEFI firmware settings; `.win10` names the Windows 10
 * path (Update & Security › Recovery). SIP steps differ between Apple silicon and Intel Macs (how to
 * start Recovery), not between macOS versions.
 */
import type { RemediationMeta } from './types'

const quick = (minutes: number, deepLink: string | null = null): RemediationMeta => ({
  deepLink,
  minutes,
  continuesInBackground: false,
})

/** Every platform-integrity remediation id a strategy can return (besides `platform-integrity.unknown`). */
export const PLATFORM_INTEGRITY_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {
  'platform-integrity.darwin.sip': quick(15),
  'platform-integrity.darwin.sip.intel': quick(15),
  'platform-integrity.darwin.gatekeeper': quick(
    2,
    'x-apple.systempreferences:com.apple.settings.PrivacySecurity.extension?Security',
  ),
  'platform-integrity.darwin.gatekeeper.macos12': quick(
    2,
    'x-apple.systempreferences:com.apple.preference.security?General',
  ),

  'platform-integrity.win32.secure-boot': quick(15, 'ms-settings:recovery'),
  'platform-integrity.win32.secure-boot.win10': quick(15, 'ms-settings:recovery'),
  'platform-integrity.win32.legacy-bios': quick(60),

  'platform-integrity.linux.secure-boot': quick(15),
  'platform-integrity.linux.secure-boot.arch': quick(45),
  'platform-integrity.linux.setup-mode': quick(15),
  'platform-integrity.linux.shim-validation': quick(10),
  'platform-integrity.linux.legacy-bios': quick(120),
  'platform-integrity.linux.vm': quick(15),
  'platform-integrity.linux.host': quick(5),
}
