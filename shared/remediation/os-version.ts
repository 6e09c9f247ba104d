/** Language-neutral facts (deep links, durations) of the os-version fixes. Words: shared/i18n/en/remediation-os-version.ts. */
import type { RemediationMeta } from './types'

export const OS_VERSION_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {}
