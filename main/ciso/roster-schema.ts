/**
 * The shape of the roster, checked on every load (after its signature) and before every signed
 * save. A valid signature already proves the CISO key wrote the data; the check is there so that a
 * bug, a newer format or an old folder is reported with the field it concerns instead of being
 * half-trusted, and so that a roster that would be refused is never signed.
 *
 * Written by hand rather than with zod: a campaign of 5,000 devices with 20,000 attestation records
 * is ~60,000 objects, and this check runs on every command; zod took about ten times longer.
 *
 * `parseLegacyRoster` reads the unsigned `preflight-roster/v1` file of earlier versions (only for
 * `ciso migrate`).
 */
import { PURPOSES } from '../../shared/attestation-types'
import { PLATFORMS } from '../../shared/check-types'
import {
  ROSTER_FORMAT,
  staffIdKey,
  type AttestationRecord,
  type DeviceRecord,
  type IssuedPolicy,
  type IssuedRequest,
  type Roster,
} from '../../shared/roster-types'
import { pemFingerprint } from './pem'

/** A roster that breaks the schema: `path` names the field (e.g. `policies.0.digest`). */
export class RosterSchemaError extends Error {
  override name = 'RosterSchemaError'
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path === '' ? '(top level)' : path}: ${problem}`)
  }
}

type Path = readonly (string | number)[]
type Obj = Record<string, unknown>

// The helpers check o[key] and build the path only when something is wrong: the roster is checked
// in place (every field is read once, nothing is copied), which keeps a large roster cheap.

function fail(path: Path, problem: string): never {
  throw new RosterSchemaError(path.join('.'), problem)
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v
}

/** Known keys per (required, optional) pair of module constants, built once. */
const keySets = new WeakMap<readonly string[], WeakMap<readonly string[], ReadonlySet<string>>>()
const NO_OPTIONAL: readonly string[] = []

/**
 * A plain object with exactly these keys, plus any of `optional` (unknown keys are refused, like a
 * strict schema).
 */
function object(
  v: unknown,
  path: Path,
  keys: readonly string[],
  optional: readonly string[] = NO_OPTIONAL,
): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    fail(path, `must be an object, got ${describe(v)}`)
  let byOptional = keySets.get(keys)
  if (byOptional === undefined) keySets.set(keys, (byOptional = new WeakMap()))
  let known = byOptional.get(optional)
  if (known === undefined) byOptional.set(optional, (known = new Set([...keys, ...optional])))
  const own = Object.keys(v)
  for (const k of own) if (!known.has(k)) fail([...path, k], 'is not a known field')
  const o = v as Obj
  const present = optional.length === 0 ? 0 : optional.filter((k) => Object.hasOwn(o, k)).length
  if (own.length - present !== keys.length)
    for (const k of keys) if (!Object.hasOwn(o, k)) fail([...path, k], 'is missing')
  return o
}

const PRACTICES_RESULTS = ['pass', 'fail', 'incomplete'] as const
const JUDGEMENT_KEYS = ['result', 'unmet'] as const
const OPTIONAL_PRACTICES = ['practices'] as const

/** An optional practices judgement (`practices`: {result, unmet}) of an attestation summary. */
function practicesJudgement(o: Obj, path: Path): void {
  if (!Object.hasOwn(o, 'practices')) return
  const p = [...path, 'practices']
  const j = object(o['practices'], p, JUDGEMENT_KEYS)
  oneOf(j, 'result', p, PRACTICES_RESULTS)
  strings(j, 'unmet', p)
}

function str(o: Obj, key: string, path: Path, min = 0): void {
  const v = o[key]
  if (typeof v !== 'string') fail([...path, key], `must be a string, got ${describe(v)}`)
  if (v.length < min) fail([...path, key], `must have at least ${min} character(s)`)
}

const HEX64 = /^[0-9a-f]{64}$/
function hex64(o: Obj | readonly unknown[], key: string | number, path: Path): void {
  const v = (o as Obj)[key]
  if (typeof v !== 'string' || !HEX64.test(v)) fail([...path, key], 'must be 64 lowercase hex digits')
}

// ISO-8601 as Preflight writes it (toISOString); anything else goes through Date.parse.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/
function date(o: Obj, key: string, path: Path, nullable = false): void {
  const v = o[key]
  if (nullable && v === null) return
  if (typeof v !== 'string' || (!ISO.test(v) && Number.isNaN(Date.parse(v))))
    fail([...path, key], 'must be an ISO-8601 date')
}

function int(o: Obj, key: string, path: Path, min: number, max = Number.MAX_SAFE_INTEGER): void {
  const v = o[key]
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    fail([...path, key], `must be a whole number from ${min} to ${max}`)
}

function bool(o: Obj, key: string, path: Path): void {
  if (typeof o[key] !== 'boolean') fail([...path, key], `must be true or false, got ${describe(o[key])}`)
}

function oneOf(o: Obj, key: string, path: Path, values: readonly string[]): void {
  const v = o[key]
  if (typeof v !== 'string' || !values.includes(v))
    fail([...path, key], `must be one of ${values.join(', ')}`)
}

function nullableStr(o: Obj, key: string, path: Path, min = 0): void {
  if (o[key] !== null) str(o, key, path, min)
}

function list(o: Obj, key: string, path: Path): readonly unknown[] {
  const v = o[key]
  if (!Array.isArray(v)) fail([...path, key], `must be an array, got ${describe(v)}`)
  return v
}

function strings(o: Obj, key: string, path: Path): void {
  const v = list(o, key, path)
  for (let i = 0; i < v.length; i++)
    if (typeof v[i] !== 'string') fail([...path, key, i], `must be a string, got ${describe(v[i])}`)
}

const POSTURES = ['pass', 'fail', 'unknown'] as const
const STATUSES = ['active', 'revoked', 'offboarded'] as const

const LAST_KEYS = [
  'collectedAt',
  'verifiedAt',
  'purpose',
  'result',
  'failingChecks',
  'envelopeDigest',
  'policyId',
  'policyVersion',
  'sequence',
] as const

function lastAttestation(v: unknown, path: Path): void {
  const o = object(v, path, LAST_KEYS, OPTIONAL_PRACTICES)
  practicesJudgement(o, path)
  date(o, 'collectedAt', path)
  date(o, 'verifiedAt', path)
  str(o, 'purpose', path)
  oneOf(o, 'result', path, POSTURES)
  strings(o, 'failingChecks', path)
  hex64(o, 'envelopeDigest', path)
  str(o, 'policyId', path)
  int(o, 'policyVersion', path, Number.MIN_SAFE_INTEGER)
  int(o, 'sequence', path, 0)
}

const DEVICE_KEYS = [
  'fingerprint',
  'publicKeyPem',
  'staffId',
  'deviceLabel',
  'platform',
  'status',
  'enrolledAt',
  'revokedAt',
  'revokeReason',
  'offboardedAt',
  'lastSequence',
  'lastAttestation',
  'seenEnvelopeDigests',
] as const

function device(v: unknown, path: Path): DeviceRecord {
  const o = object(v, path, DEVICE_KEYS)
  hex64(o, 'fingerprint', path)
  str(o, 'publicKeyPem', path)
  // A roster that pairs one staffer's fingerprint with another key must not go unnoticed.
  if (pemFingerprint(o['publicKeyPem'] as string) !== o['fingerprint'])
    fail([...path, 'publicKeyPem'], 'is not an Ed25519 public key with this fingerprint')
  str(o, 'staffId', path, 1)
  str(o, 'deviceLabel', path)
  str(o, 'platform', path)
  oneOf(o, 'status', path, STATUSES)
  date(o, 'enrolledAt', path)
  date(o, 'revokedAt', path, true)
  nullableStr(o, 'revokeReason', path)
  date(o, 'offboardedAt', path, true)
  int(o, 'lastSequence', path, 0)
  if (o['lastAttestation'] !== null) lastAttestation(o['lastAttestation'], [...path, 'lastAttestation'])
  const seen = list(o, 'seenEnvelopeDigests', path)
  for (let i = 0; i < seen.length; i++) hex64(seen, i, [...path, 'seenEnvelopeDigests'])
  return o as unknown as DeviceRecord
}

const REQUEST_KEYS = [
  'requestId',
  'staffId',
  'purpose',
  'nonce',
  'issuedAt',
  'notAfter',
  'digest',
  'policyDigest',
  'used',
  'usedBy',
] as const
const USED_BY_KEYS = ['fingerprint', 'envelopeDigest', 'at'] as const

function request(v: unknown, path: Path): IssuedRequest {
  const o = object(v, path, REQUEST_KEYS)
  str(o, 'requestId', path, 1)
  str(o, 'staffId', path, 1)
  str(o, 'purpose', path)
  str(o, 'nonce', path, 1)
  date(o, 'issuedAt', path)
  date(o, 'notAfter', path)
  hex64(o, 'digest', path)
  hex64(o, 'policyDigest', path)
  bool(o, 'used', path)
  if (o['usedBy'] !== null) {
    const p = [...path, 'usedBy']
    const b = object(o['usedBy'], p, USED_BY_KEYS)
    hex64(b, 'fingerprint', p)
    hex64(b, 'envelopeDigest', p)
    date(b, 'at', p)
  }
  return o as unknown as IssuedRequest
}

const POLICY_KEYS = ['id', 'version', 'digest', 'issuedAt', 'requiredChecks', 'accepted'] as const
const OPTIONAL_POLICY_KEYS = ['requiredPractices', 'reattestDays'] as const

/** The optional required practices per purpose of an issued policy. */
function requiredPractices(o: Obj, path: Path): void {
  if (!Object.hasOwn(o, 'requiredPractices')) return
  const rp = [...path, 'requiredPractices']
  const byPurpose = object(o['requiredPractices'], rp, PURPOSES)
  for (const purpose of PURPOSES) strings(byPurpose, purpose, rp)
}

function policy(v: unknown, path: Path): IssuedPolicy {
  const o = object(v, path, POLICY_KEYS, OPTIONAL_POLICY_KEYS)
  requiredPractices(o, path)
  if (Object.hasOwn(o, 'reattestDays')) int(o, 'reattestDays', path, 1, 365)
  str(o, 'id', path, 1)
  int(o, 'version', path, 1)
  hex64(o, 'digest', path)
  date(o, 'issuedAt', path)
  const p = [...path, 'requiredChecks']
  const rc = object(o['requiredChecks'], p, PLATFORMS)
  for (const platform of PLATFORMS) strings(rc, platform, p)
  bool(o, 'accepted', path)
  return o as unknown as IssuedPolicy
}

const ATTESTATION_KEYS = [
  'fingerprint',
  'staffId',
  'purpose',
  'collectedAt',
  'verifiedAt',
  'result',
  'failingChecks',
  'policyId',
  'policyVersion',
  'sequence',
  'envelopeDigest',
  'requestId',
] as const

function attestation(v: unknown, path: Path): AttestationRecord {
  const o = object(v, path, ATTESTATION_KEYS, OPTIONAL_PRACTICES)
  practicesJudgement(o, path)
  hex64(o, 'fingerprint', path)
  str(o, 'staffId', path, 1)
  str(o, 'purpose', path)
  date(o, 'collectedAt', path)
  date(o, 'verifiedAt', path)
  oneOf(o, 'result', path, POSTURES)
  strings(o, 'failingChecks', path)
  str(o, 'policyId', path)
  int(o, 'policyVersion', path, Number.MIN_SAFE_INTEGER)
  int(o, 'sequence', path, 0)
  hex64(o, 'envelopeDigest', path)
  nullableStr(o, 'requestId', path, 1)
  return o as unknown as AttestationRecord
}

/** Each item of o[key] checked by `each` (called with the item's path). */
function items<T>(o: Obj, key: string, each: (v: unknown, path: Path) => T): T[] {
  const v = list(o, key, [])
  return v.map((item, i) => each(item, [key, i]))
}

/** Checks across records: unique keys and nonces, one spelling per staff id. */
function crossCheck(
  devices: readonly DeviceRecord[],
  requests: readonly IssuedRequest[],
  spelling: boolean,
): void {
  const seen = new Set<string>()
  const spellings = new Map<string, string>()
  devices.forEach((d, i) => {
    if (seen.has(d.fingerprint)) fail(['devices', i, 'fingerprint'], 'enrolled twice')
    seen.add(d.fingerprint)
    // Preflight files a second laptop under the spelling already enrolled (ids are case-insensitive).
    const known = spellings.get(staffIdKey(d.staffId))
    if (spelling && known !== undefined && known !== d.staffId)
      fail(['devices', i, 'staffId'], `differs only by case from "${known}"`)
    spellings.set(staffIdKey(d.staffId), d.staffId)
  })
  const nonces = new Set<string>()
  requests.forEach((q, i) => {
    if (nonces.has(q.nonce)) fail(['requests', i, 'nonce'], 'nonce issued twice')
    nonces.add(q.nonce)
  })
}

const CAMPAIGN_ID = /^[A-Za-z0-9_-]{16,64}$/

const ROSTER_KEYS = [
  'format',
  'campaignId',
  'revision',
  'org',
  'cisoFingerprint',
  'createdAt',
  'updatedAt',
  'devices',
  'requests',
  'policies',
  'attestations',
  'reattestDays',
] as const

/**
 * Check parsed roster data (`preflight-roster/v2`) in place; throws RosterSchemaError naming the
 * field. Returns the same object, typed.
 */
export function validateRoster(data: unknown): Roster {
  const o = object(data, [], ROSTER_KEYS)
  if (o['format'] !== ROSTER_FORMAT) fail(['format'], `must be ${ROSTER_FORMAT}`)
  str(o, 'campaignId', [])
  if (!CAMPAIGN_ID.test(o['campaignId'] as string))
    fail(['campaignId'], 'must be 16-64 letters, digits, - or _')
  int(o, 'revision', [], 0)
  str(o, 'org', [])
  hex64(o, 'cisoFingerprint', [])
  date(o, 'createdAt', [])
  date(o, 'updatedAt', [])
  const devices = items(o, 'devices', device)
  const requests = items(o, 'requests', request)
  items(o, 'policies', policy)
  items(o, 'attestations', attestation)
  int(o, 'reattestDays', [], 1, 3650)
  crossCheck(devices, requests, true)
  return o as unknown as Roster
}

/** The unsigned roster of earlier versions. */
export interface LegacyRoster {
  readonly format: 'preflight-roster/v1'
  readonly revision: number
  readonly org: string
  readonly cisoFingerprint: string
  readonly createdAt: string
  readonly updatedAt: string
  readonly devices: readonly DeviceRecord[]
  readonly requests: readonly IssuedRequest[]
  /** Required checks normalised per platform (older v1 files hold one list for every platform). */
  readonly policies: readonly IssuedPolicy[]
}

const LEGACY_KEYS = [
  'format',
  'revision',
  'org',
  'cisoFingerprint',
  'createdAt',
  'updatedAt',
  'devices',
  'requests',
  'policies',
] as const

/** Check a `preflight-roster/v1` file (for `ciso migrate`); throws RosterSchemaError. */
export function parseLegacyRoster(data: unknown): LegacyRoster {
  const o = object(data, [], LEGACY_KEYS)
  if (o['format'] !== 'preflight-roster/v1') fail(['format'], 'must be preflight-roster/v1')
  int(o, 'revision', [], 0)
  str(o, 'org', [])
  hex64(o, 'cisoFingerprint', [])
  date(o, 'createdAt', [])
  date(o, 'updatedAt', [])
  const devices = items(o, 'devices', device)
  const requests = items(o, 'requests', request)
  items(o, 'policies', (v, path) => {
    const p = object(v, path, POLICY_KEYS, OPTIONAL_POLICY_KEYS)
    requiredPractices(p, path)
    if (Object.hasOwn(p, 'reattestDays')) int(p, 'reattestDays', path, 1, 365)
    str(p, 'id', path, 1)
    int(p, 'version', path, 1)
    hex64(p, 'digest', path)
    date(p, 'issuedAt', path)
    bool(p, 'accepted', path)
    // v1 files hold one list for every platform, or (written after per-platform levels) one per platform.
    if (Array.isArray(p['requiredChecks'])) {
      strings(p, 'requiredChecks', path)
      const ids = p['requiredChecks'] as string[]
      p['requiredChecks'] = Object.fromEntries(PLATFORMS.map((pl) => [pl, [...ids]]))
    } else {
      const rp = [...path, 'requiredChecks']
      const rc = object(p['requiredChecks'], rp, PLATFORMS)
      for (const platform of PLATFORMS) strings(rc, platform, rp)
    }
  })
  // Earlier versions let two spellings of one staff id in; migration merges them (see migrate.ts).
  crossCheck(devices, requests, false)
  return o as unknown as LegacyRoster
}
