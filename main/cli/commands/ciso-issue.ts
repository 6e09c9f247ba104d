/** `preflight ciso init`, `ciso policy sign` and `ciso request`: setting up and issuing. */
import * as path from 'node:path'
import { isPurpose, PURPOSES } from '../../../shared/attestation-types'
import { initCampaign, isCampaignFolder } from '../../ciso/campaign'
import { issueBulkRequests } from '../../ciso/bulk-requests'
import { issueRequest, parsePlainPolicy, resolveRequestPolicy, signPolicy } from '../../ciso/issue'
import { parseStaffList } from '../../ciso/staff-list'
import { updateRoster } from '../../ciso/roster-store'
import { serializeEnvelope } from '../../attestation/dsse'
import { encodeRequestText, REQUEST_VALIDITY_DAYS } from '../../attestation/formats'
import { formatFingerprint } from '../../attestation/keys'
import {
  CliError,
  cliMsg,
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
import { commandTexts } from '../help'
import { cliText } from '../text'
import {
  CAMPAIGN_OPTION,
  campaignRef,
  cisoUnlocker,
  mapErrors,
  printable,
  trustStore,
  writeOut,
} from './ciso-common'

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const

/** `preflight ciso init`: create a campaign folder. */
export const cisoInitCommand: Command = {
  name: 'ciso init',
  ...commandTexts('cli.ciso.init'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      dir: { type: 'string' },
      org: { type: 'string' },
      'passphrase-file': { type: 'string' },
      'insecure-no-passphrase': { type: 'boolean' },
      now: { type: 'string' },
    })
    const tx = cliText(io.lang)
    if (values.dir === undefined) throw usageError(cliMsg('cli.usage.required', { option: '--dir' }))
    const insecure = values['insecure-no-passphrase'] === true
    if (insecure && values['passphrase-file'] !== undefined)
      throw usageError(
        cliMsg('cli.usage.together', { a: '--passphrase-file', b: '--insecure-no-passphrase' }),
      )
    const dir = path.resolve(io.cwd, values.dir)
    // Before asking for a passphrase: a folder that already holds a campaign is refused anyway.
    if (await isCampaignFolder(dir))
      throw new CliError(cliMsg('cli.ciso.init.error.exists', { dir }), EXIT.CANTCREAT)
    let passphrase: string | undefined
    if (values['passphrase-file'] !== undefined) {
      passphrase = await readPassphraseFile(values['passphrase-file'], io.cwd)
    } else if (!insecure) {
      const first = io.prompt ? await io.prompt(tx.t('cli.ciso.init.newPassphrase'), { secret: true }) : null
      if (first === null) throw usageError(cliMsg('cli.ciso.init.error.passphrase'))
      const again = (await io.prompt?.(tx.t('cli.ciso.init.again'), { secret: true })) ?? null
      if (first !== again) throw usageError(cliMsg('cli.ciso.init.error.passphrasesDiffer'))
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
      `${tx.t('cli.ciso.init.created', { dir: result.dir })}\n` +
        `${tx.t('cli.ciso.keyFingerprint', { fp: formatFingerprint(result.fingerprint) })}\n` +
        `  ${tx.t('cli.ciso.fullFingerprint', { hex: result.fingerprint })}\n` +
        `${tx.t('cli.ciso.init.giveStaff', { file: path.join(result.dir, 'ciso.pub.pem') })}\n`,
    )
    if (passphrase === undefined) io.stderr(tx.t('cli.ciso.init.insecure') + '\n')
    return EXIT.OK
  },
}

/** `preflight ciso policy sign`: sign a policy (anti-rollback by version). */
export const cisoPolicySignCommand: Command = {
  name: 'ciso policy sign',
  ...commandTexts('cli.ciso.policy.sign'),
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
    const tx = cliText(io.lang)
    if (positionals.length !== 1) throw usageError(cliMsg('cli.ciso.policy.sign.error.oneFile'))
    const file = path.resolve(io.cwd, positionals[0] as string)
    const policy = await mapErrors(async () => parsePlainPolicy(await readInputFile(file, 'policy'), file))
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
      `${tx.t('cli.ciso.policy.sign.signed', { id: signed.record.id, version: signed.record.version, digest: signed.record.digest })}\n` +
        `${tx.t('cli.ciso.storedIn', { file: signed.file })}\n`,
    )
    if (values.out !== undefined) {
      const out = await writeOut(values.out, serializeEnvelope(signed.envelope), io.cwd)
      io.stdout(tx.t('cli.ciso.writtenTo', { file: out }) + '\n')
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
  const tx = cliText(io.lang)
  if (values['out-dir'] === undefined) throw usageError(cliMsg('cli.ciso.request.error.outDir'))
  const purpose = values.purpose
  if (purpose !== undefined && !isPurpose(purpose))
    throw usageError(cliMsg('cli.usage.oneOf', { option: '--purpose', values: PURPOSES.join(', ') }))
  const listFile = path.resolve(io.cwd, values['staff-list'])
  const text = await readInputFile(listFile, 'staffList', MAX_STAFF_LIST_BYTES)
  const list = parseStaffList(text, purpose !== undefined ? { defaultPurpose: purpose } : {})
  if (list.problems.length > 0) {
    io.stderr(
      `${tx.t('cli.ciso.request.listProblems', { file: printable(listFile) })}\n` +
        list.problems
          .map((p) => {
            // The problem in the reader's language (main.staffList.*); English if it has no message.
            const problem = p.text === undefined ? p.message : tx.main(p.text)
            return `  ${p.line > 0 ? tx.t('cli.ciso.request.listProblemLine', { line: p.line, problem }) : problem}`
          })
          .join('\n') +
        '\n',
    )
    return EXIT.DATAERR
  }
  const policy =
    values.policy !== undefined
      ? { text: await readInputFile(path.resolve(io.cwd, values.policy), 'policy'), what: values.policy }
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
  if (result.policySignedNow === 'defaults') io.stderr(tx.t('cli.ciso.defaultsSigned') + '\n')
  const byPurpose = new Map<string, number>()
  for (const it of result.items) byPurpose.set(it.purpose, (byPurpose.get(it.purpose) ?? 0) + 1)
  const purposes = [...byPurpose]
    .map(([purpose, count]) => tx.t('cli.ciso.request.bulkPurpose', { count, purpose }))
    .join(', ')
  io.stdout(
    tx.t('cli.ciso.request.bulkIssued', {
      count: result.items.length,
      purposes,
      policy: result.policy.id,
      version: result.policy.version,
      until: result.notAfter,
    }) +
      '\n' +
      tx.t('cli.ciso.request.bulkWritten', {
        dir: printable(result.outDir),
        index: path.basename(result.indexFile),
      }) +
      '\n',
  )
  return EXIT.OK
}

/** `preflight ciso request`: issue a single-use signed request (or one per staffer of a list). */
export const cisoRequestCommand: Command = {
  name: 'ciso request',
  ...commandTexts('cli.ciso.request'),
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
    const tx = cliText(io.lang)
    const validDays = parsePositiveInt('--valid-days', values['valid-days']) ?? REQUEST_VALIDITY_DAYS
    if (validDays > 365) throw usageError(cliMsg('cli.ciso.request.error.validDays'))
    if (values['staff-list'] !== undefined) {
      if (values['staff-id'] !== undefined) throw usageError(cliMsg('cli.ciso.request.error.idOrList'))
      if (values.out !== undefined || values.text === true)
        throw usageError(cliMsg('cli.ciso.request.error.oneRequest'))
      const now = parseNow(values.now) ?? new Date()
      return bulkRequests({ ...values, 'staff-list': values['staff-list'] }, validDays, now, io)
    }
    if (values['out-dir'] !== undefined) throw usageError(cliMsg('cli.ciso.request.error.outDirAlone'))
    const staffId = values['staff-id']
    if (staffId === undefined) throw usageError(cliMsg('cli.ciso.request.error.staffId'))
    const purpose = values.purpose
    if (!isPurpose(purpose))
      throw usageError(cliMsg('cli.usage.oneOf', { option: '--purpose', values: PURPOSES.join(', ') }))
    const policyText =
      values.policy !== undefined
        ? await readInputFile(path.resolve(io.cwd, values.policy), 'policy')
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
        if (resolved.signedNow === 'defaults') io.stderr(tx.t('cli.ciso.defaultsSigned') + '\n')
        const policy = resolved.policy
        const r = await issueRequest(dir, resolved.roster, key, { staffId, purpose, policy, validDays, now })
        return { roster: r.roster, result: { ...r.issued, policy } }
      }),
    )
    io.stderr(
      tx.t('cli.ciso.request.issued', {
        purpose: issued.payload.purpose,
        id: issued.payload.requestId,
        staff: issued.payload.staffId,
        policy: issued.policy.record.id,
        version: issued.policy.record.version,
        until: issued.payload.notAfter,
      }) +
        '\n' +
        tx.t('cli.ciso.storedIn', { file: issued.file }) +
        '\n',
    )
    if (values.out !== undefined) {
      const out = await writeOut(values.out, serializeEnvelope(issued.envelope), io.cwd)
      io.stderr(tx.t('cli.ciso.writtenTo', { file: out }) + '\n')
    }
    if (values.text === true) io.stdout(encodeRequestText(issued.envelope))
    else if (values.out === undefined) io.stdout(serializeEnvelope(issued.envelope))
    return EXIT.OK
  },
}

/** `preflight ciso policy retire`: stop accepting a policy version. */
export const cisoPolicyRetireCommand: Command = {
  name: 'ciso policy retire',
  ...commandTexts('cli.ciso.policy.retire'),
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
    const tx = cliText(io.lang)
    if (positionals.length !== 1) throw usageError(cliMsg('cli.ciso.policy.retire.error.id'))
    const version = parsePositiveInt('--version', values.version)
    if (version === undefined) throw usageError(cliMsg('cli.usage.required', { option: '--version' }))
    const id = positionals[0] as string
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    const unlock = cisoUnlocker(ref.dir, values['passphrase-file'], io)
    await mapErrors(() =>
      updateRoster(ref, { now, unlock }, async (roster) => {
        const found = roster.policies.find((p) => p.id === id && p.version === version && p.accepted)
        if (!found)
          throw new CliError(cliMsg('cli.ciso.policy.retire.error.notFound', { id, version }), EXIT.FAIL)
        const policies = roster.policies.map((p) => (p === found ? { ...p, accepted: false } : p))
        return { roster: { ...roster, policies }, result: null }
      }),
    )
    io.stdout(tx.t('cli.ciso.policy.retire.done', { id, version }) + '\n')
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
