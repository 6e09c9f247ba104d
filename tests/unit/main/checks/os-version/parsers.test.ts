import { describe, expect, it } from 'vitest'
import { BUNDLED_OS_SUPPORT } from '../../../../../shared/os-support/data'
import { parseRegQuery } from '../../../../../main/checks/win32/reg'
import { matchLinuxCycle, linuxFamily } from '../../../../../main/checks/os-version/linux-release'
import {
  judgeUpgradeAge,
  newerKernelInstalled,
  parseAptHistory,
  parseDpkgLog,
  parsePacmanLog,
  parseRpmLast,
} from '../../../../../main/checks/os-version/linux-updates'
import { parseSwVers } from '../../../../../main/checks/os-version/sw-vers'
import { esmInfraEnabled } from '../../../../../main/checks/os-version/ubuntu-pro'
import {
  windowsDisplayName,
  windowsVersionFromRegistry,
} from '../../../../../main/checks/os-version/windows-version'

describe('parseSwVers', () => {
  it('reads the tab-separated fields', () => {
    expect(parseSwVers('ProductName:\t\tmacOS\nProductVersion:\t\t15.3.1\nBuildVersion:\t\t24D70\n')).toEqual(
      {
        productName: 'macOS',
        productVersion: '15.3.1',
        buildVersion: '24D70',
        productVersionExtra: null,
      },
    )
  })
  it('keeps a Rapid Security Response suffix', () => {
    const sw = parseSwVers(
      'ProductName:\tmacOS\nProductVersion:\t13.3.1\nProductVersionExtra:\t(a)\nBuildVersion:\t22E772610a\n',
    )
    expect(sw?.productVersionExtra).toBe('(a)')
    expect(sw?.buildVersion).toBe('22E772610a')
  })
  it('refuses missing or malformed fields', () => {
    expect(parseSwVers('ProductName:\tmacOS\nBuildVersion:\t24D70\n')).toBeNull()
    expect(parseSwVers('ProductName:\tmacOS\nProductVersion:\tfifteen\nBuildVersion:\t24D70\n')).toBeNull()
    expect(parseSwVers('')).toBeNull()
  })
})

const REG = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
  '    CurrentBuild    REG_SZ    26100',
  '    DisplayVersion    REG_SZ    24H2',
  '    EditionID    REG_SZ    Professional',
  '    InstallationType    REG_SZ    Client',
  '    ProductName    REG_SZ    Windows 10 Pro',
  '    UBR    REG_DWORD    0x1af3',
  '',
].join('\r\n')

describe('Windows version from the registry', () => {
  it('decides Windows 11 by build, not by ProductName', () => {
    const v = windowsVersionFromRegistry(parseRegQuery(REG))
    expect(typeof v).toBe('object')
    if (typeof v === 'string') return
    expect(v).toMatchObject({ build: 26100, ubr: 0x1af3, product: 'Windows 11', editionId: 'Professional' })
    expect(windowsDisplayName(v)).toBe('Windows 11 Pro')
  })
  it('rejects a missing or non-numeric build and a UBR of the wrong type', () => {
    expect(
      typeof windowsVersionFromRegistry(parseRegQuery(REG.replace('REG_SZ    26100', 'REG_SZ    abc'))),
    ).toBe('string')
    expect(
      typeof windowsVersionFromRegistry(
        parseRegQuery(REG.replace('UBR    REG_DWORD    0x1af3', 'UBR    REG_SZ    x')),
      ),
    ).toBe('string')
    expect(typeof windowsVersionFromRegistry(new Map())).toBe('string')
  })
})

describe('apt history', () => {
  const log = [
    'Start-Date: 2026-11-02  10:05:31',
    'Commandline: apt install gimp',
    'Upgrade: libfoo:amd64 (1, 2)',
    'End-Date: 2026-11-02  10:06:12',
    '',
    'Start-Date: 2026-11-10  10:05:31',
    'Commandline: apt full-upgrade',
    'Upgrade: libssl3:amd64 (1, 2)',
    'Error: Sub-process /usr/bin/dpkg returned an error code (1)',
    'End-Date: 2026-11-10  10:06:12',
    '',
    'Start-Date: 2026-11-12  10:05:31',
    'Commandline: apt-get upgrade',
    'Upgrade: libssl3:amd64 (1, 2)',
    '',
    'Start-Date: 2026-11-14  06:25:12',
    'Commandline: /usr/bin/unattended-upgrade',
    'Upgrade: libexpat1:amd64 (1, 2)',
    'End-Date: 2026-11-14  06:25:20',
  ].join('\n')
  it('counts only finished, error-free upgrade runs', () => {
    const e = parseAptHistory(log)
    expect(e.upgrades).toEqual(['2026-11-14'])
    expect(e.coversFrom).toBe('2026-11-02')
  })
})

describe('dpkg log fallback', () => {
  it('needs at least five upgraded packages on a day', () => {
    const lines = (day: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${day} 07:00:0${i} upgrade p${i}:amd64 1 2`).join('\n')
    const e = parseDpkgLog(`${lines('2026-11-01', 4)}\n${lines('2026-11-03', 5)}\n`, '/var/log/dpkg.log')
    expect(e.upgrades).toEqual(['2026-11-03'])
    expect(e.coversFrom).toBe('2026-11-01')
  })
})

describe('pacman log', () => {
  it('counts full upgrades, including no-op ones, but not failed ones', () => {
    const log = [
      "[2026-10-01T09:00:00+0100] [PACMAN] Running 'pacman -Syu'",
      '[2026-10-01T09:00:04+0100] [PACMAN] starting full system upgrade',
      "[2026-10-05T09:00:00+0100] [PACMAN] Running 'pacman -Syu'",
      '[2026-10-05T09:00:04+0100] [PACMAN] starting full system upgrade',
      '[2026-10-05T09:00:05+0100] [ALPM] transaction started',
      '[2026-10-05T09:00:09+0100] [ALPM] transaction failed',
      "[2026-10-06T09:00:00+0100] [PACMAN] Running 'pacman -S vim'",
      '[2019-01-05 10:12] [PACMAN] starting full system upgrade',
    ].join('\n')
    const e = parsePacmanLog(`partial line from the tail\n${log}`)
    expect(e.upgrades).toEqual(['2026-10-01', '2019-01-05'])
  })
})

describe('rpm -qa --last', () => {
  it('takes kernel install days in C and en_US date formats', () => {
    const e = parseRpmLast(
      [
        'kernel-core-6.17.8-300.fc43.x86_64            Tue Nov 18 19:22:31 2026',
        'firefox-145.0-1.fc43.x86_64                   Tue Nov 20 19:21:40 2026',
        'kernel-6.17.4-300.fc43.x86_64                 Sun 02 Nov 2026 08:12:03 AM CET',
        'bash-5.3.0-2.fc43.x86_64                      Tue Oct 28 11:02:17 2025',
      ].join('\n'),
    )
    expect(e.upgrades).toEqual(['2026-11-18', '2026-11-02'])
    expect(e.coversFrom).toBe('2025-10-28')
  })
})

describe('judgeUpgradeAge', () => {
  const now = new Date('2026-11-24T10:00:00Z')
  const ev = (upgrades: string[], coversFrom: string | null) => [{ source: 'log', upgrades, coversFrom }]
  it('passes at exactly maxUpgradeAgeDays and fails one day later', () => {
    expect(judgeUpgradeAge(ev(['2026-10-25'], '2026-10-01'), now, 30).kind).toBe('recent')
    expect(judgeUpgradeAge(ev(['2026-10-24'], '2026-10-01'), now, 30).kind).toBe('old')
  })
  it('uses "nothing since" only when the log reaches back far enough', () => {
    expect(judgeUpgradeAge(ev([], '2026-10-01'), now, 30).kind).toBe('none-since')
    expect(judgeUpgradeAge(ev([], '2026-11-10'), now, 30).kind).toBe('no-evidence')
    expect(judgeUpgradeAge([], now, 30).kind).toBe('no-evidence')
  })
  it('ignores upgrades dated in the future (a wrong clock must not pass)', () => {
    expect(judgeUpgradeAge(ev(['2027-05-01'], '2027-05-01'), now, 30).kind).toBe('no-evidence')
  })
})

describe('Linux cycle matching', () => {
  const d = BUNDLED_OS_SUPPORT
  it('maps distros, Mint majors and LMDE', () => {
    expect(matchLinuxCycle({ ID: 'ubuntu', VERSION_ID: '24.04' }, d)).toMatchObject({ kind: 'cycle' })
    expect(matchLinuxCycle({ ID: 'linuxmint', VERSION_ID: '22.1', NAME: 'Linux Mint' }, d)).toMatchObject({
      kind: 'cycle',
      cycle: { distro: 'linuxmint', cycle: '22' },
    })
    expect(matchLinuxCycle({ ID: 'linuxmint', VERSION_ID: '6', NAME: 'LMDE' }, d)).toMatchObject({
      cycle: { distro: 'lmde', cycle: '6' },
    })
    expect(matchLinuxCycle({ ID: 'arch' }, d).kind).toBe('rolling')
  })
  it('classifies versions outside the table', () => {
    expect(matchLinuxCycle({ ID: 'ubuntu', VERSION_ID: '26.10' }, d).kind).toBe('newer')
    expect(matchLinuxCycle({ ID: 'ubuntu', VERSION_ID: '16.04' }, d).kind).toBe('older')
    expect(matchLinuxCycle({ ID: 'ubuntu', VERSION_ID: '23.04' }, d).kind).toBe('unlisted')
    expect(matchLinuxCycle({ ID: 'debian' }, d).kind).toBe('unlisted')
  })
  it('maps derivatives only through a named base release', () => {
    expect(
      matchLinuxCycle(
        { ID: 'zorin', ID_LIKE: 'ubuntu debian', VERSION_ID: '17', UBUNTU_CODENAME: 'jammy' },
        d,
      ),
    ).toMatchObject({ kind: 'cycle', cycle: { cycle: '22.04' } })
    expect(matchLinuxCycle({ ID: 'zorin', ID_LIKE: 'ubuntu debian', VERSION_ID: '17' }, d).kind).toBe(
      'unlisted',
    )
    expect(matchLinuxCycle({ ID: 'kali', ID_LIKE: 'debian', VERSION_CODENAME: 'kali-rolling' }, d).kind).toBe(
      'unlisted',
    )
  })
  it('picks the package-manager family', () => {
    expect(linuxFamily({ ID: 'pop', ID_LIKE: 'ubuntu debian' })).toBe('apt')
    expect(linuxFamily({ ID: 'linuxmint', ID_LIKE: 'ubuntu' })).toBe('mint')
    expect(linuxFamily({ ID: 'endeavouros', ID_LIKE: 'arch' })).toBe('pacman')
    expect(linuxFamily({ ID: 'fedora' })).toBe('dnf')
    expect(linuxFamily({ ID: 'opensuse-tumbleweed', ID_LIKE: 'opensuse suse' })).toBeNull()
  })
})

describe('Ubuntu Pro status', () => {
  it('needs attached and esm-infra enabled', () => {
    const status = (attached: boolean, st: string) =>
      JSON.stringify({
        attached,
        services: [
          { name: 'esm-apps', status: 'enabled' },
          { name: 'esm-infra', status: st },
        ],
      })
    expect(esmInfraEnabled(status(true, 'enabled'))).toBe(true)
    expect(esmInfraEnabled(status(true, 'disabled'))).toBe(false)
    expect(esmInfraEnabled(status(false, 'enabled'))).toBe(false)
    expect(esmInfraEnabled('{"attached": "true", "services": []}')).toBe(false)
    expect(esmInfraEnabled('not json')).toBe(false)
    expect(esmInfraEnabled('null')).toBe(false)
  })
})

describe('newerKernelInstalled (Fedora restart pending)', () => {
  const rpm = [
    'kernel-core-6.17.8-300.fc43.x86_64            Tue Nov 18 19:22:31 2026',
    'firefox-145.0-1.fc43.x86_64                   Tue Nov 18 19:21:40 2026',
    'kernel-core-6.17.4-300.fc43.x86_64            Sun Nov  2 08:12:03 2026',
  ].join('\n')
  it('reports the newer kernel when an older installed one is running', () => {
    expect(newerKernelInstalled(rpm, '6.17.4-300.fc43.x86_64\n')).toBe('6.17.8-300.fc43.x86_64')
  })
  it('says nothing when the newest is running or the running kernel is not a package', () => {
    expect(newerKernelInstalled(rpm, '6.17.8-300.fc43.x86_64')).toBeNull()
    expect(newerKernelInstalled(rpm, '6.18.0-custom')).toBeNull()
    expect(newerKernelInstalled('', '6.17.8-300.fc43.x86_64')).toBeNull()
  })
})
