/**
 * The CISO side of the campaign practices: the verifier judges an attestation's practices against
 * the required practices of the issued policy for its purpose (never the file's levels or result),
 * records the judgement in the roster, and the roster shows who has not confirmed which practice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { requiredPracticesByPurpose, type AttestedPractice } from '../../../../shared/practices'
import { DEFAULT_POLICY } from '../../../../shared/policy'
import type { Roster } from '../../../../shared/roster-types'
import { rosterRows } from '../../../../main/ciso/operations'
import { validateRoster } from '../../../../main/ciso/roster-schema'
import { prepareFile, VerifySession } from '../../../../main/ciso/verify'
import { attest, deviceKey, makeCampaign, T0, type AttestOptions, type TestCampaign } from './helpers'

const NOW = new Date(T0.getTime() + 3_600_000)
const alice = deviceKey()
let c: TestCampaign

beforeEach(async () => {
  c = await makeCampaign()
  await c.enroll(alice, 'alice@campaign.example', 'laptop-1')
})
afterEach(() => c.cleanup())

const required = requiredPracticesByPurpose(DEFAULT_POLICY.practices)

/** Answers for every routine practice of the default set: all met, then overridden. */
function answers(over: Record<string, Partial<AttestedPractice>> = {}): AttestedPractice[] {
  return DEFAULT_POLICY.practices
    .filter((p) => p.purposes.includes('periodic'))
    .map((p) => ({
      id: p.id,
      level: p.level,
      ...(p.evidence === 'declared'
        ? { evidence: 'declared' as const, result: 'confirmed' as const }
        : { evidence: 'measured' as const, result: 'found' as const }),
      ...over[p.id],
    }))
}

function verify(roster: Roster, over: Partial<AttestOptions>) {
  const text = attest({
    key: alice,
    staffId: 'alice@campaign.example',
    policy: c.policy,
    request: null,
    sequence: 1,
    ...over,
  })
  const session = new VerifySession(roster, NOW)
  const row = session.verify(prepareFile('a.json', Buffer.from(text))).row
  return { row, session }
}

describe('practices judged by the verifier', () => {
  it('records the required practices of each purpose when a policy is signed', () => {
    expect(c.policy.requiredPractices).toEqual(required)
    expect(c.policy.requiredPractices?.periodic).toContain('two-factor-email')
    expect(c.policy.requiredPractices?.periodic).not.toContain('find-my')
    expect(c.policy.requiredPractices?.offboarding).toEqual([
      'accounts-signed-out',
      'files-deleted',
      'devices-returned',
    ])
  })

  it('pass when every required practice is found or confirmed; recorded in the roster', async () => {
    const { row, session } = verify(await c.roster(), {
      practices: answers({ 'find-my': { evidence: 'measured', result: 'not-found' } }),
    })
    expect(row.code).toBe('ACCEPTED')
    // A recommended practice not followed does not count.
    expect(row.practices).toEqual({ result: 'pass', unmet: [] })
    const roster = session.toRoster()
    const device = roster.devices.find((d) => d.staffId === 'alice@campaign.example')
    expect(device?.lastAttestation?.practices).toEqual({ result: 'pass', unmet: [] })
    expect(roster.attestations.at(-1)?.practices).toEqual({ result: 'pass', unmet: [] })
    expect(() => validateRoster(JSON.parse(JSON.stringify(roster)))).not.toThrow()
  })

  it('incomplete with the ones not confirmed; fail when a required app was not found', async () => {
    const roster = await c.roster()
    const open = verify(roster, {
      practices: answers({
        'laptop-password': { result: 'not-confirmed' },
        'two-factor-email': { result: 'not-confirmed' },
        'password-manager': { evidence: 'declared', result: 'confirmed', measured: 'not-found' },
      }),
    })
    expect(open.row.practices).toEqual({
      result: 'incomplete',
      unmet: ['two-factor-email', 'laptop-password'],
    })
    const missing = verify(roster, {
      practices: answers({ signal: { result: 'not-found' }, 'check-addresses': { result: 'not-confirmed' } }),
    })
    expect(missing.row.practices).toEqual({ result: 'fail', unmet: ['signal', 'check-addresses'] })
    // The machine posture is judged apart and is unaffected.
    expect(missing.row.result).toBe('pass')
  })

  it("judges against the policy, not the file: lowered levels and the file's own result do not count", async () => {
    const lowered = answers({
      'two-factor-email': { level: 'recommended', result: 'not-confirmed' },
    })
    const { row } = verify(await c.roster(), { practices: lowered })
    expect(row.practices).toEqual({ result: 'incomplete', unmet: ['two-factor-email'] })
  })

  it('a file without practices (an older app) leaves every required practice unmet', async () => {
    const { row } = verify(await c.roster(), {})
    expect(row.practices).toEqual({ result: 'incomplete', unmet: required.periodic })
  })

  it('a measurement replayed from a transcript is not evidence that an app is installed', async () => {
    const { row } = verify(await c.roster(), { practices: answers(), replayed: true })
    expect(row.practices).toEqual({ result: 'incomplete', unmet: ['signal', 'password-manager'] })
  })

  it('judges an offboarding file against the leaving practices', async () => {
    const req = await c.request('alice@campaign.example', 'offboarding')
    const leaving: AttestedPractice[] = [
      { id: 'accounts-signed-out', level: 'required', evidence: 'declared', result: 'confirmed' },
      { id: 'files-deleted', level: 'required', evidence: 'declared', result: 'confirmed' },
      { id: 'devices-returned', level: 'required', evidence: 'declared', result: 'confirmed' },
    ]
    const { row } = verify(await c.roster(), { purpose: 'offboarding', request: req, practices: leaving })
    expect(row.code).toBe('ACCEPTED')
    expect(row.practices).toEqual({ result: 'pass', unmet: [] })
  })

  it('does not judge practices under a policy issued before they were recorded', async () => {
    const roster = await c.roster()
    const { requiredPractices: _gone, ...old } = c.policy
    const oldRoster: Roster = {
      ...roster,
      policies: roster.policies.map((p) => (p.digest === old.digest ? old : p)),
    }
    const { row, session } = verify(oldRoster, { practices: answers() })
    expect(row.code).toBe('ACCEPTED')
    expect(row.practices).toBeUndefined()
    const after = session.toRoster()
    expect(after.devices[0]?.lastAttestation).not.toHaveProperty('practices')
    expect(rosterRows(after, NOW, 30)[0]?.practices).toBeNull()
  })

  it('shows in the roster who has not confirmed which required practice', async () => {
    const { session } = verify(await c.roster(), {
      practices: answers({ 'report-lost-device': { result: 'not-confirmed' } }),
    })
    const [row] = rosterRows(session.toRoster(), NOW, 30)
    expect(row).toMatchObject({
      staffId: 'alice@campaign.example',
      practices: { result: 'incomplete', unmet: ['report-lost-device'] },
    })
  })
})

describe('the roster schema and practices', () => {
  it('accepts records with and without practices, and refuses a malformed judgement', async () => {
    const { session } = verify(await c.roster(), { practices: answers() })
    const roster = JSON.parse(JSON.stringify(session.toRoster())) as Roster & Record<string, unknown>
    expect(() => validateRoster(roster)).not.toThrow()
    const bad = (mutate: (r: Record<string, unknown>) => void, re: RegExp) => {
      const copy = JSON.parse(JSON.stringify(roster)) as Record<string, unknown>
      mutate(copy)
      expect(() => validateRoster(copy)).toThrow(re)
    }
    bad((r) => {
      ;(r['attestations'] as unknown as { practices: { result: string } }[])[0]!.practices.result = 'great'
    }, /attestations\.0\.practices\.result/)
    bad((r) => {
      ;(
        r['devices'] as { lastAttestation: { practices: Record<string, unknown> } }[]
      )[0]!.lastAttestation.practices['note'] = 'x'
    }, /devices\.0\.lastAttestation\.practices\.note: is not a known field/)
    bad((r) => {
      ;(r['policies'] as unknown as { requiredPractices: Record<string, unknown> }[])[0]!.requiredPractices[
        'daily'
      ] = []
    }, /policies\.0\.requiredPractices\.daily/)
    bad((r) => {
      ;(r['policies'] as unknown as { requiredPractices: Record<string, unknown> }[])[0]!.requiredPractices[
        'periodic'
      ] = 'x'
    }, /policies\.0\.requiredPractices\.periodic/)
    // Still strict about unknown fields elsewhere, and about missing required ones.
    bad((r) => {
      ;(r['policies'] as unknown as Record<string, unknown>[])[0]!['practices'] = []
    }, /policies\.0\.practices: is not a known field/)
    bad((r) => {
      delete (r['policies'] as unknown as Record<string, unknown>[])[0]!['accepted']
    }, /policies\.0\.accepted: is missing/)
  })
})
