/** Spanish check messages (`Messages.checks`), one file per check, as in shared/i18n/en/checks.ts. */
import { CHECKS_COMMON_ES } from './checks-common'
import { CHECKS_OS_VERSION_ES } from './checks-os-version'
import { CHECKS_DISK_ENCRYPTION_ES } from './checks-disk-encryption'
import { CHECKS_FIREWALL_ES } from './checks-firewall'
import { CHECKS_SCREEN_LOCK_ES } from './checks-screen-lock'
import { CHECKS_AUTO_UPDATES_ES } from './checks-auto-updates'
import { CHECKS_MALWARE_PROTECTION_ES } from './checks-malware-protection'
import { CHECKS_PLATFORM_INTEGRITY_ES } from './checks-platform-integrity'
import { CHECKS_REMOTE_ACCESS_ES } from './checks-remote-access'
import { CHECKS_LOGIN_PROTECTION_ES } from './checks-login-protection'
import { CHECKS_BROWSER_UPDATES_ES } from './checks-browser-updates'
import { CHECKS_PRACTICES_ES } from './checks-practices'

export const CHECKS_ES = {
  ...CHECKS_COMMON_ES,
  ...CHECKS_OS_VERSION_ES,
  ...CHECKS_DISK_ENCRYPTION_ES,
  ...CHECKS_FIREWALL_ES,
  ...CHECKS_SCREEN_LOCK_ES,
  ...CHECKS_AUTO_UPDATES_ES,
  ...CHECKS_MALWARE_PROTECTION_ES,
  ...CHECKS_PLATFORM_INTEGRITY_ES,
  ...CHECKS_REMOTE_ACCESS_ES,
  ...CHECKS_LOGIN_PROTECTION_ES,
  ...CHECKS_BROWSER_UPDATES_ES,
  ...CHECKS_PRACTICES_ES,
} as const satisfies Readonly<Record<string, string>>
