/**
 * zod schema of `roster.json`. The roster is the CISO's trust registry, so it is validated on every
 * load: a hand edit that breaks a field is reported with its path instead of being half-trusted.
 */
import { z } from 'zod'
import type { Roster } from '../../shared/roster-types'
import { pemFingerprint } from './pem'

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')
const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO-8601 date')
const posture = z.enum(['pass', 'fail', 'unknown'])

const lastAttestationSchema = z
  .object({
    collectedAt: isoDate,
    verifiedAt: isoDate,
    purpose: z.string(),
    result: posture,
    failingChecks: z.array(z.string()),
    envelopeDigest: hex64,
    policyId: z.string(),
    policyVersion: z.number().int(),
    sequence: z.number().int().nonnegative(),
  })
  .strict()

const deviceSchema = z
  .object({
    fingerprint: hex64,
    publicKeyPem: z.string().includes('BEGIN PUBLIC KEY'),
    staffId: z.string().min(1),
    deviceLabel: z.string(),
    platform: z.string(),
    status: z.enum(['active', 'revoked', 'offboarded']),
    enrolledAt: isoDate,
    revokedAt: isoDate.nullable(),
    revokeReason: z.string().nullable(),
    offboardedAt: isoDate.nullable(),
    lastSequence: z.number().int().nonnegative(),
    lastAttestation: lastAttestationSchema.nullable(),
    seenEnvelopeDigests: z.array(hex64),
  })
  .strict()

const requestSchema = z
  .object({
    requestId: z.string().min(1),
    staffId: z.string().min(1),
    purpose: z.string(),
    nonce: z.string().min(1),
    issuedAt: isoDate,
    notAfter: isoDate,
    digest: hex64,
    policyDigest: hex64,
    used: z.boolean(),
    usedBy: z.object({ fingerprint: hex64, envelopeDigest: hex64, at: isoDate }).strict().nullable(),
  })
  .strict()

const policySchema = z
  .object({
    id: z.string().min(1),
    version: z.number().int().min(1),
    digest: hex64,
    issuedAt: isoDate,
    // Rosters written before per-platform levels hold one list for every platform.
    requiredChecks: z.union([
      z
        .object({ darwin: z.array(z.string()), win32: z.array(z.string()), linux: z.array(z.string()) })
        .strict(),
      z.array(z.string()).transform((ids) => ({ darwin: ids, win32: ids, linux: ids })),
    ]),
    accepted: z.boolean(),
  })
  .strict()

/** Schema of the whole roster file. */
export const rosterSchema = z
  .object({
    format: z.literal('preflight-roster/v1'),
    revision: z.number().int().nonnegative(),
    org: z.string(),
    cisoFingerprint: hex64,
    createdAt: isoDate,
    updatedAt: isoDate,
    devices: z.array(deviceSchema),
    requests: z.array(requestSchema),
    policies: z.array(policySchema),
  })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>()
    r.devices.forEach((d, i) => {
      if (seen.has(d.fingerprint))
        ctx.addIssue({ code: 'custom', path: ['devices', i, 'fingerprint'], message: 'enrolled twice' })
      seen.add(d.fingerprint)
      // A hand edit that pairs one staffer's fingerprint with another key must not go unnoticed.
      if (pemFingerprint(d.publicKeyPem) !== d.fingerprint)
        ctx.addIssue({
          code: 'custom',
          path: ['devices', i, 'publicKeyPem'],
          message: 'is not an Ed25519 public key with this fingerprint',
        })
    })
    const nonces = new Set<string>()
    r.requests.forEach((q, i) => {
      if (nonces.has(q.nonce))
        ctx.addIssue({ code: 'custom', path: ['requests', i, 'nonce'], message: 'nonce issued twice' })
      nonces.add(q.nonce)
    })
  })

// Compile-time check that the schema and the shared type agree.
type Parsed = z.infer<typeof rosterSchema>
const _sameShape: (p: Parsed) => Roster = (p) => p
void _sameShape
