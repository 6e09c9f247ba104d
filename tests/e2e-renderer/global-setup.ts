/**
 * Builds the renderer when dist/renderer is missing or older than any file in renderer/ or shared/
 * (so a test run never exercises a stale build), and the test-only pseudo-locale variant
 * dist/renderer-qps the same way. The lead's `npm test` builds the shipped one first anyway.
 * PREFLIGHT_E2E_REBUILD=1 always rebuilds.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import * as path from 'node:path'

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs)
  }
  return newest
}

function build(root: string, outDir: string, env: NodeJS.ProcessEnv, sources: readonly string[]): void {
  const index = path.join(root, outDir, 'index.html')
  const stale =
    !existsSync(index) ||
    process.env.PREFLIGHT_E2E_REBUILD === '1' ||
    Math.max(...sources.map((d) => newestMtime(path.join(root, d)))) > statSync(index).mtimeMs
  if (!stale) return
  const vite = path.join(root, 'node_modules/vite/bin/vite.js')
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.mts'], {
    cwd: root,
    stdio: 'inherit',
    env,
  })
  if (r.status !== 0) throw new Error(`vite build of ${outDir} failed`)
}

export default function globalSetup(): void {
  const root = path.resolve(__dirname, '../..')
  build(root, 'dist/renderer', { ...process.env, PREFLIGHT_PSEUDO_LOCALE: '' }, ['renderer', 'shared'])
  // The test-only pseudo-locale build (i18n.spec.ts), served under /qps/.
  build(root, 'dist/renderer-qps', { ...process.env, PREFLIGHT_PSEUDO_LOCALE: '1' }, [
    'renderer',
    'shared',
    'tests/support',
    'tests/e2e-renderer/support',
  ])
}
