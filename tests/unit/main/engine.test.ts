import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../main/engine/run-checks'
import { RecordingProbe, ReplayProbe, type Transcript } from '../../../main/probe/transcript'
import { CHECK_IDS, overallStatus } from '../../../shared/check-types'
import { policyFromJson } from '../../../shared/policy'

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
      expect(report.checks).toHaveLength(CHECK_IDS.length)
      for (const c of report.checks) expect(c.status).not.toBe('pass')
      expect(report.overall).not.toBe('pass')
      expect(report.replayed).toBe(true)
      expect(report.collectedAt).toBe('2026-11-01T00:00:00.000Z')
    },
  )

  it('streams each result as it finishes', async () => {
    const seen: string[] = []
    await runChecks({ probe: new ReplayProbe(emptyTranscript('linux')), onResult: (r) => seen.push(r.id) })
    expect(seen.sort()).toEqual([...CHECK_IDS].sort())
  })

  it('does not run a check the policy turns off on this platform, and lists it as off', async () => {
    const policy = policyFromJson({ checks: { firewall: { linux: 'off', default: 'required' } } })
    const recorder = new RecordingProbe(new ReplayProbe(emptyTranscript('linux')))
    const report = await runChecks({ probe: recorder, policy, only: ['firewall'] })
    const fw = report.checks.find((c) => c.id === 'firewall')
    expect(fw).toMatchObject({ level: 'off', status: 'not-applicable', sources: [] })
    const asked = recorder.transcript()
    // Only the OS identification of the report header may probe; nothing about the firewall.
    const touched = [...asked.commands.map((c) => c.argv.join(' ')), ...Object.keys(asked.files)]
    expect(touched.filter((t) => /nft|ufw|firewall/.test(t))).toEqual([])

    // The same policy on macOS still requires and runs it.
    const mac = await runChecks({
      probe: new ReplayProbe(emptyTranscript('darwin')),
      policy,
      only: ['firewall'],
    })
    expect(mac.checks[0]).toMatchObject({ id: 'firewall', level: 'required', status: 'unknown' })
  })

  it('an off check never counts towards the overall verdict', () => {
    expect(
      overallStatus([
        { status: 'pass', level: 'required' },
        { status: 'not-applicable', level: 'off' },
      ]),
    ).toBe('pass')
  })
})
