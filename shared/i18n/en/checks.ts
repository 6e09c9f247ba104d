/**
 * English check messages (`Messages.checks`): what the checks write into a verdict's summary,
 * observed lines, requirement and reason. Rendered from here, English is the canonical text that is
 * shown to CISOs and signed; other languages render the same messages for display only
 * (docs/i18n.md). One file per check: add yours to the list.
 */
import type { MessageKeyOf } from '../msg'
import { CHECKS_COMMON_EN } from './checks-common'
import { CHECKS_AUTO_UPDATES_EN } from './checks-auto-updates'
import { CHECKS_FIREWALL_EN } from './checks-firewall'
import { CHECKS_OS_VERSION_EN } from './checks-os-version'
import { CHECKS_PRACTICES_EN } from './checks-practices'

export const CHECKS_EN = {
  ...CHECKS_COMMON_EN,
  ...CHECKS_FIREWALL_EN,
  ...CHECKS_OS_VERSION_EN,
  ...CHECKS_AUTO_UPDATES_EN,
  ...CHECKS_PRACTICES_EN,
} as const satisfies Readonly<Record<string, string>>

/** A key (or plural base) of the check messages: what `msg()` in main/checks/verdict.ts accepts. */
export type CheckMessageKey = MessageKeyOf<typeof CHECKS_EN>
