import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUNDLED_OS_SUPPORT } from '../../../../../shared/os-support/data'
import { compareVersions } from '../../../../../shared/os-support/judge'
import { DEFAULT_POLICY } from '../../../../../shared/policy'
import type { Platform } from '../../../../../shared/check-types'
import { createHostFacts } from '../../../../../main/checks/host-facts'
import { osVersionCheck } from '../../../../../main/checks/os-version'
import { identifyOs } from '../../../../../main/checks/os-version/identify'
import type { CheckContext } from '../../../../../main/checks/types'
import { ReplayProbe, type Transcript, type TranscriptCommand } from '../../../../../main/probe/transcript'

const NOW = '2026-11-24T10:00:00Z'
const REG_ARGV = ['reg.exe', 'query', 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion']

function ctxFor(
  platform: Platform,
  commands: TranscriptCommand[],
  files: Transcript['files'] = {},
  now = NOW,
): CheckContext {
  const probe = new ReplayProbe({
    format: 'preflight-transcript/v1',
    platform,
    arch: 'x64',
    now,
    env: {},
    commands,
    files,
  })
  return {
    platform,
    probe,
    policy: DEFAULT_POLICY,
    osSupport: BUNDLED_OS_SUPPORT,
    now: new Date(now),
    facts: createHostFacts(probe, platform),
  }
}

const swVers = (stdout: string): TranscriptCommand => ({
  argv: ['/usr/bin/sw_vers'],
  stdout,
  stderr: '',
  exitCode: 0,
})
const reg = (lines: string[]): TranscriptCommand => ({
  argv: REG_ARGV,
  stdout: ['', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion', ...lines, ''].join(
    '\r\n',
  ),
  stderr: '',
  exitCode: 0,
})

describe('identifyOs', () => {
  it('macOS', async () => {
    const ctx = ctxFor('darwin', [
      swVers('ProductName:\t\tmacOS\nProductVersion:\t\t15.3.1\nBuildVersion:\t\t24D70\n'),
    ])
    expect(await identifyOs(ctx)).toEqual({
      platform: 'darwin',
      name: 'macOS',
      version: '15.3.1',
      build: '24D70',
    })
  })

  it('Windows 11 Pro (ProductName says Windows 10)', async () => {
    const ctx = ctxFor('win32', [
      reg([
        '    CurrentBuild    REG_SZ    26100',
        '    DisplayVersion    REG_SZ    24H2',
        '    EditionID    REG_SZ    Professional',
        '    ProductName    REG_SZ    Windows 10 Pro',
        '    UBR    REG_DWORD    0x1af3',
      ]),
    ])
    expect(await identifyOs(ctx)).toEqual({
      platform: 'win32',
      name: 'Windows 11 Pro',
      version: '24H2',
      build: '26100.6899',
    })
  })

  it('Debian with its point release', async () => {
    const ctx = ctxFor('linux', [], {
      '/etc/os-release':
        'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n',
      '/etc/debian_version': '12.11\n',
    })
    expect(await identifyOs(ctx)).toEqual({
      platform: 'linux',
      name: 'Debian GNU/Linux',
      version: '12',
      build: '12.11',
    })
  })

  it('returns null when nothing can be read', async () => {
    expect(await identifyOs(ctxFor('darwin', []))).toBeNull()
    expect(await identifyOs(ctxFor('win32', []))).toBeNull()
    expect(await identifyOs(ctxFor('linux', []))).toBeNull()
  })
})

describe('never pass without evidence (properties)', () => {
  it('arbitrary sw_vers output never passes unless it is a well-formed, current, supported version', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        const v = await osVersionCheck.darwin.run(ctxFor('darwin', [swVers(text)]))
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 200 },
    )
  })

  it('random macOS versions pass only for supported majors at or above the required release', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 9, max: 40 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        async (major, minor, patch) => {
          const version = `${major}.${minor}.${patch}`
          const out = `ProductName:\tmacOS\nProductVersion:\t${version}\nBuildVersion:\t24A335\n`
          const v = await osVersionCheck.darwin.run(ctxFor('darwin', [swVers(out)]))
          if (v.status === 'pass') {
            expect([15, 26]).toContain(major)
            expect(compareVersions(version, major === 15 ? '15.7.9' : '26.6.2')).toBeGreaterThanOrEqual(0)
          }
          // With data older than the policy allows, nothing passes.
          const stale = await osVersionCheck.darwin.run(
            ctxFor('darwin', [swVers(out)], {}, '2027-06-01T00:00:00Z'),
          )
          expect(stale.status).not.toBe('pass')
        },
      ),
      { numRuns: 200 },
    )
  })

  it('random Windows builds, UBRs and editions pass only for known, serviced, patched combinations', async () => {
    const editions = [
      'Core',
      'Professional',
      'Enterprise',
      'Education',
      'EnterpriseS',
      'ServerStandard',
      'Foo',
      '',
    ]
    // What may pass on 2026-11-24 with the bundled table: build → edition → minimum UBR.
    const allowed: Record<number, Record<string, number>> = {
      19044: { EnterpriseS: 7548 },
      // Windows 10 22H2 Enterprise/Education with commercial ESU updates installed (UBR above 6456).
      19045: { Enterprise: 7548, Education: 7548 },
      26100: { Enterprise: 9168, Education: 9168, EnterpriseS: 9168 },
      26200: { Core: 9168, Professional: 9168, Enterprise: 9168, Education: 9168 },
      26300: { Core: 9168, Professional: 9168, Enterprise: 9168, Education: 9168 },
      28000: { Core: 2113, Professional: 2113, Enterprise: 2113, Education: 2113 },
    }
    const knownBuilds = BUNDLED_OS_SUPPORT.windows.map((w) => w.build)
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...knownBuilds), fc.integer({ min: 10000, max: 40000 })),
        fc.integer({ min: 0, max: 0xffff }),
        fc.constantFrom(...editions),
        async (build, ubr, edition) => {
          const ctx = ctxFor('win32', [
            reg([
              `    CurrentBuild    REG_SZ    ${build}`,
              `    EditionID    REG_SZ    ${edition}`,
              '    InstallationType    REG_SZ    Client',
              `    UBR    REG_DWORD    0x${ubr.toString(16)}`,
            ]),
          ])
          const v = await osVersionCheck.win32.run(ctx)
          const min = allowed[build]?.[edition]
          if (v.status === 'pass') {
            expect(min, `${build} ${edition} passed`).toBeDefined()
            expect(ubr).toBeGreaterThanOrEqual(min as number)
          } else if (min !== undefined && ubr >= min) {
            expect.fail(`${build}.${ubr} ${edition} should pass: ${v.summary}`)
          }
        },
      ),
      { numRuns: 400 },
    )
  })

  it('arbitrary os-release and log text never passes without a recent upgrade of a supported release', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        async (osRelease, log) => {
          const ctx = ctxFor('linux', [], { '/etc/os-release': osRelease, '/var/log/apt/history.log': log })
          const v = await osVersionCheck.linux.run(ctx)
          expect(v.status).not.toBe('pass')
        },
      ),
      { numRuns: 200 },
    )
  })
})
