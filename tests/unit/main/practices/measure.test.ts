/**
 * Practice measurements replayed from transcripts on all three platforms
 * (tests/fixtures/practices/<platform>/*.json, each with an `expectPractices` map), checked against
 * their declarations, plus the fail-closed rules as properties.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PLATFORMS, type Platform } from '../../../../shared/check-types'
import { DEFAULT_POLICY } from '../../../../shared/policy'
import { MEASURE_KINDS, type MeasureKind, type MeasurementOutcome } from '../../../../shared/practices'
import { commandMatches, formatProbeTable } from '../../../../main/checks/declarations'
import { runChecks } from '../../../../main/engine/run-checks'
import { declaredMeasureProbes, measurePractices, MEASUREMENTS } from '../../../../main/practices'
import { findMyMacState } from '../../../../main/practices/find-my'
import { expandLocation, PASSWORD_MANAGERS, SIGNAL_DESKTOP } from '../../../../main/practices/locations'
import { parseXmlPlist } from '../../../../main/practices/xml-plist'
import type { Probe, StatOutcome } from '../../../../main/probe/probe'
import {
  parseTranscript,
  RecordingProbe,
  ReplayProbe,
  type Transcript,
} from '../../../../main/probe/transcript'

const FIXTURES = path.resolve(__dirname, '../../../fixtures/practices')

interface Fixture {
  readonly name: string
  readonly transcript: Transcript
  readonly expect: Record<MeasureKind, MeasurementOutcome>
}

function load(): Fixture[] {
  return PLATFORMS.flatMap((platform) =>
    readdirSync(path.join(FIXTURES, platform))
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => {
        const text = readFileSync(path.join(FIXTURES, platform, n), 'utf8')
        const raw = JSON.parse(text) as { expectPractices: Record<MeasureKind, MeasurementOutcome> }
        return { name: `${platform}/${n}`, transcript: parseTranscript(text), expect: raw.expectPractices }
      }),
  )
}

const fixtures = load()

describe('practice measurements replayed from transcripts', () => {
  it('has fixtures for every platform that cover found, not found and unknown for the app kinds', () => {
    for (const platform of PLATFORMS) {
      const mine = fixtures.filter((f) => f.transcript.platform === platform)
      for (const kind of ['signal-desktop', 'password-manager'] as const)
        for (const r of ['found', 'not-found', 'unknown'])
          expect(
            mine.some((f) => f.expect[kind] === r),
            `${platform} ${kind} ${r}`,
          ).toBe(true)
    }
  })

  it.each(fixtures.map((f) => [f.name, f] as const))('%s gives the expected results', async (_n, f) => {
    const got = await measurePractices(new ReplayProbe(f.transcript), MEASURE_KINDS)
    expect(got.map((m) => m.kind)).toEqual([...MEASURE_KINDS])
    for (const m of got) {
      expect(m.result, `${m.kind}: ${m.summary} | ${m.reason ?? ''} | ${m.observed.join('; ')}`).toBe(
        f.expect[m.kind],
      )
      expect(m.summary.length).toBeGreaterThan(0)
      if (m.result === 'unknown' || m.result === 'not-applicable') expect(m.reason, m.kind).toBeTruthy()
      // Display text names locations in their declared form (~, %LOCALAPPDATA%), never the account.
      for (const o of m.observed) expect(o).not.toMatch(/\/Users\/alex|\/home\/sam|Alex Smith/)
    }
  })

  it.each(fixtures.map((f) => [f.name, f] as const))('%s touches only declared probes', async (_n, f) => {
    for (const kind of MEASURE_KINDS) {
      const rec = new RecordingProbe(new ReplayProbe(f.transcript))
      await measurePractices(rec, [kind])
      const seen = rec.transcript()
      const decl = declaredMeasureProbes(kind, f.transcript.platform)
      const allowedPaths = new Set((decl.paths ?? []).map((l) => expandLocation(l, rec)))
      for (const c of seen.commands)
        expect(
          decl.commands.some((d) => commandMatches(c.argv, d)),
          `${kind} ran ${JSON.stringify(c.argv)}`,
        ).toBe(true)
      expect(Object.keys(seen.files), `${kind} read files`).toEqual([])
      for (const p of Object.keys(seen.paths ?? {}))
        expect(allowedPaths.has(p), `${kind} looked at undeclared ${p}`).toBe(true)
    }
  })
})

/** A probe whose stat answers come from a function (property tests). */
function statProbe(platform: Platform, answer: (p: string) => StatOutcome): Probe {
  const env: Record<string, string> = {
    HOME: '/home/u',
    USERPROFILE: 'C:\\Users\\u',
    LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local',
    ProgramFiles: 'C:\\Program Files',
  }
  return {
    platform,
    arch: 'x64',
    replayed: true,
    env: (n) => env[n],
    now: () => new Date(0),
    run: async () => ({ kind: 'error', error: 'ENOENT' }),
    readFile: async () => ({ kind: 'error', error: 'ENOENT' }),
    listDir: async () => ({ kind: 'error', error: 'ENOENT' }),
    stat: async (p) => answer(p),
  }
}

const outcomes: StatOutcome[] = [
  { kind: 'file' },
  { kind: 'directory' },
  { kind: 'other' },
  { kind: 'error', error: 'ENOENT' },
  { kind: 'error', error: 'EACCES' },
  { kind: 'error', error: 'EIO' },
]

describe('presence is fail-closed', () => {
  it.each(
    PLATFORMS.flatMap((p) => [
      [p, 'signal-desktop', SIGNAL_DESKTOP] as const,
      [p, 'password-manager', PASSWORD_MANAGERS] as const,
    ]),
  )(
    '%s %s: found only with a file at a known location; unreadable is unknown, never found',
    async (platform, kind, products) => {
      const locations = products.flatMap((p) => p.locations[platform])
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...outcomes), {
            minLength: locations.length,
            maxLength: locations.length,
          }),
          async (answers) => {
            const byPath = new Map<string, StatOutcome>()
            const probe = statProbe(platform, (p) => byPath.get(p) ?? { kind: 'error', error: 'ENOENT' })
            locations.forEach((l, i) =>
              byPath.set(expandLocation(l, probe) as string, answers[i] as StatOutcome),
            )
            const [m] = await measurePractices(probe, [kind])
            const anyFile = answers.some((a) => a.kind === 'file')
            const anyProblem = answers.some((a) => a.kind === 'error' && a.error !== 'ENOENT')
            expect(m?.result).toBe(anyFile ? 'found' : anyProblem ? 'unknown' : 'not-found')
          },
        ),
        { numRuns: 150 },
      )
    },
  )

  it('a probe that cannot look at paths gives unknown, never not-found', async () => {
    const probe: Probe = {
      ...statProbe('linux', () => ({ kind: 'file' })),
      stat: undefined,
    } as unknown as Probe
    const bare: Probe = {
      platform: 'linux',
      arch: 'x64',
      replayed: true,
      env: probe.env,
      now: probe.now,
      run: probe.run,
      readFile: probe.readFile,
      listDir: probe.listDir,
    }
    const got = await measurePractices(bare, ['signal-desktop', 'password-manager'])
    expect(got.map((m) => m.result)).toEqual(['unknown', 'unknown'])
  })

  it('a measurement that hangs is cut off and reported unknown', async () => {
    const hanging = statProbe('linux', () => ({ kind: 'file' }))
    const slow: Probe = { ...hanging, stat: () => new Promise(() => undefined) }
    const [m] = await measurePractices(slow, ['signal-desktop'], 50)
    expect(m).toMatchObject({ kind: 'signal-desktop', result: 'unknown' })
    expect(m?.reason).toMatch(/No answer within/)
  })
})

describe('Find My Mac from the iCloud services list', () => {
  const doc = (inner: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n${inner}\n</plist>\n`
  const svc = (enabled: string) =>
    doc(`<array><dict><key>Enabled</key>${enabled}<key>Name</key><string>FIND_MY_MAC</string></dict></array>`)

  it.each([
    [svc('<true/>'), 'on'],
    [svc('<integer>1</integer>'), 'on'],
    [svc('<false/>'), 'off'],
    [svc('<integer>0</integer>'), 'off'],
    [svc('<string>maybe</string>'), 'unreadable'],
    [doc('<array><dict><key>Name</key><string>FIND_MY_MAC</string></dict></array>'), 'off'],
    [doc('<array/>'), 'off'],
    [doc('<dict/>'), 'unreadable'],
    ['not xml at all', 'unreadable'],
  ])('%j → %s', (text, state) => {
    expect(findMyMacState(parseXmlPlist(text))).toBe(state)
  })

  it('never reads a cut-short document', () => {
    const full = svc('<true/>')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.length - 12 }), (n) => {
        expect(parseXmlPlist(full.slice(0, n))).toBeNull()
      }),
    )
  })

  it('decodes entities and keeps dictionaries free of prototype keys', () => {
    const v = parseXmlPlist(
      doc('<dict><key>a&amp;b</key><string>&lt;x&gt; &#x41;</string><key>__proto__</key><true/></dict>'),
    )
    expect(v).toEqual(Object.assign(Object.create(null), { 'a&b': '<x> A', ['__proto__']: true }))
    expect(parseXmlPlist(doc('<string>&bogus;</string>'))).toBeNull()
    expect(parseXmlPlist(doc('<foo/>'))).toBeNull()
  })
})

describe('the engine and the probe list', () => {
  const linux = fixtures.find((f) => f.name === 'linux/signal-flatpak-user-bitwarden-snap.json') as Fixture

  it('preflight check reports the practices the policy measures, apart from the verdict', async () => {
    const report = await runChecks({ probe: new ReplayProbe(linux.transcript), policy: DEFAULT_POLICY })
    expect(report.practices?.map((m) => [m.kind, m.result])).toEqual([
      ['signal-desktop', 'found'],
      ['password-manager', 'found'],
      ['find-my', 'not-applicable'],
    ])
    const only = await runChecks({ probe: new ReplayProbe(linux.transcript), only: ['firewall'] })
    expect(only.practices).toBeUndefined()
  })

  it('measures only what the policy asks for', async () => {
    const policy = { ...DEFAULT_POLICY, practices: DEFAULT_POLICY.practices.filter((p) => p.id !== 'signal') }
    const report = await runChecks({ probe: new ReplayProbe(linux.transcript), policy })
    expect(report.practices?.map((m) => m.kind)).toEqual(['password-manager', 'find-my'])
  })

  it('lists every measurement under "practices" in preflight probes, with the paths it looks at', () => {
    for (const platform of PLATFORMS) {
      const table = formatProbeTable(platform)
      expect(table).toMatch(/practices \(measured only when the policy asks/)
      for (const kind of MEASURE_KINDS) expect(table).toContain(`practice ${kind}`)
      for (const l of MEASUREMENTS['signal-desktop'][platform].probes.paths ?? [])
        expect(table).toContain(`look  ${l}`)
    }
    expect(formatProbeTable('darwin')).toContain(
      'run   /usr/bin/plutil -extract Accounts.0.Services xml1 -o - *',
    )
    expect(formatProbeTable('win32')).toContain('%LOCALAPPDATA%\\Programs\\signal-desktop\\Signal.exe')
  })
})
