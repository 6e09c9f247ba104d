/** Test data: text that must never reach a terminal raw, and a check for printed output. */

/** Every kind of character that must not reach a terminal raw (used by the CLI tests too). */
export const NASTY = [
  '\u001b[2J\u001b]0;owned\u0007', // clear screen, set the window title
  '\r',
  '\n',
  '\t',
  '\b',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u009b31m', // 8-bit CSI
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u2028',
  '\u2029',
  '\u{e0041}', // tag character
  '\ud800', // lone surrogate
]

/** True when `s` contains none of the characters above (what a test asserts on printed output). */
export function clean(s: string, allowNewlines = true): boolean {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u
  return !bad.test(s) && (allowNewlines || !s.includes('\n'))
}
