/**
 * Pure parser for `fdesetup status` (FileVault), kept apart from the strategy so it can be tested
 * against recorded outputs and random input.
 *
 * fdesetup prints one or more lines (detection.md 2.2, gotcha 12): a status line (`FileVault is On.`,
 * `FileVault is Off.`, `FileVault is Off, but will be enabled after the next restart.`,
 * `FileVault is On, but needs to be restarted to finish.` and its Off twin), optionally
 * followed by progress or deferral lines, sometimes preceded by a master-keychain notice. A "FileVault
 * is Off…" line, or a "Decryption in progress" line, decides a fail on its own. Any other answer needs
 * every line recognised: an unfamiliar line means a state this parser does not know, and the check says
 * `unknown` rather than guess. fdesetup is not localised (it prints English in every system language).
 */
import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

/** Which "FileVault is Off…" status line was printed. */
export type OffStatus = 'off' | 'pending-restart' | 'off-restart'

/** What the lines of `fdesetup status` say, interpreted. */
export type FileVaultState =
  | { readonly kind: 'on' }
  /**
   * A "FileVault is Off…" status line. That alone decides a fail (the disk key is not protected by the
   * user's password), so lines printed beside it that we do not recognise, or that contradict it, do not
   * make the answer unknown; they are kept in `unread` to show.
   * - `status` 'pending-restart': "Off, but will be enabled after the next restart";
   * - `status` 'off-restart': "Off, but needs to be restarted to finish" (a change a restart completes);
   * - `deferredUser`: a deferred enablement (fdesetup -defer / MDM) is active, so FileVault turns on when
   *   that user next logs out or restarts (null: no user named; undefined: no deferral line).
   */
  | {
      readonly kind: 'off'
      readonly status: OffStatus
      readonly deferredUser: string | null | undefined
      readonly unread: readonly Msg[]
    }
  /** "FileVault is On, but needs to be restarted to finish." — not a settled state. */
  | { readonly kind: 'restart-to-finish' }
  /** Encrypting; percent is null when macOS says "Pending" (e.g. paused on battery power). */
  | { readonly kind: 'encrypting'; readonly percent: number | null }
  /** Decrypting: protection is being removed. */
  | { readonly kind: 'decrypting'; readonly percent: number | null }
  /** Lines we could not interpret (or that contradict each other). */
  | { readonly kind: 'unrecognised'; readonly detail: Msg }

type Line =
  | { t: 'status'; value: 'on' | 'on-restart' | OffStatus }
  | { t: 'encrypting'; percent: number | null }
  | { t: 'decrypting'; percent: number | null }
  | { t: 'deferred'; user: string | null }
  | { t: 'ignore' }

const PERCENT = /^Percent completed = (\d{1,3}(?:\.\d+)?)$/

function progress(rest: string): number | null | undefined {
  const r = rest.trim()
  if (r === 'Pending') return null
  const m = PERCENT.exec(r)
  if (!m) return undefined
  const n = Number(m[1])
  return n >= 0 && n <= 100 ? n : undefined
}

function classify(line: string): Line | undefined {
  if (line === 'FileVault is On.') return { t: 'status', value: 'on' }
  if (line === 'FileVault is Off.') return { t: 'status', value: 'off' }
  if (/^FileVault is Off, but will be enabled after the next restart\.?$/.test(line))
    return { t: 'status', value: 'pending-restart' }
  if (/^FileVault is On, but needs to be restarted to finish\.?$/.test(line))
    return { t: 'status', value: 'on-restart' }
  if (/^FileVault is Off, but needs to be restarted to finish\.?$/.test(line))
    return { t: 'status', value: 'off-restart' }
  if (/^FileVault master keychain appears to be installed\.?$/.test(line)) return { t: 'ignore' }
  const enc = /^Encryption in progress:(.*)$/.exec(line)
  if (enc) {
    const p = progress(enc[1] as string)
    return p === undefined ? undefined : { t: 'encrypting', percent: p }
  }
  const dec = /^Decryption in progress:(.*)$/.exec(line)
  if (dec) {
    const p = progress(dec[1] as string)
    return p === undefined ? undefined : { t: 'decrypting', percent: p }
  }
  const def = /^Deferred enablement appears to be active for user '([^']*)'\.?$/.exec(line)
  if (def) return { t: 'deferred', user: def[1] === '' ? null : (def[1] as string) }
  return undefined
}

const isOffStatus = (v: string): v is OffStatus =>
  v === 'off' || v === 'pending-restart' || v === 'off-restart'

/**
 * Interpret the whole stdout of `fdesetup status`. Decides as soon as the lines decide: a "FileVault is
 * Off…" line (with no "On" line beside it) or a "Decryption in progress" line is a fail whatever else
 * is printed; every other answer needs every line recognised and consistent.
 */
export function parseFdesetupStatus(stdout: string): FileVaultState {
  const lines = stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  if (lines.length === 0)
    return { kind: 'unrecognised', detail: msg('check.disk-encryption.darwin.parse.nothing') }
  const parsed: Line[] = []
  const unread: string[] = []
  for (const line of lines) {
    const c = classify(line)
    if (c === undefined) unread.push(line.slice(0, 120))
    else parsed.push(c)
  }
  const statuses = parsed.flatMap((p) => (p.t === 'status' ? [p.value] : []))
  const encrypting = parsed.flatMap((p) => (p.t === 'encrypting' ? [p] : []))
  const decrypting = parsed.flatMap((p) => (p.t === 'decrypting' ? [p] : []))
  const deferred = parsed.flatMap((p) => (p.t === 'deferred' ? [p] : []))
  const dec = decrypting[0]

  // "Off" decides, unless an "On" line contradicts it (then we cannot tell which is true).
  const first = statuses[0]
  if (first !== undefined && isOffStatus(first) && statuses.every(isOffStatus)) {
    if (dec !== undefined) return { kind: 'decrypting', percent: dec.percent }
    const others = [
      ...statuses.slice(1).map((s) => msg('check.disk-encryption.darwin.unread.secondStatus', { status: s })),
      ...encrypting.map(() => msg('check.disk-encryption.darwin.unread.encrypting')),
      ...deferred.slice(1).map(() => msg('check.disk-encryption.darwin.unread.secondDeferral')),
    ]
    return {
      kind: 'off',
      status: first,
      deferredUser: deferred.length > 0 ? (deferred[0] as { user: string | null }).user : undefined,
      unread: [...unread.map((l) => msg('check.disk-encryption.darwin.unread.line', { line: l })), ...others],
    }
  }
  // Protection being removed: a fail whatever the status line says (unless it also claims encrypting).
  if (dec !== undefined && encrypting.length === 0) return { kind: 'decrypting', percent: dec.percent }

  const unrecognised = (detail: Msg): FileVaultState => ({ kind: 'unrecognised', detail })
  if (unread.length > 0)
    return unrecognised(msg('check.disk-encryption.darwin.parse.unexpectedLine', { line: unread[0] ?? '' }))
  if (statuses.length > 1 || encrypting.length > 1 || decrypting.length > 1 || deferred.length > 1)
    return unrecognised(msg('check.disk-encryption.darwin.parse.contradictory'))
  if (dec !== undefined) return unrecognised(msg('check.disk-encryption.darwin.parse.bothWays'))
  const enc = encrypting[0]
  switch (first) {
    case undefined:
      return unrecognised(msg('check.disk-encryption.darwin.parse.noStatus'))
    case 'on':
      if (deferred.length > 0) return unrecognised(msg('check.disk-encryption.darwin.parse.onButDeferred'))
      if (enc !== undefined) return { kind: 'encrypting', percent: enc.percent }
      return { kind: 'on' }
    default:
      // 'on-restart' (the Off statuses were handled above).
      if (enc !== undefined || deferred.length > 0)
        return unrecognised(msg('check.disk-encryption.darwin.parse.restartAndMore'))
      return { kind: 'restart-to-finish' }
  }
}
