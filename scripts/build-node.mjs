// Bundles the plain-Node entry points (the CLI, and later Electron's main and preload) with esbuild.
// Run by `npm ci` through "prepare", so `npx preflight ...` works right after install.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import * as path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Entry points: [source, output, extra options]. */
const targets = [
  { entryPoints: [path.join(root, 'main/cli/index.ts')], outfile: path.join(root, 'dist/cli.cjs') },
  // Electron main process: 'electron' is provided by the runtime, never bundled.
  {
    entryPoints: [path.join(root, 'main/electron/index.ts')],
    outfile: path.join(root, 'dist/electron/main.cjs'),
    external: ['electron'],
    target: 'node22',
  },
  // Preload: runs sandboxed, where require() only offers a few modules, so it is one self-contained
  // CJS file whose only import is 'electron'.
  {
    entryPoints: [path.join(root, 'main/preload/index.ts')],
    outfile: path.join(root, 'dist/electron/preload.cjs'),
    external: ['electron'],
    target: 'node22',
  },
]

// The device profile's worker (main/probe/device-profile-worker.cjs with the parts of
// systeminformation it loads) becomes one string that the CLI and Electron main start with
// `new Worker(code, { eval: true })`: no extra file to ship or to find inside app.asar.
const worker = await build({
  entryPoints: [path.join(root, 'main/probe/device-profile-worker.cjs')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'iife',
  minify: true,
  write: false,
  logLevel: 'warning',
  legalComments: 'none',
})
const workerSource = worker.outputFiles[0].text
const define = { __PREFLIGHT_DEVICE_PROFILE_WORKER__: JSON.stringify(workerSource) }

await Promise.all(
  targets.map((t) =>
    build({
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: true,
      logLevel: 'warning',
      legalComments: 'none',
      ...(t.entryPoints[0].includes('preload') ? {} : { define }),
      ...t,
    }),
  ),
)
