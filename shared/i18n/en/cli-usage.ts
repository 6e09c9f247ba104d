/**
 * English error lines of the command line: the frame runCli prints an error in, usage errors
 * (`cli.usage.*`, exit 64), the argument parser's errors, input-file problems, and each command's
 * own errors (`cli.<command>.error.*`). Paths, ids, option names and values are placeholders.
 */

export const CLI_USAGE_EN = {
  'cli.error.global': 'preflight: {message}',
  'cli.error.line': 'preflight {command}: {message}',
  'cli.error.seeHelp': 'Run `preflight {command} --help` for usage.',
  'cli.error.internal': 'preflight {command}: internal error: {detail}',
  'cli.error.unknownCommand': 'preflight: unknown command "{command}". Run `preflight --help` for the list.',
  'cli.error.keyed': '{message} ({code})',
  'cli.error.coded': '{code}: {message}',
  'cli.error.inFile': '{file}: {message}',

  'cli.usage.unknownOption': "Unknown option '{option}'",
  'cli.usage.unknownOptionPositional':
    "Unknown option '{option}'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"{option}\"",
  'cli.usage.noArgument': "Option '{option}' does not take an argument",
  'cli.usage.argumentMissing': "Option '{option}' argument missing",
  'cli.usage.unexpectedPositional':
    "Unexpected argument '{value}'. This command does not take positional arguments",
  'cli.usage.ambiguous':
    "Option '{option}' argument is ambiguous.\nDid you forget to specify the option argument for '{option}'?\nTo specify an option argument starting with a dash use '{option}=-XYZ'.",
  'cli.usage.other': '{message}',
  'cli.usage.now': '--now must be an ISO-8601 date, got "{value}"',
  'cli.usage.positiveInt': '{option} must be a positive whole number',
  'cli.usage.together': '{a} and {b} cannot be used together',
  'cli.usage.required': '{option} is required',
  'cli.usage.oneOf': '{option} must be one of {values}',

  'cli.file.policy': 'policy file',
  'cli.file.transcript': 'transcript',
  'cli.file.key': 'key file',
  'cli.file.request': 'request file',
  'cli.file.passphrase': 'passphrase file',
  'cli.file.staffList': 'staff list',
  'cli.file.publicKey': 'public key',
  'cli.input.notAFile': '{what} {file} is not a file',
  'cli.input.tooLarge': '{what} {file} is too large ({size} bytes)',
  'cli.input.notFound': '{what} not found: {file}',
  'cli.input.notReadable': '{what} is not readable: {file}',
  'cli.input.cannotRead': 'could not read {what} {file}: {detail}',
  'cli.input.passphraseEmpty': 'the passphrase file {file} is empty',
  'cli.input.invalidPolicy': '{file}: {problems}\n(invalid policy; nothing was checked)',

  'cli.check.error.unknownCheck': '--only: unknown check "{value}" (known: {checks})',
  'cli.check.error.unknownPractice': '--confirm: not a practice your campaign asks for: {ids}',

  'cli.fix.error.noFix': 'no fix with id "{id}"',
  'cli.fix.error.name': 'name the check to fix ({checks})',
  'cli.fix.error.unexpected': 'unexpected argument "{value}"',
  'cli.fix.error.unknown': 'unknown check or practice "{id}" (checks: {checks}; practices: {practices})',
  'cli.fix.error.didNotRun': 'the check did not run',

  'cli.trust.error.oneFile': 'give one key file',
  'cli.trust.error.notConfirmed':
    'compare the fingerprint above with your security contact, then run again with --yes',
  'cli.trust.error.noMatch': 'not pinned. Ask your security contact to send the key again.',

  'cli.attest.error.purpose': '--purpose must be onboarding, periodic or offboarding, got "{value}"',
  'cli.attest.error.noFolder': 'the folder {folder} does not exist; nothing was signed',
  'cli.attest.error.requestBoth': 'give either --request or --request-text, not both',
  'cli.attest.error.needsRequest':
    'an {purpose} attestation answers a request from your security contact: give --request FILE or --request-text TEXT',
  'cli.attest.error.staffId': '--staff-id is required (your staff id as your security contact knows it)',
  'cli.attest.error.deleteKeyAfter': '--delete-key-after is only for offboarding',
  'cli.attest.error.unknownPractice':
    '--confirm: not a practice of this {purpose} attestation: {ids} (preflight check lists them)',
  'cli.attest.error.exists': '{file} already exists (use --force to replace it); nothing was signed',
  'cli.attest.error.showYes': 'nothing was signed: run again with --yes to sign after --show',
  'cli.attest.error.notSaved': '{detail}; the attestation was not saved',
  'cli.attest.error.completeFirst': 'please complete "{title}" first, then run this again',

  'cli.key.error.notDeleted': 'not deleted: confirm with --yes',
  'cli.staff.error.configDir': 'cannot create the Preflight folder: {detail}',
  'cli.staff.error.passphraseNeeded':
    'the device key is protected by a passphrase: give it with --passphrase-file FILE (or run in a terminal to type it)',
  'cli.staff.error.passphrasesDiffer': 'the passphrases do not match; nothing was created',

  'cli.ciso.error.passphraseNeeded':
    'the CISO key is protected by a passphrase; give it with --passphrase-file FILE or run in a terminal',
  'cli.ciso.error.noPassphrase': 'the CISO key has no passphrase; run without --passphrase-file',
  'cli.ciso.error.cannotAsk': 'cannot ask for confirmation here; pass --yes',
  'cli.ciso.init.error.exists': '{dir} already holds a campaign; nothing was changed',
  'cli.ciso.init.error.passphrase':
    'the CISO key needs a passphrase: run in a terminal, or give --passphrase-file FILE (--insecure-no-passphrase only for tests)',
  'cli.ciso.init.error.passphrasesDiffer': 'the two passphrases differ; nothing was created',
  'cli.ciso.policy.sign.error.oneFile': 'give exactly one policy file',
  'cli.ciso.policy.retire.error.id': 'give the policy id',
  'cli.ciso.policy.retire.error.notFound': 'no accepted policy {id} v{version} in this campaign',
  'cli.ciso.request.error.outDir': '--staff-list needs --out-dir DIR (a new or empty folder)',
  'cli.ciso.request.error.validDays': '--valid-days must be at most 365',
  'cli.ciso.request.error.idOrList': 'give --staff-id or --staff-list, not both',
  'cli.ciso.request.error.oneRequest':
    '--out and --text are for one request; --staff-list writes to --out-dir',
  'cli.ciso.request.error.outDirAlone': '--out-dir goes with --staff-list',
  'cli.ciso.request.error.staffId': '--staff-id (or --staff-list) is required',
  'cli.ciso.verify.error.none': 'give at least one attestation file or folder',
  'cli.ciso.verify.error.noFiles': 'no attestation files (*.json) found in {paths}',
  'cli.ciso.enroll.error.oneFile': 'give exactly one onboarding attestation file',
  'cli.ciso.enroll.error.noTerminal': 'no terminal to confirm the fingerprint; compare it, then pass --yes',
  'cli.ciso.revoke.error.one': 'give one fingerprint or staff id',
  'cli.ciso.offboard.error.oneFile': 'give exactly one offboarding attestation file',
  'cli.ciso.export-allowed-signers.error.namespace': '--namespace: use letters, digits and @ . _ -',
  'cli.ciso.trust-campaign.error.fingerprint': '--fingerprint: give at least 32 hex digits',
  'cli.ciso.trust-campaign.error.noTerminal': 'no terminal to confirm; compare, then pass --yes',
  'cli.ciso.trust-campaign.error.differs':
    'the fingerprint differs from --fingerprint: nothing was pinned. Someone may have replaced ciso.pub.pem and the roster; restore the folder from your backup.',
  'cli.ciso.migrate.error.notConfirmed': 'not confirmed; nothing was migrated',
} as const satisfies Readonly<Record<string, string>>
