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
import { cliText } from '../text'
import { CAMPAIGN_OPTION, campaignRef, cisoPassphrase, mapErrors, printable, table } from './ciso-common'

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const

/** Ask "yes" on the terminal (or accept --yes); a clear usage error without a terminal. */
async function confirmYes(io: CliIo, yes: boolean, question: string): Promise<boolean> {
  if (yes) return true
  if (!io.prompt) throw usageError(cliMsg('cli.ciso.error.cannotAsk'))
  const answer = await io.prompt(question)
  if (answer === null) throw usageError(cliMsg('cli.ciso.trust-campaign.error.noTerminal'))
  return answer.trim().toLowerCase() === 'yes'
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
    if (values.help) {
      io.stdout(this.help(cliText(io.lang)))
      return EXIT.OK
    }
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
            `Campaign "${printable(p.org)}" in ${ref.dir}: roster revision ${p.revision} of ${p.updatedAt}, ${p.devices} device(s)\n` +
              `Campaign key fingerprint: ${formatFingerprint(p.fingerprint)}\n` +
              `  (full: ${p.fingerprint})\n` +
              (p.replaces !== null
                ? `This replaces the key pinned before: ${formatFingerprint(p.replaces)}\n`
                : ''),
          )
          if (expected !== undefined) {
            mismatch = !p.fingerprint.startsWith(expected)
            return !mismatch
          }
          return confirmYes(
            io,
            values.yes === true,
            'Is this the campaign key you created? Type "yes" to pin it: ',
          )
        },
      }).catch((err: unknown) => {
        if (mismatch) throw new CliError(cliMsg('cli.ciso.trust-campaign.error.differs'), EXIT.FAIL)
        throw err
      }),
    )
    io.stdout(
      r.outcome === 'already'
        ? `Already pinned on this laptop: ${formatFingerprint(r.fingerprint)}\n`
        : `Pinned campaign key ${formatFingerprint(r.fingerprint)} (roster revision ${r.revision}) on this laptop.\n`,
    )
    return EXIT.OK
  },
}

function summaryText(s: MigrationSummary): string {
  const lines = [
    `Campaign "${printable(s.org)}": unsigned roster revision ${s.revision} of ${s.updatedAt}`,
    `CISO key fingerprint: ${formatFingerprint(s.cisoFingerprint)}`,
    '',
    `Devices (${s.devices.length}):`,
    s.devices.length === 0
      ? '  (none)\n'
      : table(
          ['STAFF', 'DEVICE', 'STATUS', 'FINGERPRINT'],
          s.devices.map((d) => [
            printable(d.staffId),
            printable(d.deviceLabel),
            d.status,
            d.fingerprint.slice(0, 16),
          ]),
        ).replace(/^/gm, '  '),
    `Policies (${s.policies.length}):`,
    ...s.policies.map((p) => {
      const lists = Object.entries(p.requiredChecks).map(([os, ids]) => [os, ids.join(', ') || 'NOTHING'])
      const same = lists.every(([, l]) => l === lists[0]?.[1])
      const requires = same ? (lists[0]?.[1] ?? 'NOTHING') : lists.map(([os, l]) => `${os}: ${l}`).join('; ')
      return `  ${printable(p.id)} v${p.version}${p.accepted ? '' : ' (retired)'}: requires ${requires}`
    }),
    `Requests: ${s.requests.total} issued, ${s.requests.answered} answered.`,
    ...s.caseMerges.map(
      (m) =>
        `Note: ${m.spellings.map(printable).join(' and ')} differ only by case; they become one person, "${printable(m.kept)}".`,
    ),
    '',
    'Anyone who could write to this folder could have edited this file. Check that these are exactly',
    'the devices you enrolled, that the ones you revoked are not "active", and the required checks.',
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
    if (values.help) {
      io.stdout(this.help(cliText(io.lang)))
      return EXIT.OK
    }
    const ref = await campaignRef(values.campaign, io)
    const now = parseNow(values.now) ?? new Date()
    let declined = false
    const roster = await mapErrors(() =>
      migrateCampaign(ref, {
        now,
        passphrase: () => cisoPassphrase(ref.dir, values['passphrase-file'], io),
        confirm: async (s) => {
          io.stderr(summaryText(s))
          const ok = await confirmYes(
            io,
            values.yes === true,
            'Are these your trust decisions? Type "yes" to sign them: ',
          )
          declined = !ok
          return ok
        },
      }),
    ).catch((err: unknown) => {
      if (declined) throw new CliError(cliMsg('cli.ciso.migrate.error.notConfirmed'), EXIT.FAIL)
      throw err
    })
    io.stdout(
      `Signed roster revision ${roster.revision}; the campaign is pinned on this laptop. The old file is roster.v1.json.\n`,
    )
    return EXIT.OK
  },
}

export const CISO_TRUST_COMMANDS = [cisoTrustCampaignCommand, cisoMigrateCommand] as const
