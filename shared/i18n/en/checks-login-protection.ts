/**
 * English messages of the login-protection check (main/checks/login-protection/*), keys
 * `check.login-protection.<platform>.<what>`. File paths, setting names and values
 * (AutoAdminLogon, autologin-user, [initial_session]), display-manager names and SIDs stay as the
 * machine writes them; setting names and menu paths are written as the operating system shows
 * them in this language. No message ever carries a user name.
 */
export const CHECKS_LOGIN_PROTECTION_EN = {
  'check.login-protection.common.reason.alsoUnreadable': 'Also could not read: {problems}.',
  'check.login-protection.common.reason.problems': '{problems}.',

  // macOS
  'check.login-protection.darwin.requirement':
    'The Mac asks for a password at start-up (no automatic login) and the Guest User is off',
  'check.login-protection.darwin.place.modern': 'System Settings › Users & Groups',
  'check.login-protection.darwin.place.macos12': 'System Preferences › Users & Groups',
  'check.login-protection.darwin.problem.cutShort': '`{command}` output was cut short',
  'check.login-protection.darwin.observed.autoOff': 'automatic login is off',
  'check.login-protection.darwin.observed.autoFileVault':
    'an automatic-login user is still recorded, but FileVault is on, so macOS asks for a password at start-up anyway',
  'check.login-protection.darwin.observed.autoOnNoFileVault':
    'automatic login is set for a user account (and FileVault could not be read)',
  'check.login-protection.darwin.observed.autoOn':
    'automatic login is set for a user account and FileVault is not on',
  'check.login-protection.darwin.problem.autoUnreadable':
    'whether automatic login is set could not be read ({why})',
  'check.login-protection.darwin.problem.guestValue': 'GuestEnabled has an unexpected value',
  'check.login-protection.darwin.problem.guestUnreadable':
    'whether the Guest User is on could not be read ({defaults}; {sysadminctl})',
  'check.login-protection.darwin.problem.guestNotSet': 'GuestEnabled is not set',
  'check.login-protection.darwin.problem.sysadminctlUnclear': 'sysadminctl gave no clear answer',
  'check.login-protection.darwin.observed.guestOn':
    'the Guest User is on: anyone can use this Mac without a password',
  'check.login-protection.darwin.observed.guestOff': 'the Guest User is off',
  'check.login-protection.darwin.summary.both': 'This Mac logs in automatically and has the Guest User on',
  'check.login-protection.darwin.summary.guest': 'The Guest User is on',
  'check.login-protection.darwin.summary.auto': 'This Mac logs in automatically at start-up',
  'check.login-protection.darwin.summary.unconfirmed':
    'Could not confirm that automatic login and the Guest User are off',
  'check.login-protection.darwin.reason.unconfirmed':
    '{problems}. Open {place} and check "Automatically log in as" and the Guest User, then check again.',
  'check.login-protection.darwin.summary.off': 'No automatic login and no Guest User',

  // Windows
  'check.login-protection.win32.requirement':
    'Windows asks for a password at start-up (no automatic sign-in) and the Guest account is disabled',
  'check.login-protection.win32.auto.notSet': 'AutoAdminLogon is not set',
  'check.login-protection.win32.auto.dword': 'AutoAdminLogon is {value} (DWORD)',
  'check.login-protection.win32.auto.empty': 'AutoAdminLogon is empty',
  'check.login-protection.win32.auto.string': 'AutoAdminLogon is "{value}"',
  'check.login-protection.win32.problem.noValue': 'reg.exe listed no AutoAdminLogon value',
  'check.login-protection.win32.problem.unexpectedValue': 'AutoAdminLogon has an unexpected value ({type})',
  'check.login-protection.win32.guest.noList': 'no account list',
  'check.login-protection.win32.guest.notJson': 'the account list is not valid JSON',
  'check.login-protection.win32.guest.notBoolean': 'the Guest account’s state is not a true/false value',
  'check.login-protection.win32.guest.noGuest': 'no local account with the Guest SID (…-501) was listed',
  'check.login-protection.win32.guest.both': 'Get-LocalUser: {localUser}; Win32_UserAccount: {cim}',
  'check.login-protection.win32.observed.autoOn': 'Windows signs in automatically at start-up ({detail})',
  'check.login-protection.win32.observed.autoOff': 'automatic sign-in is off ({detail})',
  'check.login-protection.win32.problem.autoUnreadable':
    'the automatic sign-in setting could not be read ({why})',
  'check.login-protection.win32.observed.guestOn':
    'the built-in Guest account (SID …-501) is enabled: anyone can sign in without a password',
  'check.login-protection.win32.observed.guestOff': 'the built-in Guest account (SID …-501) is disabled',
  'check.login-protection.win32.problem.guestUnreadable': 'the Guest account could not be read ({why})',
  'check.login-protection.win32.summary.both':
    'Windows signs in automatically and the Guest account is enabled',
  'check.login-protection.win32.summary.auto': 'Windows signs in automatically at start-up',
  'check.login-protection.win32.summary.guest': 'The Guest account is enabled',
  'check.login-protection.win32.summary.unconfirmed':
    'Could not confirm that automatic sign-in and the Guest account are off',
  'check.login-protection.win32.summary.off': 'No automatic sign-in and the Guest account is disabled',

  // Linux: what the display managers' settings say (linux-dm.ts)
  'check.login-protection.linux.gdm.badValue': '{file}: {key} has a value GDM may not understand',
  'check.login-protection.linux.gdm.noUser': '{file}: {key} is on but names no user, so GDM ignores it',
  'check.login-protection.linux.gdm.autologin': 'GDM automatic login is on ({file}: {key}={value})',
  'check.login-protection.linux.gdm.timedLogin': 'GDM timed automatic login is on ({file}: {key}={value})',
  'check.login-protection.linux.lightdm.autologinUser':
    'LightDM logs a user in automatically ({file}: autologin-user is set)',
  'check.login-protection.linux.lightdm.autologinGuest':
    'LightDM logs into a guest session automatically ({file}: autologin-guest=true)',
  'check.login-protection.linux.lightdm.whereDefault':
    'allow-guest is not set, and LightDM’s default is true',
  'check.login-protection.linux.lightdm.whereSet': '{file}: allow-guest={value}',
  'check.login-protection.linux.lightdm.guestOff': 'LightDM guest sessions are off ({where})',
  'check.login-protection.linux.lightdm.guestOn':
    'LightDM offers a guest session without a password ({where})',
  'check.login-protection.linux.lightdm.noScript':
    'LightDM would allow guest sessions ({where}), but the guest-account script is not installed, so none is offered',
  'check.login-protection.linux.lightdm.scriptUnknown':
    'LightDM allows guest sessions ({where}) and Preflight could not tell whether the guest-account script is installed',
  'check.login-protection.linux.sddm.autologin':
    'SDDM logs a user in automatically ({file}: [Autologin] User is set)',
  'check.login-protection.linux.greetd.autologin':
    'greetd logs a user in automatically at boot ({file}: [initial_session])',
  'check.login-protection.linux.getty.autologin':
    'the text console logs a user in automatically ({file}: agetty --autologin)',

  // Linux: the strategy
  'check.login-protection.linux.requirement':
    'The laptop asks for a password at start-up (no automatic login) and offers no guest session',
  'check.login-protection.linux.problem.cannotList': '{path} could not be listed',
  'check.login-protection.linux.problem.notSystemd':
    'this system was not started by systemd, so Preflight cannot tell whether the text console logs in automatically',
  'check.login-protection.linux.problem.runtimeUnreadable':
    '{path} could not be read, so Preflight cannot tell whether systemd manages the text console',
  'check.login-protection.linux.problem.unrecognisedDm': '{path} names no program Preflight recognises',
  'check.login-protection.linux.summary.wsl': 'Signing in to this laptop is a Windows setting',
  'check.login-protection.linux.summary.container':
    'Sign-in settings cannot be judged from inside a container',
  'check.login-protection.linux.observed.wsl': 'Running inside Windows Subsystem for Linux',
  'check.login-protection.linux.observed.container': 'Running inside a container ({runtime})',
  'check.login-protection.linux.unknownRuntime': 'unknown runtime',
  'check.login-protection.linux.reason.wsl':
    'Whoever turns the laptop on signs in to Windows first. Run Preflight on Windows to check automatic sign-in and the Guest account there.',
  'check.login-protection.linux.reason.container':
    'The computer the container runs on decides how people sign in. Run Preflight directly on that computer.',
  'check.login-protection.linux.observed.dmStarts': '{dm} starts at boot ({via})',
  'check.login-protection.linux.problem.otherDm':
    'Preflight cannot read the settings of the {dm} display manager',
  'check.login-protection.linux.observed.noDm': 'no graphical login manager is set to start at boot',
  'check.login-protection.linux.problem.desktopNoDm':
    'a desktop session is running, but Preflight found no display manager it can read (GDM, LightDM, SDDM or greetd)',
  'check.login-protection.linux.problem.dmUnreadable':
    'which display manager starts at boot could not be read ({why})',
  'check.login-protection.linux.observed.dmClean': '{dm}: no automatic login',
  'check.login-protection.linux.observed.dmCleanNoGuest': '{dm}: no automatic login and no guest session',
  'check.login-protection.linux.observed.notCounted':
    '{finding}; {dm} is installed but does not start at boot, so this does not count',
  'check.login-protection.linux.observed.noSettings': '{dm} has no settings file, so its defaults apply',
  'check.login-protection.linux.summary.guest': 'Anyone can use this laptop through a guest session',
  'check.login-protection.linux.summary.both': 'This laptop logs in automatically and offers a guest session',
  'check.login-protection.linux.summary.auto': 'This laptop logs in automatically at start-up',
  'check.login-protection.linux.summary.unconfirmed':
    'Could not confirm that automatic login and guest sessions are off',
  'check.login-protection.linux.summary.off': 'No automatic login and no guest session',
  'check.login-protection.linux.observed.consoleClean': 'the text console does not log in automatically',
} as const satisfies Readonly<Record<string, string>>
