import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../main/engine/run-checks'
import { ReplayProbe, type Transcript } from '../../../main/probe/transcript'
import { overallStatus } from '../../../shared/check-types'

function emptyTranscript(platform: Transcript['platform']): Transcript {
  return {
    format: 'preflight-transcript/v1',
    platform,
    arch: 'x64',
    now: '2026-11-01T00:00:00Z',
    env: {},
    commands: [],
    files: {},
  }
}

describe('overallStatus', () => {
  it('passes only when every required check passes', () => {
    expect(
      overallStatus([
        { status: 'pass', level: 'required' },
        { status: 'fail', level: 'recommended' },
      ]),
    ).toBe('pass')
    expect(
      overallStatus([
        { status: 'pass', level: 'required' },
        { status: 'unknown', level: 'required' },
      ]),
    ).toBe('unknown')
    expect(overallStatus([{ status: 'not-applicable', level: 'required' }])).toBe('unknown')
    expect(
      overallStatus([
        { status: 'unknown', level: 'required' },
        { status: 'fail', level: 'required' },
      ]),
    ).toBe('fail')
    expect(overallStatus([])).toBe('unknown')
  })
})

describe('runChecks', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    'never passes anything on an empty %s transcript',
    async (platform) => {
      const report = await runChecks({ probe: new ReplayProbe(emptyTranscript(platform)) })
      expect(report.checks).toHaveLength(5)
      for (const c of report.checks) expect(c.status).not.toBe('pass')
      expect(report.overall).not.toBe('pass')
      expect(report.replayed).toBe(true)
      expect(report.collectedAt).toBe('2026-11-01T00:00:00.000Z')
    },
  )

  it('streams each result as it finishes', async () => {
    const seen: string[] = []
    await runChecks({ probe: new ReplayProbe(emptyTranscript('linux')), onResult: (r) => seen.push(r.id) })
    expect(seen.sort()).toEqual(['auto-updates', 'disk-encryption', 'firewall', 'os-version', 'screen-lock'])
  })
})
