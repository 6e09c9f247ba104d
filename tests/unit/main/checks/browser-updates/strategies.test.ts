/**
 * browser-updates strategies against replayed transcripts: policy decoding, the CISO override table,
 * and properties that random or truncated output never passes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CheckVerdict, Platform } from '../../../../../shared/check-types'
import { BUNDLED_BROWSER_RELEASES } from '../../../../../shared/browser-releases/data'
import { BUNDLED_OS_SUPPORT } from '../../../../../shared/os-support/data'
import { DEFAULT_POLICY, policyFromJson, type Policy } from '../../../../../shared/policy'
import { browserUpdatesCheck } from '../../../../../main/checks/browser-updates'
import { isDict, parseOldStylePlist } from '../../../../../main/checks/auto-updates/darwin-parse'
import { judgeChromiumManagedPolicy } from '../../../../../main/checks/browser-updates/darwin'
import { CHROMIUM_BROWSERS, judgeChromiumGpo } from '../../../../../main/checks/browser-updates/win32'
import { createHostFacts } from '../../../../../main/checks/host-facts'
import { parseRegQuery } from '../../../../../main/checks/win32/reg'
import { ReplayProbe, type Transcript, type TranscriptCommand } from '../../../../../main/probe/transcript'

async function run(
  platform: Platform,
  now: string,
  commands: TranscriptCommand[],
  files: Transcript['files'],
  policy: Policy = DEFAULT_POLICY,
  env: Transcript['env'] = platform === 'win32' ? { USERPROFILE: 'C:\\Users\\alex' } : { HOME: '/home/alex' },
): Promise<CheckVerdict> {
  const probe = new ReplayProbe({
    format: 'preflight-transcript/v1',
    platform,
    arch: 'x64',
    now,
    env,
    commands,
    files,
  })
  return browserUpdatesCheck[platform].run({
    platform,
    probe,
    policy,
    osSupport: BUNDLED_OS_SUPPORT,
    now: new Date(now),
    facts: createHostFacts(probe, platform),
  })
}

const ok = (argv: string[], stdout: string): TranscriptCommand => ({ argv, stdout, stderr: '', exitCode: 0 })
const missingReg = (argv: string[]): TranscriptCommand => ({
  argv,
  stdout: '',
  stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n',
  exitCode: 1,
})
const reg = (key: string, extra: string[]) => ['reg.exe', 'query', key, ...extra]
const [CHROME, EDGE, BRAVE] = CHROMIUM_BROWSERS as [
  (typeof CHROMIUM_BROWSERS)[number],
  (typeof CHROMIUM_BROWSERS)[number],
  (typeof CHROMIUM_BROWSERS)[number],
]

/** Windows with only Edge installed, its pv output given verbatim. */
function edgeOnly(pvStdout: string): TranscriptCommand[] {
  return [
    missingReg(reg(CHROME.machineKey, ['/v', 'pv'])),
    missingReg(reg(CHROME.userKey, ['/v', 'pv'])),
    ok(reg(EDGE.machineKey, ['/v', 'pv']), pvStdout),
    missingReg(reg(EDGE.userKey, ['/v', 'pv'])),
    missingReg(reg(EDGE.policyKey, [])),
    missingReg(reg(BRAVE.machineKey, ['/v', 'pv'])),
    missingReg(reg(BRAVE.userKey, ['/v', 'pv'])),
  ]
}
const EDGE_PV = `\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\EdgeUpdate\\Clients\\{56EB18F8-B008-4CBD-B6D2-8C97FE7E9062}\r\n    pv    REG_SZ    156.0.4314.50\r\n\r\n`

describe('Windows', () => {
  it('passes a current Edge and fails it when the policy grace is 0 days and 157 is out', async () => {
    expect((await run('win32', '2026-11-08T10:00:00Z', edgeOnly(EDGE_PV), {})).status).toBe('pass')
    const strict = policyFromJson({ browserUpdates: { graceDays: 0 } })
    const v = await run('win32', '2026-11-08T10:00:00Z', edgeOnly(EDGE_PV), {}, strict)
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/157 .*projected|projected release date/)
    expect(v.remediationId).toBe('browser-updates.win32.edge')
  })

  it('property: pv output cut before the end of its value line never passes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: EDGE_PV.indexOf('4314.50') + 6 }), async (cut) => {
        const v = await run('win32', '2026-11-08T10:00:00Z', edgeOnly(EDGE_PV.slice(0, cut)), {})
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 60 },
    )
  })

  it('property: random pv output never passes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), async (s) => {
        const v = await run('win32', '2026-11-08T10:00:00Z', edgeOnly(`${s}\r\n`), {})
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 60 },
    )
  })

  it('Group Policy: per-browser value wins over UpdateDefault; period 0 blocks; bad types are unreadable', () => {
    const g = '{8A69D345-D564-463c-AFF1-A69D9E530F96}'
    const values = (lines: string[]) =>
      parseRegQuery(['', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Update', ...lines, ''].join('\r\n'))
    expect(judgeChromiumGpo(values(['    UpdateDefault    REG_DWORD    0x0']), g, 'k')).toMatchObject({
      blocked: true,
    })
    expect(judgeChromiumGpo(values(['    UpdateDefault    REG_DWORD    0x2']), g, 'k')).toMatchObject({
      blocked: true,
    })
    expect(judgeChromiumGpo(values(['    UpdateDefault    REG_DWORD    0x1']), g, 'k')).toMatchObject({
      blocked: false,
    })
    expect(
      judgeChromiumGpo(
        values(['    UpdateDefault    REG_DWORD    0x0', `    Update${g.toUpperCase()}    REG_DWORD    0x1`]),
        g,
        'k',
      ),
    ).toMatchObject({ blocked: false })
    expect(
      judgeChromiumGpo(values(['    AutoUpdateCheckPeriodMinutes    REG_DWORD    0x0']), g, 'k'),
    ).toMatchObject({
      blocked: true,
    })
    expect(judgeChromiumGpo(values(['    UpdateDefault    REG_SZ    0']), g, 'k')).toHaveProperty(
      'unreadable',
    )
    expect(judgeChromiumGpo(values(['    UpdateDefault    REG_DWORD    0x9']), g, 'k')).toHaveProperty(
      'unreadable',
    )
    expect(judgeChromiumGpo(values(['    DownloadPreference    REG_SZ    cacheable']), g, 'k')).toBeNull()
  })
})

describe('macOS', () => {
  const j = (text: string) => {
    const parsed = parseOldStylePlist(text)
    if (!isDict(parsed)) throw new Error('test plist is not a dictionary')
    return judgeChromiumManagedPolicy({ kind: 'dict', dict: parsed }, 'com.google.chrome', 'profile')
  }
  it('managed preferences: macOS numbering, app scope before global', () => {
    const global = (v: string) => `{ updatePolicies = { global = { UpdateDefault = ${v}; }; }; }`
    expect(j(global('3'))).toMatchObject({ blocked: true })
    expect(j(global('0'))).toMatchObject({ blocked: false })
    expect(j(global('2'))).toMatchObject({ blocked: true })
    expect(j(global('4'))).toMatchObject({ blocked: false })
    expect(
      j(
        '{ updatePolicies = { global = { UpdateDefault = 3; }; "com.google.Chrome" = { UpdateDefault = 0; }; }; }',
      ),
    ).toMatchObject({ blocked: false })
    expect(j(global('off'))).toHaveProperty('unreadable')
    expect(j('{ updatePolicies = x; }')).toHaveProperty('unreadable')
    expect(j('{ other = 1; }')).toBeNull()
    expect(judgeChromiumManagedPolicy({ kind: 'none' }, 'com.google.chrome', 'p')).toBeNull()
  })

  it('property: random Safari Info.plist content never passes', async () => {
    const sw = ok(
      ['/usr/bin/sw_vers'],
      'ProductName:\t\tmacOS\nProductVersion:\t\t26.7\nBuildVersion:\t\t25H62\n',
    )
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), async (plist, plutil) => {
        const safari = '/Applications/Safari.app/Contents/Info.plist'
        const v = await run(
          'darwin',
          '2026-11-01T10:00:00Z',
          [
            sw,
            ok(
              ['/usr/bin/plutil', '-extract', 'CFBundleShortVersionString', 'raw', '-o', '-', safari],
              plutil,
            ),
          ],
          { [safari]: plist },
        )
        if (v.status === 'pass') expect(plist.startsWith('bplist') && /^\s*2[67]\.\d/.test(plutil)).toBe(true)
      }),
      { numRuns: 80 },
    )
  })
})

describe('Linux', () => {
  const presence = { '/opt/google/chrome/google-chrome': '#!/bin/bash\n' }
  const dpkg = (stdout: string, exitCode = 0): TranscriptCommand => ({
    argv: ['dpkg-query', '-W', '-f=${db:Status-Abbrev}|${Version}', 'google-chrome-stable'],
    stdout,
    stderr: '',
    exitCode,
  })
  const virt = ok(['systemd-detect-virt'], 'none\n')

  it('files present but no package claims them → unknown, never absent', async () => {
    const v = await run(
      'linux',
      '2026-11-20T10:00:00Z',
      [
        virt,
        dpkg('', 1),
        { argv: ['rpm', '-q', '--qf', '%{VERSION}', 'google-chrome-stable'], error: 'ENOENT' },
      ],
      presence,
    )
    expect(v.status).toBe('unknown')
    expect(v.reason).toMatch(/no package/)
  })

  it('an unreadable presence file still asks the package manager; no answer → unknown', async () => {
    const denied = { '/opt/google/chrome/google-chrome': { error: 'EACCES' as const } }
    const known = await run('linux', '2026-11-20T10:00:00Z', [virt, dpkg('ii |158.0.8127.37-1')], denied)
    expect(known.status).toBe('pass')
    const unknownVerdict = await run(
      'linux',
      '2026-11-20T10:00:00Z',
      [
        virt,
        dpkg('', 1),
        { argv: ['rpm', '-q', '--qf', '%{VERSION}', 'google-chrome-stable'], error: 'ENOENT' },
      ],
      denied,
    )
    expect(unknownVerdict.status).toBe('unknown')
    expect(unknownVerdict.reason).toMatch(/not readable/)
  })

  it('property: random dpkg-query output never passes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (s) => {
        const v = await run('linux', '2026-11-20T10:00:00Z', [virt, dpkg(s)], presence)
        if (v.status === 'pass') expect(s).toMatch(/^\s*ii/)
      }),
      { numRuns: 80 },
    )
  })

  it('a CISO override table (newer dataAsOf) judges a browser the bundled table cannot', async () => {
    const cmds = [virt, dpkg('ii |160.0.8200.20-1')]
    const bundledVerdict = await run('linux', '2027-01-10T10:00:00Z', cmds, presence)
    expect(bundledVerdict.status).toBe('unknown')
    const override = {
      ...BUNDLED_BROWSER_RELEASES,
      dataAsOf: '2027-01-08',
      chrome: {
        knownThrough: '2027-01-08',
        releases: [
          ...BUNDLED_BROWSER_RELEASES.chrome.releases,
          { version: '160.0.8200.20', date: '2027-01-05' },
        ],
      },
    }
    const policy = policyFromJson({ browserReleases: override })
    const v = await run('linux', '2027-01-10T10:00:00Z', cmds, presence, policy)
    expect(v.status).toBe('pass')
    expect(v.observed.join('\n')).toMatch(/from the campaign policy/)
    // An older override is ignored.
    const old = policyFromJson({ browserReleases: { ...override, dataAsOf: '2026-11-01' } })
    expect((await run('linux', '2027-01-10T10:00:00Z', cmds, presence, old)).status).toBe('unknown')
  })
})
