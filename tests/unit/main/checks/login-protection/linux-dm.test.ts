import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  classifyDm,
  dmFromUnit,
  gdmBool,
  globMatch,
  judgeGdm,
  judgeGettyDropIn,
  judgeGreetd,
  judgeLightdm,
  judgeSddm,
  LightdmConfig,
  parseKeyFile,
} from '../../../../../main/checks/login-protection/linux-dm'
import { english } from '../../../../../main/checks/verdict'

const lightdm = (...files: string[]): LightdmConfig => {
  const c = new LightdmConfig()
  files.forEach((t, i) => c.load(t, `f${i}.conf`))
  return c
}

describe('key files', () => {
  it('reads groups and keys like GKeyFile: trimmed, # comments, later duplicates win, groups merge', () => {
    const g = parseKeyFile(
      '# c\n[daemon]\n  AutomaticLogin = sam \n#AutomaticLoginEnable=true\nx=1\n[other]\n[daemon]\nx=2\n',
    )
    expect(g.map((x) => x.name)).toEqual(['daemon', 'other'])
    expect(Object.fromEntries(g[0]?.entries ?? [])).toEqual({ AutomaticLogin: 'sam', x: '2' })
  })
  it('SDDM style: inline # comments and an implicit [General] group', () => {
    const g = parseKeyFile('Numlock=on\n[Autologin]\nUser=   # off\n', {
      inlineComments: true,
      implicitGroup: 'General',
    })
    expect(g.find((x) => x.name === 'General')?.entries.get('Numlock')).toBe('on')
    expect(g.find((x) => x.name === 'Autologin')?.entries.get('User')).toBe('')
  })
})

describe('GDM', () => {
  it('accepts true/false in any case and 1/0, nothing else', () => {
    expect(['True', 'true', 'TRUE', '1'].map(gdmBool)).toEqual([true, true, true, true])
    expect(['False', 'false', '0'].map(gdmBool)).toEqual([false, false, false])
    expect(['yes', 'on', ''].map(gdmBool)).toEqual([null, null, null])
  })
  it('automatic and timed login need both the switch and a user', () => {
    expect(judgeGdm('[daemon]\nAutomaticLoginEnable=True\nAutomaticLogin=sam\n', 'c').autologin).toHaveLength(
      1,
    )
    expect(
      judgeGdm('[daemon]\nTimedLoginEnable=true\nTimedLogin=sam\nTimedLoginDelay=10\n', 'c').autologin,
    ).toHaveLength(1)
    const noUser = judgeGdm('[daemon]\nAutomaticLoginEnable=True\n', 'c')
    expect(noUser.autologin).toEqual([])
    expect(noUser.notes.map(english)).toEqual([
      'c: AutomaticLoginEnable is on but names no user, so GDM ignores it',
    ])
    expect(judgeGdm('[daemon]\nTimedLoginEnable=1\nTimedLogin=sam\n', 'c').autologin.map(english)).toEqual([
      'GDM timed automatic login is on (c: TimedLoginEnable=1)',
    ])
    expect(judgeGdm('[daemon]\n#AutomaticLoginEnable=True\n#AutomaticLogin=sam\n', 'c').autologin).toEqual([])
    expect(judgeGdm('[security]\nAutomaticLoginEnable=True\nAutomaticLogin=sam\n', 'c').autologin).toEqual([])
    expect(judgeGdm('[daemon]\nAutomaticLoginEnable=yes\nAutomaticLogin=sam\n', 'c').problems).toHaveLength(1)
  })
  it('never reports the user name', () => {
    const f = judgeGdm('[daemon]\nAutomaticLoginEnable=true\nAutomaticLogin=secretname\n', 'c')
    expect(JSON.stringify(f)).not.toContain('secretname')
  })
})

describe('LightDM', () => {
  it('later files override earlier ones; [SeatDefaults] is [Seat:*]', () => {
    expect(
      judgeLightdm(lightdm('[Seat:*]\nautologin-user=sam\n', '[SeatDefaults]\nautologin-user=\n'), false)
        .autologin,
    ).toEqual([])
    expect(
      judgeLightdm(lightdm('[Seat:*]\nautologin-user=\n', '[SeatDefaults]\nautologin-user=sam\n'), false)
        .autologin,
    ).toHaveLength(1)
  })
  it('a matching [Seat:glob] section wins over [Seat:*] for seat0; others do not apply', () => {
    expect(
      judgeLightdm(lightdm('[Seat:*]\nautologin-user=\n[Seat:seat*]\nautologin-user=sam\n'), false).autologin,
    ).toHaveLength(1)
    expect(
      judgeLightdm(lightdm('[Seat:*]\nautologin-user=\n[Seat:seat1]\nautologin-user=sam\n'), false).autologin,
    ).toEqual([])
    expect(globMatch('seat?', 'seat0')).toBe(true)
    expect(globMatch('seat.', 'seat0')).toBe(false)
  })
  it('allow-guest defaults to true and only the exact word true is true; guests need the script', () => {
    expect(judgeLightdm(lightdm(''), true).guest).toHaveLength(1)
    const noScript = judgeLightdm(lightdm(''), false)
    expect(noScript.guest).toEqual([])
    expect(noScript.notes.map(english)).toEqual([
      'LightDM would allow guest sessions (allow-guest is not set, and LightDM’s default is true), but the guest-account script is not installed, so none is offered',
    ])
    expect(judgeLightdm(lightdm('[Seat:*]\nallow-guest=True\n'), true).guest).toEqual([])
    expect(judgeLightdm(lightdm('[Seat:*]\nallow-guest=true  \n'), true).guest).toHaveLength(1)
    expect(judgeLightdm(lightdm('[Seat:*]\nallow-guest=false\n'), null).problems).toEqual([])
    expect(judgeLightdm(lightdm(''), null).problems).toHaveLength(1)
    expect(
      judgeLightdm(lightdm('[Seat:*]\nautologin-guest=true\nallow-guest=false\n'), false).autologin,
    ).toHaveLength(1)
  })
})

describe('SDDM, greetd, getty', () => {
  it('SDDM: the last file that sets [Autologin] User wins', () => {
    expect(judgeSddm([{ text: '[Autologin]\nUser=sam\n', file: 'a' }]).autologin).toHaveLength(1)
    expect(
      judgeSddm([
        { text: '[Autologin]\nUser=sam\n', file: 'a' },
        { text: '[Autologin]\nUser=\n', file: 'b' },
      ]).autologin,
    ).toEqual([])
    expect(
      judgeSddm([
        { text: '[Autologin]\nUser=\n', file: 'a' },
        { text: '[Theme]\nCurrent=x\n', file: 'b' },
      ]).autologin,
    ).toEqual([])
    expect(judgeSddm([{ text: '[Autologin]\n# User=sam\nUser=\n', file: 'a' }]).autologin).toEqual([])
  })
  it('greetd: only an [initial_session] with a user logs in', () => {
    expect(judgeGreetd('[default_session]\nuser = "greeter"\n', 'c').autologin).toEqual([])
    expect(judgeGreetd('[initial_session]\ncommand = "sway"\nuser = "sam"\n', 'c').autologin).toHaveLength(1)
    expect(judgeGreetd('#[initial_session]\n#user = "sam"\n', 'c').autologin).toEqual([])
  })
  it('getty: --autologin or -a on an ExecStart line', () => {
    expect(
      judgeGettyDropIn(
        '[Service]\nExecStart=\nExecStart=-/sbin/agetty --autologin sam --noclear %I $TERM\n',
        'c',
      ).autologin,
    ).toHaveLength(1)
    expect(judgeGettyDropIn('[Service]\nExecStart=-/sbin/agetty -a sam %I\n', 'c').autologin).toHaveLength(1)
    expect(
      judgeGettyDropIn('[Service]\n#ExecStart=-/sbin/agetty --autologin sam %I\nTTYVTDisallocate=no\n', 'c')
        .autologin,
    ).toEqual([])
  })
})

describe('which display manager', () => {
  it('by program basename from ExecStart= or a path', () => {
    expect(
      dmFromUnit('[Service]\nExecStartPre=/usr/share/gdm/generate-config\nExecStart=/usr/sbin/gdm3\n'),
    ).toBe('gdm')
    expect(dmFromUnit('[Service]\nExecStart=greetd\n')).toBe('greetd')
    expect(dmFromUnit('[Service]\nExecStart=-/usr/bin/sddm --test\n')).toBe('sddm')
    expect(dmFromUnit('[Service]\nExecStart=/usr/sbin/lxdm\n')).toEqual({ other: 'lxdm' })
    expect(dmFromUnit('[Service]\nType=simple\n')).toBeNull()
    expect(classifyDm('/usr/sbin/lightdm\n')).toBe('lightdm')
  })
})

describe('properties', () => {
  it('an autologin-user line in [Seat:*] of the last file always counts, whatever precedes it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 40 }), { maxLength: 8 }),
        fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/),
        (junk, user) => {
          const c = lightdm(junk.join('\n'), `[Seat:*]\nautologin-user=${user}\n`)
          expect(judgeLightdm(c, false).autologin.length).toBeGreaterThan(0)
        },
      ),
    )
  })
  it('GDM: random lines before an autologin [daemon] group never hide it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 40 }).filter((l) => !l.includes('[')),
          { maxLength: 8 },
        ),
        (junk) => {
          const f = judgeGdm(
            `${junk.join('\n')}\n[daemon]\nAutomaticLoginEnable=true\nAutomaticLogin=sam\n`,
            'c',
          )
          expect(f.autologin).toHaveLength(1)
        },
      ),
    )
  })
})
