/**
 * Errors of the attestation layer. Each carries a code from shared/attestation-types.ts so callers
 * (CLI, Electron, CISO verifier) can report precisely what was wrong instead of "invalid".
 */
import type { StaffErrorCode, VerifyCode } from '../../shared/attestation-types'

/** A file or payload was rejected: malformed, wrongly typed, badly signed… */
export class AttestationError extends Error {
  override name = 'AttestationError'
  constructor(
    readonly code: VerifyCode,
    message: string,
  ) {
    super(message)
  }
}

/**
 * A staff-side refusal: untrusted or expired request, policy rollback, or a key that cannot be used
 * (store unavailable, too weakly protected, corrupt, wrong passphrase).
 */
export class StaffError extends Error {
  override name = 'StaffError'
  constructor(
    readonly code: StaffErrorCode,
    message: string,
  ) {
    super(message)
  }
}
