/**
 * `preflight key show | create | delete`: the device signing key. The private key is never printed
 * or exported: a lost key means enrolling a new one with the security contact.
 */
import { FileKeyStore } from '../../attestation/key-store'
import { fingerprint, publicKeyToPem } from '../../attestation/keys'
import { EXIT, parseCommandArgs, usageError, type Command, cliMsg } from '../command'
import { commandTexts } from '../help'
import { cliText } from '../text'
import { fingerprintBlock } from './trust'
import {
  askYesNo,
  DEVICE_KEY_NAME,
  openDeviceKeyStore,
  staffConfigDir,
  withStaffErrors,
} from './staff-common'

export const keyShowCommand: Command = {
  name: 'key show',
  ...commandTexts('cli.key.show'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    })
    const tx = cliText(io.lang)
    const dir = await staffConfigDir(io)
    const store = new FileKeyStore(dir, DEVICE_KEY_NAME)
    const [protection, pub] = await withStaffErrors(async () => [
      await FileKeyStore.detect(dir, DEVICE_KEY_NAME),
      await store.publicKey(),
    ])
    if (protection === null || pub === null) {
      if (values.json) io.stdout(JSON.stringify({ fingerprint: null }) + '\n')
      else io.stdout(tx.t('cli.key.none') + '\n')
      return EXIT.FAIL
    }
    const fp = fingerprint(pub)
    if (values.json) {
      io.stdout(
        JSON.stringify(
          { fingerprint: fp, protection, publicKeyPem: publicKeyToPem(pub), keyFile: store.keyFile },
          null,
          2,
        ) + '\n',
      )
      return EXIT.OK
    }
    const how = tx.t(
      protection === 'passphrase-scrypt-aes256gcm'
        ? 'cli.key.protection.passphrase'
        : 'cli.key.protection.file',
    )
    io.stdout(
      `${tx.t('cli.key.fingerprint')}\n${fingerprintBlock(fp, tx)}${tx.t('cli.key.protection', { how })}\n` +
        `${tx.t('cli.key.file', { file: store.keyFile })}\n\n${publicKeyToPem(pub)}`,
    )
    return EXIT.OK
  },
}

export const keyCreateCommand: Command = {
  name: 'key create',
  ...commandTexts('cli.key.create'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      'passphrase-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    })
    const tx = cliText(io.lang)
    const dir = await staffConfigDir(io)
    const store = await openDeviceKeyStore(io, dir, {
      passphraseFile: values['passphrase-file'],
      forCreate: true,
    })
    const key = await withStaffErrors(() => store.create())
    const how = tx.t(
      store.protection === 'passphrase-scrypt-aes256gcm'
        ? 'cli.key.created.passphrase'
        : 'cli.key.created.file',
    )
    io.stdout(
      `${tx.t('cli.key.created', { how })}\n${tx.t('cli.key.createdFingerprint')}\n${fingerprintBlock(fingerprint(key), tx)}`,
    )
    return EXIT.OK
  },
}

export const keyDeleteCommand: Command = {
  name: 'key delete',
  ...commandTexts('cli.key.delete'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      yes: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    })
    const tx = cliText(io.lang)
    if (!values.yes) {
      const ok = await askYesNo(io, tx.t('cli.key.deleteQuestion'), tx)
      if (ok !== true) throw usageError(cliMsg('cli.key.error.notDeleted'))
    }
    const dir = await staffConfigDir(io)
    const store = new FileKeyStore(dir, DEVICE_KEY_NAME)
    const had = await withStaffErrors(() => store.exists())
    await withStaffErrors(() => store.delete())
    io.stdout(tx.t(had ? 'cli.key.deleted' : 'cli.key.noneToDelete') + '\n')
    return EXIT.OK
  },
}
