import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  aptPeriodicSeconds,
  distroFamily,
  parseAptConfigDump,
  parseIni,
  parseIsEnabled,
  resolveDnfApply,
} from '../../../../../main/checks/auto-updates/linux-config'
import { linuxStrategy } from '../../../../../main/checks/auto-updates/linux'
import { exit, runStrategy, type Answer, type Script } from '../linux-fake-probe'

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

describe('dnf(5)-automatic configuration (apply_updates)', () => {
  const conf = (v: string) => `[commands]\napply_updates = ${v}\n`
  it('the last file that sets the key wins; an unreadable file before it does not matter', () => {
    const usr = { path: '/usr/share/dnf5/dnf5-plugins/automatic.conf', text: conf('no') }
    const old = { path: '/etc/dnf/dnf5-plugins/automatic.conf', text: conf('yes') }
    const etc = { path: '/etc/dnf/automatic.conf', text: conf('no') }
    expect(resolveDnfApply([usr, old]).value).toBe(true)
    expect(resolveDnfApply([usr, old, etc])).toEqual({ value: false, from: etc.path })
    expect(resolveDnfApply([{ ...usr, text: null }, etc]).value).toBe(false)
    expect(resolveDnfApply([usr, { ...etc, text: '[commands]\nupgrade_type = security\n' }]).value).toBe(
      false,
    )
    // An unreadable file after the last one that sets the key might override it.
    expect(resolveDnfApply([old, { ...etc, text: null }]).value).toBeNull()
    expect(resolveDnfApply([{ ...etc, text: conf('maybe') }]).value).toBeNull()
    expect(resolveDnfApply([])).toEqual({ value: false, from: null })
  })
})

const FEDORA = 'ID=fedora\nVERSION_ID=43\nPRETTY_NAME="Fedora Linux 43 (Workstation Edition)"\n'
const NO_UNIT = exit('', 1, 'Failed to get unit file state: No such file or directory\n')
const fedora = (
  timers: Partial<Record<string, Answer>>,
  files: Record<string, string | { kind: 'error'; error: 'EACCES' }>,
): Script => ({
  files: { '/etc/os-release': FEDORA, ...files },
  run: (c) => (c.startsWith('systemctl is-enabled ') ? (timers[c.slice(21)] ?? NO_UNIT) : undefined),
})

describe('auto-updates strategy (Fedora)', () => {
  const yes = '[commands]\napply_updates = yes\n'
  it('dnf5 reads the deprecated /etc/dnf/dnf5-plugins/automatic.conf, and /etc/dnf/automatic.conf over it', async () => {
    const on = { 'dnf5-automatic.timer': exit('enabled\n') }
    const v1 = await runStrategy(linuxStrategy, fedora(on, { '/etc/dnf/dnf5-plugins/automatic.conf': yes }))
    expect(v1.status).toBe('pass')
    expect(v1.observed.join('\n')).toContain('/etc/dnf/dnf5-plugins/automatic.conf')
    const v2 = await runStrategy(
      linuxStrategy,
      fedora(on, {
        '/etc/dnf/dnf5-plugins/automatic.conf': yes,
        '/etc/dnf/automatic.conf': '[commands]\napply_updates = no\n',
      }),
    )
    expect(v2.status).toBe('fail')
  })

  it('an "alias" answer is not an enabled timer (dnf5 ships dnf-automatic.timer as an alias)', async () => {
    const v = await runStrategy(
      linuxStrategy,
      fedora(
        { 'dnf5-automatic.timer': exit('disabled\n', 1), 'dnf-automatic.timer': exit('alias\n') },
        { '/etc/dnf/automatic.conf': yes },
      ),
    )
    expect(v.status).toBe('fail')
    // Without dnf5-automatic.timer's own state the alias cannot be resolved: unknown, never pass.
    const u = await runStrategy(
      linuxStrategy,
      fedora(
        {
          'dnf5-automatic.timer': { kind: 'error', error: 'ETIMEDOUT' },
          'dnf-automatic.timer': exit('alias\n'),
        },
        { '/etc/dnf/automatic.conf': yes },
      ),
    )
    expect(u.status).toBe('unknown')
  })

  it('"linked" is not enabled (systemctl exits non-zero for it)', async () => {
    const v = await runStrategy(
      linuxStrategy,
      fedora({ 'dnf-automatic-install.timer': exit('linked\n', 1) }, {}),
    )
    expect(v.status).toBe('fail')
  })

  it('never passes on random timer answers or config text unless a timer is enabled and apply_updates says yes last', async () => {
    const units = ['dnf-automatic-install.timer', 'dnf5-automatic.timer', 'dnf-automatic.timer']
    const states = ['enabled', 'disabled', 'alias', 'linked', 'static', 'masked', 'indirect', 'garbage', '']
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...states), { minLength: 3, maxLength: 3 }),
        fc.array(fc.option(fc.string(), { nil: undefined }), { minLength: 3, maxLength: 3 }),
        async (st, texts) => {
          const timers = Object.fromEntries(units.map((u, i) => [u, exit(`${st[i] ?? ''}\n`)]))
          const paths = [
            '/usr/share/dnf5/dnf5-plugins/automatic.conf',
            '/etc/dnf/dnf5-plugins/automatic.conf',
            '/etc/dnf/automatic.conf',
          ]
          const files: Record<string, string> = {}
          paths.forEach((p, i) => {
            const t = texts[i]
            if (t !== undefined) files[p] = t
          })
          const v = await runStrategy(linuxStrategy, fedora(timers, files))
          if (v.status !== 'pass') return
          const sets = (t: string | undefined) => t !== undefined && /apply_updates/.test(t)
          const enabledTimer = st[0] === 'enabled' || st[1] === 'enabled' || st[2] === 'enabled'
          expect(enabledTimer).toBe(true)
          if (st[0] !== 'enabled') expect(texts.some(sets)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })
})
