/**
 * `preflight trust CISO-KEY-FILE`: pin the security contact's public key after comparing its
 * fingerprint out of band. Without a file: list the pinned keys.
 */
import { formatFingerprint, publicKeyFromPem, fingerprint } from '../../attestation/keys'
import { pinCisoKey, pinnedCisoKeys, type PinMode } from '../../staff/trust'
import { cliMsg, EXIT, parseCommandArgs, parseNow, readInputFile, usageError, type Command } from '../command'
import { commandTexts } from '../help'
import { cliText, type CliText } from '../text'
import { askYesNo, staffConfigDir, withStaffErrors } from './staff-common'

/** The fingerprint laid out for reading aloud: two lines of four groups, then the full value. */
export function fingerprintBlock(hex: string, tx: CliText = cliText()): string {
  const groups = formatFingerprint(hex).split(' ')
  return `    ${groups.slice(0, 4).join(' ')}\n    ${groups.slice(4, 8).join(' ')}\n  ${tx.t('cli.trust.fullFingerprint', { hex })}\n`
}

export const trustCommand: Command = {
  name: 'trust',
  ...commandTexts('cli.trust'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        yes: { type: 'boolean' },
        replace: { type: 'boolean' },
        add: { type: 'boolean' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      true,
    )
    const tx = cliText(io.lang)
    if (positionals.length > 1) throw usageError(cliMsg('cli.trust.error.oneFile'))
    if (values.replace && values.add)
      throw usageError(cliMsg('cli.usage.together', { a: '--replace', b: '--add' }))
    const dir = await staffConfigDir(io)
    const file = positionals[0]
    if (file === undefined) {
      const pinned = await withStaffErrors(() => pinnedCisoKeys(dir))
      if (pinned.length === 0) {
        io.stdout(tx.t('cli.trust.noneYet') + '\n')
        return EXIT.OK
      }
      for (const p of pinned)
        io.stdout(
          `${tx.t('cli.trust.pinnedAt', { time: p.pinnedAt })}\n${fingerprintBlock(p.fingerprint, tx)}`,
        )
      return EXIT.OK
    }
    const text = await readInputFile(file, 'key', 64 * 1024)
    const key = await withStaffErrors(async () => publicKeyFromPem(text))
    const fp = fingerprint(key)
    io.stdout(`${tx.t('cli.trust.fingerprint')}\n${fingerprintBlock(fp, tx)}`)
    if (!values.yes) {
      const ok = await askYesNo(io, tx.t('cli.trust.question'), tx)
      if (ok === null) {
        throw usageError(cliMsg('cli.trust.error.notConfirmed'))
      }
      if (!ok) throw usageError(cliMsg('cli.trust.error.noMatch'))
    }
    const mode: PinMode = values.replace ? 'replace' : values.add ? 'add' : 'first'
    const now = parseNow(values.now) ?? new Date()
    const result = await withStaffErrors(() => pinCisoKey(dir, key, mode, now))
    const said =
      result.outcome === 'replaced'
        ? tx.t('cli.trust.outcome.replaced', {
            count: result.removed.length > 1 ? result.removed.length : 1,
            keys: result.removed.join(', '),
          })
        : tx.t(`cli.trust.outcome.${result.outcome}`)
    io.stdout(`${said}\n`)
    return EXIT.OK
  },
}
