/** Spanish check messages (`Messages.checks`), one file per check, as in shared/i18n/en/checks.ts. */
import { CHECKS_COMMON_ES } from './checks-common'
import { CHECKS_DISK_ENCRYPTION_ES } from './checks-disk-encryption'
import { CHECKS_FIREWALL_ES } from './checks-firewall'
import { CHECKS_PLATFORM_INTEGRITY_ES } from './checks-platform-integrity'
import { CHECKS_SCREEN_LOCK_ES } from './checks-screen-lock'

export const CHECKS_ES = {
  ...CHECKS_COMMON_ES,
  ...CHECKS_DISK_ENCRYPTION_ES,
  ...CHECKS_FIREWALL_ES,
  ...CHECKS_SCREEN_LOCK_ES,
  ...CHECKS_PLATFORM_INTEGRITY_ES,
} as const satisfies Readonly<Record<string, string>>
