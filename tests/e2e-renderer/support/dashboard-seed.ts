/**
 * A campaign with a history, for the dashboard tests: staff onboarded, re-attesting, failing checks,
 * overdue, offboarded, revoked, and asked to leave. Everything goes through the project's own CISO
 * code in the test process (issue, verify, enroll, offboard, revoke: main/ciso), signed with the
 * campaign key and with device keys made here, at chosen dates, so the roster the app reads is a real
 * signed roster with real records. The attestations are built like the unit tests' (tests/unit/main/
 * ciso/helpers.ts: measured on a device, not replayed), so their posture can be a pass.
 */
import type { KeyObject } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { Purpose } from '../../../shared/attestation-types'
import type { CheckId, CheckStatus } from '../../../shared/check-types'
import { DEFAULT_POLICY } from '../../../shared/policy'
import type { AttestedPractice } from '../../../shared/practices'
import type { IssuedPolicy, IssuedRequest } from '../../../shared/roster-types'
import { loadCisoKey } from '../../../main/ciso/campaign'
import { CampaignTrustStore } from '../../../main/ciso/campaign-trust'
import { issueRequest, resolveRequestPolicy, type SignedPolicy } from '../../../main/ciso/issue'
import { enrollDevice, offboardDevice, revokeDevices, verifyPaths } from '../../../main/ciso/operations'
import { updateRoster, type CampaignRef, type KeyUnlocker } from '../../../main/ciso/roster-store'
import { attest, deviceKey } from '../../unit/main/ciso/helpers'
import type { Harness } from '../harness'
import type { Campaign } from './campaign'

const DAY = 86_400_000
const HOUR = 3_600_000

type Statuses = Partial<Record<CheckId, CheckStatus>>

/** The default policy's practices for a purpose, each found or confirmed except those in `unmet`. */
function practices(purpose: Purpose, unmet: readonly string[]): AttestedPractice[] {
  return DEFAULT_POLICY.practices
    .filter((p) => p.purposes.includes(purpose))
    .map((p) =>
      p.evidence === 'declared'
        ? {
            id: p.id,
            level: p.level,
            evidence: 'declared',
            result: unmet.includes(p.id) ? 'not-confirmed' : 'confirmed',
          }
        : {
            id: p.id,
            level: p.level,
            evidence: 'measured',
            result: unmet.includes(p.id) ? 'unknown' : 'found',
          },
    )
}

/** The seeding tools for one campaign (its folder and the CISO's anchors the app uses too). */
export function seeder(h: Harness, campaign: Campaign) {
  const ref: CampaignRef = { dir: campaign.dir, trust: new CampaignTrustStore(h.cisoHome) }
  const unlock: KeyUnlocker = (roster) => loadCisoKey(campaign.dir, roster)
  const files = path.join(h.root, 'seed-files')
  mkdirSync(files, { recursive: true })
  let policy: SignedPolicy | null = null
  let n = 0

  /** When `daysAgo` days before the harness clock was. */
  const ago = (daysAgo: number): Date => new Date(h.now().getTime() - daysAgo * DAY)

  async function request(
    staffId: string,
    purpose: Purpose,
    at: Date,
    validDays = 14,
  ): Promise<IssuedRequest> {
    const { result } = await updateRoster(ref, { now: at, unlock }, async (loaded) => {
      const key = await unlock(loaded)
      const resolved = await resolveRequestPolicy(ref.dir, loaded, key, undefined, at)
      policy = resolved.policy
      const r = await issueRequest(ref.dir, resolved.roster, key, {
        staffId,
        purpose,
        policy: resolved.policy,
        validDays,
        now: at,
      })
      return { roster: r.roster, result: r.issued.record }
    })
    return result
  }

  const policyRecord = (): IssuedPolicy => {
    if (policy === null) throw new Error('no policy yet: issue a request first')
    return policy.record
  }

  function write(text: string): string {
    const f = path.join(files, `att-${n++}.json`)
    writeFileSync(f, text)
    return f
  }

  /** A staffer's new laptop: onboarding request, attestation collected `at`, enrolled an hour later. */
  async function onboard(
    staffId: string,
    label: string,
    at: Date,
    statuses: Statuses = {},
    unmet: readonly string[] = [],
  ): Promise<KeyObject> {
    const key = deviceKey()
    const req = await request(staffId, 'onboarding', new Date(at.getTime() - HOUR))
    const file = write(
      attest({
        key,
        staffId,
        label,
        purpose: 'onboarding',
        policy: policyRecord(),
        request: req,
        sequence: 1,
        collectedAt: at,
        statuses,
        practices: practices('onboarding', unmet),
      }),
    )
    await enrollDevice(ref, file, {
      staffId,
      now: new Date(at.getTime() + HOUR),
      unlock,
      confirm: async () => true,
    })
    return key
  }

  /** A routine attestation answering a periodic request, verified an hour later. */
  async function periodic(
    key: KeyObject,
    staffId: string,
    label: string,
    at: Date,
    sequence: number,
    statuses: Statuses = {},
    unmet: readonly string[] = [],
  ): Promise<void> {
    const req = await request(staffId, 'periodic', new Date(at.getTime() - HOUR))
    const file = write(
      attest({
        key,
        staffId,
        label,
        purpose: 'periodic',
        policy: policyRecord(),
        request: req,
        sequence,
        collectedAt: at,
        statuses,
        practices: practices('periodic', unmet),
      }),
    )
    const v = await verifyPaths(ref, [file], { now: new Date(at.getTime() + HOUR), dryRun: false, unlock })
    if (v.rows[0]?.code !== 'ACCEPTED')
      throw new Error(`seed: periodic not accepted: ${JSON.stringify(v.rows[0])}`)
  }

  /** The final attestation answering an offboarding request, then the key marked offboarded. */
  async function offboard(
    key: KeyObject,
    staffId: string,
    label: string,
    at: Date,
    sequence: number,
  ): Promise<void> {
    const req = await request(staffId, 'offboarding', new Date(at.getTime() - HOUR))
    const file = write(
      attest({
        key,
        staffId,
        label,
        purpose: 'offboarding',
        policy: policyRecord(),
        request: req,
        sequence,
        collectedAt: at,
        practices: practices('offboarding', []),
      }),
    )
    await offboardDevice(ref, file, { now: new Date(at.getTime() + HOUR), unlock })
  }

  async function revoke(staffId: string, at: Date): Promise<void> {
    await revokeDevices(ref, staffId, { reason: 'laptop stolen', now: at, unlock })
  }

  return { ago, request, onboard, periodic, offboard, revoke }
}

/**
 * The campaign of the dashboard test, as of the harness clock (re-attestation every 30 days):
 *
 * | staffer | laptop history | counts as |
 * |---|---|---|
 * | alice | onboarded 50 days ago, routine check 40 days ago (pass) | overdue (40 days), last pass |
 * | bob | onboarded 45 days ago, firewall off; Signal and two-factor not confirmed | overdue (45 days), last fail |
 * | frank | onboarded 44 days ago (Signal not confirmed); asked to leave 20 days ago (14 days to answer), no answer | overdue (44); offboarding missing |
 * | carol | onboarded 3 days ago, firewall off; Signal and password manager not confirmed | fail |
 * | dave | onboarded 10 days ago, routine check 2 days ago (pass) | pass |
 * | gina | onboarded 5 days ago, disk encryption not confirmed, two-factor not confirmed; asked to leave yesterday | unknown; offboarding waiting |
 * | henry | onboarded 30 days ago; final attestation yesterday, offboarded | offboarded (not counted) |
 * | ivan | onboarded 8 days ago, laptop revoked 6 days ago | revoked (not counted) |
 * | erin | sent an onboarding request 4 days ago, never answered | never attested |
 */
export async function seedDashboardCampaign(h: Harness, campaign: Campaign): Promise<void> {
  const s = seeder(h, campaign)
  const alice = await s.onboard('alice@campaign.example', 'alice-laptop', s.ago(50))
  await s.onboard('bob@campaign.example', 'bob-laptop', s.ago(45), { firewall: 'fail' }, [
    'signal',
    'two-factor-email',
  ])
  await s.onboard('frank@campaign.example', 'frank-laptop', s.ago(44), {}, ['signal'])
  await s.periodic(alice, 'alice@campaign.example', 'alice-laptop', s.ago(40), 2)
  const henry = await s.onboard('henry@campaign.example', 'henry-laptop', s.ago(30))
  await s.request('frank@campaign.example', 'offboarding', s.ago(20))
  const dave = await s.onboard('dave@campaign.example', 'dave-laptop', s.ago(10))
  await s.onboard('ivan@campaign.example', 'ivan-laptop', s.ago(8))
  await s.revoke('ivan@campaign.example', s.ago(6))
  await s.onboard('gina@campaign.example', 'gina-laptop', s.ago(5), { 'disk-encryption': 'unknown' }, [
    'two-factor-email',
  ])
  await s.request('erin@campaign.example', 'onboarding', s.ago(4))
  await s.onboard('carol@campaign.example', 'carol-laptop', s.ago(3), { firewall: 'fail' }, [
    'password-manager',
    'signal',
  ])
  await s.periodic(dave, 'dave@campaign.example', 'dave-laptop', s.ago(2), 2)
  await s.offboard(henry, 'henry@campaign.example', 'henry-laptop', s.ago(1), 2)
  await s.request('gina@campaign.example', 'offboarding', s.ago(1))
}
