/**
 * The policy editor's draft helpers: the ranges the form shows are the schema's, and every edit keeps
 * a file the CLI's schema accepts (or leaves a mistyped number for main to name).
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, mergePolicy, policyFileSchema, type PolicyFile } from '../../../shared/policy'
import { policyToFile } from '../../../main/ciso/policy-editor'
import {
  addLookalike,
  addOfficial,
  addPractice,
  draftOf,
  draftText,
  levelsOf,
  NUMBER_FIELDS,
  problemsAt,
  problemsByPath,
  removePractice,
  setCheckLevel,
  setNumber,
  setPracticeEvidence,
  setPracticePurpose,
  type Draft,
} from '../../../renderer/features/policy/policy-draft'

const base = (): Draft => draftOf(policyToFile(DEFAULT_POLICY))
const valid = (d: Draft) => policyFileSchema.safeParse(JSON.parse(draftText(d)) as unknown)

describe('policy draft', () => {
  it('shows exactly the ranges the policy schema accepts', () => {
    for (const spec of NUMBER_FIELDS) {
      const at = (n: number) => valid(setNumber(base(), spec.field, String(n))).success
      expect(at(spec.min), `${spec.field} ${spec.min}`).toBe(true)
      expect(at(spec.max), `${spec.field} ${spec.max}`).toBe(true)
      expect(at(spec.min - 1), `${spec.field} ${spec.min - 1}`).toBe(false)
      expect(at(spec.max + 1), `${spec.field} ${spec.max + 1}`).toBe(false)
    }
  })

  it('keeps a mistyped number as typed, for main to name the field', () => {
    const d = setNumber(base(), 'screenLock.maxIdlePlusGraceSeconds', '')
    const r = valid(d)
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path).toEqual(['screenLock', 'maxIdlePlusGraceSeconds'])
    expect(setNumber(base(), 'osVersion.patchGraceDays', ' 14 ').osVersion?.patchGraceDays).toBe(14)
  })

  it('sets a check level per platform, one level when all three agree', () => {
    let d = setCheckLevel(base(), 'firewall', 'linux', 'off')
    expect(d.checks?.firewall).toEqual({ darwin: 'required', win32: 'required', linux: 'off' })
    expect(mergePolicy(JSON.parse(draftText(d)) as PolicyFile).checks.firewall.linux).toBe('off')
    d = setCheckLevel(d, 'firewall', 'linux', 'required')
    expect(d.checks?.firewall).toBe('required')
    expect(levelsOf(d, 'malware-protection')).toEqual({ darwin: 'required', win32: 'required', linux: 'off' })
    expect(valid(d).success).toBe(true)
  })

  it('adds a practice with its English words, edits it and removes it with its words', () => {
    const { draft, id } = addPractice(base(), {
      title: 'I use the campaign VPN on public Wi-Fi',
      why: 'Public Wi-Fi can be watched.',
      steps: 'Open the VPN app.\n\nConnect before you browse.',
      level: 'required',
      purposes: ['periodic'],
      evidence: 'declared',
    })
    expect(id).toBe('i-use-the-campaign-vpn-on-public-wi-fi')
    expect(valid(draft).success).toBe(true)
    const policy = mergePolicy(JSON.parse(draftText(draft)) as PolicyFile)
    const vpn = policy.practices.find((p) => p.id === id)
    expect(vpn).toMatchObject({ level: 'required', purposes: ['periodic'], evidence: 'declared' })
    expect(policy.catalogue['en']?.[`practice.${id}.how`]).toBe(
      'Open the VPN app.\nConnect before you browse.',
    )
    const edited = setPracticeEvidence(
      setPracticePurpose(draft, id, 'onboarding', true),
      id,
      'password-manager',
    )
    expect(edited.practices?.find((p) => p.id === id)).toMatchObject({
      purposes: ['onboarding', 'periodic'],
      evidence: { measured: 'password-manager' },
    })
    const removed = removePractice(edited, id)
    expect(removed.practices?.some((p) => p.id === id)).toBe(false)
    expect(Object.keys(removed.catalogue?.['en'] ?? {}).some((k) => k.includes(id))).toBe(false)
    expect(valid(removed).success).toBe(true)
    // A second practice with the same title gets its own id.
    expect(
      addPractice(draft, {
        title: 'I use the campaign VPN on public Wi-Fi',
        why: 'x',
        steps: '',
        level: 'recommended',
        purposes: ['periodic'],
        evidence: 'declared',
      }).id,
    ).toBe(`${id}-2`)
  })

  it('adds addresses lower-cased; main names a bad one by its index', () => {
    const d = addLookalike(addOfficial(base(), ' Rivera2026.ORG ', 'donation'), 'https://bad.example/')
    expect(d.domains?.official).toEqual([{ domain: 'rivera2026.org', use: 'donation' }])
    const r = valid(d)
    expect(r.success).toBe(false)
    const map = problemsByPath(
      (r.error?.issues ?? []).map((i) => ({ path: i.path as (string | number)[], message: i.message })),
    )
    expect(problemsAt(map, 'domains.lookalikes.0')).toHaveLength(1)
    expect(problemsAt(map, 'domains.official.0')).toHaveLength(0)
  })
})
