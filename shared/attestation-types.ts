/**
 * Types and constants of the signed formats (attestations, CISO policies, CISO requests) that the
 * renderer, the CLI and both the staff and CISO sides share. Pure data: no Node, no crypto; the code
 * that builds, signs and verifies lives in main/attestation (see docs/attestation.md).
 */
import type { CheckId, CheckLevel, CheckStatus, HostKind, OverallStatus, Platform } from './check-types'
import type { ChassisKind, FirmwareKind, HostKindCheck } from './device-profile'
import type { AttestedPractice, PracticesResult } from './practices'

/**
 * Staff ids (assigned by the CISO, e.g. "alice@campaign.example") and device labels (chosen by the
 * staffer, e.g. "alice-laptop") end up in signed statements and in file names: one pattern each for
 * the attestation format and the app's settings.
 */
export const STAFF_ID_PATTERN = /^[A-Za-z0-9._@+-]{1,128}$/
export const STAFF_ID_HINT = 'use 1-128 letters, digits and . _ @ + -'
export const DEVICE_LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/
export const DEVICE_LABEL_HINT = 'use 1-64 letters, digits, dots, dashes or underscores'

/**
 * Why the CISO side rejected a file. Each code names one precise problem so that a refusal is never
 * just "invalid" (docs/attestation.md, "Verification").
 */
export const VERIFY_CODES = [
  'MALFORMED',
  'BAD_SIGNATURE',
  'UNKNOWN_KEY',
  'WRONG_TYPE',
  'SUBJECT_MISMATCH',
  'REVOKED_KEY',
  'IDENTITY_MISMATCH',
  'NONCE_UNKNOWN',
  'NONCE_REUSED',
  'EXPIRED',
  'FUTURE_DATED',
  'REPLAY',
  'POLICY_UNKNOWN',
  'AMBIGUOUS_SIGNER',
  'BEFORE_REQUEST',
  'REQUEST_WINDOW_CLOSED',
  'CONTESTED_REQUEST',
] as const

export type VerifyCode = (typeof VERIFY_CODES)[number]

/** Why the staff side refused a request or could not use its key. */
export const STAFF_ERROR_CODES = [
  'REQUEST_BAD_SIGNATURE',
  'REQUEST_EXPIRED',
  'POLICY_ROLLBACK',
  'UNTRUSTED_CISO',
  'KEY_STORE_UNAVAILABLE',
  'KEY_PROTECTION_WEAK',
  'KEY_CORRUPT',
] as const

export type StaffErrorCode = (typeof STAFF_ERROR_CODES)[number]

/** Why an attestation was made: joining, a routine re-check, or leaving the campaign. */
export const PURPOSES = ['onboarding', 'periodic', 'offboarding'] as const

export type Purpose = (typeof PURPOSES)[number]

/**
 * How the device's private key is protected at rest. Recorded in every attestation so the CISO can
 * see, for example, that a Linux laptop fell back to an unencrypted file.
 * - passphrase-scrypt-aes256gcm: encrypted with a key derived from the staffer's passphrase.
 * - file-0600-unencrypted: a plain PKCS#8 file readable only by the user.
 * - os-keychain / dpapi / libsecret / kwallet: wrapped by the OS secret store (Electron safeStorage).
 * - basic-text: safeStorage's Linux fallback with a hard-coded password (no real protection);
 *   recorded whenever the stored ciphertext was made with that key (OSCrypt tag v10 on Linux),
 *   whatever keyring the desktop claims.
 */
export const KEY_PROTECTIONS = [
  'passphrase-scrypt-aes256gcm',
  'file-0600-unencrypted',
  'os-keychain',
  'dpapi',
  'libsecret',
  'kwallet',
  'basic-text',
] as const

export type KeyProtection = (typeof KEY_PROTECTIONS)[number]

/**
 * DSSE payload types. Each signed kind has its own type; the type is inside the signed bytes (PAE),
 * so a signature over a policy can never be passed off as a request or an attestation.
 */
export const PAYLOAD_TYPES = {
  attestation: 'application/vnd.in-toto+json',
  policy: 'application/vnd.preflight.policy+json',
  request: 'application/vnd.preflight.request+json',
} as const

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'

/**
 * predicateType of a device-posture attestation, major version 1.
 *
 * The project owns no domain, so an https TypeURI would name someone else's namespace (and
 * `.invalid` or example domains are meaningless). We use a URN whose last component is the major
 * version; verifiers compare it exactly and a breaking change gets `…:v2`. The namespace identifier
 * "preflight" is not IANA-registered: if the project later gets a domain, verifiers can accept an
 * https alias for v2 while v1 files stay valid. Specification: docs/attestation.md.
 */
export const PREDICATE_TYPE = 'urn:preflight:device-posture:v1'

/** Name prefix of the single in-toto subject (`device:<label>`). */
export const SUBJECT_NAME_PREFIX = 'device:'

/** One check as recorded in an attestation: the verdict without timings or remediation hints. */
export interface AttestedCheck {
  readonly id: CheckId
  readonly status: CheckStatus
  readonly level: CheckLevel
  readonly summary: string
  readonly observed: readonly string[]
  readonly requirement: string
  /** Why a check is unknown / not applicable (what could not be read). */
  readonly reason?: string
}

/** The device profile as signed (shared/device-profile.ts without the raw chassis type). */
export interface AttestedDeviceProfile {
  /** `ok`, or why systeminformation gave nothing (`timeout`, `error`): then its fields are null. */
  readonly status: 'ok' | 'timeout' | 'error'
  readonly manufacturer: string | null
  readonly model: string | null
  readonly chassis: ChassisKind | null
  readonly virtual: boolean | null
  readonly virtualHost: string | null
  readonly firmware: FirmwareKind | null
  readonly hostKindCheck: HostKindCheck
}

/** A staffer's answer to one offboarding checklist item (self-declared). */
export interface OffboardingAnswer {
  readonly id: string
  readonly text: string
  readonly confirmed: boolean
}

/**
 * The predicate of a device-posture attestation (predicateType PREDICATE_TYPE).
 * It holds only what the checks need: no serial numbers, MAC addresses or user names beyond the
 * staff id the CISO assigned.
 */
export interface DevicePosturePredicate {
  readonly purpose: Purpose
  readonly staff: { readonly id: string }
  readonly device: {
    /** The staffer-chosen label, e.g. "alice-laptop". */
    readonly label: string
    readonly platform: Platform
    /** null when the OS could not be identified. */
    readonly osName: string | null
    readonly osVersion: string | null
    readonly osBuild: string | null
    readonly arch: string
    /** What the engine believes it runs on (a VM or container is worth a question). */
    readonly hostKind: HostKind
    /**
     * Onboarding only: the device public key (base64 of its SPKI DER) so the CISO can enrol it.
     * Its sha256 equals the subject digest. It is NOT a trust anchor: the CISO trusts it only after
     * the onboarding nonce matches and the fingerprint was compared out of band.
     */
    readonly publicKey?: string
    /**
     * (Added later; absent in older files.) What the systeminformation package reported about the
     * computer, plus the firmware kind: descriptive, never part of the result. No serial numbers.
     */
    readonly profile?: AttestedDeviceProfile
  }
  /** The policy the checks were judged against; digest = sha256 of the CISO-signed policy payload. */
  readonly policy: {
    readonly id: string
    readonly version: number
    readonly digest: { readonly sha256: string }
  }
  /** The CISO request answered, or null for an unsolicited report. digest = sha256 of its payload. */
  readonly request: {
    readonly requestId: string
    readonly nonce: string
    readonly digest: { readonly sha256: string }
  } | null
  /** RFC 3339 UTC, when the checks ran (device clock: untrusted). */
  readonly collectedAt: string
  readonly expiresAt: string
  /** Increases with every attestation this device signs (replay detection). */
  readonly sequence: number
  readonly checks: readonly AttestedCheck[]
  /**
   * Present (and only present) when purpose is offboarding: the required declared offboarding
   * practices, all confirmed (kept so that verifiers older than `practices` still accept the file).
   */
  readonly offboarding?: { readonly checklist: readonly OffboardingAnswer[] }
  /** pass only if every required check passed (shared/check-types overallStatus). */
  readonly result: OverallStatus
  /**
   * The campaign practices of this purpose, measured or declared (shared/practices.ts), in policy
   * order. Absent in files from versions before practices; present with `practicesResult`.
   */
  readonly practices?: readonly AttestedPractice[]
  /** Recomputed by every reader from `practices` (never trusted): pass / fail / incomplete. */
  readonly practicesResult?: PracticesResult
  /** True if the facts came from a replayed transcript, not from this machine (tests, support). */
  readonly replayed: boolean
  readonly producer: {
    readonly name: string
    readonly version: string
    readonly keyProtection: KeyProtection
  }
}

/** An in-toto Statement v1 carrying a device-posture predicate. */
export interface PostureStatement {
  readonly _type: typeof STATEMENT_TYPE
  readonly subject: readonly [{ readonly name: string; readonly digest: { readonly sha256: string } }]
  readonly predicateType: typeof PREDICATE_TYPE
  readonly predicate: DevicePosturePredicate
}

export function isVerifyCode(value: unknown): value is VerifyCode {
  return typeof value === 'string' && (VERIFY_CODES as readonly string[]).includes(value)
}

export function isPurpose(value: unknown): value is Purpose {
  return typeof value === 'string' && (PURPOSES as readonly string[]).includes(value)
}
