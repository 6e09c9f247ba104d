/**
 * English words of the os-version fixes (ids and deep links: shared/remediation/os-version.ts).
 * Steps are written for a non-technical staffer; terminal commands appear only on Linux, where the
 * update tools differ by desktop and a command is the one path that works everywhere.
 */
import type { RemediationText } from '../../remediation/types'

const UPDATE_WHY =
  'Most attacks on laptops use security holes that the vendor has already fixed. Installing updates closes them; every week without them leaves known holes open.'
const UNSUPPORTED_WHY =
  'This version no longer receives security fixes, so every newly found hole in it stays open for good. Moving to a supported version is the only fix.'
const CONTACT_STEP =
  'If this computer cannot install a supported version (too old, or the installer refuses), stop using it for campaign work and tell your campaign security contact: they can help with a replacement.'
const BACKUP_STEP = 'Before you start, back up your files (and make sure the computer is plugged in).'

const linuxUpdate = (steps: readonly string[]): RemediationText => ({
  title: 'Install all updates',
  why: UPDATE_WHY,
  steps: [
    ...steps,
    'Restart the computer if the update tool asks you to (or if you are unsure).',
    'Press “Check again” in Preflight.',
  ],
  duration: 'About 5 minutes of your time; downloading and installing can take 10–30 minutes more.',
})

const releaseUpgrade = (title: string, steps: readonly string[]): RemediationText => ({
  title,
  why: UNSUPPORTED_WHY,
  steps: [
    BACKUP_STEP,
    'First install all updates for your current version and restart.',
    ...steps,
    CONTACT_STEP,
  ],
  duration:
    'About 20–30 minutes of your time; the upgrade itself runs for 30–90 minutes and restarts the computer.',
})

/** English words for every id in OS_VERSION_REMEDIATIONS. */
export const REMEDIATION_OS_VERSION_EN: Readonly<Record<string, RemediationText>> = {
  'os-version.darwin.update': {
    title: 'Install the latest macOS update',
    why: UPDATE_WHY,
    steps: [
      'Open the Apple menu > System Settings > General > Software Update (the button below opens it).',
      'Wait for the check to finish, then click “Update Now” or “Restart Now”. If an “Upgrade to macOS …” is offered as well, the update for your current version is enough for this check.',
      'Enter your password if asked and let the Mac restart.',
      'Press “Check again” in Preflight.',
    ],
    duration: 'About 5 minutes of your time; the update and restart take 15–45 minutes more.',
  },
  'os-version.darwin.upgrade': {
    title: 'Upgrade to a supported version of macOS',
    why: UNSUPPORTED_WHY,
    steps: [
      BACKUP_STEP,
      'Open the Apple menu > System Settings > General > Software Update (the button below opens it).',
      'Under “Upgrade Now” or “Upgrade to macOS …”, choose the newest macOS offered and follow the steps.',
      'If no upgrade is offered, this Mac may be too old for a supported macOS.',
      CONTACT_STEP,
    ],
    duration: 'About 15 minutes of your time; the download and installation take 1–2 hours.',
  },
  'os-version.darwin.upgrade.macos12': {
    title: 'Upgrade to a supported version of macOS',
    why: UNSUPPORTED_WHY,
    steps: [
      BACKUP_STEP,
      'Open the Apple menu > System Preferences > Software Update (the button below opens it).',
      'Click “Upgrade Now” for the newest macOS offered and follow the steps.',
      'If no upgrade is offered, this Mac may be too old for a supported macOS.',
      CONTACT_STEP,
    ],
    duration: 'About 15 minutes of your time; the download and installation take 1–2 hours.',
  },
  'os-version.win32.update': {
    title: 'Install the latest Windows updates',
    why: UPDATE_WHY,
    steps: [
      'Open Start > Settings > Windows Update (the button below opens it).',
      'Click “Check for updates”, then “Download & install” or “Install all”. If updates are paused, click “Resume updates”.',
      'When asked, click “Restart now”.',
      'Press “Check again” in Preflight.',
    ],
    duration: 'About 5 minutes of your time; installing and restarting take 15–45 minutes more.',
  },
  'os-version.win32.feature-update': {
    title: 'Move to the current version of Windows 11',
    why: UNSUPPORTED_WHY,
    steps: [
      'Open Start > Settings > Windows Update (the button below opens it) and install all waiting updates first.',
      'Look for “Windows 11, version 25H2” (or newer) and click “Download and install”. On 24H2 this is a small update and one restart.',
      'If it is not offered, turn on “Get the latest updates as soon as they’re available” and check again.',
      CONTACT_STEP,
    ],
    duration: 'About 10 minutes of your time; from 24H2 one restart, from older versions 1–2 hours.',
  },
  'os-version.win32.upgrade-11': {
    title: 'Upgrade from Windows 10 to Windows 11',
    why: 'Windows 10 no longer receives security fixes for personal computers, so newly found holes in it stay open for good.',
    steps: [
      BACKUP_STEP,
      'Open Start > Settings > Update & Security > Windows Update (the button below opens it).',
      'If “Upgrade to Windows 11 is ready” is shown, click “Download and install” and follow the steps.',
      'If Windows says this PC does not meet the requirements, it cannot be upgraded safely.',
      CONTACT_STEP,
    ],
    duration: 'About 20 minutes of your time; the upgrade takes 1–2 hours with several restarts.',
  },
  'os-version.linux.apt': linuxUpdate([
    'Open “Software Updater” (Ubuntu) or “Software” > Updates (GNOME) / “Discover” > Updates (KDE) and install everything offered.',
    'Or open a terminal and run: sudo apt update && sudo apt full-upgrade',
  ]),
  'os-version.linux.mint': linuxUpdate([
    'Open the Update Manager (the shield icon in the panel, or Menu > Administration > Update Manager).',
    'Click “Refresh”, then “Install Updates”, and enter your password.',
  ]),
  'os-version.linux.dnf': linuxUpdate([
    'Open “Software” > Updates (GNOME) or “Discover” > Updates (KDE) and install everything offered.',
    'Or open a terminal and run: sudo dnf upgrade --refresh',
  ]),
  'os-version.linux.pacman': linuxUpdate([
    'Open a terminal and run: sudo pacman -Syu',
    'Read any message pacman prints about manual steps before answering “Y”.',
  ]),
  'os-version.linux.restart': {
    title: 'Restart to finish installing updates',
    why: 'The updates are installed, but the computer keeps running the old, vulnerable versions until it restarts.',
    steps: ['Save your work.', 'Restart the computer.', 'Press “Check again” in Preflight.'],
    duration: 'About 3 minutes.',
  },
  'os-version.linux.release-upgrade.ubuntu': releaseUpgrade('Upgrade to a supported Ubuntu release', [
    'Open “Software Updater”; when it offers a new Ubuntu release, click “Upgrade…”.',
    'Or open a terminal and run: sudo do-release-upgrade',
    'Very old releases may need several upgrades in a row, one LTS at a time.',
    'If you cannot upgrade yet, an Ubuntu LTS can keep getting security fixes through Ubuntu Pro (free for personal use on a few machines): get a token at ubuntu.com/pro, run sudo pro attach <token>, then install all updates.',
  ]),
  'os-version.linux.release-upgrade.debian': releaseUpgrade('Upgrade to a supported Debian release', [
    'Follow the “Upgrading” chapter of the release notes for the next Debian release (debian.org/releases): it changes the release name in your package sources, then runs sudo apt full-upgrade.',
    'Upgrade one release at a time.',
  ]),
  'os-version.linux.release-upgrade.fedora': releaseUpgrade('Upgrade to a supported Fedora release', [
    'Open “Software” > Updates: when a new Fedora release is offered, click “Download”, then “Restart & Upgrade”.',
    'Or in a terminal: sudo dnf system-upgrade download --releasever=<new version>, then sudo dnf system-upgrade reboot.',
  ]),
  'os-version.linux.release-upgrade.mint': releaseUpgrade('Upgrade to a supported Linux Mint release', [
    'Open the Update Manager; if it offers “Upgrade to Linux Mint …” in the Edit menu, choose it and follow the steps.',
    'Moving to a new major version (for example 21 to 22) uses the mintupgrade tool: follow the official upgrade guide on linuxmint.com.',
  ]),
  'os-version.linux.release-upgrade.other': releaseUpgrade('Upgrade to a supported release', [
    'Use your distribution’s official upgrade guide to move to a release that still receives security updates.',
  ]),
}
