/** Spanish check messages (`Messages.checks`), one file per check, as in shared/i18n/en/checks.ts. */
import { CHECKS_COMMON_ES } from './checks-common'
import { CHECKS_AUTO_UPDATES_ES } from './checks-auto-updates'
import { CHECKS_FIREWALL_ES } from './checks-firewall'
import { CHECKS_OS_VERSION_ES } from './checks-os-version'
import { CHECKS_PRACTICES_ES } from './checks-practices'

export const CHECKS_ES = {
  ...CHECKS_COMMON_ES,
  ...CHECKS_FIREWALL_ES,
  ...CHECKS_OS_VERSION_ES,
  ...CHECKS_AUTO_UPDATES_ES,
  ...CHECKS_PRACTICES_ES,
} as const satisfies Readonly<Record<string, string>>
