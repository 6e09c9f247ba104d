/**
 * Vite build of the renderer: renderer/ → dist/renderer, relative asset URLs (base './') so the same
 * output loads from Electron's app:// protocol and from the test server. No source maps in the
 * shipped bundle: the app is offline, and maps would only add size.
 *
 * PREFLIGHT_PSEUDO_LOCALE=1 builds a test-only variant into dist/renderer-qps that also knows the
 * pseudo-locale `qps` (tests/support/pseudo-locale.ts): renderer imports of shared/i18n/display.ts
 * get tests/e2e-renderer/support/pseudo-display.ts (and of shared/i18n/index.ts pseudo-i18n.ts),
 * which add it. The e2e suite uses it to find
 * clipped text and words that do not come from a catalogue; it is never packaged.
 */
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
// This file runs in Node at build time; it is not part of the renderer bundle (and, as .mts, is
// outside the renderer's no-Node lint rule).
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('.', import.meta.url))
const pseudo = process.env.PREFLIGHT_PSEUDO_LOCALE === '1'
const I18N_INDEX = fileURLToPath(new URL('../shared/i18n/index.ts', import.meta.url))
const PSEUDO_INDEX = fileURLToPath(new URL('../tests/e2e-renderer/support/pseudo-i18n.ts', import.meta.url))
const I18N_DISPLAY = fileURLToPath(new URL('../shared/i18n/display.ts', import.meta.url))
const PSEUDO_DISPLAY = fileURLToPath(
  new URL('../tests/e2e-renderer/support/pseudo-display.ts', import.meta.url),
)

/** Test builds only: renderer modules importing the catalogue index or display catalogues get the pseudo-locale too. */
function pseudoLocale(): Plugin {
  return {
    name: 'preflight-pseudo-locale',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === undefined || !path.resolve(importer).startsWith(root)) return null
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (resolved === null) return null
      const id = path.resolve(resolved.id)
      return id === I18N_INDEX ? PSEUDO_INDEX : id === I18N_DISPLAY ? PSEUDO_DISPLAY : null
    },
  }
}

export default defineConfig({
  root,
  base: './',
  plugins: [react(), ...(pseudo ? [pseudoLocale()] : [])],
  build: {
    outDir: fileURLToPath(new URL(pseudo ? '../dist/renderer-qps' : '../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    // No inline <script> or data: modules: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
})
