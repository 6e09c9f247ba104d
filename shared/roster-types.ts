/**
 * Types of the CISO's roster and of verification results, shared by the CLI (`preflight ciso …`)
 * and the CISO screens of the app. Pure data: no Node, no I/O. The on-disk schema that enforces
 * these shapes lives in main/ciso/roster-schema.ts.
 */
import type { Purpose, VerifyCode } from './attestation-types'
import type { Platform } from './check-types'
import type { PracticesResult } from './practices'
import type { Msg } from './i18n/msg'

/**
 * The key staff ids are compared by: ids are case-insensitive (`Alice@x` and `alice@x` are one
 * person), so every lookup, collision check and identity match goes through this. The display form
 * people typed is kept as it was. Staff ids are ASCII (STAFF_ID_PATTERN), so lower-casing is exact.
 */
export function staffIdKey(id: string): string {
  return id.toLowerCase()
}

/** True when two staff ids name the same person (case-insensitive). */
export function sameStaffId(a: string, b: string): boolean {
  return staffIdKey(a) === staffIdKey(b)
}

/** Lifecycle of an enrolled device key. Only `active` keys can submit accepted attestations. */
export type DeviceStatus = 'active' | 'revoked' | 'offboarded'

/** Outcome of a verified attestation's posture: only `pass` means every required check passed. */
export type PostureResult = 'pass' | 'fail' | 'unknown'

/**
 * The campaign practices of an attestation judged against the issued policy's required practices for
 * its purpose (never the file's own claim): `unmet` lists the required ones not measured as found nor
 * confirmed (not confirmed, not found, could not be measured, or missing from the file).
 */
export interface PracticesJudgement {
  readonly result: PracticesResult
  readonly unmet: readonly string[]
}

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
  /** Absent when not judged (a policy issued before practices were recorded). */
  readonly practices?: PracticesJudgement
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
   * Checks this policy requires on each platform (a policy may turn a check off on one OS); the
   * verifier judges posture against these (for the platform the device was enrolled with, and the
   * one the file names), not the file's own claim.
   */
  readonly requiredChecks: RequiredChecksByPlatform
  /**
   * Practices this policy requires per purpose (computed when it was signed); absent for policies
   * issued before practices existed, whose attestations are then not judged on practices.
   */
  readonly requiredPractices?: RequiredPracticesByPurpose
  /**
   * The policy's re-attestation interval in days (`reattestation.intervalDays`, recorded when it was
   * signed); absent for policies signed before it existed. The newest accepted policy's value is the
   * campaign's interval (main/ciso/issue.ts reattestDaysOf), else the roster's `reattestDays`.
   */
  readonly reattestDays?: number
  /** Attestations under a policy that is no longer accepted are rejected (POLICY_UNKNOWN). */
  readonly accepted: boolean
}

/** Required practice ids per purpose. */
export type RequiredPracticesByPurpose = Readonly<Record<Purpose, readonly string[]>>

/** Required check ids per platform, computed from the policy when it was signed. */
export type RequiredChecksByPlatform = Readonly<Record<Platform, readonly string[]>>

/**
 * One accepted attestation, kept for the history (who passed or failed what, and when). Appended
 * when a file is accepted and never changed; a compact summary, not the file.
 */
export interface AttestationRecord {
  /** Device key fingerprint. */
  readonly fingerprint: string
  /** The staff id the key is enrolled to (the roster's spelling). */
  readonly staffId: string
  readonly purpose: string
  readonly collectedAt: string
  /** When the CISO's verifier accepted it. */
  readonly verifiedAt: string
  readonly result: PostureResult
  /** Required checks that did not pass. */
  readonly failingChecks: readonly string[]
  readonly policyId: string
  readonly policyVersion: number
  readonly sequence: number
  readonly envelopeDigest: string
  /** The request it answered, or null for an unsolicited periodic report. */
  readonly requestId: string | null
  /** Absent when not judged (a policy issued before practices were recorded). */
  readonly practices?: PracticesJudgement
}

/** Format of the roster payload (inside the signed envelope of `roster.json`). */
export const ROSTER_FORMAT = 'preflight-roster/v2'

/**
 * The roster: every trust decision of a campaign. Stored in `roster.json` as a DSSE envelope signed
 * by the CISO key (payloadType application/vnd.preflight.roster+json) and verified on every read.
 */
export interface Roster {
  readonly format: typeof ROSTER_FORMAT
  /** Random id of the campaign, fixed at `ciso init`; the CISO's laptop pins it with the key. */
  readonly campaignId: string
  /**
   * Increases by one with every write. The CISO's laptop remembers the highest revision it has seen
   * (and its digest), so an older signed roster put back in the folder is refused (ROSTER_ROLLBACK).
   */
  readonly revision: number
  /** Campaign or organisation name, shown in the app. */
  readonly org: string
  readonly cisoFingerprint: string
  readonly createdAt: string
  readonly updatedAt: string
  readonly devices: readonly DeviceRecord[]
  readonly requests: readonly IssuedRequest[]
  readonly policies: readonly IssuedPolicy[]
  /** Every accepted attestation, oldest first. */
  readonly attestations: readonly AttestationRecord[]
  /**
   * How often staff should re-attest, in days; devices without an accepted file for longer are stale.
   * Set from the policy's `reattestation.intervalDays` when a policy is signed; readers use
   * reattestDaysOf (the newest accepted policy's interval, this as the fallback).
   */
  readonly reattestDays: number
}

/**
 * Why a campaign folder was refused: its trust decisions could not be established. Each comes with
 * a message saying what to do and which copy of the roster is still good.
 */
export const ROSTER_TRUST_REASONS = [
  /** roster.json is gone (the message names the newest good copy in backups/). */
  'ROSTER_MISSING',
  /** roster.json is not readable JSON or not a roster envelope at all. */
  'ROSTER_CORRUPT',
  /** roster.json is a plain, unsigned roster (older Preflight, or a hand edit): `ciso migrate`. */
  'ROSTER_UNSIGNED',
  /** roster.json does not verify with the campaign key: it was edited without the key. */
  'ROSTER_BAD_SIGNATURE',
  /** roster.json is validly signed but older than (or different from) what this laptop saw last. */
  'ROSTER_ROLLBACK',
  /** ciso.pub.pem / the roster's key is not the key this laptop pinned for the campaign. */
  'CAMPAIGN_KEY_CHANGED',
  /** This laptop has not confirmed this campaign's key yet: `ciso trust-campaign`. */
  'CAMPAIGN_NOT_PINNED',
] as const
export type RosterTrustReason = (typeof ROSTER_TRUST_REASONS)[number]

/** Verification outcome codes: accepted, seen before, or a rejection reason. */
export type VerifyRowCode = 'ACCEPTED' | 'ALREADY_RECORDED' | VerifyCode

/** One line of `preflight ciso verify` output (and of the CISO screen). */
export interface VerifyRow {
  readonly file: string
  readonly code: VerifyRowCode
  /** What happened and, for rejections, what the CISO can do. */
  readonly message: string
  /**
   * `message` as a message of the `main` catalogue (main.verify.*), for showing in the reader's
   * language; its English is `message`. Absent when the reason is another layer's English (an
   * AttestationError's message). Never written to --json, --csv or the roster.
   */
  readonly text?: Msg
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
  /** Accepted or already recorded: the practices judged against the issued policy (when it lists them). */
  readonly practices?: PracticesJudgement
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
  /** The practices of the last accepted attestation; null when none was judged. */
  readonly practices: PracticesJudgement | null
}
