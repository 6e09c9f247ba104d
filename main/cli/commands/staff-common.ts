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
import { CliError, cliMsg, EXIT, readPassphraseFile, usageError, type CliIo } from '../command'
import { cliText, type CliText } from '../text'

/** File name stem of the device key in the config folder (same as the Electron app's). */
export const DEVICE_KEY_NAME = 'device-ed25519'

/** The config folder, created private if needed. */
export async function staffConfigDir(io: CliIo): Promise<string> {
  try {
    return await ensureConfigDir({ env: io.env })
  } catch (err) {
    throw new CliError(
      cliMsg('cli.staff.error.configDir', { detail: (err as Error).message }),
      EXIT.CANTCREAT,
    )
  }
}

/** Ask a yes/no question; null when there is no terminal to ask on. */
export async function askYesNo(
  io: CliIo,
  question: string,
  tx: CliText = cliText(io.lang),
): Promise<boolean | null> {
  if (io.prompt === undefined) return null
  const answer = await io.prompt(tx.t('cli.prompt.yesNo', { question }))
  if (answer === null) return null
  // The language's yes words (`cli.prompt.yesAnswers`, comma-separated), and English's in every language.
  const yes = new Set(
    [tx.t('cli.prompt.yesAnswers'), cliText('en').t('cli.prompt.yesAnswers')]
      .flatMap((list) => list.split(','))
      .map((w) => w.trim().toLocaleLowerCase(tx.lang)),
  )
  return yes.has(answer.trim().toLocaleLowerCase(tx.lang))
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
  const tx = cliText(io.lang)
  const given =
    options.passphraseFile !== undefined
      ? await readPassphraseFile(options.passphraseFile, io.cwd)
      : undefined
  const existing = await FileKeyStore.detect(dir, DEVICE_KEY_NAME)
  if (existing === 'passphrase-scrypt-aes256gcm' && given === undefined) {
    const typed = io.prompt ? await io.prompt(tx.t('cli.key.passphrasePrompt'), { secret: true }) : null
    if (typed === null || typed === '') {
      throw new CliError(cliMsg('cli.staff.error.passphraseNeeded'), EXIT.NOPERM)
    }
    return new FileKeyStore(dir, DEVICE_KEY_NAME, typed)
  }
  if (existing === null && options.forCreate && given === undefined && io.prompt !== undefined && io.isTty) {
    io.stderr(tx.t('cli.key.createIntro', { min: MIN_PASSPHRASE_LENGTH }) + '\n')
    const first = await io.prompt(tx.t('cli.key.newPassphrase'), { secret: true })
    if (first !== null && first !== '') {
      const again = await io.prompt(tx.t('cli.key.repeatPassphrase'), { secret: true })
      if (again !== first) throw usageError(cliMsg('cli.staff.error.passphrasesDiffer'))
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
        return new CliError(
          cliMsg('cli.error.keyed', { message: err.message, code: err.code }),
          EXIT.CANTCREAT,
        )
      case 'io':
        return new CliError(cliMsg('cli.error.keyed', { message: err.message, code: err.code }), EXIT.IOERR)
      case 'passphrase-too-short':
        return new CliError(err.message, EXIT.USAGE)
      default:
        return new CliError(cliMsg('cli.error.keyed', { message: err.message, code: err.code }), EXIT.NOPERM)
    }
  }
  if (err instanceof StaffError)
    return new CliError(cliMsg('cli.error.coded', { code: err.code, message: err.message }), EXIT.NOPERM)
  if (err instanceof AttestationError)
    return new CliError(cliMsg('cli.error.coded', { code: err.code, message: err.message }), EXIT.DATAERR)
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
