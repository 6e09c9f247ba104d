/**
 * The renderer imports only what it renders: the UI, check, main and practice words of each language
 * (shared/i18n/display.ts), never `LANGUAGES` (guided fixes and CLI words of every
 * language, which main sends already translated) nor the contract's zod schemas. Bundles the
 * renderer's entry with esbuild and reads which files went in; the sizes themselves are measured
 * by scripts/bench/renderer.mjs.
 */
import { build } from 'esbuild'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../shared/i18n'
import { DISPLAY_CATALOGUES, displayLanguageCodes } from '../../../shared/i18n/display'

const ROOT = path.resolve(__dirname, '../../..')

describe("the renderer's imports", () => {
  it('bundles the display catalogues only, and no zod', async () => {
    const r = await build({
      absWorkingDir: ROOT,
      entryPoints: ['renderer/main.tsx'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      jsx: 'automatic',
      outdir: 'out',
      logLevel: 'silent',
    })
    const inputs = Object.keys(r.metafile.inputs)
    const catalogueFiles = inputs
      .filter((f) => f.startsWith('shared/i18n/'))
      .map((f) => f.replace(/^shared\/i18n\//, ''))
    // Every file of a language folder that is there is one the renderer renders (the `main`
    // section's parts, main-verify.ts and main-staff-list.ts, included).
    const unexpected = catalogueFiles.filter(
      (f) =>
        /^[a-z]{2,3}\//.test(f) &&
        !/^[a-z]{2,3}\/(ui|main|main-[a-z0-9-]+|practices|checks|checks-[a-z0-9-]+)\.ts$/.test(f),
    )
    expect(unexpected).toEqual([])
    expect(catalogueFiles).not.toContain('index.ts')
    expect(catalogueFiles).toContain('es/ui.ts')
    expect(inputs.some((f) => f.includes('node_modules/zod/'))).toBe(false)
  }, 60_000)

  it('the display catalogues are the very tables of LANGUAGES, for every language', () => {
    expect(displayLanguageCodes()).toEqual(Object.keys(LANGUAGES))
    for (const lang of displayLanguageCodes()) {
      const display = DISPLAY_CATALOGUES[lang]
      expect(display.ui).toBe(LANGUAGES[lang].ui)
      expect(display.checks).toBe(LANGUAGES[lang].checks)
      expect(display.main).toBe(LANGUAGES[lang].main)
      expect(display.practices).toBe(LANGUAGES[lang].practices)
    }
  })
})
