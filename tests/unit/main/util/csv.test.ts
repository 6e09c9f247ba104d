import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../../../main/util/csv'

describe('csv', () => {
  it('quotes only what needs it, or every cell when asked', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('plain', { alwaysQuote: true })).toBe('"plain"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(['firewall', 'screen-lock'])).toBe('firewall screen-lock')
  })

  it('defuses spreadsheet formulas from untrusted files', () => {
    for (const bad of ['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true)
    }
  })

  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n')
    expect(toCsv(['a'], [[1]], { alwaysQuote: true })).toBe('"a"\r\n"1"\r\n')
  })
})
