/**
 * The remote-access and login-protection checks read in Spanish: every verdict of every fixture,
 * rendered from the Spanish catalogue, names only keys Spanish has and leaves no sentence of the
 * English catalogue behind (values from the machine such as unit names and paths stay as they are).
 */
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CheckId, Platform } from '../../../../shared/check-types'
import { CHECKS_EN } from '../../../../shared/i18n/en/checks'
import { CHECKS_ES } from '../../../../shared/i18n/es/checks'
import { keysOf, renderMsg, type Msg } from '../../../../shared/i18n/msg'
import { runChecks } from '../../../../main/engine/run-checks'
import { parseTranscript, ReplayProbe } from '../../../../main/probe/transcript'
import { englishFragments } from '../../../support/pseudo-locale'

const FIXTURES = path.resolve(__dirname, '../../../fixtures')
const CHECKS: readonly CheckId[] = ['remote-access', 'login-protection']
const PLATFORMS: readonly Platform[] = ['darwin', 'win32', 'linux']

const es = (m: Msg): string => renderMsg(m, [CHECKS_ES, CHECKS_EN], 'es')
const has = (table: Readonly<Record<string, string>>, key: string): boolean =>
  Object.prototype.hasOwnProperty.call(table, key) ||
  Object.prototype.hasOwnProperty.call(table, `${key}.other`)

/** Two or more plain words: prose, not a setting or command such as `(DWORD)` or `agetty --autologin)`. */
const isProse = (fragment: string): boolean =>
  fragment.split(/\s+/).filter((w) => /^[A-Za-z’']{2,}[,.:;]?$/.test(w) && w !== w.toUpperCase()).length >= 2

/** Product names, the same in both languages. */
const NAMES = new Set(['Apple Remote Desktop'])

/** The English prose of a check's catalogue. */
function englishOf(id: CheckId): string[] {
  const prefix = `check.${id}.`
  return Object.entries(CHECKS_EN)
    .filter(([k]) => k.startsWith(prefix))
    .flatMap(([, v]) => englishFragments(v))
    .filter((f) => isProse(f) && !NAMES.has(f))
}

describe.each(CHECKS)('%s in Spanish', (id) => {
  it.each(PLATFORMS)('every fixture on %s', async (platform) => {
    const dir = path.join(FIXTURES, platform)
    const english = englishOf(id)
    let rendered = 0
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const transcript = parseTranscript(readFileSync(path.join(dir, name), 'utf8'))
      const report = await runChecks({
        probe: new ReplayProbe(transcript),
        only: [id],
        practices: false,
        deviceProfile: false,
      })
      for (const c of report.checks) {
        const t = c.text
        expect(t, `${name}: ${id} carries messages`).toBeDefined()
        if (t === undefined) continue
        const all = [
          t.summary,
          ...t.observed,
          ...(t.requirement ? [t.requirement] : []),
          ...(t.reason ? [t.reason] : []),
        ]
        for (const m of all) for (const k of keysOf(m)) expect(has(CHECKS_ES, k), `${name}: ${k}`).toBe(true)
        const text = all.map(es).join('\n')
        expect(
          english.filter((f) => text.includes(f)),
          `${name}:\n${text}`,
        ).toEqual([])
        rendered++
      }
    }
    expect(rendered).toBeGreaterThan(0)
  })
})

describe('Spanish wording', () => {
  it('uses the names the Spanish systems show, and Spanish plurals', () => {
    expect(CHECKS_ES['check.remote-access.win32.summary.off']).toContain('Escritorio remoto')
    expect(CHECKS_ES['check.remote-access.darwin.place.modern']).toBe(
      'Configuración del Sistema › General › Compartir',
    )
    expect(es({ key: 'check.remote-access.linux.problem.ssUnparsed', params: { count: 1 } })).toBe(
      '`ss -ltnH` mostró 1 línea que Preflight no pudo leer',
    )
    expect(es({ key: 'check.remote-access.linux.problem.ssUnparsed', params: { count: 3 } })).toBe(
      '`ss -ltnH` mostró 3 líneas que Preflight no pudo leer',
    )
  })
})
