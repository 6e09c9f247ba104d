/**
 * English messages of the practice measurements (main/practices/*): what a measurement writes into
 * its summary, observed lines and reason. Keys `measure.<kind>.<platform>.<what>` (`measure.common.*`
 * for the runner's own words). Product names, install locations, paths, registry keys and values stay
 * as the machine writes them. Like check messages, the English rendered from here is what the report
 * carries; other languages are for display only.
 */
export const CHECKS_PRACTICES_EN = {
  // The runner (main/practices/index.ts)
  'measure.common.summary.failed': 'Could not be measured',
  'measure.common.reason.failed': '{problem}. Confirm it yourself if it applies.',
  'measure.common.problem.timeout': 'No answer within {seconds} s',
  'measure.common.problem.internalError': 'Internal error: {message}',

  // Is an app installed? (main/practices/presence.ts)
  'measure.presence.what.signal-desktop': 'Signal Desktop',
  'measure.presence.what.password-manager': 'a password manager',
  'measure.presence.summary.found.one': '{names} is installed',
  'measure.presence.summary.found.other': '{names} are installed',
  'measure.presence.summary.notFound': '{what|cap} is not installed at any known location',
  'measure.presence.summary.unknown': 'Could not tell whether {what} is installed',
  'measure.presence.observed.foundAt': '{product} at {location}',
  'measure.presence.observed.notAt': 'not at {absent} of {total} known locations',
  'measure.presence.observed.lookedAt.one': 'looked at {count} known install locations',
  'measure.presence.observed.lookedAt.other': 'looked at {count} known install locations',
  'measure.presence.problem.unset': "{location}: the folder's variable is not set",
  'measure.presence.problem.denied': '{location}: permission denied',
  'measure.presence.problem.error': '{location}: could not be looked at',
  'measure.presence.reason.unknown':
    'Some install locations could not be looked at ({problems}). If it is installed, confirm it yourself.',

  // Find My (main/practices/find-my.ts)
  'measure.find-my.common.summary.unknown': 'Could not tell whether Find My is on',
  'measure.find-my.common.reason.unknown': '{problem}. If Find My is on, confirm it yourself.',
  'measure.find-my.darwin.problem.noHome': 'HOME is not set, so the iCloud settings could not be found',
  'measure.find-my.darwin.problem.notReadable': '{path} is not readable',
  'measure.find-my.darwin.problem.notLooked': '{path} could not be looked at',
  'measure.find-my.darwin.problem.unexpected': '`{command}` printed something unexpected',
  'measure.find-my.darwin.summary.noAccountFile': 'Find My Mac is off (no iCloud account on this Mac user)',
  'measure.find-my.darwin.summary.signedOut': 'Find My Mac is off (no iCloud account signed in)',
  'measure.find-my.darwin.summary.on': 'Find My Mac is on',
  'measure.find-my.darwin.summary.off': 'Find My Mac is off',
  'measure.find-my.darwin.observed.noAccount': 'the iCloud settings list no account',
  'measure.find-my.darwin.observed.enabled': 'iCloud service FIND_MY_MAC: enabled',
  'measure.find-my.darwin.observed.notEnabled': 'iCloud service FIND_MY_MAC: not enabled',
  'measure.find-my.win32.summary.policyOff': 'Find my device is turned off by a policy on this PC',
  'measure.find-my.win32.summary.on': 'Find my device is on',
  'measure.find-my.win32.summary.off': 'Find my device is off',
  'measure.find-my.win32.observed.policyOff': 'AllowFindMyDevice = 0',
  'measure.find-my.win32.observed.value': '{key}\\LocationSyncEnabled: {value}',
  'measure.find-my.win32.state.notSet': 'not set',
  'measure.find-my.linux.summary.none': 'Linux has no built-in Find My service',
  'measure.find-my.linux.reason.none':
    'There is nothing for Preflight to look at on Linux; confirm it yourself if your security contact has set up another way to locate or erase this laptop.',
} as const satisfies Readonly<Record<string, string>>
