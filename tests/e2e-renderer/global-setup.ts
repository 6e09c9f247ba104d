/**
 * Builds the renderer when dist/renderer is missing or older than any file in renderer/ or shared/
 * (so a test run never exercises a stale build). The lead's `npm test` builds first anyway.
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

export default function globalSetup(): void {
  const root = path.resolve(__dirname, '../..')
  const index = path.join(root, 'dist/renderer/index.html')
  const stale =
    !existsSync(index) ||
    process.env.PREFLIGHT_E2E_REBUILD === '1' ||
    Math.max(newestMtime(path.join(root, 'renderer')), newestMtime(path.join(root, 'shared'))) >
      statSync(index).mtimeMs
  if (!stale) return
  const vite = path.join(root, 'node_modules/vite/bin/vite.js')
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.mts'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (r.status !== 0) throw new Error('vite build of the renderer failed')
}
