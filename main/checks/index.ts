/** Registry of all checks, keyed by id, in report order. */
import type { CheckId } from '../../shared/check-types'
import { autoUpdatesCheck } from './auto-updates'
import { browserUpdatesCheck } from './browser-updates'
import { diskEncryptionCheck } from './disk-encryption'
import { firewallCheck } from './firewall'
import { malwareProtectionCheck } from './malware-protection'
import { osVersionCheck } from './os-version'
import { platformIntegrityCheck } from './platform-integrity'
import { screenLockCheck } from './screen-lock'
import type { CheckDefinition } from './types'

export const CHECKS: Readonly<Record<CheckId, CheckDefinition>> = {
  'os-version': osVersionCheck,
  'disk-encryption': diskEncryptionCheck,
  firewall: firewallCheck,
  'screen-lock': screenLockCheck,
  'auto-updates': autoUpdatesCheck,
  'malware-protection': malwareProtectionCheck,
  'platform-integrity': platformIntegrityCheck,
  'browser-updates': browserUpdatesCheck,
}
