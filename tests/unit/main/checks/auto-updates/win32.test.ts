import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  judgeMdm,
  judgePause,
  judgePolicy,
  parsePauseTime,
  PAUSE_ARGV,
  POLICY_ARGV,
  SERVICE_ARGV,
  win32Strategy,
} from '../../../../../main/checks/auto-updates/win32'
import { english } from '../../../../../main/checks/verdict'
import { parseRegQuery, parseRegQueryBlocks } from '../../../../../main/checks/win32/reg'
import { failed, fixture, HEALTHY, ok, runStrategy, stdoutOf, withCommands } from '../win32/harness'

const NOW = new Date('2026-11-20T10:00:00Z')
const healthy = fixture(HEALTHY)
const SC_QC = stdoutOf(healthy, SERVICE_ARGV)
const ux = (...rows: string[]) =>
  parseRegQuery(
    [
      '',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\UX\\Settings',
      ...rows.map((r) => `    ${r}`),
      '',
    ].join('\r\n'),
  )
const policy = (top: string[], au: string[]) => {
  const k = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate'
  return parseRegQueryBlocks(
    ['', k, ...top.map((r) => `    ${r}`), '', `${k}\\AU`, ...au.map((r) => `    ${r}`), ''].join('\r\n'),
  )
}
const levels = (p: { findings: { level: string }[] }) => p.findings.map((f) => f.level)

describe('parsePauseTime', () => {
  it('accepts only ISO-8601 UTC as Windows writes it', () => {
    expect(parsePauseTime('2026-12-03T08:00:00Z')?.toISOString()).toBe('2026-12-03T08:00:00.000Z')
    expect(parsePauseTime('1764748800')).toBeNull() // an epoch is not the format: never guessed
    expect(parsePauseTime('03.12.2026 08:00')).toBeNull()
    expect(parsePauseTime('2026-12-03T08:00:00')).toBeNull()
    expect(parsePauseTime('')).toBeNull()
  })
})

describe('judgePause', () => {
  it('a pause ending in the future fails with its end date; a past one is noted', () => {
    const paused = judgePause(ux('PauseUpdatesExpiryTime    REG_SZ    2026-12-16T09:12:44Z'), NOW)
    expect(levels(paused)).toEqual(['fail'])
    const first = paused.findings[0]
    expect(first && english(first.text)).toContain('2026-12-16T09:12:44Z')
    const past = judgePause(ux('PauseUpdatesExpiryTime    REG_SZ    2026-10-01T00:00:00Z'), NOW)
    expect(levels(past)).toEqual([])
  })
  it('a feature-update pause alone is only noted', () => {
    const p = judgePause(ux('PauseFeatureUpdatesEndTime    REG_SZ    2027-01-01T00:00:00Z'), NOW)
    expect(levels(p)).toEqual([])
    expect(p.observed.map(english).join()).toContain('feature updates')
  })
  it('unreadable pause values are unknown', () => {
    expect(levels(judgePause(ux('PauseQualityUpdatesEndTime    REG_SZ    soon'), NOW))).toEqual(['unknown'])
    expect(levels(judgePause(ux('PauseUpdatesExpiryTime    REG_DWORD    0x1'), NOW))).toEqual(['unknown'])
  })
  it('no key means never paused', () => {
    expect(levels(judgePause(null, NOW))).toEqual([])
  })
})

describe('judgePolicy', () => {
  it('turned-off policies fail', () => {
    expect(levels(judgePolicy(policy([], ['NoAutoUpdate    REG_DWORD    0x1'])))).toEqual(['fail'])
    expect(levels(judgePolicy(policy([], ['AUOptions    REG_DWORD    0x2'])))).toEqual(['fail'])
    expect(levels(judgePolicy(policy(['DisableWindowsUpdateAccess    REG_DWORD    0x1'], [])))).toEqual([
      'fail',
    ])
  })
  it('automatic AUOptions pass; undocumented values and WSUS are unknown', () => {
    for (const v of ['0x3', '0x4', '0x5', '0x7'])
      expect(levels(judgePolicy(policy([], [`AUOptions    REG_DWORD    ${v}`])))).toEqual([])
    expect(levels(judgePolicy(policy([], ['AUOptions    REG_DWORD    0x9'])))).toEqual(['unknown'])
    expect(levels(judgePolicy(policy([], ['NoAutoUpdate    REG_SZ    1'])))).toEqual(['unknown'])
    expect(
      levels(
        judgePolicy(policy(['WUServer    REG_SZ    http://wsus:8530'], ['UseWUServer    REG_DWORD    0x1'])),
      ),
    ).toEqual(['unknown'])
  })
})

describe('judgeMdm', () => {
  const mdm = (line: string) =>
    parseRegQuery(
      [
        '',
        'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update',
        `    ${line}`,
        '',
      ].join('\r\n'),
    )
  it('AllowAutoUpdate 0 and 5 fail, 1-4 are automatic, others unknown', () => {
    expect(levels(judgeMdm(null))).toEqual([])
    expect(levels(judgeMdm(mdm('AllowAutoUpdate    REG_DWORD    0x5')))).toEqual(['fail'])
    expect(levels(judgeMdm(mdm('AllowAutoUpdate    REG_DWORD    0x0')))).toEqual(['fail'])
    for (const v of ['0x1', '0x2', '0x3', '0x4'])
      expect(levels(judgeMdm(mdm(`AllowAutoUpdate    REG_DWORD    ${v}`)))).toEqual([])
    expect(levels(judgeMdm(mdm('AllowAutoUpdate    REG_DWORD    0x6')))).toEqual(['unknown'])
    expect(levels(judgeMdm(mdm('AllowAutoUpdate    REG_SZ    5')))).toEqual(['unknown'])
    expect(levels(judgeMdm(mdm('AllowAutoUpdate_ProviderSet    REG_DWORD    0x1')))).toEqual([])
  })
})

describe('win32 auto-updates strategy', () => {
  it('a missing or refused source is unknown, never pass', async () => {
    for (const c of [
      failed(SERVICE_ARGV, 'ENOENT'),
      ok(SERVICE_ARGV, '[SC] OpenService FAILED 5:\r\n\r\nAccess is denied.\r\n', '', 5),
      ok(SERVICE_ARGV, '[SC] QueryServiceConfig SUCCESS\r\n'),
      ok(PAUSE_ARGV, '', 'ERROR: Access is denied.\r\n', 1),
      failed(POLICY_ARGV, 'ETIMEDOUT'),
    ]) {
      const v = await runStrategy(win32Strategy, withCommands(healthy, [c]))
      expect(v.status, JSON.stringify(c)).toBe('unknown')
      expect(v.reason).toBeTruthy()
    }
  })
  it('a fail still wins over an unreadable source, and says what was not readable', async () => {
    const t = withCommands(fixture('updates-paused-11-24h2.json'), [failed(SERVICE_ARGV, 'ENOENT')])
    const v = await runStrategy(win32Strategy, t)
    expect(v.status).toBe('fail')
    expect(v.reason).toContain('not available')
  })
  it('random sc output passes only when it states a non-disabled start type', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc
            .integer({ min: 0, max: SC_QC.length })
            .map((n) => SC_QC.slice(0, n).replace('3   DEMAND', '4   DISABLED')),
        ),
        async (stdout) => {
          const v = await runStrategy(win32Strategy, withCommands(healthy, [ok(SERVICE_ARGV, stdout)]))
          if (v.status === 'pass')
            expect(stdout).toMatch(/:\s*[0-3]\s+(BOOT_START|SYSTEM_START|AUTO_START|DEMAND_START)/)
        },
      ),
      { numRuns: 150 },
    )
  })
  it('random pause values never pass unless they are past ISO dates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), async (value) => {
        const out = `\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\UX\\Settings\r\n    PauseUpdatesExpiryTime    REG_SZ    ${value}\r\n\r\n`
        const v = await runStrategy(win32Strategy, withCommands(healthy, [ok(PAUSE_ARGV, out)]))
        if (v.status === 'pass') {
          const t = value.trim() === '' ? null : parsePauseTime(value.replace(/\s+$/, ''))
          expect(t !== null && t.getTime() <= NOW.getTime()).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })
})
