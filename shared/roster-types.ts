/**
 * Types of the CISO's roster and of verification results, shared by the CLI (`preflight ciso …`)
 * and the CISO screens of the app. Pure data: no Node, no I/O. The on-disk schema that enforces
 * these shapes lives in main/ciso/roster-schema.ts.
 */
import type { VerifyCode } from './attestation-types'
import type { Platform } from './check-types'

/** Lifecycle of an enrolled device key. Only `active` keys can submit accepted attestations. */
export type DeviceStatus = 'active' | 'revoked' | 'offboarded'

/** Outcome of a verified attestation's posture: only `pass` means every required check passed. */
export type PostureResult = 'pass' | 'fail' | 'unknown'

/** Summary of the last attestation accepted from a device. */
export interface LastAttestation {
  readonly collectedAt: string
  /** When the CISO's verifier recorded it. */
  readonly verifiedAt: string
  readonly purpose: string
  readonly result: PostureResult
  /** Ids of required checks that did not pass (fail, unknown or missing). */
  readonly failingChecks: readonly string[]
  /** Envelope digest: sha256 (hex) of the signed PAE bytes (same for any re-encoding of the file). */
  readonly envelopeDigest: string
  readonly policyId: string
  readonly policyVersion: number
  readonly sequence: number
}

/** One enrolled device key, bound by the CISO to one staff id. */
export interface DeviceRecord {
  /** Lowercase hex sha256 of the device public key's SPKI DER (also the attestation subject). */
  readonly fingerprint: string
  readonly publicKeyPem: string
  readonly staffId: string
  readonly deviceLabel: string
  readonly platform: string
  readonly status: DeviceStatus
  readonly enrolledAt: string
  readonly revokedAt: string | null
  readonly revokeReason: string | null
  readonly offboardedAt: string | null
  /** Highest `sequence` accepted from this key (0 before the first). */
  readonly lastSequence: number
  readonly lastAttestation: LastAttestation | null
  /** Envelope digest of every attestation accepted from this key, for idempotent re-verification. */
  readonly seenEnvelopeDigests: readonly string[]
}

/** A request (nonce) the CISO issued; each nonce can be answered once. */
export interface IssuedRequest {
  readonly requestId: string
  readonly staffId: string
  readonly purpose: string
  /** base64url of 32 random bytes. */
  readonly nonce: string
  readonly issuedAt: string
  readonly notAfter: string
  /** sha256 (hex) of the signed request payload bytes, as the staff app reports it. */
  readonly digest: string
  readonly policyDigest: string
  readonly used: boolean
  readonly usedBy: {
    readonly fingerprint: string
    readonly envelopeDigest: string
    readonly at: string
  } | null
}

/** A policy the CISO issued (signed on its own or carried in a request). */
export interface IssuedPolicy {
  readonly id: string
  readonly version: number
  /** sha256 (hex) of the signed policy payload bytes: what attestations report. */
  readonly digest: string
  readonly issuedAt: string
  /**
   * Checks this policy requires, per platform (a policy may turn a check off on one OS); the verifier
   * judges posture against these, not the file's claim.
   */
  readonly requiredChecks: Readonly<Record<Platform, readonly string[]>>
  /** Attestations under a policy that is no longer accepted are rejected (POLICY_UNKNOWN). */
  readonly accepted: boolean
}

/** The whole roster file (`roster.json` in the campaign folder). */
export interface Roster {
  readonly format: 'preflight-roster/v1'
  /** Increases with every write; lets a reader see that a backup is older. */
  readonly revision: number
  /** Campaign or organisation name, shown in the app. */
  readonly org: string
  readonly cisoFingerprint: string
  readonly createdAt: string
  readonly updatedAt: string
  readonly devices: readonly DeviceRecord[]
  readonly requests: readonly IssuedRequest[]
  readonly policies: readonly IssuedPolicy[]
}

/** Verification outcome codes: accepted, seen before, or a rejection reason. */
export type VerifyRowCode = 'ACCEPTED' | 'ALREADY_RECORDED' | VerifyCode

/** One line of `preflight ciso verify` output (and of the CISO screen). */
export interface VerifyRow {
  readonly file: string
  readonly code: VerifyRowCode
  /** What happened and, for rejections, what the CISO can do. */
  readonly message: string
  readonly staffId?: string
  readonly deviceLabel?: string
  readonly fingerprint?: string
  readonly purpose?: string
  readonly collectedAt?: string
  readonly sequence?: number
  readonly result?: PostureResult
  readonly failingChecks?: readonly string[]
  /** True when the attestation answered no request (an informational periodic report). */
  readonly unsolicited?: boolean
  /** UNKNOWN_KEY only: a new device's self-signed onboarding attestation that `ciso enroll` can take. */
  readonly enrollable?: boolean
}

/** One line of `preflight ciso roster`. */
export interface RosterRow {
  readonly fingerprint: string
  readonly staffId: string
  readonly deviceLabel: string
  readonly platform: string
  readonly status: DeviceStatus
  readonly enrolledAt: string
  readonly lastCollectedAt: string | null
  readonly lastPurpose: string | null
  readonly lastResult: PostureResult | null
  readonly failingChecks: readonly string[]
  /** No accepted attestation within the stale window. */
  readonly stale: boolean
}
