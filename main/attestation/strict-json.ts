/**
 * A small strict JSON parser for everything that is signed or verified (envelopes and the payloads
 * inside them).
 *
 * Why not JSON.parse: it silently keeps the last of duplicate keys (`{"result":"fail","result":"pass"}`),
 * so two readers of the same signed bytes could disagree about what was signed; it has no size or
 * nesting limits; and `__proto__` keys need care. This parser follows RFC 8259 exactly and rejects:
 * duplicate keys at any depth, nesting deeper than `maxDepth`, input larger than `maxBytes`, invalid
 * UTF-8, numbers that do not fit a double, and anything after the top-level value. Errors name the
 * byte-independent character offset so a person can find the problem.
 */
import { AttestationError } from './errors'

export interface StrictJsonOptions {
  /** Refuse larger input (bytes of UTF-8). Default 16 MiB. */
  readonly maxBytes?: number
  /** Refuse deeper nesting of objects/arrays. Default 64. */
  readonly maxDepth?: number
  /** Accept (and skip) one leading byte order mark, as Windows editors write. Default false. */
  readonly allowBom?: boolean
  /** What is being parsed, for messages ("envelope", "statement"…). */
  readonly what?: string
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024
export const DEFAULT_MAX_DEPTH = 64

// A run of string characters: anything but a quote, a backslash or a control character (RFC 8259).
// eslint-disable-next-line no-control-regex
const STRING_RUN = /[^"\\\u0000-\u001f]*/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}

/**
 * Parse JSON text (or UTF-8 bytes) strictly. Throws AttestationError('MALFORMED') with a precise
 * message on anything that is not exactly one well-formed JSON value within the limits.
 */
export function parseStrictJson(input: string | Uint8Array, options: StrictJsonOptions = {}): unknown {
  const what = options.what ?? 'JSON'
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  let text: string
  if (typeof input === 'string') {
    // A UTF-16 string is at most 3 bytes per unit in UTF-8; skip the exact count when clearly small.
    if (input.length * 3 > maxBytes && Buffer.byteLength(input, 'utf8') > maxBytes) {
      throw malformed(what, `larger than ${maxBytes} bytes`)
    }
    text = input
  } else {
    if (input.byteLength > maxBytes) throw malformed(what, `larger than ${maxBytes} bytes`)
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input)
    } catch {
      throw malformed(what, 'not valid UTF-8')
    }
  }
  let start = 0
  if (text.charCodeAt(0) === 0xfeff) {
    if (options.allowBom !== true) throw malformed(what, 'starts with a byte order mark')
    start = 1
  }
  return new Parser(text, start, options.maxDepth ?? DEFAULT_MAX_DEPTH, what).parseDocument()
}

function malformed(what: string, detail: string): AttestationError {
  return new AttestationError('MALFORMED', `${what} is not valid JSON: ${detail}`)
}

class Parser {
  private depth = 0

  constructor(
    private readonly text: string,
    private pos: number,
    private readonly maxDepth: number,
    private readonly what: string,
  ) {}

  parseDocument(): unknown {
    this.skipWs()
    if (this.pos >= this.text.length) throw this.fail('empty input')
    const value = this.parseValue()
    this.skipWs()
    if (this.pos < this.text.length) throw this.fail('unexpected text after the JSON value')
    return value
  }

  private fail(detail: string): AttestationError {
    return malformed(this.what, `${detail} (at character ${this.pos})`)
  }

  private skipWs(): void {
    const t = this.text
    let p = this.pos
    for (;;) {
      const c = t.charCodeAt(p)
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++
      else break
    }
    this.pos = p
  }

  private parseValue(): unknown {
    const c = this.text[this.pos]
    switch (c) {
      case '{':
        return this.parseObject()
      case '[':
        return this.parseArray()
      case '"':
        return this.parseString()
      case 't':
        return this.literal('true', true)
      case 'f':
        return this.literal('false', false)
      case 'n':
        return this.literal('null', null)
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.parseNumber()
        throw this.fail(
          c === undefined ? 'unexpected end of input' : `unexpected character ${JSON.stringify(c)}`,
        )
    }
  }

  private literal<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) throw this.fail('invalid literal')
    this.pos += word.length
    return value
  }

  private enter(): void {
    this.depth += 1
    if (this.depth > this.maxDepth) throw this.fail(`nested deeper than ${this.maxDepth} levels`)
  }

  private parseObject(): Record<string, unknown> {
    this.enter()
    this.pos++ // {
    const out: Record<string, unknown> = {}
    const seen = new Set<string>()
    this.skipWs()
    if (this.text[this.pos] === '}') {
      this.pos++
      this.depth -= 1
      return out
    }
    for (;;) {
      this.skipWs()
      if (this.text[this.pos] !== '"') throw this.fail('expected a quoted key')
      const keyAt = this.pos
      const key = this.parseString()
      if (seen.has(key)) {
        this.pos = keyAt
        throw this.fail(`duplicate key ${JSON.stringify(key)}`)
      }
      seen.add(key)
      this.skipWs()
      if (this.text[this.pos] !== ':') throw this.fail('expected ":" after a key')
      this.pos++
      this.skipWs()
      const value = this.parseValue()
      // defineProperty: a "__proto__" key becomes an ordinary own property, never the prototype.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
      this.skipWs()
      const sep = this.text[this.pos]
      if (sep === ',') {
        this.pos++
        continue
      }
      if (sep === '}') {
        this.pos++
        this.depth -= 1
        return out
      }
      throw this.fail('expected "," or "}" in an object')
    }
  }

  private parseArray(): unknown[] {
    this.enter()
    this.pos++ // [
    const out: unknown[] = []
    this.skipWs()
    if (this.text[this.pos] === ']') {
      this.pos++
      this.depth -= 1
      return out
    }
    for (;;) {
      this.skipWs()
      out.push(this.parseValue())
      this.skipWs()
      const sep = this.text[this.pos]
      if (sep === ',') {
        this.pos++
        continue
      }
      if (sep === ']') {
        this.pos++
        this.depth -= 1
        return out
      }
      throw this.fail('expected "," or "]" in an array')
    }
  }

  private parseString(): string {
    this.pos++ // opening quote
    let out = ''
    for (;;) {
      STRING_RUN.lastIndex = this.pos
      STRING_RUN.exec(this.text)
      out += this.text.slice(this.pos, STRING_RUN.lastIndex)
      this.pos = STRING_RUN.lastIndex
      const c = this.text[this.pos]
      if (c === '"') {
        this.pos++
        return out
      }
      if (c === undefined) throw this.fail('unterminated string')
      if (c !== '\\') throw this.fail('control character inside a string')
      const e = this.text[this.pos + 1]
      if (e === 'u') {
        const hex = this.text.slice(this.pos + 2, this.pos + 6)
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw this.fail('invalid \\u escape')
        out += String.fromCharCode(parseInt(hex, 16))
        this.pos += 6
      } else {
        const mapped = e === undefined ? undefined : ESCAPES[e]
        if (mapped === undefined) throw this.fail('invalid escape in a string')
        out += mapped
        this.pos += 2
      }
    }
  }

  private parseNumber(): number {
    NUMBER.lastIndex = this.pos
    const m = NUMBER.exec(this.text)
    if (m === null || m[0].length === 0) throw this.fail('invalid number')
    const n = Number(m[0])
    if (!Number.isFinite(n)) throw this.fail('number out of range')
    this.pos += m[0].length
    // "01" or "1." leave a digit or dot right after the match: not JSON.
    const next = this.text[this.pos]
    if (next !== undefined && /[0-9.eE+-]/.test(next)) throw this.fail('invalid number')
    return n
  }
}
