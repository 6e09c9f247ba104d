/**
 * Pure parser for `fdesetup status` (FileVault), kept apart from the strategy so it can be tested
 * against recorded outputs and random input.
 *
 * fdesetup prints one or more lines (detection.md 2.2, gotcha 12): a status line (`FileVault is On.`,
 * `FileVault is Off.`, `FileVault is Off, but will be enabled after the next restart.`,
 * `FileVault is On, but needs to be restarted to finish.` and its Off twin), optionally
 * followed by progress or deferral lines, sometimes preceded by a master-keychain notice. Every line
 * must be recognised: an unfamiliar line means a state this parser does not know, and the check says
 * `unknown` rather than guess. fdesetup is not localised (it prints English in every system language).
 */

/** What the lines of `fdesetup status` say, interpreted. */
export type FileVaultState =
  | { readonly kind: 'on' }
  | { readonly kind: 'off' }
  /** Enabled by the user but waiting for a restart to take effect. */
  | { readonly kind: 'pending-restart' }
  /**
   * "FileVault is On/Off, but needs to be restarted to finish." — a change (either direction) that a
   * restart completes. `reportedOn` is what the status line says; neither is a settled state.
   */
  | { readonly kind: 'restart-to-finish'; readonly reportedOn: boolean }
  /** Deferred enablement (fdesetup -defer / MDM): turns on when the named user logs out or in. */
  | { readonly kind: 'deferred'; readonly user: string | null }
  /** Encrypting; percent is null when macOS says "Pending" (e.g. paused on battery power). */
  | { readonly kind: 'encrypting'; readonly percent: number | null }
  /** Decrypting: protection is being removed. */
  | { readonly kind: 'decrypting'; readonly percent: number | null }
  /** Lines we could not interpret (or that contradict each other). */
  | { readonly kind: 'unrecognised'; readonly detail: string }

type Line =
  | { t: 'status'; value: 'on' | 'off' | 'pending-restart' | 'on-restart' | 'off-restart' }
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

/** Interpret the whole stdout of `fdesetup status`. */
export function parseFdesetupStatus(stdout: string): FileVaultState {
  const lines = stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  if (lines.length === 0) return { kind: 'unrecognised', detail: 'fdesetup printed nothing' }
  const parsed: Line[] = []
  for (const line of lines) {
    const c = classify(line)
    if (c === undefined) return { kind: 'unrecognised', detail: `unexpected line "${line.slice(0, 120)}"` }
    parsed.push(c)
  }
  const statuses = parsed.flatMap((p) => (p.t === 'status' ? [p.value] : []))
  const encrypting = parsed.flatMap((p) => (p.t === 'encrypting' ? [p] : []))
  const decrypting = parsed.flatMap((p) => (p.t === 'decrypting' ? [p] : []))
  const deferred = parsed.flatMap((p) => (p.t === 'deferred' ? [p] : []))
  if (statuses.length > 1 || encrypting.length > 1 || decrypting.length > 1 || deferred.length > 1)
    return { kind: 'unrecognised', detail: 'fdesetup printed a line more than once' }
  const status = statuses[0]
  const enc = encrypting[0]
  const dec = decrypting[0]
  const dfr = deferred[0]
  if (enc !== undefined && dec !== undefined)
    return { kind: 'unrecognised', detail: 'fdesetup reports encryption and decryption at once' }
  // Protection is being removed: whatever the status line says, this is a fail.
  if (dec !== undefined) return { kind: 'decrypting', percent: dec.percent }
  if (status === undefined) return { kind: 'unrecognised', detail: 'no "FileVault is On/Off" line' }
  switch (status) {
    case 'on':
      if (dfr !== undefined)
        return { kind: 'unrecognised', detail: 'FileVault is On but a deferred enablement is also reported' }
      if (enc !== undefined) return { kind: 'encrypting', percent: enc.percent }
      return { kind: 'on' }
    case 'off':
      if (enc !== undefined)
        return { kind: 'unrecognised', detail: 'FileVault is Off but encryption is reported in progress' }
      if (dfr !== undefined) return { kind: 'deferred', user: dfr.user }
      return { kind: 'off' }
    case 'pending-restart':
    case 'on-restart':
    case 'off-restart':
      if (enc !== undefined || dfr !== undefined)
        return { kind: 'unrecognised', detail: 'FileVault is waiting for a restart but reports more' }
      if (status === 'pending-restart') return { kind: 'pending-restart' }
      return { kind: 'restart-to-finish', reportedOn: status === 'on-restart' }
  }
}
