/**
 * Language-neutral facts (deep links, durations) of the Linux fixes. Words:
 * shared/i18n/en/remediation-linux.ts.
 *
 * Linux desktops have no settings URL scheme that works across distributions, so every deep link is
 * null; the steps name the settings panel instead.
 */
import type { RemediationMeta } from './types'

const quick = (minutes: number): RemediationMeta => ({
  deepLink: null,
  minutes,
  continuesInBackground: false,
})

export const LINUX_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = {
  // Enabling LUKS on an installed system means backup + reinstall; copying data back runs for hours.
  'disk-encryption.linux.luks': { deepLink: null, minutes: 120, continuesInBackground: true },
  'disk-encryption.linux.host': quick(5),

  'firewall.linux.ufw': quick(3),
  'firewall.linux.firewalld': quick(3),
  'firewall.linux.nftables': quick(10),
  'firewall.linux.install': quick(5),
  'firewall.linux.host': quick(5),

  'screen-lock.linux.gnome': quick(2),
  'screen-lock.linux.kde6': quick(2),
  'screen-lock.linux.kde5': quick(2),
  'screen-lock.linux.xfce': quick(5),
  'screen-lock.linux.cinnamon': quick(2),
  'screen-lock.linux.mate': quick(2),
  'screen-lock.linux.desktop-session': quick(2),
  'screen-lock.linux.other': quick(5),

  'auto-updates.linux.ubuntu': quick(3),
  'auto-updates.linux.debian': quick(5),
  'auto-updates.linux.mint': quick(3),
  'auto-updates.linux.fedora': quick(5),
  'auto-updates.linux.arch': quick(10),

  'remote-access.linux.ssh': quick(3),
  'remote-access.linux.sshd': quick(3),
  'remote-access.linux.gnome': quick(2),
  'remote-access.linux.xrdp': quick(3),
  'remote-access.linux.vnc': quick(5),
  'remote-access.linux.listener': quick(10),
  'remote-access.linux.host': quick(5),

  'login-protection.linux.gdm': quick(3),
  'login-protection.linux.lightdm': quick(5),
  'login-protection.linux.lightdm-mint': quick(2),
  'login-protection.linux.sddm': quick(3),
  'login-protection.linux.greetd': quick(5),
  'login-protection.linux.getty': quick(5),
  'login-protection.linux.host': quick(5),
}
