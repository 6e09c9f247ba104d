/**
 * How a key fingerprint is shown for reading aloud: the first 32 hex digits (128 bits) in groups of
 * four, e.g. "3f2a 9c01 …". The CLI (main/attestation/keys.ts formatFingerprint) and the app (the
 * IPC contract's responses) both use this, so staff and CISO compare identical strings.
 */
export function groupFingerprint(hex: string): string {
  return (
    hex
      .toLowerCase()
      .slice(0, 32)
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  )
}
