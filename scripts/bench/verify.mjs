// Benchmark of the CISO verifier: 1,000 enrolled devices, 1,000 attestation files, timed end to end
// through the real CLI (`node main/cli/bin.cjs ciso verify <dir> --dry-run --json`, median of 3), set
// against the floor of a bare Ed25519 verify in Node. Prints figures only; nothing is asserted.
//
// A second inbox holds hostile files (--hostile N, default 100): envelopes with 4 signatures that
// verify with no key and carry no keyid, about enrolled devices, and envelopes with 16 such
// signatures. The verifier checks signatures only against the keys a file names, so these cost about
// as much as genuine files, whatever the size of the roster.
//
// Usage: node scripts/bench/verify.mjs [--files N] [--hostile N] [--runs R] [--keep]   (needs
// `npm run build:node` first; --keep leaves the temporary campaign and files for profiling)
//
// The files are built with the project's own code: a small helper entry is bundled from main/ with
// esbuild's JS API into the temporary folder, so no TypeScript loader is needed.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    hostile: { type: 'string' },
    runs: { type: 'string' },
    keep: { type: 'boolean' },
  },
})
const FILES = Number(values.files ?? 1000)
const HOSTILE = Number(values.hostile ?? 100)
const RUNS = Number(values.runs ?? 3)

if (!existsSync(path.join(root, 'dist', 'cli.cjs'))) {
  process.stderr.write('dist/cli.cjs is missing: run `npm run build:node` first\n')
  process.exit(70)
}

const work = mkdtempSync(path.join(tmpdir(), 'preflight-bench-verify-'))
try {
  // 1. Bundle a helper exposing the builders from the project's sources.
  const helperFile = path.join(work, 'helper.cjs')
  await build({
    stdin: {
      contents: `
        export { initCampaign, loadCisoKey } from './main/ciso/campaign'
        export { CampaignTrustStore } from './main/ciso/campaign-trust'
        export { signPolicy } from './main/ciso/issue'
        export { loadRoster, saveRoster } from './main/ciso/roster-store'
        export { newDeviceRecord } from './main/ciso/verify'
        export { buildAttestation, encodePayload } from './main/attestation/formats'
        export { serializeEnvelope, signEnvelope, pae } from './main/attestation/dsse'
        export { PAYLOAD_TYPES } from './shared/attestation-types'
        export { overallStatus } from './shared/check-types'
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

  // 2. A campaign with one signed policy, FILES enrolled devices and one open request each.
  const t0 = new Date('2026-11-20T10:00:00.000Z')
  const now = new Date(t0.getTime() + 3_600_000)
  const campaign = path.join(work, 'campaign')
  const inbox = path.join(work, 'inbox')
  const hostileInbox = path.join(work, 'hostile')
  mkdirSync(inbox)
  mkdirSync(hostileInbox)
  // The CISO's config folder (trust anchors) for this run; the CLI below gets it as PREFLIGHT_HOME.
  const home = path.join(work, 'ciso-home')
  const ref = { dir: campaign, trust: new h.CampaignTrustStore(home) }
  await h.initCampaign(ref, { org: 'Bench', insecureNoPassphrase: true, now: t0 })
  let roster = await h.loadRoster(ref)
  const ciso = await h.loadCisoKey(campaign, roster)
  const signed = await h.signPolicy(campaign, roster, ciso, { id: 'baseline', version: 2 }, t0)
  roster = signed.roster
  const policy = signed.signed.record

  const ids = ['os-version', 'disk-encryption', 'firewall', 'screen-lock', 'auto-updates']
  const genStart = performance.now()
  const devices = []
  const requests = []
  for (let i = 0; i < FILES; i++) {
    const { privateKey } = generateKeyPairSync('ed25519')
    const staffId = `staff${i}@campaign.example`
    const label = `laptop-${i}`
    devices.push(h.newDeviceRecord(privateKey, staffId, label, 'linux', t0))
    const nonce = Buffer.alloc(32, 0)
      .fill(i % 251, 0, 4)
      .toString('base64url')
    const request = {
      requestId: `req${String(i).padStart(8, '0')}`,
      staffId,
      purpose: 'periodic',
      nonce: `${nonce.slice(0, 35)}${String(i).padStart(8, '0')}`,
      issuedAt: t0.toISOString(),
      notAfter: new Date(t0.getTime() + 14 * 86_400_000).toISOString(),
      digest: String(i).padStart(64, '0'),
      policyDigest: policy.digest,
      used: false,
      usedBy: null,
    }
    requests.push(request)
    const collectedAt = new Date(t0.getTime() + i * 1000).toISOString()
    const checks = ids.map((id) => ({
      id,
      level: id === 'auto-updates' ? 'recommended' : 'required',
      status: i % 10 === 0 && id === 'firewall' ? 'fail' : 'pass',
      summary: `${id}: ok`,
      observed: [`${id} observed value`],
      requirement: `${id} requirement`,
      remediationId: `${id}.fix`,
      sources: ['bench'],
      durationMs: 1,
    }))
    const report = {
      format: 'preflight-report/v1',
      platform: 'linux',
      arch: 'x64',
      hostKind: 'physical-or-unknown',
      os: { platform: 'linux', name: 'Debian GNU/Linux', version: '12', build: '12.11' },
      desktop: 'GNOME',
      collectedAt,
      policy: { id: policy.id, version: policy.version, digest: policy.digest },
      osSupportDataAsOf: '2026-11-01',
      checks,
      overall: h.overallStatus(checks),
      producer: { name: 'preflight', version: '0.1.0' },
      replayed: false,
    }
    const statement = h.buildAttestation(report, {
      purpose: 'periodic',
      staffId,
      deviceLabel: label,
      deviceKey: privateKey,
      keyProtection: 'file-0600-unencrypted',
      policy: { id: policy.id, version: policy.version, digestSha256: policy.digest },
      request: { requestId: request.requestId, nonce: request.nonce, digestSha256: request.digest },
      sequence: 1,
    })
    const env = h.signEnvelope(h.PAYLOAD_TYPES.attestation, h.encodePayload(statement), privateKey)
    writeFileSync(path.join(inbox, `${staffId}_${label}.posture.json`), h.serializeEnvelope(env))
    if (i < HOSTILE) {
      // The same statement, with signatures that verify with no key and no keyid: 4 (the most a
      // posture attestation may carry) and 16 (refused as MALFORMED before any signature check).
      const junk = (n) =>
        Array.from({ length: n }, (_, j) => ({
          sig: Buffer.alloc(64, (i * 31 + j) % 256).toString('base64'),
        }))
      for (const n of [4, 16])
        writeFileSync(
          path.join(hostileInbox, `hostile-${n}-${i}.json`),
          h.serializeEnvelope({ ...env, signatures: junk(n) }),
        )
    }
  }
  await h.saveRoster(ref, { ...roster, devices, requests }, t0, ciso)
  const genMs = performance.now() - genStart

  // 3. End-to-end CLI runs.
  const cli = path.join(root, 'main', 'cli', 'bin.cjs')
  const verifyRuns = (dir) => {
    const times = []
    let last = null
    for (let r = 0; r < RUNS; r++) {
      const start = performance.now()
      const out = spawnSync(
        process.execPath,
        [
          cli,
          'ciso',
          'verify',
          dir,
          '--dry-run',
          '--json',
          '--campaign',
          campaign,
          '--now',
          now.toISOString(),
        ],
        { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PREFLIGHT_HOME: home } },
      )
      times.push(performance.now() - start)
      if (out.status !== 0 && out.status !== 1) {
        process.stderr.write(out.stderr)
        throw new Error(`ciso verify exited ${out.status}`)
      }
      last = JSON.parse(out.stdout)
    }
    const counts = {}
    for (const row of last.rows)
      counts[`${row.code}/${row.result ?? '-'}`] = (counts[`${row.code}/${row.result ?? '-'}`] ?? 0) + 1
    times.sort((a, b) => a - b)
    return { times, counts, median: times[Math.floor(times.length / 2)] }
  }
  const { times, counts, median } = verifyRuns(inbox)
  const hostile = HOSTILE > 0 ? verifyRuns(hostileInbox) : null

  // Process start-up and bundle load alone, to separate the fixed cost from the per-file cost.
  const startups = []
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now()
    spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' })
    startups.push(performance.now() - start)
  }
  startups.sort((a, b) => a - b)
  const startup = startups[Math.floor(startups.length / 2)]

  // 4. The floor: a bare Ed25519 verify with a cached KeyObject over a PAE of a typical size.
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const key = createPublicKey(publicKey.export({ type: 'spki', format: 'pem' }))
  const msg = h.pae(h.PAYLOAD_TYPES.attestation, Buffer.alloc(3000, 0x61))
  const sig = sign(null, msg, privateKey)
  const N = 5000
  for (let i = 0; i < 500; i++) verify(null, msg, key, sig)
  const vStart = performance.now()
  for (let i = 0; i < N; i++) verify(null, msg, key, sig)
  const bareMs = (performance.now() - vStart) / N

  const perFile = median / FILES
  const fmt = (ms) =>
    ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`
  process.stdout.write(
    [
      `preflight ciso verify benchmark (Node ${process.version}, ${process.platform}/${process.arch})`,
      `  setup: ${FILES} devices enrolled and ${FILES} files built in ${fmt(genMs)}`,
      `  outcomes: ${Object.entries(counts)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}`,
      `  end to end (node bin.cjs ciso verify DIR --dry-run --json), ${RUNS} runs: ${times.map(fmt).join(', ')}`,
      `  median wall time: ${fmt(median)} for ${FILES} files (target < 2 s)`,
      `  per file: ${fmt(perFile)} (CLI start-up alone, \`--version\`: ${fmt(startup)}; per file without it: ${fmt((median - startup) / FILES)})`,
      `  bare Ed25519 verify (cached KeyObject, ${N} runs): ${fmt(bareMs)}`,
      `  ratio per-file / bare verify: ${(perFile / bareMs).toFixed(1)}x (without start-up: ${((median - startup) / FILES / bareMs).toFixed(1)}x)`,
      ...(hostile
        ? [
            `  hostile inbox (${HOSTILE} files with 4 junk signatures and no keyid, ${HOSTILE} with 16), ${FILES} devices enrolled:`,
            `    outcomes: ${Object.entries(hostile.counts)
              .map(([k, v]) => `${v} ${k}`)
              .join(', ')}`,
            `    median wall time: ${fmt(hostile.median)}; per file without start-up: ${fmt((hostile.median - startup) / (2 * HOSTILE))}`,
          ]
        : []),
      `  load average at the end: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} (${cpus().length} CPUs): wall times grow with other load`,
      '',
    ].join('\n'),
  )
} finally {
  if (values.keep) process.stderr.write(`kept ${work}\n`)
  else rmSync(work, { recursive: true, force: true })
}
