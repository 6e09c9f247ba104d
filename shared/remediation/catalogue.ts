/**
 * The remediation catalogue: every fix id a check can return, with its deep link and duration.
 * Words come from the language catalogue (shared/i18n); `getRemediation` joins the two.
 */
import { messagesFor, type Language } from '../i18n'
import { BROWSER_UPDATES_REMEDIATIONS } from './browser-updates'
import { COMMON_REMEDIATIONS } from './common'
import { DARWIN_REMEDIATIONS } from './darwin'
import { LINUX_REMEDIATIONS } from './linux'
import { MALWARE_PROTECTION_REMEDIATIONS } from './malware-protection'
import { OS_VERSION_REMEDIATIONS } from './os-version'
import { PLATFORM_INTEGRITY_REMEDIATIONS } from './platform-integrity'
import { WIN32_REMEDIATIONS } from './win32'
import type { Remediation, RemediationMeta } from './types'

export const REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {
  ...COMMON_REMEDIATIONS,
  ...DARWIN_REMEDIATIONS,
  ...WIN32_REMEDIATIONS,
  ...LINUX_REMEDIATIONS,
  ...OS_VERSION_REMEDIATIONS,
  ...MALWARE_PROTECTION_REMEDIATIONS,
  ...PLATFORM_INTEGRITY_REMEDIATIONS,
  ...BROWSER_UPDATES_REMEDIATIONS,
}

/** Allowed deep-link schemes; main opens nothing else. */
export const DEEP_LINK_SCHEMES = [
  'x-apple.systempreferences:',
  'ms-settings:',
  'ms-settings-',
  'windowsdefender:',
] as const

/** The fix for `id` in `lang` (falling back to English words), or null for an unknown id. */
export function getRemediation(id: string, lang: Language = 'en'): Remediation | null {
  const meta = Object.prototype.hasOwnProperty.call(REMEDIATIONS, id) ? REMEDIATIONS[id] : undefined
  if (meta === undefined) return null
  const text = messagesFor(lang).remediation[id] ?? messagesFor('en').remediation[id]
  if (text === undefined) return null
  return { id, ...meta, ...text }
}
