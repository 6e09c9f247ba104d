import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { AttestationError } from '../../../../main/attestation/errors'
import { parseStrictJson } from '../../../../main/attestation/strict-json'

function malformed(fn: () => unknown): string {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(AttestationError)
    expect((err as AttestationError).code).toBe('MALFORMED')
    return (err as Error).message
  }
  throw new Error('expected MALFORMED')
}

describe('parseStrictJson', () => {
  it('agrees with JSON.parse on any JSON value without duplicate keys', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const text = JSON.stringify(v)
        expect(parseStrictJson(text)).toEqual(JSON.parse(text))
      }),
      { numRuns: 300 },
    )
  })

  it('rejects duplicate keys at any depth and names the key', () => {
    expect(malformed(() => parseStrictJson('{"result":"fail","result":"pass"}'))).toMatch(
      /duplicate key "result"/,
    )
    expect(malformed(() => parseStrictJson('{"a":[{"b":1,"c":{"d":1,"d":2}}]}'))).toMatch(/duplicate key "d"/)
    // Escapes decode before the comparison: "\u0061" is "a".
    expect(malformed(() => parseStrictJson('{"a":1,"\\u0061":2}'))).toMatch(/duplicate key "a"/)
  })

  it('keeps __proto__ as an ordinary key', () => {
    const v = parseStrictJson('{"__proto__":{"polluted":true}}') as Record<string, unknown>
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype)
    expect(Object.keys(v)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('rejects deep nesting quickly', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000)
    const started = performance.now()
    expect(malformed(() => parseStrictJson(deep))).toMatch(/nested deeper than 64/)
    expect(performance.now() - started).toBeLessThan(500)
    expect(parseStrictJson('['.repeat(64) + ']'.repeat(64))).toBeInstanceOf(Array)
    expect(malformed(() => parseStrictJson('{"a":'.repeat(65) + '1' + '}'.repeat(65)))).toMatch(/nested/)
  })

  it('rejects oversize input before parsing', () => {
    const big = new Uint8Array(16 * 1024 * 1024 + 1).fill(0x20)
    const started = performance.now()
    expect(malformed(() => parseStrictJson(big))).toMatch(/larger than/)
    expect(malformed(() => parseStrictJson('"' + 'é'.repeat(9 * 1024 * 1024) + '"'))).toMatch(/larger than/)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(malformed(() => parseStrictJson('[1,2,3]', { maxBytes: 5 }))).toMatch(/larger than 5 bytes/)
  })

  it.each([
    ['', /empty/],
    ['{"a":1,}', /quoted key/],
    ['[1,]', /unexpected character/],
    ['01', /invalid number/],
    ['1.', /invalid number/],
    ['-', /unexpected character|invalid number/],
    ['1e999', /out of range/],
    ['"a\u0001"', /control character/],
    ['"\\x41"', /invalid escape/],
    ['"\\u12G4"', /invalid \\u escape/],
    ['"abc', /unterminated/],
    ['{"a" 1}', /expected ":"/],
    ['tru', /invalid literal/],
    ['{} {}', /after the JSON value/],
    ['NaN', /unexpected character/],
    ["{'a':1}", /quoted key/],
    ['\u000b1', /unexpected character/],
  ])('rejects %j', (text, message) => {
    expect(malformed(() => parseStrictJson(text))).toMatch(message)
  })

  it('rejects invalid UTF-8 and a BOM unless allowed', () => {
    expect(malformed(() => parseStrictJson(new Uint8Array([0x22, 0xff, 0x22])))).toMatch(/UTF-8/)
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x31])
    expect(malformed(() => parseStrictJson(bom))).toMatch(/byte order mark/)
    expect(parseStrictJson(bom, { allowBom: true })).toBe(1)
  })

  it('never throws anything but MALFORMED on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        try {
          parseStrictJson(s)
        } catch (err) {
          expect(err).toBeInstanceOf(AttestationError)
        }
      }),
      { numRuns: 500 },
    )
  })
})
