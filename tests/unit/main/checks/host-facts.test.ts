import { describe, expect, it } from 'vitest'
import { classifyDesktop, createHostFacts, parseOsRelease } from '../../../../main/checks/host-facts'
import { exit, scriptedProbe, type Script } from './linux-fake-probe'

const kind = async (script: Script) => (await createHostFacts(scriptedProbe(script), 'linux').hostKind()).kind

describe('host kind', () => {
  it('WSL from the kernel string, the launcher variables or systemd-detect-virt', async () => {
    expect(
      await kind({ files: { '/proc/version': 'Linux version 6.6.87.2-microsoft-standard-WSL2 (root@x)' } }),
    ).toBe('wsl')
    expect(await kind({ env: { WSL_DISTRO_NAME: 'Ubuntu' } })).toBe('wsl')
    expect(await kind({ run: (c) => (c === 'systemd-detect-virt' ? exit('wsl\n') : undefined) })).toBe('wsl')
  })

  it('containers from marker files, the container variable, systemd and systemd-detect-virt', async () => {
    expect(await kind({ files: { '/.dockerenv': '' } })).toBe('container')
    expect(await kind({ files: { '/run/.containerenv': 'engine="podman-5.2"\n' } })).toBe('container')
    expect(await kind({ env: { container: 'podman' } })).toBe('container')
    expect(await kind({ files: { '/run/systemd/container': 'systemd-nspawn\n' } })).toBe('container')
    expect(await kind({ run: (c) => (c === 'systemd-detect-virt' ? exit('lxc\n') : undefined) })).toBe(
      'container',
    )
  })

  it('VMs are labelled; "none" or a missing tool means physical-or-unknown', async () => {
    expect(await kind({ run: (c) => (c === 'systemd-detect-virt' ? exit('kvm\n') : undefined) })).toBe('vm')
    expect(await kind({ run: (c) => (c === 'systemd-detect-virt' ? exit('none\n', 1) : undefined) })).toBe(
      'physical-or-unknown',
    )
    expect(await kind({})).toBe('physical-or-unknown')
  })

  it('probes once per run (memoised)', async () => {
    let calls = 0
    const inner = scriptedProbe({})
    const probe = {
      ...inner,
      run: (argv: readonly string[]) => {
        calls++
        return inner.run(argv)
      },
    }
    const facts = createHostFacts(probe, 'linux')
    await Promise.all([facts.hostKind(), facts.hostKind(), facts.hostKind()])
    expect(calls).toBe(1)
  })

  it('is physical-or-unknown off Linux without probing', async () => {
    const facts = createHostFacts(scriptedProbe({ files: { '/.dockerenv': '' } }), 'darwin')
    expect((await facts.hostKind()).kind).toBe('physical-or-unknown')
    expect(facts.desktop().kind).toBe('none')
  })
})

describe('desktop session', () => {
  it.each([
    ['ubuntu:GNOME', 'gnome'],
    ['GNOME', 'gnome'],
    ['Budgie:GNOME', 'gnome'],
    ['pop:GNOME', 'gnome'],
    ['GNOME-Flashback:GNOME', 'gnome'],
    ['KDE', 'kde'],
    ['plasma', 'kde'],
    ['XFCE', 'xfce'],
    ['X-Cinnamon', 'cinnamon'],
    ['X-Cinnamon:GNOME', 'cinnamon'],
    ['MATE', 'mate'],
    ['sway', 'other'],
    ['COSMIC', 'other'],
    ['', 'none'],
    [undefined, 'none'],
  ] as const)('%s → %s', (raw, expected) => {
    expect(classifyDesktop(raw)).toBe(expected)
  })

  it('falls back to XDG_SESSION_DESKTOP, then DESKTOP_SESSION', () => {
    const facts = (env: Script['env']) =>
      createHostFacts(scriptedProbe({ ...(env ? { env } : {}) }), 'linux').desktop()
    expect(facts({ XDG_SESSION_DESKTOP: 'plasmawayland' })).toEqual({ kind: 'kde', raw: 'plasmawayland' })
    expect(facts({ DESKTOP_SESSION: 'mate' }).kind).toBe('mate')
    expect(facts({}).kind).toBe('none')
  })
})

describe('os-release', () => {
  it('parses quoted values and escapes, ignoring comments', () => {
    const f = parseOsRelease(
      '# c\nNAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\nX=\'a \\"b\\"\'\nbad line\n',
    )
    expect(f).toEqual({ NAME: 'Linux Mint', ID: 'linuxmint', ID_LIKE: 'ubuntu debian', X: 'a "b"' })
  })

  it('falls back to /usr/lib/os-release', async () => {
    const facts = createHostFacts(scriptedProbe({ files: { '/usr/lib/os-release': 'ID=arch\n' } }), 'linux')
    expect(await facts.osRelease()).toEqual({ path: '/usr/lib/os-release', fields: { ID: 'arch' } })
  })
})
