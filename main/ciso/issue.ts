/**
 * What the CISO signs and sends: policies and requests. Every issued envelope is kept under
 * `issued/` in the campaign folder and recorded in the roster, because the verifier later accepts
 * only policies and nonces the campaign issued.
 */
import { createPublicKey, type KeyObject } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { PAYLOAD_TYPES, type Purpose } from '../../shared/attestation-types'
import { mergePolicy, policyFileSchema, requiredChecksByPlatform, type PolicyFile } from '../../shared/policy'
import { requiredPracticesByPurpose } from '../../shared/practices'
import { sameStaffId, type IssuedPolicy, type IssuedRequest, type Roster } from '../../shared/roster-types'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import {
  decodeBase64,
  parseEnvelopeJson,
  serializeEnvelope,
  signEnvelope,
  verifyEnvelope,
  type Envelope,
} from '../attestation/dsse'
import { AttestationError } from '../attestation/errors'
import {
  buildPolicyPayload,
  buildRequestPayload,
  encodePayload,
  parsePolicyPayload,
  payloadDigest,
  staffIdSchema,
  type RequestPayload,
} from '../attestation/formats'
import { parseStrictJson } from '../attestation/strict-json'
import { ISSUED_POLICIES_DIR, ISSUED_REQUESTS_DIR } from './campaign'

/** An issuing problem (bad input, rollback, I/O) with its exit-code category. */
export class IssueError extends Error {
  override name = 'IssueError'
  constructor(
    message: string,
    readonly kind: 'input' | 'rollback' | 'io' | 'state',
  ) {
    super(message)
  }
}

/** File name of a signed policy under issued/policies. */
export function policyFileName(id: string, version: number): string {
  return `${id}.v${version}.policy.json`
}

async function writeIssued(file: string, text: string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 })
    await writeFileAtomic(file, text, { mode: 0o644, exclusive: true })
  } catch (err) {
    throw new IssueError(describeWriteError(file, err), 'io')
  }
}

/** Validate a plain policy JSON text (as in shared/policy.ts) that will be signed. */
export function parsePlainPolicy(text: string, what: string): PolicyFile {
  let data: unknown
  try {
    data = parseStrictJson(text, { what, allowBom: true })
  } catch (err) {
    throw new IssueError(`${what}: ${(err as Error).message}`, 'input')
  }
  const parsed = policyFileSchema.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.length > 0 ? i.path.join('.') : '(top level)'}: ${i.message}`,
    )
    throw new IssueError(`${what} is not a valid policy:\n  - ${problems.join('\n  - ')}`, 'input')
  }
  if (parsed.data.id === undefined || parsed.data.version === undefined)
    throw new IssueError(`${what}: a policy to sign needs an "id" and a "version" number`, 'input')
  return parsed.data
}

/** A signed policy and its roster record. */
export interface SignedPolicy {
  readonly envelope: Envelope
  readonly record: IssuedPolicy
  readonly file: string
}

/**
 * Sign a policy. Refuses a version that is not above the last one signed for the same id: staff
 * apps pin the highest version seen, so a lower one would be refused anyway (anti-rollback).
 */
export async function signPolicy(
  dir: string,
  roster: Roster,
  key: KeyObject,
  policy: PolicyFile,
  now: Date,
): Promise<{ signed: SignedPolicy; roster: Roster }> {
  let payload
  try {
    payload = buildPolicyPayload(policy, now)
  } catch (err) {
    if (err instanceof AttestationError) throw new IssueError(err.message, 'input')
    throw err
  }
  const last = Math.max(0, ...roster.policies.filter((p) => p.id === payload.policyId).map((p) => p.version))
  if (payload.version <= last) {
    throw new IssueError(
      `policy "${payload.policyId}" version ${payload.version} is not above the last signed version ${last}; raise "version" to ${last + 1} or more`,
      'rollback',
    )
  }
  const bytes = encodePayload(payload)
  const envelope = signEnvelope(PAYLOAD_TYPES.policy, bytes, key)
  const merged = mergePolicy(payload.policy)
  const record: IssuedPolicy = {
    id: payload.policyId,
    version: payload.version,
    digest: payloadDigest(bytes),
    issuedAt: payload.issuedAt,
    requiredChecks: requiredChecksByPlatform(merged),
    requiredPractices: requiredPracticesByPurpose(merged.practices),
    reattestDays: merged.reattestation.intervalDays,
    accepted: true,
  }
  const file = path.join(dir, ISSUED_POLICIES_DIR, policyFileName(record.id, record.version))
  await writeIssued(file, serializeEnvelope(envelope))
  // The newly signed policy is the newest accepted one: its interval is now the campaign's.
  return {
    signed: { envelope, record, file },
    roster: {
      ...roster,
      policies: [...roster.policies, record],
      reattestDays: merged.reattestation.intervalDays,
    },
  }
}

/**
 * Read a policy envelope this campaign signed, checking it against the CISO key (given as the
 * private signing key or its public half) and the roster.
 */
export function checkSignedPolicy(
  text: string,
  what: string,
  roster: Roster,
  cisoKey: KeyObject,
): SignedPolicy {
  const publicKey = cisoKey.type === 'private' ? createPublicKey(cisoKey) : cisoKey
  let envelope: Envelope
  try {
    envelope = parseEnvelopeJson(text)
  } catch (err) {
    throw new IssueError(`${what}: ${(err as Error).message}`, 'input')
  }
  const v = verifyEnvelope(envelope, [publicKey])
  if (!v) throw new IssueError(`${what} is not signed by this campaign's CISO key`, 'input')
  if (envelope.payloadType !== PAYLOAD_TYPES.policy)
    throw new IssueError(`${what} is a signed ${envelope.payloadType}, not a policy`, 'input')
  try {
    parsePolicyPayload(v.payload)
  } catch (err) {
    throw new IssueError(`${what}: ${(err as Error).message}`, 'input')
  }
  const digest = payloadDigest(v.payload)
  const record = roster.policies.find((p) => p.digest === digest)
  if (!record)
    throw new IssueError(
      `${what} is signed by this CISO key but is not in the roster (was the roster restored from an older backup?)`,
      'state',
    )
  if (!record.accepted)
    throw new IssueError(`${what}: policy ${record.id} v${record.version} is no longer accepted`, 'state')
  return { envelope, record, file: what }
}

/**
 * Load the stored envelope of an issued policy. It must be exactly the policy the (signed) roster
 * recorded: a file replaced in issued/ (even by another policy the CISO signed) is refused.
 */
export async function loadIssuedPolicy(dir: string, record: IssuedPolicy): Promise<Envelope> {
  const file = path.join(dir, ISSUED_POLICIES_DIR, policyFileName(record.id, record.version))
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (err) {
    throw new IssueError(`cannot read the issued policy ${file}: ${(err as Error).message}`, 'state')
  }
  let envelope: Envelope
  try {
    envelope = parseEnvelopeJson(text)
  } catch (err) {
    throw new IssueError(`${file}: ${(err as Error).message}`, 'state')
  }
  if (
    envelope.payloadType !== PAYLOAD_TYPES.policy ||
    payloadDigest(decodeBase64(envelope.payload)) !== record.digest
  )
    throw new IssueError(
      `${file} is not the policy ${record.id} v${record.version} recorded in the roster (it was replaced); pass the signed policy with --policy, or sign a new version`,
      'state',
    )
  return envelope
}

/** The most recently issued policy that is still accepted, or null. */
export function latestAcceptedPolicy(roster: Roster): IssuedPolicy | null {
  let best: IssuedPolicy | null = null
  for (const p of roster.policies) {
    if (!p.accepted) continue
    if (best === null || Date.parse(p.issuedAt) >= Date.parse(best.issuedAt)) best = p
  }
  return best
}

/**
 * The campaign's re-attestation interval in days: the newest accepted policy's
 * `reattestation.intervalDays` (recorded when it was signed), else the roster's `reattestDays`
 * (30 by default). `ciso roster` (STALE), the app's roster and its overdue list use this.
 */
export function reattestDaysOf(roster: Roster): number {
  return latestAcceptedPolicy(roster)?.reattestDays ?? roster.reattestDays
}

/** A signed request and where it was stored. */
export interface IssuedRequestResult {
  readonly envelope: Envelope
  readonly payload: RequestPayload
  readonly record: IssuedRequest
  readonly file: string
}

/** What a request is signed for. */
export interface RequestSpec {
  readonly staffId: string
  readonly purpose: Purpose
  readonly policy: SignedPolicy
  readonly validDays: number
  readonly now: Date
}

/**
 * Sign a request without writing anything: the envelope, its payload and its roster record, and the
 * file it belongs in under issued/requests. The staff id takes the spelling the roster already knows
 * for that person (ids are case-insensitive). `roster` is only read.
 */
export function signRequest(
  dir: string,
  roster: Roster,
  key: KeyObject,
  opts: RequestSpec,
): IssuedRequestResult {
  const staff = staffIdSchema.safeParse(opts.staffId)
  if (!staff.success)
    throw new IssueError(`--staff-id: ${staff.error.issues[0]?.message ?? 'invalid'}`, 'input')
  // Staff ids are case-insensitive: a person keeps the spelling they were first enrolled or asked with.
  const staffId =
    roster.devices.find((d) => sameStaffId(d.staffId, opts.staffId))?.staffId ??
    roster.requests.find((r) => sameStaffId(r.staffId, opts.staffId))?.staffId ??
    opts.staffId
  let payload: RequestPayload
  try {
    payload = buildRequestPayload({
      staffId,
      purpose: opts.purpose,
      policy: opts.policy.envelope,
      cisoKey: key,
      issuedAt: opts.now,
      notAfter: new Date(opts.now.getTime() + opts.validDays * 86_400_000),
    })
  } catch (err) {
    if (err instanceof AttestationError) throw new IssueError(err.message, 'input')
    throw err
  }
  const bytes = encodePayload(payload)
  const envelope = signEnvelope(PAYLOAD_TYPES.request, bytes, key)
  const record: IssuedRequest = {
    requestId: payload.requestId,
    staffId: payload.staffId,
    purpose: payload.purpose,
    nonce: payload.nonce,
    issuedAt: payload.issuedAt,
    notAfter: payload.notAfter,
    digest: payloadDigest(bytes),
    policyDigest: opts.policy.record.digest,
    used: false,
    usedBy: null,
  }
  const file = path.join(dir, ISSUED_REQUESTS_DIR, `${payload.requestId}.request.json`)
  return { envelope, payload, record, file }
}

/** Store a signed request under issued/requests (refuses to replace a file). */
export async function storeIssuedRequest(issued: IssuedRequestResult): Promise<void> {
  await writeIssued(issued.file, serializeEnvelope(issued.envelope))
}

/** Issue a request: a fresh single-use nonce for one staff id and purpose, carrying a signed policy. */
export async function issueRequest(
  dir: string,
  roster: Roster,
  key: KeyObject,
  opts: RequestSpec,
): Promise<{ issued: IssuedRequestResult; roster: Roster }> {
  const issued = signRequest(dir, roster, key, opts)
  await storeIssuedRequest(issued)
  return { issued, roster: { ...roster, requests: [...roster.requests, issued.record] } }
}

/** Does this text look like a DSSE envelope (a signed policy) rather than a plain policy JSON? */
export function looksLikeEnvelope(text: string): boolean {
  try {
    const o = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>
    return typeof o === 'object' && o !== null && 'payloadType' in o && 'signatures' in o
  } catch {
    return false
  }
}

/**
 * The policy a request carries: a signed policy given by the CISO (checked against the key and the
 * roster), a plain policy given by the CISO (signed now), the most recent accepted policy, or, when
 * none was ever signed, the built-in defaults signed as policy "default" v1. Returns the roster with
 * any newly signed policy recorded, and `signedNow` naming the file written for it (so a caller that
 * gives up can remove it).
 */
export async function resolveRequestPolicy(
  dir: string,
  roster: Roster,
  key: KeyObject,
  given: { readonly text: string; readonly what: string } | undefined,
  now: Date,
): Promise<{
  readonly policy: SignedPolicy
  readonly roster: Roster
  readonly signedNow: 'given' | 'defaults' | null
}> {
  if (given !== undefined && looksLikeEnvelope(given.text))
    return { policy: checkSignedPolicy(given.text, given.what, roster, key), roster, signedNow: null }
  if (given !== undefined) {
    const r = await signPolicy(dir, roster, key, parsePlainPolicy(given.text, given.what), now)
    return { policy: r.signed, roster: r.roster, signedNow: 'given' }
  }
  const latest = latestAcceptedPolicy(roster)
  if (latest)
    return {
      policy: { envelope: await loadIssuedPolicy(dir, latest), record: latest, file: '' },
      roster,
      signedNow: null,
    }
  const r = await signPolicy(dir, roster, key, { id: 'default', version: 1 }, now)
  return { policy: r.signed, roster: r.roster, signedNow: 'defaults' }
}
