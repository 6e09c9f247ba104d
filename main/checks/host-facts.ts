/**
 * Facts about the host that several checks need, probed once per run and memoised.
 *
 * - host kind (WSL, container, VM): labels that let a check answer `unknown`/`not-applicable`
 *   instead of judging a layer that belongs to someone else (detection.md 4.4);
 * - the desktop session on Linux, from XDG_CURRENT_DESKTOP, never from which schema is installed
 *   (detection.md gotcha 13);
 * - /etc/os-release (fallback /usr/lib/os-release), parsed;
 * - how the computer booted (UEFI or legacy), for the device profile (shared/device-profile.ts) and
 *   for any check that needs it.
 */
import type { HostKind, Platform } from '../../shared/check-types'
import type { FirmwareKind } from '../../shared/device-profile'
import type { Probe } from '../probe/probe'
import type { ProbeDeclaration } from './types'
import { readRegKey, regDword, regQueryArgv } from './win32/reg'

/** Windows: PEFirmwareType is 1 for BIOS, 2 for UEFI (readable without admin rights). */
export const FIRMWARE_TYPE_ARGV = regQueryArgv(
  'HKLM\\SYSTEM\\CurrentControlSet\\Control',
  '/v',
  'PEFirmwareType',
)
/** macOS: 1 on Apple silicon (also under Rosetta); the name does not exist on Intel Macs. */
export const ARM64_SYSCTL_ARGV = ['sysctl', '-n', 'hw.optional.arm64']
/** Linux: present (64 or 32) when the kernel was booted by UEFI firmware. */
export const EFI_PLATFORM_SIZE_FILE = '/sys/firmware/efi/fw_platform_size'

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
  darwin: {
    commands: [ARM64_SYSCTL_ARGV],
    files: [],
    notes: [
      'hw.optional.arm64 tells Apple silicon (own boot, not UEFI) from Intel (EFI) for the device profile',
    ],
  },
  win32: {
    commands: [FIRMWARE_TYPE_ARGV],
    files: [],
    notes: ['PEFirmwareType (1 BIOS, 2 UEFI) for the device profile'],
  },
  linux: {
    commands: [['systemd-detect-virt']],
    files: [
      '/proc/version',
      '/.dockerenv',
      '/run/.containerenv',
      '/run/systemd/container',
      '/etc/os-release',
      '/usr/lib/os-release',
      EFI_PLATFORM_SIZE_FILE,
    ],
    notes: [
      'XDG_CURRENT_DESKTOP / XDG_SESSION_DESKTOP / DESKTOP_SESSION pick the desktop whose settings are read',
      `${EFI_PLATFORM_SIZE_FILE} exists only after a UEFI boot (device profile; not read in containers or WSL)`,
    ],
  },
}

export interface HostFacts {
  hostKind(): Promise<{ readonly kind: HostKind; readonly detail: string | null }>
  desktop(): DesktopSession
  osRelease(): Promise<OsRelease | null>
  /** UEFI, legacy BIOS or Apple silicon; null when it cannot be told (containers, WSL, unreadable). */
  firmware(): Promise<FirmwareKind | null>
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
  let firmwarePromise: Promise<FirmwareKind | null> | undefined
  const hostKind = () => {
    hostKindPromise ??= detectHostKind(probe, platform)
    return hostKindPromise
  }

  return {
    firmware() {
      firmwarePromise ??= detectFirmware(probe, platform, hostKind)
      return firmwarePromise
    },
    hostKind,
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

async function detectFirmware(
  probe: Probe,
  platform: Platform,
  hostKind: () => Promise<{ kind: HostKind }>,
): Promise<FirmwareKind | null> {
  switch (platform) {
    case 'darwin': {
      const out = await probe.run(ARM64_SYSCTL_ARGV, { timeoutMs: 3000 })
      if (out.kind === 'exit' && out.exitCode === 0 && /^\s*1\s*$/.test(out.stdout)) return 'apple-silicon'
      if (out.kind === 'exit' && out.exitCode === 0 && /^\s*0\s*$/.test(out.stdout)) return 'uefi'
      // Intel Macs do not know the name (sysctl exits 1); every Intel Mac boots EFI.
      return out.kind === 'exit' && probe.arch === 'x64' ? 'uefi' : null
    }
    case 'win32': {
      const r = await readRegKey(probe, FIRMWARE_TYPE_ARGV)
      if (r.kind !== 'values') return null
      const v = regDword(r.values, 'PEFirmwareType')
      if (v.kind !== 'value') return null
      return v.value === 2 ? 'uefi' : v.value === 1 ? 'legacy' : null
    }
    case 'linux': {
      const host = await hostKind()
      // A container sees the host's /sys (or none); WSL's kernel is booted by Windows, not firmware.
      if (host.kind === 'container' || host.kind === 'wsl') return null
      const f = await probe.readFile(EFI_PLATFORM_SIZE_FILE)
      if (f.kind === 'file') return 'uefi'
      return f.error === 'ENOENT' ? 'legacy' : null
    }
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
