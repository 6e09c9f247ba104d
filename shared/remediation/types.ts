/**
 * Guided fixes are data. The language-neutral part (deep link, how long it takes) lives in
 * shared/remediation/*.ts; the words live in the language catalogue (shared/i18n/<lang>/).
 * Main process opens deep links only by looking up a remediation id here: the renderer never
 * supplies a URL (README, "Security model").
 */

/** Language-neutral facts about one fix. */
export interface RemediationMeta {
  /** A settings deep link (`x-apple.systempreferences:…`, `ms-settings:…`), or null when none exists. */
  readonly deepLink: string | null
  /** Hands-on minutes for the user. */
  readonly minutes: number
  /** True when work continues in the background afterwards (e.g. disk encryption). */
  readonly continuesInBackground: boolean
}

/** The words of one fix, in one language. */
export interface RemediationText {
  /** Imperative title, e.g. "Turn on FileVault". */
  readonly title: string
  /** Why it matters, one or two sentences, no jargon. */
  readonly why: string
  /** Numbered steps in the user's words, for this OS version / desktop. */
  readonly steps: readonly string[]
  /** How long it takes, in words (including background work). */
  readonly duration: string
}

/** A fix as shown to a user: meta and words together. */
export interface Remediation extends RemediationMeta, RemediationText {
  readonly id: string
}
