// `npm run bench`: prints performance figures (no pass/fail thresholds; see README, "Benchmarks").
//  1. wall time of a full `preflight check --json` on this machine (median of several runs), beside
//     the floor: a bare Node script running the same probe commands, file reads, directory listings
//     and path stats concurrently;
//  2. scripts/bench/*.mjs sub-benchmarks (attestation verification, renderer) when present
//     (`npm run bench -- --check-only` skips them).
// The runs alternate (check, floor, node -e 0, check, …) so that other work on the machine weighs
// on all three alike; the load average is printed with the figures.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const loadAverage = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  } catch {
    return 'not available'
  }
}

function timeRun(args) {
  const t0 = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
  const ms = Number(process.hrtime.bigint() - t0) / 1e6
  if (r.error) throw r.error
  return { ms, status: r.status }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

if (!existsSync(path.join(root, 'dist/cli.cjs'))) {
  console.log('building the CLI first (npm run build:node)…')
  spawnSync(process.execPath, ['scripts/build-node.mjs'], { cwd: root, stdio: 'inherit' })
}

const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-bench-'))
try {
  const transcript = path.join(tmp, 'transcript.json')
  const rec = timeRun(['main/cli/bin.cjs', 'check', '--json', '--record', transcript])
  console.log(`preflight check: warm-up run exit ${rec.status} (0 pass, 1 fail, 2 unknown)`)
  const loadBefore = loadAverage()
  const full = []
  const floor = []
  const bare = []
  for (let i = 0; i < RUNS; i++) {
    full.push(timeRun(['main/cli/bin.cjs', 'check', '--json']).ms)
    floor.push(timeRun(['scripts/bench/floor.mjs', transcript]).ms)
    bare.push(timeRun(['-e', '0']).ms)
  }
  const f = median(full)
  const fl = median(floor)
  const b = median(bare)
  console.log('')
  console.log(`Full check on this machine (median of ${RUNS} runs, wall time incl. Node start-up):`)
  console.log(`  preflight check --json            ${f.toFixed(1)} ms`)
  console.log(`  floor: same probes, bare Node      ${fl.toFixed(1)} ms`)
  console.log(`  ratio preflight / floor            ${(f / fl).toFixed(2)}x`)
  console.log(`  (node -e 0 start-up alone          ${b.toFixed(1)} ms)`)
  console.log(`  load average (1, 5, 15 min)        before ${loadBefore}, after ${loadAverage()}`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

const subDir = path.join(root, 'scripts/bench')
const subs = process.argv.includes('--check-only') ? [] : readdirSync(subDir)
for (const name of subs.filter((n) => n.endsWith('.mjs') && n !== 'floor.mjs').sort()) {
  console.log(`\n--- ${name}`)
  const r = spawnSync(process.execPath, [path.join(subDir, name)], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) console.log(`(${name} exited with ${r.status})`)
}
