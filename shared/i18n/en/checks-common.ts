/**
 * English messages of the check engine and of the helpers every check shares (main/engine,
 * main/checks/verdict.ts, main/checks/win32/reg.ts and common.ts, main/checks/darwin-common.ts). Keys
 * `check.engine.*` and `check.common.*`; the rules for check messages are in docs/i18n.md.
 *
 * `{command}` is a command line and `{path}` a file path, written as they are; `{code}` a number.
 */
export const CHECKS_COMMON_EN = {
  'check.engine.timeout.summary': 'The check took too long and was stopped',
  'check.engine.timeout.reason':
    'No answer within {seconds} s. Run the check again; if it keeps happening, record a transcript (--record) and send it to your security contact.',
  'check.engine.error.summary': 'The check could not be completed',
  'check.engine.error.reason':
    'Internal error: {message}. This is a bug in Preflight; please report it with a transcript (--record).',
  'check.engine.off.summary': "Not checked: your campaign's policy turns this check off on this platform",
  'check.engine.off.reason':
    'The campaign policy sets this check to "off" here, so Preflight did not look at it.',

  'check.common.command.notAvailable': '`{command}` is not available on this machine',
  'check.common.command.timedOut': '`{command}` did not finish in time and was stopped',
  'check.common.command.denied': '`{command}` could not be run (permission denied)',
  'check.common.command.tooMuchOutput': '`{command}` printed more output than expected',
  'check.common.command.killed': '`{command}` was killed before it finished',
  'check.common.command.failedToRun': '`{command}` could not be run',
  'check.common.command.exitCode': '`{command}` exited with code {code}',

  'check.common.file.missing': '{path} does not exist',
  'check.common.file.denied': '{path} is not readable without administrator rights',
  'check.common.file.unreadable': '{path} could not be read',

  'check.common.reg.accessDenied': '`{command}` was refused: access denied',
  'check.common.reg.cutMidLine': '`{command}` output ended mid-line',
  'check.common.reg.noKey': '`{command}` printed no registry key',
  'check.common.reg.invalidDword': '{name} is {type} {value}, expected a REG_DWORD number',
  'check.common.reg.invalidString': '{name} is {type}, expected a string',
  'check.common.reg.invalidInteger': '{name} is {type} {value}, expected a number',
  'check.common.win32.edition': '{edition}',
  'check.common.win32.editionWithId': '{edition} (EditionID {id})',

  'check.common.softwareUpdate.notDictionary':
    '`{command}` printed something that is not a settings dictionary',

  'check.common.noAnswer': 'no answer',
  'check.common.notRun': 'not run',
  'check.common.macosVersion': 'macOS {version}',
} as const satisfies Readonly<Record<string, string>>
