import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DM_UNIT, linuxStrategy, SYSTEMD_RUNTIME } from '../../../../../main/checks/login-protection/linux'
import { runStrategy, type Script } from '../linux-fake-probe'

const GDM_UNIT = '[Service]\nExecStart=/usr/sbin/gdm3\n[Install]\nAlias=display-manager.service\n'
const LIGHTDM_UNIT = '[Service]\nExecStart=/usr/sbin/lightdm\n'

const machine = (
  files: Record<string, string>,
  dirs: Script['dirs'] = {},
  env: Script['env'] = { HOME: '/home/sam', XDG_CURRENT_DESKTOP: 'GNOME' },
): Script => ({
  env,
  files,
  dirs: { [SYSTEMD_RUNTIME]: ['session-2.scope.d'], ...dirs },
})

describe('login-protection on Linux', () => {
  it('GDM with autologin fails; the stock file passes', async () => {
    const on = await runStrategy(
      linuxStrategy,
      machine({
        [DM_UNIT]: GDM_UNIT,
        '/etc/gdm3/custom.conf': '[daemon]\nAutomaticLoginEnable=True\nAutomaticLogin=sam\n',
      }),
    )
    expect(on.status).toBe('fail')
    expect(on.remediationId).toBe('login-protection.linux.gdm')
    const off = await runStrategy(
      linuxStrategy,
      machine({ [DM_UNIT]: GDM_UNIT, '/etc/gdm3/custom.conf': '[daemon]\n#  AutomaticLoginEnable = true\n' }),
    )
    expect(off.status).toBe('pass')
  })

  it('reads lightdm.conf.d files in C order and only *.conf', async () => {
    const v = await runStrategy(
      linuxStrategy,
      machine(
        {
          [DM_UNIT]: LIGHTDM_UNIT,
          '/etc/lightdm/lightdm.conf.d/10-on.conf': '[Seat:*]\nautologin-user=sam\nallow-guest=false\n',
          '/etc/lightdm/lightdm.conf.d/90-off.conf.bak': '[Seat:*]\nautologin-user=\n',
        },
        { '/etc/lightdm/lightdm.conf.d': ['90-off.conf.bak', '10-on.conf'] },
      ),
    )
    expect(v.status).toBe('fail')
    const cleared = await runStrategy(
      linuxStrategy,
      machine(
        {
          [DM_UNIT]: LIGHTDM_UNIT,
          '/etc/lightdm/lightdm.conf.d/10-on.conf': '[Seat:*]\nautologin-user=sam\nallow-guest=false\n',
          '/etc/lightdm/lightdm.conf.d/90-off.conf': '[Seat:*]\nautologin-user=\n',
        },
        { '/etc/lightdm/lightdm.conf.d': ['90-off.conf', '10-on.conf'] },
      ),
    )
    expect(cleared.status).toBe('pass')
  })

  it('a guest-account script named in the settings counts as installed', async () => {
    const v = await runStrategy(
      linuxStrategy,
      machine({
        [DM_UNIT]: LIGHTDM_UNIT,
        '/etc/lightdm/lightdm.conf':
          '[LightDM]\nguest-account-script=/opt/guest/setup\n[Seat:*]\nallow-guest=true\n',
      }),
    )
    expect(v.status).toBe('fail')
    expect(v.summary).toMatch(/guest session/)
  })

  it('an unreadable settings file of the running display manager is unknown', async () => {
    const v = await runStrategy(linuxStrategy, {
      ...machine({ [DM_UNIT]: GDM_UNIT }),
      files: { [DM_UNIT]: GDM_UNIT, '/etc/gdm3/custom.conf': { kind: 'error', error: 'EACCES' } },
    })
    expect(v.status).toBe('unknown')
    expect(v.reason).toMatch(/custom\.conf/)
  })

  it('no systemd: unknown unless something already fails', async () => {
    const bare: Script = { env: { HOME: '/home/sam' }, files: {}, dirs: {} }
    expect((await runStrategy(linuxStrategy, bare)).status).toBe('unknown')
    const lightdmOn: Script = {
      ...bare,
      files: { '/etc/lightdm/lightdm.conf': '[Seat:*]\nautologin-user=sam\n' },
    }
    expect((await runStrategy(linuxStrategy, lightdmOn)).status).toBe('fail')
  })

  it('LightDM without any settings file: its defaults offer guests when the script is installed', async () => {
    const v = await runStrategy(
      linuxStrategy,
      machine({ [DM_UNIT]: LIGHTDM_UNIT, '/usr/sbin/guest-account': '#!/bin/sh\n' }),
    )
    expect(v.status).toBe('fail')
    const none = await runStrategy(linuxStrategy, machine({ [DM_UNIT]: LIGHTDM_UNIT }))
    expect(none.status).toBe('pass')
  })

  it('headless systemd machine with no display manager and no getty drop-in passes', async () => {
    const v = await runStrategy(linuxStrategy, machine({}, {}, { HOME: '/home/sam' }))
    expect(v.status).toBe('pass')
  })

  it('container and WSL are unknown', async () => {
    const v = await runStrategy(linuxStrategy, {
      ...machine({}),
      env: { HOME: '/home/sam', WSL_DISTRO_NAME: 'Ubuntu' },
    })
    expect(v.status).toBe('unknown')
    expect(v.remediationId).toBe('login-protection.linux.host')
  })

  it('random display-manager unit text never passes while a desktop runs and no settings exist', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120 }), async (s) => {
        fc.pre(!/ExecStart\s*=.*\b(gdm3?|lightdm|sddm|greetd)\b/.test(s))
        const v = await runStrategy(linuxStrategy, machine({ [DM_UNIT]: s }))
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 100 },
    )
  })
})
