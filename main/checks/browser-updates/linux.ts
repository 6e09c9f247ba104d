/**
 * browser-updates on Linux. Reads known install locations only (never lists packages, never starts
 * a browser):
 * - Chrome, Edge, Brave (vendor deb/rpm repositories, AUR) and distribution Chromium: a small file
 *   the package installs (the launcher script in /opt, or Chromium's .desktop file) proves presence;
 *   the version comes from a query of that one package: `dpkg-query -W -f='${db:Status-Abbrev}|${Version}'`,
 *   else `rpm -q --qf '%{VERSION}'`, else `pacman -Q` (whichever package manager exists);
 * - Firefox / Firefox ESR: `application.ini` (Version=) in /usr/lib/firefox, /usr/lib64/firefox,
 *   /usr/lib/firefox-esr (Debian) and /opt/firefox (Mozilla's tarball), with channel-prefs.js;
 * - Snap: /snap/firefox/current/usr/lib/firefox/application.ini, /snap/{chromium,brave}/current/meta/snap.yaml;
 * - Flatpak (system /var/lib/flatpak and per-user ~/.local/share/flatpak): `active/metadata` proves
 *   presence; Firefox's application.ini or the app's AppStream metainfo (newest <release>) gives the
 *   version.
 * Distribution packages, Snaps and Flatpaks are updated by the system (the auto-updates check judges
 * that), so only their version is judged, against the upstream channel they package. Only Mozilla's
 * self-updating tarball in /opt/firefox has its own updater: its policies.json (and
 * /etc/firefox/policies/policies.json) must not set DisableAppUpdate / ManualAppUpdateOnly.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg, MsgList, MsgValue } from '../../../shared/i18n/msg'
import type { CheckContext, CheckStrategy } from '../types'
import { describeCommand, msg, semicolonList, unknown } from '../verdict'
import {
  aggregate,
  emptyFindings,
  judgeFirefoxPolicies,
  readFirefoxVersion,
  locationRead,
  requirementText,
  type ChannelKind,
  type Findings,
} from './common'
import {
  normaliseBraveVersion,
  parseApplicationIni,
  parseChannelPrefs,
  parseDpkgQuery,
  parseMetainfoNewest,
  parsePacmanQuery,
  parseRpmVersion,
  parseSnapYamlVersion,
  type ParsedVersion,
} from './parse'

const SYSTEM = msg('check.browser-updates.linux.updatedBy.system')

interface PackagedBrowser {
  readonly channel: ChannelKind
  readonly label: MsgValue
  readonly presence: readonly string[]
  readonly deb: string
  readonly rpm: string
  readonly pacman: string
}

export const PACKAGED: readonly PackagedBrowser[] = [
  {
    channel: 'chrome',
    label: 'Google Chrome',
    presence: ['/opt/google/chrome/google-chrome'],
    deb: 'google-chrome-stable',
    rpm: 'google-chrome-stable',
    pacman: 'google-chrome',
  },
  {
    channel: 'edge',
    label: 'Microsoft Edge',
    presence: ['/opt/microsoft/msedge/microsoft-edge'],
    deb: 'microsoft-edge-stable',
    rpm: 'microsoft-edge-stable',
    pacman: 'microsoft-edge-stable-bin',
  },
  {
    channel: 'brave',
    label: 'Brave',
    presence: ['/opt/brave.com/brave/brave-browser'],
    deb: 'brave-browser',
    rpm: 'brave-browser',
    pacman: 'brave-bin',
  },
  {
    channel: 'chrome',
    label: msg('check.browser-updates.linux.label.distributionPackage', { name: 'Chromium' }),
    presence: [
      '/usr/share/applications/chromium.desktop',
      '/usr/share/applications/chromium-browser.desktop',
    ],
    deb: 'chromium',
    rpm: 'chromium',
    pacman: 'chromium',
  },
]

export const dpkgArgv = (pkg: string) => ['dpkg-query', '-W', '-f=${db:Status-Abbrev}|${Version}', pkg]
export const rpmArgv = (pkg: string) => ['rpm', '-q', '--qf', '%{VERSION}', pkg]
export const pacmanArgv = (pkg: string) => ['pacman', '-Q', pkg]

const FIREFOX_DIRS: readonly { readonly dir: string; readonly tarball: boolean }[] = [
  { dir: '/usr/lib/firefox', tarball: false },
  { dir: '/usr/lib64/firefox', tarball: false },
  { dir: '/usr/lib/firefox-esr', tarball: false },
  { dir: '/opt/firefox', tarball: true },
]
const FIREFOX_SYSTEM_POLICIES = '/etc/firefox/policies/policies.json'

const SNAPS: readonly { readonly name: string; readonly channel: ChannelKind; readonly label: string }[] = [
  { name: 'chromium', channel: 'chrome', label: 'Chromium (Snap)' },
  { name: 'brave', channel: 'brave', label: 'Brave (Snap)' },
]
const SNAP_FIREFOX = '/snap/firefox/current/usr/lib/firefox/application.ini'

const FLATPAKS: readonly { readonly id: string; readonly channel: ChannelKind; readonly label: string }[] = [
  { id: 'org.mozilla.firefox', channel: 'firefox', label: 'Firefox (Flatpak)' },
  { id: 'org.chromium.Chromium', channel: 'chrome', label: 'Chromium (Flatpak)' },
  { id: 'com.google.Chrome', channel: 'chrome', label: 'Google Chrome (Flatpak)' },
  { id: 'com.brave.Browser', channel: 'brave', label: 'Brave (Flatpak)' },
  { id: 'com.microsoft.Edge', channel: 'edge', label: 'Microsoft Edge (Flatpak)' },
]
const FLATPAK_ROOTS = ['/var/lib/flatpak/app', '~/.local/share/flatpak/app'] as const

function flatpakVersionFile(id: string): string {
  return id === 'org.mozilla.firefox'
    ? 'files/lib/firefox/application.ini'
    : `files/share/metainfo/${id}.metainfo.xml`
}

/** Ask the package managers about one package; the first one that exists and knows it answers. */
async function packageVersion(
  ctx: CheckContext,
  f: Findings,
  b: PackagedBrowser,
): Promise<{ version: ParsedVersion; manager: string } | { problem: Msg | MsgList }> {
  const problems: Msg[] = []
  let anyManager = false
  const attempts: {
    argv: string[]
    parse: (stdout: string) => ParsedVersion | null | 'not-installed'
    manager: string
  }[] = [
    {
      argv: dpkgArgv(b.deb),
      manager: 'dpkg',
      parse: (s) => {
        const r = parseDpkgQuery(s)
        if (r === null) return null
        return r.installed ? r.version : 'not-installed'
      },
    },
    { argv: rpmArgv(b.rpm), manager: 'rpm', parse: parseRpmVersion },
    { argv: pacmanArgv(b.pacman), manager: 'pacman', parse: (s) => parsePacmanQuery(s, b.pacman) },
  ]
  for (const a of attempts) {
    f.sources.push(describeCommand(a.argv))
    const out = await ctx.probe.run(a.argv, { timeoutMs: 10_000 })
    if (out.kind === 'error' && out.error === 'ENOENT') continue
    anyManager = true
    if (out.kind === 'error') {
      problems.push(
        msg('check.browser-updates.linux.package.noAnswer', {
          command: describeCommand(a.argv),
          error: out.error,
        }),
      )
      continue
    }
    if (out.exitCode !== 0) continue // not installed through this package manager
    const v = a.parse(out.stdout)
    if (v === 'not-installed') continue
    if (v === null) {
      problems.push(
        msg('check.browser-updates.linux.package.noVersion', { command: describeCommand(a.argv) }),
      )
      continue
    }
    return { version: v, manager: a.manager }
  }
  if (problems.length > 0) return { problem: semicolonList(problems) }
  return {
    problem: anyManager
      ? msg('check.browser-updates.linux.package.unclaimed', { package: b.deb })
      : msg('check.browser-updates.linux.package.noManager'),
  }
}

async function packagedBrowsers(ctx: CheckContext, f: Findings): Promise<void> {
  for (const b of PACKAGED) {
    let present = false
    let readError: Msg | null = null
    for (const path of b.presence) {
      f.sources.push(path)
      const read = locationRead(path, await ctx.probe.readFile(path))
      if (read.kind === 'absent') continue
      present = true
      if (read.kind === 'error') readError = read.detail
      break
    }
    if (!present) continue
    // A presence file that exists but cannot be read still means "may be installed": ask the
    // package manager, and stay unknown if it cannot say.
    const r = await packageVersion(ctx, f, b)
    if ('problem' in r) {
      f.unreadable.push({
        label: b.label,
        detail:
          readError !== null
            ? msg('check.browser-updates.linux.versionUnreadableAlso', {
                problem: r.problem,
                error: readError,
              })
            : msg('check.browser-updates.linux.versionUnreadable', { problem: r.problem }),
      })
      continue
    }
    f.installs.push({
      channel: b.channel,
      label: b.label,
      where: msg('check.browser-updates.linux.where.package', {
        manager: r.manager,
        name: r.manager === 'dpkg' ? b.deb : r.manager === 'rpm' ? b.rpm : b.pacman,
      }),
      version: b.channel === 'brave' ? normaliseBraveVersion(r.version) : r.version,
      fix: 'browser-updates.linux.system',
      updatedBy: SYSTEM,
    })
  }
}

async function tarballPolicies(ctx: CheckContext, f: Findings, label: MsgValue): Promise<void> {
  for (const path of ['/opt/firefox/distribution/policies.json', FIREFOX_SYSTEM_POLICIES]) {
    f.sources.push(path)
    judgeFirefoxPolicies(
      f,
      label,
      path,
      locationRead(path, await ctx.probe.readFile(path)),
      'browser-updates.linux.policy',
    )
  }
}

async function firefoxDirs(ctx: CheckContext, f: Findings): Promise<void> {
  for (const { dir, tarball } of FIREFOX_DIRS) {
    const ini = `${dir}/application.ini`
    const version = await readFirefoxVersion(ctx, f, ini)
    if (typeof version === 'string') continue
    const prefs = `${dir}/defaults/pref/channel-prefs.js`
    f.sources.push(prefs)
    const prefRead = locationRead(prefs, await ctx.probe.readFile(prefs))
    const esr =
      dir.endsWith('-esr') ||
      (prefRead.kind === 'text' && parseChannelPrefs(prefRead.text) === 'esr') ||
      (version.parts[1] ?? 0) >= 1
    const label = msg(
      tarball
        ? 'check.browser-updates.linux.label.mozillaDownload'
        : 'check.browser-updates.linux.label.distributionPackage',
      { name: esr ? 'Firefox ESR' : 'Firefox' },
    )
    f.installs.push({
      channel: esr ? 'firefox-esr' : 'firefox',
      label,
      where: dir,
      version,
      fix:
        esr && !tarball
          ? 'browser-updates.linux.firefox-esr'
          : tarball
            ? 'browser-updates.linux.firefox-tarball'
            : 'browser-updates.linux.system',
      updatedBy: tarball ? msg('check.browser-updates.linux.updatedBy.firefox') : SYSTEM,
    })
    if (tarball) await tarballPolicies(ctx, f, label)
  }
}

async function snaps(ctx: CheckContext, f: Findings): Promise<void> {
  f.sources.push(SNAP_FIREFOX)
  const ff = locationRead(SNAP_FIREFOX, await ctx.probe.readFile(SNAP_FIREFOX))
  if (ff.kind === 'error') f.unreadable.push({ label: 'Firefox (Snap)', detail: ff.detail })
  else if (ff.kind === 'text') {
    const parsed = parseApplicationIni(ff.text)
    if (parsed === null || 'prerelease' in parsed)
      f.unreadable.push({
        label: 'Firefox (Snap)',
        detail: msg('check.browser-updates.linux.snap.noReleaseVersion', { path: SNAP_FIREFOX }),
      })
    else {
      const esr = (parsed.version.parts[1] ?? 0) >= 1
      f.installs.push({
        channel: esr ? 'firefox-esr' : 'firefox',
        label: esr ? 'Firefox ESR (Snap)' : 'Firefox (Snap)',
        where: '/snap/firefox/current',
        version: parsed.version,
        fix: 'browser-updates.linux.snap',
        updatedBy: msg('check.browser-updates.linux.updatedBy.snapd'),
      })
    }
  }
  for (const s of SNAPS) {
    const path = `/snap/${s.name}/current/meta/snap.yaml`
    f.sources.push(path)
    const read = locationRead(path, await ctx.probe.readFile(path))
    if (read.kind === 'absent') continue
    if (read.kind === 'error') {
      f.unreadable.push({ label: s.label, detail: read.detail })
      continue
    }
    const v = parseSnapYamlVersion(read.text)
    if (v === null) {
      f.unreadable.push({
        label: s.label,
        detail: msg('check.browser-updates.linux.snap.noVersion', { path }),
      })
      continue
    }
    f.installs.push({
      channel: s.channel,
      label: s.label,
      where: `/snap/${s.name}/current`,
      version: s.channel === 'brave' ? normaliseBraveVersion(v) : v,
      fix: 'browser-updates.linux.snap',
      updatedBy: msg('check.browser-updates.linux.updatedBy.snapd'),
    })
  }
}

async function flatpaks(ctx: CheckContext, f: Findings): Promise<void> {
  const home = ctx.probe.env('HOME')
  for (const rootPattern of FLATPAK_ROOTS) {
    let root: string = rootPattern
    if (rootPattern.startsWith('~/')) {
      if (home === undefined || !home.startsWith('/')) continue
      root = `${home.replace(/\/+$/, '')}/${rootPattern.slice(2)}`
    }
    const perUser = rootPattern.startsWith('~/')
    for (const app of FLATPAKS) {
      const base = `${root}/${app.id}/current/active`
      const meta = `${base}/metadata`
      f.sources.push(meta)
      const m = locationRead(meta, await ctx.probe.readFile(meta))
      if (m.kind === 'absent') continue
      if (m.kind === 'error') {
        f.unreadable.push({ label: app.label, detail: m.detail })
        continue
      }
      const vpath = `${base}/${flatpakVersionFile(app.id)}`
      f.sources.push(vpath)
      const vr = locationRead(vpath, await ctx.probe.readFile(vpath))
      if (vr.kind !== 'text') {
        f.unreadable.push({
          label: app.label,
          detail:
            vr.kind === 'error'
              ? vr.detail
              : msg('check.browser-updates.linux.flatpak.noFile', { path: vpath }),
        })
        continue
      }
      let version: ParsedVersion | null = null
      let channel = app.channel
      if (app.id === 'org.mozilla.firefox') {
        const parsed = parseApplicationIni(vr.text)
        version = parsed !== null && 'version' in parsed ? parsed.version : null
        if (version !== null && (version.parts[1] ?? 0) >= 1) channel = 'firefox-esr'
      } else version = parseMetainfoNewest(vr.text)
      if (version === null) {
        f.unreadable.push({
          label: app.label,
          detail: msg('check.browser-updates.linux.flatpak.noVersion', { path: vpath }),
        })
        continue
      }
      f.installs.push({
        channel,
        label: channel === 'firefox-esr' ? 'Firefox ESR (Flatpak)' : app.label,
        where: msg(
          perUser
            ? 'check.browser-updates.linux.where.flatpakUser'
            : 'check.browser-updates.linux.where.flatpakSystem',
          { id: app.id },
        ),
        version: channel === 'brave' ? normaliseBraveVersion(version) : version,
        fix: 'browser-updates.linux.flatpak',
        updatedBy: msg('check.browser-updates.linux.updatedBy.flatpak'),
      })
    }
  }
}

/** The Linux strategy. */
export const linuxStrategy: CheckStrategy = {
  probes: {
    commands: PACKAGED.flatMap((b) => [dpkgArgv(b.deb), rpmArgv(b.rpm), pacmanArgv(b.pacman)]),
    files: [
      ...PACKAGED.flatMap((b) => b.presence),
      ...FIREFOX_DIRS.flatMap(({ dir }) => [
        `${dir}/application.ini`,
        `${dir}/defaults/pref/channel-prefs.js`,
      ]),
      '/opt/firefox/distribution/policies.json',
      FIREFOX_SYSTEM_POLICIES,
      SNAP_FIREFOX,
      ...SNAPS.map((s) => `/snap/${s.name}/current/meta/snap.yaml`),
      ...FLATPAK_ROOTS.flatMap((root) =>
        FLATPAKS.flatMap((a) => [
          `${root}/${a.id}/current/active/metadata`,
          `${root}/${a.id}/current/active/${flatpakVersionFile(a.id)}`,
        ]),
      ),
    ],
    notes: [
      'Chrome, Edge, Brave, Chromium: a launcher/.desktop file at a fixed path, then one dpkg-query / rpm -q / pacman -Q of that package',
      'Firefox application.ini (+ channel-prefs.js) in /usr/lib*/firefox*, /opt/firefox, the Firefox Snap and Flatpak; policies.json for /opt/firefox',
      'Snap meta/snap.yaml and Flatpak active/metadata + AppStream metainfo of Chromium, Chrome, Brave, Edge',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const host = await ctx.facts.hostKind()
    if (host.kind === 'container' || host.kind === 'wsl') {
      return unknown({
        summary:
          host.kind === 'wsl'
            ? msg('check.browser-updates.linux.summary.wsl')
            : msg('check.browser-updates.linux.summary.container'),
        observed: [
          host.kind === 'wsl'
            ? msg('check.browser-updates.linux.observed.wsl')
            : msg('check.browser-updates.linux.observed.container', {
                runtime: host.detail ?? msg('check.browser-updates.linux.unknownRuntime'),
              }),
        ],
        requirement: requirementText(ctx),
        remediationId: 'browser-updates.unknown',
        reason:
          host.kind === 'wsl'
            ? msg('check.browser-updates.linux.reason.wsl')
            : msg('check.browser-updates.linux.reason.container'),
        sources: [],
      })
    }
    const f = emptyFindings()
    await packagedBrowsers(ctx, f)
    await firefoxDirs(ctx, f)
    await snaps(ctx, f)
    await flatpaks(ctx, f)
    return aggregate(ctx, f, {
      noneFound: {
        status: 'not-applicable',
        reason: msg('check.browser-updates.linux.reason.noneFound'),
      },
    })
  },
}
