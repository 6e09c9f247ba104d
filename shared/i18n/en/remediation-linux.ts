/** English words of the linux fixes (ids and deep links: shared/remediation/linux.ts). */
import type { RemediationText } from '../../remediation/types'

export const REMEDIATION_LINUX_EN: Readonly<Record<string, RemediationText>> = {}
