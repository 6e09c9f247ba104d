/**
 * Messages as data. Code that produces user-facing text it cannot write inline (check verdicts, CLI
 * output) returns a `Msg`: a catalogue key and the values that fill its `{placeholders}`. Whoever
 * shows it renders it in the reader's language with `renderMsg`; the canonical English (what is
 * signed) is the same message rendered from the English catalogue. docs/i18n.md explains the rules.
 *
 * Pure and JSON-serialisable: a `Msg` travels over IPC and in `preflight check --json`.
 */

/**
 * A value that fills a placeholder: a string or number from the machine (a path, a product name, a
 * version, an exit code: never translated, numbers written plainly without grouping), or another
 * message (rendered in the same language), or a list of those.
 */
export type MsgValue = string | number | Msg

/**
 * A list, joined for the language: `and` ("a and b", "a, b and c": Intl.ListFormat), or
 * `semicolons` ("a; b"), or `commas` ("a, b"), both written the same in every language we ship.
 */
export interface MsgList {
  readonly items: readonly MsgValue[]
  readonly join: 'and' | 'semicolons' | 'commas'
}

export type MsgParam = MsgValue | MsgList

export type MsgParams = Readonly<Record<string, MsgParam>>

/** A message: a key in a catalogue section and its placeholder values. */
export interface Msg {
  readonly key: string
  readonly params?: MsgParams
}

/** One catalogue section (key → template) as the renderer reads it. */
export type MessageTable = Readonly<Record<string, string>>

/** The plural categories a key may end in (`<key>.one`, `<key>.other`, …; `.other` is required). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

/** Keys `b` of a table such that `b.other` exists: a message may name the base of a plural. */
export type PluralBaseOf<T> = {
  [K in keyof T & string]: K extends `${infer B}.other` ? B : never
}[keyof T & string]

/** Every key a message may name in a table: its keys and the bases of its plurals. */
export type MessageKeyOf<T> = (keyof T & string) | PluralBaseOf<T>

/** Is this value a message (not a list, string or number)? */
export function isMsg(value: unknown): value is Msg {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    !Array.isArray(value)
  )
}

function own(table: MessageTable, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined
}

/**
 * The template for `msg` from the first table that has it. A key missing everywhere but with plural
 * forms picks `<key>.<category>` for `params.count` by the language's plural rules, falling back to
 * `<key>.other`. Undefined when no table has the key.
 */
function template(msg: Msg, tables: readonly MessageTable[], locale: string): string | undefined {
  for (const table of tables) {
    const exact = own(table, msg.key)
    if (exact !== undefined) return exact
    const other = own(table, `${msg.key}.other`)
    if (other === undefined) continue
    const count = msg.params?.['count']
    const category =
      typeof count === 'number' ? new Intl.PluralRules(safeLocale(locale)).select(count) : 'other'
    return own(table, `${msg.key}.${category}`) ?? other
  }
  return undefined
}

/** A locale Intl accepts (a pseudo or unknown tag falls back to English). */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en'
  } catch {
    return 'en'
  }
}

/** Placeholders: `{name}`, or `{name|cap}` to write the value's first letter as a capital. */
const PLACEHOLDER = /\{([a-zA-Z0-9_]+)(\|cap)?\}/g

/** The placeholder names of a template, sorted and without repeats. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort()
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function renderValue(value: MsgParam, tables: readonly MessageTable[], locale: string): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (isMsg(value)) return renderMsg(value, tables, locale)
  const items = value.items.map((v) => renderValue(v, tables, locale))
  if (value.join === 'semicolons') return items.join('; ')
  if (value.join === 'commas') return items.join(', ')
  return new Intl.ListFormat(safeLocale(locale), { type: 'conjunction', style: 'long' }).format(items)
}

/**
 * Render a message: its template from the first table that has the key (pass the reader's
 * language first and English last, so a missing translation shows English), placeholders filled,
 * nested messages rendered the same way. A key no table has renders as the key itself (visible, so
 * the bug is seen; the catalogue tests make it impossible for shipped keys); an unknown placeholder
 * stays as written.
 */
export function renderMsg(msg: Msg, tables: readonly MessageTable[], locale: string): string {
  const text = template(msg, tables, locale)
  if (text === undefined) return msg.key
  const params = msg.params
  if (params === undefined) return text
  return text.replace(PLACEHOLDER, (whole, name: string, cap: string | undefined) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined
    if (value === undefined) return whole
    const out = renderValue(value, tables, locale)
    return cap === undefined ? out : capitalise(out)
  })
}

/** Every key a message names, nested messages included (for tests and audits). */
export function keysOf(msg: Msg): string[] {
  const out = [msg.key]
  for (const value of Object.values(msg.params ?? {})) {
    const values = typeof value === 'object' && !isMsg(value) ? value.items : [value]
    for (const v of values) if (isMsg(v)) out.push(...keysOf(v))
  }
  return out
}
