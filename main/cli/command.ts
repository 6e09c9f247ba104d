/**
 * CLI plumbing shared by every `preflight` command: the command interface, exit codes, argument
 * parsing with clear usage errors, and file helpers that turn I/O problems into input errors.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { Language } from '../../shared/i18n'

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
  /** One line for the command list. */
  readonly summary: string
  /** Full help text, printed by `--help`. */
  readonly help: string
  run(args: readonly string[], io: CliIo): Promise<number>
}

/** An error that maps to an exit code and a message for stderr (no stack trace). */
export class CliError extends Error {
  override name = 'CliError'
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message)
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT.USAGE)
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
    throw usageError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''))
  }
}

/** Read a text file given on the command line; missing/unreadable files become NOINPUT errors. */
export async function readInputFile(
  file: string,
  what: string,
  maxBytes = 16 * 1024 * 1024,
): Promise<string> {
  try {
    const st = await fs.stat(file)
    if (!st.isFile()) throw new CliError(`${what} ${file} is not a file`, EXIT.NOINPUT)
    if (st.size > maxBytes)
      throw new CliError(`${what} ${file} is too large (${st.size} bytes)`, EXIT.DATAERR)
    return await fs.readFile(file, 'utf8')
  } catch (err) {
    if (err instanceof CliError) throw err
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new CliError(`${what} not found: ${file}`, EXIT.NOINPUT)
    if (code === 'EACCES' || code === 'EPERM')
      throw new CliError(`${what} is not readable: ${file}`, EXIT.NOINPUT)
    throw new CliError(`could not read ${what} ${file}: ${(err as Error).message}`, EXIT.NOINPUT)
  }
}

/**
 * A passphrase file given on the command line (relative to the command's folder): its first line,
 * without the line ending. At most 4 KiB; an empty first line is an error.
 */
export async function readPassphraseFile(file: string, cwd: string): Promise<string> {
  const text = await readInputFile(path.resolve(cwd, file), 'passphrase file', 4096)
  const first = text.split(/\r?\n/)[0] ?? ''
  if (first.length === 0) throw new CliError(`the passphrase file ${file} is empty`, EXIT.DATAERR)
  return first
}

/** Parse `--now` (ISO-8601). */
export function parseNow(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) throw usageError(`--now must be an ISO-8601 date, got "${value}"`)
  return d
}

/** Parse a positive integer option. */
export function parsePositiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw usageError(`${name} must be a positive whole number`)
  return Number(value)
}
