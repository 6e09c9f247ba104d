/**
 * English words of the command line (main/cli), keys `cli.<command>.<what>`, rendered with
 * `{placeholders}` and `.one`/`.other` plurals like every catalogue (shared/i18n/msg.ts). Only the
 * commands converted so far are here (`preflight check`'s report and progress, the practices it
 * lists, the global `--lang` option); docs/i18n.md says how to convert the rest.
 *
 * Values stay as the machine gives them: check ids, OS names and versions, policy ids, dates in
 * ISO 8601, command lines. Indentation and colours are added by the code, not written here.
 * The help texts are in cli-help.ts, the error lines in cli-usage.ts.
 */
import type { MessageKeyOf } from '../msg'
import { CLI_CISO_EN } from './cli-ciso'
import { CLI_HELP_EN } from './cli-help'
import { CLI_STAFF_EN } from './cli-staff'
import { CLI_USAGE_EN } from './cli-usage'

export const CLI_EN = {
  ...CLI_HELP_EN,
  ...CLI_USAGE_EN,
  ...CLI_STAFF_EN,
  ...CLI_CISO_EN,
  'cli.global.langHelp':
    'Global option: --lang {languages}   language of the output (default: LANGUAGE, LC_ALL, LC_MESSAGES or LANG)',
  'cli.global.langUnknown': '--lang: unknown language "{value}" (known: {languages})',
  'cli.global.langMissing': '--lang needs a language: {languages}',

  'cli.status.pass': 'PASS',
  'cli.status.fail': 'FAIL',
  'cli.status.unknown': 'UNKNOWN',
  'cli.status.not-applicable': 'N/A',

  'cli.check.header': 'Preflight {version}: {details}',
  'cli.check.unknownOs': 'unknown OS',
  'cli.check.desktop': 'desktop {desktop}',
  'cli.check.host.vm': 'running in a vm',
  'cli.check.host.container': 'running in a container',
  'cli.check.host.wsl': 'running in a wsl',
  'cli.check.replayed': 'Replayed from a transcript recorded at {time}',
  'cli.check.policy': 'Policy {id} v{version}; OS support data as of {date}',
  'cli.check.line': '{status} {id}: {summary}',
  'cli.check.line.recommended': '{status} {id} (recommended): {summary}',
  'cli.check.line.off': '{status} {id} (off in policy): {summary}',
  'cli.check.seen': 'seen: {text}',
  'cli.check.required': 'required: {text}',
  'cli.check.why': 'why: {text}',
  'cli.check.fix': 'fix: preflight fix {id}',
  'cli.check.overall.pass': 'Overall: PASS. All required checks pass.',
  'cli.check.overall.fail':
    'Overall: FAIL. Some required checks fail. Run `preflight fix <check>` for step-by-step help.',
  'cli.check.overall.unknown':
    'Overall: UNKNOWN. No required check fails, but some could not be confirmed (unknown).',
  'cli.check.progress.start.one': 'Checking {count} setting…',
  'cli.check.progress.start.other': 'Checking {count} settings…',
  'cli.check.progress.line': '[{done}/{total}] {id}: {status} ({ms} ms)',

  'cli.device.firmware.uefi': 'UEFI boot',
  'cli.device.firmware.legacy': 'legacy BIOS boot',
  'cli.device.firmware.apple-silicon': 'Apple silicon boot',
  'cli.device.noAnswer.timeout': 'Device: systeminformation did not answer in time (descriptive only)',
  'cli.device.noAnswer.error': 'Device: systeminformation could not answer (descriptive only)',
  'cli.device.noAnswerFirmware.timeout':
    'Device: systeminformation did not answer in time; {firmware} (descriptive only)',
  'cli.device.noAnswerFirmware.error':
    'Device: systeminformation could not answer; {firmware} (descriptive only)',
  'cli.device.unknownModel': 'unknown model',
  'cli.device.chassis.laptop': 'laptop',
  'cli.device.chassis.desktop': 'desktop',
  'cli.device.chassis.other': 'other',
  'cli.device.chassisType': '{chassis} ({type})',
  'cli.device.virtual': 'virtual machine',
  'cli.device.virtualHost': 'virtual machine ({host})',
  'cli.device.line': 'Device: {parts} (systeminformation, descriptive only)',
  'cli.device.line.confirms':
    'Device: {parts} (systeminformation, descriptive only; confirms host kind {kind})',
  'cli.device.line.contradicts':
    'Device: {parts} (systeminformation, descriptive only; CONTRADICTS host kind {kind})',

  'cli.practices.found': 'found on this laptop',
  'cli.practices.notFound': 'not found on this laptop',
  'cli.practices.unknown': 'could not be measured',
  'cli.practices.confirmed': 'confirmed by you',
  'cli.practices.confirmedNotFound': 'confirmed by you (Preflight: not found on this laptop)',
  'cli.practices.confirmedUnknown': 'confirmed by you (Preflight: could not be measured)',
  'cli.practices.notConfirmed': 'not confirmed',
  'cli.practices.check.heading':
    'Practices your campaign asks for (not part of the result above; `preflight attest` records them):',
  'cli.practices.check.line': '{icon} {id}: {answer}',
  'cli.practices.check.line.recommended': '{icon} {id} (recommended): {answer}',
  'cli.practices.check.result.pass': 'Practices: PASS',
  'cli.practices.check.result.fail':
    'Practices: FAIL (confirm with --confirm ID, or answer the questions of `preflight attest`)',
  'cli.practices.check.result.incomplete':
    'Practices: INCOMPLETE (confirm with --confirm ID, or answer the questions of `preflight attest`)',
  'cli.practices.check.howTo':
    'Why each matters and how to do it: preflight fix <id>, e.g. preflight fix {id}',
} as const satisfies Readonly<Record<string, string>>

/** A key (or plural base) of the CLI catalogue. */
export type CliMessageKey = MessageKeyOf<typeof CLI_EN>
