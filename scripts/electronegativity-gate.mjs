// Electronegativity gate (`npm run security:scan`). Electronegativity exits 0 whenever a scan
// completes, findings or not, so this script runs it, parses the CSV it writes and fails (exit 1) on
// any (issue, file) finding that is not in the committed baseline, each baseline entry carrying a
// justification. Offline: AvailableSecurityFixesGlobalCheck (which downloads Electron's release list)
// is excluded, and the Electron version comes from package.json instead of detection.
//
// Options (environment): PREFLIGHT_ENG_BASELINE=<file> uses another baseline (tests),
// PREFLIGHT_ENG_INPUT=<dir> scans another folder (default: main).
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

/** Parse RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '')
}

/** Findings as {issue, severity, confidence, file, location, description}, file relative to the repo. */
export function findingsFromCsv(text) {
  const [header, ...rows] = parseCsv(text)
  const col = (name) => (header ?? []).findIndex((h) => h.trim() === name)
  const idx = {
    issue: col('issue'),
    severity: col('severity'),
    confidence: col('confidence'),
    file: col('filename'),
    location: col('location'),
    description: col('description'),
  }
  if (Object.values(idx).some((i) => i < 0))
    throw new Error(`unexpected CSV header: ${JSON.stringify(header)}`)
  return rows.map((r) => {
    const raw = (r[idx.file] ?? '').trim()
    const file =
      raw === 'N/A' || raw === ''
        ? 'N/A'
        : path.relative(root, path.resolve(root, raw)).split(path.sep).join('/')
    return {
      issue: (r[idx.issue] ?? '').trim(),
      severity: (r[idx.severity] ?? '').trim(),
      confidence: (r[idx.confidence] ?? '').trim(),
      file,
      location: (r[idx.location] ?? '').trim(),
      description: (r[idx.description] ?? '').trim(),
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
  const out = path.join(tmp, 'findings.csv')
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
    const findings = findingsFromCsv(readFileSync(out, 'utf8'))
    const allowed = new Set(entries.map((e) => `${e.issue}\u0000${e.file}`))
    const fresh = findings.filter((f) => !allowed.has(`${f.issue}\u0000${f.file}`))
    const seen = new Set(findings.map((f) => `${f.issue}\u0000${f.file}`))
    const stale = entries.filter((e) => !seen.has(`${e.issue}\u0000${e.file}`))
    console.log(
      `electronegativity ${electronVersion === undefined ? '' : `(Electron ${electronVersion}) `}on ${path.relative(root, input) || '.'}: ${findings.length} finding(s)`,
    )
    for (const f of findings) {
      const mark = allowed.has(`${f.issue}\u0000${f.file}`) ? 'baseline' : 'NEW     '
      console.log(`  ${mark}  ${f.issue.padEnd(34)} ${f.severity.padEnd(13)} ${f.file}:${f.location}`)
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
