/**
 * Test builds only (renderer/vite.config.mts, PREFLIGHT_PSEUDO_LOCALE=1): the catalogue index with
 * the pseudo-locale `qps` registered beside the shipped languages.
 */
import { registerPseudoLocale } from '../../support/pseudo-locale'

export * from '../../../shared/i18n/index'

registerPseudoLocale()
