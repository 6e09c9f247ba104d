/**
 * Every language registered in shared/i18n LANGUAGES has exactly the English catalogue's keys in
 * every section, with the same `{placeholders}` per key, the same number of steps per fix and per
 * practice, plural forms its plural rules can use, and the technical tokens (commands in `code`,
 * paths, URLs, options) of each English text unchanged.
 */
import { describe, expect, it } from 'vitest'
import { LANGUAGES, type Language, type Messages } from '../../../shared/i18n'
import type { RemediationText } from '../../../shared/remediation/types'

const OTHERS = (Object.keys(LANGUAGES) as Language[]).filter((l) => l !== 'en')
const EN: Messages = LANGUAGES.en
const TEXT_SECTIONS = ['ui', 'practices'] as const

/** Sorted `{name}` placeholders of a text (repeats kept). */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([a-zA-Z0-9_]+)\}/g)].map((m) => m[1] as string).sort()
}

/** `<...>` marks something the reader replaces (`<file>`): its words may be translated. */
const normalise = (s: string) => s.replace(/<[^<>]+>/g, '<>')

/** Contents of `code` spans, in order. */
function codeSpans(text: string): string[] {
  return [...normalise(text).matchAll(/`([^`]+)`/g)].map((m) => m[1] as string)
}

/**
 * Technical tokens a translation must keep: URLs and pseudo-URLs (chrome://…, about:…), paths
 * (anything with / or \), command-line options, file names with a technical extension, registry
 * roots and setting assignments.
 */
function technicalTokens(text: string): string[] {
  const found = normalise(text).match(
    /[a-z]+:\/\/\S+|about:[a-z]+|\S*[/\\]\S+|(?<![\w-])--?[a-z][\w-]*(?:=\S+)?|[\w.-]+\.(?:conf|json|toml|msc|exe|timer|service|socket|pem|md)\b|HK[A-Z_]+\S*|\b[A-Za-z]+=\S*/g,
  )
  const tokens = (found ?? []).map((t) => t.replace(/^[(“"'«]+|[.,;:)”"'»]+$/g, ''))
  return [...tokens, ...commandLines(text)]
}

/** Words that end a command written inline in English prose ("sudo rm followed by that path"). */
const PROSE = new Set([
  'again',
  'and',
  'at',
  'by',
  'followed',
  'for',
  'if',
  'in',
  'into',
  'on',
  'only',
  'or',
  'the',
  'then',
  'to',
  'with',
])
const COMMAND_HEAD =
  /(?<![\w-])(?:sudo|systemctl|flatpak|csrutil|mbr2gpt|manage-bde|mokutil|spctl|freshclam|journalctl|passwd|netplwiz|Get-LocalUser|(?:ss|grep)(?=\s+-))(?![\w-])/g

/**
 * Shell commands written in a text (quoted or not): the command word and the words after it that
 * look like arguments, up to the first prose word, bracket, quote or dash.
 */
function commandLines(text: string): string[] {
  const out: string[] = []
  const t = normalise(text)
  for (const m of t.matchAll(COMMAND_HEAD)) {
    const words = t.slice(m.index).split(/\s+/)
    const kept: string[] = []
    for (const w of words) {
      const closes = /[“”"`’)][.,;:]?$/.test(w)
      const core = w.replace(/[“”"`’)]+([.,;:]?)$/, '$1')
      if (kept.length > 0 && (PROSE.has(core.replace(/[.,;:]$/, '')) || /^[(“"`—]/.test(core))) break
      if (!/^[\w@:.*'/\\|=+<>,&{}$-]+$/.test(core)) break
      kept.push(core)
      if (closes || (/[.,;:]$/.test(core) && kept.length > 1)) break
    }
    const cmd = kept.join(' ').replace(/[.,;:]+$/, '')
    if (cmd.includes(' ')) out.push(cmd)
  }
  return out
}

function keyDiff(en: readonly string[], other: readonly string[]) {
  const a = new Set(en)
  const b = new Set(other)
  return {
    missing: en.filter((k) => !b.has(k)).sort(),
    extra: other.filter((k) => !a.has(k)).sort(),
  }
}

/** Every text of a fix, with a label for messages. */
function fixTexts(id: string, r: RemediationText): [string, string][] {
  return [
    [`${id}.title`, r.title],
    [`${id}.why`, r.why],
    [`${id}.duration`, r.duration],
    ...r.steps.map((s, i): [string, string] => [`${id}.steps[${i}]`, s]),
  ]
}

describe('the language list', () => {
  it('registers English and at least one other language', () => {
    expect(Object.keys(LANGUAGES)).toContain('en')
    expect(OTHERS.length).toBeGreaterThan(0)
  })
})

describe.each(OTHERS)('the %s catalogue', (lang) => {
  const messages: Messages = LANGUAGES[lang]

  it.each(['remediation', ...TEXT_SECTIONS] as const)('has exactly the English keys in %s', (section) => {
    const diff = keyDiff(Object.keys(EN[section]), Object.keys(messages[section]))
    expect(diff).toEqual({ missing: [], extra: [] })
  })

  it.each(TEXT_SECTIONS)('has the same placeholders as English for every key in %s', (section) => {
    const wrong: string[] = []
    for (const [key, text] of Object.entries(EN[section])) {
      const own = messages[section][key]
      if (own === undefined) continue
      if (placeholders(own).join(',') !== placeholders(text).join(',')) wrong.push(key)
      if (own.trim() === '') wrong.push(`${key} (empty)`)
    }
    expect(wrong).toEqual([])
  })

  it('has no placeholders in fixes (the remediation text is not interpolated)', () => {
    const wrong = Object.entries(messages.remediation).flatMap(([id, r]) =>
      fixTexts(id, r)
        .filter(([, t]) => placeholders(t).length > 0)
        .map(([label]) => label),
    )
    expect(wrong).toEqual([])
  })

  it('has as many steps as English for every fix, and no empty text', () => {
    const wrong: string[] = []
    for (const [id, r] of Object.entries(EN.remediation)) {
      const own = messages.remediation[id]
      if (own === undefined) continue
      if (own.steps.length !== r.steps.length) {
        wrong.push(`${id}: ${own.steps.length} steps, English has ${r.steps.length}`)
      }
      for (const [label, t] of fixTexts(id, own)) if (t.trim() === '') wrong.push(`${label} empty`)
    }
    expect(wrong).toEqual([])
  })

  it('has as many step lines as English for every practice text', () => {
    const lines = (t: string) => t.split(/\r?\n/).filter((l) => l.trim() !== '').length
    const wrong = Object.entries(EN.practices)
      .filter(([key, text]) => {
        const own = messages.practices[key]
        return own !== undefined && lines(own) !== lines(text)
      })
      .map(([key]) => key)
    expect(wrong).toEqual([])
  })

  it('keeps every `code` span of a fix exactly as in English', () => {
    const wrong: string[] = []
    for (const [id, r] of Object.entries(EN.remediation)) {
      const own = messages.remediation[id]
      if (own === undefined) continue
      const en = fixTexts(id, r)
      const tr = fixTexts(id, own)
      en.forEach(([label, text], i) => {
        const t = tr[i]
        if (t === undefined) return
        if (codeSpans(t[1]).join('\u0000') !== codeSpans(text).join('\u0000')) wrong.push(label)
      })
    }
    expect(wrong).toEqual([])
  })

  it('keeps the commands, paths, addresses and options of every English text', () => {
    const wrong: string[] = []
    const check = (label: string, en: string, tr: string) => {
      const own = normalise(tr)
      for (const token of technicalTokens(en)) if (!own.includes(token)) wrong.push(`${label}: ${token}`)
    }
    for (const [id, r] of Object.entries(EN.remediation)) {
      const own = messages.remediation[id]
      if (own === undefined) continue
      const tr = fixTexts(id, own)
      fixTexts(id, r).forEach(([label, text], i) => check(label, text, tr[i]?.[1] ?? ''))
    }
    for (const section of TEXT_SECTIONS) {
      for (const [key, text] of Object.entries(EN[section])) {
        const own = messages[section][key]
        if (own !== undefined) check(`${section}.${key}`, text, own)
      }
    }
    expect(wrong).toEqual([])
  })

  it('can show every plural form with the forms it has (.one and .other)', () => {
    // renderer/app/i18n.ts tn() picks `.one` for the category "one" and `.other` for every other
    // category; a language whose rules need a third form the catalogue cannot hold is refused.
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
    expect(categories).toContain('one')
    expect(categories).toContain('other')
    for (const c of categories) expect(['one', 'many', 'other']).toContain(c)
    const bases = Object.keys(EN.ui)
      .filter((k) => k.endsWith('.one'))
      .map((k) => k.slice(0, -'.one'.length))
    expect(bases.length).toBeGreaterThan(0)
    for (const base of bases) {
      expect(messages.ui[`${base}.one`], base).toBeDefined()
      expect(messages.ui[`${base}.other`], base).toBeDefined()
    }
  })
})

describe('the parity checks themselves', () => {
  it('see a missing key, a changed placeholder, a changed command and a changed path', () => {
    expect(keyDiff(['a', 'b'], ['a', 'c'])).toEqual({ missing: ['b'], extra: ['c'] })
    expect(placeholders('{count} de {total}')).toEqual(['count', 'total'])
    expect(placeholders('{cuenta} de {total}')).not.toEqual(placeholders('{count} of {total}'))
    expect(codeSpans('Run `sudo freshclam` now')).toEqual(['sudo freshclam'])
    expect(codeSpans('`sudo sbctl sign -s <file>`')).toEqual(codeSpans('`sudo sbctl sign -s <archivo>`'))
    expect(technicalTokens('edit /etc/gdm3/custom.conf and run "sudo ufw enable --now".')).toEqual([
      '/etc/gdm3/custom.conf',
      '--now',
      'sudo ufw enable --now',
    ])
    expect(commandLines('(sudo rm followed by that path), then run: sudo systemctl daemon-reload')).toEqual([
      'sudo rm',
      'sudo systemctl daemon-reload',
      'systemctl daemon-reload',
    ])
    expect(commandLines('Run `sudo apt update && sudo apt install clamav` (the second')).toEqual([
      'sudo apt update && sudo apt install clamav',
      'sudo apt install clamav',
    ])
    expect(technicalTokens('open chrome://policy or about:policies (see https://aka.ms/x).')).toEqual([
      'chrome://policy',
      'about:policies',
      'https://aka.ms/x',
    ])
    expect(technicalTokens('set AutomaticLoginEnable=false in HKLM\\SOFTWARE\\Policies')).toEqual([
      'AutomaticLoginEnable=false',
      'HKLM\\SOFTWARE\\Policies',
    ])
  })
})
