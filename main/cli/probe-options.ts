/**
 * Options shared by every command that looks at the machine: --record, --replay, --policy, --now.
 */
import type { Report } from '../../shared/check-types'
import { DEFAULT_POLICY, PolicyError, parsePolicy, type Policy } from '../../shared/policy'
import type { Probe } from '../probe/probe'
import { SystemProbe } from '../probe/system-probe'
import { parseTranscript, RecordingProbe, ReplayProbe, TranscriptError } from '../probe/transcript'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import { CliError, cliMsg, EXIT, parseNow, readInputFile, usageError } from './command'

export const PROBE_OPTIONS = {
  record: { type: 'string' },
  replay: { type: 'string' },
  policy: { type: 'string' },
  now: { type: 'string' },
} as const

export async function loadPolicyOption(file: string | undefined): Promise<Policy> {
  if (file === undefined) return DEFAULT_POLICY
  const text = await readInputFile(file, 'policy')
  try {
    return parsePolicy(text)
  } catch (err) {
    if (err instanceof PolicyError) {
      throw new CliError(
        cliMsg('cli.input.invalidPolicy', {
          file,
          problems: err.problems.map((p) => `\n  - ${p}`).join(''),
        }),
        EXIT.DATAERR,
      )
    }
    throw err
  }
}

export interface OpenedProbe {
  readonly probe: Probe
  readonly recorder: RecordingProbe | null
  readonly now: Date | undefined
}

/** Build the probe for --replay / --record (or the live machine). */
export async function openProbe(values: {
  record?: string | undefined
  replay?: string | undefined
  now?: string | undefined
}): Promise<OpenedProbe> {
  const now = parseNow(values.now)
  let base: Probe
  if (values.replay !== undefined) {
    const text = await readInputFile(values.replay, 'transcript')
    try {
      base = new ReplayProbe(parseTranscript(text), now ? { now } : {})
    } catch (err) {
      if (err instanceof TranscriptError)
        throw new CliError(
          cliMsg('cli.error.inFile', { file: values.replay, message: err.message }),
          EXIT.DATAERR,
        )
      throw err
    }
  } else {
    base = new SystemProbe(now ? { now: () => now } : {})
  }
  if (values.record !== undefined && values.replay !== undefined) {
    throw usageError(cliMsg('cli.usage.together', { a: '--record', b: '--replay' }))
  }
  const recorder = values.record !== undefined ? new RecordingProbe(base) : null
  return { probe: recorder ?? base, recorder, now }
}

export async function saveTranscript(file: string, recorder: RecordingProbe): Promise<void> {
  try {
    await writeFileAtomic(file, JSON.stringify(recorder.transcript(), null, 2) + '\n', { mode: 0o600 })
  } catch (err) {
    throw new CliError(describeWriteError(file, err), EXIT.CANTCREAT)
  }
}

/** Exit code for a report: 0 pass, 1 fail, 2 unknown. */
export function exitCodeFor(report: Pick<Report, 'overall'>): number {
  switch (report.overall) {
    case 'pass':
      return EXIT.OK
    case 'fail':
      return EXIT.FAIL
    case 'unknown':
      return EXIT.UNKNOWN
  }
}
