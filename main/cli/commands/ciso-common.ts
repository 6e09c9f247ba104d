/**
 * Helpers shared by the `preflight ciso …` commands: the --campaign option and this user's trust
 * anchors, unlocking the CISO key (one passphrase per command, asked only when something is
 * written), mapping CISO-side errors to exit codes, and safe CSV/table output.
 */
import type { KeyObject } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Roster } from '../../../shared/roster-types'
import { configDir } from '../../attestation/config-dir'
import { BulkRequestError } from '../../ciso/bulk-requests'
import { CampaignError, cisoKeyNeedsPassphrase, loadCisoKey, resolveCampaignDir } from '../../ciso/campaign'
import { CampaignTrustError, CampaignTrustStore } from '../../ciso/campaign-trust'
import { IssueError } from '../../ciso/issue'
import { OperationError } from '../../ciso/operations'
import { RosterError, type CampaignRef, type KeyUnlocker } from '../../ciso/roster-store'
import { describeWriteError, writeFileAtomic } from '../../util/atomic-write'
import { toCsv as sharedToCsv } from '../../util/csv'
import { terminalSafe } from '../../util/terminal-safe'
import {
  CliError,
  cliMsg,
  EXIT,
  readPassphraseFile,
  usageError,
  type CliIo,
  type CliMessage,
} from '../command'
import { cliText } from '../text'

/** `--campaign DIR`, accepted by every command except `ciso init`. */
export const CAMPAIGN_OPTION = { campaign: { type: 'string' } } as const

/** This user's campaign trust anchors (in the config folder: $PREFLIGHT_HOME or the usual place). */
export function trustStore(io: CliIo): CampaignTrustStore {
  return new CampaignTrustStore(configDir({ env: io.env }))
}

/** Resolve the campaign folder for a command, with this user's trust anchors. */
export async function campaignRef(option: string | undefined, io: CliIo): Promise<CampaignRef> {
  try {
    return { dir: await resolveCampaignDir(option, io.env, io.cwd), trust: trustStore(io) }
  } catch (err) {
    throw toCliError(err)
  }
}

/** Map the CISO layer's errors to CLI errors with the right exit code; others pass through. */
export function toCliError(err: unknown): unknown {
  if (err instanceof CliError) return err
  if (err instanceof CampaignError) {
    const code = { 'not-found': EXIT.NOINPUT, exists: EXIT.CANTCREAT, io: EXIT.IOERR, key: EXIT.NOPERM }[
      err.kind
    ]
    return new CliError(err.message, code)
  }
  if (err instanceof RosterError) {
    // A refused folder (any named reason except a damaged file) is a trust problem: 77.
    const code =
      err.reason !== undefined && err.reason !== 'ROSTER_CORRUPT'
        ? EXIT.NOPERM
        : {
            missing: EXIT.NOINPUT,
            corrupt: EXIT.DATAERR,
            locked: EXIT.IOERR,
            io: EXIT.IOERR,
            untrusted: EXIT.NOPERM,
          }[err.kind]
    return new CliError(err.message, code)
  }
  if (err instanceof CampaignTrustError)
    return new CliError(err.message, err.kind === 'corrupt' ? EXIT.NOPERM : EXIT.IOERR)
  if (err instanceof IssueError) {
    const code = { input: EXIT.DATAERR, rollback: EXIT.DATAERR, state: EXIT.DATAERR, io: EXIT.CANTCREAT }[
      err.kind
    ]
    return new CliError(err.message, code)
  }
  if (err instanceof BulkRequestError)
    return new CliError(err.message, err.kind === 'out-dir' ? EXIT.CANTCREAT : EXIT.IOERR)
  if (err instanceof OperationError) {
    const code = { refused: EXIT.FAIL, input: EXIT.DATAERR, 'not-found': EXIT.FAIL }[err.kind]
    return new CliError(err.message, code)
  }
  return err
}

/** Run a command body, converting CISO-layer errors. */
export async function mapErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw toCliError(err)
  }
}

/**
 * The CISO key passphrase, when the key has one: from --passphrase-file, else from the terminal;
 * without either, a clear error. undefined for a key without passphrase.
 */
export async function cisoPassphrase(
  dir: string,
  passphraseFile: string | undefined,
  io: CliIo,
): Promise<string | undefined> {
  if (await cisoKeyNeedsPassphrase(dir)) {
    if (passphraseFile !== undefined) return readPassphraseFile(passphraseFile, io.cwd)
    const answer = io.prompt
      ? await io.prompt(cliText(io.lang).t('cli.ciso.passphrasePrompt'), { secret: true })
      : null
    if (answer === null || answer === '')
      throw new CliError(cliMsg('cli.ciso.error.passphraseNeeded'), EXIT.NOPERM)
    return answer
  }
  if (passphraseFile !== undefined) throw usageError(cliMsg('cli.ciso.error.noPassphrase'))
  return undefined
}

/** Load the CISO key (checked against the verified roster's campaign key), asking for its passphrase. */
export async function cisoKey(
  dir: string,
  roster: Roster,
  passphraseFile: string | undefined,
  io: CliIo,
): Promise<KeyObject> {
  const passphrase = await cisoPassphrase(dir, passphraseFile, io)
  return mapErrors(() => loadCisoKey(dir, roster, passphrase))
}

/**
 * A KeyUnlocker for one command: the passphrase is asked (or read from --passphrase-file) the first
 * time a write needs the key, and the key is kept for the rest of the command, however many files
 * it verifies or enrolls.
 */
export function cisoUnlocker(dir: string, passphraseFile: string | undefined, io: CliIo): KeyUnlocker {
  let key: Promise<KeyObject> | null = null
  return (roster) => {
    key ??= cisoKey(dir, roster, passphraseFile, io)
    return key
  }
}

/** Write an output file given with --out (atomic; never leaves a torn file). */
export async function writeOut(file: string, text: string, cwd: string): Promise<string> {
  const full = path.resolve(cwd, file)
  try {
    await fs.mkdir(path.dirname(full), { recursive: true })
    await writeFileAtomic(full, text)
  } catch (err) {
    throw new CliError(describeWriteError(full, err), EXIT.CANTCREAT)
  }
  return full
}

export { csvCell } from '../../util/csv'

/**
 * CSV for standard output (a terminal as often as a file): the shared writer (formula defusing,
 * quoting) over cells whose control, bidirectional and zero-width characters are shown as visible
 * escapes (main/util/terminal-safe.ts), so `--csv` cannot drive the terminal either.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const safe = (v: unknown): unknown =>
    typeof v === 'string' ? terminalSafe(v) : Array.isArray(v) ? v.map((x) => safe(x)) : v
  return sharedToCsv(
    header,
    rows.map((r) => r.map(safe)),
  )
}

/**
 * Ask the CISO to type "yes" (in the reader's language, or English's "yes") on the terminal, or
 * accept --yes. A usage error when there is no terminal to ask on. `question` names the word to
 * type with `{yes}`.
 */
export async function confirmTypedYes(
  io: CliIo,
  yes: boolean,
  question: (yesWord: string) => string,
  noTerminal: CliMessage,
): Promise<boolean> {
  if (yes) return true
  const tx = cliText(io.lang)
  if (!io.prompt) throw usageError(cliMsg('cli.ciso.error.cannotAsk'))
  const words = tx
    .t('cli.prompt.typedYes')
    .split(',')
    .map((w) => w.trim())
  const answer = await io.prompt(question(words[0] ?? 'yes'))
  if (answer === null) throw usageError(noTerminal)
  const accepted = new Set(
    [...words, cliText('en').t('cli.prompt.typedYes')].map((w) => w.toLocaleLowerCase(tx.lang)),
  )
  return accepted.has(answer.trim().toLocaleLowerCase(tx.lang))
}

/** Untrusted text for a terminal line: controls, bidi and zero-width characters as visible escapes. */
export const printable = terminalSafe

/** A plain text table with padded columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n') + '\n'
}
