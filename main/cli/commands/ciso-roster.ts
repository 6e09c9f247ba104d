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
  cliMsg,
  EXIT,
  parseCommandArgs,
  parseNow,
  parsePositiveInt,
  readInputFile,
  usageError,
  type Command,
} from '../command'
import { commandTexts } from '../help'
import { cliText, type CliText } from '../text'
import {
  CAMPAIGN_OPTION,
  campaignRef,
  confirmTypedYes,
  cisoUnlocker,
  mapErrors,
  printable,
  table,
  toCsv,
  writeOut,
} from './ciso-common'

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const

function shortFp(fp: string | undefined): string {
  return fp ? fp.slice(0, 16) : ''
}

/**
 * The command to enroll an enrollable row's file, quoted for the shell of `platform`, or why it is
 * left out (a file name that cannot be printed both exactly and safely).
 */
export function enrollCommandFor(row: VerifyRow, platform: NodeJS.Platform, tx: CliText = cliText()): string {
  const line = pastableCommand(
    [
      { literal: 'preflight ciso enroll' },
      { path: row.file },
      { literal: '--staff-id' },
      { arg: row.staffId ?? '' },
    ],
    shellFor(platform),
  )
  if (line !== null) return tx.t('cli.ciso.verify.enroll', { command: line })
  return tx.t('cli.ciso.verify.enrollUnsafe')
}

/** A practices judgement for a table cell: the result, and the required practices not met. */
function practicesCell(p: PracticesJudgement | null | undefined): string {
  if (p === undefined || p === null) return '-'
  return p.unmet.length === 0 ? p.result : `${p.result}: ${printable(p.unmet.join(','))}`
}

const VERIFY_COLUMNS = [
  'outcome',
  'posture',
  'practices',
  'staff',
  'device',
  'purpose',
  'collected',
  'file',
] as const

function verifyTable(rows: readonly VerifyRow[], platform: NodeJS.Platform, tx: CliText): string {
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
    table(
      VERIFY_COLUMNS.map((c) => tx.t(`cli.ciso.column.${c}`)),
      body,
    ),
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
      // The verifier's reason (main/ciso/verify.ts) in the reader's language; a reason that is
      // another layer's English (no message) is printed as it is.
      const reason = r.text === undefined ? r.message : tx.main(r.text)
      const note = { file: printable(r.file), code: r.code, message: printable(reason) }
      const lines = [
        `  ${
          r.failingChecks && r.failingChecks.length > 0
            ? tx.t('cli.ciso.verify.note.failing', { ...note, checks: printable(r.failingChecks.join(', ')) })
            : tx.t('cli.ciso.verify.note', note)
        }`,
      ]
      if (r.practices !== undefined && r.practices.unmet.length > 0)
        lines.push(
          `    ${tx.t('cli.ciso.verify.unmet', { result: r.practices.result, ids: printable(r.practices.unmet.join(', ')) })}`,
        )
      if (r.fingerprint !== undefined && (r.code === 'UNKNOWN_KEY' || r.code === 'CONTESTED_REQUEST'))
        lines.push(`    ${tx.t('cli.ciso.verify.fingerprint', { fp: formatFingerprint(r.fingerprint) })}`)
      if (r.enrollable === true) lines.push(`    ${enrollCommandFor(r, platform, tx)}`)
      return lines.join('\n')
    })
  if (notes.length > 0) out.push(`\n${tx.t('cli.ciso.verify.details')}\n` + notes.join('\n') + '\n')
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
  ...commandTexts('cli.ciso.verify'),
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
    const tx = cliText(io.lang)
    if (positionals.length === 0) throw usageError(cliMsg('cli.ciso.verify.error.none'))
    if (values.json && values.csv) throw usageError(cliMsg('cli.usage.together', { a: '--json', b: '--csv' }))
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
      io.stderr(
        tx.t('cli.ciso.verify.cannotRead', { path: printable(u.path), message: printable(u.message) }) + '\n',
      )
    for (const e of result.skipped)
      io.stderr(
        tx.t('cli.ciso.verify.skipped', { path: printable(e.path), reason: printable(e.reason) }) + '\n',
      )
    if (result.rows.length === 0 && result.unreadable.length === 0 && result.skipped.length === 0)
      throw new CliError(
        cliMsg('cli.ciso.verify.error.noFiles', { paths: positionals.join(', ') }),
        EXIT.NOINPUT,
      )
    if (values.json) {
      io.stdout(
        jsonForTerminal({
          format: 'preflight-verify/v1',
          verifiedAt: now.toISOString(),
          dryRun,
          recorded: result.saved,
          // The rows as before messages (`text` is for display in a language; --json is English).
          rows: result.rows.map(({ text: _text, ...row }) => row),
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
      if (result.rows.length > 0)
        io.stdout(verifyTable(result.rows, io.platform ?? process.platform, tx) + '\n')
      const count = (pred: (r: VerifyRow) => boolean) => result.rows.filter(pred).length
      const accepted = count((r) => r.code === 'ACCEPTED')
      const already = count((r) => r.code === 'ALREADY_RECORDED')
      const rejected = result.rows.length - accepted - already
      const passing = count(
        (r) => (r.code === 'ACCEPTED' || r.code === 'ALREADY_RECORDED') && r.result === 'pass',
      )
      const files = result.rows.length
      const after = dryRun
        ? tx.t('cli.ciso.verify.dryRun')
        : result.saved
          ? tx.t('cli.ciso.verify.saved')
          : ''
      io.stdout(
        tx.t('cli.ciso.verify.totals', { files, accepted, already, rejected, passing }) +
          (after === '' ? '' : ` ${after}`) +
          '\n',
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
  ...commandTexts('cli.ciso.enroll'),
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
    const tx = cliText(io.lang)
    if (positionals.length !== 1) throw usageError(cliMsg('cli.ciso.enroll.error.oneFile'))
    const staffId = values['staff-id']
    if (staffId === undefined) throw usageError(cliMsg('cli.usage.required', { option: '--staff-id' }))
    let publicKey: KeyObject | undefined
    if (values['public-key'] !== undefined) {
      const pem = await readInputFile(path.resolve(io.cwd, values['public-key']), 'publicKey')
      try {
        publicKey = publicKeyFromPem(pem)
      } catch (err) {
        if (err instanceof KeyFormatError)
          throw new CliError(
            cliMsg('cli.error.inFile', { file: values['public-key'], message: err.message }),
            EXIT.DATAERR,
          )
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
            tx.t('cli.ciso.enroll.preview', {
              label: printable(preview.deviceLabel),
              platform: printable(preview.platform),
              protection: printable(preview.keyProtection),
              staff: printable(preview.staffId),
            }) +
              '\n' +
              tx.t('cli.ciso.enroll.fingerprint', { fp: formatFingerprint(preview.fingerprint) }) +
              '\n' +
              tx.t('cli.ciso.enroll.compare') +
              '\n',
          )
          return confirmTypedYes(
            io,
            values.yes === true,
            (yes) => tx.t('cli.ciso.enroll.question', { yes }),
            cliMsg('cli.ciso.enroll.error.noTerminal'),
          )
        },
      }),
    )
    const enrolled = {
      label: printable(device.deviceLabel),
      staff: printable(device.staffId),
      fp: formatFingerprint(device.fingerprint),
      // The roster's result value (pass, fail, unknown), as --json writes it.
      result: device.lastAttestation?.result ?? 'unknown',
    }
    const failing = device.lastAttestation?.failingChecks ?? []
    io.stdout(
      (failing.length > 0
        ? tx.t('cli.ciso.enroll.done.failing', { ...enrolled, checks: printable(failing.join(', ')) })
        : tx.t('cli.ciso.enroll.done', enrolled)) + '\n',
    )
    return EXIT.OK
  },
}

/** `preflight ciso roster`: list devices with status, last attestation and stale marker. */
export const cisoRosterCommand: Command = {
  name: 'ciso roster',
  ...commandTexts('cli.ciso.roster'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      ...CAMPAIGN_OPTION,
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      'stale-days': { type: 'string' },
      now: { type: 'string' },
    })
    const tx = cliText(io.lang)
    if (values.json && values.csv) throw usageError(cliMsg('cli.usage.together', { a: '--json', b: '--csv' }))
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
      io.stdout(tx.t('cli.ciso.roster.empty') + '\n')
    } else {
      io.stdout(
        table(
          (
            [
              'staff',
              'device',
              'platform',
              'status',
              'lastAttestation',
              'purpose',
              'posture',
              'notPassing',
              'practices',
              'fingerprint',
            ] as const
          ).map((c) => tx.t(`cli.ciso.column.${c}`)),
          rows.map((r) => [
            printable(r.staffId),
            printable(r.deviceLabel),
            printable(r.platform),
            r.stale ? tx.t('cli.ciso.roster.stale', { status: r.status }) : r.status,
            printable(r.lastCollectedAt ?? tx.t('cli.ciso.roster.never')),
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
  ...commandTexts('cli.ciso.revoke'),
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
    const tx = cliText(io.lang)
    if (positionals.length !== 1) throw usageError(cliMsg('cli.ciso.revoke.error.one'))
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
        tx.t('cli.ciso.revoke.done', {
          label: printable(d.deviceLabel),
          staff: printable(d.staffId),
          fp: formatFingerprint(d.fingerprint),
        }) + '\n',
      )
    return EXIT.OK
  },
}

/** `preflight ciso offboard`: verify the final attestation, retire the key. */
export const cisoOffboardCommand: Command = {
  name: 'ciso offboard',
  ...commandTexts('cli.ciso.offboard'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { ...HELP_OPTION, ...CAMPAIGN_OPTION, 'passphrase-file': { type: 'string' }, now: { type: 'string' } },
      true,
    )
    const tx = cliText(io.lang)
    if (positionals.length !== 1) throw usageError(cliMsg('cli.ciso.offboard.error.oneFile'))
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    const r = await mapErrors(() =>
      offboardDevice(ref, path.resolve(io.cwd, positionals[0] as string), {
        now,
        unlock: cisoUnlocker(ref.dir, values['passphrase-file'], io),
      }),
    )
    io.stdout(
      tx.t('cli.ciso.offboard.done', {
        label: printable(r.device.deviceLabel),
        staff: printable(r.device.staffId),
        fp: formatFingerprint(r.device.fingerprint),
        result: r.row.result ?? 'unknown',
      }) + '\n',
    )
    for (const t of r.unconfirmed)
      io.stdout(`  ${tx.t('cli.ciso.offboard.unconfirmed', { text: printable(t) })}\n`)
    return EXIT.OK
  },
}

/** `preflight ciso export-allowed-signers`: OpenSSH allowed_signers of active keys. */
export const cisoExportAllowedSignersCommand: Command = {
  name: 'ciso export-allowed-signers',
  ...commandTexts('cli.ciso.export-allowed-signers'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      ...CAMPAIGN_OPTION,
      namespace: { type: 'string' },
      out: { type: 'string' },
    })
    const tx = cliText(io.lang)
    const ns = values.namespace ?? 'device-attestation@preflight'
    if (!/^[A-Za-z0-9@._-]{1,128}$/.test(ns))
      throw usageError(cliMsg('cli.ciso.export-allowed-signers.error.namespace'))
    const ref = await campaignRef(values.campaign, io)
    const roster = await mapErrors(() => loadRoster(ref))
    const text = allowedSigners(roster, ns)
    if (values.out !== undefined)
      io.stderr(tx.t('cli.ciso.writtenTo', { file: await writeOut(values.out, text, io.cwd) }) + '\n')
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
