/** Language-neutral facts (deep links, durations) of the darwin fixes. Words: shared/i18n/en/remediation-darwin.ts. */
import type { RemediationMeta } from './types'

export const DARWIN_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {}
