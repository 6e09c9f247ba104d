/**
 * English messages of the auto-updates check (main/checks/auto-updates/*), keys
 * `check.auto-updates.<platform>.<what>`. Setting and value names (AutomaticCheckEnabled,
 * NoAutoUpdate, AUOptions, APT::Periodic::…, apply_updates), unit names, service states, dates
 * and paths stay as the machine writes them; menu paths are written as the operating system shows
 * them in this language.
 */
export const CHECKS_AUTO_UPDATES_EN = {
  // macOS
  'check.auto-updates.darwin.requirement':
    'automatic checking, downloading, and installing of Security Responses and system files are on',
  'check.auto-updates.darwin.place.modern': 'System Settings › General › Software Update',
  'check.auto-updates.darwin.place.macos12': 'System Preferences › Software Update',
  'check.auto-updates.darwin.key.AutomaticCheckEnabled': 'check for updates',
  'check.auto-updates.darwin.key.AutomaticDownload': 'download new updates when available',
  'check.auto-updates.darwin.key.CriticalUpdateInstall': 'install Security Responses (security updates)',
  'check.auto-updates.darwin.key.ConfigDataInstall': 'install system data files',
  'check.auto-updates.darwin.key.AutomaticallyInstallMacOSUpdates': 'install macOS updates',
  'check.auto-updates.darwin.state.on': 'on',
  'check.auto-updates.darwin.state.off': 'off',
  'check.auto-updates.darwin.state.notSet': 'not set',
  'check.auto-updates.darwin.state.invalid': 'unreadable value',
  'check.auto-updates.darwin.observed.setting': '{setting}: {value}',
  'check.auto-updates.darwin.observed.settingManaged': '{setting}: {value} (set by a configuration profile)',
  'check.auto-updates.darwin.observed.settingDefault': '{setting}: {value} (macOS default)',
  'check.auto-updates.darwin.observed.managed': 'a configuration profile manages Software Update',
  'check.auto-updates.darwin.observed.lastCheck': 'last full successful update check: {date}',
  'check.auto-updates.darwin.summary.managedUnreadable':
    'Could not read the update settings enforced on this Mac',
  'check.auto-updates.darwin.summary.partlyOff': 'Automatic updates are partly off: {settings}',
  'check.auto-updates.darwin.summary.unreadable': 'Could not read the Software Update settings',
  'check.auto-updates.darwin.summary.unclear': 'Could not read every automatic update setting',
  'check.auto-updates.darwin.summary.on': 'Automatic updates are on',
  'check.auto-updates.darwin.reason.managedUnreadable':
    '{detail}. A configuration profile may override the local settings, so they cannot be judged alone. Check {place} yourself.',
  'check.auto-updates.darwin.reason.offByProfileLocalMissing':
    'A configuration profile turns these settings off, so the local settings (not created yet) cannot change the result; ask whoever manages this Mac to change it.',
  'check.auto-updates.darwin.reason.offByProfileLocalUnreadable':
    'A configuration profile turns these settings off, so the local settings (not readable) cannot change the result; ask whoever manages this Mac to change it.',
  'check.auto-updates.darwin.reason.localMissing':
    'The Software Update settings file does not exist yet (macOS creates it the first time it checks for updates). Open {place} once, let it check, then check again.',
  'check.auto-updates.darwin.reason.localProblem': '{detail}. Check {place} yourself.',
  'check.auto-updates.darwin.reason.byProfile':
    'At least one of these settings is enforced by a configuration profile; ask whoever manages this Mac to change it.',
  'check.auto-updates.darwin.reason.unclear':
    'Unreadable value for: {keys}. Check the automatic update options in {place} yourself.',

  // Windows
  'check.auto-updates.win32.requirement':
    'Windows Update installs updates automatically: not paused, not turned off by policy, service not disabled',
  'check.auto-updates.win32.observed.noPolicy': 'no Windows Update policy is set',
  'check.auto-updates.win32.observed.noAutoUpdate': 'policy NoAutoUpdate = {value}',
  'check.auto-updates.win32.observed.auOptions': 'policy AUOptions = {value}',
  'check.auto-updates.win32.observed.policyNothing':
    'a Windows Update policy key exists but turns nothing off',
  'check.auto-updates.win32.observed.mdm': 'device management sets AllowAutoUpdate = {value}',
  'check.auto-updates.win32.observed.neverPaused': 'updates have never been paused',
  'check.auto-updates.win32.observed.pauseEnded': 'an earlier pause ended {date} ({name})',
  'check.auto-updates.win32.observed.featurePaused':
    'feature updates (new Windows versions) are paused until {date}; security updates are not',
  'check.auto-updates.win32.observed.notPaused': 'updates are not paused',
  'check.auto-updates.win32.observed.service': 'Windows Update service start type {code} ({name})',
  'check.auto-updates.win32.finding.noAccess':
    'a policy removes access to Windows Update (DisableWindowsUpdateAccess = 1)',
  'check.auto-updates.win32.finding.noAutoUpdate':
    'automatic updates are turned off by policy (NoAutoUpdate = 1)',
  'check.auto-updates.win32.finding.notifyOnly':
    'policy only notifies about updates and never downloads them (AUOptions = 2)',
  'check.auto-updates.win32.finding.auOptionsUnknown': 'policy AUOptions = {value} is not a documented value',
  'check.auto-updates.win32.finding.wsus':
    "updates come from an organisation's update server (WUServer {server}), which Preflight cannot judge",
  'check.auto-updates.win32.finding.wsusNoAddress':
    "updates come from an organisation's update server (WUServer (no address set)), which Preflight cannot judge",
  'check.auto-updates.win32.finding.mdmOff':
    'device management turns automatic updates off (AllowAutoUpdate = 5)',
  'check.auto-updates.win32.finding.mdmNotify':
    'device management only notifies about updates before downloading them (AllowAutoUpdate = 0)',
  'check.auto-updates.win32.finding.mdmUnknown':
    'device management sets AllowAutoUpdate = {value}, not a value Preflight knows',
  'check.auto-updates.win32.finding.pauseUnreadable':
    '{name} is {type} {value}, not a date Preflight can read',
  'check.auto-updates.win32.finding.paused': 'updates are paused until {date} ({name})',
  'check.auto-updates.win32.finding.serviceExit':
    '`{command}` failed with code {code} (1060: the service does not exist; 5: access denied)',
  'check.auto-updates.win32.finding.serviceUnreadable':
    'the start type of the Windows Update service could not be read from `sc qc wuauserv`',
  'check.auto-updates.win32.finding.serviceDisabled': 'the Windows Update service (wuauserv) is disabled',
  'check.auto-updates.win32.summary.finding': '{finding|cap}',
  'check.auto-updates.win32.summary.unconfirmed':
    'Could not confirm that Windows installs updates automatically',
  'check.auto-updates.win32.summary.on': 'Windows installs updates automatically',
  'check.auto-updates.win32.reason.alsoUnreadable': 'Also not readable: {problems}',
  'check.auto-updates.win32.reason.unconfirmed':
    '{problems|cap}. Open Settings › Windows Update to check that updates are not paused, and ask your security contact if an organisation manages this laptop.',

  // Linux
  'check.auto-updates.linux.requirement': 'Security updates are downloaded and installed automatically',
  'check.auto-updates.linux.thisLinux': 'this Linux',
  'check.auto-updates.linux.builtInDefault': 'built-in default',
  'check.auto-updates.linux.problem.unexpected': '`{command}` gave an unexpected answer',
  'check.auto-updates.linux.problem.dpkgUnexpected': 'dpkg-query gave an unexpected answer',
  'check.auto-updates.linux.problem.aptValue':
    'apt-config printed an APT::Periodic value Preflight cannot read',
  'check.auto-updates.linux.problem.unclearState': '{unit} is "{state}", which does not tell whether it runs',
  'check.auto-updates.linux.problem.ostree':
    'Preflight does not read rpm-ostree’s automatic update policy yet; check that "AutomaticUpdatePolicy=stage" is set in /etc/rpm-ostreed.conf',
  'check.auto-updates.linux.problem.dnfWhich':
    'Preflight could not tell whether dnf5 or dnf4 runs the updates, and their settings differ',
  'check.auto-updates.linux.problem.dnfUnreadable': 'the dnf-automatic settings could not be read',
  'check.auto-updates.linux.problem.applyValue': 'apply_updates = {value} in {path} is not a yes/no value',
  'check.auto-updates.linux.problem.default': 'the update settings could not be read',
  'check.auto-updates.linux.fail.periodicOff': 'periodic apt work is turned off',
  'check.auto-updates.linux.fail.noInstall': 'automatic installation of updates is turned off',
  'check.auto-updates.linux.fail.noRefresh': 'the list of available updates is never refreshed',
  'check.auto-updates.linux.fail.unitState': '{unit} is {state}',
  'check.auto-updates.linux.fail.mintOff': 'Update Manager’s automatic upgrades are off',
  'check.auto-updates.linux.fail.nothing': 'nothing installs updates automatically',
  'check.auto-updates.linux.fail.downloadOnly': 'dnf-automatic only downloads updates (apply_updates is off)',
  'check.auto-updates.linux.observed.installed': 'unattended-upgrades is installed',
  'check.auto-updates.linux.observed.notInstalled': 'unattended-upgrades is not installed',
  'check.auto-updates.linux.observed.aptNotSet': '{key} is not set (off)',
  'check.auto-updates.linux.observed.aptValue': '{key} "{value}"',
  'check.auto-updates.linux.observed.aptDisabled':
    'APT::Periodic::Enable "0" turns all periodic apt work off',
  'check.auto-updates.linux.observed.unit': '{unit}: {state}',
  'check.auto-updates.linux.observed.mintOn': 'automatic upgrades are switched on in Update Manager',
  'check.auto-updates.linux.observed.mintOff': 'automatic upgrades are switched off in Update Manager',
  'check.auto-updates.linux.observed.ostree':
    'this is an image-based system (rpm-ostree: Silverblue, Kinoite…)',
  'check.auto-updates.linux.observed.alias': '{unit}: another name for dnf5-automatic.timer',
  'check.auto-updates.linux.observed.noTimer':
    'no dnf-automatic timer is enabled (GNOME Software and Discover only download and ask)',
  'check.auto-updates.linux.observed.applyYes': 'apply_updates = yes ({from})',
  'check.auto-updates.linux.observed.applyNo': 'apply_updates = no ({from}): updates are only downloaded',
  'check.auto-updates.linux.observed.distribution': 'distribution: {name}',
  'check.auto-updates.linux.observed.arch':
    'distribution: {name} (rolling release, updated by hand with pacman -Syu)',
  'check.auto-updates.linux.summary.unattended':
    'Security updates install automatically (unattended-upgrades)',
  'check.auto-updates.linux.summary.mint': 'Update Manager installs updates automatically',
  'check.auto-updates.linux.summary.dnf': 'Updates install automatically (dnf-automatic)',
  'check.auto-updates.linux.summary.off': 'Updates do not install automatically',
  'check.auto-updates.linux.summary.unconfirmed': 'Could not confirm that updates install automatically',
  'check.auto-updates.linux.summary.noOsRelease': 'Could not tell which Linux distribution this is',
  'check.auto-updates.linux.summary.arch': '{name} has no automatic updates',
  'check.auto-updates.linux.summary.unknownDistro': 'Preflight does not know how {name} installs updates',
  'check.auto-updates.linux.reason.problems': '{problems}.',
  'check.auto-updates.linux.reason.noOsRelease':
    '/etc/os-release could not be read, so Preflight does not know which update system to check.',
  'check.auto-updates.linux.reason.arch':
    'Arch-based systems are designed to be updated by hand and have no built-in automatic updates. Update at least weekly and follow the steps; your security contact may accept this with a regular update routine.',
  'check.auto-updates.linux.reason.unknownDistro':
    'Preflight knows the update systems of Debian, Ubuntu, Linux Mint, Fedora and Arch; {name} is none of them. Check its automatic update settings yourself.',
} as const satisfies Readonly<Record<string, string>>
