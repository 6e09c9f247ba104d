import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decideLock,
  judgeLock,
  kdeLookup,
  parseBool,
  parseKdeIni,
  parseUint,
} from '../../../../../main/checks/screen-lock/linux-desktops'
import { linuxStrategy } from '../../../../../main/checks/screen-lock/linux'
import { DEFAULT_POLICY } from '../../../../../shared/policy'
import { exit, runStrategy, type Answer, type Script } from '../linux-fake-probe'

describe('value parsing', () => {
  it('reads GVariant and plain numbers, booleans only as true/false', () => {
    expect(parseUint('uint32 300\n')).toBe(300)
    expect(parseUint('5')).toBe(5)
    expect(parseUint('int32 -1')).toBeNull()
    expect(parseUint('300 seconds')).toBeNull()
    expect(parseUint('uint32 99999999999')).toBeNull()
    expect(parseBool('true\n')).toBe(true)
    expect(parseBool('False')).toBeNull()
  })

  it('judges idle + grace against the limit, and never when idle is 0 or lock is off', () => {
    expect(judgeLock({ lockEnabled: true, idleSeconds: 300, graceSeconds: 0 }, 900).ok).toBe(true)
    expect(judgeLock({ lockEnabled: true, idleSeconds: 900, graceSeconds: 0 }, 900).ok).toBe(true)
    expect(judgeLock({ lockEnabled: true, idleSeconds: 900, graceSeconds: 1 }, 900).ok).toBe(false)
    expect(judgeLock({ lockEnabled: true, idleSeconds: 0, graceSeconds: 0 }, 900).ok).toBe(false)
    expect(judgeLock({ lockEnabled: false, idleSeconds: 60, graceSeconds: 0 }, 900).ok).toBe(false)
  })

  it('decides on partly known settings only when every completion agrees', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null })
    fc.assert(
      fc.property(
        maybe(fc.boolean()),
        maybe(fc.integer({ min: 0, max: 7200 })),
        maybe(fc.integer({ min: 0, max: 7200 })),
        fc.integer({ min: 1, max: 3600 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 7200 }),
        fc.integer({ min: 0, max: 7200 }),
        (lockEnabled, idleSeconds, graceSeconds, max, fillLock, fillIdle, fillGrace) => {
          const d = decideLock({ lockEnabled, idleSeconds, graceSeconds }, max)
          const unknownSome = lockEnabled === null || idleSeconds === null || graceSeconds === null
          if (unknownSome) expect(d.status).not.toBe('pass')
          // Any way of filling in the unread values gives the same fail (a fail is never premature).
          const full = judgeLock(
            {
              lockEnabled: lockEnabled ?? fillLock,
              idleSeconds: idleSeconds ?? fillIdle,
              graceSeconds: graceSeconds ?? fillGrace,
            },
            max,
          )
          if (d.status === 'fail') expect(full.ok).toBe(false)
          if (!unknownSome) expect(d.status).toBe(full.ok ? 'pass' : 'fail')
        },
      ),
    )
  })

  it('decides a fail from the values read alone', () => {
    expect(decideLock({ lockEnabled: false, idleSeconds: null, graceSeconds: null }, 900).status).toBe('fail')
    expect(decideLock({ lockEnabled: null, idleSeconds: 0, graceSeconds: null }, 900).status).toBe('fail')
    expect(decideLock({ lockEnabled: null, idleSeconds: 3600, graceSeconds: null }, 900).status).toBe('fail')
    expect(decideLock({ lockEnabled: true, idleSeconds: null, graceSeconds: 900 }, 900).status).toBe('fail')
    expect(decideLock({ lockEnabled: true, idleSeconds: null, graceSeconds: 899 }, 900).status).toBe(
      'unknown',
    )
    expect(decideLock({ lockEnabled: true, idleSeconds: 300, graceSeconds: null }, 900).status).toBe(
      'unknown',
    )
  })

  it('an unreadable KDE file makes later values unknown unless an earlier file fixed them', () => {
    const sys = parseKdeIni('[Daemon]\nAutolock[$i]=false\nTimeout=5\n')
    expect(kdeLookup([sys, null], 'Daemon', 'Autolock')).toBe('false')
    expect(kdeLookup([sys, null], 'Daemon', 'Timeout')).toBeNull()
    expect(kdeLookup([null, sys], 'Daemon', 'Autolock')).toBeNull()
  })

  it('KDE files cascade: the user wins unless the system file marks the key or group [$i]', () => {
    const sys = parseKdeIni('[Daemon]\nTimeout=5\nAutolock[$i]=true\n')
    const user = parseKdeIni('[Daemon]\nTimeout=30\nAutolock=false\n')
    expect(kdeLookup([sys, user], 'Daemon', 'Timeout')).toBe('30')
    expect(kdeLookup([sys, user], 'Daemon', 'Autolock')).toBe('true')
    const locked = parseKdeIni('[Daemon][$i]\nTimeout=5\n')
    expect(kdeLookup([locked, user], 'Daemon', 'Timeout')).toBe('5')
    expect(kdeLookup([user], 'Other', 'Timeout')).toBeUndefined()
  })
})

const gnome = (v: Record<string, string>): Script => ({
  env: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', HOME: '/home/sam' },
  run: (c) =>
    c.startsWith('gsettings get ') && v[c.slice(14)] !== undefined ? exit(`${v[c.slice(14)]}\n`) : undefined,
})
const GOOD = {
  'org.gnome.desktop.screensaver lock-enabled': 'true',
  'org.gnome.desktop.session idle-delay': 'uint32 300',
  'org.gnome.desktop.screensaver lock-delay': 'uint32 0',
  'org.gnome.desktop.lockdown disable-lock-screen': 'false',
}

describe('screen-lock strategy (linux)', () => {
  it('GNOME: passes on good settings, fails at the boundary + 1 s, honours the policy', async () => {
    expect((await runStrategy(linuxStrategy, gnome(GOOD))).status).toBe('pass')
    const over = {
      ...GOOD,
      'org.gnome.desktop.session idle-delay': 'uint32 600',
      'org.gnome.desktop.screensaver lock-delay': 'uint32 301',
    }
    expect((await runStrategy(linuxStrategy, gnome(over))).status).toBe('fail')
    const strict = { ...DEFAULT_POLICY, screenLock: { maxIdlePlusGraceSeconds: 120 } }
    expect((await runStrategy(linuxStrategy, gnome(GOOD), strict)).status).toBe('fail')
  })

  it('picks the desktop from the session, not from installed schemas', async () => {
    // A Cinnamon session where only GNOME keys answer: must not pass on GNOME's values.
    const v = await runStrategy(linuxStrategy, { ...gnome(GOOD), env: { XDG_CURRENT_DESKTOP: 'X-Cinnamon' } })
    expect(v.status).toBe('unknown')
  })

  it('MATE delays are minutes', async () => {
    const mate = (idle: string): Script => ({
      env: { XDG_CURRENT_DESKTOP: 'MATE' },
      run: (c) =>
        ({
          'gsettings get org.mate.screensaver lock-enabled': exit('true\n'),
          'gsettings get org.mate.session idle-delay': exit(`${idle}\n`),
          'gsettings get org.mate.screensaver lock-delay': exit('0\n'),
          'gsettings get org.mate.lockdown disable-lock-screen': exit('false\n'),
          'gsettings get org.mate.screensaver idle-activation-enabled': exit('true\n'),
        })[c],
    })
    expect((await runStrategy(linuxStrategy, mate('15'))).status).toBe('pass')
    expect((await runStrategy(linuxStrategy, mate('16'))).status).toBe('fail')
  })

  it('no session is not-applicable, an unknown desktop is unknown', async () => {
    expect((await runStrategy(linuxStrategy, { env: {} })).status).toBe('not-applicable')
    const v = await runStrategy(linuxStrategy, { env: { XDG_CURRENT_DESKTOP: 'Hyprland' } })
    expect(v.status).toBe('unknown')
    expect(v.summary).toContain('Hyprland')
  })

  it('GNOME, KDE, XFCE: a setting seen off decides a fail although another cannot be read', async () => {
    const hung: Answer = { kind: 'error', error: 'ETIMEDOUT' }
    const gnomeWith = (v: Record<string, string | Answer>): Script => ({
      env: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', HOME: '/home/sam' },
      run: (c) => {
        const x = v[c.slice(14)]
        return typeof x === 'string' ? exit(`${x}\n`) : x
      },
    })
    const lockOff = { ...GOOD, 'org.gnome.desktop.screensaver lock-enabled': 'false' }
    const v1 = await runStrategy(
      linuxStrategy,
      gnomeWith({ ...lockOff, 'org.gnome.desktop.session idle-delay': hung }),
    )
    expect(v1.status).toBe('fail')
    expect(v1.remediationId).toBe('screen-lock.linux.gnome')
    expect(v1.reason).toMatch(/already decide/)
    // The same unreadable key with locking on: unknown, never pass.
    const v2 = await runStrategy(
      linuxStrategy,
      gnomeWith({ ...GOOD, 'org.gnome.desktop.session idle-delay': hung }),
    )
    expect(v2.status).toBe('unknown')
    expect(v2.remediationId).toBe('screen-lock.unknown')

    const kde = (autolock: string): Script => ({
      env: { XDG_CURRENT_DESKTOP: 'KDE', KDE_SESSION_VERSION: '6', HOME: '/home/sam' },
      run: (c) =>
        c.includes('--key Autolock')
          ? exit(`${autolock}\n`)
          : c.includes('--key Timeout')
            ? hung
            : exit('5\n'),
    })
    expect((await runStrategy(linuxStrategy, kde('false'))).status).toBe('fail')
    expect((await runStrategy(linuxStrategy, kde('true'))).status).toBe('unknown')

    const xfce = (lock: string): Script => ({
      env: { XDG_CURRENT_DESKTOP: 'XFCE', HOME: '/home/sam' },
      files: { '/etc/xdg/autostart/xfce4-screensaver.desktop': '[Desktop Entry]\nName=Screensaver\n' },
      run: (c) =>
        c.endsWith('/lock/enabled')
          ? exit(`${lock}\n`)
          : c.endsWith('/saver/idle-activation/delay')
            ? exit('', 1, 'Failed to init libxfconf\n')
            : c.startsWith('xfconf-query')
              ? exit(c.endsWith('delay') ? '0\n' : 'true\n')
              : undefined,
    })
    expect((await runStrategy(linuxStrategy, xfce('false'))).status).toBe('fail')
    expect((await runStrategy(linuxStrategy, xfce('true'))).status).toBe('unknown')
  })

  it('never passes when any GNOME key cannot be read', async () => {
    const keys = Object.keys(GOOD)
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(keys, { minLength: 1 }),
        fc.constantFrom<Answer>(
          { kind: 'error', error: 'ETIMEDOUT' },
          { kind: 'error', error: 'ENOENT' },
          exit('', 1, 'No such schema\n'),
          exit('true\n', 0, "GLib-GIO-Message: Using the 'memory' GSettings backend.\n"),
        ),
        async (broken, answer) => {
          const v = await runStrategy(linuxStrategy, {
            env: { XDG_CURRENT_DESKTOP: 'GNOME', HOME: '/home/sam' },
            run: (c) => {
              const key = c.slice(14)
              if (broken.includes(key)) return answer
              const good = (GOOD as Record<string, string>)[key]
              return good === undefined ? undefined : exit(`${good}\n`)
            },
          })
          expect(v.status).toBe('unknown')
        },
      ),
      { numRuns: 100 },
    )
  })

  it('never passes on random gsettings output', async () => {
    const keys = Object.keys(GOOD)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string(), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        async (vals, i) => {
          const v: Record<string, string> = { ...GOOD }
          // Replace one key by random text; with the others good, only a valid value may pass.
          v[keys[i] as string] = vals[i] as string
          const verdict = await runStrategy(linuxStrategy, gnome(v))
          const r = (vals[i] as string).trim()
          const valid = i === 0 ? r === 'true' : i === 3 ? r === 'false' : /^(uint32 )?\d+$/.test(r)
          if (!valid) expect(verdict.status).not.toBe('pass')
        },
      ),
      { numRuns: 300 },
    )
  })

  it('never passes on random KDE config files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        const v = await runStrategy(linuxStrategy, {
          env: { XDG_CURRENT_DESKTOP: 'KDE', KDE_SESSION_VERSION: '6', HOME: '/home/sam' },
          files: { '/home/sam/.config/kscreenlockerrc': `[Daemon]\nAutolock=false\n${text}` },
        })
        // The file starts with Autolock=false; random text can only turn it back on by saying so.
        if (!/Autolock/.test(text)) expect(v.status).not.toBe('pass')
      }),
      { numRuns: 200 },
    )
  })
})
