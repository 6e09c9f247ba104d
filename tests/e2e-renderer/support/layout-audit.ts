/**
 * Page audits for the language tests (i18n.spec.ts):
 * - layoutProblems: text that is clipped or overflows (a box narrower than its text with overflow
 *   hidden/clip or an ellipsis, text sticking out of its box or the window, the page scrolling
 *   sideways, controls and headings drawn over each other);
 * - untranslated: visible words that are not in the pseudo-locale (so not from a catalogue), except
 *   inside elements that say they are English (`lang="en"`: checks not converted yet, words main
 *   writes in English) and values (code, fingerprints, ids, numbers, dates).
 */
import type { Page } from '@playwright/test'

export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const name = (el: Element): string => {
      const cls =
        typeof el.className === 'string' && el.className !== ''
          ? `.${el.className.split(/\s+/).join('.')}`
          : ''
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)
      return `<${el.tagName.toLowerCase()}${cls}> "${text}"`
    }
    const visible = (el: Element): boolean => {
      // Content of a closed <details> is laid out but not shown (content-visibility: hidden).
      if (
        !el.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })
      )
        return false
      const cs = getComputedStyle(el)
      if (cs.display === 'none' || cs.visibility === 'hidden') return false
      const r = el.getBoundingClientRect()
      return r.width > 1 && r.height > 1
    }
    // Deliberately hidden (visually-hidden helpers, the skip link before it has focus).
    const hiddenOnPurpose = (el: Element): boolean => {
      for (let e: Element | null = el; e !== null; e = e.parentElement) {
        const cs = getComputedStyle(e)
        if (cs.clip !== 'auto' && cs.clip !== '') return true
        if (cs.clipPath !== 'none') return true
        if (e.getBoundingClientRect().width <= 1) return true
      }
      return false
    }
    const ownText = (el: Element): boolean =>
      Array.from(el.childNodes).some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      )
    const vw = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth > vw + 1)
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${vw} px)`)

    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (!visible(el) || hiddenOnPurpose(el)) continue
      const cs = getComputedStyle(el)
      const clipX = cs.overflowX === 'hidden' || cs.overflowX === 'clip'
      const clipY = cs.overflowY === 'hidden' || cs.overflowY === 'clip'
      const hasText = (el.textContent ?? '').trim() !== ''
      if (hasText && clipX && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} cuts its text on the right (${el.scrollWidth} > ${el.clientWidth} px)`)
      if (hasText && clipY && el.scrollHeight > el.clientHeight + 1)
        problems.push(`${name(el)} cuts its text at the bottom (${el.scrollHeight} > ${el.clientHeight} px)`)
      if (hasText && cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name(el)} ends in an ellipsis`)
      if (
        ownText(el) &&
        cs.display !== 'inline' &&
        cs.overflowX === 'visible' &&
        el.scrollWidth > el.clientWidth + 1
      )
        problems.push(`${name(el)} spills out of its box (${el.scrollWidth} > ${el.clientWidth} px)`)
      if (ownText(el) && el.getBoundingClientRect().right > vw + 1)
        problems.push(`${name(el)} runs past the window's right edge`)
    }

    // Controls, labels and headings must not be drawn over each other.
    const items = Array.from(
      document.body.querySelectorAll('button, a, input, select, textarea, label, .chip, h1, h2, h3, summary'),
    ).filter((el) => visible(el) && !hiddenOnPurpose(el))
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i] as Element
        const b = items[j] as Element
        if (a.contains(b) || b.contains(a)) continue
        const r = a.getBoundingClientRect()
        const s = b.getBoundingClientRect()
        const w = Math.min(r.right, s.right) - Math.max(r.left, s.left)
        const h = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top)
        if (w > 2 && h > 2) problems.push(`${name(a)} overlaps ${name(b)}`)
      }
    }
    return problems
  })
}

/**
 * Visible text nodes that contain a word of `englishWords` without the pseudo-locale's brackets,
 * outside `[lang="en"]`, code and values.
 */
export async function untranslated(
  page: Page,
  englishWords: readonly string[],
  open: string,
): Promise<string[]> {
  return page.evaluate(
    ({ words, open }) => {
      const dict = new Set(words)
      const out: string[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim()
        if (text === '' || text.includes(open)) continue
        const el = n.parentElement
        if (el === null || !el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
          continue
        if (el.closest('[lang="en"], code, kbd, pre, samp, script, style, .fingerprint, [hidden]') !== null)
          continue
        const cs = getComputedStyle(el)
        if (cs.display === 'none' || cs.visibility === 'hidden') continue
        // Values: identifiers, file names, numbers, dates and times have no dictionary words.
        if (/^[\w.@:/\\+-]+$/.test(text)) continue
        const found = (text.match(/[A-Za-z]{4,}/g) ?? []).filter((w) => dict.has(w.toLowerCase()))
        if (found.length > 0)
          out.push(`<${el.tagName.toLowerCase()}> "${text.slice(0, 80)}" (${found.join(', ')})`)
      }
      return out
    },
    { words: [...englishWords], open },
  )
}
