/**
 * `preflight trust CISO-KEY-FILE`: pin the security contact's public key after comparing its
 * fingerprint out of band. Without a file: list the pinned keys.
 */
import { formatFingerprint, publicKeyFromPem, fingerprint } from '../../attestation/keys'
import { pinCisoKey, pinnedCisoKeys, type PinMode } from '../../staff/trust'
import {
  CliError,
  EXIT,
  parseCommandArgs,
  parseNow,
  readInputFile,
  usageError,
  type Command,
} from '../command'
import { askYesNo, staffConfigDir, withStaffErrors } from './staff-common'

export const TRUST_HELP = `Usage: preflight trust CISO-KEY-FILE [--yes] [--replace | --add] [--now <iso>]
       preflight trust            list the pinned keys

Pin your security contact's (CISO's) public key. Preflight then accepts requests and policies
only when that key signed them. Compare the fingerprint shown with the one your security contact
reads to you in person or over a verified call before you confirm.

Options:
  --yes                  do not ask; you have already compared the fingerprint
  --replace              replace a different key pinned before (your contact changed keys)
  --add                  pin a second key beside the first (your contact's backup key)
  --now <iso-date>       the time recorded as when the key was pinned (default: now; for tests)
  -h, --help             show this help

Exit codes: 0 pinned (or already pinned), 64 usage error or not confirmed, 65 not an Ed25519
public key, 66 file missing, 77 a different key is already pinned (use --replace or --add).
`

/** The fingerprint laid out for reading aloud: two lines of four groups, then the full value. */
export function fingerprintBlock(hex: string): string {
  const groups = formatFingerprint(hex).split(' ')
  return `    ${groups.slice(0, 4).join(' ')}\n    ${groups.slice(4, 8).join(' ')}\n  (full SHA-256: ${hex})\n`
}

export const trustCommand: Command = {
  name: 'trust',
  summary: "pin your security contact's public key",
  help: TRUST_HELP,
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
    if (values.help) {
      io.stdout(TRUST_HELP)
      return EXIT.OK
    }
    if (positionals.length > 1) throw usageError('give one key file')
    if (values.replace && values.add) throw usageError('--replace and --add cannot be used together')
    const dir = await staffConfigDir(io)
    const file = positionals[0]
    if (file === undefined) {
      const pinned = await withStaffErrors(() => pinnedCisoKeys(dir))
      if (pinned.length === 0) {
        io.stdout('No security contact key is pinned yet. Run `preflight trust CISO-KEY-FILE`.\n')
        return EXIT.OK
      }
      for (const p of pinned) io.stdout(`Pinned ${p.pinnedAt}:\n${fingerprintBlock(p.fingerprint)}`)
      return EXIT.OK
    }
    const text = await readInputFile(file, 'key file', 64 * 1024)
    const key = await withStaffErrors(async () => publicKeyFromPem(text))
    const fp = fingerprint(key)
    io.stdout(`Security contact key fingerprint:\n${fingerprintBlock(fp)}`)
    if (!values.yes) {
      const ok = await askYesNo(io, 'Does it match, group for group, what your security contact told you?')
      if (ok === null) {
        throw usageError(
          'compare the fingerprint above with your security contact, then run again with --yes',
        )
      }
      if (!ok) throw new CliError('not pinned. Ask your security contact to send the key again.', EXIT.USAGE)
    }
    const mode: PinMode = values.replace ? 'replace' : values.add ? 'add' : 'first'
    const now = parseNow(values.now) ?? new Date()
    const result = await withStaffErrors(() => pinCisoKey(dir, key, mode, now))
    const said: Record<typeof result.outcome, string> = {
      pinned: 'Pinned. Requests and policies signed by this key will be accepted.',
      already: 'This key was already pinned; nothing changed.',
      added: 'Added as an additional trusted key.',
      replaced: `Replaced the previously pinned key${result.removed.length > 1 ? 's' : ''} (${result.removed.join(', ')}).`,
    }
    io.stdout(`${said[result.outcome]}\n`)
    return EXIT.OK
  },
}
