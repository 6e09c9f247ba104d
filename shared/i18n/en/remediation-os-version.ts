/** English words of the os-version fixes (ids and deep links: shared/remediation/os-version.ts). */
import type { RemediationText } from '../../remediation/types'

export const REMEDIATION_OS_VERSION_EN: Readonly<Record<string, RemediationText>> = {}
