/**
 * `preflight ciso trust-campaign` and `ciso migrate`: establishing, on this laptop, which campaign
 * key and which roster to trust.
 */
import { formatFingerprint } from '../../attestation/keys'
import { trustCampaign } from '../../ciso/campaign'
import { migrateCampaign, type MigrationSummary } from '../../ciso/migrate'
import { CliError, EXIT, parseCommandArgs, parseNow, usageError, type CliIo, type Command } from '../command'
import {
  CAMPAIGN_HELP,
  CAMPAIGN_OPTION,
  campaignRef,
  cisoPassphrase,
  mapErrors,
  PASSPHRASE_HELP,
  printable,
  table,
} from './ciso-common'

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const

/** Ask "yes" on the terminal (or accept --yes); a clear usage error without a terminal. */
async function confirmYes(io: CliIo, yes: boolean, question: string): Promise<boolean> {
  if (yes) return true
  if (!io.prompt) throw new CliError('cannot ask for confirmation here; pass --yes', EXIT.USAGE)
  const answer = await io.prompt(question)
  if (answer === null) throw new CliError('no terminal to confirm; compare, then pass --yes', EXIT.USAGE)
  return answer.trim().toLowerCase() === 'yes'
}

/** `preflight ciso trust-campaign`: pin a campaign folder's key on this laptop. */
export const cisoTrustCampaignCommand: Command = {
  name: 'ciso trust-campaign',
  summary: "confirm a campaign folder's key on this laptop (first use on a new computer)",
  help: `Usage: preflight ciso trust-campaign [--campaign <dir>] [--fingerprint <hex>] [--yes] [--replace]
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
${CAMPAIGN_HELP}
  --now <iso-date>       the time recorded for the change (default: now; for tests)
  -h, --help             show this help

Exit codes: 0 pinned (or already pinned), 1 not confirmed or fingerprint differs, 64 usage,
65 damaged roster, 77 the roster is not signed by the folder's key, or another key is pinned.
`,
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
      io.stdout(this.help)
      return EXIT.OK
    }
    const expected = values.fingerprint?.replace(/[\s:]/g, '').toLowerCase()
    if (expected !== undefined && !/^[0-9a-f]{32,64}$/.test(expected))
      throw usageError('--fingerprint: give at least 32 hex digits')
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
        if (mismatch)
          throw new CliError(
            'the fingerprint differs from --fingerprint: nothing was pinned. Someone may have replaced ciso.pub.pem and the roster; restore the folder from your backup.',
            EXIT.FAIL,
          )
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
  summary: 'review and sign the unsigned roster of a campaign folder made by an earlier version',
  help: `Usage: preflight ciso migrate [--campaign <dir>] [--yes] [--passphrase-file <file>] [--now <iso>]

Campaign folders made by earlier versions of Preflight keep an unsigned roster.json, which every
command now refuses (ROSTER_UNSIGNED): anyone who could write to the folder could have enrolled a
device, un-revoked a key or emptied the required checks. This command shows every trust decision in
it (devices and their status, policies and their required checks, requests), and after you confirm
that they are yours, signs the roster with the CISO key and pins the campaign on this laptop. The
old file is kept as roster.v1.json. It runs once per folder and is refused on a laptop that has
already seen a signed roster of the campaign (then an unsigned roster is a replaced file).

Options:
  --yes                  do not ask (scripts; you reviewed the summary already)
${CAMPAIGN_HELP}
${PASSPHRASE_HELP}
  --now <iso-date>       the time recorded for the change (default: now; for tests)
  -h, --help             show this help

Exit codes: 0 migrated, 1 not confirmed, 64 usage, 65 not an old roster, 77 key problem or the
laptop has seen a signed roster of this campaign.
`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      ...HELP_OPTION,
      ...CAMPAIGN_OPTION,
      yes: { type: 'boolean' },
      'passphrase-file': { type: 'string' },
      now: { type: 'string' },
    })
    if (values.help) {
      io.stdout(this.help)
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
      if (declined) throw new CliError('not confirmed; nothing was migrated', EXIT.FAIL)
      throw err
    })
    io.stdout(
      `Signed roster revision ${roster.revision}; the campaign is pinned on this laptop. The old file is roster.v1.json.\n`,
    )
    return EXIT.OK
  },
}

export const CISO_TRUST_COMMANDS = [cisoTrustCampaignCommand, cisoMigrateCommand] as const
