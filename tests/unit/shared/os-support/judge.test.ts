import { describe, expect, it } from 'vitest'
import { BUNDLED_OS_SUPPORT } from '../../../../shared/os-support/data'
import {
  addDays,
  compareVersions,
  daysSince,
  findMacosCycle,
  findWindowsRelease,
  hasEnded,
  isRequired,
  judgeMacosPatch,
  judgeWindowsPatch,
  lastUbrBeforeEnd,
  positionOutside,
  staleDataReason,
  windowsEditionFamily,
  windowsEnd,
} from '../../../../shared/os-support/judge'
import { osSupportSchema, type MacosCycle, type WindowsRelease } from '../../../../shared/os-support/types'
import { DEFAULT_POLICY, policyFromJson } from '../../../../shared/policy'

const at = (iso: string) => new Date(iso)

describe('day arithmetic', () => {
  it('counts whole UTC days', () => {
    expect(daysSince('2026-11-01', at('2026-11-01T00:00:00Z'))).toBe(0)
    expect(daysSince('2026-11-01', at('2026-11-01T23:59:59Z'))).toBe(0)
    expect(daysSince('2026-11-01', at('2026-11-02T00:00:00Z'))).toBe(1)
    expect(daysSince('2026-11-02', at('2026-11-01T12:00:00Z'))).toBe(-1)
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01')
  })

  it('treats securityEnd as the last supported day', () => {
    expect(hasEnded('2026-10-13', at('2026-10-13T00:00:00Z'))).toBe(false)
    expect(hasEnded('2026-10-13', at('2026-10-13T23:59:59Z'))).toBe(false)
    expect(hasEnded('2026-10-13', at('2026-10-14T00:00:00Z'))).toBe(true)
    expect(hasEnded(null, at('2099-01-01T00:00:00Z'))).toBe(false)
    expect(hasEnded(undefined, at('2099-01-01T00:00:00Z'))).toBe(false)
  })

  it('requires an update only after MORE than the grace period', () => {
    // Published 2026-11-01: exactly 21 days on 2026-11-22 → still in grace; 22 days → required.
    expect(isRequired('2026-11-01', at('2026-11-22T12:00:00Z'), 21)).toBe(false)
    expect(isRequired('2026-11-01', at('2026-11-23T00:00:00Z'), 21)).toBe(true)
    expect(isRequired('2026-11-01', at('2026-11-01T08:00:00Z'), 0)).toBe(false)
    expect(isRequired('2026-11-01', at('2026-11-02T08:00:00Z'), 0)).toBe(true)
  })
})

describe('data age', () => {
  const policy = DEFAULT_POLICY
  it('allows exactly maxDataAgeDays and refuses one more', () => {
    const data = { dataAsOf: '2026-08-22' }
    expect(staleDataReason(data, at(`${addDays('2026-08-22', 120)}T23:00:00Z`), policy)).toBeNull()
    const reason = staleDataReason(data, at(`${addDays('2026-08-22', 121)}T00:00:00Z`), policy)
    expect(reason).toMatch(/121 days old/)
    expect(reason).toMatch(/refreshed policy/)
  })
})

describe('compareVersions', () => {
  it('compares numerically, missing parts as zero', () => {
    expect(compareVersions('15.7.10', '15.7.9')).toBe(1)
    expect(compareVersions('15.7', '15.7.0')).toBe(0)
    expect(compareVersions('14.8.9', '15.0')).toBe(-1)
    expect(compareVersions('26.0.1', '26.0')).toBe(1)
  })
})

const cycle: MacosCycle = {
  major: 15,
  name: 'Sequoia',
  released: '2024-09-16',
  securityEnd: null,
  releases: [
    { version: '15.7.2', date: '2026-10-01' },
    { version: '15.7.3', date: '2026-11-01' },
  ],
}

describe('judgeMacosPatch', () => {
  it('requires the newest release older than the grace period (boundary at 21 days)', () => {
    // On 2026-11-22 15.7.3 is exactly 21 days old: 15.7.2 is required, 15.7.3 is not yet.
    expect(judgeMacosPatch(cycle, '15.7.2', at('2026-11-22T10:00:00Z'), 21).kind).toBe('current')
    const behind = judgeMacosPatch(cycle, '15.7.2', at('2026-11-23T10:00:00Z'), 21)
    expect(behind.kind).toBe('behind')
    if (behind.kind === 'behind') expect(behind.required.version).toBe('15.7.3')
    expect(judgeMacosPatch(cycle, '15.7.1', at('2026-11-22T10:00:00Z'), 21).kind).toBe('behind')
  })

  it('accepts a version newer than anything listed', () => {
    expect(judgeMacosPatch(cycle, '15.7.10', at('2026-12-31T00:00:00Z'), 21).kind).toBe('current')
  })

  it('passes when no release is old enough yet, and has no data for an empty list', () => {
    expect(judgeMacosPatch(cycle, '15.7.2', at('2026-10-05T00:00:00Z'), 21)).toMatchObject({
      kind: 'current',
      required: null,
    })
    expect(judgeMacosPatch({ ...cycle, releases: [] }, '15.7.2', at('2026-10-05T00:00:00Z'), 21).kind).toBe(
      'no-data',
    )
  })
})

describe('Windows judging helpers', () => {
  const rel: WindowsRelease = {
    product: 'Windows 10',
    build: 19045,
    version: '22H2',
    released: '2022-10-18',
    endHomePro: '2025-10-14',
    endEnterprise: '2025-10-14',
    esuEndHomePro: '2026-10-13',
    updates: [
      { ubr: 6456, date: '2025-10-14' },
      { ubr: 6575, date: '2025-11-11' },
      { ubr: 6332, date: '2025-09-09' },
    ],
  }

  it('orders by UBR, not by list order', () => {
    const j = judgeWindowsPatch(rel, 6456, at('2025-12-31T00:00:00Z'), 21)
    expect(j.kind).toBe('behind')
    if (j.kind === 'behind') expect(j.required.ubr).toBe(6575)
    expect(judgeWindowsPatch(rel, 6575, at('2025-12-31T00:00:00Z'), 21).kind).toBe('current')
  })

  it('finds the last update before the end of servicing (ESU evidence threshold)', () => {
    expect(lastUbrBeforeEnd(rel, '2025-10-14')).toBe(6456)
    expect(lastUbrBeforeEnd(rel, '2020-01-01')).toBeNull()
  })

  it('maps EditionID to a servicing family, unknown editions to null', () => {
    expect(windowsEditionFamily('Core')).toBe('home-pro')
    expect(windowsEditionFamily('CoreSingleLanguage')).toBe('home-pro')
    expect(windowsEditionFamily('ProfessionalWorkstation')).toBe('home-pro')
    expect(windowsEditionFamily('Education')).toBe('enterprise')
    expect(windowsEditionFamily('EnterpriseS')).toBe('ltsc')
    expect(windowsEditionFamily('ServerStandard')).toBeNull()
    expect(windowsEnd(rel, 'ltsc')).toBeUndefined()
  })

  it('places builds outside the table', () => {
    expect(positionOutside(30000, [19045, 26100])).toBe('newer')
    expect(positionOutside(10240, [19045, 26100])).toBe('older')
    expect(positionOutside(26120, [19045, 26100, 26200])).toBe('between')
  })
})

describe('bundled data', () => {
  it('validates against the schema a CISO override must satisfy', () => {
    expect(osSupportSchema.safeParse(BUNDLED_OS_SUPPORT).success).toBe(true)
  })

  it('is internally consistent', () => {
    const d = BUNDLED_OS_SUPPORT
    for (const c of d.macos) {
      for (const r of c.releases) {
        expect(r.version.split('.')[0], `${c.major}: ${r.version}`).toBe(String(c.major))
        expect(r.date >= c.released || r.version === `${c.major}.0`, `${r.version}`).toBe(true)
      }
    }
    for (const w of d.windows) {
      expect(w.product === 'Windows 11', `${w.build}`).toBe(w.build >= 22000)
      const ubrs = [...w.updates].sort((a, b) => a.date.localeCompare(b.date)).map((u) => u.ubr)
      expect(ubrs, `${w.build} UBR grows with the date`).toEqual([...ubrs].sort((a, b) => a - b))
      expect(new Set(ubrs).size).toBe(ubrs.length)
    }
    for (const c of d.linux) if (c.securityEnd !== null) expect(c.securityEnd > c.released).toBe(true)
    // No entry claims knowledge newer than a few weeks after dataAsOf (projections are flagged).
    for (const w of d.windows) for (const u of w.updates) expect(u.date <= d.dataAsOf).toBe(true)
    for (const c of d.macos) for (const r of c.releases) expect(r.date <= d.dataAsOf).toBe(true)
  })

  it('knows the cycles the project promises to judge', () => {
    for (const m of [12, 13, 14, 15, 26]) expect(findMacosCycle(BUNDLED_OS_SUPPORT, m)).toBeDefined()
    for (const b of [19045, 22631, 26100, 26200])
      expect(findWindowsRelease(BUNDLED_OS_SUPPORT, b)).toBeDefined()
    // 24H2 and 25H2 share a servicing branch: identical UBR lists.
    expect(findWindowsRelease(BUNDLED_OS_SUPPORT, 26100)?.updates).toEqual(
      findWindowsRelease(BUNDLED_OS_SUPPORT, 26200)?.updates,
    )
  })

  it('can be replaced by a policy override using the optional fields', () => {
    const policy = policyFromJson({
      osSupport: {
        ...BUNDLED_OS_SUPPORT,
        dataAsOf: '2026-11-20',
        windows: [{ ...BUNDLED_OS_SUPPORT.windows[0], esuEndHomePro: '2028-10-10', projected: true }],
      },
    })
    expect(policy.osSupport?.dataAsOf).toBe('2026-11-20')
    expect(() => policyFromJson({ osSupport: { ...BUNDLED_OS_SUPPORT, extra: 1 } })).toThrow()
  })
})
