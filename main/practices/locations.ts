/**
 * Where the apps a practice looks for are installed, per platform: exact paths only. Preflight never
 * lists /Applications, Program Files or the package database, so it learns nothing about other
 * software; it only asks "is there a file at this known path?" through the probe (`stat`), which is
 * recorded, replayed and listed by `preflight probes`.
 *
 * Path notation (also in the declarations): `~/` is the user's home (HOME, or USERPROFILE on
 * Windows), `%LOCALAPPDATA%` and `%ProgramFiles%` are those environment variables. Each location
 * names a small file that exists exactly when the app is installed there (an app bundle's
 * Info.plist, the program itself, a Flatpak's `metadata`, a Snap's `meta/snap.yaml`), so an empty
 * folder with the right name is not taken for the app.
 *
 * Sources: detection-more.md §6 (paths seen in installers and public detection code); items marked
 * [verify] in docs/practices.md have not been confirmed on a real machine.
 */
import type { Platform } from '../../shared/check-types'
import type { Probe, RecordedEnvName } from '../probe/probe'

export interface Product {
  /** Shown to the staffer, e.g. "Signal Desktop". */
  readonly name: string
  readonly locations: Readonly<Record<Platform, readonly string[]>>
}

/** `<app>.app/Contents/Info.plist` in /Applications and ~/Applications. */
function macApp(bundle: string): string[] {
  return [`/Applications/${bundle}/Contents/Info.plist`, `~/Applications/${bundle}/Contents/Info.plist`]
}

/** A Flatpak app, installed system-wide or for this user. */
function flatpak(appId: string): string[] {
  return [
    `/var/lib/flatpak/app/${appId}/current/active/metadata`,
    `~/.local/share/flatpak/app/${appId}/current/active/metadata`,
  ]
}

/** A Snap package. */
function snap(name: string): string {
  return `/snap/${name}/current/meta/snap.yaml`
}

export const SIGNAL_DESKTOP: readonly Product[] = [
  {
    name: 'Signal Desktop',
    locations: {
      darwin: macApp('Signal.app'),
      win32: [
        '%LOCALAPPDATA%\\Programs\\signal-desktop\\Signal.exe',
        '%LOCALAPPDATA%\\Programs\\signal-desktop-beta\\Signal Beta.exe',
      ],
      linux: ['/opt/Signal/signal-desktop', ...flatpak('org.signal.Signal'), snap('signal-desktop')],
    },
  },
]

/**
 * Desktop password managers. Dashlane and LastPass have no desktop app (browser extension only) and
 * browsers' built-in managers cannot be seen without opening a secrets database: staff declare those.
 */
export const PASSWORD_MANAGERS: readonly Product[] = [
  {
    name: '1Password',
    locations: {
      darwin: [...macApp('1Password.app'), ...macApp('1Password 7.app')],
      win32: [
        '%LOCALAPPDATA%\\1Password\\app\\8\\1Password.exe',
        '%ProgramFiles%\\1Password\\app\\8\\1Password.exe',
      ],
      linux: ['/opt/1Password/1password', snap('1password'), ...flatpak('com.onepassword.OnePassword')],
    },
  },
  {
    name: 'Bitwarden',
    locations: {
      darwin: macApp('Bitwarden.app'),
      win32: [
        '%LOCALAPPDATA%\\Programs\\Bitwarden\\Bitwarden.exe',
        '%ProgramFiles%\\Bitwarden\\Bitwarden.exe',
      ],
      linux: ['/opt/Bitwarden/bitwarden', snap('bitwarden'), ...flatpak('com.bitwarden.desktop')],
    },
  },
  {
    name: 'KeePassXC',
    locations: {
      darwin: macApp('KeePassXC.app'),
      win32: ['%ProgramFiles%\\KeePassXC\\KeePassXC.exe'],
      linux: ['/usr/bin/keepassxc', snap('keepassxc'), ...flatpak('org.keepassxc.KeePassXC')],
    },
  },
  {
    name: 'Proton Pass',
    locations: {
      darwin: macApp('Proton Pass.app'),
      win32: ['%LOCALAPPDATA%\\ProtonPass\\ProtonPass.exe'],
      linux: ['/usr/bin/proton-pass', ...flatpak('me.proton.Pass')],
    },
  },
]

const WINDOWS_VARS: Readonly<Record<string, RecordedEnvName>> = {
  LOCALAPPDATA: 'LOCALAPPDATA',
  PROGRAMFILES: 'ProgramFiles',
}

/**
 * The real path of a location on this machine, or null when the variable it needs is not set (then
 * nothing can be said about that location: the caller treats it as "could not look").
 */
export function expandLocation(location: string, probe: Pick<Probe, 'env' | 'platform'>): string | null {
  if (location.startsWith('~/')) {
    const home = probe.platform === 'win32' ? probe.env('USERPROFILE') : probe.env('HOME')
    if (home === undefined) return null
    const sep = probe.platform === 'win32' ? '\\' : '/'
    return home.replace(/[\\/]+$/, '') + sep + location.slice(2).split('/').join(sep)
  }
  const m = /^%([A-Za-z]+)%(\\.*)$/.exec(location)
  if (m !== null) {
    const name = WINDOWS_VARS[(m[1] as string).toUpperCase()]
    const value = name === undefined ? undefined : probe.env(name)
    if (value === undefined) return null
    return value.replace(/[\\/]+$/, '') + (m[2] as string)
  }
  return location
}
