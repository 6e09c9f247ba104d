/**
 * Limits of the IPC contract the renderer needs as values. They live here, apart from
 * shared/ipc-contract.ts (which re-exports them), so the renderer can import them without the
 * contract's zod schemas and language catalogues ending up in its bundle.
 */

/**
 * Limits of cisoVerifyDropped. An attestation is a few KB (the verifier reads at most 1 MiB), so a
 * text up to 16 MiB still reaches the verifier and is reported as too large there; the total keeps
 * one drop well inside what the IPC channel and main's memory handle comfortably.
 */
export const DROPPED_LIMITS = {
  /** Most files in one drop (a campaign's worth of attestations). */
  maxFiles: 5000,
  /** Longest file name (characters). */
  maxNameLength: 255,
  /** Largest single text sent, in UTF-16 code units (about bytes for JSON). */
  maxTextLength: 16 * 1024 * 1024,
  /** Largest total of all texts in one drop, in UTF-16 code units. */
  maxTotalLength: 256 * 1024 * 1024,
} as const

/** Shortest passphrase for a new campaign key (the key store's minimum; the UI advises 12+ or 4 words). */
export const CISO_PASSPHRASE_MIN = 8
