import { describe, expect, it } from 'vitest'
import { passphraseStrength } from '../../../renderer/features/ciso/passphrase'

describe('passphrase guidance', () => {
  it('refuses fewer than 8 characters and rates the rest by length, variety and words', () => {
    expect(passphraseStrength('')).toBe('too-short')
    expect(passphraseStrength('Tr0ub4!')).toBe('too-short')
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaa')).toBe('weak')
    expect(passphraseStrength('12341234123412341234')).toBe('weak')
    expect(passphraseStrength('sunflower1')).toBe('weak')
    expect(passphraseStrength('sunflower-42x')).toBe('fair')
    expect(passphraseStrength('marble tiger lantern orbit')).toBe('strong')
    expect(passphraseStrength('k7#Qz9!mW2@rT5$v')).toBe('strong')
  })
})
