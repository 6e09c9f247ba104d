/**
 * Guidance on a new campaign key passphrase, shown while the CISO types it. Pure (no DOM): a rough,
 * honest guide (length, distinct characters, words), not an entropy estimate. The key store refuses
 * fewer than CISO_PASSPHRASE_MIN characters; the guidance asks for 12+ characters or 4+ words.
 */
import { CISO_PASSPHRASE_MIN } from '../../../shared/ipc-limits'

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong'

/** How strong a passphrase looks. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase]
  if (chars.length < CISO_PASSPHRASE_MIN) return 'too-short'
  const distinct = new Set(chars.map((c) => c.toLowerCase())).size
  const words = passphrase
    .trim()
    .split(/[\s\-_.,;:]+/)
    .filter((w) => [...w].length >= 3).length
  // "aaaaaaaaaaaaaaaa" or "1234123412341234" is long but guessable.
  if (distinct < 6) return 'weak'
  if ((chars.length >= 16 && distinct >= 10) || (words >= 4 && chars.length >= 16)) return 'strong'
  if (chars.length >= 12) return 'fair'
  return 'weak'
}
