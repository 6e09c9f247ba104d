/** Language-neutral facts (deep links, durations) of the linux fixes. Words: shared/i18n/en/remediation-linux.ts. */
import type { RemediationMeta } from './types'

export const LINUX_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {}
