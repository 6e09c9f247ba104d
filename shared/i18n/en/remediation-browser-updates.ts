/**
 * English words of the browser-updates fixes (ids and deep links: shared/remediation/browser-updates.ts).
 * One fix per browser and platform (how to update that browser), one per kind of update-blocking
 * policy (remove it, or ask whoever manages the laptop), and the Linux package routes.
 */
import type { RemediationText } from '../../remediation/types'

const WHY =
  'Your browser opens whatever the web sends it, so it is the first thing attackers aim at. Browser makers fix exploited holes within days; an old browser keeps them open.'
const POLICY_WHY =
  'A policy on this computer stops the browser from updating itself, so it will fall behind and keep known holes open.'
const RESTART = 'Press “Check again” in Preflight.'
const DURATION = 'About 3 minutes; the download continues in the background and the browser restarts once.'
const ASK_IT =
  'If an employer, school or IT department manages this computer, ask them to remove the policy (or to confirm in writing that they update this browser for you) and tell your campaign security contact.'

const aboutPage = (title: string, menu: string, extra: readonly string[] = []): RemediationText => ({
  title,
  why: WHY,
  steps: [
    `Open the browser, then ${menu}. Opening that page makes the browser look for an update and download it.`,
    'When it says an update is ready, click “Relaunch” / “Restart” (your tabs come back).',
    ...extra,
    'If it says updates are managed by your organization or turned off, follow the “turned off by policy” steps for this browser, or ask your campaign security contact.',
    RESTART,
  ],
  duration: DURATION,
})

/** English words for every id in BROWSER_UPDATES_REMEDIATIONS. */
export const REMEDIATION_BROWSER_UPDATES_EN: Readonly<Record<string, RemediationText>> = {
  'browser-updates.darwin.chrome': aboutPage(
    'Update Google Chrome',
    'choose Chrome › About Google Chrome in the menu bar',
  ),
  'browser-updates.darwin.edge': aboutPage(
    'Update Microsoft Edge',
    'choose Microsoft Edge › About Microsoft Edge in the menu bar (or open edge://settings/help)',
  ),
  'browser-updates.darwin.brave': aboutPage('Update Brave', 'choose Brave › About Brave in the menu bar'),
  'browser-updates.darwin.firefox': aboutPage(
    'Update Firefox',
    'choose Firefox › About Firefox in the menu bar',
    [
      'If Firefox says it cannot update, download the newest Firefox from mozilla.org and drag it into Applications, replacing the old one.',
    ],
  ),
  'browser-updates.darwin.firefox-esr': {
    title: 'Update Firefox ESR, or move to a supported ESR',
    why: WHY + ' Each Firefox ESR version gets fixes for about a year; after that it gets none.',
    steps: [
      'Open Firefox and choose Firefox › About Firefox in the menu bar; install the update it offers and restart Firefox.',
      'If Preflight says your ESR version no longer gets security fixes, download the current Firefox ESR (or regular Firefox) from mozilla.org and drag it into Applications, replacing the old one. Your bookmarks and passwords stay.',
      ASK_IT,
      RESTART,
    ],
    duration: 'About 10 minutes.',
  },
  'browser-updates.darwin.safari': {
    title: 'Update Safari',
    why: WHY + ' Safari is updated through Software Update, together with macOS or on its own.',
    steps: [
      'Open the Apple menu > System Settings > General > Software Update (the button below opens it).',
      'Install what is offered: a macOS update, or a “Safari” update listed under “Other updates” / “More info”.',
      'Restart if asked.',
      RESTART,
    ],
    duration: 'About 5 minutes of your time; the update can take 15–30 minutes more.',
  },
  'browser-updates.darwin.safari-macos': {
    title: 'Upgrade macOS to get a supported Safari',
    why: WHY + ' Apple no longer publishes Safari fixes for this version of macOS.',
    steps: [
      'Back up your files and plug in the Mac.',
      'Open the Apple menu > System Settings > General > Software Update (the button below opens it) and choose the newest macOS offered under “Upgrade Now”.',
      'Until the upgrade is done, use an up-to-date Chrome or Firefox instead of Safari for campaign work.',
      'If this Mac cannot install a newer macOS, tell your campaign security contact.',
      RESTART,
    ],
    duration: 'About 15 minutes of your time; the upgrade runs for 30–90 minutes.',
  },
  'browser-updates.darwin.policy': {
    title: 'Remove the configuration profile that stops browser updates',
    why: POLICY_WHY,
    steps: [
      'Open the Apple menu > System Settings > General > Device Management (macOS 12: System Preferences > Profiles) to see which profiles are installed.',
      ASK_IT,
      'If you installed such a profile yourself (for example to silence update prompts), select it and click “−” to remove it (needs an administrator password).',
      'Then open the browser’s About page so that it updates, and press “Check again” in Preflight.',
    ],
    duration: 'About 15 minutes, or the time IT needs.',
  },
  'browser-updates.darwin.firefox-policy': {
    title: 'Remove the Firefox policy that turns updates off',
    why: POLICY_WHY,
    steps: [
      'In Firefox, open about:policies to see the active policies; “DisableAppUpdate” or “ManualAppUpdateOnly” is the one that stops updates.',
      ASK_IT,
      'Otherwise (a policy you or an old tool installed): quit Firefox, then in Finder open Applications, right-click Firefox › Show Package Contents › Contents › Resources › distribution and move “policies.json” to the Trash (needs an administrator password).',
      'Open Firefox › About Firefox to update, then press “Check again” in Preflight.',
    ],
    duration: 'About 15 minutes.',
  },
  'browser-updates.win32.chrome': aboutPage(
    'Update Google Chrome',
    'open the ⋮ menu › Help › About Google Chrome (or type chrome://settings/help in the address bar)',
  ),
  'browser-updates.win32.edge': aboutPage(
    'Update Microsoft Edge',
    'open the … menu › Help and feedback › About Microsoft Edge (or type edge://settings/help in the address bar)',
  ),
  'browser-updates.win32.brave': aboutPage(
    'Update Brave',
    'open the ≡ menu › Help › About Brave (or type brave://settings/help in the address bar)',
  ),
  'browser-updates.win32.firefox': aboutPage('Update Firefox', 'open the ≡ menu › Help › About Firefox', [
    'If Firefox says it cannot update, download the newest Firefox from mozilla.org and install it over the old one.',
  ]),
  'browser-updates.win32.firefox-esr': {
    title: 'Update Firefox ESR, or move to a supported ESR',
    why: WHY + ' Each Firefox ESR version gets fixes for about a year; after that it gets none.',
    steps: [
      'Open Firefox, then the ≡ menu › Help › About Firefox; install the update it offers and restart Firefox.',
      'If Preflight says your ESR version no longer gets security fixes, download the current Firefox ESR (or regular Firefox) from mozilla.org and install it over the old one. Your bookmarks and passwords stay.',
      ASK_IT,
      RESTART,
    ],
    duration: 'About 10 minutes.',
  },
  'browser-updates.win32.policy': {
    title: 'Remove the policy that turns browser updates off',
    why: POLICY_WHY,
    steps: [
      'In the browser, open chrome://policy, edge://policy, brave://policy or about:policies to see which policy is set (for example “UpdateDefault”, “AutoUpdateCheckPeriodMinutes” or “DisableAppUpdate”).',
      ASK_IT,
      'Otherwise the policy usually comes from an “update blocker” or tuning tool: turn browser updates back on in that tool, or uninstall it.',
      'Or ask your campaign security contact to help remove the value named in Preflight’s details from the registry key HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies (needs an administrator).',
      'Then open the browser’s About page so that it updates, and press “Check again” in Preflight.',
    ],
    duration: 'About 15 minutes, or the time IT needs.',
  },
  'browser-updates.win32.firefox-policy': {
    title: 'Remove the Firefox policy that turns updates off',
    why: POLICY_WHY,
    steps: [
      'In Firefox, open about:policies; “DisableAppUpdate” or “ManualAppUpdateOnly” is the one that stops updates.',
      ASK_IT,
      'Otherwise: close Firefox, open File Explorer at C:\\Program Files\\Mozilla Firefox\\distribution and delete “policies.json” (Windows asks for an administrator).',
      'Open the ≡ menu › Help › About Firefox to update, then press “Check again” in Preflight.',
    ],
    duration: 'About 15 minutes.',
  },
  'browser-updates.linux.system': {
    title: 'Install the browser update from your system updates',
    why:
      WHY +
      ' This browser came from your distribution or from the browser maker’s package repository, so it is updated with your other software.',
    steps: [
      'Open your update tool (Software Updater on Ubuntu, Update Manager on Linux Mint, Software / Discover on Fedora and others) and install every update offered.',
      'Or in a terminal: Debian, Ubuntu, Mint: “sudo apt update && sudo apt upgrade”; Fedora: “sudo dnf upgrade --refresh”; Arch: “sudo pacman -Syu” (AUR browsers: your AUR helper).',
      'Restart the browser after the update.',
      'If no update is offered although Preflight says the browser is behind, your distribution may have dropped it: install it from the maker’s repository, Flatpak or Snap instead, or ask your campaign security contact.',
      RESTART,
    ],
    duration: 'About 5 minutes; downloads take a few minutes more.',
  },
  'browser-updates.linux.snap': {
    title: 'Update the browser Snap',
    why: WHY + ' Snaps update themselves several times a day unless updates are held.',
    steps: [
      'Close the browser (a running Snap is updated only after it closes).',
      'Open Ubuntu Software / App Center › Manage › Check for updates, or run “sudo snap refresh” in a terminal.',
      'If updates are held (“snap refresh --hold” was used), release them with “sudo snap refresh --unhold”.',
      RESTART,
    ],
    duration: 'About 3 minutes.',
  },
  'browser-updates.linux.flatpak': {
    title: 'Update the browser Flatpak',
    why: WHY,
    steps: [
      'Open Software (GNOME) or Discover (KDE) › Updates and install what is offered, or run “flatpak update” in a terminal.',
      'Restart the browser after the update.',
      RESTART,
    ],
    duration: 'About 3 minutes; downloads continue in the background.',
  },
  'browser-updates.linux.firefox-tarball': aboutPage(
    'Update Firefox',
    'open the ≡ menu › Help › About Firefox',
    [
      'If Firefox says it cannot update (its folder in /opt belongs to root), download the newest Firefox from mozilla.org, or better, install Firefox from your distribution, Mozilla’s APT repository, Snap or Flatpak so that it updates with the system.',
    ],
  ),
  'browser-updates.linux.firefox-esr': {
    title: 'Update Firefox ESR, or move to a supported ESR',
    why: WHY + ' Each Firefox ESR version gets fixes for about a year; after that it gets none.',
    steps: [
      'Install all system updates (Software Updater, Update Manager, or “sudo apt update && sudo apt upgrade”): Debian moves firefox-esr to the new ESR version by itself.',
      'If your distribution no longer updates it, install Firefox from your distribution’s regular package, Flatpak or Snap instead.',
      ASK_IT,
      RESTART,
    ],
    duration: 'About 10 minutes.',
  },
  'browser-updates.linux.policy': {
    title: 'Remove the Firefox policy that turns updates off',
    why: POLICY_WHY,
    steps: [
      'In Firefox, open about:policies; “DisableAppUpdate” or “ManualAppUpdateOnly” is the one that stops updates.',
      ASK_IT,
      'Otherwise remove the setting from the file Preflight names (/opt/firefox/distribution/policies.json or /etc/firefox/policies/policies.json), for example “sudo rm /opt/firefox/distribution/policies.json”.',
      'Open the ≡ menu › Help › About Firefox to update, then press “Check again” in Preflight.',
    ],
    duration: 'About 15 minutes.',
  },
}
