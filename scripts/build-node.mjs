// Bundles the plain-Node entry points (the CLI, and later Electron's main and preload) with esbuild.
// Run by `npm ci` through "prepare", so `npx preflight ...` works right after install.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import * as path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Entry points: [source, output, extra options]. */
const targets = [
  { entryPoints: [path.join(root, 'main/cli/index.ts')], outfile: path.join(root, 'dist/cli.cjs') },
]

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
      ...t,
    }),
  ),
)
