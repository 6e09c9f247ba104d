/**
 * English check messages (`Messages.checks`): what the checks write into a verdict's summary,
 * observed lines, requirement and reason. Rendered from here, English is the canonical text that is
 * shown to CISOs and signed; other languages render the same messages for display only
 * (docs/i18n.md). One file per check: add yours to the list.
 */
import type { MessageKeyOf } from '../msg'
import { CHECKS_COMMON_EN } from './checks-common'
import { CHECKS_OS_VERSION_EN } from './checks-os-version'
import { CHECKS_DISK_ENCRYPTION_EN } from './checks-disk-encryption'
import { CHECKS_FIREWALL_EN } from './checks-firewall'
import { CHECKS_SCREEN_LOCK_EN } from './checks-screen-lock'
import { CHECKS_AUTO_UPDATES_EN } from './checks-auto-updates'
import { CHECKS_MALWARE_PROTECTION_EN } from './checks-malware-protection'
import { CHECKS_PLATFORM_INTEGRITY_EN } from './checks-platform-integrity'
import { CHECKS_REMOTE_ACCESS_EN } from './checks-remote-access'
import { CHECKS_LOGIN_PROTECTION_EN } from './checks-login-protection'
import { CHECKS_BROWSER_UPDATES_EN } from './checks-browser-updates'
import { CHECKS_PRACTICES_EN } from './checks-practices'

export const CHECKS_EN = {
  ...CHECKS_COMMON_EN,
  ...CHECKS_OS_VERSION_EN,
  ...CHECKS_DISK_ENCRYPTION_EN,
  ...CHECKS_FIREWALL_EN,
  ...CHECKS_SCREEN_LOCK_EN,
  ...CHECKS_AUTO_UPDATES_EN,
  ...CHECKS_MALWARE_PROTECTION_EN,
  ...CHECKS_PLATFORM_INTEGRITY_EN,
  ...CHECKS_REMOTE_ACCESS_EN,
  ...CHECKS_LOGIN_PROTECTION_EN,
  ...CHECKS_BROWSER_UPDATES_EN,
  ...CHECKS_PRACTICES_EN,
} as const satisfies Readonly<Record<string, string>>

/** A key (or plural base) of the check messages: what `msg()` in main/checks/verdict.ts accepts. */
export type CheckMessageKey = MessageKeyOf<typeof CHECKS_EN>
