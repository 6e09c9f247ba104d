/**
 * English `--help` texts and one-line summaries of every `preflight` command (keys
 * `cli.<command words>.help` / `.summary`), the command list, and the option lines several
 * commands share (`cli.options.*`). Rendered per language when printed (main/cli/index.ts).
 * Values stay as values: check ids (`{checks}`), purposes, limits and the shared option lines are
 * placeholders; option names, command names and FILE-style placeholders are never translated.
 */

export const CLI_HELP_EN = {
  'cli.list.help': `Usage: preflight <command> [options]

Preflight checks that this laptop meets your campaign's security bar, explains how to fix what does
not, and produces a signed attestation for your security contact. It never uses the network.

Commands:
{commands}

Run \`preflight <command> --help\` for a command's options.
Options: -h, --help   this help;  -v, --version   print the version
`,
  'cli.options.probe': `  --policy <file>        policy JSON overriding the defaults (see README, "Policy")
  --record <file>        also write a transcript of everything the checks saw
  --replay <file>        run the checks against a transcript instead of this machine
  --now <iso-date>       judge dates as of this time (default: now, or the transcript's time)`,
  'cli.options.campaign': `  --campaign <dir>       the campaign folder (default: $PREFLIGHT_CAMPAIGN, else the current
                         folder if it is one)`,
  'cli.options.passphrase': `  --passphrase-file <f>  the CISO key passphrase, first line of <f> (otherwise asked on the
                         terminal, once, and only when something is written)`,
  'cli.options.now': `  --now <iso-date>       judge times as of this moment (default: now; for audits and tests)`,

  'cli.check.summary': 'check this laptop and print a report',
  'cli.check.help': `Usage: preflight check [options]

Check this laptop: OS supported and patched, disk encryption, firewall, screen lock and automatic
updates. Nothing leaves the machine; no administrator rights are needed.

Options:
  --json                 print one JSON report (format preflight-report/v1) instead of text
  --only <ids>           comma-separated checks to run ({checks})
  --timeout <seconds>    time allowed per check (default 30)
  --confirm <id>         show a practice your campaign asks for as confirmed (repeatable)
{probeOptions}
  -h, --help             show this help

After the checks, the practices your campaign asks for at routine check-ins are listed (two-factor
sign-in, Signal, a password manager…): what Preflight found on this laptop and what you can confirm.
They are not part of the result or the exit code.

Exit codes: 0 all required checks pass, 1 a required check fails, 2 none fails but some are
unknown, 64 usage error, 65 malformed input file, 66 input file missing, 73/74 cannot write output.
`,

  'cli.fix.summary': 'show how to fix one check, step by step',
  'cli.fix.help': `Usage: preflight fix <check | practice> [options]

Check one setting on this laptop and print step-by-step instructions to fix it, written for this
operating system version and desktop. Checks: {checks}.
A practice your campaign asks for (its id as \`preflight check\` lists it, e.g. two-factor-email or
signal) gets why it matters, the steps for this platform or service, and vendor help pages.

Options:
  --json                 print the check result and the fix as JSON
  --id <remediation-id>  print a fix from the catalogue by id, without checking
{probeOptions}
  -h, --help             show this help

Exit codes: as \`preflight check\` for the one check (0 pass, 1 fail, 2 unknown); 64 usage error.
`,

  'cli.probes.summary': 'list every command and file the checks may probe',
  'cli.probes.help': `Usage: preflight probes [--platform darwin|win32|linux] [--json]

Print every command Preflight may run, every file it may read, every folder it may list and every
path it may look at to check a laptop, per check, then for the campaign practices it can measure
(Signal Desktop, a password manager, Find My). Nothing else on the machine is touched. Default
platform: this one.

Options:
  --platform <p>   darwin, win32 or linux
  --json           machine-readable list
  -h, --help       show this help

Exit codes: 0 printed, 64 usage error.
`,

  'cli.trust.summary': "pin your security contact's public key",
  'cli.trust.help': `Usage: preflight trust CISO-KEY-FILE [--yes] [--replace | --add] [--now <iso>]
       preflight trust            list the pinned keys

Pin your security contact's (CISO's) public key. Preflight then accepts requests and policies
only when that key signed them. Compare the fingerprint shown with the one your security contact
reads to you in person or over a verified call before you confirm.

Options:
  --yes                  do not ask; you have already compared the fingerprint
  --replace              replace a different key pinned before (your contact changed keys)
  --add                  pin a second key beside the first (your contact's backup key)
  --now <iso-date>       the time recorded as when the key was pinned (default: now; for tests)
  -h, --help             show this help

Exit codes: 0 pinned (or already pinned), 64 usage error or not confirmed, 65 not an Ed25519
public key, 66 file missing, 77 a different key is already pinned (use --replace or --add).
`,

  'cli.attest.summary': 'check this laptop and write a signed attestation',
  'cli.attest.help': `Usage: preflight attest [--request FILE | --request-text TEXT] --staff-id ID [options]

Check this laptop and write a signed attestation for your security contact. With a request from
them (a file, or the PREFLIGHT-REQUEST text they sent), the request is verified first against their
pinned key (\`preflight trust\`) and its policy is used; without one, an unsolicited periodic report
is made with the latest policy received.

Options:
  --request FILE         the request file (.json) or a text file containing the pasted request
  --request-text TEXT    the pasted request text (PREFLIGHT-REQUEST: …)
  --purpose P            onboarding, periodic or offboarding (default: the request's, else periodic)
  --staff-id ID          your staff id as your security contact knows it (default: the request's)
  --device-label L       a name for this laptop (default: platform and key fingerprint)
  --out FILE|DIR         where to write (default: <staff>_<label>_<time>.posture.json here)
  --force                replace an existing output file
  --show                 print the exact statement that will be signed and ask before signing
  --yes                  do not ask (with --show: sign without asking)
  --confirm ID           confirm a practice your campaign asks for (repeat for each; on a terminal
                         you are asked about the others, one by one; see preflight check)
  --delete-key-after     offboarding: delete the device key after the file is written
  --passphrase-file F    the device key passphrase (first line of F)
  --timeout <seconds>    time allowed per check (default 30)
  --record <file>        also write a transcript of everything the checks saw
  --replay <file>        attest a recorded transcript instead of this machine (tests, support;
                         the attestation says "replayed": true)
  --now <iso-date>       judge dates (checks and request validity) as of this time
  -h, --help             show this help

Practices (two-factor sign-in, Signal, a password manager…) go into the file apart from the checks:
what Preflight measured on this laptop, and what you confirmed. Nothing you type goes into the file,
only the ids of what you confirmed. When leaving, every required step must be confirmed.

Exit codes: 0 written (whatever the checks found: the file says), 64 usage error or a leaving step not
confirmed, 65 malformed request, 66 missing input, 73 cannot write the file (or it exists),
77 untrusted/altered/expired request, policy rollback, or a key problem.
`,

  'cli.key.show.summary': "show this device's key fingerprint and protection",
  'cli.key.show.help': `Usage: preflight key show [--json]

Show this device's signing key: its fingerprint (to read to your security contact), how it is
protected, and the public key. The private key is never shown.

Options:
  --json                 print {fingerprint, protection, publicKeyPem, keyFile} as JSON
  -h, --help             show this help

Exit codes: 0 shown, 1 there is no key yet, 65 the key files are damaged.
`,

  'cli.key.create.summary': 'create the device signing key',
  'cli.key.create.help': `Usage: preflight key create [--passphrase-file FILE]

Create this device's Ed25519 signing key (normally done by \`preflight attest\` when answering an
onboarding request). Refuses if a key exists. In a terminal you are asked for an optional
passphrase; otherwise the key is protected by file permissions only, unless --passphrase-file
gives one (its first line; at least 8 characters).

Options:
  --passphrase-file FILE encrypt the key with this passphrase (scrypt + AES-256-GCM)
  -h, --help             show this help

Exit codes: 0 created, 64 usage error, 66 passphrase file missing, 73 a key already exists.
`,

  'cli.key.delete.summary': 'delete the device signing key',
  'cli.key.delete.help': `Usage: preflight key delete --yes

Delete this device's signing key (for example after offboarding). Attestations can no longer be
signed on this device until a new key is enrolled. Deleting is best effort: on SSDs the old bytes
may survive until overwritten; full-disk encryption protects them.

Options:
  --yes                  required: confirms the deletion
  -h, --help             show this help

Exit codes: 0 deleted (or there was none), 64 not confirmed, 65 damaged key files, 74 I/O error,
77 key store problem.
`,

  'cli.ciso.init.summary': 'create a campaign folder with a new CISO key and an empty roster',
  'cli.ciso.init.help': `Usage: preflight ciso init --dir <dir> [--org <name>] [--passphrase-file <file>]
                         [--insecure-no-passphrase] [--now <iso>]

Create a campaign folder: the CISO's Ed25519 signing key (ciso.key, mode 0600, encrypted with your
passphrase), its public key (ciso.pub.pem, which staff pin), an empty roster (roster.json, signed
with the key) and issued/ for the policies and requests you sign. This laptop pins the new key and
campaign in your config folder, so a folder whose key or roster is later replaced is refused.
Back the folder up by copying it.

Every trust decision (enrolled keys, revocations, answered requests, required checks) is signed
with this key, so it needs a passphrase: typed twice on the terminal, or --passphrase-file.

Options:
  --dir <dir>              folder to create (refused if it already holds a campaign)
  --org <name>             campaign or organisation name (default: the folder name)
  --passphrase-file <f>    encrypt the CISO key with the passphrase on the first line of <f>
  --insecure-no-passphrase store the key unencrypted: anyone who can read the folder (a shared
                           drive, a backup) can then sign trust decisions. Tests and demos only.
  --now <iso-date>         the time recorded as the campaign's creation (default: now; for tests)
  -h, --help               show this help

Exit codes: 0 created, 64 usage (no passphrase given), 73 the folder already holds a campaign or
cannot be written, 77 key problem.
`,

  'cli.ciso.policy.sign.summary': 'sign a policy file (id + version, optional OS support table) for staff',
  'cli.ciso.policy.sign.help': `Usage: preflight ciso policy sign <policy.json> [--out <file>] [--campaign <dir>]
                                [--passphrase-file <file>] [--now <iso>]

Sign a policy (the JSON format of \`preflight check --policy\`, with "id" and "version"; it may carry
an "osSupport" table that replaces the bundled one). The version must be above every version already
signed for that id: staff apps refuse lower versions (anti-rollback). The signed policy is stored in
issued/policies/ and recorded in the roster; attestations are accepted only under policies you issued.

Options:
  --out <file>             also write the signed policy here (to send to staff)
{campaignOption}
  --passphrase-file <f>    the CISO key passphrase (otherwise asked on the terminal)
  --now <iso-date>         the signing time written in the policy (default: now; for tests)
  -h, --help               show this help

Exit codes: 0 signed, 64 usage, 65 invalid policy or version not above the last, 66 file missing,
73 cannot write, 77 CISO key problem.
`,

  'cli.ciso.policy.retire.summary': 'stop accepting attestations judged against an old policy version',
  'cli.ciso.policy.retire.help': `Usage: preflight ciso policy retire <id> --version <n> [--now <iso>] [--campaign <dir>]
                                 [--passphrase-file <file>]

Mark a policy version you signed as no longer accepted: attestations judged against it are rejected
with POLICY_UNKNOWN from now on (those already recorded stay in the history). Use it after staff have
moved to a newer version. Open requests that carry this policy can no longer be answered.

Options:
  --version <n>          the version to retire
  --now <iso-date>       the time recorded for the change (default: now; for tests)
{campaignOption}
{passphraseOption}
  -h, --help             show this help

Exit codes: 0 retired, 1 no such policy version (or already retired), 64 usage, 77 key or
campaign folder refused.
`,

  'cli.ciso.request.summary':
    'issue signed, single-use requests (nonce + policy): to one staffer, or to a staff list',
  'cli.ciso.request.help': `Usage: preflight ciso request --staff-id <id> --purpose <{purposes}>
                            [--policy <file>] [--valid-days <n>] [--out <file>] [--text]
                            [--campaign <dir>] [--passphrase-file <file>] [--now <iso>]
       preflight ciso request --staff-list <file.csv> --out-dir <dir> [--purpose <p>]
                            [--policy <file>] [--valid-days <n>]
                            [--campaign <dir>] [--passphrase-file <file>] [--now <iso>]

Issue a request: a fresh 32-byte single-use nonce for this staffer and purpose, an expiry, and the
policy to check against, all signed with the CISO key. The staffer imports it in Preflight (file or
pasted text) and sends back an attestation that carries the nonce; \`ciso verify\` accepts each
nonce once. Stored in issued/requests/ and recorded in the roster.

With --staff-list, one request per staffer of a CSV list (UTF-8, a header row, then one staffer per
line: "staff id,name,purpose"; name and purpose are optional columns, an empty purpose cell takes
--purpose). The list is checked first: every bad line is reported with its number and nothing is
issued (bad staff ids, the same staff id twice in any case, unknown columns, bad quoting, more than
{maxRows} staffers). Then all requests are signed with one passphrase, recorded in one
roster write, and written to --out-dir (a new or empty folder): <staff id>_<purpose>.request.json
per staffer and index.csv (name, staffId, purpose, file, requestId, validUntil, requestText) for a
mail merge with your own email or Signal. A failure half-way (a full disk) issues nothing.

Options:
  --staff-id <id>          who the request is for (e.g. alice@campaign.example)
  --staff-list <file>      a CSV staff list (see above) instead of --staff-id
  --out-dir <dir>          with --staff-list: the folder to create for the requests and index.csv
  --purpose <p>            onboarding, periodic or offboarding (with --staff-list: for lines whose
                           purpose cell is empty, or the whole list when it has no purpose column)
  --policy <file>          a policy signed with \`ciso policy sign\`, or a plain policy JSON (signed
                           now); default: the most recent policy you signed (or the built-in defaults,
                           signed as policy "default" v1, if you never signed one)
  --valid-days <n>         days the staffer has to answer (default {validDays})
  --out <file>             also write the signed request here (to send as a file)
  --text                   print the request as pasteable text (for chat or email)
{campaignOption}
  --passphrase-file <f>    the CISO key passphrase (otherwise asked on the terminal)
  --now <iso-date>         the issue time; the expiry counts from it (default: now; for tests)
  -h, --help               show this help

Exit codes: 0 issued, 64 usage, 65 invalid policy or staff list (every problem is listed), 66 file
missing, 73 cannot create (--out-dir holds files), 74 write error (a full disk: nothing was issued),
77 key or campaign folder problem.
`,

  'cli.ciso.verify.summary': 'verify attestation files (one, many or whole folders) and record them',
  'cli.ciso.verify.help': `Usage: preflight ciso verify <file|dir>... [--json|--csv] [--dry-run] [--now <iso>]
                           [--campaign <dir>] [--passphrase-file <file>]

Verify device-posture attestations against the roster: signature by an enrolled key, type, subject,
key status, staff identity, request nonce, dates, sequence and policy, in that order; the first
failing step names the outcome (see docs/ciso.md for the table of codes). Accepted files are
recorded in the roster (once, at the end, signed with the CISO key: the passphrase is asked once,
and only if something was accepted); a file already recorded is reported as ALREADY_RECORDED.
Folders are searched recursively for *.json files; entries that are not regular files (symbolic
links, FIFOs, sockets, devices) are not read and are listed as skipped, with why. Files are processed
in a fixed order (time of collection, then sequence), so the result does not depend on the order of
the arguments. An onboarding request answered by two different device keys is flagged
CONTESTED_REQUEST (possible interception). Commands printed for pasting are quoted for this
system's shell (PowerShell on Windows, a POSIX shell elsewhere).

Options:
  --json                 one JSON document (format preflight-verify/v1)
  --csv                  CSV (one row per file; for spreadsheets)
  --dry-run              verify only; do not record anything (needs no passphrase)
{nowOption}
{campaignOption}
{passphraseOption}
  -h, --help             show this help

The PRACTICES column (JSON: practices, CSV: practices and unmetPractices) judges the campaign
practices the policy requires for the file's purpose (two-factor sign-in, Signal…): pass, fail (a
required app measured as not installed and not declared) or incomplete, with the ones not measured
as found nor confirmed by the staffer; "-" when the policy was issued before practices existed. It is
shown apart from the posture and does not change the exit code.

Exit codes: 0 every file accepted (or already recorded) and its posture passes, 1 any rejection or a
posture that does not pass, 64 usage, 65 an input could not be read or a folder entry was skipped,
66 no attestation found, 77 the campaign folder was refused (ROSTER_BAD_SIGNATURE, ROSTER_ROLLBACK,
… see docs/ciso.md) or the CISO key could not be unlocked.
`,

  'cli.ciso.enroll.summary': 'enroll a new device from its onboarding attestation (trust on first use)',
  'cli.ciso.enroll.help': `Usage: preflight ciso enroll <file> --staff-id <id> [--yes] [--public-key <pem>]
                           [--now <iso>] [--campaign <dir>] [--passphrase-file <file>]

Enroll a device key from the staffer's onboarding attestation (trust on first use). The file must be
signed by the device key it carries, be about that key, name this staff id, answer an onboarding
request you issued to them, and pass the other verification steps. You are then shown the key's
fingerprint: compare it with the one the staffer reads from their Preflight window, in person or on a
verified call, before confirming. The attestation is recorded as the device's first. Staff ids
are case-insensitive: a second laptop of alice@x given as Alice@x is filed under alice@x.

Options:
  --staff-id <id>        who the device belongs to (you decide; the file must say the same)
  --yes                  do not ask for confirmation (scripts; you compared the fingerprint already)
  --public-key <pem>     the device public key, if the attestation does not carry it
{nowOption}
{campaignOption}
{passphraseOption}
  -h, --help             show this help

Exit codes: 0 enrolled, 1 refused (verification failed, already enrolled, not confirmed), 64 usage,
65 malformed file, 66 file missing, 77 campaign folder refused or key problem.
`,

  'cli.ciso.roster.summary': 'list enrolled devices with status, last attestation and result',
  'cli.ciso.roster.help': `Usage: preflight ciso roster [--json|--csv] [--stale-days <n>] [--now <iso>] [--campaign <dir>]

List every enrolled device: staff id, label, status (active, revoked, offboarded), last accepted
attestation (when, purpose, posture, checks not passing, practices with the required ones the staffer
has not confirmed) and a STALE marker for active devices without an accepted attestation in the last
<n> days.

Options:
  --json                 JSON (format preflight-roster-list/v1)
  --csv                  CSV
  --stale-days <n>       days after which an active device is marked stale (default: the
                         re-attestation interval of the newest accepted policy,
                         "reattestation": {"intervalDays": n}; 30 days unless a policy sets it)
{nowOption}
{campaignOption}
  -h, --help             show this help

Reading needs only the public key; the roster is verified against the key pinned on this laptop.

Exit codes: 0 listed, 64 usage, 65 corrupt roster, 66 no campaign folder, 77 campaign folder
refused (ROSTER_BAD_SIGNATURE, ROSTER_ROLLBACK, … see docs/ciso.md).
`,

  'cli.ciso.revoke.summary': 'revoke a device key, or every device of a staff id',
  'cli.ciso.revoke.help': `Usage: preflight ciso revoke <fingerprint|staff-id> [--reason <text>] [--now <iso>]
                           [--campaign <dir>] [--passphrase-file <file>]

Revoke device keys: from now on every file they sign is rejected with REVOKED_KEY (files recorded
before stay in the history). Give a fingerprint (full, or at least its first 16 hex digits; spaces and
colons are ignored) or a staff id (any case) to revoke all of that person's active devices. Use it
for a lost or stolen laptop, or a key you no longer trust. A revoked device must enroll again with a
new key.

Options:
  --reason <text>        why (kept in the roster)
  --now <iso-date>       the revocation time recorded (default: now; for tests)
{campaignOption}
{passphraseOption}
  -h, --help             show this help

Exit codes: 0 revoked, 1 no active device matched, 64 usage, 65 ambiguous fingerprint, 77 campaign
folder refused or key problem.
`,

  'cli.ciso.offboard.summary': "verify a staffer's final offboarding attestation and retire the device key",
  'cli.ciso.offboard.help': `Usage: preflight ciso offboard <file> [--now <iso>] [--campaign <dir>] [--passphrase-file <file>]

Verify the final offboarding attestation (it must answer an offboarding request you issued and pass
every verification step, or have been recorded already by \`ciso verify\`), then mark the device
offboarded: nothing it signs is accepted afterwards. The staffer's checklist answers are shown; they
are self-declared.

Options:
{nowOption}
{campaignOption}
{passphraseOption}
  -h, --help             show this help

Exit codes: 0 offboarded, 1 refused (the file did not verify or is not an offboarding attestation),
64 usage, 65 malformed, 66 file missing, 77 campaign folder refused or key problem.
`,

  'cli.ciso.export-allowed-signers.summary':
    'write an OpenSSH allowed_signers file of the active device keys',
  'cli.ciso.export-allowed-signers.help': `Usage: preflight ciso export-allowed-signers [--namespace <ns>] [--out <file>] [--campaign <dir>]

Print (or write) an OpenSSH allowed_signers file with one line per active device key, so that
\`ssh-keygen -Y verify\` can check SSH signatures made with the same keys.

Options:
  --namespace <ns>       signature namespace (default device-attestation@preflight)
  --out <file>           write to this file instead of standard output
{campaignOption}
  -h, --help             show this help

Exit codes: 0 written, 64 usage, 65 damaged roster, 73 cannot write the file.
`,

  'cli.ciso.trust-campaign.summary':
    "confirm a campaign folder's key on this laptop (first use on a new computer)",
  'cli.ciso.trust-campaign.help': `Usage: preflight ciso trust-campaign [--campaign <dir>] [--fingerprint <hex>] [--yes] [--replace]
                                     [--now <iso>]

Every \`preflight ciso\` command checks the campaign folder against the campaign key and roster
revision this laptop has pinned (in your config folder). \`ciso init\` pins them on the laptop that
created the campaign; on another computer (or after moving your config folder) run this once: it
shows the key fingerprint from ciso.pub.pem and checks that the roster is signed by it. Compare the
fingerprint with the one you read to staff (or your own notes) before you confirm.

Options:
  --fingerprint <hex>    the fingerprint you expect (grouped or not, at least 32 hex digits):
                         pinned without asking when it matches, refused when it does not
  --yes                  do not ask (scripts; you compared the fingerprint already)
  --replace              pin even though this laptop pinned another key for this campaign or
                         folder (only after you replaced the campaign key yourself)
{campaignOption}
  --now <iso-date>       the time recorded for the change (default: now; for tests)
  -h, --help             show this help

Exit codes: 0 pinned (or already pinned), 1 not confirmed or fingerprint differs, 64 usage,
65 damaged roster, 77 the roster is not signed by the folder's key, or another key is pinned.
`,

  'cli.ciso.migrate.summary':
    'review and sign the unsigned roster of a campaign folder made by an earlier version',
  'cli.ciso.migrate.help': `Usage: preflight ciso migrate [--campaign <dir>] [--yes] [--passphrase-file <file>] [--now <iso>]

Campaign folders made by earlier versions of Preflight keep an unsigned roster.json, which every
command now refuses (ROSTER_UNSIGNED): anyone who could write to the folder could have enrolled a
device, un-revoked a key or emptied the required checks. This command shows every trust decision in
it (devices and their status, policies and their required checks, requests), and after you confirm
that they are yours, signs the roster with the CISO key and pins the campaign on this laptop. The
old file is kept as roster.v1.json. It runs once per folder and is refused on a laptop that has
already seen a signed roster of the campaign (then an unsigned roster is a replaced file).

Options:
  --yes                  do not ask (scripts; you reviewed the summary already)
{campaignOption}
{passphraseOption}
  --now <iso-date>       the time recorded for the change (default: now; for tests)
  -h, --help             show this help

Exit codes: 0 migrated, 1 not confirmed, 64 usage, 65 not an old roster, 77 key problem or the
laptop has seen a signed roster of this campaign.
`,
} as const satisfies Readonly<Record<string, string>>
