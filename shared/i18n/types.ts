/** Shape of a language catalogue. */
import type { RemediationText } from '../remediation/types'

export interface Messages {
  /** Guided fixes, keyed by remediation id (see shared/remediation). */
  readonly remediation: Readonly<Record<string, RemediationText>>
  /** Strings of the desktop UI, keyed by a dotted name (renderer/). */
  readonly ui: Readonly<Record<string, string>>
  /** Words of the campaign practices (shared/practices.ts), keyed `practice.<id>.title` etc. */
  readonly practices: Readonly<Record<string, string>>
}
