/**
 * Whole-machine transcripts for the end-to-end tests, composed from the single-topic fixtures in
 * tests/fixtures/<platform>/ (each fixture records the probes of one check). Composition keeps the
 * first fixture's clock, platform and OS identity; a command or file recorded by several fixtures
 * takes the first fixture's answer, so the OS fixture goes first.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parseTranscript, type Transcript } from '../../../main/probe/transcript'

/** tests/fixtures; PREFLIGHT_FIXTURES overrides it when this module is bundled (the benchmark). */
const FIXTURES = process.env.PREFLIGHT_FIXTURES ?? path.resolve(__dirname, '../../fixtures')

function load(rel: string): Transcript {
  return parseTranscript(readFileSync(path.join(FIXTURES, rel), 'utf8'))
}

function commandKey(argv: readonly string[]): string {
  const [first = '', ...rest] = argv
  const base = (first.split(/[\\/]/).pop() ?? first).toLowerCase().replace(/\.exe$/, '')
  return JSON.stringify([base, ...rest])
}

/** Merge fixtures (paths relative to tests/fixtures) into one transcript. */
export function composeTranscript(parts: readonly string[], description: string): Transcript {
  const [head, ...tail] = parts.map(load)
  if (head === undefined) throw new Error('composeTranscript: no fixtures')
  const seen = new Set(head.commands.map((c) => commandKey(c.argv)))
  const commands = [...head.commands]
  const files = { ...head.files }
  const dirs = { ...head.dirs }
  const paths = { ...(head.paths ?? {}) }
  const env = { ...head.env }
  for (const t of tail) {
    if (t.platform !== head.platform)
      throw new Error(`composeTranscript: ${t.platform} mixed with ${head.platform}`)
    for (const c of t.commands) {
      const key = commandKey(c.argv)
      if (!seen.has(key)) {
        seen.add(key)
        commands.push(c)
      }
    }
    for (const [p, v] of Object.entries(t.files)) if (!(p in files)) files[p] = v
    for (const [p, v] of Object.entries(t.dirs ?? {})) if (!(p in dirs)) dirs[p] = v
    for (const [p, v] of Object.entries(t.paths ?? {})) if (!(p in paths)) paths[p] = v
    for (const [k, v] of Object.entries(t.env)) if (!(k in env)) (env as Record<string, string>)[k] = v
  }
  return {
    ...head,
    description,
    commands,
    files,
    env,
    ...(Object.keys(dirs).length > 0 ? { dirs } : {}),
    ...(Object.keys(paths).length > 0 ? { paths } : {}),
  }
}

/**
 * A scenario with app-presence answers added (practices): paths seen by `stat`, environment
 * variables the install locations use, and commands (e.g. the Find my device registry values).
 */
export function withPractices(
  t: Transcript,
  add: {
    readonly env?: Readonly<Record<string, string>>
    readonly paths?: Transcript['paths']
    readonly commands?: Transcript['commands']
  },
): Transcript {
  return {
    ...t,
    env: { ...t.env, ...add.env },
    paths: { ...(t.paths ?? {}), ...add.paths },
    commands: [...t.commands, ...(add.commands ?? [])],
  }
}

/**
 * A Windows laptop's device profile: what systeminformation answered (the transcript's
 * `deviceProfile` block) and the firmware registry value read through the probe.
 */
function withWindowsLaptop(t: Transcript): Transcript {
  return {
    ...t,
    deviceProfile: {
      status: 'ok',
      manufacturer: 'LENOVO',
      model: '20XW0055GE',
      chassisType: 'Notebook',
      virtual: false,
      virtualHost: null,
    },
    commands: [
      ...t.commands,
      {
        argv: ['reg.exe', 'query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control', '/v', 'PEFirmwareType'],
        stdout:
          '\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\r\n    PEFirmwareType    REG_DWORD    0x2\r\n\r\n',
        stderr: '',
        exitCode: 0,
      },
    ],
  }
}

/** The scenarios the tests use. Each name says what the dashboard should show. */
export const SCENARIOS = {
  /** Windows 11 Pro 25H2, everything in place. */
  winAllPass: () =>
    withWindowsLaptop(
      composeTranscript(
        [
          'win32/os-win11-25h2-pro-current.json',
          'win32/bitlocker-on-pro-11-24h2.json',
          'win32/mp-pi-defender-on-secure-boot-11-25h2.json',
          'win32/browsers-chrome-edge-current-11-25h2.json',
          'win32/remote-login-all-off-pro-11-25h2.json',
        ],
        'Windows 11 Pro 25H2: current, BitLocker on, firewall on, screen lock, updates automatic, Defender on, Secure Boot on, browsers current, no remote login, no automatic sign-in',
      ),
    ),
  /** Same laptop with the firewall off for the public profile. */
  winFirewallOff: () =>
    withWindowsLaptop(
      composeTranscript(
        [
          'win32/os-win11-25h2-pro-current.json',
          'win32/firewall-public-off-11-24h2.json',
          'win32/bitlocker-on-pro-11-24h2.json',
          'win32/mp-pi-defender-on-secure-boot-11-25h2.json',
          'win32/browsers-chrome-edge-current-11-25h2.json',
          'win32/remote-login-all-off-pro-11-25h2.json',
        ],
        'Windows 11 Pro 25H2 with the firewall off for public networks',
      ),
    ),
  /** PowerShell missing: disk encryption cannot be read. */
  winUnknownDisk: () =>
    composeTranscript(
      [
        'win32/os-win11-25h2-pro-current.json',
        'win32/powershell-missing-11-24h2.json',
        'win32/bitlocker-on-pro-11-24h2.json',
        'win32/mp-pi-defender-on-secure-boot-11-25h2.json',
        'win32/browsers-chrome-edge-current-11-25h2.json',
        'win32/remote-login-all-off-pro-11-25h2.json',
      ],
      'Windows 11 Pro 25H2 where PowerShell is missing, so BitLocker cannot be read',
    ),
  /** Ubuntu 24.04 GNOME: LUKS on, ufw disabled, GNOME lock good. */
  ubuntuFirewallOff: () =>
    composeTranscript(
      [
        'linux/os-ubuntu2404-upgraded-recently.json',
        'linux/fde-luks-lvm-ubuntu.json',
        'linux/fw-ufw-disabled-ubuntu.json',
        'linux/lock-gnome-good-ubuntu.json',
        'linux/pi-secure-boot-on-ubuntu.json',
        'linux/ra-desktop-no-ssh-ubuntu2404.json',
        'linux/lp-gdm-stock-ubuntu2404.json',
      ],
      'Ubuntu 24.04 GNOME with ufw disabled',
    ),
  /**
   * Windows 11, everything in place, Signal Desktop installed for this user, no desktop password
   * manager, and Find my device on.
   */
  winPractices: (): Transcript =>
    withPractices(
      {
        ...SCENARIOS.winAllPass(),
        description: 'Windows 11 Pro 25H2, all checks in place; Signal Desktop per user; Find my device on',
      },
      {
        env: { LOCALAPPDATA: 'C:\\Users\\alex\\AppData\\Local', ProgramFiles: 'C:\\Program Files' },
        paths: { 'C:\\Users\\alex\\AppData\\Local\\Programs\\signal-desktop\\Signal.exe': 'file' },
        commands: [
          {
            argv: [
              'reg.exe',
              'query',
              'HKLM\\SOFTWARE\\Microsoft\\MdmCommon\\SettingValues',
              '/v',
              'LocationSyncEnabled',
            ],
            stdout:
              '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\MdmCommon\\SettingValues\r\n    LocationSyncEnabled    REG_DWORD    0x1\r\n\r\n',
            stderr: '',
            exitCode: 0,
          },
        ],
      },
    ),
} as const satisfies Record<string, () => Transcript>

export type ScenarioName = keyof typeof SCENARIOS
