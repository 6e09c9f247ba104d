/**
 * English output and questions of the `preflight ciso …` commands. Values stay values: paths,
 * staff ids, device labels, fingerprints, policy ids, outcome and reason codes (ACCEPTED,
 * ROSTER_ROLLBACK…), statuses and results as the roster writes them, dates in ISO 8601, and the
 * commands printed for pasting (shell-quoted by the code). `--json` and `--csv` are not worded here.
 */

export const CLI_CISO_EN = {
  'cli.prompt.typedYes': 'yes',
  'cli.list.and': '{a} and {b}',

  'cli.ciso.passphrasePrompt': 'CISO key passphrase: ',
  'cli.ciso.fullFingerprint': '(full: {hex})',
  'cli.ciso.keyFingerprint': 'CISO key fingerprint: {fp}',
  'cli.ciso.storedIn': 'Stored in {file}',
  'cli.ciso.writtenTo': 'Written to {file}',
  'cli.ciso.defaultsSigned':
    'note: no policy signed yet; signed the built-in defaults as policy "default" v1',
  'cli.ciso.none': '(none)',

  'cli.ciso.column.outcome': 'OUTCOME',
  'cli.ciso.column.posture': 'POSTURE',
  'cli.ciso.column.practices': 'PRACTICES',
  'cli.ciso.column.staff': 'STAFF',
  'cli.ciso.column.device': 'DEVICE',
  'cli.ciso.column.purpose': 'PURPOSE',
  'cli.ciso.column.collected': 'COLLECTED',
  'cli.ciso.column.file': 'FILE',
  'cli.ciso.column.platform': 'PLATFORM',
  'cli.ciso.column.status': 'STATUS',
  'cli.ciso.column.lastAttestation': 'LAST ATTESTATION',
  'cli.ciso.column.notPassing': 'NOT PASSING',
  'cli.ciso.column.fingerprint': 'FINGERPRINT',

  'cli.ciso.init.newPassphrase': 'New CISO key passphrase: ',
  'cli.ciso.init.again': 'Type it again: ',
  'cli.ciso.init.created': 'Created campaign folder {dir}',
  'cli.ciso.init.giveStaff':
    'Give staff {file} and read them this fingerprint in person or\nover a verified call, so they pin the right key. This laptop has pinned it for the campaign.',
  'cli.ciso.init.insecure':
    'warning: the CISO key is NOT encrypted (--insecure-no-passphrase): anyone who can read the campaign folder can sign trust decisions',

  'cli.ciso.policy.sign.signed': 'Signed policy {id} v{version} (digest {digest})',
  'cli.ciso.policy.retire.done': 'Policy {id} v{version} is no longer accepted.',

  'cli.ciso.request.issued':
    'Issued {purpose} request {id} for {staff}, policy {policy} v{version}, valid until {until}',
  'cli.ciso.request.listProblems': '{file}: the staff list has problems; nothing was issued:',
  'cli.ciso.request.listProblemLine': 'line {line}: {problem}',
  'cli.ciso.request.bulkIssued':
    'Issued {count} requests ({purposes}), policy {policy} v{version}, valid until {until}',
  'cli.ciso.request.bulkPurpose': '{count} {purpose}',
  'cli.ciso.request.bulkWritten':
    'Written to {dir}: one file per staffer and {index} (name, staff id, file and pasteable request text, for a mail merge)',

  'cli.ciso.verify.cannotRead': 'preflight ciso verify: cannot read {path}: {message}',
  'cli.ciso.verify.skipped': 'preflight ciso verify: skipped {path}: {reason}',
  'cli.ciso.verify.details': 'Details:',
  'cli.ciso.verify.note': '{file}: {code}: {message}',
  'cli.ciso.verify.note.failing': '{file}: {code}: {message} (not passing: {checks})',
  'cli.ciso.verify.unmet': 'practices {result}: not measured or confirmed: {ids}',
  'cli.ciso.verify.fingerprint': 'device key fingerprint: {fp}',
  'cli.ciso.verify.enroll': 'to enroll it once you have compared the fingerprint: {command}',
  'cli.ciso.verify.enrollUnsafe':
    'to enroll it once you have compared the fingerprint, run `preflight ciso enroll <file> --staff-id <id>`: the command is not printed because the file name holds characters that cannot be shown safely; rename the file first',
  'cli.ciso.verify.totals':
    '{files} file(s): {accepted} accepted, {already} already recorded, {rejected} rejected; {passing} with a passing posture.',
  'cli.ciso.verify.dryRun': 'Dry run: nothing was recorded.',
  'cli.ciso.verify.saved': 'Roster updated.',

  'cli.ciso.enroll.preview': 'Device "{label}" ({platform}, key stored as {protection}) of {staff}',
  'cli.ciso.enroll.fingerprint': 'Fingerprint: {fp}',
  'cli.ciso.enroll.compare':
    'Ask the staffer to read the fingerprint shown in their Preflight window and compare every group.',
  'cli.ciso.enroll.question': 'Does it match exactly? Type "{yes}" to enroll: ',
  'cli.ciso.enroll.done': 'Enrolled {label} for {staff} (fingerprint {fp}); onboarding posture: {result}',
  'cli.ciso.enroll.done.failing':
    'Enrolled {label} for {staff} (fingerprint {fp}); onboarding posture: {result} (not passing: {checks})',

  'cli.ciso.roster.empty':
    'No devices enrolled yet. Enroll one with `preflight ciso enroll <onboarding file> --staff-id <id>`.',
  'cli.ciso.roster.stale': '{status} STALE',
  'cli.ciso.roster.never': 'never',

  'cli.ciso.revoke.done': 'Revoked {label} of {staff} (fingerprint {fp})',
  'cli.ciso.offboard.done': 'Offboarded {label} of {staff} (fingerprint {fp}); final posture: {result}',
  'cli.ciso.offboard.unconfirmed': 'not confirmed by the staffer: {text}',

  'cli.ciso.trust-campaign.preview':
    'Campaign "{org}" in {dir}: roster revision {revision} of {updatedAt}, {devices} device(s)',
  'cli.ciso.trust-campaign.fingerprint': 'Campaign key fingerprint: {fp}',
  'cli.ciso.trust-campaign.replaces': 'This replaces the key pinned before: {fp}',
  'cli.ciso.trust-campaign.question': 'Is this the campaign key you created? Type "{yes}" to pin it: ',
  'cli.ciso.trust-campaign.already': 'Already pinned on this laptop: {fp}',
  'cli.ciso.trust-campaign.pinned': 'Pinned campaign key {fp} (roster revision {revision}) on this laptop.',

  'cli.ciso.migrate.heading': 'Campaign "{org}": unsigned roster revision {revision} of {updatedAt}',
  'cli.ciso.migrate.devices': 'Devices ({count}):',
  'cli.ciso.migrate.policies': 'Policies ({count}):',
  'cli.ciso.migrate.policy': '{id} v{version}: requires {requires}',
  'cli.ciso.migrate.policy.retired': '{id} v{version} (retired): requires {requires}',
  'cli.ciso.migrate.nothing': 'NOTHING',
  'cli.ciso.migrate.requests': 'Requests: {total} issued, {answered} answered.',
  'cli.ciso.migrate.caseMerge': 'Note: {spellings} differ only by case; they become one person, "{kept}".',
  'cli.ciso.migrate.warning':
    'Anyone who could write to this folder could have edited this file. Check that these are exactly\nthe devices you enrolled, that the ones you revoked are not "active", and the required checks.',
  'cli.ciso.migrate.question': 'Are these your trust decisions? Type "{yes}" to sign them: ',
  'cli.ciso.migrate.done':
    'Signed roster revision {revision}; the campaign is pinned on this laptop. The old file is roster.v1.json.',
} as const satisfies Readonly<Record<string, string>>
