/**
 * Vite build of the renderer: renderer/ → dist/renderer, relative asset URLs (base './') so the same
 * output loads from Electron's app:// protocol and from the test server. No source maps in the
 * shipped bundle: the app is offline, and maps would only add size.
 */
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
// This file runs in Node at build time; it is not part of the renderer bundle (and, as .mts, is
// outside the renderer's no-Node lint rule).
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    // No inline <script> or data: modules: the CSP allows only 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
})
