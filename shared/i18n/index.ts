/**
 * User-facing text, one catalogue per language (shared/i18n/<lang>/). Adding a language is a new
 * folder registered here; no other code changes. English is the reference: every key must exist in it.
 */
import { en } from './en'
import { es } from './es'
import type { Messages } from './types'

export type { Messages } from './types'

export const LANGUAGES = { en, es } as const satisfies Record<string, Messages>
export type Language = keyof typeof LANGUAGES

export function messagesFor(lang: Language): Messages {
  return LANGUAGES[lang]
}
