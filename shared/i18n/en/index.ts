/** English catalogue (the reference language). */
import type { Messages } from '../types'
import { REMEDIATION_BROWSER_UPDATES_EN } from './remediation-browser-updates'
import { REMEDIATION_COMMON_EN } from './remediation-common'
import { REMEDIATION_DARWIN_EN } from './remediation-darwin'
import { REMEDIATION_LINUX_EN } from './remediation-linux'
import { REMEDIATION_MALWARE_PROTECTION_EN } from './remediation-malware-protection'
import { REMEDIATION_OS_VERSION_EN } from './remediation-os-version'
import { REMEDIATION_PLATFORM_INTEGRITY_EN } from './remediation-platform-integrity'
import { REMEDIATION_WIN32_EN } from './remediation-win32'
import { CHECKS_EN } from './checks'
import { CLI_EN } from './cli'
import { MAIN_EN } from './main'
import { PRACTICES_EN } from './practices'
import { UI_EN } from './ui'

export const en = {
  remediation: {
    ...REMEDIATION_COMMON_EN,
    ...REMEDIATION_DARWIN_EN,
    ...REMEDIATION_WIN32_EN,
    ...REMEDIATION_LINUX_EN,
    ...REMEDIATION_OS_VERSION_EN,
    ...REMEDIATION_MALWARE_PROTECTION_EN,
    ...REMEDIATION_PLATFORM_INTEGRITY_EN,
    ...REMEDIATION_BROWSER_UPDATES_EN,
  },
  ui: UI_EN,
  practices: PRACTICES_EN,
  checks: CHECKS_EN,
  cli: CLI_EN,
  main: MAIN_EN,
} satisfies Required<Messages>
