/**
 * One-time migration of a campaign folder made by an earlier Preflight, whose `roster.json` is a
 * plain, unsigned `preflight-roster/v1` file. Nothing in such a file can be trusted silently (anyone
 * who could write to the folder could have edited it), so the CISO reviews a summary of every trust
 * decision in it, confirms, and the roster is then signed with the CISO key (and the key pinned on
 * this laptop). Refused when this laptop has already seen a signed roster of the campaign: then an
 * unsigned roster.json is a replaced file, not an old folder.
 */
import {
  ROSTER_FORMAT,
  staffIdKey,
  type AttestationRecord,
  type DeviceStatus,
  type RequiredChecksByPlatform,
  type Roster,
} from '../../shared/roster-types'
import { fingerprint, publicKeyToPem } from '../attestation/keys'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { CampaignError, CISO_PUBLIC_KEY_FILE, loadCisoKey } from './campaign'
import { folderKey } from './campaign-trust'
import { parseLegacyRoster, RosterSchemaError, type LegacyRoster } from './roster-schema'
import {
  DEFAULT_REATTEST_DAYS,
  newCampaignId,
  ROSTER_FILE,
  RosterError,
  saveRoster,
  SIGNED_ROSTER_FORMAT,
  withCampaignLock,
  type CampaignRef,
} from './roster-store'

/** What the CISO reviews before the old roster is signed. */
export interface MigrationSummary {
  readonly org: string
  readonly cisoFingerprint: string
  readonly revision: number
  readonly updatedAt: string
  readonly devices: readonly {
    readonly staffId: string
    readonly deviceLabel: string
    readonly status: DeviceStatus
    readonly fingerprint: string
  }[]
  readonly policies: readonly {
    readonly id: string
    readonly version: number
    readonly accepted: boolean
    readonly requiredChecks: RequiredChecksByPlatform
  }[]
  readonly requests: { readonly total: number; readonly answered: number }
  /** Staff ids that differ only by case: they become one person, filed under the first spelling. */
  readonly caseMerges: readonly { readonly spellings: readonly string[]; readonly kept: string }[]
}

async function readLegacy(dir: string): Promise<LegacyRoster> {
  const file = path.join(dir, ROSTER_FILE)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (err) {
    throw new RosterError(`cannot read ${file}: ${(err as Error).message}`, 'missing')
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new RosterError(`${file} is not valid JSON; nothing to migrate`, 'corrupt')
  }
  if ((data as { format?: unknown } | null)?.format === SIGNED_ROSTER_FORMAT)
    throw new RosterError(`${file} is already a signed roster; nothing to migrate`, 'corrupt')
  try {
    return parseLegacyRoster(data)
  } catch (err) {
    if (err instanceof RosterSchemaError)
      throw new RosterError(`${file} is not a valid preflight-roster/v1 file: ${err.message}`, 'corrupt')
    throw err
  }
}

/** The spelling each staff id keeps (the first one in the roster) and the merges that implies. */
function spellings(legacy: LegacyRoster): {
  keep: Map<string, string>
  merges: MigrationSummary['caseMerges']
} {
  const keep = new Map<string, string>()
  const all = new Map<string, Set<string>>()
  for (const id of [...legacy.devices.map((d) => d.staffId), ...legacy.requests.map((r) => r.staffId)]) {
    const k = staffIdKey(id)
    if (!keep.has(k)) keep.set(k, id)
    all.set(k, (all.get(k) ?? new Set()).add(id))
  }
  const merges = [...all.entries()]
    .filter(([, s]) => s.size > 1)
    .map(([k, s]) => ({ spellings: [...s], kept: keep.get(k) as string }))
  return { keep, merges }
}

function summarize(legacy: LegacyRoster): MigrationSummary {
  return {
    org: legacy.org,
    cisoFingerprint: legacy.cisoFingerprint,
    revision: legacy.revision,
    updatedAt: legacy.updatedAt,
    devices: legacy.devices.map((d) => ({
      staffId: d.staffId,
      deviceLabel: d.deviceLabel,
      status: d.status,
      fingerprint: d.fingerprint,
    })),
    policies: legacy.policies.map((p) => ({
      id: p.id,
      version: p.version,
      accepted: p.accepted,
      requiredChecks: p.requiredChecks,
    })),
    requests: { total: legacy.requests.length, answered: legacy.requests.filter((r) => r.used).length },
    caseMerges: spellings(legacy).merges,
  }
}

/** The signed-format roster holding exactly the old roster's decisions. */
function convert(legacy: LegacyRoster): Roster {
  const { keep } = spellings(legacy)
  const spell = (id: string) => keep.get(staffIdKey(id)) ?? id
  const attestations: AttestationRecord[] = []
  for (const d of legacy.devices) {
    const last = d.lastAttestation
    if (last === null) continue
    attestations.push({
      fingerprint: d.fingerprint,
      staffId: spell(d.staffId),
      purpose: last.purpose,
      collectedAt: last.collectedAt,
      verifiedAt: last.verifiedAt,
      result: last.result,
      failingChecks: last.failingChecks,
      policyId: last.policyId,
      policyVersion: last.policyVersion,
      sequence: last.sequence,
      envelopeDigest: last.envelopeDigest,
      requestId:
        legacy.requests.find((r) => r.usedBy?.envelopeDigest === last.envelopeDigest)?.requestId ?? null,
    })
  }
  attestations.sort((a, b) => Date.parse(a.verifiedAt) - Date.parse(b.verifiedAt))
  return {
    format: ROSTER_FORMAT,
    campaignId: newCampaignId(),
    revision: legacy.revision,
    org: legacy.org,
    cisoFingerprint: legacy.cisoFingerprint,
    createdAt: legacy.createdAt,
    updatedAt: legacy.updatedAt,
    devices: legacy.devices.map((d) => ({ ...d, staffId: spell(d.staffId) })),
    requests: legacy.requests.map((r) => ({ ...r, staffId: spell(r.staffId) })),
    policies: legacy.policies,
    attestations,
    reattestDays: DEFAULT_REATTEST_DAYS,
  }
}

/**
 * Migrate an unsigned v1 roster: show `confirm` the summary (and the key fingerprint to compare),
 * then sign the roster with the CISO key (`passphrase` when it has one) and pin the campaign on
 * this laptop. The old file is kept as roster.v1.json.
 */
export async function migrateCampaign(
  ref: CampaignRef,
  opts: {
    readonly now: Date
    readonly passphrase: () => Promise<string | undefined>
    readonly confirm: (summary: MigrationSummary) => Promise<boolean>
  },
): Promise<Roster> {
  return withCampaignLock(ref.dir, async () => {
    const anchors = await ref.trust.list()
    const folder = await folderKey(ref.dir)
    const pubText = await fs.readFile(path.join(ref.dir, CISO_PUBLIC_KEY_FILE), 'utf8').catch(() => '')
    const seen = anchors.find(
      (a) => a.folders.includes(folder) || (pubText !== '' && a.publicKeyPem.trim() === pubText.trim()),
    )
    if (seen !== undefined)
      throw new RosterError(
        `ROSTER_UNSIGNED: this laptop has already seen signed revision ${seen.revision} of this campaign, so an unsigned ${ROSTER_FILE} is a replaced file, not an old folder; nothing was migrated. Run \`preflight ciso roster\` to see which signed copy in backups/ is still good.`,
        'untrusted',
        'ROSTER_UNSIGNED',
      )
    const legacy = await readLegacy(ref.dir)
    if (anchors.some((a) => a.fingerprint === legacy.cisoFingerprint))
      throw new RosterError(
        `ROSTER_UNSIGNED: this laptop has pinned the key of this roster for a signed campaign; an unsigned ${ROSTER_FILE} signed by it is a replaced file; nothing was migrated`,
        'untrusted',
        'ROSTER_UNSIGNED',
      )
    const summary = summarize(legacy)
    if (!(await opts.confirm(summary))) throw new CampaignError('not confirmed; nothing was migrated', 'key')
    // The private key must be the roster's key; ciso.pub.pem is rewritten from it if it differs.
    const key = await loadCisoKey(ref.dir, legacy, await opts.passphrase())
    if (pubText !== '' && pubText.trim() !== publicKeyToPem(key).trim())
      throw new CampaignError(
        `${CISO_PUBLIC_KEY_FILE} does not belong to ciso.key; nothing was migrated`,
        'key',
      )
    const roster = convert(legacy)
    await fs.copyFile(path.join(ref.dir, ROSTER_FILE), path.join(ref.dir, 'roster.v1.json'))
    await ref.trust.pin({
      campaignId: roster.campaignId,
      fingerprint: fingerprint(key),
      publicKeyPem: publicKeyToPem(key),
      org: roster.org,
      pinnedAt: opts.now.toISOString(),
      revision: roster.revision,
      digest: '',
      seenAt: opts.now.toISOString(),
      folders: [folder],
    })
    return saveRoster(ref, roster, opts.now, key)
  })
}
