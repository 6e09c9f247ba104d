/**
 * Checks the verifier's reasons as messages (docs/i18n.md, "What is converted"): every row a test
 * produces goes through `checkRowText`, which asserts that its `text` renders in English to exactly
 * its `message`, names keys English and Spanish both have, and records the keys it named.
 */
import { expect } from 'vitest'
import type { VerifyRow } from '../../../../shared/roster-types'
import { MAIN_EN } from '../../../../shared/i18n/en/main'
import { MAIN_ES } from '../../../../shared/i18n/es/main'
import { keysOf, renderMsg } from '../../../../shared/i18n/msg'

/** Keys of main.verify.* (and main.purpose.*) named by the rows checked so far. */
export const seenVerifyKeys = new Set<string>()

/** Codes whose reason may be another layer's English (an AttestationError's message): no `text`. */
const ATTESTATION_LAYER_CODES: ReadonlySet<string> = new Set(['MALFORMED', 'WRONG_TYPE'])

export function checkRowText(row: VerifyRow): void {
  if (row.text === undefined) {
    expect(ATTESTATION_LAYER_CODES.has(row.code), `${row.code}: ${row.message} has no text`).toBe(true)
    return
  }
  expect(renderMsg(row.text, [MAIN_EN], 'en')).toBe(row.message)
  for (const key of keysOf(row.text)) {
    expect(Object.prototype.hasOwnProperty.call(MAIN_EN, key), key).toBe(true)
    expect(Object.prototype.hasOwnProperty.call(MAIN_ES, key), key).toBe(true)
    seenVerifyKeys.add(key)
  }
  const spanish = renderMsg(row.text, [MAIN_ES], 'es')
  // Every key was found in Spanish (a missing one would render as the key itself).
  expect(spanish).not.toMatch(/main\.(verify|purpose)\./)
  expect(spanish).not.toBe(row.message)
}
