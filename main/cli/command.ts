/**
 * CLI plumbing shared by every `preflight` command: the command interface, exit codes, argument
 * parsing with clear usage errors, and file helpers that turn I/O problems into input errors.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { Language } from '../../shared/i18n'
import type { CliMessageKey } from '../../shared/i18n/en/cli'
import type { MsgParams } from '../../shared/i18n/msg'
import { cliText, type CliText } from './text'

/** Exit codes (sysexits.h where one fits). */
export const EXIT = {
  /** All required checks pass / the operation succeeded. */
  OK: 0,
  /** Some required check failed / a verification rejected something. */
  FAIL: 1,
  /** No required check failed, but some are unknown. */
  UNKNOWN: 2,
  /** Bad command line. */
  USAGE: 64,
  /** Input file is malformed (policy, transcript, attestation…). */
  DATAERR: 65,
  /** Input file missing or unreadable. */
  NOINPUT: 66,
  /** Internal error (a bug). */
  SOFTWARE: 70,
  /** Cannot create an output file. */
  CANTCREAT: 73,
  /** Other I/O error (disk full…). */
  IOERR: 74,
  /** Permission / trust problem (e.g. unpinned CISO key, key store unavailable). */
  NOPERM: 77,
} as const

/** Where a command writes; injectable so tests run commands in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** True when stdout is a terminal (progress lines, colour). */
  readonly isTty: boolean
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
  /** Read a line from the user (passphrases, confirmations); null if no terminal. */
  readonly prompt?: (question: string, options?: { secret?: boolean }) => Promise<string | null>
  /**
   * The platform whose shell printed commands are quoted for (PowerShell on win32, else POSIX);
   * default process.platform. Injectable for tests.
   */
  readonly platform?: NodeJS.Platform
  /**
   * The language of the output (`--lang`, else LANGUAGE/LC_ALL/LC_MESSAGES/LANG; set by runCli).
   * Commands converted to the CLI catalogue print with `cliText(io.lang)` (main/cli/text.ts).
   */
  readonly lang?: Language
}

export interface Command {
  /** e.g. "check" or "ciso verify". */
  readonly name: string
  /** One line for the command list, in the language of `tx` (`cli.<command>.summary`). */
  summary(tx: CliText): string
  /** Full help text, printed by `--help`, in the language of `tx` (`cli.<command>.help`). */
  help(tx: CliText): string
  run(args: readonly string[], io: CliIo): Promise<number>
}

/** A CLI catalogue message: a key and the values of its placeholders. */
export interface CliMessage {
  readonly key: CliMessageKey
  readonly params?: MsgParams
}

/** A CLI message (values as params), checked against the English catalogue at compile time. */
export function cliMsg(key: CliMessageKey, params?: MsgParams): CliMessage {
  return params === undefined ? { key } : { key, params }
}

/**
 * An error that maps to an exit code and a message for stderr (no stack trace). Given a catalogue
 * message, runCli prints it in the reader's language and `message` is its English; given a string
 * (a lower layer's own words, a value), that string is printed as it is.
 */
export class CliError extends Error {
  override name = 'CliError'
  /** The message as a catalogue key and params, when it has one. */
  readonly text: CliMessage | undefined
  constructor(
    message: string | CliMessage,
    readonly exitCode: number,
  ) {
    super(typeof message === 'string' ? message : cliText('en').t(message.key, message.params))
    this.text = typeof message === 'string' ? undefined : message
  }

  /** The message in the language of `tx`. */
  render(tx: CliText): string {
    return this.text === undefined ? this.message : tx.t(this.text.key, this.text.params)
  }
}

export function usageError(message: string | CliMessage): CliError {
  return new CliError(message, EXIT.USAGE)
}

/** Node's parseArgs errors (English, from Node) as catalogue messages, by their fixed wording. */
function parseArgsMessage(message: string): CliMessage {
  const text = message.replace(/^TypeError \[[A-Z_]+\]: /, '')
  let m = /^Unknown option '(.*)'$/.exec(text)
  if (m) return cliMsg('cli.usage.unknownOption', { option: m[1] as string })
  m =
    /^Unknown option '(.*)'\. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "(.*)"$/.exec(
      text,
    )
  if (m && m[1] === m[2]) return cliMsg('cli.usage.unknownOptionPositional', { option: m[1] as string })
  m = /^Option '(.*)' does not take an argument$/.exec(text)
  if (m) return cliMsg('cli.usage.noArgument', { option: m[1] as string })
  m = /^Option '(.*)' argument missing$/.exec(text)
  if (m) return cliMsg('cli.usage.argumentMissing', { option: m[1] as string })
  m = /^Unexpected argument '(.*)'\. This command does not take positional arguments$/.exec(text)
  if (m) return cliMsg('cli.usage.unexpectedPositional', { value: m[1] as string })
  m =
    /^Option '(.*)' argument is ambiguous\.\nDid you forget to specify the option argument for '(.*)'\?\nTo specify an option argument starting with a dash use '(.*)=-XYZ'\.$/.exec(
      text,
    )
  if (m && m[1] === m[2] && m[2] === m[3]) return cliMsg('cli.usage.ambiguous', { option: m[1] as string })
  return cliMsg('cli.usage.other', { message: text })
}

/** `util.parseArgs` with strict options, turning its errors into usage errors. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true })
  } catch (err) {
    throw usageError(parseArgsMessage((err as Error).message))
  }
}

/** What a file given on the command line is (`cli.file.<kind>`), for its error messages. */
export type InputFileKind =
  'policy' | 'transcript' | 'key' | 'request' | 'passphrase' | 'staffList' | 'publicKey'

/** Read a text file given on the command line; missing/unreadable files become NOINPUT errors. */
export async function readInputFile(
  file: string,
  kind: InputFileKind,
  maxBytes = 16 * 1024 * 1024,
): Promise<string> {
  const what = cliMsg(`cli.file.${kind}`)
  try {
    const st = await fs.stat(file)
    if (!st.isFile()) throw new CliError(cliMsg('cli.input.notAFile', { what, file }), EXIT.NOINPUT)
    if (st.size > maxBytes)
      throw new CliError(cliMsg('cli.input.tooLarge', { what, file, size: st.size }), EXIT.DATAERR)
    return await fs.readFile(file, 'utf8')
  } catch (err) {
    if (err instanceof CliError) throw err
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new CliError(cliMsg('cli.input.notFound', { what, file }), EXIT.NOINPUT)
    if (code === 'EACCES' || code === 'EPERM')
      throw new CliError(cliMsg('cli.input.notReadable', { what, file }), EXIT.NOINPUT)
    throw new CliError(
      cliMsg('cli.input.cannotRead', { what, file, detail: (err as Error).message }),
      EXIT.NOINPUT,
    )
  }
}

/**
 * A passphrase file given on the command line (relative to the command's folder): its first line,
 * without the line ending. At most 4 KiB; an empty first line is an error.
 */
export async function readPassphraseFile(file: string, cwd: string): Promise<string> {
  const text = await readInputFile(path.resolve(cwd, file), 'passphrase', 4096)
  const first = text.split(/\r?\n/)[0] ?? ''
  if (first.length === 0) throw new CliError(cliMsg('cli.input.passphraseEmpty', { file }), EXIT.DATAERR)
  return first
}

/** Parse `--now` (ISO-8601). */
export function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) throw usageError(cliMsg('cli.usage.now', { value }))
  return d
}

/** Parse a positive integer option. */
export function parsePositiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) <= 0)
    throw usageError(cliMsg('cli.usage.positiveInt', { option: name }))
  return Number(value)
}
