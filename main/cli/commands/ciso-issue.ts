/** `preflight ciso init`, `ciso policy sign` and `ciso request`: setting up and issuing. */
import * as path from 'node:path'
import { isPurpose, PURPOSES } from '../../../shared/attestation-types'
import { initCampaign, isCampaignFolder } from '../../ciso/campaign'
import {
  checkSignedPolicy,
  issueRequest,
  latestAcceptedPolicy,
  loadIssuedPolicy,
  parsePlainPolicy,
  signPolicy,
  type SignedPolicy,
} from '../../ciso/issue'
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

function looksLikeEnvelope(text: string): boolean {
  try {
    const o = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>
    return typeof o === 'object' && o !== null && 'payloadType' in o && 'signatures' in o
  } catch {
    return false
  }
}

/** `preflight ciso request`: issue a single-use signed request. */
export const cisoRequestCommand: Command = {
  name: 'ciso request',
  summary: 'issue a signed, single-use request (nonce + policy) to one staffer',
  help: `Usage: preflight ciso request --staff-id <id> --purpose <${PURPOSES.join('|')}>
                            [--policy <file>] [--valid-days <n>] [--out <file>] [--text]
                            [--campaign <dir>] [--passphrase-file <file>] [--now <iso>]

Issue a request: a fresh 32-byte single-use nonce for this staffer and purpose, an expiry, and the
policy to check against, all signed with the CISO key. The staffer imports it in Preflight (file or
pasted text) and sends back an attestation that carries the nonce; \`ciso verify\` accepts each
nonce once. Stored in issued/requests/ and recorded in the roster.

Options:
  --staff-id <id>          who the request is for (e.g. alice@campaign.example)
  --purpose <p>            onboarding, periodic or offboarding
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

Exit codes: 0 issued, 64 usage, 65 invalid policy, 66 file missing, 73 cannot write, 77 key problem.
`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      ...CAMPAIGN_OPTION,
      'staff-id': { type: 'string' },
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
    const staffId = values['staff-id']
    if (staffId === undefined) throw usageError('--staff-id is required')
    const purpose = values.purpose
    if (!isPurpose(purpose)) throw usageError(`--purpose must be one of ${PURPOSES.join(', ')}`)
    const validDays = parsePositiveInt('--valid-days', values['valid-days']) ?? REQUEST_VALIDITY_DAYS
    if (validDays > 365) throw usageError('--valid-days must be at most 365')
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
        let roster = loaded
        const key = await unlock(roster)
        let policy: SignedPolicy
        if (policyText !== undefined && looksLikeEnvelope(policyText)) {
          policy = checkSignedPolicy(policyText, values.policy as string, roster, key)
        } else if (policyText !== undefined) {
          const plain = parsePlainPolicy(policyText, values.policy as string)
          const r = await signPolicy(dir, roster, key, plain, now)
          roster = r.roster
          policy = r.signed
        } else {
          const latest = latestAcceptedPolicy(roster)
          if (latest) {
            policy = { envelope: await loadIssuedPolicy(dir, latest), record: latest, file: '' }
          } else {
            const r = await signPolicy(dir, roster, key, { id: 'default', version: 1 }, now)
            roster = r.roster
            policy = r.signed
            io.stderr('note: no policy signed yet; signed the built-in defaults as policy "default" v1\n')
          }
        }
        const r = await issueRequest(dir, roster, key, { staffId, purpose, policy, validDays, now })
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
