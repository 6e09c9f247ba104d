/**
 * A small, strict parser for XML property lists (Apple's `plist` DTD), for files the macOS checks
 * read directly through the probe: bundle Info.plist files and /Library/Receipts/InstallHistory.plist.
 *
 * Only the plist grammar is accepted: an optional `<?xml …?>` declaration, an optional DOCTYPE,
 * comments, then `<plist>` holding one value (`dict`, `array`, `string`, `key` inside dicts, `date`,
 * `integer`, `real`, `true`, `false`, `data`). Anything else, unbalanced tags, a dict key without a
 * value, or nesting deeper than 64 gives null: the caller then says it could not read the file. Binary
 * plists (`bplist00…`) are not XML and give null too. Values are kept as text (dates are checked
 * separately by `plistDate`), so nothing is guessed here.
 */

export type XmlPlistValue =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'date'; readonly value: string }
  | { readonly type: 'integer'; readonly value: string }
  | { readonly type: 'real'; readonly value: string }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'data'; readonly value: string }
  | { readonly type: 'array'; readonly value: readonly XmlPlistValue[] }
  | { readonly type: 'dict'; readonly value: ReadonlyMap<string, XmlPlistValue> }

class PlistSyntaxError extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeText(raw: string): string {
  if (raw.includes('<')) throw new PlistSyntaxError('markup inside a value')
  let out = ''
  let i = 0
  for (;;) {
    const amp = raw.indexOf('&', i)
    if (amp < 0) return out + raw.slice(i)
    out += raw.slice(i, amp)
    const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/.exec(raw.slice(amp, amp + 12))
    if (!m) throw new PlistSyntaxError('a bare "&" or an unknown reference')
    const name = m[1] as string
    if (name.startsWith('#')) {
      const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      if (!Number.isFinite(code) || code > 0x10ffff) throw new PlistSyntaxError('bad character reference')
      out += String.fromCodePoint(code)
    } else {
      const e = ENTITIES[name]
      if (e === undefined) throw new PlistSyntaxError(`unknown entity &${name};`)
      out += e
    }
    i = amp + m[0].length
  }
}

/** Parse XML plist text; null when it is not a well-formed property list. */
export function parseXmlPlist(text: string): XmlPlistValue | null {
  let i = 0
  const n = text.length
  const skipSpace = () => {
    while (i < n && /\s/.test(text[i] as string)) i++
  }
  /** Skip the prolog: XML declaration, DOCTYPE, comments. */
  const skipMisc = () => {
    for (;;) {
      skipSpace()
      if (text.startsWith('<?', i)) {
        const end = text.indexOf('?>', i + 2)
        if (end < 0) throw new PlistSyntaxError('unterminated declaration')
        i = end + 2
      } else if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4)
        if (end < 0) throw new PlistSyntaxError('unterminated comment')
        i = end + 3
      } else if (text.startsWith('<!DOCTYPE', i)) {
        const end = text.indexOf('>', i)
        if (end < 0) throw new PlistSyntaxError('unterminated DOCTYPE')
        i = end + 1
      } else return
    }
  }
  /** Read one tag at i: returns its name, whether it closes, and whether it is self-closing. */
  const tag = (): { name: string; closing: boolean; empty: boolean } => {
    skipMisc()
    if (text[i] !== '<') throw new PlistSyntaxError(`expected a tag at ${i}`)
    const end = text.indexOf('>', i)
    if (end < 0) throw new PlistSyntaxError('unterminated tag')
    const inner = text.slice(i + 1, end)
    i = end + 1
    const m = /^(\/?)([A-Za-z]+)((?:\s+[A-Za-z:-]+\s*=\s*"[^"<]*")*)\s*(\/?)$/.exec(inner)
    if (!m) throw new PlistSyntaxError(`malformed tag <${inner.slice(0, 20)}>`)
    const closing = m[1] === '/'
    const empty = m[4] === '/'
    if (closing && (empty || (m[3] ?? '') !== '')) throw new PlistSyntaxError('malformed closing tag')
    return { name: m[2] as string, closing, empty }
  }
  /** Text up to the matching close tag of a leaf element. */
  const leafText = (name: string): string => {
    const close = `</${name}>`
    const end = text.indexOf(close, i)
    if (end < 0) throw new PlistSyntaxError(`unterminated <${name}>`)
    const raw = text.slice(i, end)
    i = end + close.length
    return decodeText(raw)
  }
  let depth = 0
  const value = (open: { name: string; closing: boolean; empty: boolean }): XmlPlistValue => {
    if (open.closing) throw new PlistSyntaxError(`unexpected </${open.name}>`)
    if (++depth > 64) throw new PlistSyntaxError('nested too deeply')
    try {
      switch (open.name) {
        case 'true':
        case 'false':
          if (!open.empty) {
            const close = tag()
            if (!close.closing || close.name !== open.name) throw new PlistSyntaxError('bad boolean')
          }
          return { type: 'bool', value: open.name === 'true' }
        case 'string':
        case 'date':
        case 'integer':
        case 'real':
        case 'data': {
          const raw = open.empty ? '' : leafText(open.name)
          if (open.name === 'string') return { type: 'string', value: raw }
          const t = raw.trim()
          if (open.name === 'integer' && !/^[+-]?(?:\d+|0x[0-9a-fA-F]+)$/.test(t))
            throw new PlistSyntaxError('bad integer')
          if (open.name === 'real' && !/^[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+|nan|inf|-inf)$/i.test(t))
            throw new PlistSyntaxError('bad real')
          if (open.name === 'data' && !/^[A-Za-z0-9+/=\s]*$/.test(raw)) throw new PlistSyntaxError('bad data')
          return open.name === 'data'
            ? { type: 'data', value: raw.replace(/\s+/g, '') }
            : { type: open.name as 'date' | 'integer' | 'real', value: t }
        }
        case 'array': {
          const items: XmlPlistValue[] = []
          if (open.empty) return { type: 'array', value: items }
          for (;;) {
            const t = tag()
            if (t.closing) {
              if (t.name !== 'array') throw new PlistSyntaxError(`</${t.name}> closes <array>`)
              return { type: 'array', value: items }
            }
            items.push(value(t))
          }
        }
        case 'dict': {
          const map = new Map<string, XmlPlistValue>()
          if (open.empty) return { type: 'dict', value: map }
          for (;;) {
            const t = tag()
            if (t.closing) {
              if (t.name !== 'dict') throw new PlistSyntaxError(`</${t.name}> closes <dict>`)
              return { type: 'dict', value: map }
            }
            if (t.name !== 'key') throw new PlistSyntaxError(`<${t.name}> where a <key> belongs`)
            const key = t.empty ? '' : leafText('key')
            const v = tag()
            if (v.closing) throw new PlistSyntaxError(`key ${key} has no value`)
            map.set(key, value(v))
          }
        }
        default:
          throw new PlistSyntaxError(`unknown element <${open.name}>`)
      }
    } finally {
      depth--
    }
  }
  try {
    const root = tag()
    if (root.name !== 'plist' || root.closing || root.empty) return null
    const v = value(tag())
    const close = tag()
    if (!close.closing || close.name !== 'plist') return null
    skipMisc()
    if (i !== n) return null
    return v
  } catch (err) {
    if (err instanceof PlistSyntaxError) return null
    throw err
  }
}

/** A string value of a top-level dict key, or null. */
export function plistString(v: XmlPlistValue | null, key: string): string | null {
  if (v === null || v.type !== 'dict') return null
  const x = v.value.get(key)
  return x !== undefined && x.type === 'string' ? x.value : null
}

/**
 * A plist `<date>` (ISO 8601 in UTC, `2026-08-14T07:12:44Z`, as Apple writes them) as a Date; null
 * for any other shape, so a date is never guessed from local-time or partial text.
 */
export function plistDate(v: XmlPlistValue | undefined): Date | null {
  if (v === undefined || v.type !== 'date') return null
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/.exec(v.value)
  if (!m) return null
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number]
  const t = Date.UTC(y, mo - 1, d, h, mi, s)
  const date = new Date(t)
  // Reject impossible dates (2026-02-31) instead of letting Date roll them over.
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null
  return date
}
