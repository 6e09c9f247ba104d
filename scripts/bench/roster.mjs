// Benchmark of the signed roster: a campaign with 5,000 enrolled devices, 20,000 answered requests
// and 20,000 accepted-attestation records (issue 10's dashboard scale) is written signed, then
// loaded and verified the way every `preflight ciso` command and the app do it (loadRoster: pinned
// key, signed manifest, sha256 of the roster, schema, revision anchor). Median of 5 loads, one signed save,
// and the parts of a load. Prints figures only; nothing is asserted.
//
// Usage: node scripts/bench/roster.mjs [--devices N] [--records N] [--runs R]
//
// The roster is built with the project's own code, bundled from main/ with esbuild's JS API into a
// temporary folder (no TypeScript loader needed).
import { build } from 'esbuild'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values } = parseArgs({
  options: { devices: { type: 'string' }, records: { type: 'string' }, runs: { type: 'string' } },
})
const DEVICES = Number(values.devices ?? 5000)
const RECORDS = Number(values.records ?? 20000)
const RUNS = Number(values.runs ?? 5)

const work = mkdtempSync(path.join(tmpdir(), 'preflight-bench-roster-'))
try {
  const helperFile = path.join(work, 'helper.cjs')
  await build({
    stdin: {
      contents: `
        export { initCampaign, loadCisoKey } from './main/ciso/campaign'
        export { CampaignTrustStore } from './main/ciso/campaign-trust'
        export { signPolicy } from './main/ciso/issue'
        export { loadRoster, saveRoster, parseRosterData } from './main/ciso/roster-store'
        export { newDeviceRecord } from './main/ciso/verify'
        export { parseEnvelopeJson, verifyEnvelope } from './main/attestation/dsse'
        export { toPublic } from './main/attestation/keys'
        export { sha256Hex } from './main/util/digest'
      `,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: helperFile,
    logLevel: 'warning',
  })
  const h = createRequire(import.meta.url)(helperFile)

  const t0 = new Date('2026-11-20T10:00:00.000Z')
  const campaign = path.join(work, 'campaign')
  const config = path.join(work, 'config')
  mkdirSync(config)
  const ref = { dir: campaign, trust: new h.CampaignTrustStore(config) }
  await h.initCampaign(ref, { org: 'Bench', insecureNoPassphrase: true, now: t0 })
  let roster = await h.loadRoster(ref)
  const ciso = await h.loadCisoKey(campaign, roster)
  const signed = await h.signPolicy(campaign, roster, ciso, { id: 'baseline', version: 2 }, t0)
  roster = signed.roster
  const policy = signed.signed.record

  const devices = []
  for (let i = 0; i < DEVICES; i++) {
    const { publicKey } = generateKeyPairSync('ed25519')
    devices.push(h.newDeviceRecord(publicKey, `staff${i}@campaign.example`, `laptop-${i}`, 'linux', t0))
  }
  const requests = []
  const attestations = []
  for (let j = 0; j < RECORDS; j++) {
    const d = devices[j % DEVICES]
    const at = new Date(t0.getTime() + j * 60_000).toISOString()
    const envelopeDigest = randomBytes(32).toString('hex')
    const requestId = `req${String(j).padStart(8, '0')}`
    requests.push({
      requestId,
      staffId: d.staffId,
      purpose: 'periodic',
      nonce: randomBytes(32).toString('base64url'),
      issuedAt: at,
      notAfter: at,
      digest: randomBytes(32).toString('hex'),
      policyDigest: policy.digest,
      used: true,
      usedBy: { fingerprint: d.fingerprint, envelopeDigest, at },
    })
    const failing = j % 7 === 0 ? ['firewall'] : []
    attestations.push({
      fingerprint: d.fingerprint,
      staffId: d.staffId,
      purpose: 'periodic',
      collectedAt: at,
      verifiedAt: at,
      result: failing.length > 0 ? 'fail' : 'pass',
      failingChecks: failing,
      policyId: policy.id,
      policyVersion: policy.version,
      sequence: Math.floor(j / DEVICES) + 1,
      envelopeDigest,
      requestId,
    })
    d.seenEnvelopeDigests.push(envelopeDigest)
    d.lastSequence = Math.floor(j / DEVICES) + 1
  }
  const saveStart = performance.now()
  await h.saveRoster(ref, { ...roster, devices, requests, attestations }, t0, ciso)
  const saveMs = performance.now() - saveStart
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
