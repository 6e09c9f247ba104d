/**
 * Helpers shared by the staff commands (`trust`, `attest`, `key`): the config folder, the device key
 * store with its passphrase, yes/no questions, and the mapping from attestation/staff errors to
 * messages and exit codes (65 malformed input, 77 trust or key problems, 73/74 cannot write).
 */
import { ensureConfigDir } from '../../attestation/config-dir'
import { AttestationError, StaffError } from '../../attestation/errors'
import { FileKeyStore, KeyStoreError, MIN_PASSPHRASE_LENGTH } from '../../attestation/key-store'
import { KeyFormatError } from '../../attestation/keys'
import { PracticeConfirmationError } from '../../practices/answers'
import { AttestInputError } from '../../staff/attest'
import { RequestMismatchError } from '../../staff/request'
import { StaffStateError } from '../../staff/state'
import { CliError, EXIT, readPassphraseFile, usageError, type CliIo } from '../command'

/** File name stem of the device key in the config folder (same as the Electron app's). */
export const DEVICE_KEY_NAME = 'device-ed25519'

/** The config folder, created private if needed. */
export async function staffConfigDir(io: CliIo): Promise<string> {
  try {
    return await ensureConfigDir({ env: io.env })
  } catch (err) {
    throw new CliError(`cannot create the Preflight folder: ${(err as Error).message}`, EXIT.CANTCREAT)
  }
}

/** Ask a yes/no question; null when there is no terminal to ask on. */
export async function askYesNo(io: CliIo, question: string): Promise<boolean | null> {
  if (io.prompt === undefined) return null
  const answer = await io.prompt(`${question} [y/N] `)
  if (answer === null) return null
  return /^\s*(y|yes)\s*$/i.test(answer)
}

/**
 * Open the device key store for an existing key: a passphrase-protected key needs
 * --passphrase-file or a typed passphrase.
 */
export async function openDeviceKeyStore(
  io: CliIo,
  dir: string,
  options: { readonly passphraseFile?: string | undefined; readonly forCreate: boolean },
): Promise<FileKeyStore> {
  const given =
    options.passphraseFile !== undefined
      ? await readPassphraseFile(options.passphraseFile, io.cwd)
      : undefined
  const existing = await FileKeyStore.detect(dir, DEVICE_KEY_NAME)
  if (existing === 'passphrase-scrypt-aes256gcm' && given === undefined) {
    const typed = io.prompt ? await io.prompt('Passphrase for the device key: ', { secret: true }) : null
    if (typed === null || typed === '') {
      throw new CliError(
        'the device key is protected by a passphrase: give it with --passphrase-file FILE (or run in a terminal to type it)',
        EXIT.NOPERM,
      )
    }
    return new FileKeyStore(dir, DEVICE_KEY_NAME, typed)
  }
  if (existing === null && options.forCreate && given === undefined && io.prompt !== undefined && io.isTty) {
    io.stderr(
      `A signing key will be created for this device. Protect it with a passphrase (at least ${MIN_PASSPHRASE_LENGTH} characters; you will need it each time you attest), or leave empty to rely on file permissions only (your attestations will say so).\n`,
    )
    const first = await io.prompt('New passphrase (empty for none): ', { secret: true })
    if (first !== null && first !== '') {
      const again = await io.prompt('Repeat the passphrase: ', { secret: true })
      if (again !== first) throw usageError('the passphrases do not match; nothing was created')
      return new FileKeyStore(dir, DEVICE_KEY_NAME, first)
    }
  }
  return new FileKeyStore(dir, DEVICE_KEY_NAME, given)
}

/** Run a staff operation, turning its errors into CLI errors with the right exit code. */
export async function withStaffErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw toCliError(err)
  }
}

/** Map an attestation/staff error to a CliError (other errors pass through unchanged). */
export function toCliError(err: unknown): unknown {
  if (err instanceof CliError) return err
  if (err instanceof KeyStoreError) {
    switch (err.problem) {
      case 'exists':
        return new CliError(`${err.message} (${err.code})`, EXIT.CANTCREAT)
      case 'io':
        return new CliError(`${err.message} (${err.code})`, EXIT.IOERR)
      case 'passphrase-too-short':
        return new CliError(err.message, EXIT.USAGE)
      default:
        return new CliError(`${err.message} (${err.code})`, EXIT.NOPERM)
    }
  }
  if (err instanceof StaffError) return new CliError(`${err.code}: ${err.message}`, EXIT.NOPERM)
  if (err instanceof AttestationError) return new CliError(`${err.code}: ${err.message}`, EXIT.DATAERR)
  if (err instanceof KeyFormatError) return new CliError(err.message, EXIT.DATAERR)
  if (err instanceof StaffStateError)
    return new CliError(err.message, err.kind === 'corrupt' ? EXIT.DATAERR : EXIT.IOERR)
  if (
    err instanceof PracticeConfirmationError ||
    err instanceof AttestInputError ||
    err instanceof RequestMismatchError
  ) {
    return new CliError(err.message, EXIT.USAGE)
  }
  return err
}
