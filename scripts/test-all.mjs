// `npm test`: everything CI checks, in order, stopping at the first failure.
// Each step is a plain npm script, so any one can be run alone (see README, "Testing").
// The last line sums up the test counts of Vitest and Playwright: "N passed, N failed".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-test-'))
const vitestJson = path.join(tmp, 'vitest.json')
const playwrightJson = path.join(tmp, 'playwright.json')
const has = (p) => existsSync(path.join(root, p))

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['format', ['run', 'format:check']],
  ['build', ['run', has('renderer/vite.config.mts') ? 'build' : 'build:node']],
  [
    'unit and integration tests (Vitest)',
    ['run', 'test:unit', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
  ],
]
if (has('tests/e2e-renderer/playwright.config.ts')) {
  steps.push([
    'renderer end-to-end tests (Playwright, Chromium)',
    ['run', 'test:e2e', '--', '--reporter=list,json'],
  ])
}
if (has('scripts/electronegativity-gate.mjs'))
  steps.push(['Electronegativity gate', ['run', 'security:scan']])

const counts = { passed: 0, failed: 0, skipped: 0 }
function addVitest() {
  if (!existsSync(vitestJson)) return
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'))
  counts.passed += r.numPassedTests ?? 0
  counts.failed += r.numFailedTests ?? 0
  counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
}
function addPlaywright() {
  if (!existsSync(playwrightJson)) return
  const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats ?? {}
  counts.passed += (s.expected ?? 0) + (s.flaky ?? 0)
  counts.failed += s.unexpected ?? 0
  counts.skipped += s.skipped ?? 0
}

const started = Date.now()
let failedStep = null
for (const [name, args] of steps) {
  process.stdout.write(`\n=== ${name}: npm ${args.join(' ')}\n`)
  const r = spawnSync('npm', args, {
    cwd: root,
    stdio: 'inherit',
    shell: false,
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
  })
  if (r.status !== 0) {
    failedStep = `${name} (exit ${r.status ?? r.signal})`
    break
  }
}
addVitest()
addPlaywright()
rmSync(tmp, { recursive: true, force: true })
const secs = Math.round((Date.now() - started) / 1000)
if (failedStep) {
  process.stdout.write(`\n=== FAILED at step: ${failedStep} after ${secs} s\n`)
  process.stdout.write(
    `tests: ${counts.passed} passed, ${Math.max(counts.failed, 1)} failed, ${counts.skipped} skipped\n`,
  )
  process.exit(1)
}
process.stdout.write(`\n=== all ${steps.length} steps passed in ${secs} s\n`)
process.stdout.write(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`)
