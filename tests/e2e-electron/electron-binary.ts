/**
 * Where the Electron binary is, found WITHOUT require('electron') (whose index.js tries to download
 * the binary when it is missing). ELECTRON_OVERRIDE_DIST_PATH (the folder holding the executable,
 * as electron's own index.js understands it) wins; then node_modules/electron/dist.
 */
import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'

/** The executable inside a dist folder, per platform (layout of the electron npm package). */
export function executableIn(dist: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return path.join(dist, 'Electron.app', 'Contents', 'MacOS', 'Electron')
  if (platform === 'win32') return path.join(dist, 'electron.exe')
  return path.join(dist, 'electron')
}

/** The executable, or null with the reason it cannot be used. */
export function findElectron(root: string): { executable: string } | { executable: null; reason: string } {
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const pkgDir = path.join(root, 'node_modules', 'electron')
  const candidates: string[] = []
  if (override !== undefined && override !== '') candidates.push(executableIn(path.resolve(override)))
  // path.txt (written by electron's installer) names the executable relative to dist/.
  const pathTxt = path.join(pkgDir, 'path.txt')
  if (existsSync(pathTxt)) candidates.push(path.join(pkgDir, 'dist', readFileSync(pathTxt, 'utf8').trim()))
  candidates.push(executableIn(path.join(pkgDir, 'dist')))
  for (const exe of candidates) {
    if (existsSync(exe)) return { executable: exe }
  }
  return {
    executable: null,
    reason: `no Electron binary (looked in ${candidates.join(', ')}); install one or set ELECTRON_OVERRIDE_DIST_PATH to the folder that holds it`,
  }
}
