/**
 * Test builds only (renderer/vite.config.mts, PREFLIGHT_PSEUDO_LOCALE=1): the renderer's display
 * catalogues with the pseudo-locale `qps` beside the shipped languages.
 */
import { DISPLAY_CATALOGUES as SHIPPED, type DisplayMessages } from '../../../shared/i18n/display'
import type { Language } from '../../../shared/i18n'
import { PSEUDO, pseudoMessages } from '../../support/pseudo-locale'

export type { DisplayMessages }

const qps = pseudoMessages()

export const DISPLAY_CATALOGUES: Record<string, DisplayMessages> = {
  ...SHIPPED,
  [PSEUDO]: { ui: qps.ui, checks: qps.checks, main: qps.main, practices: qps.practices },
}

export function displayLanguageCodes(): readonly Language[] {
  return Object.keys(DISPLAY_CATALOGUES) as Language[]
}
