import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  effectiveIdle,
  idleBound,
  parseIdleTime,
  parsePmsetCustom,
  parseScreenLockStatus,
  userFromHome,
  type IdleSetting,
  type PowerSource,
} from '../../../../../main/checks/screen-lock/darwin-parse'
import { darwinStrategy } from '../../../../../main/checks/screen-lock/darwin'
import { english, msg } from '../../../../../main/checks/verdict'
import { DEFAULT_POLICY } from '../../../../../shared/policy'
import { exit, failed, fixtureOutput, runStrategy, swVers } from '../darwin-fixture'

const SAC = ['/usr/sbin/sysadminctl', '-screenLock', 'status']
const IDLE = ['/usr/bin/defaults', '-currentHost', 'read', 'com.apple.screensaver', 'idleTime']
const PMSET = ['/usr/bin/pmset', '-g', 'custom']
const NSLOG = '2026-11-24 06:10:11.512 sysadminctl[8123:154344] '
const IDLE_MISSING =
  '\n2026-11-24 06:10:11.530 defaults[8124:154363] \nThe domain/default pair of (com.apple.screensaver, idleTime) does not exist\n'
const PMSET_LAPTOP = fixtureOutput('mac-all-pass-sequoia-apple-silicon', PMSET).stdout
const MIDLE = ['/usr/bin/defaults', 'read', '/Library/Managed Preferences/com.apple.screensaver', 'idleTime']
const UMIDLE = [
  '/usr/bin/defaults',
  'read',
  '/Library/Managed Preferences/alex/com.apple.screensaver',
  'idleTime',
]
const notExist = (domain: string) =>
  `\n2026-11-24 06:10:11.541 defaults[8126:154401] \nThe domain/default pair of (${domain}, idleTime) does not exist\n`
/** No configuration profile sets the screen saver time (device or user level). */
const NO_PROFILE = [
  exit(MIDLE, '', notExist('/Library/Managed Preferences/com.apple.screensaver'), 1),
  exit(UMIDLE, '', notExist('/Library/Managed Preferences/alex/com.apple.screensaver'), 1),
]

describe('parseScreenLockStatus', () => {
  it.each([
    [`${NSLOG}screenLock delay is immediate\n`, { kind: 'required', graceSeconds: 0 }],
    [`${NSLOG}screenLock delay is 5 seconds\n`, { kind: 'required', graceSeconds: 5 }],
    [`${NSLOG}screenLock delay is 300 seconds\n`, { kind: 'required', graceSeconds: 300 }],
    [`${NSLOG}screenLock delay is 4.5 seconds\n`, { kind: 'required', graceSeconds: 5 }],
    [`${NSLOG}screenLock is off\n`, { kind: 'off' }],
    [`${NSLOG}screenLock delay is off\n`, { kind: 'off' }],
    [`${NSLOG}screenLock delay is -1.000000 seconds\n`, { kind: 'off' }],
    ['screenLock delay is immediate', { kind: 'required', graceSeconds: 0 }],
  ])('%j', (text, want) => {
    expect(parseScreenLockStatus(text)).toEqual(want)
  })

  it.each([
    ['', 'nothing (e.g. run outside the GUI session)'],
    [`${NSLOG}screenLock delay is soon\n`, 'unknown word'],
    [`${NSLOG}screenLock delay is immediate\n${NSLOG}screenLock is off\n`, 'contradiction'],
    [`${NSLOG}screenLock delay is 30`, 'truncated'],
    [`${NSLOG}screenLock status is unavailable\n`, 'unexpected message'],
  ])('%j (%s) is unrecognised', (text) => {
    expect(parseScreenLockStatus(text).kind).toBe('unrecognised')
  })

  it('random text never yields a lock requirement', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        fc.pre(!/screenLock delay is/i.test(s))
        expect(parseScreenLockStatus(s).kind).not.toBe('required')
      }),
    )
  })

  it('a real answer cut short never yields a lock requirement', () => {
    for (const full of [
      `${NSLOG}screenLock delay is immediate\n`,
      `${NSLOG}screenLock delay is 300 seconds\n`,
    ]) {
      for (let k = 0; k < full.length - 1; k++) {
        const r = parseScreenLockStatus(full.slice(0, k))
        // "…is 30" parses as unrecognised; only the complete word/number is accepted.
        if (r.kind === 'required') expect(full.slice(0, k)).toMatch(/(immediate|seconds?)$/)
      }
    }
  })
})

describe('parseIdleTime', () => {
  it('reads seconds, a missing key, and refuses junk', () => {
    expect(parseIdleTime(0, '300\n', '')).toEqual({ kind: 'seconds', value: 300 })
    expect(parseIdleTime(0, '0\n', '')).toEqual({ kind: 'seconds', value: 0 })
    expect(parseIdleTime(1, '', IDLE_MISSING)).toEqual({ kind: 'not-set' })
    expect(parseIdleTime(0, 'abc\n', '').kind).toBe('unknown')
    expect(parseIdleTime(0, '-5\n', '').kind).toBe('unknown')
    expect(parseIdleTime(1, '', 'some other error').kind).toBe('unknown')
  })
})

describe('parsePmsetCustom', () => {
  it('reads display sleep and system sleep per power source', () => {
    expect(parsePmsetCustom(PMSET_LAPTOP)).toEqual([
      { name: 'Battery Power', displaySleepMinutes: 2, systemSleepMinutes: 1 },
      { name: 'AC Power', displaySleepMinutes: 10, systemSleepMinutes: 1 },
    ])
  })

  it('does not confuse "Sleep On Power Button" with the sleep timer', () => {
    expect(parsePmsetCustom('AC Power:\n Sleep On Power Button 1\n displaysleep         15\n')).toEqual([
      { name: 'AC Power', displaySleepMinutes: 15, systemSleepMinutes: null },
    ])
  })

  it('returns null without a section header', () => {
    expect(parsePmsetCustom('')).toBeNull()
    expect(parsePmsetCustom(' displaysleep 10\n')).toBeNull()
  })
})

describe('idleBound', () => {
  const src = (name: string, ds: number | null): PowerSource => ({
    name,
    displaySleepMinutes: ds,
    systemSleepMinutes: 1,
  })

  it('takes the shorter path per source and the worst source', () => {
    const saver = msg('check.screen-lock.darwin.via.screenSaver')
    const b = idleBound({ kind: 'seconds', value: 1200 }, [src('Battery Power', 10), src('AC Power', 30)])
    expect(b).toEqual({ seconds: 1200, via: saver, exact: true })
    const c = idleBound({ kind: 'seconds', value: 300 }, [src('Battery Power', 2), src('AC Power', 10)])
    expect(c).toEqual({ seconds: 300, via: saver, exact: true })
    const d = idleBound({ kind: 'seconds', value: 3600 }, [src('Battery Power', 2), src('AC Power', 10)])
    expect(d.via === null ? null : english(d.via)).toBe('display sleep, AC Power')
  })

  it('is infinite when a source never sleeps the display and the saver is off', () => {
    const b = idleBound({ kind: 'seconds', value: 0 }, [src('Battery Power', 2), src('AC Power', 0)])
    expect(b.seconds).toBe(Number.POSITIVE_INFINITY)
    expect(b.exact).toBe(true)
  })

  it('gives an upper bound (not exact) when an input is missing', () => {
    expect(idleBound({ kind: 'seconds', value: 300 }, null)).toEqual({
      seconds: 300,
      via: msg('check.screen-lock.darwin.via.screenSaver'),
      exact: false,
    })
    expect(idleBound({ kind: 'unknown', detail: msg('check.common.noAnswer') }, null).seconds).toBeNull()
  })

  it('never underestimates: hiding inputs only loosens the bound', () => {
    const minutes = fc.constantFrom(0, 1, 2, 5, 10, 15, 30, 60, 180)
    fc.assert(
      fc.property(
        fc.constantFrom(0, 60, 300, 600, 1200, 3600),
        fc.array(minutes, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        (idle, ds, hideIdle, hidePmset, hideSources) => {
          const full = ds.map((m, i) => src(`S${i} Power`, m))
          const truth = idleBound({ kind: 'seconds', value: idle }, full)
          expect(truth.exact).toBe(true)
          const seenIdle: IdleSetting = hideIdle
            ? { kind: 'unknown', detail: msg('check.common.noAnswer') }
            : { kind: 'seconds', value: idle }
          const seenPower = hidePmset
            ? null
            : full.map((s, i) => (hideSources[i] ? { ...s, displaySleepMinutes: null } : s))
          const b = idleBound(seenIdle, seenPower)
          if (b.seconds !== null) expect(b.seconds).toBeGreaterThanOrEqual(truth.seconds as number)
          if (b.exact) expect(b.seconds).toBe(truth.seconds)
        },
      ),
    )
  })
})

describe('effectiveIdle and userFromHome', () => {
  const secs = (value: number): IdleSetting => ({ kind: 'seconds', value })
  it('a profile value overrides the user value; the longest profile value wins; never beats all', () => {
    expect(effectiveIdle(secs(300), [{ kind: 'not-set' }, { kind: 'not-set' }])).toEqual({
      idle: secs(300),
      fromProfile: false,
    })
    expect(effectiveIdle(secs(300), [secs(1800), { kind: 'not-set' }])).toEqual({
      idle: secs(1800),
      fromProfile: true,
    })
    expect(effectiveIdle(secs(300), [secs(600), secs(120)]).idle).toEqual(secs(600))
    expect(effectiveIdle(secs(300), [secs(600), secs(0)]).idle).toEqual(secs(0))
  })
  it('an unreadable profile domain makes the screen saver time unknown', () => {
    expect(
      effectiveIdle(secs(300), [{ kind: 'unknown', detail: msg('check.common.noAnswer') }]).idle.kind,
    ).toBe('unknown')
  })
  it('takes the short name from a plain /Users home only', () => {
    expect(userFromHome('/Users/alex')).toBe('alex')
    expect(userFromHome('/Users/alex/')).toBe('alex')
    expect(userFromHome('/Users/../etc')).toBeNull()
    expect(userFromHome('/var/root')).toBeNull()
    expect(userFromHome(undefined)).toBeNull()
  })
})

describe('macOS screen-lock strategy', () => {
  const good = [
    ...NO_PROFILE,
    swVers('15.7.2'),
    exit(SAC, '', `${NSLOG}screenLock delay is immediate\n`),
    exit(IDLE, '300\n'),
    exit(PMSET, PMSET_LAPTOP),
  ]

  it('passes: immediate lock, screen saver after 5 min', async () => {
    const v = await runStrategy(darwinStrategy, good)
    expect(v.status).toBe('pass')
    expect(v.observed).toContain('idle 300 s (screen saver) + grace 0 s')
    expect(v.remediationId).toBe('screen-lock.darwin.configure')
  })

  it('respects the policy limit', async () => {
    const strict = { ...DEFAULT_POLICY, screenLock: { maxIdlePlusGraceSeconds: 299 } }
    expect((await runStrategy(darwinStrategy, good, { policy: strict })).status).toBe('fail')
  })

  it('fails when the lock is off, even if sw_vers is missing (macOS 12 wording otherwise)', async () => {
    const v = await runStrategy(darwinStrategy, [...NO_PROFILE, exit(SAC, '', `${NSLOG}screenLock is off\n`)])
    expect(v.status).toBe('fail')
    const old = await runStrategy(darwinStrategy, [
      ...NO_PROFILE,
      swVers('12.7.6'),
      exit(SAC, '', `${NSLOG}screenLock is off\n`),
    ])
    expect(old.remediationId).toBe('screen-lock.darwin.configure.macos12')
  })

  it('fails when nothing ever starts (saver never, display never)', async () => {
    const v = await runStrategy(darwinStrategy, [
      ...NO_PROFILE,
      swVers('15.7.2'),
      exit(SAC, '', `${NSLOG}screenLock delay is immediate\n`),
      exit(IDLE, '0\n'),
      exit(PMSET, 'AC Power:\n displaysleep         0\n sleep                0\n'),
    ])
    expect(v.status).toBe('fail')
    expect(v.summary).toMatch(/never/)
  })

  it('fails on a long idle time even when sysadminctl cannot answer', async () => {
    const v = await runStrategy(darwinStrategy, [
      ...NO_PROFILE,
      failed(SAC, 'ETIMEDOUT'),
      exit(IDLE, '3600\n'),
      exit(PMSET, 'AC Power:\n displaysleep         60\n'),
    ])
    expect(v.status).toBe('fail')
  })

  it('fails when the grace period alone reaches the limit, whatever the idle settings say', async () => {
    const grace = (n: number) => exit(SAC, '', `${NSLOG}screenLock delay is ${n} seconds\n`)
    // Idle unreadable (saver hung, pmset missing), and only bounded (saver 5 min, pmset missing).
    for (const idle of [
      [failed(IDLE, 'ETIMEDOUT'), failed(PMSET, 'ENOENT')],
      [exit(IDLE, '300\n'), failed(PMSET, 'ETIMEDOUT')],
    ]) {
      const v = await runStrategy(darwinStrategy, [...NO_PROFILE, grace(3600), ...idle])
      expect(v.status).toBe('fail')
      expect(v.summary).toContain('60 min')
      expect(v.remediationId).toBe('screen-lock.darwin.configure')
      // The limit itself: idle is at least a second, so a grace equal to the limit is over it.
      expect((await runStrategy(darwinStrategy, [...NO_PROFILE, grace(900), ...idle])).status).toBe('fail')
      // Below the limit the idle time still matters: unknown, never a guess.
      expect((await runStrategy(darwinStrategy, [...NO_PROFILE, grace(899), ...idle])).status).toBe('unknown')
    }
  })

  it('is unknown when sysadminctl gives nothing (outside the GUI session)', async () => {
    const v = await runStrategy(darwinStrategy, [
      ...NO_PROFILE,
      swVers('15.7.2'),
      exit(SAC, '', ''),
      exit(IDLE, '300\n'),
      exit(PMSET, PMSET_LAPTOP),
    ])
    expect(v.status).toBe('unknown')
    expect(v.reason).toMatch(/desktop session/)
  })

  it('passes on the screen saver alone when pmset is unavailable, but is unknown if that is too long', async () => {
    const lock = exit(SAC, '', `${NSLOG}screenLock delay is immediate\n`)
    expect(
      (await runStrategy(darwinStrategy, [...NO_PROFILE, lock, exit(IDLE, '300\n'), failed(PMSET, 'ENOENT')]))
        .status,
    ).toBe('pass')
    expect(
      (
        await runStrategy(darwinStrategy, [
          ...NO_PROFILE,
          lock,
          exit(IDLE, '1800\n'),
          failed(PMSET, 'ENOENT'),
        ])
      ).status,
    ).toBe('unknown')
  })

  it('treats a never-set screen saver as off and uses display sleep', async () => {
    const v = await runStrategy(darwinStrategy, [
      ...NO_PROFILE,
      exit(SAC, '', `${NSLOG}screenLock delay is 5 seconds\n`),
      exit(IDLE, '', IDLE_MISSING, 1),
      exit(PMSET, 'AC Power:\n displaysleep         10\n'),
    ])
    expect(v.status).toBe('pass')
    expect(v.observed).toContain('idle 600 s (display sleep, AC Power) + grace 5 s')
  })

  it('a profile forcing a longer screen saver time wins over the user setting', async () => {
    const cmds = [
      swVers('15.7.2'),
      exit(SAC, '', `${NSLOG}screenLock delay is immediate\n`),
      exit(IDLE, '300\n'),
      exit(MIDLE, '', notExist('/Library/Managed Preferences/com.apple.screensaver'), 1),
      exit(UMIDLE, '1800\n'),
      exit(PMSET, 'AC Power:\n displaysleep         30\n'),
    ]
    const v = await runStrategy(darwinStrategy, cmds)
    expect(v.status).toBe('fail')
    expect(v.observed).toContain('screen saver after 30 min (set by a configuration profile)')
  })

  it('without a readable profile answer, only display sleep can prove a pass', async () => {
    const lock = exit(SAC, '', `${NSLOG}screenLock delay is immediate\n`)
    const shortDisplay = [lock, exit(IDLE, '300\n'), exit(PMSET, 'AC Power:\n displaysleep         10\n')]
    const longDisplay = [lock, exit(IDLE, '300\n'), exit(PMSET, 'AC Power:\n displaysleep         30\n')]
    expect((await runStrategy(darwinStrategy, shortDisplay)).status).toBe('pass')
    expect((await runStrategy(darwinStrategy, longDisplay)).status).toBe('unknown')
  })

  it('trusts a non-zero sysadminctl exit only for "off"', async () => {
    const bad = await runStrategy(darwinStrategy, [
      ...NO_PROFILE,
      exit(SAC, '', `${NSLOG}screenLock delay is immediate\n`, 1),
      exit(IDLE, '300\n'),
      exit(PMSET, PMSET_LAPTOP),
    ])
    expect(bad.status).toBe('unknown')
  })

  it('never passes when sysadminctl prints random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 100 }), async (s) => {
        fc.pre(!/screenLock delay is/i.test(s))
        const v = await runStrategy(darwinStrategy, [
          ...NO_PROFILE,
          exit(SAC, '', s),
          exit(IDLE, '300\n'),
          exit(PMSET, PMSET_LAPTOP),
        ])
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 150 },
    )
  })
})
