/**
 * English messages of the screen-lock check (main/checks/screen-lock/*), keys
 * `check.screen-lock.<platform>.<what>`. Tool names (sysadminctl, pmset, gsettings, kreadconfig,
 * xfconf-query), registry and setting names (ScreenSaveTimeOut, InactivityTimeoutSecs, idle-delay,
 * Autolock) and values (power sources such as "AC Power", desktop names, screen saver files) stay as
 * the machine writes them; menu paths are written as the operating system shows them in this language.
 */
export const CHECKS_SCREEN_LOCK_EN = {
  // Durations, shared by the platforms
  'check.screen-lock.common.seconds': '{n} s',
  'check.screen-lock.common.minutes': '{n} min',
  'check.screen-lock.common.minutesSeconds': '{m} min {s} s',
  'check.screen-lock.common.never': 'never',

  // macOS
  'check.screen-lock.darwin.requirement': 'password required, and idle time + grace ≤ {limit} s',
  'check.screen-lock.darwin.place.modern': 'System Settings › Lock Screen',
  'check.screen-lock.darwin.place.macos12': 'System Preferences › Security & Privacy › General',
  'check.screen-lock.darwin.parse.unexpectedLine': 'unexpected line "{line}"',
  'check.screen-lock.darwin.parse.noLine': 'no screenLock line in the output',
  'check.screen-lock.darwin.parse.contradictory': 'contradictory screenLock lines',
  'check.screen-lock.darwin.parse.unexpectedValue': 'unexpected value "{value}"',
  'check.screen-lock.darwin.parse.defaultsExit': 'defaults exited with code {code}',
  'check.screen-lock.darwin.parse.profileIdle': "a configuration profile's screen saver time: {detail}",
  'check.screen-lock.darwin.parse.failed': 'failed',
  'check.screen-lock.darwin.parse.noPowerSource': 'pmset -g custom printed no power-source section',
  'check.screen-lock.darwin.via.screenSaver': 'screen saver',
  'check.screen-lock.darwin.via.displaySleep': 'display sleep, {source}',
  'check.screen-lock.darwin.via.none': 'none',
  'check.screen-lock.darwin.via.never': 'never, {source}',
  'check.screen-lock.darwin.observed.lockOff': 'password after screen saver/display sleep: off',
  'check.screen-lock.darwin.observed.immediately': 'password required immediately',
  'check.screen-lock.darwin.observed.grace': 'password required after a {seconds} s grace period',
  'check.screen-lock.darwin.observed.screenSaver': 'screen saver after {time}',
  'check.screen-lock.darwin.observed.screenSaverProfile':
    'screen saver after {time} (set by a configuration profile)',
  'check.screen-lock.darwin.observed.screenSaverNotSet': 'screen saver idle time not set',
  'check.screen-lock.darwin.observed.notListed': 'not listed',
  'check.screen-lock.darwin.observed.power': '{source}: display sleep {display}',
  'check.screen-lock.darwin.observed.powerAndSleep':
    '{source}: display sleep {display}, system sleep {sleep}',
  'check.screen-lock.darwin.observed.idle': 'idle {idle} ({via})',
  'check.screen-lock.darwin.observed.idleGrace': 'idle {idle} ({via}) + grace {grace} s',
  'check.screen-lock.darwin.observed.atMostIdle': 'at most idle {idle} ({via})',
  'check.screen-lock.darwin.observed.atMostIdleGrace': 'at most idle {idle} ({via}) + grace {grace} s',
  'check.screen-lock.darwin.problem.screenSaver': 'screen saver idle time: {detail}',
  'check.screen-lock.darwin.problem.displaySleep': 'display sleep: {detail}',
  'check.screen-lock.darwin.problem.notEverySource': 'display sleep is not listed for every power source',
  'check.screen-lock.darwin.problem.incomplete': 'incomplete data',
  'check.screen-lock.darwin.summary.lockOff':
    'No password is needed after the screen saver starts or the display turns off',
  'check.screen-lock.darwin.summary.onlyAfter': 'The screen locks only after {time} of inactivity',
  'check.screen-lock.darwin.summary.never': 'The screen never locks on its own',
  'check.screen-lock.darwin.summary.graceTooLong':
    'A password is asked only {grace} after the screen saver starts or the display sleeps',
  'check.screen-lock.darwin.summary.lockUnreadable':
    'Could not read whether a password is required after sleep',
  'check.screen-lock.darwin.summary.pass': 'The screen locks after at most {time} of inactivity',
  'check.screen-lock.darwin.summary.onlyAfterIdleGrace':
    'The screen locks only after {time} of inactivity (idle + grace)',
  'check.screen-lock.darwin.summary.unreadable': 'Could not work out how soon the screen locks',
  'check.screen-lock.darwin.reason.graceTooLong':
    'The grace period alone is longer than the {limit} allowed for idle time and grace together. Set "Require password after screen saver begins or display is turned off" to immediately or a few seconds.',
  'check.screen-lock.darwin.reason.lockUnreadable':
    'sysadminctl -screenLock status gave no usable answer ({detail}). It only answers inside your own logged-in desktop session: run Preflight from your desktop (not over ssh), or check {place} yourself.',
  'check.screen-lock.darwin.reason.unreadable':
    'Some idle settings could not be read ({problems}). Check {place} yourself, then check again.',

  // Windows
  'check.screen-lock.win32.requirement':
    'The screen locks after at most {limit} s idle (including any grace period), plugged in and on battery',
  'check.screen-lock.win32.saver.userUnreadable': 'the user’s screen saver settings could not be read',
  'check.screen-lock.win32.saver.off': 'screen saver is turned off',
  'check.screen-lock.win32.saver.offByPolicy': 'screen saver is turned off (set by policy)',
  'check.screen-lock.win32.saver.none': 'no screen saver is chosen ("(None)")',
  'check.screen-lock.win32.saver.notSecure': 'the screen saver does not ask for sign-in on resume',
  'check.screen-lock.win32.saver.notSecureByPolicy':
    'the screen saver does not ask for sign-in on resume (set by policy)',
  'check.screen-lock.win32.saver.noWait': 'the screen saver has no wait time set',
  'check.screen-lock.win32.saver.invalid': 'screen saver: {detail}',
  'check.screen-lock.win32.saver.unreadable': 'screen saver settings could not be read',
  'check.screen-lock.win32.saver.graceUnreadable': 'the screen saver grace period could not be read',
  'check.screen-lock.win32.saver.locks': 'secure screen saver {exe} after {wait} s + {grace} s grace',
  'check.screen-lock.win32.saver.locksByPolicy':
    'secure screen saver {exe} after {wait} s (set by policy) + {grace} s grace',
  'check.screen-lock.win32.saver.policyUnreadable': 'screen saver policy: {detail}',
  'check.screen-lock.win32.saver.settingsUnreadable': 'screen saver settings: {detail}',
  'check.screen-lock.win32.saver.desktopKeyMissing': 'the Control Panel\\Desktop key is missing',
  'check.screen-lock.win32.inactivity.unreadable': 'machine inactivity limit: {detail}',
  'check.screen-lock.win32.inactivity.none': 'no machine inactivity limit is set',
  'check.screen-lock.win32.inactivity.locks': 'machine inactivity limit {seconds} s (InactivityTimeoutSecs)',
  'check.screen-lock.win32.sleep.ac.timerUnreadable': 'sleep timer (plugged in) could not be read',
  'check.screen-lock.win32.sleep.dc.timerUnreadable': 'sleep timer (on battery) could not be read',
  'check.screen-lock.win32.sleep.ac.never': 'never sleeps when plugged in',
  'check.screen-lock.win32.sleep.dc.never': 'never sleeps when on battery',
  'check.screen-lock.win32.sleep.ac.wakePasswordButNever':
    'sleeps after {seconds} s when plugged in; password on wakeup is on but Sign-in options say "Never"',
  'check.screen-lock.win32.sleep.dc.wakePasswordButNever':
    'sleeps after {seconds} s when on battery; password on wakeup is on but Sign-in options say "Never"',
  'check.screen-lock.win32.sleep.ac.signInOnWake':
    'sleeps after {seconds} s when plugged in, sign-in required on wake',
  'check.screen-lock.win32.sleep.dc.signInOnWake':
    'sleeps after {seconds} s when on battery, sign-in required on wake',
  'check.screen-lock.win32.sleep.ac.signInOnWakeAfter':
    'sleeps after {seconds} s when plugged in, sign-in required on wake {away} s after being away',
  'check.screen-lock.win32.sleep.dc.signInOnWakeAfter':
    'sleeps after {seconds} s when on battery, sign-in required on wake {away} s after being away',
  'check.screen-lock.win32.sleep.ac.noSignInOnWake':
    'sleeps after {seconds} s when plugged in but no sign-in is required on wake',
  'check.screen-lock.win32.sleep.dc.noSignInOnWake':
    'sleeps after {seconds} s when on battery but no sign-in is required on wake',
  'check.screen-lock.win32.sleep.consoleLockUnexpected':
    '"require a password on wakeup" has an unexpected value {value}',
  'check.screen-lock.win32.sleep.ac.signInUnreadable':
    'whether sign-in is required after sleep (plugged in) could not be read',
  'check.screen-lock.win32.sleep.dc.signInUnreadable':
    'whether sign-in is required after sleep (on battery) could not be read',
  'check.screen-lock.win32.sleep.ac.neverAfterAway':
    'sleeps after {seconds} s when plugged in but sign-in is never required after being away',
  'check.screen-lock.win32.sleep.dc.neverAfterAway':
    'sleeps after {seconds} s when on battery but sign-in is never required after being away',
  'check.screen-lock.win32.sleep.ac.signInAfterAway':
    'sleeps after {seconds} s when plugged in, sign-in required {away} s after being away',
  'check.screen-lock.win32.sleep.dc.signInAfterAway':
    'sleeps after {seconds} s when on battery, sign-in required {away} s after being away',
  'check.screen-lock.win32.when.after': 'after {seconds} s',
  'check.screen-lock.win32.when.afterAtLeast': 'after at least {seconds} s',
  'check.screen-lock.win32.observed.locks': 'locks {ac} when plugged in, {dc} on battery',
  'check.screen-lock.win32.summary.never': 'The screen never locks by itself when the laptop is left idle',
  'check.screen-lock.win32.summary.onlyAfter': 'The screen locks only after {time} idle (limit {limit})',
  'check.screen-lock.win32.summary.onlyAfterAtLeast':
    'The screen locks only after at least {time} idle (limit {limit})',
  'check.screen-lock.win32.summary.unconfirmed': 'Could not confirm that the screen locks when idle',
  'check.screen-lock.win32.summary.pass': 'The screen locks after at most {time} idle',
  'check.screen-lock.win32.reason.failAnyway':
    'Not readable: {problems}. Even so, nothing could lock the screen within {limit}.',
  'check.screen-lock.win32.reason.unconfirmed':
    '{problems}. Setting a screen saver with "On resume, display logon screen" (10 minutes or less) makes the answer certain.',

  // Linux
  'check.screen-lock.linux.requirement': 'The screen locks by itself: idle + grace <= {limit} s',
  'check.screen-lock.linux.summary.wsl': 'WSL has no screen of its own to lock',
  'check.screen-lock.linux.observed.wsl': 'Running inside Windows Subsystem for Linux',
  'check.screen-lock.linux.reason.wsl':
    'The Windows lock screen protects this machine. Run Preflight on Windows to check it.',
  'check.screen-lock.linux.summary.noDesktop': 'No desktop session: there is no screen to lock here',
  'check.screen-lock.linux.observed.noDesktop':
    'XDG_CURRENT_DESKTOP is not set (no graphical session in this terminal)',
  'check.screen-lock.linux.reason.noDesktop':
    'Preflight was started outside a graphical desktop session (e.g. over SSH or from a text console), so it cannot see your desktop’s lock settings. Run Preflight from your desktop session.',
  'check.screen-lock.linux.summary.otherDesktop':
    'Preflight cannot read the screen lock settings of the "{desktop}" desktop',
  'check.screen-lock.linux.observed.otherDesktop': 'desktop session: {desktop}',
  'check.screen-lock.linux.reason.otherDesktop':
    'Preflight knows the lock settings of GNOME, KDE Plasma, XFCE, Cinnamon and MATE; this session is "{desktop}". Check the lock settings yourself and ask your security contact how to record them.',
  'check.screen-lock.linux.observed.lockUnreadable': 'whether the screen locks could not be read',
  'check.screen-lock.linux.observed.lockOn': 'screen lock is on',
  'check.screen-lock.linux.observed.lockOff': 'screen lock is off',
  'check.screen-lock.linux.observed.neverBlanks': 'the screen never blanks when idle',
  'check.screen-lock.linux.observed.idleGrace': 'idle {idle} + grace {grace}',
  'check.screen-lock.linux.observed.unreadable': '(unreadable)',
  'check.screen-lock.linux.observed.notReadable': 'not readable: {what}',
  'check.screen-lock.linux.problem.noLock': 'the screen does not lock when it blanks',
  'check.screen-lock.linux.problem.idleNever':
    'the screen never locks by itself because idle time is set to never',
  'check.screen-lock.linux.problem.tooLate':
    'the screen locks after {seconds} s, more than the {limit} s allowed',
  'check.screen-lock.linux.problem.tooLateAtLeast':
    'the screen locks after more than {limit} s (the settings read already add up to at least {seconds} s)',
  'check.screen-lock.linux.problem.notInTime': 'the screen does not lock in time',
  'check.screen-lock.linux.problem.aSetting': 'a setting could not be read',
  'check.screen-lock.linux.problem.memoryBackend':
    "`{command}` could not reach your desktop's settings (it answered with built-in defaults)",
  'check.screen-lock.linux.problem.unexpectedValue': '{name} has an unexpected value "{value}"',
  'check.screen-lock.linux.summary.pass': '{label} locks the screen after {seconds} s',
  'check.screen-lock.linux.summary.fail': '{label}: {problem}',
  'check.screen-lock.linux.summary.unreadable': 'Could not read all the {label} screen lock settings',
  'check.screen-lock.linux.reason.decidedAnyway':
    'Some settings could not be read ({problems}), but those read already decide the result.',
  'check.screen-lock.linux.reason.unreadable': '{problems|cap}. {hint}',
  'check.screen-lock.linux.hint.gsettings':
    'gsettings must run inside your desktop session; start Preflight from the desktop (not over SSH or sudo).',
  'check.screen-lock.linux.hint.kde':
    'Run Preflight from your KDE Plasma session, or check System Settings › Screen Locking yourself.',
  'check.screen-lock.linux.hint.xfce':
    'xfconf-query must run inside your desktop session; start Preflight from the desktop.',
  'check.screen-lock.linux.note.lockdown': 'locking is forbidden by the lockdown setting disable-lock-screen',
  'check.screen-lock.linux.note.idleActivationOff':
    'the screen saver never starts when idle (idle-activation-enabled is false)',
  'check.screen-lock.linux.note.noPassword':
    'the lock screen does not ask for a password (RequirePassword=false)',
  'check.screen-lock.linux.note.xfceDefaults': 'not set, so the built-in default applies: {properties}',
  'check.screen-lock.linux.note.xfceSaverIdleOff':
    'the screen saver does not start when the computer is idle',
  'check.screen-lock.linux.kde.fileError': '{path} ({error})',
  'check.screen-lock.linux.kde.filesUnreadable': '{files} could not be read, and it may set {keys}',
  'check.screen-lock.linux.summary.lightLocker':
    'XFCE uses light-locker, whose timing Preflight cannot read yet',
  'check.screen-lock.linux.summary.noXfceLocker': 'No XFCE screen locker found that Preflight can read',
  'check.screen-lock.linux.observed.xfceSaverHidden':
    'xfce4-screensaver is switched off in your startup applications',
  'check.screen-lock.linux.observed.xfceSaverNotStarted': 'xfce4-screensaver does not start with the session',
  'check.screen-lock.linux.observed.lightLocker': 'light-locker starts with the session',
  'check.screen-lock.linux.reason.lightLocker':
    'light-locker locks when the display blanks, and that delay lives in the X server and the power manager, which Preflight does not read. Install and use xfce4-screensaver (see the steps) so the lock can be verified.',
  'check.screen-lock.linux.reason.noXfceLocker':
    'Preflight reads the settings of xfce4-screensaver, which is not set to start with your session. See the steps to set it up.',
} as const satisfies Readonly<Record<string, string>>
