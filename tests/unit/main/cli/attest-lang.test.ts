/**
 * What is signed does not depend on the staffer's language (issue 11 item 3, docs/i18n.md "Signed
 * text is English by design"): an attestation made with `--lang es` on a replayed transcript says
 * exactly what one made with `--lang en` says (checks with their English summary, observed lines,
 * requirement and reason, ids, statuses, levels, the result and the practices), so a CISO reading
 * in English loses nothing; only the terminal output is in Spanish.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, tempDir } from '../staff/helpers'

const ROOT = path.resolve(__dirname, '../../../..')

function predicate(file: string): Record<string, unknown> {
  const env = JSON.parse(readFileSync(file, 'utf8')) as { payload: string }
  const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as {
    predicate: Record<string, unknown>
  }
  return statement.predicate
}

describe('an attestation made in Spanish', () => {
  it.each(['linux/fw-ufw-disabled-ubuntu.json', 'darwin/firewall-sequoia-disagree.json'])(
    'signs the same predicate as one made in English (%s)',
    async (fixture) => {
      const home = await tempDir()
      const cwd = await tempDir()
      expect((await cli(['key', 'create'], { home, cwd })).code).toBe(0)
      const transcript = path.join(ROOT, 'tests/fixtures', fixture)
      const attest = (lang: string, out: string) =>
        cli(
          [
            'attest',
            '--lang',
            lang,
            '--replay',
            transcript,
            '--staff-id',
            'alice@campaign.example',
            '--device-label',
            'alice-laptop',
            '--confirm',
            'signal',
            '--out',
            out,
            '--now',
            '2026-11-20T10:00:00Z',
          ],
          { home, cwd },
        )
      const en = await attest('en', 'en.json')
      const es = await attest('es', 'es.json')
      expect(en.code, en.stderr).toBe(0)
      expect(es.code, es.stderr).toBe(0)
      // The terminal speaks the reader's language…
      expect(es.stderr).toContain('Revisando esta laptop…')
      expect(es.stdout).toContain('Envíe este archivo a su contacto de seguridad.')
      expect(en.stdout).toContain('Send this file to your security contact.')
      // …the file does not.
      const a = predicate(path.join(cwd, 'en.json'))
      const b = predicate(path.join(cwd, 'es.json'))
      expect(b['sequence']).toBe((a['sequence'] as number) + 1)
      const { sequence: _a, ...restA } = a
      const { sequence: _b, ...restB } = b
      expect(restB).toEqual(restA)
      const checks = b['checks'] as {
        id: string
        status: string
        summary: string
        observed: string[]
        text?: unknown
      }[]
      const firewall = checks.find((c) => c.id === 'firewall')
      expect(firewall?.summary).toMatch(/^The firewall|firewall/i)
      expect(firewall?.summary).not.toMatch(/cortafuegos|[áéíóúñ]/)
      for (const c of checks) expect(c).not.toHaveProperty('text')
      expect(JSON.stringify(b)).not.toMatch(/[áéíóúñ¿¡]/)
    },
  )
})
