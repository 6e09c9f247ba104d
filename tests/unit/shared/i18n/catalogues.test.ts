/**
 * Every language has exactly the catalogue English has: the same sections, the same keys in each,
 * the same `{placeholders}` per key, the same number of steps per guided fix, and no empty text.
 * Generic over LANGUAGES: a language registered in shared/i18n/index.ts is checked from then on.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGES, type Messages } from '../../../../shared/i18n'
import { placeholdersOf } from '../../../../shared/i18n/msg'
import { pseudoMessages } from '../../../support/pseudo-locale'

const SECTIONS = ['remediation', 'ui', 'practices', 'checks', 'cli', 'main'] as const

/** Flatten a section to key → text (a fix's title, why, duration and steps are texts of their own). */
function texts(m: Messages, section: (typeof SECTIONS)[number]): Map<string, string> | null {
  if (section === 'remediation') {
    const out = new Map<string, string>()
    for (const [id, r] of Object.entries(m.remediation)) {
      out.set(`${id}.title`, r.title)
      out.set(`${id}.why`, r.why)
      out.set(`${id}.duration`, r.duration)
      out.set(`${id}.steps`, String(r.steps.length))
      r.steps.forEach((s, i) => out.set(`${id}.steps.${i}`, s))
    }
    return out
  }
  const table = m[section]
  return table === undefined ? null : new Map(Object.entries(table))
}

/** What is wrong with `other` compared with English (empty when nothing). */
function catalogueProblems(other: Messages, english: Messages): string[] {
  const problems: string[] = []
  for (const section of SECTIONS) {
    const en = texts(english, section)
    const it = texts(other, section)
    if (en === null) {
      problems.push(`${section}: English has no such section`)
      continue
    }
    if (it === null) {
      problems.push(`${section}: missing`)
      continue
    }
    for (const key of en.keys()) if (!it.has(key)) problems.push(`${section}: ${key} missing`)
    for (const key of it.keys()) if (!en.has(key)) problems.push(`${section}: ${key} is not in English`)
    for (const [key, text] of it) {
      const enText = en.get(key)
      if (enText === undefined) continue
      if (section === 'remediation' && key.endsWith('.steps')) {
        if (text !== enText) problems.push(`${section}: ${key} has ${text} steps where English has ${enText}`)
        continue
      }
      if (text.trim() === '') problems.push(`${section}: ${key} is empty`)
      const a = placeholdersOf(enText).join(',')
      const b = placeholdersOf(text).join(',')
      if (a !== b) problems.push(`${section}: ${key} has {${b}} where English has {${a}}`)
      if (text.split('{').length !== text.split('}').length)
        problems.push(`${section}: ${key} has unbalanced braces`)
    }
  }
  return problems
}

describe('catalogue parity', () => {
  it('English is complete: every section, no empty text, balanced placeholders', () => {
    const en = LANGUAGES.en
    for (const section of SECTIONS) {
      const t = texts(en, section)
      expect(t, section).not.toBeNull()
      for (const [key, text] of t ?? []) {
        expect(text.trim(), `${section}: ${key}`).not.toBe('')
        expect(text.split('{').length, `${section}: ${key}`).toBe(text.split('}').length)
      }
    }
  })

  it('every registered language has exactly the keys and placeholders of English', () => {
    const problems = Object.entries(LANGUAGES)
      .filter(([code]) => code !== 'en')
      .flatMap(([code, m]) => catalogueProblems(m as Messages, LANGUAGES.en).map((p) => `${code} ${p}`))
    expect(problems).toEqual([])
  })

  it('the checker finds a missing section, a missing or extra key, a changed placeholder, fewer steps', () => {
    const good = pseudoMessages()
    expect(catalogueProblems(good, LANGUAGES.en)).toEqual([])
    const { checks: _dropped, ...noChecks } = good
    expect(catalogueProblems(noChecks, LANGUAGES.en)).toContain('checks: missing')
    const ui = { ...good.ui }
    delete ui['nav.check']
    ui['nav.extra'] = 'x'
    ui['dashboard.progress'] = '{done} de {todo}'
    const firstFix = Object.keys(good.remediation)[0] as string
    const fix = good.remediation[firstFix]
    if (fix === undefined) throw new Error('no fix')
    const broken: Messages = {
      ...good,
      ui,
      remediation: { ...good.remediation, [firstFix]: { ...fix, steps: fix.steps.slice(1) } },
    }
    const p = catalogueProblems(broken, LANGUAGES.en)
    expect(p).toContain('ui: nav.check missing')
    expect(p).toContain('ui: nav.extra is not in English')
    expect(p.some((x) => x.startsWith('ui: dashboard.progress has {done,todo}'))).toBe(true)
    expect(p).toContain(
      `remediation: ${firstFix}.steps has ${fix.steps.length - 1} steps where English has ${fix.steps.length}`,
    )
  })
})
