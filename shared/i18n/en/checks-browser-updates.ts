/**
 * English messages of the browser-updates check (main/checks/browser-updates/*), keys
 * `check.browser-updates.<platform>.<what>`. Browser and product names (Google Chrome, Firefox ESR,
 * Safari, Snap, Flatpak), versions, dates, paths, registry keys, package names and policy names
 * (UpdateDefault, DisableAppUpdate) are values and stay as the machine writes them.
 */
export const CHECKS_BROWSER_UPDATES_EN = {
  // Shared by the three platforms (common.ts, and parsers used by more than one platform)
  'check.browser-updates.common.requirement':
    'every installed browser is at most {days} days behind the newest release of its channel, and its own updates are not turned off by policy',
  'check.browser-updates.common.location.denied': '{path} is not readable',
  'check.browser-updates.common.location.unreadable': '{path} could not be read',
  'check.browser-updates.common.channel.chrome': 'Chrome stable',
  'check.browser-updates.common.channel.edge': 'Edge stable',
  'check.browser-updates.common.channel.firefox': 'Firefox release',
  'check.browser-updates.common.channel.firefox-esr': 'Firefox ESR',
  'check.browser-updates.common.channel.brave': 'Brave release',
  'check.browser-updates.common.channel.safari': 'Safari',
  'check.browser-updates.common.track.firefoxEsr': 'Firefox ESR {branch}',
  'check.browser-updates.common.track.safari': 'Safari for macOS {major}',
  'check.browser-updates.common.release': '{version} ({date})',
  'check.browser-updates.common.releaseProjected': '{version} ({date}, projected date)',
  'check.browser-updates.common.head': '{label} {version} ({where})',
  'check.browser-updates.common.by': '; {who}',
  'check.browser-updates.common.line.current': '{head}: up to date (newest {track} release: {newest}){by}',
  'check.browser-updates.common.line.pending':
    '{head}: update {pending} available, still inside the {days}-day grace period{by}',
  'check.browser-updates.common.line.behind':
    '{head}: out of date for {days} days — {outdatedBy} replaced it; newest {track} is {newest}{by}',
  'check.browser-updates.common.line.ended':
    '{head}: {track} no longer gets security fixes (last day {end}){by}',
  'check.browser-updates.common.line.endedProjected':
    '{head}: {track} no longer gets security fixes (last day {end}, projected){by}',
  'check.browser-updates.common.line.newer':
    '{head}: newer than every {track} release Preflight knows (newest known {newest}){by}',
  'check.browser-updates.common.line.stale':
    '{head}: newest {track} release Preflight knows is {newest}, but that data only reaches {knownThrough}{by}',
  'check.browser-updates.common.line.noData': '{head}: Preflight has no {track} release data',
  'check.browser-updates.common.line.noMacos':
    '{head}: the macOS version could not be read, so Safari cannot be judged',
  'check.browser-updates.common.line.olderEnded':
    '{head}: {track} no longer gets security fixes (older than {oldest}, which ended {end})',
  'check.browser-updates.common.line.unlisted': "{head}: Preflight's release data does not list {track}",
  'check.browser-updates.common.reason.behind':
    '{label} {version} has been out of date since {date}, longer than the {days}-day grace period.',
  'check.browser-updates.common.reason.behindProjected':
    '{label} {version} has been out of date since {date} (projected release date), longer than the {days}-day grace period.',
  'check.browser-updates.common.reason.ended': '{track} stopped receiving security fixes after {end}.',
  'check.browser-updates.common.reason.endedProjected':
    '{track} stopped receiving security fixes after {end} (projected).',
  'check.browser-updates.common.reason.newer':
    "{label} {version} is newer than Preflight's release data (a pre-release, or the data is out of date), so it cannot be judged. Update Preflight, or ask your security contact for a refreshed policy.",
  'check.browser-updates.common.reason.stale':
    "Preflight's release data for {track} is {age} days old (known through {knownThrough}), so a newer release may exist. Update Preflight, or ask your security contact for a refreshed policy.",
  'check.browser-updates.common.reason.noData':
    "Preflight's release table lists no published {track} release, so {label} cannot be judged.",
  'check.browser-updates.common.reason.noMacos':
    'Safari is judged against the Safari updates for your macOS version, which could not be read.',
  'check.browser-updates.common.reason.olderEndedEsr':
    '{track} is older than any ESR branch that still gets security fixes.',
  'check.browser-updates.common.reason.olderEndedMacos':
    '{track} is older than any macOS that still gets security fixes.',
  'check.browser-updates.common.reason.newerTrack':
    "{track} is not in Preflight's release data (newer than the data). Update Preflight, or ask your security contact for a refreshed policy.",
  'check.browser-updates.common.reason.unlistedTrack':
    "{track} is not in Preflight's release data (not a branch Preflight knows). Update Preflight, or ask your security contact for a refreshed policy.",
  'check.browser-updates.common.labelled': '{label}: {detail}',
  'check.browser-updates.common.labelledSentence': '{label}: {detail}.',
  'check.browser-updates.common.sentences': '{first} {rest}',
  'check.browser-updates.common.dataAsOf.bundled': 'browser release data as of {date} (bundled)',
  'check.browser-updates.common.dataAsOf.policy':
    'browser release data as of {date} (from the campaign policy)',
  'check.browser-updates.common.name.blocked': '{label} (updates turned off by policy)',
  'check.browser-updates.common.name.version': '{label} {version}',
  'check.browser-updates.common.summary.notUpToDate': 'Browser not kept up to date: {names}',
  'check.browser-updates.common.summary.unreadable': 'Could not read the installed browsers',
  'check.browser-updates.common.summary.unconfirmed': 'Could not confirm that every browser is up to date',
  'check.browser-updates.common.summary.noneFoundHere': 'No browser found in the places Preflight looks',
  'check.browser-updates.common.summary.noneFound': 'No browser found',
  'check.browser-updates.common.summary.oneUpToDate': '{name} is up to date',
  'check.browser-updates.common.summary.allUpToDate': 'All {count} browsers are up to date',
  // Update policies (Chromium updaters, Firefox)
  'check.browser-updates.common.policy.state.disabled': 'disabled',
  'check.browser-updates.common.policy.state.enabled': 'enabled',
  'check.browser-updates.common.policy.state.manual-only': 'manual only',
  'check.browser-updates.common.policy.state.automatic-only': 'automatic only',
  'check.browser-updates.common.policy.state.machine-only': 'machine only',
  'check.browser-updates.common.policy.sets': '{where} sets {name} = {value}',
  'check.browser-updates.common.policy.setsState': '{where} sets {name} = {value} ({state})',
  'check.browser-updates.common.policy.unknownValue':
    '{where}: {name} = {value} is not a value Preflight knows',
  'check.browser-updates.common.policy.updatePolicyUnreadable': 'its update policy could not be read ({why})',
  'check.browser-updates.common.policy.policiesFileUnreadable': 'its policies file could not be read ({why})',
  'check.browser-updates.common.policy.notOff': '{path} does not turn updates off',
  'check.browser-updates.common.firefox.noVersion': '{path} has no readable Version',
  'check.browser-updates.common.firefox.prerelease': '{path} is a pre-release ({version})',
  'check.browser-updates.common.parse.notJson': 'policies.json is not valid JSON',
  'check.browser-updates.common.parse.notObject': 'policies.json is not a JSON object',
  'check.browser-updates.common.parse.policiesNotObject': '"policies" in policies.json is not an object',
  'check.browser-updates.common.parse.notBoolean': '{name} is {value}, not true or false',

  // macOS
  'check.browser-updates.darwin.parse.notPlist': 'not a property list',
  'check.browser-updates.darwin.parse.noDict': 'no dictionary in the property list',
  'check.browser-updates.darwin.parse.notString': '{key} is not a string',
  'check.browser-updates.darwin.parse.missing': '{key} is missing',
  'check.browser-updates.darwin.binaryPlist': '{problem} (binary Info.plist at {path})',
  'check.browser-updates.darwin.notReleaseVersion': '{path}: version {version} is not a release version',
  'check.browser-updates.darwin.notDictionary':
    '`{command}` printed something that is not a settings dictionary',
  'check.browser-updates.darwin.profile': 'configuration profile {name}',
  'check.browser-updates.darwin.policy.notDictionary': '{where}: {name} is not a dictionary',
  'check.browser-updates.darwin.policy.unknownValue':
    '{where}: {scope} UpdateDefault = {value} is not a value Preflight knows',
  'check.browser-updates.darwin.policy.setsAll':
    '{where} sets UpdateDefault = {value} ({state}) for every app of that updater',
  'check.browser-updates.darwin.policy.setsApp': '{where} sets UpdateDefault = {value} ({state}) for {app}',
  'check.browser-updates.darwin.policy.noProfile': '{label}: no configuration profile restricts its updates',
  'check.browser-updates.darwin.policy.profileUnreadable':
    'its configuration profile could not be read ({why})',
  'check.browser-updates.darwin.policy.notOffManual':
    '{path} does not turn updates off (AppAutoUpdate = false: updates wait for you to install them)',
  'check.browser-updates.darwin.firefox.prerelease':
    '{path} is a pre-release ({version}), not a release channel',
  'check.browser-updates.darwin.safariUpdatedBy': 'updated through Software Update',
  'check.browser-updates.darwin.reason.noneFound':
    'Safari is part of macOS, yet /Applications/Safari.app/Contents/Info.plist could not be found. Check that Preflight runs on the Mac itself, and send a transcript (--record) to your security contact.',

  // Windows
  'check.browser-updates.win32.thisUser': '{key} (this user)',
  'check.browser-updates.win32.reg.notDword': '{name} is {type} {value}, expected a REG_DWORD number',
  'check.browser-updates.win32.reg.notString': '{name} is {type}, expected a string',
  'check.browser-updates.win32.pv.invalid': '{key}: pv {detail}',
  'check.browser-updates.win32.pv.notVersion': '{key}: pv = {value} is not a version',
  'check.browser-updates.win32.pv.missing': '{key}: pv is missing',
  'check.browser-updates.win32.manifestNoVersion': '{path} names no version',
  'check.browser-updates.win32.policy.neverCheck':
    '{key} sets AutoUpdateCheckPeriodMinutes = 0 (never check for updates)',
  'check.browser-updates.win32.policy.none': '{label}: no Group Policy restricts its updates',
  'check.browser-updates.win32.policy.nothingOff': '{label}: the update policy key turns nothing off',
  'check.browser-updates.win32.policy.gpoUnreadable': 'its Group Policy could not be read ({why})',
  'check.browser-updates.win32.reason.noneFound':
    'Microsoft Edge is part of Windows, yet neither its update registration nor its program folder could be found. Send a transcript (--record) to your security contact.',

  // Linux
  'check.browser-updates.linux.label.distributionPackage': '{name} (distribution package)',
  'check.browser-updates.linux.label.mozillaDownload': "{name} (Mozilla's download)",
  'check.browser-updates.linux.updatedBy.system':
    "updated by the system's package manager (the auto-updates check judges that)",
  'check.browser-updates.linux.updatedBy.firefox': "updated by Firefox's own updater",
  'check.browser-updates.linux.updatedBy.snapd': 'updated by snapd',
  'check.browser-updates.linux.updatedBy.flatpak':
    'updated by Flatpak (GNOME Software / Discover / flatpak update)',
  'check.browser-updates.linux.package.noAnswer': '`{command}` did not answer ({error})',
  'check.browser-updates.linux.package.noVersion': '`{command}` printed no version Preflight can read',
  'check.browser-updates.linux.package.unclaimed': 'its files exist but no package ({package}) claims them',
  'check.browser-updates.linux.package.noManager':
    'no package manager (dpkg, rpm, pacman) is available to read its version',
  'check.browser-updates.linux.versionUnreadable': 'its version could not be read: {problem}',
  'check.browser-updates.linux.versionUnreadableAlso': 'its version could not be read: {problem} ({error})',
  'check.browser-updates.linux.where.package': '{manager} package {name}',
  'check.browser-updates.linux.where.flatpakUser': '{id} (Flatpak, this user)',
  'check.browser-updates.linux.where.flatpakSystem': '{id} (Flatpak, system)',
  'check.browser-updates.linux.snap.noReleaseVersion': '{path} has no release Version',
  'check.browser-updates.linux.snap.noVersion': '{path} has no readable version',
  'check.browser-updates.linux.flatpak.noFile': '{path} does not exist, so the version cannot be read',
  'check.browser-updates.linux.flatpak.noVersion': '{path} names no release version',
  'check.browser-updates.linux.summary.wsl': 'Browsers run on Windows, outside WSL',
  'check.browser-updates.linux.summary.container': 'Browsers cannot be judged from inside a container',
  'check.browser-updates.linux.observed.wsl': 'running inside WSL',
  'check.browser-updates.linux.observed.container': 'running inside a container ({runtime})',
  'check.browser-updates.linux.unknownRuntime': 'unknown runtime',
  'check.browser-updates.linux.reason.wsl':
    'The browsers you use are Windows programs; run Preflight for Windows on this computer.',
  'check.browser-updates.linux.reason.container':
    "A container holds no one's everyday browser. Run Preflight directly on the laptop.",
  'check.browser-updates.linux.reason.noneFound':
    'No Chrome, Edge, Brave, Chromium or Firefox was found in the places they install to (packages in /opt and /usr/lib, Snap, Flatpak). A browser unpacked somewhere else (for example in your home folder) is not seen: keep it updated yourself, or install your browser from your distribution, Snap or Flatpak.',
} as const satisfies Readonly<Record<string, string>>
