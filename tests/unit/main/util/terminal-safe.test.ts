import { describe, expect, it } from 'vitest'
import {
  hasUnsafeText,
  jsonForTerminal,
  terminalSafe,
  terminalSafeLines,
} from '../../../../main/util/terminal-safe'
import { clean, NASTY } from './nasty-text'

describe('terminalSafe', () => {
  it('replaces every control, bidi, zero-width and format character with a visible escape', () => {
    for (const ch of NASTY) {
      const out = terminalSafe(`a${ch}b`)
      expect(clean(out, false), JSON.stringify(ch)).toBe(true)
      expect(out.startsWith('a') && out.endsWith('b')).toBe(true)
      expect(out.length).toBeGreaterThan(2)
      expect(hasUnsafeText(`a${ch}b`)).toBe(true)
    }
    expect(terminalSafe('x\u001b[31m\r\u202egnp.json')).toBe('x\\x1B[31m\\x0D\\u{202E}gnp.json')
    expect(terminalSafe('\u{e0041}')).toBe('\\u{E0041}')
  })

  it('leaves ordinary text alone, including letters of every script and emoji', () => {
    for (const s of ['alice@campaign.example', 'Ünïcødé 😀 名前 ملف.json', "it's a (b) [c] {d} $e `f`"]) {
      expect(terminalSafe(s)).toBe(s)
      expect(hasUnsafeText(s)).toBe(false)
    }
  })

  it('terminalSafeLines keeps line feeds and escapes the rest', () => {
    expect(terminalSafeLines('one\ntwo\r\u202e')).toBe('one\ntwo\\x0D\\u{202E}')
  })

  it('jsonForTerminal escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { s: NASTY.join('|'), [`k\u202e`]: 1 }
    const text = jsonForTerminal(value)
    expect(clean(text)).toBe(true)
    expect(JSON.parse(text)).toEqual(value)
    expect(JSON.stringify(value)).toContain('\u202e') // what it guards against
  })
})
