/**
 * `preflight key show | create | delete`: the device signing key. The private key is never printed
 * or exported: a lost key means enrolling a new one with the security contact.
 */
import { FileKeyStore } from '../../attestation/key-store'
import { fingerprint, publicKeyToPem } from '../../attestation/keys'
import { EXIT, parseCommandArgs, usageError, type Command } from '../command'
import { fingerprintBlock } from './trust'
import {
  askYesNo,
  DEVICE_KEY_NAME,
  openDeviceKeyStore,
  staffConfigDir,
  withStaffErrors,
} from './staff-common'

const SHOW_HELP = `Usage: preflight key show [--json]

Show this device's signing key: its fingerprint (to read to your security contact), how it is
protected, and the public key. The private key is never shown.

Options:
  --json                 print {fingerprint, protection, publicKeyPem, keyFile} as JSON
  -h, --help             show this help

Exit codes: 0 shown, 1 there is no key yet, 65 the key files are damaged.
`

const CREATE_HELP = `Usage: preflight key create [--passphrase-file FILE]

Create this device's Ed25519 signing key (normally done by \`preflight attest\` when answering an
onboarding request). Refuses if a key exists. In a terminal you are asked for an optional
passphrase; otherwise the key is protected by file permissions only, unless --passphrase-file
gives one (its first line; at least 8 characters).

Options:
  --passphrase-file FILE encrypt the key with this passphrase (scrypt + AES-256-GCM)
  -h, --help             show this help

Exit codes: 0 created, 64 usage error, 66 passphrase file missing, 73 a key already exists.
`

const DELETE_HELP = `Usage: preflight key delete --yes

Delete this device's signing key (for example after offboarding). Attestations can no longer be
signed on this device until a new key is enrolled. Deleting is best effort: on SSDs the old bytes
may survive until overwritten; full-disk encryption protects them.

Options:
  --yes                  required: confirms the deletion
  -h, --help             show this help

Exit codes: 0 deleted (or there was none), 64 not confirmed, 65 damaged key files, 74 I/O error,
77 key store problem.
`

export const keyShowCommand: Command = {
  name: 'key show',
  summary: "show this device's key fingerprint and protection",
  help: SHOW_HELP,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    })
    if (values.help) {
      io.stdout(SHOW_HELP)
      return EXIT.OK
    }
    const dir = await staffConfigDir(io)
    const store = new FileKeyStore(dir, DEVICE_KEY_NAME)
    const [protection, pub] = await withStaffErrors(async () => [
      await FileKeyStore.detect(dir, DEVICE_KEY_NAME),
      await store.publicKey(),
    ])
    if (protection === null || pub === null) {
      if (values.json) io.stdout(JSON.stringify({ fingerprint: null }) + '\n')
      else io.stdout('There is no signing key on this device yet (it is created during onboarding).\n')
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
    const how =
      protection === 'passphrase-scrypt-aes256gcm'
        ? 'encrypted with your passphrase (scrypt + AES-256-GCM)'
        : 'NOT encrypted: protected only by file permissions (mode 0600)'
    io.stdout(
      `Device key fingerprint:\n${fingerprintBlock(fp)}Protection: ${how}\nKey file: ${store.keyFile}\n\n${publicKeyToPem(pub)}`,
    )
    return EXIT.OK
  },
}

export const keyCreateCommand: Command = {
  name: 'key create',
  summary: 'create the device signing key',
  help: CREATE_HELP,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      'passphrase-file': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    })
    if (values.help) {
      io.stdout(CREATE_HELP)
      return EXIT.OK
    }
    const dir = await staffConfigDir(io)
    const store = await openDeviceKeyStore(io, dir, {
      passphraseFile: values['passphrase-file'],
      forCreate: true,
    })
    const key = await withStaffErrors(() => store.create())
    io.stdout(
      `Created the device key (${store.protection === 'passphrase-scrypt-aes256gcm' ? 'passphrase-protected' : 'not encrypted, file permissions only'}).\nFingerprint:\n${fingerprintBlock(fingerprint(key))}`,
    )
    return EXIT.OK
  },
}

export const keyDeleteCommand: Command = {
  name: 'key delete',
  summary: 'delete the device signing key',
  help: DELETE_HELP,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      yes: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    })
    if (values.help) {
      io.stdout(DELETE_HELP)
      return EXIT.OK
    }
    if (!values.yes) {
      const ok = await askYesNo(io, 'Delete the device signing key? This cannot be undone.')
      if (ok !== true) throw usageError('not deleted: confirm with --yes')
    }
    const dir = await staffConfigDir(io)
    const store = new FileKeyStore(dir, DEVICE_KEY_NAME)
    const had = await withStaffErrors(() => store.exists())
    await withStaffErrors(() => store.delete())
    io.stdout(had ? 'Deleted the device signing key.\n' : 'There was no device signing key.\n')
    return EXIT.OK
  },
}
