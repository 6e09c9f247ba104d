/** English words of the darwin fixes (ids and deep links: shared/remediation/darwin.ts). */
import type { RemediationText } from '../../remediation/types'

export const REMEDIATION_DARWIN_EN: Readonly<Record<string, RemediationText>> = {}
