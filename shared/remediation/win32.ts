/** Language-neutral facts (deep links, durations) of the win32 fixes. Words: shared/i18n/en/remediation-win32.ts. */
import type { RemediationMeta } from './types'

export const WIN32_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {}
