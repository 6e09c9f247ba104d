import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aptPeriodicSeconds,
  distroFamily,
  parseAptConfigDump,
  parseIni,
  parseIsEnabled,
} from '../../../../../main/checks/auto-updates/linux-config'
import { linuxStrategy } from '../../../../../main/checks/auto-updates/linux'
import { exit, runStrategy, type Script } from '../linux-fake-probe'

const UBUNTU = 'ID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu 24.04.3 LTS"\n'
const DUMP_ON =
  'APT "";\nAPT::Architecture "amd64";\nAPT::Build-Essential:: "build-essential";\nAPT::Periodic "";\nAPT::Periodic::Update-Package-Lists "1";\nAPT::Periodic::Unattended-Upgrade "1";\nUnattended-Upgrade::Allowed-Origins:: "${distro_id}:${distro_codename}-security";\n'

describe('parsers', () => {
  it('apt-config dump: values, last one wins', () => {
    const m = parseAptConfigDump(DUMP_ON + 'APT::Periodic::Unattended-Upgrade "0";\n')
    expect(m.get('APT::Periodic::Update-Package-Lists')).toBe('1')
    expect(m.get('APT::Periodic::Unattended-Upgrade')).toBe('0')
    expect(aptPeriodicSeconds('1')).toBe(86400)
    expect(aptPeriodicSeconds('12h')).toBe(43200)
    expect(aptPeriodicSeconds(undefined)).toBe(0)
    expect(aptPeriodicSeconds('yes')).toBeNull()
  })

  it('distro family: ID before ID_LIKE (Mint lists ubuntu)', () => {
    expect(distroFamily({ ID: 'linuxmint', ID_LIKE: 'ubuntu debian' })).toBe('mint')
    expect(distroFamily({ ID: 'pop', ID_LIKE: 'ubuntu debian' })).toBe('debian')
    expect(distroFamily({ ID: 'fedora' })).toBe('fedora')
    expect(distroFamily({ ID: 'almalinux', ID_LIKE: 'rhel centos fedora' })).toBe('fedora')
    expect(distroFamily({ ID: 'endeavouros', ID_LIKE: 'arch' })).toBe('arch')
    expect(distroFamily({ ID: 'opensuse-tumbleweed', ID_LIKE: 'opensuse suse' })).toBe('unknown')
  })

  it('INI and is-enabled answers', () => {
    expect(parseIni('[commands]\napply_updates = yes\n# x = y\n')['commands']?.['apply_updates']).toBe('yes')
    expect(parseIsEnabled('masked\n')).toBe('masked')
    expect(parseIsEnabled('Enabled')).toBeNull()
  })
})

const debian = (dpkg: string, dump: string, timer = 'enabled\n'): Script => ({
  files: { '/etc/os-release': UBUNTU },
  run: (c) =>
    c === 'dpkg-query -W -f=${Status} unattended-upgrades'
      ? exit(dpkg)
      : c === 'apt-config dump'
        ? exit(dump)
        : c.startsWith('systemctl is-enabled apt-daily')
          ? exit(timer)
          : undefined,
})

describe('auto-updates strategy (linux)', () => {
  it('Ubuntu: passes when configured, fails when switched off or the timer is masked', async () => {
    expect((await runStrategy(linuxStrategy, debian('install ok installed', DUMP_ON))).status).toBe('pass')
    const off = DUMP_ON.replace('Unattended-Upgrade "1"', 'Unattended-Upgrade "0"')
    expect((await runStrategy(linuxStrategy, debian('install ok installed', off))).status).toBe('fail')
    expect(
      (await runStrategy(linuxStrategy, debian('install ok installed', DUMP_ON, 'masked\n'))).status,
    ).toBe('fail')
    expect((await runStrategy(linuxStrategy, debian('deinstall ok config-files', DUMP_ON))).status).toBe(
      'fail',
    )
  })

  it('unreadable os-release is unknown', async () => {
    expect((await runStrategy(linuxStrategy, { run: () => undefined })).status).toBe('unknown')
  })

  it('never passes on random apt-config output (unless it really says both values)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (dump, dpkg) => {
        const v = await runStrategy(linuxStrategy, debian(dpkg, dump))
        if (!(dpkg.trim() === 'install ok installed' && /Unattended-Upgrade "/.test(dump)))
          expect(v.status).not.toBe('pass')
      }),
      { numRuns: 300 },
    )
  })

  it('truncated real apt-config output never passes', async () => {
    for (let n = 0; n < DUMP_ON.indexOf('APT::Periodic::Unattended-Upgrade "1";') + 36; n += 5) {
      const v = await runStrategy(linuxStrategy, debian('install ok installed', DUMP_ON.slice(0, n)))
      expect(v.status, `cut at ${n}`).not.toBe('pass')
    }
  })
})
