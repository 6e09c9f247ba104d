/**
 * English messages of the os-version check (main/checks/os-version/*), keys
 * `check.os-version.<platform>.<what>`. Versions, builds, dates (ISO 8601), KB numbers, release and
 * edition names, os-release fields and file paths are values from the machine or from the bundled
 * OS support table and stay as they are written there.
 */
export const CHECKS_OS_VERSION_EN = {
  // Shared by the three platforms
  'check.os-version.common.requirement':
    'a release that still gets security updates, with every update public for more than {days} days installed',
  'check.os-version.common.reason.newerThanData':
    "{what} is newer than Preflight's OS support data (as of {dataAsOf}), so Preflight cannot tell whether it is supported and up to date. Update Preflight, or ask your security contact for a refreshed policy.",
  'check.os-version.common.reason.stale':
    "Preflight's OS support data is {age} days old (as of {dataAsOf}; the policy allows {allowed}), so it can no longer judge whether this system is supported and up to date. Update Preflight, or ask your security contact for a refreshed policy.",
  'check.os-version.common.projectedDate':
    '{date} (projected date: the vendor had not published it when the data was compiled)',
  'check.os-version.common.state.until': 'until {date}',
  'check.os-version.common.observed.atLeast': 'at least {version} (public since {date}) is installed',
  'check.os-version.common.observed.noneOlder': 'no update of {release} is older than {grace} days yet',
  'check.os-version.common.summary.current': '{release} is supported and up to date',
  'check.os-version.common.summary.stale':
    "{release} is supported, but Preflight's data is too old to judge updates",
  'check.os-version.common.summary.noData': 'No update list for {release}',
  'check.os-version.common.summary.ended': '{release} no longer gets security updates',

  // macOS
  'check.os-version.darwin.problem.notRun': 'sw_vers could not be run',
  'check.os-version.darwin.problem.unrecognised': '`sw_vers` printed something Preflight does not recognise',
  'check.os-version.darwin.cycle': 'macOS {major} {name}',
  'check.os-version.darwin.observed.version': 'macOS {version} ({build})',
  'check.os-version.darwin.observed.ended': '{release} security support ended {end}',
  'check.os-version.darwin.observed.required': 'required: {version} (public since {date})',
  'check.os-version.darwin.summary.compat': 'macOS reported a compatibility version (10.16)',
  'check.os-version.darwin.summary.olderEnded': 'macOS {version} no longer gets security updates',
  'check.os-version.darwin.summary.notInData': "macOS {version} is not in Preflight's support data",
  'check.os-version.darwin.summary.behind': 'macOS is missing updates since {date}: newest is {newest}',
  'check.os-version.darwin.summary.unreadable': 'Could not read the macOS version',
  'check.os-version.darwin.reason.compat':
    'macOS answered "10.16", the number it shows to old software when SYSTEM_VERSION_COMPAT is set, so the real version is hidden. Check the version in Apple menu > About This Mac, then run Preflight again from a normal session.',
  'check.os-version.darwin.reason.olderEnded':
    'macOS {major} is older than {oldest}, whose security support already ended on {end}.',
  'check.os-version.darwin.reason.unlisted':
    'macOS {major} is not a release Preflight knows (as of {dataAsOf}). Ask your security contact.',
  'check.os-version.darwin.reason.ended':
    'Apple fixes security problems only in supported macOS versions; {release} stopped receiving them on {end}.',
  'check.os-version.darwin.reason.noData':
    "Preflight's data (as of {dataAsOf}) lists no updates for {release}, so it cannot tell whether {version} is current.",
  'check.os-version.darwin.reason.behind':
    'macOS {required} was published on {date}, more than {grace} days ago; this Mac runs {version}.',
  'check.os-version.darwin.reason.behindStale':
    "macOS {required} was published on {date}, more than {grace} days ago; this Mac runs {version}. Preflight's data is old, so newer updates may exist as well.",
  'check.os-version.darwin.reason.unreadable':
    '{problem}. Check the version in Apple menu > About This Mac and press "Check again".',

  // Windows
  'check.os-version.win32.problem.noKey': 'the Windows version key could not be found in the registry',
  'check.os-version.win32.parse.noBuild': 'the registry does not list CurrentBuild',
  'check.os-version.win32.parse.badBuild': 'CurrentBuild is "{value}", not a build number',
  'check.os-version.win32.family.home-pro': 'Home/Pro editions',
  'check.os-version.win32.family.enterprise': 'Enterprise/Education editions',
  'check.os-version.win32.family.ltsc': 'LTSC editions',
  'check.os-version.win32.build': 'Windows build {build}',
  'check.os-version.win32.state.open': 'open',
  'check.os-version.win32.state.openProjected':
    'open (projected date: the vendor had not published it when the data was compiled)',
  'check.os-version.win32.observed.version': '{name} {displayVersion} (build {build})',
  'check.os-version.win32.observed.versionNoDisplay': '{name} (build {build})',
  'check.os-version.win32.observed.edition': 'EditionID {edition}',
  'check.os-version.win32.observed.noEdition': 'EditionID (none)',
  'check.os-version.win32.observed.servicing': '{family} of {release}: servicing {end}',
  'check.os-version.win32.observed.esu':
    'Extended Security Updates (until {end}): an update newer than {build} is installed',
  'check.os-version.win32.observed.required': 'required: {update}, public since {date}',
  'check.os-version.win32.summary.notClient': '{type} installations are not covered',
  'check.os-version.win32.summary.olderBuild': 'Windows build {build} no longer gets security updates',
  'check.os-version.win32.summary.notInData': "Windows build {build} is not in Preflight's support data",
  'check.os-version.win32.summary.unknownEdition': 'Edition "{edition}" is not recognised',
  'check.os-version.win32.summary.noEdition': 'Edition "none" is not recognised',
  'check.os-version.win32.summary.noDates': 'No servicing dates for {family} of {release}',
  'check.os-version.win32.summary.missing': 'Windows is missing updates since {date}: newest is {newest}',
  'check.os-version.win32.summary.noUbr': 'Could not read the Windows patch level',
  'check.os-version.win32.summary.currentEsu':
    '{release} is supported (Extended Security Updates) and up to date',
  'check.os-version.win32.summary.unreadable': 'Could not read the Windows version',
  'check.os-version.win32.reason.notClient':
    'This is a Windows {type} installation; Preflight judges Windows 10 and 11 desktop editions only. Ask your security contact.',
  'check.os-version.win32.reason.olderBuild':
    "Build {build} is older than every Windows release in Preflight's data, all of which have reached the end of servicing for regular editions.",
  'check.os-version.win32.reason.unlisted':
    'Build {build} is not a released Windows version that Preflight knows (an Insider Preview build?). Ask your security contact.',
  'check.os-version.win32.reason.unknownEdition':
    'Preflight does not know which servicing dates apply to the {edition} edition of {release}. Ask your security contact.',
  'check.os-version.win32.reason.noEdition':
    'Preflight does not know which servicing dates apply to the unnamed edition of {release}. Ask your security contact.',
  'check.os-version.win32.reason.noDates':
    "Preflight's data does not list an end of servicing for {family} of {release}. Ask your security contact.",
  'check.os-version.win32.reason.ended': 'Microsoft stopped servicing {family} of {release} on {end}.',
  'check.os-version.win32.reason.endedEsuEnded':
    'Microsoft stopped servicing {family} of {release} on {end}. Extended Security Updates for these editions also ended on {esuEnd}.',
  'check.os-version.win32.reason.endedNotEnrolled':
    'Microsoft stopped servicing {family} of {release} on {end}. Extended Security Updates run until {esuEnd}, but this PC has no update newer than {last}, so it is not enrolled.',
  'check.os-version.win32.reason.missing':
    'The update {update} was published on {date}, more than {grace} days ago; this PC is at {current}.',
  'check.os-version.win32.reason.missingStale':
    "The update {update} was published on {date}, more than {grace} days ago; this PC is at {current}. Preflight's data is old, so newer updates may exist as well.",
  'check.os-version.win32.reason.noUbr':
    'The registry has no UBR value (the monthly update number), so Preflight cannot tell which updates are installed.',
  'check.os-version.win32.reason.noData':
    "Preflight's data (as of {dataAsOf}) lists no monthly updates for build {build}, so it cannot tell whether {current} is current.",
  'check.os-version.win32.reason.unreadable':
    '{problem}. Check the version in Settings > System > About and press "Check again".',

  // Linux
  'check.os-version.linux.requirement':
    'a release that still gets security updates, and a successful system upgrade within the last {days} days',
  'check.os-version.linux.thisDistribution': 'this Linux distribution',
  'check.os-version.linux.noReleaseNumber': '{name} (no release number: a testing or development version?)',
  'check.os-version.linux.state.noEnd': 'no end announced',
  'check.os-version.linux.problem.notReadable': '{path} is not readable',
  'check.os-version.linux.problem.rpmFailed': '`rpm -qa --last` failed ({error})',
  'check.os-version.linux.problem.rpmExit': '`rpm -qa --last` exited with code {code}',
  'check.os-version.linux.observed.release': '{name} (ID={id}, VERSION_ID={versionId})',
  'check.os-version.linux.observed.basedOn': '{name} is based on {base}',
  'check.os-version.linux.observed.rolling':
    '{name} is a rolling release: no end of life, judged by upgrade age',
  'check.os-version.linux.observed.supportEnd': 'os-release SUPPORT_END={date}',
  'check.os-version.linux.observed.support': '{release}: security support {end}',
  'check.os-version.linux.observed.esm': 'Ubuntu Pro ESM Infra is enabled: security updates until {date}',
  'check.os-version.linux.observed.paidExtension': 'paid extension: {note}',
  'check.os-version.linux.observed.newerKernel': 'kernel {newer} is installed, but {running} is running',
  'check.os-version.linux.observed.kernelReplaced':
    'the running kernel {running} has been replaced (its modules are gone from /usr/lib/modules)',
  'check.os-version.linux.observed.lastUpgrade': 'last upgrade {day} ({source})',
  'check.os-version.linux.observed.noneSince': '{source} covers {since} to now without a successful upgrade',
  'check.os-version.linux.observed.recent.one': 'last upgrade {day}, {count} days ago ({source})',
  'check.os-version.linux.observed.recent.other': 'last upgrade {day}, {count} days ago ({source})',
  'check.os-version.linux.observed.exists': '{path} exists',
  'check.os-version.linux.summary.wsl': 'Running inside WSL',
  'check.os-version.linux.summary.container': 'Running inside a container',
  'check.os-version.linux.summary.noOsRelease': 'Could not identify the Linux distribution',
  'check.os-version.linux.summary.notInData': "{release} is not in Preflight's support data",
  'check.os-version.linux.summary.staleCycle':
    "{release} was supported, but Preflight's data is too old to judge it now",
  'check.os-version.linux.summary.unknownFamily': 'Could not tell how this distribution installs updates',
  'check.os-version.linux.summary.ageUnknown': 'Could not find when the system was last upgraded',
  'check.os-version.linux.summary.old.one': 'Last system upgrade was {count} days ago ({day})',
  'check.os-version.linux.summary.old.other': 'Last system upgrade was {count} days ago ({day})',
  'check.os-version.linux.summary.noneSince': 'No system upgrade recorded since {since}',
  'check.os-version.linux.summary.restart': 'Updates are installed but need a restart to take effect',
  'check.os-version.linux.summary.restartUnknown': 'Could not tell whether a restart is pending',
  'check.os-version.linux.summary.current.one': '{release} is supported and was upgraded {count} days ago',
  'check.os-version.linux.summary.current.other': '{release} is supported and was upgraded {count} days ago',
  'check.os-version.linux.summary.currentEsm.one':
    '{release} is supported (Ubuntu Pro ESM) and was upgraded {count} days ago',
  'check.os-version.linux.summary.currentEsm.other':
    '{release} is supported (Ubuntu Pro ESM) and was upgraded {count} days ago',
  'check.os-version.linux.summary.upgraded.one': '{release} was upgraded {count} days ago',
  'check.os-version.linux.summary.upgraded.other': '{release} was upgraded {count} days ago',
  'check.os-version.linux.reason.wsl':
    "This Linux runs inside Windows (WSL); the laptop's operating system is Windows. Run the Windows version of Preflight.",
  'check.os-version.linux.reason.container':
    "This is a container; the laptop's operating system is outside it. Run Preflight on the laptop itself.",
  'check.os-version.linux.reason.noOsRelease':
    'Neither /etc/os-release nor /usr/lib/os-release could be read.',
  'check.os-version.linux.reason.older':
    '{release} is older than {oldest}, whose security support already ended on {end}.',
  'check.os-version.linux.reason.notInData':
    "{release} is not in Preflight's support data. Ask your security contact.",
  'check.os-version.linux.reason.supportEnd':
    'The distribution itself declares the end of support as {date} (SUPPORT_END in {path}).',
  'check.os-version.linux.reason.unlisted':
    "{release} is not in Preflight's support table, so Preflight cannot tell whether it still gets security updates. Ask your security contact.",
  'check.os-version.linux.reason.ended': '{release} stopped receiving security updates on {date}.',
  'check.os-version.linux.reason.endedExtension':
    '{release} stopped receiving security updates on {date}. {note} exists; Preflight found it not enabled on this machine (`pro status`).',
  'check.os-version.linux.reason.unknownFamily':
    'Preflight reads the upgrade history of apt, dnf and pacman systems; {release} is none of these (ID={id}, ID_LIKE={idLike}).',
  'check.os-version.linux.reason.ageProblems':
    '{problems}. Install all updates now; Preflight will then see the upgrade in the log.',
  'check.os-version.linux.reason.ageNoReach':
    'The upgrade logs do not reach back far enough. Install all updates now; Preflight will then see the upgrade in the log.',
  'check.os-version.linux.reason.policyAge':
    'The policy asks for a successful system upgrade at least every {days} days.',
  'check.os-version.linux.reason.restart':
    'Until the computer restarts it keeps running the old, unpatched kernel and libraries.',
  'check.os-version.linux.reason.restartKernel':
    'Until the computer restarts it keeps running the old, unpatched kernel.',
  'check.os-version.linux.reason.restartUnknown':
    '{path} could not be read ({error}). Restart the computer and check again.',
} as const satisfies Readonly<Record<string, string>>
