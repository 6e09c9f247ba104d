/**
 * Builds the renderer when dist/renderer is missing (the lead's `npm test` builds it first; a
 * developer running `npm run test:e2e` alone gets a build too). Set PREFLIGHT_E2E_REBUILD=1 to
 * always rebuild.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as path from 'node:path'

export default function globalSetup(): void {
  const root = path.resolve(__dirname, '../..')
  const index = path.join(root, 'dist/renderer/index.html')
  if (existsSync(index) && process.env.PREFLIGHT_E2E_REBUILD !== '1') return
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  if (r.status !== 0) throw new Error('vite build of the renderer failed')
}
