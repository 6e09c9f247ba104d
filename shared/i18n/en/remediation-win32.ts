/** English words of the win32 fixes (ids and deep links: shared/remediation/win32.ts). */
import type { RemediationText } from '../../remediation/types'

export const REMEDIATION_WIN32_EN: Readonly<Record<string, RemediationText>> = {}
