/**
 * The `preflight` command line: dispatches to a command, maps errors to exit codes.
 * Runs under plain Node (no Electron); main/cli/bin.cjs loads the bundled build of this file.
 */
import * as readline from 'node:readline'
import { terminalSafe, terminalSafeLines } from '../util/terminal-safe'
import { offerStartedWorker, type StartedWorker } from '../probe/device-profile'
import { PRODUCER } from '../version'
import { isLanguage, languageCodes, type Language } from '../../shared/i18n'
import { CliError, EXIT, type CliIo, type Command } from './command'
import { COMMANDS } from './commands'
import { cliText, envLanguage, type CliText } from './text'

/** The line every `--help` ends with: the global `--lang` option. */
function langHelp(lang: Language): string {
  return cliText(lang).t('cli.global.langHelp', { languages: languageCodes().join('|') }) + '\n'
}

/**
 * Take the global `--lang <code>` / `--lang=<code>` out of argv (anywhere before a `--`), so every
 * command accepts it. Returns the rest and the language (null when not given); throws a usage error
 * (worded in `fallback`, the environment's language) for a missing or unknown language.
 */
export function takeLangOption(
  argv: readonly string[],
  fallback: Language,
): { readonly argv: readonly string[]; readonly lang: Language | null } {
  const rest: string[] = []
  let lang: Language | null = null
  const languages = languageCodes().join(', ')
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--') {
      rest.push(...argv.slice(i))
      break
    }
    if (a !== '--lang' && !a.startsWith('--lang=')) {
      rest.push(a)
      continue
    }
    const value = a === '--lang' ? argv[++i] : a.slice('--lang='.length)
    if (value === undefined || value === '' || value.startsWith('-'))
      throw new CliError(cliText(fallback).t('cli.global.langMissing', { languages }), EXIT.USAGE)
    if (!isLanguage(value))
      throw new CliError(cliText(fallback).t('cli.global.langUnknown', { value, languages }), EXIT.USAGE)
    lang = value
  }
  return { argv: rest, lang }
}

/** Does argv ask for help (`-h`/`--help` before any `--`)? */
function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '-h' || a === '--help')
}

function topHelp(commands: readonly Command[], tx: CliText): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2
  return tx.t('cli.list.help', {
    commands: commands.map((c) => `  ${c.name.padEnd(width)}${c.summary(tx)}`).join('\n'),
  })
}

/** Find the command whose words start argv (longest match first). */
export function findCommand(
  argv: readonly string[],
  commands: readonly Command[] = COMMANDS,
): { command: Command; rest: readonly string[] } | null {
  const sorted = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
  for (const command of sorted) {
    const words = command.name.split(' ')
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) }
  }
  return null
}

function defaultPrompt(question: string, options: { secret?: boolean } = {}): Promise<string | null> {
  if (!process.stdin.isTTY) return Promise.resolve(null)
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true })
    if (options.secret) {
      // Do not echo secrets: overwrite the output writer while the answer is typed.
      const rlAny = rl as unknown as { _writeToOutput?: (s: string) => void }
      rlAny._writeToOutput = (s: string) => {
        if (s.includes(question)) process.stderr.write(s)
      }
    }
    rl.question(question, (answer) => {
      rl.close()
      if (options.secret) process.stderr.write('\n')
      resolve(answer)
    })
  })
}

export function processIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTty: process.stdout.isTTY === true,
    env: process.env,
    cwd: process.cwd(),
    prompt: defaultPrompt,
    platform: process.platform,
  }
}

/** Run the CLI with these arguments; returns the exit code (never throws). */
export async function runCli(rawArgv: readonly string[], rawIo: CliIo = processIo()): Promise<number> {
  const envLang = envLanguage(rawIo.env)
  let argv: readonly string[]
  let io: CliIo
  try {
    const taken = takeLangOption(rawArgv, envLang)
    argv = taken.argv
    io = { ...rawIo, lang: taken.lang ?? envLang }
  } catch (err) {
    rawIo.stderr(cliText(envLang).t('cli.error.global', { message: (err as Error).message }) + '\n')
    return EXIT.USAGE
  }
  const lang = io.lang ?? 'en'
  const tx = cliText(lang)
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') {
    const helpFor = argv[0] === 'help' && argv.length > 1 ? findCommand(argv.slice(1)) : null
    io.stdout((helpFor ? helpFor.command.help(tx) : topHelp(COMMANDS, tx)) + langHelp(lang))
    return argv.length === 0 ? EXIT.USAGE : EXIT.OK
  }
  if (argv[0] === '-v' || argv[0] === '--version') {
    io.stdout(`${PRODUCER.name} ${PRODUCER.version}\n`)
    return EXIT.OK
  }
  const found = findCommand(argv)
  if (!found) {
    // A group word alone ("ciso") prints the group's commands.
    const group = COMMANDS.filter((c) => c.name.split(' ')[0] === argv[0])
    if (group.length > 0 && (argv.length === 1 || argv[1] === '--help' || argv[1] === '-h')) {
      io.stdout(topHelp(group, tx) + langHelp(lang))
      return argv.length === 1 ? EXIT.USAGE : EXIT.OK
    }
    io.stderr(tx.t('cli.error.unknownCommand', { command: terminalSafe(argv.join(' ')) }) + '\n')
    return EXIT.USAGE
  }
  const command = found.command.name
  // Every command's --help, printed here so that each ends with the global options.
  if (asksForHelp(found.rest)) {
    io.stdout(found.command.help(tx) + langHelp(lang))
    return EXIT.OK
  }
  try {
    return await found.command.run(found.rest, io)
  } catch (err) {
    if (err instanceof CliError) {
      // Messages can quote file names and fields from untrusted files: no raw control characters.
      io.stderr(tx.t('cli.error.line', { command, message: terminalSafeLines(err.render(tx)) }) + '\n')
      if (err.exitCode === EXIT.USAGE) io.stderr(tx.t('cli.error.seeHelp', { command }) + '\n')
      return err.exitCode
    }
    const detail = terminalSafeLines(err instanceof Error ? (err.stack ?? err.message) : String(err))
    io.stderr(tx.t('cli.error.internal', { command, detail }) + '\n')
    return EXIT.SOFTWARE
  }
}

export interface MainOptions {
  /**
   * The device profile's worker, started by the launcher before this bundle was loaded
   * (main/cli/early-device-profile.cjs): used by the first live check, terminated if none ran.
   */
  readonly deviceProfileWorker?: StartedWorker | null
}

export async function main(argv: readonly string[], options: MainOptions = {}): Promise<void> {
  // `preflight … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0)
      throw err
    })
  }
  const discard = options.deviceProfileWorker ? offerStartedWorker(options.deviceProfileWorker) : null
  try {
    process.exitCode = await runCli(argv)
  } finally {
    discard?.()
  }
}
