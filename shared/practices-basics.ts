/**
 * The parts of shared/practices.ts the renderer needs (the policy editor): id and key patterns,
 * English words of a practice, the uses of a web address. Kept apart, with no import of the
 * language catalogues but the English practices, so the renderer's bundle does not carry every
 * language's guided fixes (shared/practices.ts re-exports all of it).
 */
import { PRACTICES_EN } from './i18n/en/practices'
import type { PracticeCatalogue } from './practices'

/** Key pattern of catalogue keys (bundled and policy): dotted lower-case names. */
export const PRACTICE_KEY_PATTERN = /^practice\.[a-z0-9][a-z0-9._-]{0,119}$/
/** Ids of practices and services. */
export const PRACTICE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/

/** A record's own value for `key` (never an inherited property). */
export function own(record: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  if (record === undefined || !Object.prototype.hasOwnProperty.call(record, key)) return undefined
  return record[key]
}

/** English text of a key (validation: a practice must have English words). */
export function englishText(catalogue: PracticeCatalogue, key: string): string | null {
  return own(catalogue['en'], key) ?? own(PRACTICES_EN, key) ?? null
}

export const DOMAIN_USES = ['web', 'email', 'donation'] as const
export type DomainUse = (typeof DOMAIN_USES)[number]
