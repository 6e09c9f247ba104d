import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CONSOLELOCK_ARGV,
  DESKTOP_ARGV,
  DESKTOP_POLICY_ARGV,
  formatDuration,
  GRACE_ARGV,
  inactivityPath,
  judgeSource,
  parsePowercfgAcDc,
  type PathResult,
  screenSaverPath,
  sleepPath,
  STANDBY_ARGV,
  SYSTEM_POLICY_ARGV,
  win32Strategy,
} from '../../../../../main/checks/screen-lock/win32'
import { english, msg } from '../../../../../main/checks/verdict'
import { parseRegQuery } from '../../../../../main/checks/win32/reg'
import { DEFAULT_POLICY } from '../../../../../shared/policy'
import { failed, fixture, HEALTHY, ok, runStrategy, stdoutOf, withCommands } from '../win32/harness'

/** A placeholder description for hand-made paths. */
const NOTE = msg('check.screen-lock.win32.saver.noWait')

const healthy = fixture(HEALTHY)
const german = fixture('german-11-pro-netsh-fallback.json')
const STANDBY_EN = stdoutOf(healthy, STANDBY_ARGV)
const STANDBY_DE = stdoutOf(german, STANDBY_ARGV)
const LOCK_EN = stdoutOf(healthy, CONSOLELOCK_ARGV)
const LOCK_DE = stdoutOf(german, CONSOLELOCK_ARGV)
const HIDDEN = stdoutOf(fixture('screen-lock-modern-standby-unknown-11-24h2.json'), CONSOLELOCK_ARGV)

const desk = (...rows: string[]) =>
  parseRegQuery(
    ['', 'HKEY_CURRENT_USER\\Control Panel\\Desktop', ...rows.map((r) => `    ${r}`), ''].join('\r\n'),
  )
const SECURE_600 = desk(
  'ScreenSaveActive    REG_SZ    1',
  'ScreenSaveTimeOut    REG_SZ    600',
  'SCRNSAVE.EXE    REG_SZ    C:\\WINDOWS\\system32\\scrnsave.scr',
  'ScreenSaverIsSecure    REG_SZ    1',
)
const EMPTY = new Map()

describe('parsePowercfgAcDc', () => {
  it('reads the last two values whatever the caption language', () => {
    expect(parsePowercfgAcDc(STANDBY_EN)).toEqual({ ac: 1800, dc: 900 })
    expect(parsePowercfgAcDc(STANDBY_DE)).toEqual({ ac: 900, dc: 300 })
    expect(parsePowercfgAcDc(LOCK_EN)).toEqual({ ac: 1, dc: 1 })
    expect(parsePowercfgAcDc(LOCK_DE)).toEqual({ ac: 1, dc: 1 })
  })
  it('a setting without current values is null, not its min/max', () => {
    expect(parsePowercfgAcDc(HIDDEN)).toBeNull()
    const noCurrent = STANDBY_EN.split('\r\n')
      .filter((l) => !l.includes('Current'))
      .join('\r\n')
    expect(parsePowercfgAcDc(noCurrent)).toBeNull()
    expect(parsePowercfgAcDc('')).toBeNull()
  })
  it('no truncation of the output yields a value that was not printed', () => {
    const full = STANDBY_EN.trimEnd()
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.length - 1 }), (n) => {
        expect(parsePowercfgAcDc(full.slice(0, n))).toBeNull()
      }),
    )
  })
})

describe('lock paths', () => {
  it('secure screen saver: timeout + grace; anything missing is not a lock', () => {
    expect(screenSaverPath(SECURE_600, EMPTY, 5)).toMatchObject({ kind: 'locks', seconds: 605 })
    expect(screenSaverPath(SECURE_600, EMPTY, 0)).toMatchObject({ kind: 'locks', seconds: 600 })
    expect(screenSaverPath(SECURE_600, EMPTY, null).kind).toBe('unknown')
    expect(screenSaverPath(desk('ScreenSaveActive    REG_SZ    1'), EMPTY, 5).kind).toBe('none')
    const insecure = desk(
      'ScreenSaveActive    REG_SZ    1',
      'ScreenSaveTimeOut    REG_SZ    60',
      'SCRNSAVE.EXE    REG_SZ    x.scr',
      'ScreenSaverIsSecure    REG_SZ    0',
    )
    expect(screenSaverPath(insecure, EMPTY, 5).kind).toBe('none')
    const badTimeout = desk(
      'ScreenSaveActive    REG_SZ    1',
      'ScreenSaveTimeOut    REG_SZ    ten',
      'SCRNSAVE.EXE    REG_SZ    x.scr',
      'ScreenSaverIsSecure    REG_SZ    1',
    )
    expect(screenSaverPath(badTimeout, EMPTY, 5).kind).toBe('unknown')
  })
  it('policy copies override the user values', () => {
    const off = desk('ScreenSaveActive    REG_SZ    0')
    expect(screenSaverPath(SECURE_600, off, 5).kind).toBe('none')
    const pol = desk('ScreenSaveTimeOut    REG_SZ    120')
    expect(screenSaverPath(SECURE_600, pol, 5)).toMatchObject({ kind: 'locks', seconds: 125 })
  })
  it('inactivity limit', () => {
    expect(inactivityPath({ kind: 'missing' }).kind).toBe('none')
    expect(inactivityPath({ kind: 'error', reason: 'x' }).kind).toBe('unknown')
    const v = (line: string) => ({ kind: 'values' as const, blocks: [], values: desk(line) })
    expect(inactivityPath(v('InactivityTimeoutSecs    REG_DWORD    0x12c'))).toMatchObject({ seconds: 300 })
    expect(inactivityPath(v('InactivityTimeoutSecs    REG_DWORD    0x0')).kind).toBe('none')
    expect(inactivityPath(v('InactivityTimeoutSecs    REG_SZ    300')).kind).toBe('unknown')
  })
  it('sleep locks only with sign-in on wake', () => {
    expect(sleepPath('ac', { ac: 600, dc: 300 }, { ac: 1, dc: 1 }, null)).toMatchObject({ seconds: 600 })
    expect(sleepPath('dc', { ac: 600, dc: 300 }, { ac: 1, dc: 1 }, null)).toMatchObject({ seconds: 300 })
    expect(sleepPath('ac', { ac: 600, dc: 300 }, { ac: 0, dc: 1 }, null).kind).toBe('none')
    expect(sleepPath('ac', { ac: 0, dc: 300 }, { ac: 1, dc: 1 }, null).kind).toBe('none')
    expect(sleepPath('ac', null, { ac: 1, dc: 1 }, null).kind).toBe('unknown')
    expect(sleepPath('ac', { ac: 600, dc: 300 }, null, null).kind).toBe('unknown')
    expect(sleepPath('ac', { ac: 600, dc: 300 }, null, 0xffffffff).kind).toBe('none')
    expect(sleepPath('ac', { ac: 600, dc: 300 }, null, 60)).toMatchObject({ seconds: 660 })
    // Both sources present: the more conservative one wins.
    expect(sleepPath('ac', { ac: 600, dc: 300 }, { ac: 1, dc: 1 }, 0xffffffff).kind).toBe('none')
    expect(sleepPath('ac', { ac: 600, dc: 300 }, { ac: 1, dc: 1 }, 120)).toMatchObject({ seconds: 720 })
    expect(sleepPath('ac', { ac: 600, dc: 300 }, { ac: 1, dc: 1 }, 'unreadable')).toMatchObject({
      seconds: 600,
    })
  })
  it('judgeSource takes the minimum and is unknown only when that does not already decide', () => {
    const locks = (s: number) => ({ kind: 'locks' as const, seconds: s, what: NOTE })
    const unk = { kind: 'unknown' as const, what: NOTE }
    const none = { kind: 'none' as const, what: NOTE }
    expect(judgeSource([locks(1200), locks(300)], 900)).toEqual({ status: 'pass', seconds: 300 })
    expect(judgeSource([locks(1200), unk], 900)).toEqual({ status: 'unknown', seconds: 1200 })
    expect(judgeSource([locks(300), unk], 900)).toEqual({ status: 'pass', seconds: 300 })
    expect(judgeSource([none, none], 900)).toEqual({ status: 'fail', seconds: null })
    expect(judgeSource([locks(901)], 900).status).toBe('fail')
    expect(judgeSource([], 900).status).toBe('fail')
  })
})

describe('deciding with unreadable values', () => {
  it('the screen saver path: one value that turns it off decides; a wait read bounds it', () => {
    const badActiveInsecure = desk(
      'ScreenSaveActive    REG_BINARY    01',
      'ScreenSaveTimeOut    REG_SZ    60',
      'SCRNSAVE.EXE    REG_SZ    x.scr',
      'ScreenSaverIsSecure    REG_SZ    0',
    )
    expect(screenSaverPath(badActiveInsecure, EMPTY, 5).kind).toBe('none')
    expect(screenSaverPath(SECURE_600, EMPTY, null)).toMatchObject({ kind: 'unknown', atLeast: 600 })
    // The user's key unreadable: a policy value can still switch the path off; otherwise unknown.
    expect(screenSaverPath(null, desk('ScreenSaveActive    REG_SZ    0'), 5).kind).toBe('none')
    const unread = screenSaverPath(null, desk('ScreenSaveTimeOut    REG_SZ    1200'), 5)
    expect(unread).toMatchObject({ kind: 'unknown', atLeast: 1205 })
    const none = screenSaverPath(null, EMPTY, 5)
    expect(none.kind).toBe('unknown')
    expect(english(none.what)).toBe('screen saver: the user’s screen saver settings could not be read')
  })

  it('sleep with an unreadable sign-in setting is bounded by the sleep time', () => {
    expect(sleepPath('ac', { ac: 3600, dc: 300 }, null, null)).toMatchObject({
      kind: 'unknown',
      atLeast: 3600,
    })
    expect(sleepPath('ac', { ac: 3600, dc: 300 }, { ac: 7, dc: 1 }, null)).toMatchObject({ atLeast: 3600 })
  })

  it('judgeSource: an unknown path bounded over the limit cannot save the source', () => {
    const unk = (atLeast?: number) => ({
      kind: 'unknown' as const,
      what: NOTE,
      ...(atLeast === undefined ? {} : { atLeast }),
    })
    const none = { kind: 'none' as const, what: NOTE }
    expect(judgeSource([unk(1800), none], 900)).toEqual({ status: 'fail', seconds: 1800, atLeast: true })
    expect(judgeSource([unk(900), none], 900).status).toBe('unknown')
    expect(judgeSource([unk(), unk(3600)], 900).status).toBe('unknown')
    expect(judgeSource([{ kind: 'locks', seconds: 1200, what: NOTE }, unk(1000)], 900)).toEqual({
      status: 'fail',
      seconds: 1000,
      atLeast: true,
    })
  })

  it('judgeSource never fails when some way of filling in the unknown paths would pass', () => {
    const path = fc.oneof(
      fc.record({
        kind: fc.constant('locks' as const),
        seconds: fc.integer({ min: 1, max: 4000 }),
        what: fc.constant(NOTE),
      }),
      fc.constant({ kind: 'none' as const, what: NOTE }),
      fc.record({
        kind: fc.constant('unknown' as const),
        what: fc.constant(NOTE),
        atLeast: fc.integer({ min: 1, max: 4000 }),
      }),
      fc.constant({ kind: 'unknown' as const, what: NOTE }),
    ) as fc.Arbitrary<PathResult>
    fc.assert(
      fc.property(fc.array(path, { maxLength: 4 }), fc.integer({ min: 60, max: 3600 }), (paths, max) => {
        const o = judgeSource(paths, max)
        // The most favourable completion: every unknown path locks at its lower bound (or at once).
        const best = judgeSource(
          paths.map((p) =>
            p.kind === 'unknown' ? { kind: 'locks' as const, seconds: p.atLeast ?? 1, what: NOTE } : p,
          ),
          max,
        )
        if (o.status === 'fail') expect(best.status).toBe('fail')
        if (paths.some((p) => p.kind === 'unknown') && o.status === 'pass')
          expect(paths.some((p) => p.kind === 'locks' && p.seconds <= max)).toBe(true)
      }),
    )
  })
})

describe('win32 screen-lock strategy', () => {
  it('honours the policy limit', async () => {
    const strict = { ...DEFAULT_POLICY, screenLock: { maxIdlePlusGraceSeconds: 300 } }
    expect((await runStrategy(win32Strategy, healthy, strict)).status).toBe('fail')
    expect((await runStrategy(win32Strategy, healthy)).status).toBe('pass')
  })
  it('reads ScreenSaverGracePeriod when set', async () => {
    const t = withCommands(healthy, [
      ok(
        GRACE_ARGV,
        '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\r\n    ScreenSaverGracePeriod    REG_SZ    400\r\n\r\n',
      ),
    ])
    const v = await runStrategy(win32Strategy, t)
    expect(v.status).toBe('fail')
    expect(v.observed.join('\n')).toContain('400 s grace')
  })
  it('unreadable user settings are unknown when nothing else locks in time', async () => {
    const t = withCommands(fixture('screen-lock-none-sleep-30-11-24h2.json'), [
      failed(DESKTOP_ARGV, 'ETIMEDOUT'),
    ])
    const v = await runStrategy(win32Strategy, t)
    expect(v.status).toBe('unknown')
    expect(v.reason).toBeTruthy()
  })
  it('a refused policy key is unknown, not "no policy"', async () => {
    const t = withCommands(fixture('screen-lock-none-sleep-30-11-24h2.json'), [
      ok(SYSTEM_POLICY_ARGV, '', 'ERROR: Access is denied.\r\n', 1),
    ])
    expect((await runStrategy(win32Strategy, t)).status).toBe('unknown')
  })
  it('random powercfg and registry output never passes without a readable lock path', async () => {
    // Start from a machine with no lock path at all, then feed random text to every source.
    const base = withCommands(fixture('screen-lock-none-sleep-30-11-24h2.json'), [
      ok(DESKTOP_POLICY_ARGV, '', 'x\r\n', 1),
    ])
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 120 }),
        fc.string({ maxLength: 120 }),
        fc.string({ maxLength: 120 }),
        async (a, b, c) => {
          const t = withCommands(base, [ok(STANDBY_ARGV, a), ok(CONSOLELOCK_ARGV, b), ok(DESKTOP_ARGV, c)])
          expect((await runStrategy(win32Strategy, t)).status).not.toBe('pass')
        },
      ),
      { numRuns: 150 },
    )
  })
  it('formats durations', () => {
    expect(english(formatDuration(45))).toBe('45 s')
    expect(english(formatDuration(900))).toBe('15 min')
    expect(english(formatDuration(905))).toBe('15 min 5 s')
  })
})
