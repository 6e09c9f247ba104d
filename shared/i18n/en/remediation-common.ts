/** English words for the fixes shared by all platforms. */
import type { RemediationText } from '../../remediation/types'

const unknownSteps = (what: string): RemediationText => ({
  title: `Help Preflight read your ${what}`,
  why: `Preflight could not confirm your ${what}, so it cannot count it as safe. The reason is shown above the steps.`,
  steps: [
    'Read the reason shown for this check: it says what could not be read.',
    'Close other programs that may be busy, then press “Check again”.',
    `If it still cannot be read, check the ${what} yourself in your system settings.`,
    'Send a transcript (preflight check --record transcript.json) to your campaign security contact; it contains only the settings Preflight read, and you can open it to see exactly what is in it.',
  ],
  duration: 'About 5 minutes.',
})

export const REMEDIATION_COMMON_EN: Readonly<Record<string, RemediationText>> = {
  'os-version.unknown': unknownSteps('operating system version'),
  'disk-encryption.unknown': unknownSteps('disk encryption setting'),
  'firewall.unknown': unknownSteps('firewall setting'),
  'screen-lock.unknown': unknownSteps('screen lock setting'),
  'auto-updates.unknown': unknownSteps('automatic update setting'),
  'malware-protection.unknown': unknownSteps('malware protection status'),
  'platform-integrity.unknown': unknownSteps(
    'start-up security settings (System Integrity Protection, Gatekeeper, Secure Boot)',
  ),
  'browser-updates.unknown': unknownSteps('browser versions'),
}
