/**
 * A small, strict reader for XML property lists as `plutil -convert xml1` / `-extract … xml1` prints
 * them: dict, array, key, string, integer, real, true, false, date, data. Anything else (a DOCTYPE is
 * skipped, comments are skipped) makes the whole document unreadable (null), so a truncated or
 * unexpected answer is never half-read. Values are kept as text except booleans; entities are decoded.
 */
export type XmlPlistValue =
  string | boolean | readonly XmlPlistValue[] | { readonly [key: string]: XmlPlistValue }

class PlistError extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16))
    if (e.startsWith('#')) return String.fromCodePoint(Number.parseInt(e.slice(1), 10))
    const v = ENTITIES[e]
    if (v === undefined) throw new PlistError(`unknown entity ${whole}`)
    return v
  })
}

/** Parse the document; the value inside <plist>, or null when it is not a readable property list. */
export function parseXmlPlist(text: string): XmlPlistValue | null {
  // Tags and text runs; the prolog, DOCTYPE and comments are dropped first.
  const body = text
    .replace(/^\uFEFF?\s*<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
  const tokens = body.match(/<[^>]*>|[^<]+/g) ?? []
  let i = 0
  const nextTag = (): string => {
    while (i < tokens.length && !(tokens[i] as string).startsWith('<')) {
      if ((tokens[i] as string).trim() !== '') throw new PlistError('text outside an element')
      i++
    }
    const t = tokens[i]
    if (t === undefined) throw new PlistError('unexpected end')
    i++
    return t
  }
  const textUntil = (close: string): string => {
    let out = ''
    while (i < tokens.length && tokens[i] !== close) {
      const t = tokens[i] as string
      if (t.startsWith('<')) throw new PlistError(`unexpected ${t} before ${close}`)
      out += t
      i++
    }
    if (tokens[i] !== close) throw new PlistError(`missing ${close}`)
    i++
    return decode(out)
  }
  let depth = 0
  const value = (tag: string): XmlPlistValue => {
    if (++depth > 64) throw new PlistError('nested too deeply')
    try {
      switch (tag) {
        case '<true/>':
          return true
        case '<false/>':
          return false
        case '<string/>':
          return ''
        case '<array/>':
          return []
        case '<dict/>':
          return {}
        case '<string>':
        case '<integer>':
        case '<real>':
        case '<date>':
        case '<data>':
          return textUntil(`</${tag.slice(1)}`)
        case '<array>': {
          const out: XmlPlistValue[] = []
          for (;;) {
            const t = nextTag()
            if (t === '</array>') return out
            out.push(value(t))
          }
        }
        case '<dict>': {
          const out: Record<string, XmlPlistValue> = Object.create(null) as Record<string, XmlPlistValue>
          for (;;) {
            const t = nextTag()
            if (t === '</dict>') return out
            if (t !== '<key>') throw new PlistError(`expected <key>, got ${t}`)
            const k = textUntil('</key>')
            out[k] = value(nextTag())
          }
        }
        default:
          throw new PlistError(`unexpected ${tag}`)
      }
    } finally {
      depth--
    }
  }
  try {
    const open = nextTag()
    if (!/^<plist(\s[^>]*)?>$/.test(open)) return null
    const v = value(nextTag())
    if (nextTag() !== '</plist>') return null
    while (i < tokens.length) {
      if ((tokens[i] as string).trim() !== '') return null
      i++
    }
    return v
  } catch (err) {
    if (err instanceof PlistError || err instanceof RangeError) return null
    throw err
  }
}
