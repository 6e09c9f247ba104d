/**
 * Bar labels are SVG text, which does not wrap: a long one (a practice's title, a translation) is
 * shortened at a word boundary so it stays inside the chart, never cut mid-word when a space is near.
 */
import { describe, expect, it } from 'vitest'
import { fitLabel, LABEL_FIT } from '../../../renderer/features/ciso/charts'

describe('fitLabel', () => {
  it('keeps a label that fits', () => {
    expect(fitLabel('Firewall')).toBe('Firewall')
    const exact = 'x'.repeat(LABEL_FIT)
    expect(fitLabel(exact)).toBe(exact)
  })

  it('cuts a long label at the last space before the limit, with an ellipsis', () => {
    const title =
      'Two-factor sign-in with an authenticator app or a security key (not text messages) is on for my campaign email'
    const short = fitLabel(title)
    expect([...short].length).toBeLessThanOrEqual(LABEL_FIT)
    expect(short).toBe('Two-factor sign-in with an authenticator app or a security…')
    expect(title.startsWith(short.slice(0, -1))).toBe(true)
  })

  it('cuts a label without spaces at the limit, counting characters, not UTF-16 units', () => {
    const word = '⟦Ñ' + 'é'.repeat(80) + '⟧'
    const short = fitLabel(word, 20)
    expect([...short]).toHaveLength(20)
    expect(short.endsWith('…')).toBe(true)
    const emoji = '🔒'.repeat(30)
    expect([...fitLabel(emoji, 10)]).toEqual([...'🔒'.repeat(9), '…'])
  })
})
