// Renderer benchmark: prints (1) the size of every JS chunk in dist/renderer, raw and gzip, and
// (2) the time from page load to a fully rendered dashboard (all five checks shown, verdict up) in
// Debian's Chromium, with the real services replaying a transcript (the e2e harness), median of 5.
// Targets (docs/ui.md): JS under 250 KB gzip; dashboard under 500 ms after the load event.
// Figures only: nothing here fails on a slow machine.
//
// Usage: node scripts/bench/renderer.mjs [--runs N] [--rebuild]
import { build } from 'esbuild'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const args = process.argv.slice(2)
const runsArg = args.indexOf('--runs')
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5
const PORT = Number(process.env.PREFLIGHT_BENCH_PORT ?? 4329)
const CHROMIUM = process.env.PREFLIGHT_CHROMIUM ?? '/usr/bin/chromium'
const dist = path.join(root, 'dist/renderer')

function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}

// 0. The build being measured.
if (args.includes('--rebuild') || !existsSync(path.join(dist, 'index.html'))) {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.mts'],
    { cwd: root, stdio: 'inherit' },
  )
  if (r.status !== 0) process.exit(1)
}

// 1. JS size.
const assets = path.join(dist, 'assets')
const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'))
let raw = 0
let gz = 0
process.stdout.write('Renderer JS chunks (dist/renderer/assets):\n')
for (const f of chunks) {
  const buf = readFileSync(path.join(assets, f))
  const g = gzipSync(buf, { level: 9 }).length
  raw += buf.length
  gz += g
  process.stdout.write(`  ${f.padEnd(32)} ${kb(buf.length).padStart(10)} raw ${kb(g).padStart(10)} gzip\n`)
}
process.stdout.write(
  `  total ${String(chunks.length).padStart(2)} chunk(s)              ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip  (target < 250 KB gzip)\n`,
)

// 2. Time to a rendered dashboard. The harness is TypeScript: bundle it for this Node process.
const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-bench-'))
const entry = path.join(tmp, 'entry.ts')
const out = path.join(tmp, 'harness.cjs')
writeFileSync(
  entry,
  [
    `export { createHarness } from ${JSON.stringify(path.join(root, 'tests/e2e-renderer/harness.ts'))}`,
    `export { SCENARIOS } from ${JSON.stringify(path.join(root, 'tests/e2e-renderer/support/scenarios.ts'))}`,
    `export { CONTENT_SECURITY_POLICY } from ${JSON.stringify(path.join(root, 'shared/csp.ts'))}`,
  ].join('\n'),
)
await build({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['playwright', '@playwright/test', 'playwright-core'],
  logLevel: 'warning',
  absWorkingDir: root,
  nodePaths: [path.join(root, 'node_modules')],
})
process.env.PREFLIGHT_FIXTURES = path.join(root, 'tests/fixtures')
const require = createRequire(path.join(root, 'package.json'))
const { createHarness, SCENARIOS, CONTENT_SECURITY_POLICY } = require(out)
const { chromium } = require('playwright')

const server = spawn(process.execPath, [path.join(root, 'tests/e2e-renderer/serve.mjs'), String(PORT)], {
  env: { ...process.env, PREFLIGHT_CSP: CONTENT_SECURITY_POLICY },
  stdio: ['ignore', 'pipe', 'inherit'],
})
await new Promise((resolve, reject) => {
  server.stdout.once('data', resolve)
  server.once('exit', (code) => reject(new Error(`static server exited (${code})`)))
})

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
const fromNav = []
const fromLoad = []
try {
  for (let i = 0; i < RUNS + 1; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const h = await createHarness({
      transcript: SCENARIOS.winFirewallOff(),
      settings: { staffId: 'bench@campaign.example', deviceLabel: 'bench-laptop' },
    })
    await h.attach(page)
    await page.goto(`http://127.0.0.1:${PORT}/index.html`)
    await page.waitForSelector('body[data-ready="dashboard"]', { timeout: 30_000 })
    const t = await page.evaluate(() => {
      const mark = performance.getEntriesByName('dashboard-rendered')[0]
      const nav = performance.getEntriesByType('navigation')[0]
      return { mark: mark?.startTime ?? NaN, load: nav?.loadEventEnd ?? NaN }
    })
    await context.close()
    h.dispose()
    // The first run warms up Chromium's caches and the services' module state; it is not counted.
    if (i === 0) continue
    fromNav.push(t.mark)
    fromLoad.push(t.mark - t.load)
    process.stdout.write(
      `  run ${i}: dashboard rendered ${t.mark.toFixed(0)} ms after navigation start, ${(t.mark - t.load).toFixed(0)} ms after the load event\n`,
    )
  }
} finally {
  await browser.close()
  server.kill()
  rmSync(tmp, { recursive: true, force: true })
}
process.stdout.write(
  `Dashboard fully rendered (5 checks, replayed transcript, real services), median of ${RUNS}:\n` +
    `  ${median(fromNav).toFixed(0)} ms after navigation start; ${median(fromLoad).toFixed(0)} ms after the load event (target < 500 ms)\n`,
)
