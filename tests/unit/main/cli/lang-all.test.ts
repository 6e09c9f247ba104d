/**
 * Every command of the CLI in another language: run the scenario of golden-scenario.ts (help
 * texts, usage errors, the staff and CISO commands) with `--lang qps`, the test-only pseudo-locale,
 * and find no English word of the CLI catalogue, only values (ids, paths, option names, codes).
 * Spanish is checked the same way for the help texts and the error lines; its technical tokens
 * (options, `code`, paths) are those of English.
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PURPOSES } from '../../../../shared/attestation-types'
import { CHECK_IDS } from '../../../../shared/check-types'
import { CLI_EN } from '../../../../shared/i18n/en/cli'
import { CLI_ES } from '../../../../shared/i18n/es/cli'
import { DEFAULT_POLICY } from '../../../../shared/policy'
import { COMMANDS } from '../../../../main/cli/commands'
import { askYesNo } from '../../../../main/cli/commands/staff-common'
import { PSEUDO, PSEUDO_CLOSE, PSEUDO_OPEN, registerPseudoLocale } from '../../../support/pseudo-locale'
import { runGoldenScenario, type GoldenRun } from './golden-scenario'

/** Words of 4+ letters in the English CLI catalogue (placeholders and option names left out). */
const ENGLISH = new Set(
  Object.values(CLI_EN)
    .flatMap((t) => t.replace(/\{[a-zA-Z0-9_|]+\}/g, ' ').match(/(?<![-\w])[A-Za-z]{4,}(?![-\w])/g) ?? [])
    .map((w) => w.toLowerCase()),
)

/** Words that are values wherever they appear: command names, ids, purposes, formats. */
const VALUES = new Set(
  [
    ...COMMANDS.flatMap((c) => c.name.split(/[ -]/)),
    ...CHECK_IDS.flatMap((id) => id.split('-')),
    ...DEFAULT_POLICY.practices.flatMap((p) => p.id.split('-')),
    ...PURPOSES,
    // Statuses and results as the attestation and the roster write them (also in --json).
    ...['pass', 'fail', 'unknown', 'incomplete', 'active', 'revoked', 'offboarded'],
    'preflight',
    'json',
    'linux',
    'darwin',
    'PEM',
  ].map((w) => w.toLowerCase()),
)

/**
 * The English catalogue words left in `text` once values are taken out: paths and addresses
 * (anything with / \ or @), option names, hyphenated ids, CODES_LIKE_THIS, base64 and PEM lines.
 */
export function englishWordsIn(text: string): string[] {
  const stripped = text
    .replace(/-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g, ' ')
    .replace(/\S*[/\\@]\S*/g, ' ')
    .replace(/\S+\.(?:json|csv|pem)\b/g, ' ')
    .replace(/(?<![\w-])--?[A-Za-z][\w-]*/g, ' ')
    .replace(/\S+-\S+/g, ' ')
    .replace(/\b[A-Z][A-Z0-9_]{2,}\b/g, ' ')
  const words = stripped.match(/(?<![\p{L}\p{M}])[A-Za-z]{4,}(?![\p{L}\p{M}])/gu) ?? []
  return [...new Set(words.filter((w) => ENGLISH.has(w.toLowerCase()) && !VALUES.has(w.toLowerCase())))]
}

/**
 * Sentences other layers write in English and the CLI prints as values (main/ciso's verification
 * messages, main/practices' measurements, main/checks' probe notes, the checks not converted yet);
 * they become messages in their own tasks (docs/i18n.md).
 */
const LOWER_LAYER = new RegExp(
  [
    // main/ciso: refusals (the verifier's reasons and staff-list problems are messages: main.verify.*, main.staffList.*).
    // The staff list's column names (values: the header row is English in every language).
    'staff id, name, purpose',
    'not confirmed; nothing was pinned',
    'not confirmed; nothing was enrolled',
    'every matching device is already offboarded',
    'no such file or (?:folder|directory)[^⟧\\n]*',
    'ROSTER_UNSIGNED: [^⟧\\n]*',
    'is not a campaign folder[^⟧\\n]*',
    'policy "baseline" version[^⟧\\n]*',
    'KEY_STORE_UNAVAILABLE: [^⟧\\n]*',
    // main/practices measurements (preflight fix <practice>).
    'Could not tell whether[^⟧\\n]*',
    'not at \\d+ of \\d+ known locations',
    'Some install locations[^⟧\\n]*',
  ].join('|'),
  'gm',
)

/** `preflight probes` lines after a verb (run, read, list, look, note): commands, paths, notes. */
const PROBE_LINE = new RegExp(`^  ${PSEUDO_OPEN}[^${PSEUDO_CLOSE}]*${PSEUDO_CLOSE} +.*$|^    .*$`, 'gm')

/** Text outside the pseudo-locale's brackets (what no catalogue wrote). */
function outsideBrackets(text: string): string {
  let out = text
  for (;;) {
    const next = out.replace(
      new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g'),
      '',
    )
    if (next === out) return out
    out = next
  }
}

describe('the CLI in the pseudo-locale', () => {
  let unregister: () => void = () => undefined
  let runs: Record<string, GoldenRun> = {}
  beforeAll(async () => {
    unregister = registerPseudoLocale()
    runs = await runGoldenScenario(['--lang', PSEUDO])
  }, 120_000)
  afterAll(() => unregister())

  it('prints every --help and the command list wholly from the catalogue', () => {
    const help = Object.entries(runs).filter(([name]) => name.startsWith('help: '))
    expect(help.length).toBe(COMMANDS.length + 5)
    for (const [name, r] of help) {
      expect(r.stdout, name).toContain(PSEUDO_OPEN)
      expect(outsideBrackets(r.stdout).trim(), name).toBe('')
      expect(englishWordsIn(r.stdout), name).toEqual([])
    }
  })

  it('prints every usage and input error wholly from the catalogue', () => {
    const errors = Object.entries(runs).filter(([name]) => name.startsWith('error: '))
    expect(errors.length).toBeGreaterThan(40)
    const wrong = errors
      .filter(([, r]) => !r.stderr.includes(PSEUDO_OPEN) || outsideBrackets(r.stderr).trim() !== '')
      .map(([name, r]) => `${name}: ${outsideBrackets(r.stderr).trim()}`)
    expect(wrong).toEqual([])
  })

  it('prints the output and questions of every command from the catalogue; values stay as they are', () => {
    const outputs = Object.entries(runs).filter(([name]) => !/^(help|error): /.test(name))
    expect(outputs.length).toBeGreaterThan(50)
    const wrong: string[] = []
    for (const [name, r] of outputs) {
      // Data printed as data stays: --csv, the pasteable request text, the signed statement (--show).
      if (/ csv$|^ciso request text$/.test(name)) continue
      let text = (r.stdout + r.stderr).replace(/^\{\n[\s\S]*?^\}\n/m, '').replace(LOWER_LAYER, '')
      if (name.startsWith('probes ')) text = text.replace(PROBE_LINE, '')
      const left = englishWordsIn(outsideBrackets(text))
      if (left.length > 0) wrong.push(`${name}: outside the catalogue: ${left.join(' ')}`)
      const words = englishWordsIn(text)
      if (words.length > 0) wrong.push(`${name}: ${words.join(' ')}`)
      if (!text.includes(PSEUDO_OPEN)) wrong.push(`${name}: nothing from the catalogue`)
    }
    expect(wrong).toEqual([])
  })
})

describe('the CLI catalogue files', () => {
  it.each(['en', 'es'])('never give the same key twice in %s (a later file would replace a text)', (lang) => {
    const dir = path.resolve(__dirname, '../../../../shared/i18n', lang)
    const keys = readdirSync(dir)
      .filter((f) => /^cli.*\.ts$/.test(f))
      .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/^ {2}'(cli\.[^']+)':/gm)])
      .map((m) => m[1] as string)
    expect(keys.length).toBe(Object.keys(CLI_EN).length)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('the Spanish help texts and error lines', () => {
  it('keep every option, command and placeholder of English', () => {
    const wrong: string[] = []
    const es = CLI_ES as Readonly<Record<string, string>>
    for (const [key, en] of Object.entries(CLI_EN)) {
      const own = es[key]
      if (own === undefined) {
        wrong.push(`${key}: missing`)
        continue
      }
      const tokens = (t: string) =>
        [
          ...(t.match(/(?<![\w-])--?[a-z][\w-]*/g) ?? []),
          // A <placeholder> the reader replaces may be translated (docs/i18n-es.md).
          ...(t.match(/`[^`]+`/g) ?? []).map((c) => c.replace(/<[^<>]+>/g, '<>')),
          ...[...t.matchAll(/\{([a-zA-Z0-9_]+)(?:\|cap)?\}/g)].map((m) => `{${m[1] as string}}`),
          ...(t.match(/^ {0,5}(?:Usage|Uso): .*$/gm) ?? []).map((l) => l.replace(/^.*?: /, '')),
        ].sort()
      const have = tokens(own)
      for (const t of new Set(tokens(en))) if (!have.includes(t)) wrong.push(`${key}: ${t}`)
    }
    expect(wrong).toEqual([])
  })
})

describe('the CLI in Spanish', () => {
  let runs: Record<string, GoldenRun> = {}
  beforeAll(async () => {
    runs = await runGoldenScenario(['--lang', 'es'])
  }, 120_000)

  it('prints every --help and every usage error in Spanish', () => {
    for (const [name, r] of Object.entries(runs)) {
      if (name.startsWith('help: ')) expect(r.stdout, name).toMatch(/^Uso: preflight/)
      if (name.startsWith('error: ') && r.code === 64 && name !== 'error: unknown command')
        expect(r.stderr, name).toMatch(/Ejecute `preflight .* --help` para ver cómo se usa\.\n$/)
    }
    expect(runs['ciso verify']?.stdout).toMatch(/^RESULTADO +ESTADO +PRÁCTICAS/)
    expect(runs['ciso verify']?.stdout).toContain('Lista de laptops actualizada.')
    // The verifier's reasons (main.verify.*) in Spanish.
    expect(runs['ciso verify']?.stdout).toContain(
      'REPLAY: la secuencia 1 no es mayor que la última aceptada, 2: es un archivo anterior o repetido',
    )
    expect(runs['ciso verify']?.stdout).toContain(
      'ACCEPTED: aceptada; los datos se reprodujeron desde una grabación, no se midieron',
    )
    expect(runs['ciso verify again']?.stdout).toContain(
      'ALREADY_RECORDED: ya estaba registrada (no cambió nada)',
    )
    expect(runs['ciso verify unknown key']?.stdout).toContain(
      'UNKNOWN_KEY: una clave de dispositivo nueva firmó esta constancia de ingreso',
    )
    // A staff list's problems (main.staffList.*) in Spanish.
    expect(runs['ciso request staff-list bad']?.stderr).toContain(
      '  línea 1: columna desconocida "colour" en la fila de encabezado; las columnas son: staff id, name, purpose\n',
    )
    // --csv stays English.
    expect(runs['ciso verify csv']?.stdout).toContain('already recorded (key now offboarded)')
  })

  it('takes s, sí and si (and English y, yes) for yes', async () => {
    const ask = async (answer: string) => {
      let asked = ''
      const io = {
        stdout: () => undefined,
        stderr: () => undefined,
        isTty: true,
        env: {},
        cwd: '.',
        lang: 'es' as const,
        prompt: async (q: string) => {
          asked = q
          return answer
        },
      }
      return { ok: await askYesNo(io, '¿Seguro?'), asked }
    }
    expect(await ask('sí')).toEqual({ ok: true, asked: '¿Seguro? [s/N] ' })
    for (const yes of ['s', 'Sí', ' si ', 'y', 'YES']) expect((await ask(yes)).ok, yes).toBe(true)
    for (const no of ['n', 'no', '', 'sip']) expect((await ask(no)).ok, no).toBe(false)
  })
})
