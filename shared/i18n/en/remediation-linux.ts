/** English words of the Linux fixes (ids and durations: shared/remediation/linux.ts). */
import type { RemediationText } from '../../remediation/types'

const REMOTE_WHY =
  'An SSH, remote desktop or VNC server lets anyone on the same network (café, hotel or event Wi-Fi) try passwords against this laptop and, with one that works, control it. Campaign laptops should accept no remote logins.'

const LOGIN_WHY =
  'With automatic login, anyone who switches this laptop on is inside your account, your email and your files. A guest session lets anyone use the laptop without a password.'

export const REMEDIATION_LINUX_EN: Readonly<Record<string, RemediationText>> = {
  'disk-encryption.linux.luks': {
    title: 'Encrypt the whole disk (reinstall with encryption)',
    why: 'If this laptop is lost or stolen, anyone can read an unencrypted disk by plugging it into another computer. Encrypting only the home folder leaves system files, swap and temporary files readable.',
    steps: [
      'Linux cannot switch on full-disk encryption for a system that is already installed in a safe, simple way: the usual path is to back up, reinstall with encryption ticked, and restore.',
      'Back up everything you need (documents, browser profiles, keys, ~/.ssh, password manager data) to an external drive, and check that you can open the backup.',
      'Start the installer of your distribution from a USB stick (the same version you use now is fine).',
      'Ubuntu / Mint / Pop!_OS: choose "Erase disk and install", then "Advanced features" → "Use LVM and encryption" (Mint: "Encrypt the new installation for security"). Fedora: tick "Encrypt my data". Debian: choose "Guided - use entire disk and set up encrypted LVM".',
      'Choose a long passphrase you can type at every start-up, and write it down somewhere safe that is not the laptop.',
      'After the installation, restore your files, then run Preflight again.',
      'If you cannot reinstall now, tell your campaign security contact; do not carry sensitive data on this laptop until it is done.',
    ],
    duration: 'About 2 hours of your time, plus the time to copy your backup back.',
  },
  'disk-encryption.linux.host': {
    title: 'Check disk encryption on the computer itself',
    why: 'This Linux runs inside WSL or a container, so its files are stored on the disk of the computer that hosts it. That disk is what must be encrypted.',
    steps: [
      'WSL: close this window and run Preflight on Windows itself; it checks BitLocker or Device encryption.',
      'Container: run Preflight directly on the computer that runs the container.',
    ],
    duration: 'About 5 minutes.',
  },

  'firewall.linux.ufw': {
    title: 'Turn on the firewall (ufw)',
    why: 'The firewall stops other devices on the same Wi-Fi (cafés, hotels, events) from connecting to programs on your laptop. Ubuntu and Linux Mint ship it switched off.',
    steps: [
      'Easiest: open "Firewall Configuration" (gufw) from the applications menu; install it with "sudo apt install gufw" if it is missing.',
      'Switch "Status" on. Keep "Incoming: Deny" and "Outgoing: Allow".',
      'Or in a terminal: run "sudo ufw enable" and type your password.',
      'Check with "sudo ufw status verbose": it should say "Status: active" and "deny (incoming)".',
      'Run Preflight again.',
    ],
    duration: 'About 3 minutes.',
  },
  'firewall.linux.firewalld': {
    title: 'Turn on the firewall (firewalld)',
    why: 'The firewall stops other devices on the same network from connecting to programs on your laptop. On Fedora it is firewalld.',
    steps: [
      'Open a terminal and run "sudo systemctl enable --now firewalld".',
      'Check with "sudo firewall-cmd --state": it should print "running".',
      'If the default zone is "trusted" (sudo firewall-cmd --get-default-zone), switch to a safer one: "sudo firewall-cmd --set-default-zone=public".',
      'Run Preflight again.',
    ],
    duration: 'About 3 minutes.',
  },
  'firewall.linux.nftables': {
    title: 'Make the nftables firewall refuse incoming connections',
    why: 'Your system uses nftables directly, but its rules let every incoming connection in (Debian’s stock /etc/nftables.conf has no blocking policy) or the service is not started.',
    steps: [
      'Simplest: install ufw instead, which writes safe nftables rules for you: "sudo apt install ufw gufw", then "sudo ufw enable".',
      'To keep plain nftables: edit /etc/nftables.conf as administrator. In "chain input", after the "type filter hook input priority filter;" line add "policy drop;", and add the rules "ct state established,related accept" and "iif lo accept" so replies and local programs still work.',
      'Load and enable it: "sudo nft -f /etc/nftables.conf" then "sudo systemctl enable --now nftables".',
      'Check with "sudo nft list chain inet filter input": it should show "policy drop".',
      'Run Preflight again.',
    ],
    duration: 'About 10 minutes.',
  },
  'firewall.linux.install': {
    title: 'Install and turn on a firewall',
    why: 'No firewall is set up on this laptop, so any device on the same network can try to connect to programs running on it.',
    steps: [
      'Debian, Ubuntu, Mint: run "sudo apt install ufw gufw", then "sudo ufw enable" (or open "Firewall Configuration" and switch it on).',
      'Fedora: run "sudo dnf install firewalld", then "sudo systemctl enable --now firewalld".',
      'Arch: run "sudo pacman -S ufw", then "sudo systemctl enable --now ufw" and "sudo ufw enable".',
      'Run Preflight again.',
    ],
    duration: 'About 5 minutes.',
  },
  'firewall.linux.host': {
    title: 'Check the firewall on the computer itself',
    why: 'This Linux runs inside WSL or a container; incoming connections reach it through the computer that hosts it, whose firewall is what protects you.',
    steps: [
      'WSL: run Preflight on Windows itself; it checks Windows Firewall.',
      'Container: run Preflight directly on the computer that runs the container.',
    ],
    duration: 'About 5 minutes.',
  },

  'screen-lock.linux.gnome': {
    title: 'Lock the screen automatically (GNOME)',
    why: 'An unlocked laptop left for a minute gives anyone nearby your email, files and accounts. The screen should lock by itself within minutes.',
    steps: [
      'Open Settings.',
      'Go to "Privacy & Security" → "Screen Lock" (older versions: "Privacy" → "Screen Lock").',
      'Set "Blank Screen Delay" to 5 minutes (not "Never"). In some versions this is under Power → "Screen Blank".',
      'Switch "Automatic Screen Lock" on and set "Automatic Screen Lock Delay" to "Screen Turns Off".',
      'Run Preflight again.',
    ],
    duration: 'About 2 minutes.',
  },
  'screen-lock.linux.kde6': {
    title: 'Lock the screen automatically (KDE Plasma 6)',
    why: 'An unlocked laptop left for a minute gives anyone nearby your email, files and accounts. The screen should lock by itself within minutes.',
    steps: [
      'Open System Settings.',
      'Go to "Security & Privacy" → "Screen Locking".',
      'Set "Lock screen automatically" to 5 minutes.',
      'Set "Delay before password required" to 5 seconds or less, and keep "Lock after waking from sleep" on.',
      'Click "Apply", then run Preflight again.',
    ],
    duration: 'About 2 minutes.',
  },
  'screen-lock.linux.kde5': {
    title: 'Lock the screen automatically (KDE Plasma 5)',
    why: 'An unlocked laptop left for a minute gives anyone nearby your email, files and accounts. The screen should lock by itself within minutes.',
    steps: [
      'Open System Settings.',
      'Go to "Workspace Behavior" → "Screen Locking".',
      'Tick "Lock screen automatically after" and set it to 5 minutes.',
      'Set "Allow unlocking without password for" to 5 seconds or less, and tick "Lock screen on resume".',
      'Click "Apply", then run Preflight again.',
    ],
    duration: 'About 2 minutes.',
  },
  'screen-lock.linux.xfce': {
    title: 'Lock the screen automatically (XFCE)',
    why: 'An unlocked laptop left for a minute gives anyone nearby your email, files and accounts. Preflight verifies XFCE’s lock through xfce4-screensaver.',
    steps: [
      'If "Screensaver" is not in Settings Manager, install it: "sudo apt install xfce4-screensaver" (Fedora: "sudo dnf install xfce4-screensaver"), then log out and back in.',
      'Open Settings Manager → "Screensaver".',
      'On the "Screensaver" tab: switch "Enable Screensaver" on, tick "Activate screensaver when computer is idle" and set it to 5 minutes.',
      'On the "Lock Screen" tab: switch "Enable Lock Screen" on, tick "Lock Screen with Screensaver" and set the delay to 0 minutes.',
      'Also check Settings Manager → "Session and Startup" → "Application Autostart": "Screensaver" must be ticked.',
      'Run Preflight again.',
    ],
    duration: 'About 5 minutes.',
  },
  'screen-lock.linux.cinnamon': {
    title: 'Lock the screen automatically (Cinnamon)',
    why: 'An unlocked laptop left for a minute gives anyone nearby your email, files and accounts. The screen should lock by itself within minutes.',
    steps: [
      'Open System Settings → "Screensaver".',
      'Set "Delay before starting the screensaver" to 5 minutes (not "Never").',
      'Switch "Lock the computer after the screensaver starts" on and set the delay to "Immediately".',
      'Run Preflight again.',
    ],
    duration: 'About 2 minutes.',
  },
  'screen-lock.linux.mate': {
    title: 'Lock the screen automatically (MATE)',
    why: 'An unlocked laptop left for a minute gives anyone nearby your email, files and accounts. The screen should lock by itself within minutes.',
    steps: [
      'Open Control Center → "Screensaver".',
      'Set "Regard the computer as idle after" to 5 minutes and tick "Activate screensaver when computer is idle".',
      'Tick "Lock screen when screensaver is active".',
      'Run Preflight again.',
    ],
    duration: 'About 2 minutes.',
  },
  'screen-lock.linux.desktop-session': {
    title: 'Run Preflight from your desktop',
    why: 'Preflight reads the lock settings of the desktop you are logged into. Started from a text console, over SSH or inside WSL, it cannot see them.',
    steps: [
      'Log in to your normal desktop on the laptop itself.',
      'Start Preflight from the applications menu (or from a terminal window on that desktop), without sudo.',
      'WSL: check the lock screen on Windows instead by running Preflight on Windows.',
    ],
    duration: 'About 2 minutes.',
  },
  'screen-lock.linux.other': {
    title: 'Check your screen lock by hand',
    why: 'Preflight does not know how your desktop stores its lock settings, so it cannot confirm that the screen locks by itself.',
    steps: [
      'Open your desktop’s settings and find the screen saver, screen lock or power section.',
      'Make the screen lock by itself after 5 minutes of inactivity, with a password required immediately.',
      'Tell your campaign security contact which desktop you use, so they can record the setting.',
      'If you can, use GNOME, KDE Plasma, XFCE, Cinnamon or MATE, whose settings Preflight can verify.',
    ],
    duration: 'About 5 minutes.',
  },

  'auto-updates.linux.ubuntu': {
    title: 'Install security updates automatically (Ubuntu)',
    why: 'Most attacks use security holes that already have a fix. Installing updates automatically closes them within a day instead of whenever you remember.',
    steps: [
      'Open "Software & Updates" and go to the "Updates" tab.',
      'Set "Automatically check for updates" to "Daily".',
      'Set "When there are security updates" to "Download and install automatically".',
      'If that option is missing, run "sudo apt install unattended-upgrades" in a terminal, then reopen the window.',
      'Run Preflight again.',
    ],
    duration: 'About 3 minutes.',
  },
  'auto-updates.linux.debian': {
    title: 'Install security updates automatically (Debian)',
    why: 'Most attacks use security holes that already have a fix. Installing updates automatically closes them within a day instead of whenever you remember.',
    steps: [
      'Open a terminal and run "sudo apt install unattended-upgrades".',
      'Run "sudo dpkg-reconfigure -plow unattended-upgrades" and answer "Yes" to download and install stable updates automatically.',
      'Make sure the timers are on: "sudo systemctl enable --now apt-daily.timer apt-daily-upgrade.timer".',
      'Run Preflight again.',
    ],
    duration: 'About 5 minutes.',
  },
  'auto-updates.linux.mint': {
    title: 'Install updates automatically (Linux Mint)',
    why: 'Most attacks use security holes that already have a fix. Installing updates automatically closes them within a day instead of whenever you remember.',
    steps: [
      'Open Update Manager.',
      'Open "Edit" → "Preferences" → "Automation".',
      'Switch "Apply updates automatically" on (type your password when asked).',
      'Run Preflight again.',
    ],
    duration: 'About 3 minutes.',
  },
  'auto-updates.linux.fedora': {
    title: 'Install updates automatically (Fedora)',
    why: 'Fedora’s Software app only downloads updates and waits for you to restart. Installing them automatically closes security holes within a day.',
    steps: [
      'Open a terminal and install the tool: "sudo dnf install dnf-automatic" (Fedora 40 and older) or "sudo dnf install dnf5-plugin-automatic" (Fedora 41 and later).',
      'Turn on the timer that downloads and installs: "sudo systemctl enable --now dnf-automatic-install.timer" (Fedora 41 and later: create /etc/dnf/automatic.conf with "[commands]" and "apply_updates = yes", then "sudo systemctl enable --now dnf5-automatic.timer").',
      'Run Preflight again.',
    ],
    duration: 'About 5 minutes.',
  },
  'auto-updates.linux.arch': {
    title: 'Keep Arch updated on a fixed routine',
    why: 'Arch has no automatic updates by design: a rolling system updated by hand is only as safe as the last time you ran the update.',
    steps: [
      'Update at least once a week: run "sudo pacman -Syu" and read any messages it prints.',
      'Read the news on archlinux.org before big updates; some need manual steps.',
      'Restart after kernel or system library updates.',
      'Ask your campaign security contact whether a weekly routine is accepted for you; this check will keep showing as not met because nothing installs updates automatically.',
    ],
    duration: 'About 10 minutes each week.',
  },

  'remote-access.linux.ssh': {
    title: 'Turn off the SSH server',
    why: REMOTE_WHY,
    steps: [
      'Open a terminal. Ubuntu 22.10 and later start the SSH server only when someone connects (socket activation), so turn off both parts: sudo systemctl disable --now ssh.socket ssh.service',
      'If you never log in to this laptop over SSH, remove the server instead: sudo apt remove openssh-server (the ssh client stays).',
      'Check with: ss -ltn — no line should end in :22 on 0.0.0.0 or [::].',
      'Come back to Preflight and check again.',
    ],
    duration: 'About 3 minutes.',
  },
  'remote-access.linux.sshd': {
    title: 'Turn off the SSH server',
    why: REMOTE_WHY,
    steps: [
      'GNOME on Fedora: Settings › Sharing (Settings › System › Remote Login on GNOME 46 and later) and switch Remote Login off. Or in a terminal:',
      'sudo systemctl disable --now sshd.socket sshd.service',
      'If you never log in to this laptop over SSH, remove the server: sudo dnf remove openssh-server (Fedora) or sudo pacman -R openssh only if you do not need the ssh client either (Arch ships both in one package; disabling the service is enough there).',
      'Check with: ss -ltn — no line should end in :22 on 0.0.0.0 or [::]. Then check again in Preflight.',
    ],
    duration: 'About 3 minutes.',
  },
  'remote-access.linux.gnome': {
    title: 'Turn off GNOME Remote Desktop and screen sharing',
    why: REMOTE_WHY,
    steps: [
      'GNOME 46 and later (Ubuntu 24.04, Fedora 40+): open Settings › System › Remote Desktop. On the Desktop Sharing tab switch Desktop Sharing off; on the Remote Login tab switch Remote Login off (this one asks for an administrator’s password).',
      'GNOME 42 to 45 (Ubuntu 22.04): open Settings › Sharing, switch Sharing off at the top, or open Remote Desktop there and switch it off.',
      'Older GNOME: Settings › Sharing › Screen Sharing, switch it off.',
      'Come back to Preflight and check again.',
    ],
    duration: 'About 2 minutes.',
  },
  'remote-access.linux.xrdp': {
    title: 'Turn off the xrdp remote desktop server',
    why: REMOTE_WHY,
    steps: [
      'Open a terminal and run: sudo systemctl disable --now xrdp xrdp-sesman',
      'If you do not need it at all, remove it: sudo apt remove xrdp (Ubuntu, Debian, Mint) or sudo dnf remove xrdp (Fedora).',
      'Come back to Preflight and check again.',
    ],
    duration: 'About 3 minutes.',
  },
  'remote-access.linux.vnc': {
    title: 'Turn off the VNC server',
    why: REMOTE_WHY,
    steps: [
      "TigerVNC: list its instances with: systemctl list-units 'vncserver@*' — then turn each off, for example: sudo systemctl disable --now vncserver@:1",
      'x11vnc: sudo systemctl disable --now x11vnc, and remove any x11vnc entry from your desktop’s autostart programs.',
      'KDE: open Desktop Sharing (krfb) and turn off “Enable Desktop Sharing”, or quit it. MATE/Xfce with vino: run vino-preferences and untick “Allow other users to view your desktop”.',
      'If you do not need VNC, uninstall the server package (tigervnc-server, x11vnc).',
      'Come back to Preflight and check again.',
    ],
    duration: 'About 5 minutes.',
  },
  'remote-access.linux.listener': {
    title: 'Find and stop the program accepting remote logins',
    why: REMOTE_WHY,
    steps: [
      'Preflight found a program listening on port 22, 3389 or 5900–5999 (as listed above) but could not tell which service it is.',
      'Find it: sudo ss -ltnp — the last column names the program for each port.',
      'Stop and disable it (sudo systemctl disable --now <its service>), or uninstall it if you do not need it.',
      'If you do not recognise it, tell your campaign security contact and send a transcript (preflight check --record transcript.json).',
    ],
    duration: 'About 10 minutes.',
  },
  'remote-access.linux.host': {
    title: 'Check remote access on the computer itself',
    why: 'This Linux runs inside WSL or a container, so what can be reached from the network is decided by the computer that hosts it.',
    steps: [
      'WSL: close this window and run Preflight on Windows itself; it checks Remote Desktop and the OpenSSH server.',
      'Container: run Preflight directly on the computer that runs the container.',
    ],
    duration: 'About 5 minutes.',
  },

  'login-protection.linux.gdm': {
    title: 'Turn off automatic login (GNOME)',
    why: LOGIN_WHY,
    steps: [
      'Open Settings › Users (on GNOME 46 and later: Settings › System › Users), click Unlock and enter your password.',
      'Switch “Automatic Login” off for every user.',
      'If it is still reported: as administrator, edit /etc/gdm3/custom.conf (Ubuntu; Debian: /etc/gdm3/daemon.conf) or /etc/gdm/custom.conf (Fedora, Arch) and in the [daemon] section set AutomaticLoginEnable=false and TimedLoginEnable=false.',
      'Restart, check that the login screen asks for your password, then check again in Preflight.',
    ],
    duration: 'About 3 minutes.',
  },
  'login-protection.linux.lightdm': {
    title: 'Turn off automatic login and guest sessions (LightDM)',
    why: LOGIN_WHY,
    steps: [
      'Preflight lists the file that turns automatic login or guest sessions on. Open a terminal and see every such line with: grep -rn "autologin\\|allow-guest" /etc/lightdm /usr/share/lightdm',
      'As administrator, in that file set autologin-user= (empty) and, for guest sessions, allow-guest=false. Or create /etc/lightdm/lightdm.conf.d/99-no-autologin.conf containing the three lines [Seat:*], autologin-user= and allow-guest=false (a setting in /etc/lightdm/lightdm.conf still wins over it, so fix that file too if it is the one listed).',
      'Restart, check that the login screen asks for your password and offers no guest session, then check again in Preflight.',
    ],
    duration: 'About 5 minutes.',
  },
  'login-protection.linux.lightdm-mint': {
    title: 'Turn off automatic login and guest sessions (Login Window)',
    why: LOGIN_WHY,
    steps: [
      'Open the Menu › Administration › Login Window and enter your password.',
      'On the Users tab, untick “Allow guest sessions” and clear “Automatic login” (leave the user name empty).',
      'Close the window, restart, and check that the login screen asks for your password. Then check again in Preflight.',
    ],
    duration: 'About 2 minutes.',
  },
  'login-protection.linux.sddm': {
    title: 'Turn off automatic login (KDE / SDDM)',
    why: LOGIN_WHY,
    steps: [
      'KDE Plasma 6: open System Settings › Colors & Themes › Login Screen (SDDM), click Behavior… and untick “Automatically log in”. Plasma 5: System Settings › Startup and Shutdown › Login Screen (SDDM) › Advanced (or Behavior), untick “Automatically log in”. Click Apply and enter your password.',
      'If it is still reported: as administrator, edit the file Preflight listed (often /etc/sddm.conf.d/kde_settings.conf) and leave User= empty in the [Autologin] section.',
      'Restart, check that the login screen asks for your password, then check again in Preflight.',
    ],
    duration: 'About 3 minutes.',
  },
  'login-protection.linux.greetd': {
    title: 'Turn off automatic login (greetd)',
    why: LOGIN_WHY,
    steps: [
      'As administrator, edit /etc/greetd/config.toml and delete (or comment out with #) the whole [initial_session] section.',
      'Restart, check that the greeter asks for your password, then check again in Preflight.',
    ],
    duration: 'About 5 minutes.',
  },
  'login-protection.linux.getty': {
    title: 'Turn off automatic login on the text console',
    why: LOGIN_WHY,
    steps: [
      'Preflight lists the drop-in file that adds --autologin (for example /etc/systemd/system/getty@tty1.service.d/autologin.conf).',
      'Remove it as administrator (sudo rm followed by that path), then run: sudo systemctl daemon-reload',
      'Restart, check that the console asks for a user name and password, then check again in Preflight.',
    ],
    duration: 'About 5 minutes.',
  },
  'login-protection.linux.host': {
    title: 'Check sign-in settings on the computer itself',
    why: 'This Linux runs inside WSL or a container; whoever switches the computer on signs in to the computer that hosts it.',
    steps: [
      'WSL: close this window and run Preflight on Windows itself; it checks automatic sign-in and the Guest account.',
      'Container: run Preflight directly on the computer that runs the container.',
    ],
    duration: 'About 5 minutes.',
  },
}
