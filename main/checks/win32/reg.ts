/**
 * Parsing of `reg.exe query` output, and a small reader on top of the Probe.
 *
 * Why `reg query` and not PowerShell: it starts in milliseconds, needs no rights beyond read access
 * to the key, and prints value names, types and data that Windows never translates. Only its error
 * text (`ERROR: The system was unable to find the specified registry key or value.`) is localized, so
 * the reader relies on the exit code (1) and never on that text, except to recognise the few known
 * "access denied" translations, which must not be mistaken for "not set" (fail closed).
 *
 * Output shape (CRLF line ends, four spaces between columns):
 *
 *     <blank>
 *     HKEY_CURRENT_USER\Control Panel\Desktop
 *         ScreenSaveActive    REG_SZ    1
 *         DelayLockInterval    REG_DWORD    0xffffffff
 *     <blank>
 *     HKEY_CURRENT_USER\Control Panel\Desktop\WindowMetrics        (a subkey, listed without /s)
 *
 * With `/s` each subkey header is followed by its own values.
 */
import type { Msg } from '../../../shared/i18n/msg'
import type { Probe } from '../../probe/probe'
import { describeCommand } from '../../probe/probe'
import { commandErrorMsg, english, msg } from '../verdict'

/** One registry value as printed by reg.exe, decoded by type. */
export type RegValue =
  | { readonly type: 'REG_SZ' | 'REG_EXPAND_SZ'; readonly value: string }
  | { readonly type: 'REG_DWORD'; readonly value: number }
  | { readonly type: 'REG_QWORD'; readonly value: bigint }
  | { readonly type: 'REG_MULTI_SZ'; readonly value: readonly string[] }
  /** Any other type (REG_BINARY, REG_NONE, …) or a DWORD/QWORD whose data is not valid hex: raw text. */
  | { readonly type: string; readonly value: string; readonly raw: true }

/** A key header and the values listed under it. */
export interface RegKeyBlock {
  readonly key: string
  readonly values: ReadonlyMap<string, RegValue>
}

const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z0-9_]+)(?: {4}(.*))?$/
const KEY_LINE = /^HKEY_[A-Z_]+(\\.*)?$/

function decodeValue(type: string, data: string): RegValue {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, value: data }
    case 'REG_DWORD': {
      const m = /^0x([0-9a-fA-F]{1,8})$/.exec(data)
      return m ? { type, value: Number.parseInt(m[1] as string, 16) } : { type, value: data, raw: true }
    }
    case 'REG_QWORD': {
      const m = /^0x([0-9a-fA-F]{1,16})$/.exec(data)
      return m ? { type, value: BigInt(`0x${m[1] as string}`) } : { type, value: data, raw: true }
    }
    case 'REG_MULTI_SZ': {
      // reg.exe joins the strings with a literal "\0" (backslash, zero).
      const parts = data === '' ? [] : data.split('\\0')
      while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
      return { type, value: parts }
    }
    default:
      return { type, value: data, raw: true }
  }
}

/**
 * Every key block in `reg query` output, in order. Lines that are neither a key header nor a value
 * line (blank lines, "End of search: N match(es) found.") are skipped; value lines before any header
 * are ignored. Value names are kept as printed (case preserved); use `regGet` for lookups, which
 * ignores case like Windows does.
 */
export function parseRegQueryBlocks(text: string): RegKeyBlock[] {
  const blocks: { key: string; values: Map<string, RegValue> }[] = []
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/\r$/, '')
    if (KEY_LINE.test(line)) {
      blocks.push({ key: line, values: new Map() })
      continue
    }
    const m = VALUE_LINE.exec(line)
    const current = blocks[blocks.length - 1]
    if (!m || current === undefined) continue
    const name = m[1] as string
    const type = m[2] as string
    // reg.exe pads empty data with trailing spaces; data itself is never trimmed on the left.
    const data = (m[3] ?? '').replace(/\s+$/, '')
    current.values.set(name, decodeValue(type, data))
  }
  return blocks
}

/**
 * The values of the queried key (the first key block) in `reg query` output. An empty map when the
 * output lists no values (a key with only subkeys, or unexpected text): callers must treat "value not
 * in the map" as "not set" only when the command itself succeeded.
 */
export function parseRegQuery(text: string): Map<string, RegValue> {
  const first = parseRegQueryBlocks(text)[0]
  return new Map(first?.values ?? [])
}

/** Case-insensitive lookup, as Windows compares value names. */
export function regGet(values: ReadonlyMap<string, RegValue>, name: string): RegValue | undefined {
  const direct = values.get(name)
  if (direct !== undefined) return direct
  const lower = name.toLowerCase()
  for (const [k, v] of values) if (k.toLowerCase() === lower) return v
  return undefined
}

/** Result of reading one value as a given kind. */
export type RegRead<T> =
  | { readonly kind: 'absent' }
  | { readonly kind: 'value'; readonly value: T }
  /** `detail` is the English of `detailMsg`. */
  | { readonly kind: 'invalid'; readonly detail: string; readonly detailMsg: Msg }

const invalid = (m: Msg): { kind: 'invalid'; detail: string; detailMsg: Msg } => ({
  kind: 'invalid',
  detail: english(m),
  detailMsg: m,
})

/** A REG_DWORD value; any other type (or unparseable data) is `invalid`, never guessed. */
export function regDword(values: ReadonlyMap<string, RegValue>, name: string): RegRead<number> {
  const v = regGet(values, name)
  if (v === undefined) return { kind: 'absent' }
  if (v.type === 'REG_DWORD' && typeof v.value === 'number') return { kind: 'value', value: v.value }
  return invalid(msg('check.common.reg.notDword', { name, type: v.type, value: String(v.value) }))
}

/** A REG_SZ / REG_EXPAND_SZ value. */
export function regString(values: ReadonlyMap<string, RegValue>, name: string): RegRead<string> {
  const v = regGet(values, name)
  if (v === undefined) return { kind: 'absent' }
  if ((v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ') && typeof v.value === 'string')
    return { kind: 'value', value: v.value }
  return invalid(msg('check.common.reg.notString', { name, type: v.type }))
}

/**
 * A whole number stored either as REG_SZ decimal text (how Control Panel stores ScreenSaveTimeOut)
 * or as REG_DWORD (how some policy tools write the same name).
 */
export function regInteger(values: ReadonlyMap<string, RegValue>, name: string): RegRead<number> {
  const v = regGet(values, name)
  if (v === undefined) return { kind: 'absent' }
  if (v.type === 'REG_DWORD' && typeof v.value === 'number') return { kind: 'value', value: v.value }
  if ((v.type === 'REG_SZ' || v.type === 'REG_EXPAND_SZ') && typeof v.value === 'string') {
    const t = v.value.trim()
    if (/^\d{1,10}$/.test(t)) return { kind: 'value', value: Number.parseInt(t, 10) }
  }
  return invalid(
    msg('check.common.reg.notNumber', { name, type: v.type, value: JSON.stringify(String(v.value)) }),
  )
}

/** Known translations of reg.exe's "access denied" error (exit code 1 like "not found"). */
const ACCESS_DENIED = [
  /access is denied/i, // en
  /zugriff verweigert/i, // de
  /acc[eè]s refus[ée]/i, // fr
  /acceso denegado/i, // es
  /accesso negato/i, // it
  /acesso negado/i, // pt
  /toegang geweigerd/i, // nl
  /odmowa dost[eę]pu/i, // pl
]

/** Outcome of reading a key with `reg query`. */
export type RegKeyRead =
  | {
      readonly kind: 'values'
      readonly blocks: readonly RegKeyBlock[]
      readonly values: ReadonlyMap<string, RegValue>
    }
  /** Exit code 1 without a recognised access-denied message: the key (or /v value) does not exist. */
  | { readonly kind: 'missing' }
  /**
   * `reason` is the English of `reasonMsg` (checks converted to messages use `reasonMsg`; readRegKey
   * always sets it, hand-made values in tests may not).
   */
  | { readonly kind: 'error'; readonly reason: string; readonly reasonMsg?: Msg }

/** The argv used to query a key (optionally `/v <name>` or `/s`). */
export function regQueryArgv(key: string, ...extra: string[]): string[] {
  return ['reg.exe', 'query', key, ...extra]
}

/**
 * Read a key via the probe. Exit 0 with complete lines → values (which may not contain a given name: "not set");
 * exit 1 → missing, unless stderr is a known "access denied" translation → error; anything else
 * (timeout, other exit codes, exit 0 without a key header) → error with a reason for the user.
 */
export async function readRegKey(probe: Probe, argv: readonly string[]): Promise<RegKeyRead> {
  const out = await probe.run(argv, { timeoutMs: 10_000 })
  const error = (m: Msg): RegKeyRead => ({ kind: 'error', reason: english(m), reasonMsg: m })
  if (out.kind === 'error') return error(commandErrorMsg(argv, out.error))
  const command = describeCommand(argv)
  if (out.exitCode === 1) {
    const text = `${out.stderr}\n${out.stdout}`
    if (ACCESS_DENIED.some((re) => re.test(text)))
      return error(msg('check.common.reg.accessDenied', { command }))
    return { kind: 'missing' }
  }
  if (out.exitCode !== 0) return error(msg('check.common.command.exitCode', { command, code: out.exitCode }))
  // reg.exe ends every line with CRLF: output that stops mid-line was cut short, and a cut-off
  // number ("60" of "600") must not be read as a value.
  if (!out.stdout.endsWith('\n')) return error(msg('check.common.reg.cutMidLine', { command }))
  const blocks = parseRegQueryBlocks(out.stdout)
  const first = blocks[0]
  if (first === undefined) return error(msg('check.common.reg.noKey', { command }))
  return { kind: 'values', blocks, values: first.values }
}

/** The block of a subkey (by its last path component, case-insensitive) in `/s` output. */
export function regSubkey(blocks: readonly RegKeyBlock[], name: string): RegKeyBlock | undefined {
  const lower = `\\${name.toLowerCase()}`
  return blocks.find((b) => b.key.toLowerCase().endsWith(lower))
}
