/**
 * Making a signed attestation from a report, on the staff side. Electron's main process and the CLI
 * call the same functions; nothing here imports Electron, and the key store is a parameter.
 *
 * Flow: `policyForAttestation` (the policy to run the checks with: the request's, else the latest
 * CISO-signed one received, else the built-in default) → run the checks → `prepareAttestation`
 * (builds the exact Statement, so it can be shown before signing) → `sign()` (records the sequence
 * number, the policy floor and the answered request, then signs). `createAttestation` does both.
 */
import type { KeyObject } from 'node:crypto'
import {
  PAYLOAD_TYPES,
  type OffboardingAnswer,
  type PostureStatement,
  type Purpose,
} from '../../shared/attestation-types'
import type { Platform, Report } from '../../shared/check-types'
import { DEFAULT_POLICY, type Policy } from '../../shared/policy'
import type { AttestedPractice } from '../../shared/practices'
import { leavingChecklist, practiceAnswers } from '../practices/answers'
import { policyDigest } from '../engine/run-checks'
import { signEnvelope, type Envelope } from '../attestation/dsse'
import { AttestationError, StaffError } from '../attestation/errors'
import { buildAttestation, deviceLabelSchema, encodePayload, staffIdSchema } from '../attestation/formats'
import type { KeyStore } from '../attestation/key-store'
import { fingerprint } from '../attestation/keys'
import { verifyPolicyEnvelope, type VerifiedPolicy, type VerifiedRequest } from './request'
import { envelopeToStored, loadStaffState, storedToEnvelope, updateStaffState } from './state'
import { pinnedCisoKeys } from './trust'
import { sameStaffId } from '../../shared/roster-types'

/** The policy the checks run with, and how the attestation cites it. */
export interface AttestationPolicy {
  readonly policy: Policy
  readonly digestSha256: string
  /** Where it came from: the request, the latest signed policy received, or the built-in default. */
  readonly source: 'request' | 'stored' | 'default'
  readonly verified: VerifiedPolicy | null
}

/**
 * Choose the policy: the request's; otherwise the most recently received CISO-signed policy whose
 * signature still verifies against the pinned keys; otherwise the built-in default, cited by the
 * digest of its canonical JSON (a CISO verifier will not know it: the report is informational).
 */
export async function policyForAttestation(
  dir: string,
  request: VerifiedRequest | null,
): Promise<AttestationPolicy> {
  if (request !== null) {
    return {
      policy: request.policy.policy,
      digestSha256: request.policy.digestSha256,
      source: 'request',
      verified: request.policy,
    }
  }
  const state = await loadStaffState(dir)
  const pinned = await pinnedCisoKeys(dir)
  const newestFirst = Object.values(state.policies).sort((a, b) => b.seenAt.localeCompare(a.seenAt))
  for (const stored of newestFirst) {
    // A stored policy that no longer verifies (the pinned key was replaced, or the state file was
    // edited) is skipped: the report then cites a policy the CISO will not recognise, never a forged one.
    try {
      const verified = verifyPolicyEnvelope(storedToEnvelope(stored.envelope), pinned)
      return { policy: verified.policy, digestSha256: verified.digestSha256, source: 'stored', verified }
    } catch (err) {
      if (!(err instanceof StaffError || err instanceof AttestationError)) throw err
    }
  }
  return {
    policy: DEFAULT_POLICY,
    digestSha256: policyDigest(DEFAULT_POLICY),
    source: 'default',
    verified: null,
  }
}

/** The practice answers of an attestation, and for offboarding the checklist older verifiers expect. */
export interface AttestationAnswers {
  readonly practices: readonly AttestedPractice[]
  readonly checklist?: readonly OffboardingAnswer[]
}

/**
 * Answers to the policy's practices for this purpose from the report's measurements and the ids the
 * staffer confirmed. Throws PracticeConfirmationError (main/practices/answers.ts) for an id that is no
 * practice of this purpose, and when leaving, for a required step not confirmed: a staffer who cannot
 * confirm one yet should finish it first (the CISO gets a clear "done" rather than a partial list).
 */
export function attestationAnswers(
  policy: Policy,
  purpose: Purpose,
  report: Pick<Report, 'practices'>,
  confirmed: Iterable<string>,
): AttestationAnswers {
  const practices = practiceAnswers(policy, purpose, report, confirmed)
  if (purpose !== 'offboarding') return { practices }
  return { practices, checklist: leavingChecklist(policy, practices) }
}

const PLATFORM_WORD: Readonly<Record<Platform, string>> = { darwin: 'mac', win32: 'windows', linux: 'linux' }

/** Default device label: platform plus the start of the key fingerprint (no host or user names). */
export function defaultDeviceLabel(platform: Platform, deviceFingerprint: string): string {
  return `${PLATFORM_WORD[platform]}-${deviceFingerprint.slice(0, 8)}`
}

/** `<staff>_<device-label>_<YYYYMMDDTHHMMSSZ>.posture.json` (both ids are file-name safe by schema). */
export function attestationFileName(staffId: string, deviceLabel: string, collectedAt: string): string {
  const stamp = new Date(collectedAt)
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '')
  return `${staffId}_${deviceLabel}_${stamp}.posture.json`
}

export interface AttestationInput {
  /** The config folder (staff state). */
  readonly dir: string
  readonly keyStore: KeyStore
  /** The report to attest: it must have been judged against `policy.policy`. */
  readonly report: Report
  readonly policy: AttestationPolicy
  readonly request: VerifiedRequest | null
  readonly purpose: Purpose
  readonly staffId: string
  readonly deviceLabel?: string | undefined
  /** The answers to the purpose's practices (attestationAnswers); offboarding also needs `checklist`. */
  readonly practices?: readonly AttestedPractice[] | undefined
  /** Offboarding only (attestationAnswers). */
  readonly checklist?: readonly OffboardingAnswer[] | undefined
  /** Create the device key when there is none (onboarding). Default false. */
  readonly createKeyIfMissing?: boolean
}

export interface PreparedAttestation {
  /** Exactly what will be signed. */
  readonly statement: PostureStatement
  readonly payload: Buffer
  readonly fileName: string
  readonly deviceFingerprint: string
  readonly keyCreated: boolean
  /** Record the sequence number etc. and sign. Call at most once. */
  sign(): Promise<Envelope>
}

/** Thrown when the inputs cannot make a valid attestation (wrong purpose, bad ids…). */
export class AttestInputError extends Error {
  override name = 'AttestInputError'
}

async function deviceKey(store: KeyStore, create: boolean): Promise<{ key: KeyObject; created: boolean }> {
  if (await store.exists()) return { key: await store.load(), created: false }
  if (!create) {
    throw new StaffError(
      'KEY_STORE_UNAVAILABLE',
      'this device has no signing key yet; it is created during onboarding (answer an onboarding request, or run `preflight key create`)',
    )
  }
  return { key: await store.create(), created: true }
}

/** Build the Statement for a report and return it with a `sign()` step. */
export async function prepareAttestation(input: AttestationInput): Promise<PreparedAttestation> {
  if (!staffIdSchema.safeParse(input.staffId).success) {
    throw new AttestInputError(
      `staff id "${input.staffId}" is not valid: use 1-128 letters, digits and . _ @ + -`,
    )
  }
  if (input.deviceLabel !== undefined && !deviceLabelSchema.safeParse(input.deviceLabel).success) {
    throw new AttestInputError(
      `device label "${input.deviceLabel}" is not valid: use 1-64 letters, digits, dots, dashes or underscores`,
    )
  }
  const req = input.request
  if (req !== null) {
    if (req.payload.purpose !== input.purpose)
      throw new AttestInputError(
        `the request asks for ${req.payload.purpose === 'periodic' ? 'a' : 'an'} ${req.payload.purpose} attestation, not ${input.purpose}`,
      )
    if (!sameStaffId(req.payload.staffId, input.staffId))
      throw new AttestInputError(
        `the request is addressed to "${req.payload.staffId}", not "${input.staffId}"`,
      )
  }
  if (
    input.report.policy.id !== input.policy.policy.id ||
    input.report.policy.version !== input.policy.policy.version
  ) {
    throw new AttestInputError('the report was not made with the policy being attested')
  }
  const { key, created } = await deviceKey(input.keyStore, input.createKeyIfMissing === true)
  const deviceFingerprint = fingerprint(key)
  const state = await loadStaffState(input.dir)
  // Keep the name the CISO enrolled: reuse the last label unless a new one is given.
  const label =
    input.deviceLabel ?? state.deviceLabel ?? defaultDeviceLabel(input.report.platform, deviceFingerprint)
  const sequence = state.sequence + 1
  const statement = buildAttestation(input.report, {
    purpose: input.purpose,
    staffId: input.staffId,
    deviceLabel: label,
    deviceKey: key,
    keyProtection: input.keyStore.protection,
    policy: {
      id: input.policy.policy.id,
      version: input.policy.policy.version,
      digestSha256: input.policy.digestSha256,
    },
    request:
      req === null
        ? null
        : { requestId: req.payload.requestId, nonce: req.payload.nonce, digestSha256: req.digestSha256 },
    sequence,
    ...(input.checklist !== undefined ? { checklist: input.checklist } : {}),
    ...(input.practices !== undefined ? { practices: input.practices } : {}),
  })
  const payload = encodePayload(statement)
  let signed = false
  return {
    statement,
    payload,
    fileName: attestationFileName(input.staffId, label, statement.predicate.collectedAt),
    deviceFingerprint,
    keyCreated: created,
    async sign(): Promise<Envelope> {
      if (signed) throw new Error('this attestation was already signed')
      signed = true
      const now = new Date().toISOString()
      await updateStaffState(input.dir, (s) => {
        if (s.sequence >= sequence) {
          throw new AttestInputError(
            'another attestation was made on this device meanwhile; run the command again',
          )
        }
        s.sequence = sequence
        s.deviceLabel = label
        const v = input.policy.verified
        if (v !== null) {
          const seen = s.policies[v.payload.policyId]
          if (seen === undefined || v.payload.version >= seen.highestVersion) {
            s.policies[v.payload.policyId] = {
              highestVersion: v.payload.version,
              envelope: envelopeToStored(v.envelope),
              seenAt: now,
            }
          }
        }
        if (req !== null && !s.answeredRequests.some((r) => r.requestId === req.payload.requestId)) {
          s.answeredRequests.push({ requestId: req.payload.requestId, answeredAt: now })
        }
      })
      return signEnvelope(PAYLOAD_TYPES.attestation, payload, key)
    },
  }
}

/** prepareAttestation + sign in one step. */
export async function createAttestation(
  input: AttestationInput,
): Promise<{ envelope: Envelope; prepared: PreparedAttestation }> {
  const prepared = await prepareAttestation(input)
  return { envelope: await prepared.sign(), prepared }
}
