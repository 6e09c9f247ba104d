/**
 * browser-updates with real probes on this Linux machine (no replay).
 *
 * 1. Through the engine: inside a container or WSL the check is unknown without judging anything.
 * 2. The Linux strategy itself, with the container markers hidden from it (as on a laptop): it finds
 *    the distribution Chromium that CI installs (`apt-get install chromium`) through the real
 *    .desktop file and a real `dpkg-query`, and judges the version the test reads independently,
 *    against a release table the test writes (so the outcome does not depend on the bundled dates).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUNDLED_BROWSER_RELEASES } from '../../shared/browser-releases/data'
import { BUNDLED_OS_SUPPORT } from '../../shared/os-support/data'
import { policyFromJson } from '../../shared/policy'
import { browserUpdatesCheck } from '../../main/checks/browser-updates'
import { createHostFacts } from '../../main/checks/host-facts'
import { runChecks } from '../../main/engine/run-checks'
import type {
  CommandOutcome,
  FileOutcome,
  Probe,
  ReadOptions,
  RecordedEnvName,
  RunOptions,
} from '../../main/probe/probe'
import { SystemProbe } from '../../main/probe/system-probe'

const isLinux = process.platform === 'linux'
const inContainer = isLinux && (existsSync('/.dockerenv') || existsSync('/run/.containerenv'))
const inWsl = isLinux && /microsoft/i.test(readFileSync('/proc/version', 'utf8'))

/** The live probe, except that container/VM markers are hidden (a laptop has none). */
class LaptopProbe implements Probe {
  readonly platform = 'linux' as const
  readonly arch = process.arch
  readonly replayed = false
  readonly seen: string[] = []
  constructor(private readonly inner: SystemProbe) {}
  run(argv: readonly string[], options?: RunOptions): Promise<CommandOutcome> {
    this.seen.push(argv.join(' '))
    if (argv[0] === 'systemd-detect-virt')
      return Promise.resolve({ kind: 'exit', stdout: 'none\n', stderr: '', exitCode: 1 })
    return this.inner.run(argv, options)
  }
  readFile(path: string, options?: ReadOptions): Promise<FileOutcome> {
    this.seen.push(path)
    if (['/.dockerenv', '/run/.containerenv', '/run/systemd/container'].includes(path))
      return Promise.resolve({ kind: 'error', error: 'ENOENT' })
    if (path === '/proc/version') return Promise.resolve({ kind: 'file', text: 'Linux version 6.12.0\n' })
    return this.inner.readFile(path, options)
  }
  env(name: RecordedEnvName): string | undefined {
    return this.inner.env(name)
  }
  now(): Date {
    return this.inner.now()
  }
}

/** The installed distribution Chromium, read independently of Preflight; null when absent. */
function installedChromium(): string | null {
  if (!existsSync('/usr/share/applications/chromium.desktop')) return null
  const r = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}|${Version}', 'chromium'], {
    encoding: 'utf8',
  })
  const m = r.status === 0 ? /^ii \|(?:\d+:)?([\d.]+)-/.exec(r.stdout) : null
  return m ? (m[1] as string) : null
}

function bump(version: string): string {
  const parts = version.split('.').map(Number)
  parts[parts.length - 1] = (parts[parts.length - 1] as number) + 1
  return parts.join('.')
}

describe.skipIf(!isLinux)('browser-updates on this machine', () => {
  it('through the engine: unknown in a container or WSL, never pass without a browser', async () => {
    const report = await runChecks({ probe: new SystemProbe(), only: ['browser-updates'] })
    const c = report.checks[0]
    expect(c?.id).toBe('browser-updates')
    if (inContainer || inWsl) {
      expect(c?.status).toBe('unknown')
      expect(c?.reason).toMatch(/container|Windows/)
    } else if (installedChromium() === null) {
      expect(c?.status).not.toBe('pass')
    }
  }, 30_000)

  const chromium = isLinux ? installedChromium() : null
  it.skipIf(chromium === null)(
    'reads the real distribution Chromium and judges it against a given table',
    async () => {
      const version = chromium as string
      const table = (releases: { version: string; date: string }[]) =>
        policyFromJson({
          browserReleases: {
            ...BUNDLED_BROWSER_RELEASES,
            dataAsOf: '2099-01-01',
            chrome: { knownThrough: '2099-01-01', releases },
          },
        })
      const judge = async (now: string, releases: { version: string; date: string }[]) => {
        const probe = new LaptopProbe(new SystemProbe())
        const v = await browserUpdatesCheck.linux.run({
          platform: 'linux',
          probe,
          policy: table(releases),
          osSupport: BUNDLED_OS_SUPPORT,
          now: new Date(now),
          facts: createHostFacts(probe, 'linux'),
        })
        return { v, probe }
      }
      const releases = [
        { version, date: '2098-06-01' },
        { version: bump(version), date: '2098-06-10' },
      ]
      // 5 days after the next release: inside the grace period.
      const inGrace = await judge('2098-06-15T12:00:00Z', releases)
      const line = inGrace.v.observed.find((l) => l.startsWith('Chromium (distribution package)'))
      expect(line).toContain(`Chromium (distribution package) ${version} (dpkg package chromium)`)
      expect(line).toMatch(/inside the 21-day grace period/)
      expect(inGrace.probe.seen).toContain('/usr/share/applications/chromium.desktop')
      // 30 days after it: behind, whatever else is installed.
      const late = await judge('2098-07-10T12:00:00Z', releases)
      expect(late.v.status).toBe('fail')
      expect(late.v.summary).toContain(`Chromium (distribution package) ${version}`)
      expect(late.v.remediationId).toBe('browser-updates.linux.system')
    },
    30_000,
  )
})
