import { afterEach, describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { UI_EN } from '../../../shared/i18n/en/ui'
import { LANGUAGES } from '../../../shared/i18n'
import { CHECK_IDS, CHECK_STATUSES } from '../../../shared/check-types'
import { PURPOSES } from '../../../shared/attestation-types'
import { VERIFY_CODES } from '../../../shared/attestation-types'
import {
  checkTexts,
  measurementTexts,
  englishLang,
  formatNumber,
  interpolate,
  setCatalogue,
  t,
  tm,
  tn,
} from '../../../renderer/app/i18n'
import type { CheckResult } from '../../../shared/check-types'
import { DOMAIN_USES, PRACTICE_RESULTS, PRACTICES_RESULTS } from '../../../shared/practices'
import { ROSTER_TRUST_REASONS } from '../../../shared/roster-types'
import { CISO_SCREENS, STAFF_SCREENS } from '../../../renderer/app/context'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p))
    else if (/\.tsx?$/.test(name) && !name.endsWith('vite.config.mts')) out.push(p)
  }
  return out
}

const RENDERER_FILES = sourceFiles(path.join(root, 'renderer'))
const KEYS = new Set(Object.keys(UI_EN))
const NAMESPACES = new Set([...KEYS].map((k) => k.split('.')[0]))

afterEach(() => setCatalogue('en', UI_EN))

describe('interpolate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 'x' })).toBe('x and {b}')
    expect(interpolate('no params')).toBe('no params')
  })
  it('formats numbers with grouping', () => {
    expect(interpolate('{n} files', { n: 1000 })).toBe(`${formatNumber(1000)} files`)
    expect(formatNumber(1000)).toBe('1,000')
  })
  it('does not read inherited properties as params', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}')
  })
})

describe('t and tn', () => {
  it('returns the English text with params', () => {
    expect(t('dashboard.progress', { done: 3, total: 5 })).toBe('3 of 5 checks done')
  })
  it('picks plural forms by count', () => {
    expect(tn('nav.fixCount', 1)).toBe('1 item to fix')
    expect(tn('nav.fixCount', 2)).toBe('2 items to fix')
    expect(tn('nav.fixCount', 0)).toBe('0 items to fix')
  })
  it('falls back to English for keys a translation lacks', () => {
    setCatalogue('es', { 'nav.check': 'Comprobar' })
    expect(t('nav.check')).toBe('Comprobar')
    expect(t('nav.fix')).toBe(UI_EN['nav.fix'])
  })
})

describe('the UI catalogue', () => {
  it('is what shared/i18n registers for English', () => {
    expect(LANGUAGES.en.ui).toBe(UI_EN)
  })

  it('has a non-empty English text for every key, with balanced placeholders', () => {
    for (const [key, text] of Object.entries(UI_EN)) {
      expect(text.trim(), key).not.toBe('')
      expect(text.split('{').length, key).toBe(text.split('}').length)
    }
  })

  it('has every key the renderer names literally', () => {
    const used = new Set<string>()
    for (const file of RENDERER_FILES) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/'([a-z][a-zA-Z]*(?:\.[a-zA-Z0-9-]+)+)'/g)) {
        const key = m[1] as string
        if (NAMESPACES.has(key.split('.')[0] as string)) used.add(key)
      }
    }
    expect(used.size).toBeGreaterThan(100)
    const missing = [...used].filter((k) => !KEYS.has(k) && !KEYS.has(`${k}.one`))
    expect(missing).toEqual([])
  })

  it('has every key the renderer builds from a template', () => {
    // The templates used in renderer/ (`check.${id}.name` …), expanded over their value sets.
    const expected = [
      ...CHECK_IDS.flatMap((id) => [`check.${id}.name`, `check.${id}.explain`]),
      ...CHECK_STATUSES.map((s) => `status.${s}`),
      ...['pass', 'fail', 'unknown'].flatMap((o) => [`overall.chip.${o}`, `overall.title.${o}`]),
      ...PURPOSES.map((p) => `purpose.${p}`),
      ...VERIFY_CODES.map((c) => `outcome.${c}`),
      ...['active', 'revoked', 'offboarded'].map((s) => `ciso.status.${s}`),
      ...[...STAFF_SCREENS, ...CISO_SCREENS].map((s) => `nav.${s}`),
      ...ROSTER_TRUST_REASONS.flatMap((r) => [`ciso.refusal.${r}.title`, `ciso.refusal.${r}.todo`]),
      ...PRACTICE_RESULTS.map((r) => `practices.state.${r}`),
      ...PRACTICES_RESULTS.map((r) => `export.preview.practicesResult.${r}`),
      ...PRACTICES_RESULTS.map((r) => `ciso.practices.result.${r}`),
      ...DOMAIN_USES.map((u) => `domains.use.${u}`),
    ]
    expect(expected.filter((k) => !KEYS.has(k))).toEqual([])
  })

  it('is used: no key is left over', () => {
    const all = RENDERER_FILES.map((f) => readFileSync(f, 'utf8')).join('\n')
    const templated =
      /^(check\.[a-z-]+\.(name|explain)|status\.|overall\.(chip|title)\.|purpose\.|outcome\.|ciso\.status\.|nav\.(check|fix|export|offboard|domains|history|setup|campaign|dashboard|policy|requests|verify|roster)$|ciso\.refusal\.|export\.purpose\.(onboarding|periodic)\.help|practices\.state\.|export\.preview\.practicesResult\.[a-z]+$|ciso\.practices\.result\.|domains\.use\.)/
    const unused = [...KEYS].filter((k) => {
      if (templated.test(k)) return false
      const base = k.replace(/\.(one|other)$/, '')
      return !all.includes(`'${k}'`) && !all.includes(`'${base}'`)
    })
    expect(unused).toEqual([])
  })
})

/** Source without comments (they may quote text). */
function code(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
}

/**
 * User-facing literals outside JSX text: string props people read or hear (aria-label, title,
 * placeholder, alt, label…), browser dialogs (alert/confirm/prompt), and any string literal that
 * reads as an English phrase ("Could not save the file.").
 */
function literalText(src: string): string[] {
  const out: string[] = []
  const c = code(src)
  const PROPS =
    /\b(aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|title|placeholder|alt|label)=(?:"([^"]*)"|'([^']*)'|\{\s*(['"`])((?:(?!\4)[^\\])*)\4\s*\})/g
  for (const m of c.matchAll(PROPS)) {
    const v = m[2] ?? m[3] ?? m[5] ?? ''
    if (/[A-Za-z]/.test(v) && !v.includes('${')) out.push(m[0])
  }
  for (const m of c.matchAll(/\b(?:alert|confirm|prompt)\(\s*['"`]/g)) out.push(m[0])
  for (const m of c.matchAll(/(['"`])((?:(?!\1)[^\\\n])*)\1/g)) {
    const v = m[2] as string
    if (/^[A-Z][a-z]+(?:[ ,;:]+[A-Za-z’'-]+)+[.!?…:]?$/.test(v)) out.push(v)
  }
  return out
}

describe('components hold no literal user-facing text', () => {
  it('the literal-text scan finds props, dialogs and phrases, and passes keys, classes and ids', () => {
    expect(literalText(`<button aria-label="Close" title='Close it'>`)).toEqual(
      expect.arrayContaining(['aria-label="Close"', "title='Close it'"]),
    )
    expect(literalText(`<img alt={'A chart'} />`)).toEqual([`alt={'A chart'}`])
    expect(literalText(`window.alert('Done'); confirm(\`Sure?\`)`)).toEqual(["alert('", 'confirm(`'])
    expect(literalText(`throw new Error('Could not save the file.')`)).toEqual(['Could not save the file.'])
    expect(
      literalText(
        `<p className="button button--primary" aria-label={t('nav.label')} title={x} lang="en">{t('a.b')}</p> // Say: Hello there`,
      ),
    ).toEqual([])
  })

  it('has no literal text in props, dialogs or string literals in renderer/**', () => {
    const offenders = RENDERER_FILES.flatMap((file) =>
      literalText(readFileSync(file, 'utf8')).map((x) => `${path.relative(root, file)}: ${x}`),
    )
    expect(offenders).toEqual([])
  })

  it('has no words between JSX tags in renderer/**/*.tsx', () => {
    const offenders: string[] = []
    for (const file of RENDERER_FILES.filter((f) => f.endsWith('.tsx'))) {
      const src = readFileSync(file, 'utf8')
      // Text directly between a closing `>` and the next `<` or `{` that contains a letter.
      for (const m of src.matchAll(/>\s*([^<>{}\n]*[A-Za-z][^<>{}\n]*)\s*[<{]/g)) {
        const text = (m[1] as string).trim()
        // Skip TypeScript generics and arrow functions that the regex can catch outside JSX.
        if (/^[\w.]+(\[\])?$/.test(text) && !/\s/.test(text) && /^[A-Z]/.test(text)) continue
        if (/=>|\(|\)|&&|\|\||===|!==/.test(text)) continue
        offenders.push(`${path.relative(root, file)}: ${text}`)
      }
    }
    expect(offenders).toEqual([])
  })
})

describe('check texts in the active language', () => {
  const base = {
    id: 'firewall',
    level: 'required',
    durationMs: 1,
    status: 'fail',
    remediationId: 'firewall.linux.ufw',
    sources: [],
  } as const
  const converted: CheckResult = {
    ...base,
    summary: 'The firewall is off',
    observed: ['ufw is installed but turned off (ENABLED=no)'],
    requirement: 'A firewall is on and refuses incoming connections that were not explicitly allowed',
    text: {
      summary: { key: 'check.firewall.linux.summary.off' },
      observed: [{ key: 'check.firewall.linux.ufw.off' }],
      requirement: { key: 'check.firewall.linux.requirement' },
    },
  }
  const plain: CheckResult = { ...base, summary: 'Old English', observed: ['seen'], requirement: 'asked' }

  it('renders messages with the active catalogue, falling back to English per key', () => {
    setCatalogue('xx', UI_EN, { 'check.firewall.linux.summary.off': 'El cortafuegos está desactivado' })
    const c = checkTexts(converted)
    expect(c.summary).toBe('El cortafuegos está desactivado')
    expect(c.observed).toEqual(['ufw is installed but turned off (ENABLED=no)'])
    expect(c.requirement).toBe(converted.requirement)
    expect(c.reason).toBeUndefined()
    expect(c.lang).toBeUndefined()
    expect(tm({ key: 'check.engine.timeout.reason', params: { seconds: 30 } })).toMatch(
      /^No answer within 30 s/,
    )
  })

  it('shows the English texts of a result without messages, marked lang="en" outside English', () => {
    setCatalogue('es', {})
    expect(checkTexts(plain)).toEqual({
      summary: 'Old English',
      observed: ['seen'],
      requirement: 'asked',
      reason: undefined,
      lang: 'en',
    })
    expect(englishLang()).toBe('en')
    setCatalogue('en-GB', UI_EN)
    expect(checkTexts(plain).lang).toBeUndefined()
    expect(englishLang()).toBeUndefined()
  })
})

describe('practice measurements in the active language', () => {
  const measuredView = {
    summary: 'A password manager is not installed at any known location',
    observed: ['looked at 12 known install locations'],
    reason: null,
    text: {
      summary: {
        key: 'measure.presence.summary.notFound',
        params: { what: { key: 'measure.presence.what.password-manager' } },
      },
      observed: [{ key: 'measure.presence.observed.lookedAt', params: { count: 12 } }],
    },
  }

  it('renders the messages main sent with the active catalogue (Spanish here)', () => {
    setCatalogue('es', LANGUAGES.es.ui, LANGUAGES.es.checks)
    expect(measurementTexts(measuredView)).toEqual({
      summary: 'No se encontró un administrador de contraseñas en ninguna ubicación de instalación conocida',
      observed: ['se revisaron 12 ubicaciones de instalación conocidas'],
      reason: undefined,
      lang: undefined,
    })
  })

  it('shows the English of a measurement without messages, marked lang="en" outside English', () => {
    setCatalogue('es', {})
    const { text: _text, ...plain } = measuredView
    expect(measurementTexts({ ...plain, reason: 'why' })).toEqual({
      summary: measuredView.summary,
      observed: measuredView.observed,
      reason: 'why',
      lang: 'en',
    })
  })
})
