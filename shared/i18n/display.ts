/**
 * The sections the renderer renders, per language: the UI, the check messages, main's words
 * (failures, notices, warnings) and the bundled practices' words (the policy editor). The renderer imports only this (never `LANGUAGES`, which also holds
 * the guided fixes and the CLI: main sends those already in the reader's language),
 * so its bundle carries no more than it shows.
 *
 * A language registered in `LANGUAGES` (./index.ts) must be listed here too: `satisfies
 * Record<Language, …>` makes a missing one a compile error, and tests/unit/shared/i18n/display.test.ts
 * checks that these are the very tables of `LANGUAGES`.
 */
import { CHECKS_EN } from './en/checks'
import { MAIN_EN } from './en/main'
import { PRACTICES_EN } from './en/practices'
import { UI_EN } from './en/ui'
import { CHECKS_ES } from './es/checks'
import { MAIN_ES } from './es/main'
import { PRACTICES_ES } from './es/practices'
import { UI_ES } from './es/ui'
import type { Language } from './index'

/** What the renderer needs of one language. */
export interface DisplayMessages {
  readonly ui: Readonly<Record<string, string>>
  readonly checks: Readonly<Record<string, string>>
  readonly main: Readonly<Record<string, string>>
  /** The bundled practices' words (the CISO's policy editor names the practices it edits). */
  readonly practices: Readonly<Record<string, string>>
}

export const DISPLAY_CATALOGUES = {
  en: { ui: UI_EN, checks: CHECKS_EN, main: MAIN_EN, practices: PRACTICES_EN },
  es: { ui: UI_ES, checks: CHECKS_ES, main: MAIN_ES, practices: PRACTICES_ES },
} as const satisfies Record<Language, DisplayMessages>

/** The languages the app can be shown in, English first (the same as `languageCodes()`). */
export function displayLanguageCodes(): readonly Language[] {
  return Object.keys(DISPLAY_CATALOGUES) as Language[]
}
