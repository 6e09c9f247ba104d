// Benchmark of the signed roster: a campaign with 5,000 enrolled devices, 20,000 answered requests
// and 20,000 accepted-attestation records (issue 10's dashboard scale) is written signed, then
// loaded and verified the way every `preflight ciso` command and the app do it (loadRoster: pinned
// key, signed manifest, sha256 of the roster, schema, revision anchor). Median of 5 loads, one signed save,
// and the parts of a load. Prints figures only; nothing is asserted.
//
// Usage: node scripts/bench/roster.mjs [--devices N] [--records N] [--runs R]
//
// The roster is built by scripts/bench/lib/roster-fixture.mjs with the project's own code.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadHelpers, writeBenchRoster } from './lib/roster-fixture.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values } = parseArgs({
  options: { devices: { type: 'string' }, records: { type: 'string' }, runs: { type: 'string' } },
})
const DEVICES = Number(values.devices ?? 5000)
const RECORDS = Number(values.records ?? 20000)
const RUNS = Number(values.runs ?? 5)

const work = mkdtempSync(path.join(tmpdir(), 'preflight-bench-roster-'))
try {
  const h = await loadHelpers(root, work)
  const t0 = new Date('2026-11-20T10:00:00.000Z')
  const campaign = path.join(work, 'campaign')
  const { ref, ciso, saveMs } = await writeBenchRoster(h, {
    campaign,
    configDir: path.join(work, 'config'),
    devices: DEVICES,
    records: RECORDS,
    now: t0,
    mix: false,
  })
  const file = path.join(campaign, 'roster.json')
  const bytes = statSync(file).size

  const loads = []
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now()
    const loaded = await h.loadRoster(ref)
    loads.push(performance.now() - start)
    if (loaded.attestations.length !== RECORDS) throw new Error('roster did not round-trip')
  }
  loads.sort((a, b) => a - b)
  const median = loads[Math.floor(loads.length / 2)]

  // The parts of one load.
  const time = (fn) => {
    const s = performance.now()
    const v = fn()
    return [v, performance.now() - s]
  }
  const [raw, readMs] = time(() => readFileSync(file))
  const [, hashMs] = time(() => h.sha256Hex(raw))
  const [doc, parseMs] = time(() => JSON.parse(raw.toString('utf8')))
  const pub = h.toPublic(ciso)
  const [, verifyMs] = time(() => h.verifyEnvelope(h.parseEnvelopeJson(JSON.stringify(doc.signature)), [pub]))
  const [, schemaMs] = time(() => h.parseRosterData(doc.roster))

  const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`
  process.stdout.write(
    `Signed roster: ${DEVICES} devices, ${RECORDS} requests, ${RECORDS} attestation records (roster.json ${mb(bytes)})\n` +
      `  loadRoster (signature + digest + schema + anchor), median of ${RUNS}   ${median.toFixed(0)} ms\n` +
      `    read ${readMs.toFixed(0)} ms, sha256 ${hashMs.toFixed(0)} ms, JSON.parse ${parseMs.toFixed(0)} ms, ` +
      `manifest signature ${verifyMs.toFixed(1)} ms, schema ${schemaMs.toFixed(0)} ms\n` +
      `  saveRoster (schema + sign + copy in backups/ + roster.json)   ${saveMs.toFixed(0)} ms\n`,
  )
} finally {
  rmSync(work, { recursive: true, force: true })
}
