import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUNDLED_BROWSER_RELEASES } from '../../../../shared/browser-releases/data'
import {
  compareVersionParts,
  compareVersionText,
  daysSince,
  effectiveBrowserReleases,
  findTrack,
  judgeVersion,
  knownThrough,
  parseVersionParts,
  type JudgeOptions,
} from '../../../../shared/browser-releases/judge'
import {
  browserReleasesSchema,
  type BrowserRelease,
  type BrowserReleasesData,
} from '../../../../shared/browser-releases/types'
import { DEFAULT_POLICY, PolicyError, policyFromJson } from '../../../../shared/policy'

const at = (iso: string) => new Date(iso)
const v = (s: string) => parseVersionParts(s) as number[]

const RELEASES: BrowserRelease[] = [
  { version: '150.0.1', date: '2026-10-01' },
  { version: '151.0', date: '2026-10-15' },
  { version: '151.0.2', date: '2026-10-22', projected: true },
  { version: '152.0', date: '2026-11-05' },
  { version: '153.0', date: '2026-12-20' }, // after every `now` below: never counts
]
const opts = (now: string, extra: Partial<JudgeOptions> = {}): JudgeOptions => ({
  now: at(now),
  graceDays: 21,
  maxDataAgeDays: 60,
  knownThrough: '2026-11-10',
  lineParts: 1,
  ...extra,
})

describe('versions', () => {
  it('parses 1-4 whole numbers and nothing else', () => {
    expect(parseVersionParts('158.0.8127.37')).toEqual([158, 0, 8127, 37])
    expect(parseVersionParts('158')).toEqual([158])
    for (const bad of ['', '158.', '.1', '158.0.1.2.3', '160.0b3', '153.2.0esr', 'v1', '1..2', ' 1'])
      expect(parseVersionParts(bad), bad).toBeNull()
  })
  it('compares with missing parts as 0 (a short version is the first build of its line)', () => {
    expect(compareVersionParts(v('158'), v('158.0.0.0'))).toBe(0)
    expect(compareVersionParts(v('158.0.8127.1'), v('158.0.8127'))).toBe(1)
    expect(compareVersionText('151.0.10', '151.0.9')).toBe(1)
  })
})

describe('judgeVersion', () => {
  it('is current at or above the newest published release', () => {
    const j = judgeVersion(v('152.0'), RELEASES, opts('2026-11-10T12:00:00Z'))
    expect(j).toMatchObject({ kind: 'current', pending: null, newest: { version: '152.0' } })
  })

  it('behind only after MORE than graceDays since the first newer release', () => {
    // 151.0 is outdated by 151.0.2 (2026-10-22, projected). 21 days later: still in grace.
    expect(judgeVersion(v('151.0'), RELEASES, opts('2026-11-12T23:00:00Z')).kind).toBe('current')
    const late = judgeVersion(v('151.0'), RELEASES, opts('2026-11-13T00:00:00Z'))
    expect(late).toMatchObject({
      kind: 'behind',
      days: 22,
      outdatedBy: { version: '151.0.2', projected: true },
    })
  })

  it('uses the EARLIEST newer release, not the newest', () => {
    const j = judgeVersion(v('150.0.1'), RELEASES, opts('2026-11-10T00:00:00Z'))
    expect(j).toMatchObject({
      kind: 'behind',
      outdatedBy: { version: '151.0' },
      newest: { version: '152.0' },
    })
  })

  it('reports a pending update inside the grace period', () => {
    const j = judgeVersion(v('151.0.2'), RELEASES, opts('2026-11-10T00:00:00Z'))
    expect(j).toMatchObject({ kind: 'current', pending: { version: '152.0' } })
  })

  it('ignores entries dated after today', () => {
    const j = judgeVersion(v('152.0'), RELEASES, opts('2026-12-19T00:00:00Z', { knownThrough: '2026-12-01' }))
    expect(j).toMatchObject({ kind: 'current', newest: { version: '152.0' } })
  })

  it('a version of a newer line than the data is unknown, a newer build of a known line is current', () => {
    expect(judgeVersion(v('153.0.1'), RELEASES, opts('2026-11-10T00:00:00Z')).kind).toBe('newer-than-data')
    expect(judgeVersion(v('152.0.9'), RELEASES, opts('2026-11-10T00:00:00Z')).kind).toBe('current')
    // Brave: the line is two parts (1.93); 1.94.x over a table that ends at 1.93 is newer than the data.
    const brave = [{ version: '1.93.138', date: '2026-08-21' }]
    expect(judgeVersion(v('1.94.10'), brave, opts('2026-08-25T00:00:00Z', { lineParts: 2 })).kind).toBe(
      'newer-than-data',
    )
    expect(judgeVersion(v('1.93.140'), brave, opts('2026-08-25T00:00:00Z', { lineParts: 2 })).kind).toBe(
      'current',
    )
  })

  it('stale data: exactly maxDataAgeDays still judges, one more day is unknown; behind stays fail', () => {
    const ok = judgeVersion(
      v('152.0'),
      RELEASES,
      opts('2027-01-09T12:00:00Z', { knownThrough: '2026-11-10' }),
    )
    expect(ok.kind).toBe('current') // 60 days
    const stale = judgeVersion(
      v('152.0'),
      RELEASES,
      opts('2027-01-10T00:00:00Z', { knownThrough: '2026-11-10' }),
    )
    expect(stale).toMatchObject({ kind: 'stale', age: 61, knownThrough: '2026-11-10' })
    expect(judgeVersion(v('150.0.1'), RELEASES, opts('2027-06-01T00:00:00Z')).kind).toBe('behind')
  })

  it('an ended track fails whatever the version; its last day still counts', () => {
    const end = { date: '2026-11-10', projected: true }
    expect(judgeVersion(v('152.0'), RELEASES, opts('2026-11-10T23:59:00Z', { end })).kind).toBe('current')
    expect(judgeVersion(v('152.0'), RELEASES, opts('2026-11-11T00:00:00Z', { end }))).toEqual({
      kind: 'ended',
      end: '2026-11-10',
      projected: true,
    })
  })

  it('no published release → no-data', () => {
    expect(judgeVersion(v('1.0'), [], opts('2026-11-10T00:00:00Z')).kind).toBe('no-data')
    expect(
      judgeVersion(v('1.0'), [{ version: '2.0', date: '2030-01-01' }], opts('2026-11-10T00:00:00Z')).kind,
    ).toBe('no-data')
  })

  it('property: the verdict agrees with a direct model of the rule', () => {
    const release = fc.record({
      version: fc
        .array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 4 })
        .map((p) => p.join('.')),
      date: fc
        .integer({ min: 0, max: 200 })
        .map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
    })
    fc.assert(
      fc.property(
        fc.array(release, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 240 }),
        fc.integer({ min: 0, max: 40 }),
        (releases, installed, nowDay, grace) => {
          const now = new Date(Date.UTC(2026, 0, 1) + nowDay * 86_400_000 + 3_600_000)
          const j = judgeVersion(installed, releases, {
            now,
            graceDays: grace,
            maxDataAgeDays: 10_000,
            knownThrough: '2026-01-01',
            lineParts: 4,
          })
          const today = now.toISOString().slice(0, 10)
          const published = releases.filter((r) => r.date <= today)
          if (published.length === 0) return j.kind === 'no-data'
          const newer = published.filter((r) => compareVersionParts(v(r.version), installed) > 0)
          const overdue = newer.some((r) => daysSince(r.date, now) > grace)
          if (overdue) return j.kind === 'behind'
          return j.kind === 'current' || j.kind === 'newer-than-data'
        },
      ),
    )
  })
})

describe('findTrack', () => {
  const tracks = BUNDLED_BROWSER_RELEASES.firefoxEsr
  it('finds a branch, or says newer / older-ended / unlisted', () => {
    const now = at('2026-12-02T00:00:00Z')
    expect(findTrack(tracks, 153, now)).toMatchObject({ kind: 'track', track: { major: 153 } })
    expect(findTrack(tracks, 166, now).kind).toBe('newer')
    expect(findTrack(tracks, 102, now).kind).toBe('unlisted') // the oldest listed (115) has not ended
    const safari = BUNDLED_BROWSER_RELEASES.safari
    expect(findTrack(safari, 12, now)).toMatchObject({ kind: 'older-ended', oldest: { major: 13 } })
    expect(findTrack(safari, 28, now).kind).toBe('newer')
  })
})

describe('the bundled table', () => {
  const data = BUNDLED_BROWSER_RELEASES
  const channels = [data.chrome, data.edge, data.firefox, data.brave]
  const allLists: { name: string; knownThrough: string; releases: readonly BrowserRelease[] }[] = [
    ...(['chrome', 'edge', 'firefox', 'brave'] as const).map((name) => ({
      name,
      knownThrough: knownThrough(data, data[name].knownThrough),
      releases: data[name].releases,
    })),
    ...data.firefoxEsr.tracks.map((t) => ({
      name: `esr ${t.major}`,
      knownThrough: knownThrough(data, data.firefoxEsr.knownThrough),
      releases: t.releases,
    })),
    ...data.safari.tracks.map((t) => ({
      name: `safari ${t.major}`,
      knownThrough: knownThrough(data, data.safari.knownThrough),
      releases: t.releases,
    })),
  ]

  it('validates against its own schema (the one a CISO override must pass)', () => {
    expect(browserReleasesSchema.safeParse(data).success).toBe(true)
  })

  it('dates no entry after dataAsOf, and every entry after knownThrough is a projection', () => {
    for (const list of allLists)
      for (const r of list.releases) {
        expect(r.date <= data.dataAsOf, `${list.name} ${r.version}`).toBe(true)
        if (r.date > list.knownThrough) expect(r.projected, `${list.name} ${r.version} ${r.date}`).toBe(true)
      }
    for (const c of channels) expect((c.knownThrough ?? data.dataAsOf) <= data.dataAsOf).toBe(true)
  })

  it('lists releases in version order with non-decreasing dates', () => {
    for (const list of allLists) {
      const sorted = [...list.releases].sort((a, b) => compareVersionText(a.version, b.version))
      for (let i = 1; i < sorted.length; i++)
        expect((sorted[i] as BrowserRelease).date >= (sorted[i - 1] as BrowserRelease).date, list.name).toBe(
          true,
        )
    }
  })

  it('has the ESR branches with end dates and Safari for every macOS the OS table supports', () => {
    expect(data.firefoxEsr.tracks.map((t) => t.major).sort()).toEqual([115, 128, 140, 153])
    expect(data.firefoxEsr.tracks.find((t) => t.major === 140)?.end).toBe('2026-09-29')
    expect(data.safari.tracks.map((t) => t.major)).toEqual(expect.arrayContaining([14, 15, 26, 27]))
  })
})

describe('policy: browserUpdates and browserReleases', () => {
  it('defaults: 21-day grace, 60-day data age, recommended everywhere', () => {
    expect(DEFAULT_POLICY.browserUpdates).toEqual({ graceDays: 21, maxDataAgeDays: 60 })
    expect(DEFAULT_POLICY.checks['browser-updates']).toEqual({
      darwin: 'recommended',
      win32: 'recommended',
      linux: 'recommended',
    })
  })

  it('merges partial settings and rejects unknown keys and bad values', () => {
    expect(policyFromJson({ browserUpdates: { graceDays: 7 } }).browserUpdates).toEqual({
      graceDays: 7,
      maxDataAgeDays: 60,
    })
    expect(() => policyFromJson({ browserUpdates: { graceDay: 7 } })).toThrow(PolicyError)
    expect(() => policyFromJson({ browserUpdates: { graceDays: -1 } })).toThrow(PolicyError)
    expect(() => policyFromJson({ browserUpdates: { maxDataAgeDays: 0 } })).toThrow(PolicyError)
  })

  it('accepts a complete override table and rejects a malformed one', () => {
    const newer: BrowserReleasesData = { ...BUNDLED_BROWSER_RELEASES, dataAsOf: '2027-01-15' }
    expect(policyFromJson({ browserReleases: newer }).browserReleases?.dataAsOf).toBe('2027-01-15')
    const bad = JSON.parse(JSON.stringify(newer)) as Record<string, unknown>
    ;(bad['chrome'] as { releases: unknown[] }).releases.push({ version: '160.0b1', date: '2027-01-10' })
    expect(() => policyFromJson({ browserReleases: bad })).toThrow(/browserReleases\.chrome\.releases/)
    expect(() => policyFromJson({ browserReleases: { ...newer, opera: {} } })).toThrow(PolicyError)
  })

  it('a newer (or equally new) override wins; an older one is ignored', () => {
    const newer = { ...BUNDLED_BROWSER_RELEASES, dataAsOf: '2027-01-15' }
    const older = { ...BUNDLED_BROWSER_RELEASES, dataAsOf: '2026-10-01' }
    expect(effectiveBrowserReleases(BUNDLED_BROWSER_RELEASES, { browserReleases: newer })).toBe(newer)
    expect(effectiveBrowserReleases(BUNDLED_BROWSER_RELEASES, { browserReleases: older })).toBe(
      BUNDLED_BROWSER_RELEASES,
    )
    expect(effectiveBrowserReleases(BUNDLED_BROWSER_RELEASES, {})).toBe(BUNDLED_BROWSER_RELEASES)
  })

  it('knownThrough never exceeds dataAsOf', () => {
    expect(knownThrough({ ...BUNDLED_BROWSER_RELEASES, dataAsOf: '2026-10-01' }, '2026-11-18')).toBe(
      '2026-10-01',
    )
    expect(knownThrough(BUNDLED_BROWSER_RELEASES, undefined)).toBe(BUNDLED_BROWSER_RELEASES.dataAsOf)
  })
})
