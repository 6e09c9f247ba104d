/**
 * `preflight ciso verify | enroll | roster | revoke | offboard | export-allowed-signers`: checking
 * attestations and managing enrolled devices.
 */
import type { KeyObject } from 'node:crypto'
import * as path from 'node:path'
import type { PracticesJudgement, VerifyRow } from '../../../shared/roster-types'
import { formatFingerprint, KeyFormatError, publicKeyFromPem } from '../../attestation/keys'
import {
  allowedSigners,
  enrollDevice,
  offboardDevice,
  revokeDevices,
  rosterRows,
  verifyPaths,
} from '../../ciso/operations'
import { reattestDaysOf } from '../../ciso/issue'
import { loadRoster } from '../../ciso/roster-store'
import { pastableCommand, shellFor } from '../../util/shell-quote'
import { jsonForTerminal } from '../../util/terminal-safe'
import {
  CliError,
  EXIT,
  parseCommandArgs,
  parseNow,
  parsePositiveInt,
  readInputFile,
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
  table,
  toCsv,
  writeOut,
} from './ciso-common'

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const
const NOW_HELP = `  --now <iso-date>       judge times as of this moment (default: now; for audits and tests)`

function shortFp(fp: string | undefined): string {
  return fp ? fp.slice(0, 16) : ''
}

/**
 * The command to enroll an enrollable row's file, quoted for the shell of `platform`, or why it is
 * left out (a file name that cannot be printed both exactly and safely).
 */
export function enrollCommandFor(row: VerifyRow, platform: NodeJS.Platform): string {
  const line = pastableCommand(
    [
      { literal: 'preflight ciso enroll' },
      { path: row.file },
      { literal: '--staff-id' },
      { arg: row.staffId ?? '' },
    ],
    shellFor(platform),
  )
  if (line !== null) return `to enroll it once you have compared the fingerprint: ${line}`
  return (
    'to enroll it once you have compared the fingerprint, run `preflight ciso enroll <file> --staff-id <id>`: ' +
    'the command is not printed because the file name holds characters that cannot be shown safely; rename the file first'
  )
}

/** A practices judgement for a table cell: the result, and the required practices not met. */
function practicesCell(p: PracticesJudgement | null | undefined): string {
  if (p === undefined || p === null) return '-'
  return p.unmet.length === 0 ? p.result : `${p.result}: ${printable(p.unmet.join(','))}`
}

function verifyTable(rows: readonly VerifyRow[], platform: NodeJS.Platform): string {
  const body = rows.map((r) => [
    r.code,
    r.result ?? '',
    r.practices?.result ?? '-',
    printable(r.staffId ?? ''),
    printable(r.deviceLabel ?? ''),
    printable(r.purpose ?? ''),
    printable(r.collectedAt ?? ''),
    printable(r.file),
  ])
  const out = [
    table(['OUTCOME', 'POSTURE', 'PRACTICES', 'STAFF', 'DEVICE', 'PURPOSE', 'COLLECTED', 'FILE'], body),
  ]
  const notes = rows
    .filter(
      (r) =>
        r.code !== 'ACCEPTED' ||
        r.result !== 'pass' ||
        r.message !== 'accepted' ||
        (r.practices !== undefined && r.practices.result !== 'pass'),
    )
    .map((r) => {
      const failing =
        r.failingChecks && r.failingChecks.length > 0
          ? ` (not passing: ${printable(r.failingChecks.join(', '))})`
          : ''
      const lines = [`  ${printable(r.file)}: ${r.code}: ${printable(r.message)}${failing}`]
      if (r.practices !== undefined && r.practices.unmet.length > 0)
        lines.push(
          `    practices ${r.practices.result}: not measured or confirmed: ${printable(r.practices.unmet.join(', '))}`,
        )
      if (r.fingerprint !== undefined && (r.code === 'UNKNOWN_KEY' || r.code === 'CONTESTED_REQUEST'))
        lines.push(`    device key fingerprint: ${formatFingerprint(r.fingerprint)}`)
      if (r.enrollable === true) lines.push(`    ${enrollCommandFor(r, platform)}`)
      return lines.join('\n')
    })
  if (notes.length > 0) out.push('\nDetails:\n' + notes.join('\n') + '\n')
  return out.join('')
}

const VERIFY_CSV_HEADER = [
  'file',
  'outcome',
  'message',
  'staffId',
  'deviceLabel',
  'fingerprint',
  'purpose',
  'collectedAt',
  'sequence',
  'posture',
  'failingChecks',
  'unsolicited',
  'practices',
  'unmetPractices',
] as const

/** `preflight ciso verify`: verify files and folders, record accepted ones. */
export const cisoVerifyCommand: Command = {
  name: 'ciso verify',
  summary: 'verify attestation files (one, many or whole folders) and record them',
  help: `Usage: preflight ciso verify <file|dir>... [--json|--csv] [--dry-run] [--now <iso>]
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
${NOW_HELP}
${CAMPAIGN_HELP}
${PASSPHRASE_HELP}
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
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...HELP_OPTION,
        ...CAMPAIGN_OPTION,
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        now: { type: 'string' },
      },
      true,
    )
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    if (positionals.length === 0) throw usageError('give at least one attestation file or folder')
    if (values.json && values.csv) throw usageError('--json and --csv cannot be used together')
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    const dryRun = values['dry-run'] === true
    const unlock = cisoUnlocker(ref.dir, values['passphrase-file'], io)
    const result = await mapErrors(() =>
      verifyPaths(
        ref,
        positionals.map((p) => path.resolve(io.cwd, p)),
        { now, dryRun, syncReads: true, unlock },
      ),
    )
    for (const u of result.unreadable)
      io.stderr(`preflight ciso verify: cannot read ${printable(u.path)}: ${printable(u.message)}\n`)
    for (const e of result.skipped)
      io.stderr(`preflight ciso verify: skipped ${printable(e.path)}: ${printable(e.reason)}\n`)
    if (result.rows.length === 0 && result.unreadable.length === 0 && result.skipped.length === 0)
      throw new CliError(`no attestation files (*.json) found in ${positionals.join(', ')}`, EXIT.NOINPUT)
    if (values.json) {
      io.stdout(
        jsonForTerminal({
          format: 'preflight-verify/v1',
          verifiedAt: now.toISOString(),
          dryRun,
          recorded: result.saved,
          rows: result.rows,
          unreadable: result.unreadable,
          skipped: result.skipped,
        }) + '\n',
      )
    } else if (values.csv) {
      io.stdout(
        toCsv(
          VERIFY_CSV_HEADER,
          result.rows.map((r) => [
            r.file,
            r.code,
            r.message,
            r.staffId,
            r.deviceLabel,
            r.fingerprint,
            r.purpose,
            r.collectedAt,
            r.sequence,
            r.result,
            r.failingChecks,
            r.unsolicited,
            r.practices?.result,
            r.practices?.unmet,
          ]),
        ),
      )
    } else {
      if (result.rows.length > 0) io.stdout(verifyTable(result.rows, io.platform ?? process.platform) + '\n')
      const count = (pred: (r: VerifyRow) => boolean) => result.rows.filter(pred).length
      const accepted = count((r) => r.code === 'ACCEPTED')
      const already = count((r) => r.code === 'ALREADY_RECORDED')
      const rejected = result.rows.length - accepted - already
      const passing = count(
        (r) => (r.code === 'ACCEPTED' || r.code === 'ALREADY_RECORDED') && r.result === 'pass',
      )
      io.stdout(
        `${result.rows.length} file(s): ${accepted} accepted, ${already} already recorded, ${rejected} rejected; ` +
          `${passing} with a passing posture.${dryRun ? ' Dry run: nothing was recorded.' : result.saved ? ' Roster updated.' : ''}\n`,
      )
    }
    if (result.unreadable.length > 0 || result.skipped.length > 0) return EXIT.DATAERR
    const allGood = result.rows.every(
      (r) => (r.code === 'ACCEPTED' || r.code === 'ALREADY_RECORDED') && r.result === 'pass',
    )
    return allGood ? EXIT.OK : EXIT.FAIL
  },
}

/** `preflight ciso enroll`: trust-on-first-use enrollment with an out-of-band fingerprint check. */
export const cisoEnrollCommand: Command = {
  name: 'ciso enroll',
  summary: 'enroll a new device from its onboarding attestation (trust on first use)',
  help: `Usage: preflight ciso enroll <file> --staff-id <id> [--yes] [--public-key <pem>]
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
${NOW_HELP}
${CAMPAIGN_HELP}
${PASSPHRASE_HELP}
  -h, --help             show this help

Exit codes: 0 enrolled, 1 refused (verification failed, already enrolled, not confirmed), 64 usage,
65 malformed file, 66 file missing, 77 campaign folder refused or key problem.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...HELP_OPTION,
        ...CAMPAIGN_OPTION,
        'staff-id': { type: 'string' },
        yes: { type: 'boolean' },
        'public-key': { type: 'string' },
        'passphrase-file': { type: 'string' },
        now: { type: 'string' },
      },
      true,
    )
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    if (positionals.length !== 1) throw usageError('give exactly one onboarding attestation file')
    const staffId = values['staff-id']
    if (staffId === undefined) throw usageError('--staff-id is required')
    let publicKey: KeyObject | undefined
    if (values['public-key'] !== undefined) {
      const pem = await readInputFile(path.resolve(io.cwd, values['public-key']), 'public key')
      try {
        publicKey = publicKeyFromPem(pem)
      } catch (err) {
        if (err instanceof KeyFormatError)
          throw new CliError(`${values['public-key']}: ${err.message}`, EXIT.DATAERR)
        throw err
      }
    }
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    const file = path.resolve(io.cwd, positionals[0] as string)
    const { device } = await mapErrors(() =>
      enrollDevice(ref, file, {
        staffId,
        now,
        unlock: cisoUnlocker(ref.dir, values['passphrase-file'], io),
        ...(publicKey ? { publicKey } : {}),
        confirm: async (preview) => {
          io.stderr(
            `Device "${printable(preview.deviceLabel)}" (${printable(preview.platform)}, key stored as ${printable(preview.keyProtection)}) of ${printable(preview.staffId)}\n` +
              `Fingerprint: ${formatFingerprint(preview.fingerprint)}\n` +
              `Ask the staffer to read the fingerprint shown in their Preflight window and compare every group.\n`,
          )
          if (values.yes === true) return true
          if (!io.prompt) throw new CliError('cannot ask for confirmation here; pass --yes', EXIT.USAGE)
          const answer = await io.prompt('Does it match exactly? Type "yes" to enroll: ')
          if (answer === null)
            throw new CliError(
              'no terminal to confirm the fingerprint; compare it, then pass --yes',
              EXIT.USAGE,
            )
          return answer.trim().toLowerCase() === 'yes'
        },
      }),
    )
    io.stdout(
      `Enrolled ${printable(device.deviceLabel)} for ${printable(device.staffId)} (fingerprint ${formatFingerprint(device.fingerprint)}); ` +
        `onboarding posture: ${device.lastAttestation?.result ?? 'unknown'}` +
        `${device.lastAttestation && device.lastAttestation.failingChecks.length > 0 ? ` (not passing: ${printable(device.lastAttestation.failingChecks.join(', '))})` : ''}\n`,
    )
    return EXIT.OK
  },
}

/** `preflight ciso roster`: list devices with status, last attestation and stale marker. */
export const cisoRosterCommand: Command = {
  name: 'ciso roster',
  summary: 'list enrolled devices with status, last attestation and result',
  help: `Usage: preflight ciso roster [--json|--csv] [--stale-days <n>] [--now <iso>] [--campaign <dir>]

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
${NOW_HELP}
${CAMPAIGN_HELP}
  -h, --help             show this help

Reading needs only the public key; the roster is verified against the key pinned on this laptop.

Exit codes: 0 listed, 64 usage, 65 corrupt roster, 66 no campaign folder, 77 campaign folder
refused (ROSTER_BAD_SIGNATURE, ROSTER_ROLLBACK, … see docs/ciso.md).
`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      ...CAMPAIGN_OPTION,
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      'stale-days': { type: 'string' },
      now: { type: 'string' },
    })
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    if (values.json && values.csv) throw usageError('--json and --csv cannot be used together')
    const staleOption = parsePositiveInt('--stale-days', values['stale-days'])
    const now = parseNow(values.now) ?? new Date()
    const ref = await campaignRef(values.campaign, io)
    const roster = await mapErrors(() => loadRoster(ref))
    const staleDays = staleOption ?? reattestDaysOf(roster)
    const rows = rosterRows(roster, now, staleDays)
    if (values.json) {
      io.stdout(
        jsonForTerminal({ format: 'preflight-roster-list/v1', org: roster.org, staleDays, devices: rows }) +
          '\n',
      )
    } else if (values.csv) {
      io.stdout(
        toCsv(
          [
            'staffId',
            'deviceLabel',
            'platform',
            'fingerprint',
            'status',
            'enrolledAt',
            'lastCollectedAt',
            'lastPurpose',
            'lastResult',
            'failingChecks',
            'stale',
            'practices',
            'unmetPractices',
          ],
          rows.map((r) => [
            r.staffId,
            r.deviceLabel,
            r.platform,
            r.fingerprint,
            r.status,
            r.enrolledAt,
            r.lastCollectedAt,
            r.lastPurpose,
            r.lastResult,
            r.failingChecks,
            r.stale,
            r.practices?.result,
            r.practices?.unmet,
          ]),
        ),
      )
    } else if (rows.length === 0) {
      io.stdout(
        'No devices enrolled yet. Enroll one with `preflight ciso enroll <onboarding file> --staff-id <id>`.\n',
      )
    } else {
      io.stdout(
        table(
          [
            'STAFF',
            'DEVICE',
            'PLATFORM',
            'STATUS',
            'LAST ATTESTATION',
            'PURPOSE',
            'POSTURE',
            'NOT PASSING',
            'PRACTICES',
            'FINGERPRINT',
          ],
          rows.map((r) => [
            printable(r.staffId),
            printable(r.deviceLabel),
            printable(r.platform),
            r.stale ? `${r.status} STALE` : r.status,
            printable(r.lastCollectedAt ?? 'never'),
            printable(r.lastPurpose ?? ''),
            r.lastResult ?? '',
            printable(r.failingChecks.join(',')) || '-',
            practicesCell(r.practices),
            shortFp(r.fingerprint),
          ]),
        ),
      )
    }
    return EXIT.OK
  },
}

/** `preflight ciso revoke`: revoke by fingerprint or staff id. */
export const cisoRevokeCommand: Command = {
  name: 'ciso revoke',
  summary: 'revoke a device key, or every device of a staff id',
  help: `Usage: preflight ciso revoke <fingerprint|staff-id> [--reason <text>] [--now <iso>]
                           [--campaign <dir>] [--passphrase-file <file>]

Revoke device keys: from now on every file they sign is rejected with REVOKED_KEY (files recorded
before stay in the history). Give a fingerprint (full, or at least its first 16 hex digits; spaces and
colons are ignored) or a staff id (any case) to revoke all of that person's active devices. Use it
for a lost or stolen laptop, or a key you no longer trust. A revoked device must enroll again with a
new key.

Options:
  --reason <text>        why (kept in the roster)
  --now <iso-date>       the revocation time recorded (default: now; for tests)
${CAMPAIGN_HELP}
${PASSPHRASE_HELP}
  -h, --help             show this help

Exit codes: 0 revoked, 1 no active device matched, 64 usage, 65 ambiguous fingerprint, 77 campaign
folder refused or key problem.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...HELP_OPTION,
        ...CAMPAIGN_OPTION,
        reason: { type: 'string' },
        'passphrase-file': { type: 'string' },
        now: { type: 'string' },
      },
      true,
    )
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    if (positionals.length !== 1) throw usageError('give one fingerprint or staff id')
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    const revoked = await mapErrors(() =>
      revokeDevices(ref, positionals[0] as string, {
        reason: values.reason ?? null,
        now,
        unlock: cisoUnlocker(ref.dir, values['passphrase-file'], io),
      }),
    )
    for (const d of revoked)
      io.stdout(
        `Revoked ${printable(d.deviceLabel)} of ${printable(d.staffId)} (fingerprint ${formatFingerprint(d.fingerprint)})\n`,
      )
    return EXIT.OK
  },
}

/** `preflight ciso offboard`: verify the final attestation, retire the key. */
export const cisoOffboardCommand: Command = {
  name: 'ciso offboard',
  summary: "verify a staffer's final offboarding attestation and retire the device key",
  help: `Usage: preflight ciso offboard <file> [--now <iso>] [--campaign <dir>] [--passphrase-file <file>]

Verify the final offboarding attestation (it must answer an offboarding request you issued and pass
every verification step, or have been recorded already by \`ciso verify\`), then mark the device
offboarded: nothing it signs is accepted afterwards. The staffer's checklist answers are shown; they
are self-declared.

Options:
${NOW_HELP}
${CAMPAIGN_HELP}
${PASSPHRASE_HELP}
  -h, --help             show this help

Exit codes: 0 offboarded, 1 refused (the file did not verify or is not an offboarding attestation),
64 usage, 65 malformed, 66 file missing, 77 campaign folder refused or key problem.
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { ...HELP_OPTION, ...CAMPAIGN_OPTION, 'passphrase-file': { type: 'string' }, now: { type: 'string' } },
      true,
    )
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    if (positionals.length !== 1) throw usageError('give exactly one offboarding attestation file')
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    const r = await mapErrors(() =>
      offboardDevice(ref, path.resolve(io.cwd, positionals[0] as string), {
        now,
        unlock: cisoUnlocker(ref.dir, values['passphrase-file'], io),
      }),
    )
    io.stdout(
      `Offboarded ${printable(r.device.deviceLabel)} of ${printable(r.device.staffId)} (fingerprint ${formatFingerprint(r.device.fingerprint)}); ` +
        `final posture: ${r.row.result ?? 'unknown'}\n`,
    )
    for (const t of r.unconfirmed) io.stdout(`  not confirmed by the staffer: ${printable(t)}\n`)
    return EXIT.OK
  },
}

/** `preflight ciso export-allowed-signers`: OpenSSH allowed_signers of active keys. */
export const cisoExportAllowedSignersCommand: Command = {
  name: 'ciso export-allowed-signers',
  summary: 'write an OpenSSH allowed_signers file of the active device keys',
  help: `Usage: preflight ciso export-allowed-signers [--namespace <ns>] [--out <file>] [--campaign <dir>]

Print (or write) an OpenSSH allowed_signers file with one line per active device key, so that
\`ssh-keygen -Y verify\` can check SSH signatures made with the same keys.

Options:
  --namespace <ns>       signature namespace (default device-attestation@preflight)
  --out <file>           write to this file instead of standard output
${CAMPAIGN_HELP}
  -h, --help             show this help

Exit codes: 0 written, 64 usage, 65 damaged roster, 73 cannot write the file.
`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      ...CAMPAIGN_OPTION,
      namespace: { type: 'string' },
      out: { type: 'string' },
    })
    if (values.help) {
      io.stdout(this.help)
      return EXIT.OK
    }
    const ns = values.namespace ?? 'device-attestation@preflight'
    if (!/^[A-Za-z0-9@._-]{1,128}$/.test(ns)) throw usageError('--namespace: use letters, digits and @ . _ -')
    const ref = await campaignRef(values.campaign, io)
    const roster = await mapErrors(() => loadRoster(ref))
    const text = allowedSigners(roster, ns)
    if (values.out !== undefined) io.stderr(`Written to ${await writeOut(values.out, text, io.cwd)}\n`)
    else io.stdout(text)
    return EXIT.OK
  },
}

/** The verification and roster commands, for the command list. */
export const CISO_ROSTER_COMMANDS = [
  cisoVerifyCommand,
  cisoEnrollCommand,
  cisoRosterCommand,
  cisoRevokeCommand,
  cisoOffboardCommand,
  cisoExportAllowedSignersCommand,
] as const
