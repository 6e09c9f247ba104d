import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  judgeLock,
  kdeLookup,
  parseBool,
  parseKdeIni,
  parseUint,
} from '../../../../../main/checks/screen-lock/linux-desktops'
import { linuxStrategy } from '../../../../../main/checks/screen-lock/linux'
import { DEFAULT_POLICY } from '../../../../../shared/policy'
import { exit, runStrategy, type Script } from '../linux-fake-probe'

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
