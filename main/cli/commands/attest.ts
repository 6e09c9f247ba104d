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
  EXIT,
  parseCommandArgs,
  parseNow,
  parsePositiveInt,
  readInputFile,
  usageError,
  type CliIo,
  type Command,
} from '../command'
import { openProbe, saveTranscript } from '../probe-options'
import { askPractices, describeAnswers, practicesSummaryLine } from './practices-cli'
import { fingerprintBlock } from './trust'
import { askYesNo, openDeviceKeyStore, staffConfigDir, toCliError, withStaffErrors } from './staff-common'

export const ATTEST_HELP = `Usage: preflight attest [--request FILE | --request-text TEXT] --staff-id ID [options]

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
`

function parsePurpose(value: string | undefined): Purpose | undefined {
  if (value === undefined) return undefined
  if (!isPurpose(value))
    throw usageError(`--purpose must be onboarding, periodic or offboarding, got "${value}"`)
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
      throw new CliError(`the folder ${target} does not exist; nothing was signed`, EXIT.CANTCREAT)
    }
  }
  return target
}

export const attestCommand: Command = {
  name: 'attest',
  summary: 'check this laptop and write a signed attestation',
  help: ATTEST_HELP,
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
    if (values.help) {
      io.stdout(ATTEST_HELP)
      return EXIT.OK
    }
    if (values.request !== undefined && values['request-text'] !== undefined)
      throw usageError('give either --request or --request-text, not both')
    const wantedPurpose = parsePurpose(values.purpose)
    const timeoutS = parsePositiveInt('--timeout', values.timeout)
    const now = parseNow(values.now) ?? new Date()
    const dir = await staffConfigDir(io)

    // 1. The request (verified before anything runs).
    let request: VerifiedRequest | null = null
    const requestInput =
      values.request !== undefined
        ? await readInputFile(values.request, 'request file')
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
        `${terminalSafe(`Request ${request.payload.requestId} verified: ${request.payload.purpose} for ${request.payload.staffId}, policy ${request.policy.payload.policyId} v${request.policy.payload.version}, valid until ${request.payload.notAfter}.`)}\n`,
      )
      if (request.alreadyAnswered) {
        io.stderr(
          'Note: this device already answered this request; your security contact may refuse a second answer.\n',
        )
      }
    }
    const purpose: Purpose = request?.payload.purpose ?? wantedPurpose ?? 'periodic'
    if (request === null && purpose !== 'periodic') {
      throw usageError(
        `an ${purpose} attestation answers a request from your security contact: give --request FILE or --request-text TEXT`,
      )
    }
    const staffId = request?.payload.staffId ?? values['staff-id']
    if (staffId === undefined)
      throw usageError('--staff-id is required (your staff id as your security contact knows it)')
    if (values['delete-key-after'] && purpose !== 'offboarding')
      throw usageError('--delete-key-after is only for offboarding')

    // 2. The policy (and the --confirm ids checked against it before anything runs).
    const chosen = await withStaffErrors(() => policyForAttestation(dir, request))
    const unknownIds = unknownConfirmations(chosen.policy, purpose, values.confirm ?? [])
    if (unknownIds.length > 0)
      throw usageError(
        `--confirm: not a practice of this ${purpose} attestation: ${unknownIds.join(', ')} (preflight check lists them)`,
      )
    if (chosen.source !== 'request') {
      io.stderr(
        chosen.source === 'stored'
          ? `Unsolicited report with policy ${terminalSafe(String(chosen.policy.id))} v${chosen.policy.version} (the latest received).\n`
          : 'Unsolicited report with the built-in default policy (no signed policy received yet).\n',
      )
    }

    // 3. The key (unlocked now, so a wrong passphrase is reported before the checks run).
    const store = await openDeviceKeyStore(io, dir, {
      passphraseFile: values['passphrase-file'],
      forCreate: purpose === 'onboarding',
    })
    if (purpose === 'onboarding' && !(await withStaffErrors(() => store.exists()))) {
      io.stderr('Creating this device’s signing key…\n')
    }

    // 4. The checks, with that policy.
    const { probe, recorder, now: probeNow } = await openProbe(values)
    io.stderr('Checking this laptop…\n')
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
        await askConfirmations(io, chosen.policy, purpose, report, values.confirm ?? [], values.yes === true),
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
      if (exists)
        throw new CliError(
          `${outFile} already exists (use --force to replace it); nothing was signed`,
          EXIT.CANTCREAT,
        )
    }
    if (values.show) {
      io.stdout(describeAnswers(chosen.policy, report.platform, answers.practices))
      io.stdout(`This is exactly what will be signed (payloadType application/vnd.in-toto+json):\n`)
      io.stdout(prepared.payload.toString('utf8'))
      if (!values.yes) {
        const ok = await askYesNo(io, `Sign this and write ${outFile}?`)
        if (ok === null) throw usageError('nothing was signed: run again with --yes to sign after --show')
        if (!ok) {
          io.stderr('Nothing was signed.\n')
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
      throw new CliError(`${describeWriteError(outFile, err)}; the attestation was not saved`, EXIT.CANTCREAT)
    }
    const p = prepared.statement.predicate
    io.stdout(
      `Wrote ${outFile}\n  ${p.purpose} attestation for ${p.staff.id}, device ${p.device.label}, sequence ${p.sequence}\n  result: ${p.result.toUpperCase()}${p.checks
        .filter((c) => c.status !== 'pass')
        .map(
          (c) =>
            `\n    ${c.id}: ${c.status}${c.level === 'required' ? '' : ` (${c.level === 'off' ? 'off in policy' : 'recommended'})`}`,
        )
        .join(
          '',
        )}\n${practicesSummaryLine(p.practices ?? [])}  key protection: ${p.producer.keyProtection}\n`,
    )
    if (prepared.keyCreated || purpose === 'onboarding') {
      io.stdout(
        `Device key fingerprint (read it to your security contact when they ask):\n${fingerprintBlock(prepared.deviceFingerprint)}`,
      )
    }
    io.stdout('Send this file to your security contact.\n')
    if (values['delete-key-after']) {
      try {
        await store.delete()
        io.stdout('The device signing key was deleted.\n')
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
): Promise<Set<string>> {
  const confirmed = new Set(given)
  if (yes) return confirmed
  const mustDo = new Set(purpose === 'offboarding' ? leavingSteps(policy).map((p) => p.id) : [])
  await askPractices(io, policy, purpose, report, confirmed, (practice, title) => {
    if (mustDo.has(practice.id)) throw usageError(`please complete "${title}" first, then run this again`)
  })
  return confirmed
}
