/** Shape of a language catalogue. */
import type { RemediationText } from '../remediation/types'

export interface Messages {
  /** Guided fixes, keyed by remediation id (see shared/remediation). */
  readonly remediation: Readonly<Record<string, RemediationText>>
  /** Strings of the desktop UI, keyed by a dotted name (renderer/). */
  readonly ui: Readonly<Record<string, string>>
  /** Words of the campaign practices (shared/practices.ts), keyed `practice.<id>.title` etc. */
  readonly practices: Readonly<Record<string, string>>
  /**
   * Check messages (shared/i18n/msg.ts `Msg` keys `check.<id>.<platform>.<what>`, docs/i18n.md).
   * Optional in the type so that a language can be registered before its check messages exist
   * (they then show in English); tests/unit/shared/i18n-catalogues.test.ts fails until they do.
   */
  readonly checks?: Readonly<Record<string, string>>
  /** Words of the command line (`preflight check`'s report …), keyed `cli.<command>.<what>`. Optional like `checks`. */
  readonly cli?: Readonly<Record<string, string>>
  /**
   * Words main writes for the app: failure messages sent over IPC, notices, the key store's sentence,
   * dialog titles (`main.<what>`, shared/i18n/en/main.ts). Optional like `checks`.
   */
  readonly main?: Readonly<Record<string, string>>
}
