/**
 * `preflight attest`: verify a CISO request (if any), run the checks with its policy, show what will
 * be signed if asked, sign it with the device key and write the envelope atomically.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { isPurpose, type Purpose } from '../../../shared/attestation-types'
import type { Report } from '../../../shared/check-types'
import type { Policy } from '../../../shared/policy'
import { serializeEnvelope } from '../../attestation/dsse'
import { runChecks } from '../../engine/run-checks'
import { leavingSteps, unknownConfirmations } from '../../practices/answers'
import {
  attestationAnswers,
  policyForAttestation,
  prepareAttestation,
  type PreparedAttestation,
} from '../../staff/attest'
import { checkRequestMatches, verifyRequest, type VerifiedRequest } from '../../staff/request'
import { describeWriteError, writeFileAtomic } from '../../util/atomic-write'
import { terminalSafe } from '../../util/terminal-safe'
import {
  CliError,
  cliMsg,
  EXIT,
  parseCommandArgs,
  parseNow,
  parsePositiveInt,
  readInputFile,
  usageError,
  type CliIo,
  type Command,
} from '../command'
import { commandTexts } from '../help'
import { cliText, type CliText } from '../text'
import { openProbe, saveTranscript } from '../probe-options'
import { askPractices, describeAnswers, practicesSummaryLine } from './practices-cli'
import { fingerprintBlock } from './trust'
import { askYesNo, openDeviceKeyStore, staffConfigDir, toCliError, withStaffErrors } from './staff-common'

function parsePurpose(value: string | undefined): Purpose | undefined {
  if (value === undefined) return undefined
  if (!isPurpose(value)) throw usageError(cliMsg('cli.attest.error.purpose', { value }))
  return value
}

async function resolveOutFile(io: CliIo, out: string | undefined, defaultName: string): Promise<string> {
  if (out === undefined) return path.resolve(io.cwd, defaultName)
  const target = path.resolve(io.cwd, out)
  try {
    if ((await fs.stat(target)).isDirectory()) return path.join(target, defaultName)
  } catch {
    // Not there yet: a file name, unless it was written as a folder ("inbox/").
    if (/[\\/]$/.test(out)) {
      throw new CliError(cliMsg('cli.attest.error.noFolder', { folder: target }), EXIT.CANTCREAT)
    }
  }
  return target
}

export const attestCommand: Command = {
  name: 'attest',
  ...commandTexts('cli.attest'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      request: { type: 'string' },
      'request-text': { type: 'string' },
      purpose: { type: 'string' },
      'staff-id': { type: 'string' },
      'device-label': { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
      show: { type: 'boolean' },
      yes: { type: 'boolean' },
      confirm: { type: 'string', multiple: true },
      'delete-key-after': { type: 'boolean' },
      'passphrase-file': { type: 'string' },
      timeout: { type: 'string' },
      record: { type: 'string' },
      replay: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    })
    const tx = cliText(io.lang)
    if (values.request !== undefined && values['request-text'] !== undefined)
      throw usageError(cliMsg('cli.attest.error.requestBoth'))
    const wantedPurpose = parsePurpose(values.purpose)
    const timeoutS = parsePositiveInt('--timeout', values.timeout)
    const now = parseNow(values.now) ?? new Date()
    const dir = await staffConfigDir(io)

    // 1. The request (verified before anything runs).
    let request: VerifiedRequest | null = null
    const requestInput =
      values.request !== undefined
        ? await readInputFile(values.request, 'request')
        : values['request-text'] !== undefined
          ? values['request-text']
          : null
    if (requestInput !== null) {
      const verified = await withStaffErrors(() => verifyRequest(requestInput, { dir, now }))
      await withStaffErrors(async () =>
        checkRequestMatches(verified, { purpose: wantedPurpose, staffId: values['staff-id'] }),
      )
      request = verified
      io.stderr(
        `${terminalSafe(
          tx.t('cli.attest.requestVerified', {
            id: request.payload.requestId,
            purpose: request.payload.purpose,
            staff: request.payload.staffId,
            policy: request.policy.payload.policyId,
            version: request.policy.payload.version,
            until: request.payload.notAfter,
          }),
        )}\n`,
      )
      if (request.alreadyAnswered) io.stderr(tx.t('cli.attest.alreadyAnswered') + '\n')
    }
    const purpose: Purpose = request?.payload.purpose ?? wantedPurpose ?? 'periodic'
    if (request === null && purpose !== 'periodic') {
      throw usageError(cliMsg('cli.attest.error.needsRequest', { purpose }))
    }
    const staffId = request?.payload.staffId ?? values['staff-id']
    if (staffId === undefined) throw usageError(cliMsg('cli.attest.error.staffId'))
    if (values['delete-key-after'] && purpose !== 'offboarding')
      throw usageError(cliMsg('cli.attest.error.deleteKeyAfter'))

    // 2. The policy (and the --confirm ids checked against it before anything runs).
    const chosen = await withStaffErrors(() => policyForAttestation(dir, request))
    const unknownIds = unknownConfirmations(chosen.policy, purpose, values.confirm ?? [])
    if (unknownIds.length > 0)
      throw usageError(cliMsg('cli.attest.error.unknownPractice', { purpose, ids: unknownIds.join(', ') }))
    if (chosen.source !== 'request') {
      io.stderr(
        (chosen.source === 'stored'
          ? tx.t('cli.attest.unsolicited.stored', {
              id: terminalSafe(String(chosen.policy.id)),
              version: chosen.policy.version,
            })
          : tx.t('cli.attest.unsolicited.default')) + '\n',
      )
    }

    // 3. The key (unlocked now, so a wrong passphrase is reported before the checks run).
    const store = await openDeviceKeyStore(io, dir, {
      passphraseFile: values['passphrase-file'],
      forCreate: purpose === 'onboarding',
    })
    if (purpose === 'onboarding' && !(await withStaffErrors(() => store.exists()))) {
      io.stderr(tx.t('cli.attest.creatingKey') + '\n')
    }

    // 4. The checks, with that policy.
    const { probe, recorder, now: probeNow } = await openProbe(values)
    io.stderr(tx.t('cli.attest.checking') + '\n')
    const report = await runChecks({
      probe,
      policy: chosen.policy,
      ...(probeNow ? { now: probeNow } : {}),
      ...(timeoutS ? { checkTimeoutMs: timeoutS * 1000 } : {}),
    })
    if (recorder && values.record) await saveTranscript(values.record, recorder)

    // 5. The practices: what was measured, and what the staffer confirms (asked on a terminal).
    const answers = await withStaffErrors(async () =>
      attestationAnswers(
        chosen.policy,
        purpose,
        report,
        await askConfirmations(
          io,
          chosen.policy,
          purpose,
          report,
          values.confirm ?? [],
          values.yes === true,
          tx,
        ),
      ),
    )

    // 6. Build, show, confirm, sign, write.
    const prepared: PreparedAttestation = await withStaffErrors(() =>
      prepareAttestation({
        dir,
        keyStore: store,
        report,
        policy: chosen,
        request,
        purpose,
        staffId,
        deviceLabel: values['device-label'],
        practices: answers.practices,
        checklist: answers.checklist,
        createKeyIfMissing: purpose === 'onboarding',
      }),
    )
    const outFile = await resolveOutFile(io, values.out, prepared.fileName)
    if (!values.force) {
      const exists = await fs.stat(outFile).then(
        () => true,
        () => false,
      )
      if (exists) throw new CliError(cliMsg('cli.attest.error.exists', { file: outFile }), EXIT.CANTCREAT)
    }
    if (values.show) {
      io.stdout(describeAnswers(chosen.policy, report.platform, answers.practices, tx))
      io.stdout(tx.t('cli.attest.showHeading') + '\n')
      io.stdout(prepared.payload.toString('utf8'))
      if (!values.yes) {
        const ok = await askYesNo(io, tx.t('cli.attest.signQuestion', { file: outFile }), tx)
        if (ok === null) throw usageError(cliMsg('cli.attest.error.showYes'))
        if (!ok) {
          io.stderr(tx.t('cli.attest.nothingSigned') + '\n')
          return EXIT.USAGE
        }
      }
    }
    const envelope = await withStaffErrors(() => prepared.sign())
    try {
      await writeFileAtomic(outFile, serializeEnvelope(envelope), {
        mode: 0o644,
        exclusive: values.force !== true,
      })
    } catch (err) {
      throw new CliError(
        cliMsg('cli.attest.error.notSaved', { detail: describeWriteError(outFile, err) }),
        EXIT.CANTCREAT,
      )
    }
    const p = prepared.statement.predicate
    // Ids, statuses and the key protection are printed as the file writes them (values).
    const checkLine = (c: (typeof p.checks)[number]) =>
      tx.t(
        c.level === 'required'
          ? 'cli.attest.check'
          : c.level === 'off'
            ? 'cli.attest.check.off'
            : 'cli.attest.check.recommended',
        { id: c.id, status: c.status },
      )
    io.stdout(
      `${tx.t('cli.attest.wrote', { file: outFile })}\n` +
        `  ${tx.t('cli.attest.what', { purpose: p.purpose, staff: p.staff.id, device: p.device.label, sequence: p.sequence })}\n` +
        `  ${tx.t('cli.attest.result', { result: tx.t(`cli.status.${p.result}`) })}` +
        p.checks
          .filter((c) => c.status !== 'pass')
          .map((c) => `\n    ${checkLine(c)}`)
          .join('') +
        `\n${practicesSummaryLine(p.practices ?? [], tx)}  ${tx.t('cli.attest.keyProtection', { value: p.producer.keyProtection })}\n`,
    )
    if (prepared.keyCreated || purpose === 'onboarding') {
      io.stdout(
        `${tx.t('cli.attest.deviceFingerprint')}\n${fingerprintBlock(prepared.deviceFingerprint, tx)}`,
      )
    }
    io.stdout(tx.t('cli.attest.send') + '\n')
    if (values['delete-key-after']) {
      try {
        await store.delete()
        io.stdout(tx.t('cli.attest.keyDeleted') + '\n')
      } catch (err) {
        const mapped = toCliError(err)
        throw mapped instanceof CliError ? mapped : err
      }
    }
    return EXIT.OK
  },
}

/**
 * The ids to confirm: those given with --confirm, and on a terminal (unless --yes) the answers to a
 * y/N question for each other practice that is not already found on this laptop. When leaving, a
 * "no" to a required step stops here: it must be done first.
 */
async function askConfirmations(
  io: CliIo,
  policy: Policy,
  purpose: Purpose,
  report: Report,
  given: readonly string[],
  yes: boolean,
  tx: CliText,
): Promise<Set<string>> {
  const confirmed = new Set(given)
  if (yes) return confirmed
  const mustDo = new Set(purpose === 'offboarding' ? leavingSteps(policy).map((p) => p.id) : [])
  await askPractices(
    io,
    policy,
    purpose,
    report,
    confirmed,
    (practice, title) => {
      if (mustDo.has(practice.id)) throw usageError(cliMsg('cli.attest.error.completeFirst', { title }))
    },
    tx,
  )
  return confirmed
}
