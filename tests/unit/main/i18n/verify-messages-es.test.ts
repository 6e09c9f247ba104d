/**
 * The Spanish of the CISO verifier's reasons (shared/i18n/es/main-verify.ts) and of the staff-list
 * problems: every key translated, the same placeholders, and no English word of the English template
 * left in the Spanish one (values, codes and commands excepted: they are placeholders or `code`).
 */
import { describe, it } from 'vitest'
import { MAIN_VERIFY_EN } from '../../../../shared/i18n/en/main-verify'
import { MAIN_VERIFY_ES } from '../../../../shared/i18n/es/main-verify'
import { expectSpanishOf } from './spanish-words'

describe('Spanish of the verifier reasons', () => {
  it('has every key, the same placeholders and no English word of the English text', () => {
    expectSpanishOf(MAIN_VERIFY_EN, MAIN_VERIFY_ES)
  })
})
