/**
 * Facts about the host that several checks need, probed once per run and memoised.
 *
 * - host kind (WSL, container, VM): labels that let a check answer `unknown`/`not-applicable`
 *   instead of judging a layer that belongs to someone else (detection.md 4.4);
 * - the desktop session on Linux, from XDG_CURRENT_DESKTOP, never from which schema is installed
 *   (detection.md gotcha 13);
 * - /etc/os-release (fallback /usr/lib/os-release), parsed.
 */
import type { HostKind, Platform } from '../../shared/check-types'
import type { Probe } from '../probe/probe'
import type { ProbeDeclaration } from './types'

export type LinuxDesktop = 'gnome' | 'kde' | 'xfce' | 'cinnamon' | 'mate' | 'other' | 'none'

export interface DesktopSession {
  readonly kind: LinuxDesktop
  /** The raw XDG_CURRENT_DESKTOP (or DESKTOP_SESSION) value, for messages. */
  readonly raw: string | null
}

export interface OsRelease {
  readonly path: string
  readonly fields: Readonly<Record<string, string>>
}

/** What host-fact detection may probe, per platform (see declarations.ts). */
export const HOST_FACT_PROBES: Readonly<Record<Platform, ProbeDeclaration>> = {
  darwin: { commands: [], files: [] },
  win32: { commands: [], files: [] },
  linux: {
    commands: [['systemd-detect-virt']],
    files: [
      '/proc/version',
      '/.dockerenv',
      '/run/.containerenv',
      '/run/systemd/container',
      '/etc/os-release',
      '/usr/lib/os-release',
    ],
    notes: [
      'XDG_CURRENT_DESKTOP / XDG_SESSION_DESKTOP / DESKTOP_SESSION pick the desktop whose settings are read',
    ],
  },
}

export interface HostFacts {
  hostKind(): Promise<{ readonly kind: HostKind; readonly detail: string | null }>
  desktop(): DesktopSession
  osRelease(): Promise<OsRelease | null>
}

/** Parse os-release syntax: KEY=value with optional single/double quotes and backslash escapes. */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim()
    if (line === '' || line.startsWith('#')) continue
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line)
    if (!m) continue
    const key = m[1] as string
    let value = (m[2] as string).trim()
    if (
      value.length >= 2 &&
      (value.startsWith('"') || value.startsWith("'")) &&
      value.endsWith(value[0] as string)
    ) {
      value = value.slice(1, -1).replace(/\\(["'$`\\])/g, '$1')
    }
    out[key] = value
  }
  return out
}

/**
 * Map XDG_CURRENT_DESKTOP (colon-separated list, e.g. "ubuntu:GNOME") to a desktop family. Also
 * accepts the XDG_SESSION_DESKTOP / DESKTOP_SESSION spellings used as fallbacks ("plasma",
 * "plasmawayland", "xfce", "cinnamon", "mate", "gnome-xorg").
 */
export function classifyDesktop(raw: string | undefined): LinuxDesktop {
  if (raw === undefined || raw.trim() === '') return 'none'
  const parts = raw.split(':').map((p) => p.trim().toLowerCase())
  // Order matters: Cinnamon sessions may also list GNOME; MATE and XFCE never list GNOME.
  if (parts.some((p) => p === 'x-cinnamon' || p === 'cinnamon' || p === 'cinnamon2d')) return 'cinnamon'
  if (parts.includes('mate')) return 'mate'
  if (parts.some((p) => p === 'xfce' || p === 'xfce4' || p === 'xubuntu')) return 'xfce'
  if (parts.some((p) => p === 'kde' || p === 'plasma' || p === 'plasmawayland' || p === 'plasmax11'))
    return 'kde'
  if (
    parts.some(
      (p) =>
        p === 'gnome' ||
        p === 'gnome-classic' ||
        p === 'gnome-flashback' ||
        p === 'gnome-xorg' ||
        p === 'gnome-wayland',
    )
  )
    return 'gnome'
  return 'other'
}

export function createHostFacts(probe: Probe, platform: Platform): HostFacts {
  let hostKindPromise: Promise<{ kind: HostKind; detail: string | null }> | undefined
  let osReleasePromise: Promise<OsRelease | null> | undefined

  return {
    hostKind() {
      hostKindPromise ??= detectHostKind(probe, platform)
      return hostKindPromise
    },
    desktop() {
      if (platform !== 'linux') return { kind: 'none', raw: null }
      const raw =
        probe.env('XDG_CURRENT_DESKTOP') ?? probe.env('XDG_SESSION_DESKTOP') ?? probe.env('DESKTOP_SESSION')
      return { kind: classifyDesktop(raw), raw: raw ?? null }
    },
    osRelease() {
      osReleasePromise ??= (async () => {
        if (platform !== 'linux') return null
        for (const path of ['/etc/os-release', '/usr/lib/os-release']) {
          const f = await probe.readFile(path)
          if (f.kind === 'file') return { path, fields: parseOsRelease(f.text) }
        }
        return null
      })()
      return osReleasePromise
    },
  }
}

async function detectHostKind(
  probe: Probe,
  platform: Platform,
): Promise<{ kind: HostKind; detail: string | null }> {
  if (platform !== 'linux') return { kind: 'physical-or-unknown', detail: null }
  // WSL: the kernel says so (/proc/version) or the WSL launcher's variables are set.
  const version = await probe.readFile('/proc/version')
  if (
    (version.kind === 'file' && /microsoft|wsl/i.test(version.text)) ||
    probe.env('WSL_DISTRO_NAME') !== undefined ||
    probe.env('WSL_INTEROP') !== undefined
  ) {
    return { kind: 'wsl', detail: 'Windows Subsystem for Linux' }
  }
  // Containers: marker files, the `container` variable, or systemd-detect-virt --container.
  const [dockerenv, containerenv] = await Promise.all([
    probe.readFile('/.dockerenv'),
    probe.readFile('/run/.containerenv'),
  ])
  if (dockerenv.kind === 'file' || (dockerenv.kind === 'error' && dockerenv.error === 'EACCES')) {
    return { kind: 'container', detail: 'docker' }
  }
  if (containerenv.kind === 'file' || (containerenv.kind === 'error' && containerenv.error === 'EACCES')) {
    return { kind: 'container', detail: 'podman' }
  }
  const envContainer = probe.env('container')
  if (envContainer !== undefined) return { kind: 'container', detail: envContainer }
  // systemd writes the container manager's name here when it runs as PID 1 inside a container.
  const marker = await probe.readFile('/run/systemd/container')
  if (marker.kind === 'file' && /^[a-z][a-z0-9_-]*\s*$/.test(marker.text)) {
    return { kind: 'container', detail: marker.text.trim() }
  }
  const virt = await probe.run(['systemd-detect-virt'], { timeoutMs: 3000 })
  if (virt.kind === 'exit' && virt.exitCode === 0) {
    const what = virt.stdout.trim()
    const containers = [
      'docker',
      'podman',
      'lxc',
      'lxc-libvirt',
      'systemd-nspawn',
      'openvz',
      'rkt',
      'wsl',
      'proot',
      'pouch',
    ]
    if (what === 'wsl') return { kind: 'wsl', detail: 'Windows Subsystem for Linux' }
    if (containers.includes(what)) return { kind: 'container', detail: what }
    if (what !== '' && what !== 'none') return { kind: 'vm', detail: what }
  }
  return { kind: 'physical-or-unknown', detail: null }
}
