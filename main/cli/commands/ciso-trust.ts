/**
 * `preflight ciso trust-campaign` and `ciso migrate`: establishing, on this laptop, which campaign
 * key and which roster to trust.
 */
import { formatFingerprint } from '../../attestation/keys'
import { trustCampaign } from '../../ciso/campaign'
import { migrateCampaign, type MigrationSummary } from '../../ciso/migrate'
import {
  CliError,
  cliMsg,
  EXIT,
  parseCommandArgs,
  parseNow,
  usageError,
  type CliIo,
  type Command,
} from '../command'
import { commandTexts } from '../help'
import { cliText, type CliText } from '../text'
import {
  CAMPAIGN_OPTION,
  campaignRef,
  cisoPassphrase,
  confirmTypedYes,
  mapErrors,
  printable,
  table,
} from './ciso-common'

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const

/** Ask "yes" on the terminal (or accept --yes); a clear usage error without a terminal. */
function confirmYes(io: CliIo, yes: boolean, question: (yesWord: string) => string): Promise<boolean> {
  return confirmTypedYes(io, yes, question, cliMsg('cli.ciso.trust-campaign.error.noTerminal'))
}

/** `preflight ciso trust-campaign`: pin a campaign folder's key on this laptop. */
export const cisoTrustCampaignCommand: Command = {
  name: 'ciso trust-campaign',
  ...commandTexts('cli.ciso.trust-campaign'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      ...CAMPAIGN_OPTION,
      fingerprint: { type: 'string' },
      yes: { type: 'boolean' },
      replace: { type: 'boolean' },
      now: { type: 'string' },
    })
    const tx = cliText(io.lang)
    const expected = values.fingerprint?.replace(/[\s:]/g, '').toLowerCase()
    if (expected !== undefined && !/^[0-9a-f]{32,64}$/.test(expected))
      throw usageError(cliMsg('cli.ciso.trust-campaign.error.fingerprint'))
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    let mismatch = false
    const r = await mapErrors(() =>
      trustCampaign(ref, {
        now,
        replace: values.replace === true,
        confirm: async (p) => {
          io.stderr(
            tx.t('cli.ciso.trust-campaign.preview', {
              org: printable(p.org),
              dir: ref.dir,
              revision: p.revision,
              updatedAt: p.updatedAt,
              devices: p.devices,
            }) +
              '\n' +
              tx.t('cli.ciso.trust-campaign.fingerprint', { fp: formatFingerprint(p.fingerprint) }) +
              '\n' +
              `  ${tx.t('cli.ciso.fullFingerprint', { hex: p.fingerprint })}\n` +
              (p.replaces !== null
                ? tx.t('cli.ciso.trust-campaign.replaces', { fp: formatFingerprint(p.replaces) }) + '\n'
                : ''),
          )
          if (expected !== undefined) {
            mismatch = !p.fingerprint.startsWith(expected)
            return !mismatch
          }
          return confirmYes(io, values.yes === true, (yes) =>
            tx.t('cli.ciso.trust-campaign.question', { yes }),
          )
        },
      }).catch((err: unknown) => {
        if (mismatch) throw new CliError(cliMsg('cli.ciso.trust-campaign.error.differs'), EXIT.FAIL)
        throw err
      }),
    )
    const fp = formatFingerprint(r.fingerprint)
    io.stdout(
      (r.outcome === 'already'
        ? tx.t('cli.ciso.trust-campaign.already', { fp })
        : tx.t('cli.ciso.trust-campaign.pinned', { fp, revision: r.revision })) + '\n',
    )
    return EXIT.OK
  },
}

function summaryText(s: MigrationSummary, tx: CliText): string {
  const nothing = tx.t('cli.ciso.migrate.nothing')
  const lines = [
    tx.t('cli.ciso.migrate.heading', { org: printable(s.org), revision: s.revision, updatedAt: s.updatedAt }),
    tx.t('cli.ciso.keyFingerprint', { fp: formatFingerprint(s.cisoFingerprint) }),
    '',
    tx.t('cli.ciso.migrate.devices', { count: s.devices.length }),
    s.devices.length === 0
      ? `  ${tx.t('cli.ciso.none')}\n`
      : table(
          (['staff', 'device', 'status', 'fingerprint'] as const).map((c) => tx.t(`cli.ciso.column.${c}`)),
          s.devices.map((d) => [
            printable(d.staffId),
            printable(d.deviceLabel),
            d.status,
            d.fingerprint.slice(0, 16),
          ]),
        ).replace(/^/gm, '  '),
    tx.t('cli.ciso.migrate.policies', { count: s.policies.length }),
    ...s.policies.map((p) => {
      const lists = Object.entries(p.requiredChecks).map(([os, ids]) => [os, ids.join(', ') || nothing])
      const same = lists.every(([, l]) => l === lists[0]?.[1])
      const requires = same ? (lists[0]?.[1] ?? nothing) : lists.map(([os, l]) => `${os}: ${l}`).join('; ')
      const key = p.accepted ? 'cli.ciso.migrate.policy' : 'cli.ciso.migrate.policy.retired'
      return `  ${tx.t(key, { id: printable(p.id), version: p.version, requires })}`
    }),
    tx.t('cli.ciso.migrate.requests', { total: s.requests.total, answered: s.requests.answered }),
    ...s.caseMerges.map((m) =>
      tx.t('cli.ciso.migrate.caseMerge', {
        spellings: m.spellings.map(printable).reduce((a, b) => tx.t('cli.list.and', { a, b })),
        kept: printable(m.kept),
      }),
    ),
    '',
    tx.t('cli.ciso.migrate.warning'),
    '',
  ]
  return lines.join('\n')
}

/** `preflight ciso migrate`: review and sign an unsigned roster of an earlier version, once. */
export const cisoMigrateCommand: Command = {
  name: 'ciso migrate',
  ...commandTexts('cli.ciso.migrate'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      ...CAMPAIGN_OPTION,
      yes: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
      now: { type: 'string' },
    })
    const tx = cliText(io.lang)
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    let declined = false
    const roster = await mapErrors(() =>
      migrateCampaign(ref, {
        now,
        passphrase: () => cisoPassphrase(ref.dir, values['passphrase-file'], io),
        confirm: async (s) => {
          io.stderr(summaryText(s, tx))
          const ok = await confirmYes(io, values.yes === true, (yes) =>
            tx.t('cli.ciso.migrate.question', { yes }),
          )
          declined = !ok
          return ok
        },
      }),
    ).catch((err: unknown) => {
      if (declined) throw new CliError(cliMsg('cli.ciso.migrate.error.notConfirmed'), EXIT.FAIL)
      throw err
    })
    io.stdout(tx.t('cli.ciso.migrate.done', { revision: roster.revision }) + '\n')
    return EXIT.OK
  },
}

export const CISO_TRUST_COMMANDS = [cisoTrustCampaignCommand, cisoMigrateCommand] as const
