/**
 * Spanish catalogue (neutral Latin American Spanish, "usted"): the same sections and keys as the
 * English reference (shared/i18n/en/). Style guide and glossary: docs/i18n-es.md.
 */
import type { Messages } from '../types'
import { REMEDIATION_BROWSER_UPDATES_ES } from './remediation-browser-updates'
import { REMEDIATION_COMMON_ES } from './remediation-common'
import { REMEDIATION_DARWIN_ES } from './remediation-darwin'
import { REMEDIATION_LINUX_ES } from './remediation-linux'
import { REMEDIATION_MALWARE_PROTECTION_ES } from './remediation-malware-protection'
import { REMEDIATION_OS_VERSION_ES } from './remediation-os-version'
import { REMEDIATION_PLATFORM_INTEGRITY_ES } from './remediation-platform-integrity'
import { REMEDIATION_WIN32_ES } from './remediation-win32'
import { CHECKS_ES } from './checks'
import { CLI_ES } from './cli'
import { MAIN_ES } from './main'
import { PRACTICES_ES } from './practices'
import { UI_ES } from './ui'

export const es: Messages = {
  remediation: {
    ...REMEDIATION_COMMON_ES,
    ...REMEDIATION_DARWIN_ES,
    ...REMEDIATION_WIN32_ES,
    ...REMEDIATION_LINUX_ES,
    ...REMEDIATION_OS_VERSION_ES,
    ...REMEDIATION_MALWARE_PROTECTION_ES,
    ...REMEDIATION_PLATFORM_INTEGRITY_ES,
    ...REMEDIATION_BROWSER_UPDATES_ES,
  },
  ui: UI_ES,
  practices: PRACTICES_ES,
  checks: CHECKS_ES,
  cli: CLI_ES,
  main: MAIN_ES,
}
