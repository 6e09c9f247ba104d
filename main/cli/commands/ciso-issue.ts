/** `preflight ciso init`, `ciso policy sign` and `ciso request`: setting up and issuing. */
import * as path from 'node:path'
import { isPurpose, PURPOSES } from '../../../shared/attestation-types'
import { initCampaign, isCampaignFolder } from '../../ciso/campaign'
import { issueBulkRequests } from '../../ciso/bulk-requests'
import { issueRequest, parsePlainPolicy, resolveRequestPolicy, signPolicy } from '../../ciso/issue'
import { formatProblems, MAX_STAFF_LIST_ROWS, parseStaffList } from '../../ciso/staff-list'
import { updateRoster } from '../../ciso/roster-store'
import { serializeEnvelope } from '../../attestation/dsse'
import { encodeRequestText, REQUEST_VALIDITY_DAYS } from '../../attestation/formats'
import { formatFingerprint } from '../../attestation/keys'
import {
  CliError,
  EXIT,
  parseCommandArgs,
  parseNow,
  parsePositiveInt,
  readInputFile,
  readPassphraseFile,
  type CliIo,
  usageError,
  type Command,
} from '../command'
import {
  CAMPAIGN_HELP,
  CAMPAIGN_OPTION,
  campaignRef,
  cisoUnlocker,
  mapErrors,
  PASSPHRASE_HELP,
  printable,
  trustStore,
  writeOut,
} from './ciso-common'

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const

/** `preflight ciso init`: create a campaign folder. */
export const cisoInitCommand: Command = {
  name: 'ciso init',
  summary: 'create a campaign folder with a new CISO key and an empty roster',
  help: `Usage: preflight ciso init --dir <dir> [--org <name>] [--passphrase-file <file>]
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
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      dir: { type: 'string' },
      org: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'insecure-no-passphrase': { type: 'boolean' },
      now: { type: 'string' },
    })
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    if (values.dir === undefined) throw usageError('--dir is required')
    const insecure = values['insecure-no-passphrase'] === true
    if (insecure && values['passphrase-file'] !== undefined)
      throw usageError('--passphrase-file and --insecure-no-passphrase cannot be used together')
    const dir = path.resolve(io.cwd, values.dir)
    // Before asking for a passphrase: a folder that already holds a campaign is refused anyway.
    if (await isCampaignFolder(dir))
      throw new CliError(`${dir} already holds a campaign; nothing was changed`, EXIT.CANTCREAT)
    let passphrase: string | undefined
    if (values['passphrase-file'] !== undefined) {
      passphrase = await readPassphraseFile(values['passphrase-file'], io.cwd)
    } else if (!insecure) {
      const first = io.prompt ? await io.prompt('New CISO key passphrase: ', { secret: true }) : null
      if (first === null)
        throw usageError(
          'the CISO key needs a passphrase: run in a terminal, or give --passphrase-file FILE (--insecure-no-passphrase only for tests)',
        )
      const again = (await io.prompt?.('Type it again: ', { secret: true })) ?? null
      if (first !== again) throw usageError('the two passphrases differ; nothing was created')
      passphrase = first
    }
    const now = parseNow(values.now) ?? new Date()
    const result = await mapErrors(() =>
      initCampaign(
        { dir, trust: trustStore(io) },
        {
          org: values.org ?? path.basename(dir),
          ...(passphrase !== undefined ? { passphrase } : {}),
          insecureNoPassphrase: insecure,
          now,
        },
      ),
    )
    io.stdout(
      `Created campaign folder ${result.dir}\n` +
        `CISO key fingerprint: ${formatFingerprint(result.fingerprint)}\n` +
        `  (full: ${result.fingerprint})\n` +
        `Give staff ${path.join(result.dir, 'ciso.pub.pem')} and read them this fingerprint in person or\n` +
        `over a verified call, so they pin the right key. This laptop has pinned it for the campaign.\n`,
    )
    if (passphrase === undefined)
      io.stderr(
        'warning: the CISO key is NOT encrypted (--insecure-no-passphrase): anyone who can read the campaign folder can sign trust decisions\n',
      )
    return EXIT.OK
  },
}

/** `preflight ciso policy sign`: sign a policy (anti-rollback by version). */
export const cisoPolicySignCommand: Command = {
  name: 'ciso policy sign',
  summary: 'sign a policy file (id + version, optional OS support table) for staff',
  help: `Usage: preflight ciso policy sign <policy.json> [--out <file>] [--campaign <dir>]
                                [--passphrase-file <file>] [--now <iso>]

Sign a policy (the JSON format of \`preflight check --policy\`, with "id" and "version"; it may carry
an "osSupport" table that replaces the bundled one). The version must be above every version already
signed for that id: staff apps refuse lower versions (anti-rollback). The signed policy is stored in
issued/policies/ and recorded in the roster; attestations are accepted only under policies you issued.

Options:
  --out <file>             also write the signed policy here (to send to staff)
${CAMPAIGN_HELP}
  --passphrase-file <f>    the CISO key passphrase (otherwise asked on the terminal)
  --now <iso-date>         the signing time written in the policy (default: now; for tests)
  -h, --help               show this help

Exit codes: 0 signed, 64 usage, 65 invalid policy or version not above the last, 66 file missing,
73 cannot write, 77 CISO key problem.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...HELP_OPTION,
        ...CAMPAIGN_OPTION,
        out: { type: 'string' },
        'passphrase-file': { type: 'string' },
        now: { type: 'string' },
      },
      true,
    )
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    if (positionals.length !== 1) throw usageError('give exactly one policy file')
    const file = path.resolve(io.cwd, positionals[0] as string)
    const policy = await mapErrors(async () =>
      parsePlainPolicy(await readInputFile(file, 'policy file'), file),
    )
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    const unlock = cisoUnlocker(ref.dir, values['passphrase-file'], io)
    const { result: signed } = await mapErrors(() =>
      updateRoster(ref, { now, unlock }, async (roster) => {
        const r = await signPolicy(ref.dir, roster, await unlock(roster), policy, now)
        return { roster: r.roster, result: r.signed }
      }),
    )
    io.stdout(
      `Signed policy ${signed.record.id} v${signed.record.version} (digest ${signed.record.digest})\n` +
        `Stored in ${signed.file}\n`,
    )
    if (values.out !== undefined) {
      const out = await writeOut(values.out, serializeEnvelope(signed.envelope), io.cwd)
      io.stdout(`Written to ${out}\n`)
    }
    return EXIT.OK
  },
}

/** Largest staff list read (bytes). */
const MAX_STAFF_LIST_BYTES = 4 * 1024 * 1024

/** `preflight ciso request --staff-list`: one request per staffer of a CSV list, into a new folder. */
async function bulkRequests(
  values: {
    readonly 'staff-list': string
    readonly 'out-dir'?: string | undefined
    readonly purpose?: string | undefined
    readonly policy?: string | undefined
    readonly campaign?: string | undefined
    readonly 'passphrase-file'?: string | undefined
  },
  validDays: number,
  now: Date,
  io: CliIo,
): Promise<number> {
  if (values['out-dir'] === undefined)
    throw usageError('--staff-list needs --out-dir DIR (a new or empty folder)')
  const purpose = values.purpose
  if (purpose !== undefined && !isPurpose(purpose))
    throw usageError(`--purpose must be one of ${PURPOSES.join(', ')}`)
  const listFile = path.resolve(io.cwd, values['staff-list'])
  const text = await readInputFile(listFile, 'staff list', MAX_STAFF_LIST_BYTES)
  const list = parseStaffList(text, purpose !== undefined ? { defaultPurpose: purpose } : {})
  if (list.problems.length > 0) {
    io.stderr(
      `${printable(listFile)}: the staff list has problems; nothing was issued:\n` +
        formatProblems(list.problems)
          .split('\n')
          .map((l) => `  ${l}`)
          .join('\n') +
        '\n',
    )
    return EXIT.DATAERR
  }
  const policy =
    values.policy !== undefined
      ? { text: await readInputFile(path.resolve(io.cwd, values.policy), 'policy file'), what: values.policy }
      : undefined
  const outDir = path.resolve(io.cwd, values['out-dir'])
  const ref = await campaignRef(values.campaign, io)
  const unlock = cisoUnlocker(ref.dir, values['passphrase-file'], io)
  const result = await mapErrors(() =>
    issueBulkRequests(ref, {
      entries: list.entries,
      outDir,
      ...(policy !== undefined ? { policy } : {}),
      validDays,
      now,
      unlock,
    }),
  )
  if (result.policySignedNow === 'defaults')
    io.stderr('note: no policy signed yet; signed the built-in defaults as policy "default" v1\n')
  const byPurpose = new Map<string, number>()
  for (const it of result.items) byPurpose.set(it.purpose, (byPurpose.get(it.purpose) ?? 0) + 1)
  io.stdout(
    `Issued ${result.items.length} requests (${[...byPurpose].map(([p, n]) => `${n} ${p}`).join(', ')}), ` +
      `policy ${result.policy.id} v${result.policy.version}, valid until ${result.notAfter}\n` +
      `Written to ${printable(result.outDir)}: one file per staffer and ${path.basename(result.indexFile)} ` +
      `(name, staff id, file and pasteable request text, for a mail merge)\n`,
  )
  return EXIT.OK
}

/** `preflight ciso request`: issue a single-use signed request (or one per staffer of a list). */
export const cisoRequestCommand: Command = {
  name: 'ciso request',
  summary: 'issue signed, single-use requests (nonce + policy): to one staffer, or to a staff list',
  help: `Usage: preflight ciso request --staff-id <id> --purpose <${PURPOSES.join('|')}>
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
${MAX_STAFF_LIST_ROWS} staffers). Then all requests are signed with one passphrase, recorded in one
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
  --valid-days <n>         days the staffer has to answer (default ${REQUEST_VALIDITY_DAYS})
  --out <file>             also write the signed request here (to send as a file)
  --text                   print the request as pasteable text (for chat or email)
${CAMPAIGN_HELP}
  --passphrase-file <f>    the CISO key passphrase (otherwise asked on the terminal)
  --now <iso-date>         the issue time; the expiry counts from it (default: now; for tests)
  -h, --help               show this help

Exit codes: 0 issued, 64 usage, 65 invalid policy or staff list (every problem is listed), 66 file
missing, 73 cannot create (--out-dir holds files), 74 write error (a full disk: nothing was issued),
77 key or campaign folder problem.
`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      ...CAMPAIGN_OPTION,
      'staff-id': { type: 'string' },
      'staff-list': { type: 'string' },
      'out-dir': { type: 'string' },
      purpose: { type: 'string' },
      policy: { type: 'string' },
      'valid-days': { type: 'string' },
      out: { type: 'string' },
      text: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
      now: { type: 'string' },
    })
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    const validDays = parsePositiveInt('--valid-days', values['valid-days']) ?? REQUEST_VALIDITY_DAYS
    if (validDays > 365) throw usageError('--valid-days must be at most 365')
    if (values['staff-list'] !== undefined) {
      if (values['staff-id'] !== undefined) throw usageError('give --staff-id or --staff-list, not both')
      if (values.out !== undefined || values.text === true)
        throw usageError('--out and --text are for one request; --staff-list writes to --out-dir')
      const now = parseNow(values.now) ?? new Date()
      return bulkRequests({ ...values, 'staff-list': values['staff-list'] }, validDays, now, io)
    }
    if (values['out-dir'] !== undefined) throw usageError('--out-dir goes with --staff-list')
    const staffId = values['staff-id']
    if (staffId === undefined) throw usageError('--staff-id (or --staff-list) is required')
    const purpose = values.purpose
    if (!isPurpose(purpose)) throw usageError(`--purpose must be one of ${PURPOSES.join(', ')}`)
    const policyText =
      values.policy !== undefined
        ? await readInputFile(path.resolve(io.cwd, values.policy), 'policy file')
        : undefined
    const ref = await campaignRef(values.campaign, io)
    const dir = ref.dir
    const now = parseNow(values.now) ?? new Date()
    const unlock = cisoUnlocker(dir, values['passphrase-file'], io)
    const { result: issued } = await mapErrors(() =>
      updateRoster(ref, { now, unlock }, async (loaded) => {
        const key = await unlock(loaded)
        const given =
          policyText !== undefined ? { text: policyText, what: values.policy as string } : undefined
        const resolved = await resolveRequestPolicy(dir, loaded, key, given, now)
        if (resolved.signedNow === 'defaults')
          io.stderr('note: no policy signed yet; signed the built-in defaults as policy "default" v1\n')
        const policy = resolved.policy
        const r = await issueRequest(dir, resolved.roster, key, { staffId, purpose, policy, validDays, now })
        return { roster: r.roster, result: { ...r.issued, policy } }
      }),
    )
    io.stderr(
      `Issued ${issued.payload.purpose} request ${issued.payload.requestId} for ${issued.payload.staffId}, ` +
        `policy ${issued.policy.record.id} v${issued.policy.record.version}, valid until ${issued.payload.notAfter}\n` +
        `Stored in ${issued.file}\n`,
    )
    if (values.out !== undefined) {
      const out = await writeOut(values.out, serializeEnvelope(issued.envelope), io.cwd)
      io.stderr(`Written to ${out}\n`)
    }
    if (values.text === true) io.stdout(encodeRequestText(issued.envelope))
    else if (values.out === undefined) io.stdout(serializeEnvelope(issued.envelope))
    return EXIT.OK
  },
}

/** `preflight ciso policy retire`: stop accepting a policy version. */
export const cisoPolicyRetireCommand: Command = {
  name: 'ciso policy retire',
  summary: 'stop accepting attestations judged against an old policy version',
  help: `Usage: preflight ciso policy retire <id> --version <n> [--now <iso>] [--campaign <dir>]
                                 [--passphrase-file <file>]

Mark a policy version you signed as no longer accepted: attestations judged against it are rejected
with POLICY_UNKNOWN from now on (those already recorded stay in the history). Use it after staff have
moved to a newer version. Open requests that carry this policy can no longer be answered.

Options:
  --version <n>          the version to retire
  --now <iso-date>       the time recorded for the change (default: now; for tests)
${CAMPAIGN_HELP}
${PASSPHRASE_HELP}
  -h, --help             show this help

Exit codes: 0 retired, 1 no such policy version (or already retired), 64 usage, 77 key or
campaign folder refused.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...HELP_OPTION,
        ...CAMPAIGN_OPTION,
        version: { type: 'string' },
        'passphrase-file': { type: 'string' },
        now: { type: 'string' },
      },
      true,
    )
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    if (positionals.length !== 1) throw usageError('give the policy id')
    const version = parsePositiveInt('--version', values.version)
    if (version === undefined) throw usageError('--version is required')
    const id = positionals[0] as string
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    const unlock = cisoUnlocker(ref.dir, values['passphrase-file'], io)
    await mapErrors(() =>
      updateRoster(ref, { now, unlock }, async (roster) => {
        const found = roster.policies.find((p) => p.id === id && p.version === version && p.accepted)
        if (!found) throw new CliError(`no accepted policy ${id} v${version} in this campaign`, EXIT.FAIL)
        const policies = roster.policies.map((p) => (p === found ? { ...p, accepted: false } : p))
        return { roster: { ...roster, policies }, result: null }
      }),
    )
    io.stdout(`Policy ${id} v${version} is no longer accepted.\n`)
    return EXIT.OK
  },
}

/** The set-up and issuing commands, for the command list. */
export const CISO_ISSUE_COMMANDS = [
  cisoInitCommand,
  cisoPolicySignCommand,
  cisoPolicyRetireCommand,
  cisoRequestCommand,
] as const
