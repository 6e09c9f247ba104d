/**
 * Test helpers for the CISO side: a temporary campaign with a signed policy, issued requests, and
 * device-signed attestations built with the attestation engineer's builder (or hand-made statements
 * for files the builder would refuse to make).
 */
import type { KeyObject } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { PAYLOAD_TYPES, type PostureStatement, type Purpose } from '../../../../shared/attestation-types'
import type { CheckId, CheckStatus, Report } from '../../../../shared/check-types'
import { CHECK_IDS, overallStatus } from '../../../../shared/check-types'
import { DEFAULT_POLICY } from '../../../../shared/policy'
import type { AttestedPractice } from '../../../../shared/practices'
import type { IssuedPolicy, IssuedRequest, Roster } from '../../../../shared/roster-types'
import { serializeEnvelope, signEnvelope } from '../../../../main/attestation/dsse'
import { buildAttestation, encodePayload } from '../../../../main/attestation/formats'
import { generateSigningKey, publicKeyToPem } from '../../../../main/attestation/keys'
import { initCampaign, loadCisoKey } from '../../../../main/ciso/campaign'
import { CampaignTrustStore } from '../../../../main/ciso/campaign-trust'
import { issueRequest, signPolicy } from '../../../../main/ciso/issue'
import {
  loadRoster,
  saveRoster,
  type CampaignRef,
  type KeyUnlocker,
} from '../../../../main/ciso/roster-store'
import { newDeviceRecord } from '../../../../main/ciso/verify'

export const T0 = new Date('2026-11-20T10:00:00.000Z')

/**
 * The roster data in a campaign's roster.json (beside its signature), for tests to look at. Not
 * verified: commands verify it themselves.
 */
export function readRosterFile(campaignDir: string): Roster {
  return (JSON.parse(readFileSync(path.join(campaignDir, 'roster.json'), 'utf8')) as { roster: Roster })
    .roster
}

export function tempDir(prefix = 'preflight-ciso-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Every check the engine reports, at the default policy's Linux level. */
const ALL_CHECKS: readonly CheckId[] = CHECK_IDS

/** A report with the given statuses (default: everything passes). */
export function makeReport(
  collectedAt: Date,
  statuses: Partial<Record<CheckId, CheckStatus>> = {},
  policy: { id: string; version: number } = { id: 'baseline', version: 2 },
): Report {
  const checks = ALL_CHECKS.map((id) => ({
    id,
    level: DEFAULT_POLICY.checks[id].linux,
    // A check the policy turns off is reported as not checked, as the engine does.
    status: statuses[id] ?? (DEFAULT_POLICY.checks[id].linux === 'off' ? 'not-applicable' : 'pass'),
    summary: `${id} summary`,
    observed: [`${id} observed`],
    requirement: `${id} requirement`,
    remediationId: `${id}.fix`,
    sources: ['test'],
    durationMs: 1,
  }))
  return {
    format: 'preflight-report/v1',
    platform: 'linux',
    arch: 'x64',
    hostKind: 'physical-or-unknown',
    os: { platform: 'linux', name: 'Debian GNU/Linux', version: '12', build: '12.11' },
    desktop: 'GNOME',
    collectedAt: collectedAt.toISOString(),
    policy: { ...policy, digest: '0'.repeat(64) },
    osSupportDataAsOf: '2026-11-01',
    checks,
    overall: overallStatus(checks),
    producer: { name: 'preflight', version: '0.1.0' },
    replayed: false,
  }
}

/** A campaign folder with policy "baseline" v2 signed (the default levels). */
export interface TestCampaign {
  readonly dir: string
  /** The folder with this user's trust anchors (the CISO's config folder). */
  readonly configDir: string
  /** The folder and its anchors, as every roster access takes them. */
  readonly ref: CampaignRef
  readonly cisoKey: KeyObject
  /** A KeyUnlocker that hands out the (unencrypted) test CISO key. */
  readonly unlock: KeyUnlocker
  readonly policy: IssuedPolicy
  readonly policyEnvelope: ReturnType<typeof signEnvelope>
  roster(): Promise<Roster>
  request(staffId: string, purpose: Purpose, at?: Date, validDays?: number): Promise<IssuedRequest>
  /** Put a device straight into the roster (as if enrolled earlier). */
  enroll(key: KeyObject, staffId: string, label: string): Promise<void>
  cleanup(): void
}

export async function makeCampaign(options: { readonly passphrase?: string } = {}): Promise<TestCampaign> {
  const { dir: base, cleanup } = tempDir()
  const dir = path.join(base, 'campaign')
  const configDir = path.join(base, 'ciso-config')
  const ref: CampaignRef = { dir, trust: new CampaignTrustStore(configDir) }
  await initCampaign(ref, {
    org: 'Test campaign',
    ...(options.passphrase !== undefined
      ? { passphrase: options.passphrase }
      : { insecureNoPassphrase: true }),
    now: T0,
  })
  let roster = await loadRoster(ref)
  const cisoKey = await loadCisoKey(dir, roster, options.passphrase)
  const signed = await signPolicy(dir, roster, cisoKey, { id: 'baseline', version: 2 }, T0)
  roster = await saveRoster(ref, signed.roster, T0, cisoKey)
  const campaign: TestCampaign = {
    dir,
    configDir,
    ref,
    cisoKey,
    unlock: async () => cisoKey,
    policy: signed.signed.record,
    policyEnvelope: signed.signed.envelope,
    roster: () => loadRoster(ref),
    async request(staffId, purpose, at = T0, validDays = 14) {
      const r = await issueRequest(dir, await loadRoster(ref), cisoKey, {
        staffId,
        purpose,
        policy: signed.signed,
        validDays,
        now: at,
      })
      await saveRoster(ref, r.roster, at, cisoKey)
      return r.issued.record
    },
    async enroll(key, staffId, label) {
      const r = await loadRoster(ref)
      await saveRoster(
        ref,
        { ...r, devices: [...r.devices, newDeviceRecord(key, staffId, label, 'linux', T0)] },
        T0,
        cisoKey,
      )
    },
    cleanup,
  }
  return campaign
}

export interface AttestOptions {
  readonly key: KeyObject
  readonly staffId: string
  readonly label?: string
  readonly purpose?: Purpose
  readonly policy: IssuedPolicy
  readonly request: IssuedRequest | null
  readonly sequence: number
  readonly collectedAt?: Date
  readonly expiresAt?: Date
  readonly statuses?: Partial<Record<CheckId, CheckStatus>>
  /** Change the statement after it is built (to craft files the builder refuses to make). */
  readonly mutate?: (s: Record<string, unknown> & { predicate: Record<string, unknown> }) => void
  readonly payloadType?: string
  /** Sign with another key than `key` (the subject stays `key`). */
  readonly signWith?: KeyObject
  /** The practices section (answers), as the staff side would record them. */
  readonly practices?: readonly AttestedPractice[]
  /** Mark the facts as replayed from a transcript. */
  readonly replayed?: boolean
}

/** Build, sign and serialise an attestation envelope. */
export function attest(o: AttestOptions): string {
  const collectedAt = o.collectedAt ?? T0
  const purpose = o.purpose ?? 'periodic'
  const report = makeReport(collectedAt, o.statuses, o.policy)
  const statement = buildAttestation(o.replayed === true ? { ...report, replayed: true } : report, {
    purpose,
    staffId: o.staffId,
    deviceLabel: o.label ?? 'laptop-1',
    deviceKey: o.key,
    keyProtection: 'file-0600-unencrypted',
    policy: { id: o.policy.id, version: o.policy.version, digestSha256: o.policy.digest },
    request:
      o.request === null
        ? null
        : { requestId: o.request.requestId, nonce: o.request.nonce, digestSha256: o.request.digest },
    sequence: o.sequence,
    ...(purpose === 'offboarding'
      ? { checklist: [{ id: 'files-deleted', text: 'I deleted campaign files.', confirmed: true }] }
      : {}),
    ...(o.expiresAt ? { expiresAt: o.expiresAt } : {}),
    ...(o.practices ? { practices: o.practices } : {}),
  })
  const s = JSON.parse(JSON.stringify(statement)) as PostureStatement & Record<string, unknown>
  const pred = s.predicate as unknown as Record<string, unknown> & { device: Record<string, unknown> }
  if (purpose === 'onboarding' && pred.device['publicKey'] === undefined) {
    pred.device['publicKey'] = o.key.export({ type: 'spki', format: 'der' }).toString('base64')
  }
  o.mutate?.(s as unknown as Record<string, unknown> & { predicate: Record<string, unknown> })
  const env = signEnvelope(o.payloadType ?? PAYLOAD_TYPES.attestation, encodePayload(s), o.signWith ?? o.key)
  return serializeEnvelope(env)
}

/** A fresh device key pair (private key; publicKey derived when needed). */
export function deviceKey(): KeyObject {
  return generateSigningKey().privateKey
}

export { publicKeyToPem }
