/**
 * A Spanish catalogue part against its English: the same keys and placeholders, and no English word
 * (4+ letters) of an English template left in its Spanish template. Placeholders and `code` spans
 * are values and commands, not words.
 */
import { expect } from 'vitest'
import { placeholdersOf } from '../../../../shared/i18n/msg'

/** Words both languages write the same (names, field names of the format, commands). */
const SAME_IN_SPANISH = new Set([
  'preflight',
  'ciso',
  'collectedat',
  'payloadtype',
  'nonce',
  'laptop',
  'error',
])

function words(text: string): Set<string> {
  const bare = text.replace(/`[^`]*`/g, ' ').replace(/\{[^}]*\}/g, ' ')
  return new Set((bare.toLowerCase().match(/[a-záéíóúñü]{4,}/g) ?? []).filter((w) => !SAME_IN_SPANISH.has(w)))
}

export function expectSpanishOf(
  en: Readonly<Record<string, string>>,
  es: Readonly<Record<string, string>>,
): void {
  expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort())
  for (const [key, english] of Object.entries(en)) {
    const spanish = es[key] ?? ''
    expect(placeholdersOf(spanish), key).toEqual(placeholdersOf(english))
    const left = [...words(english)].filter((w) => words(spanish).has(w))
    expect(left, `${key}: ${spanish}`).toEqual([])
  }
}
