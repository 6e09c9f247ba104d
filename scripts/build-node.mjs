// Bundles the plain-Node entry points (the CLI, and later Electron's main and preload) with esbuild.
// Run by `npm ci` through "prepare", so `npx preflight ...` works right after install.
// `--outdir <dir>` writes the same files to another folder than dist/ (tests).
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { fileURLToPath } from 'node:url'
import * as path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outArg = process.argv.indexOf('--outdir')
const out = outArg === -1 ? path.join(root, 'dist') : path.resolve(process.argv[outArg + 1] ?? 'dist')

/** Entry points: [source, output, extra options]. */
const targets = [
  { entryPoints: [path.join(root, 'main/cli/index.ts')], outfile: path.join(out, 'cli.cjs') },
  // Electron main process: 'electron' is provided by the runtime, never bundled.
  {
    entryPoints: [path.join(root, 'main/electron/index.ts')],
    outfile: path.join(out, 'electron/main.cjs'),
    external: ['electron'],
    target: 'node22',
  },
  // Preload: runs sandboxed, where require() only offers a few modules, so it is one self-contained
  // CJS file whose only import is 'electron'.
  {
    entryPoints: [path.join(root, 'main/preload/index.ts')],
    outfile: path.join(out, 'electron/preload.cjs'),
    external: ['electron'],
    target: 'node22',
  },
]

// zod's index exports `locales`: the error messages of some fifty languages (a quarter of the CLI
// bundle, compiled at every start). Preflight never switches zod's language (its own texts are in
// shared/i18n), so the bundles get only English, which zod sets as its default itself.
const zodLocalesIndex = path.join(root, 'node_modules/zod/v4/locales/index.js')
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      path.join(args.resolveDir, args.path) === zodLocalesIndex
        ? { path: zodLocalesIndex, namespace: 'zod-english-only' }
        : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from './en.js'\n",
      resolveDir: path.dirname(zodLocalesIndex),
      loader: 'js',
    }))
  },
}

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
// The same code as a file, for the CLI launcher to start before the bundle loads
// (main/cli/early-device-profile.cjs).
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'device-profile-worker.cjs'), workerSource)
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
      plugins: [zodEnglishOnly],
      ...t,
    }),
  ),
)

// A V8 code cache of the CLI bundle (main/cli/load-bundle.cjs): made in a fresh Node so that its
// flags are those of a normal run; used by bin.cjs only for these exact bundle bytes and this V8.
// Made after one `check --json` replayed from an empty transcript of this platform (every command
// and file "not found": nothing runs, nothing is written), so the check's code is in it too.
const warmDir = mkdtempSync(path.join(tmpdir(), 'preflight-build-'))
try {
  const warmTranscript = path.join(warmDir, 'empty.json')
  const platform = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux'
  writeFileSync(
    warmTranscript,
    JSON.stringify({
      format: 'preflight-transcript/v1',
      platform,
      arch: process.arch,
      now: new Date().toISOString(),
      env: {},
      commands: [],
      files: {},
    }),
  )
  // The cache is an optimisation: without one (or if making it fails) the CLI compiles as before.
  rmSync(path.join(out, 'cli.cjs.v8cache'), { force: true })
  execFileSync(
    process.execPath,
    [
      '-e',
      'require(process.argv[1]).writeCodeCache(process.argv[2], undefined, JSON.parse(process.argv[3]))',
      path.join(root, 'main/cli/load-bundle.cjs'),
      path.join(out, 'cli.cjs'),
      JSON.stringify(['check', '--json', '--replay', warmTranscript]),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
} catch (err) {
  console.warn(`build-node: no V8 code cache for the CLI (it will start a little slower): ${err.message}`)
} finally {
  rmSync(warmDir, { recursive: true, force: true })
}
