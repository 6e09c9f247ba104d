/**
 * Commands that Preflight prints for a person to copy and paste. A file name is chosen by whoever
 * sent the file, so it is data, never shell syntax: `x$(touch PWNED).json` must reach the command
 * as those characters and run nothing.
 *
 * - POSIX shells (sh, bash, zsh; also fish): each argument that is not plainly safe goes in single
 *   quotes, where nothing expands; a `'` inside becomes `'\''` (close, escaped quote, reopen).
 *   fish also treats `\\` and `\'` inside single quotes as escapes, so an argument holding a
 *   backslash is not printed at all (see below).
 * - PowerShell (what the Windows terminal opens by default): single quotes too, where nothing
 *   expands (neither `$` nor a backtick). PowerShell also ends a single-quoted string at the
 *   typographic quotes U+2018-U+201B, so each of the five quote characters is doubled.
 *   The commands are not meant for cmd.exe.
 * - An argument that starts with `-` would be read as an option: paths get a `./` (`.\`) prefix.
 * - An argument holding characters that cannot be shown faithfully on a terminal (controls, line
 *   breaks, bidirectional or zero-width characters: main/util/terminal-safe.ts) cannot be both
 *   safe to print and exact; pastableCommand then returns null and the caller leaves the command
 *   out and says why.
 */
import { hasUnsafeText } from './terminal-safe'

/** Which shell a printed command is for. */
export type ShellKind = 'posix' | 'powershell'

/** The shell for commands printed on this platform: PowerShell on Windows, else a POSIX shell. */
export function shellFor(platform: NodeJS.Platform): ShellKind {
  return platform === 'win32' ? 'powershell' : 'posix'
}

/**
 * Arguments printed without quotes. POSIX: no `=` or `%` (zsh expands a leading `=`); PowerShell:
 * fewer still (`@` splats, `,` makes an array), and never a leading `-`.
 */
const PLAIN: Readonly<Record<ShellKind, RegExp>> = {
  posix: /^[A-Za-z0-9_@+:,./-]+$/,
  powershell: /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/,
}
/** The characters PowerShell reads as a single quote. */
const PS_SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g

/** One argument quoted for `shell`. Does not check for unprintable characters (pastableCommand does). */
export function quoteArg(arg: string, shell: ShellKind): string {
  if (PLAIN[shell].test(arg)) return arg
  if (shell === 'powershell') return `'${arg.replace(PS_SINGLE_QUOTES, (q) => q + q)}'`
  return `'${arg.replace(/'/g, `'\\''`)}'`
}

/** A path argument: a `./` (or `.\`) prefix when it would otherwise look like an option. */
export function pathArg(p: string, shell: ShellKind): string {
  return p.startsWith('-') ? (shell === 'powershell' ? `.\\${p}` : `./${p}`) : p
}

/** A word of a printed command: literal (our own words) or an argument to quote. */
export type CommandPart = { readonly literal: string } | { readonly arg: string } | { readonly path: string }

/**
 * A command line for `shell`, or null when an argument cannot be printed both safely and exactly
 * (unprintable characters, or a backslash for a POSIX shell, which fish would read as an escape).
 */
export function pastableCommand(parts: readonly CommandPart[], shell: ShellKind): string | null {
  const words: string[] = []
  for (const part of parts) {
    if ('literal' in part) {
      words.push(part.literal)
      continue
    }
    const value = 'path' in part ? pathArg(part.path, shell) : part.arg
    if (hasUnsafeText(value)) return null
    if (shell === 'posix' && value.includes('\\')) return null
    words.push(quoteArg(value, shell))
  }
  return words.join(' ')
}
