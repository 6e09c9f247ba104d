// Electronegativity gate (`npm run security:scan`). Electronegativity exits 0 whenever a scan
// completes, findings or not, so this script runs it, parses the SARIF it writes and fails (exit 1) on
// any (issue, file) finding that is not in the committed baseline, each baseline entry carrying a
// justification. Offline: AvailableSecurityFixesGlobalCheck (which downloads Electron's release list)
// is excluded, and the Electron version comes from package.json instead of detection.
//
// Options (environment): PREFLIGHT_ENG_BASELINE=<file> uses another baseline (tests),
// PREFLIGHT_ENG_INPUT=<dir> scans another folder (default: main).
//
// Why SARIF and not CSV: Electronegativity 1.10.3 writes a CSV as two concurrent async writes (the
// header with flag 'w', the rows with flag 'a'); when the header lands second it overwrites the start
// of the rows and the file is garbled (seen once in CI). Its SARIF output is a single write.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const baselineFile = path.resolve(
  root,
  process.env.PREFLIGHT_ENG_BASELINE || 'tests/security/electronegativity-baseline.json',
)
const input = path.resolve(root, process.env.PREFLIGHT_ENG_INPUT || 'main')

/**
 * Findings as {issue, level, file, location, description} from Electronegativity's SARIF 2.1.0
 * output, file relative to the repo ("N/A" for global checks).
 */
export function findingsFromSarif(text) {
  const sarif = JSON.parse(text)
  const results = sarif?.runs?.[0]?.results
  if (!Array.isArray(results)) throw new Error('unexpected SARIF: no runs[0].results')
  return results.map((r) => {
    const loc = r.locations?.[0]?.physicalLocation ?? {}
    const uri = String(loc.artifactLocation?.uri ?? '')
    const file =
      uri === '' || uri === 'file:///' || uri === 'N/A'
        ? 'N/A'
        : path.relative(root, path.resolve(root, uri)).split(path.sep).join('/')
    const line = loc.region?.startLine ?? 0
    const column = (loc.region?.startColumn ?? 1) - 1
    return {
      issue: String(r.ruleId ?? ''),
      // "note" = manual review only, "warning" = a finding (SARIF carries no severity/confidence).
      level: String(r.level ?? ''),
      file,
      location: `${line}:${column}`,
      description: String(r.message?.text ?? ''),
    }
  })
}

function loadBaseline() {
  const data = JSON.parse(readFileSync(baselineFile, 'utf8'))
  const problems = []
  if (data.format !== 'preflight-electronegativity-baseline/v1') problems.push('unknown baseline format')
  const entries = Array.isArray(data.entries) ? data.entries : []
  for (const [i, e] of entries.entries()) {
    if (typeof e.issue !== 'string' || typeof e.file !== 'string')
      problems.push(`entry ${i}: needs "issue" and "file"`)
    if (typeof e.justification !== 'string' || e.justification.trim().length < 20) {
      problems.push(`entry ${i} (${e.issue} ${e.file}): needs a real "justification"`)
    }
  }
  return { entries, problems }
}

function main() {
  const { entries, problems } = loadBaseline()
  if (problems.length > 0) {
    console.error(
      `electronegativity gate: invalid baseline ${path.relative(root, baselineFile)}:\n  ${problems.join('\n  ')}`,
    )
    return 1
  }
  const electronVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies
    .electron
  const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-eng-'))
  const out = path.join(tmp, 'findings.sarif')
  try {
    const bin = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js')
    const args = [
      bin,
      '-i',
      input,
      '-o',
      out,
      '-x',
      'AvailableSecurityFixesGlobalCheck',
      '-e',
      electronVersion,
    ]
    const r = spawnSync(process.execPath, args, {
      cwd: root,
      encoding: 'utf8',
      shell: false,
      timeout: 300_000,
    })
    if (r.status !== 0 || !existsSync(out)) {
      console.error(
        `electronegativity gate: the scan failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`,
      )
      return 1
    }
    const findings = findingsFromSarif(readFileSync(out, 'utf8'))
    const allowed = new Set(entries.map((e) => `${e.issue}\u0000${e.file}`))
    const fresh = findings.filter((f) => !allowed.has(`${f.issue}\u0000${f.file}`))
    const seen = new Set(findings.map((f) => `${f.issue}\u0000${f.file}`))
    const stale = entries.filter((e) => !seen.has(`${e.issue}\u0000${e.file}`))
    console.log(
      `electronegativity ${electronVersion === undefined ? '' : `(Electron ${electronVersion}) `}on ${path.relative(root, input) || '.'}: ${findings.length} finding(s)`,
    )
    for (const f of findings) {
      const mark = allowed.has(`${f.issue}\u0000${f.file}`) ? 'baseline' : 'NEW     '
      console.log(`  ${mark}  ${f.issue.padEnd(34)} ${f.level.padEnd(8)} ${f.file}:${f.location}`)
    }
    for (const e of stale)
      console.log(`  note: baseline entry no longer found (remove it): ${e.issue} ${e.file}`)
    if (fresh.length > 0) {
      console.error(
        `electronegativity gate: FAILED, ${fresh.length} finding(s) not in the baseline. Fix them, or add them to ${path.relative(root, baselineFile)} with a justification.`,
      )
      for (const f of fresh) console.error(`  ${f.issue} ${f.file}:${f.location} ${f.description}`)
      return 1
    }
    console.log('electronegativity gate: passed')
    return 0
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main()
}
