/**
 * Untrusted text on a terminal: file names from a CISO's inbox, staff ids, labels and reasons read
 * from attestations, text from a roster someone may have edited. A raw ESC starts a terminal control
 * sequence (move the cursor, rewrite the line, change the window title), a carriage return or
 * backspace overwrites what was printed before it, and bidirectional overrides (U+202E) or zero-width
 * characters make a name read differently from what it is. Every such character is replaced by a
 * visible escape, so what is printed is what is there.
 *
 * Replaced: C0 controls (U+0000-U+001F, including tab, CR and LF), DEL, C1 controls (U+0080-U+009F,
 * which some terminals read as 8-bit control sequences), every format character (Unicode category
 * Cf: bidirectional embeddings, overrides and isolates U+202A-U+202E, U+2066-U+2069, the marks
 * U+200E/U+200F/U+061C, zero-width U+200B-U+200D/U+2060, U+FEFF, soft hyphen, tag characters),
 * the line and paragraph separators U+2028/U+2029 and unpaired surrogates. C0, DEL and C1 show as
 * `\xHH`, the others as `\u{HHHH}`.
 */

/** Characters that must not reach a terminal as they are (see the module comment). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu

/** The same set minus C0 controls, which JSON.stringify already escapes (and uses \n to indent). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu

function visible(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0
  const hex = cp.toString(16).toUpperCase()
  return cp <= 0x9f ? `\\x${hex.padStart(2, '0')}` : `\\u{${hex.padStart(4, '0')}}`
}

/** True when `s` holds a character terminalSafe would replace. */
export function hasUnsafeText(s: string): boolean {
  UNSAFE.lastIndex = 0
  const found = UNSAFE.test(s)
  UNSAFE.lastIndex = 0
  return found
}

/** One line of untrusted text, safe to print: every unsafe character as a visible escape. */
export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, visible)
}

/**
 * A message that may span lines (our own `\n` between its lines), with untrusted parts inside:
 * line feeds are kept, everything else terminalSafe replaces is escaped. Use it only where the
 * untrusted parts cannot hold a line feed that matters (prefer terminalSafe on each part).
 */
export function terminalSafeLines(s: string): string {
  return s
    .split('\n')
    .map((line) => terminalSafe(line))
    .join('\n')
}

/**
 * JSON for a terminal or a pipe: JSON.stringify escapes C0 controls but leaves DEL, C1 controls,
 * bidirectional and zero-width characters and U+2028/U+2029 as they are. They can only occur inside
 * strings, so each is written as a `\uXXXX` escape (a surrogate pair for characters above U+FFFF):
 * the document still parses to exactly the same values.
 */
export function jsonForTerminal(value: unknown, space = 2): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_JSON, (ch) => {
    let out = ''
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`
    return out
  })
}
