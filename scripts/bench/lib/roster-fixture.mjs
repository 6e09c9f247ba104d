// A signed campaign roster at the scale of issue 10 (5,000 enrolled laptops, 20,000 answered requests
// and 20,000 accepted-attestation records), built with the project's own code (bundled from main/
// with esbuild's JS API, no TypeScript loader needed) for scripts/bench/roster.mjs and dashboard.mjs.
// Not a benchmark itself: scripts/bench.mjs runs only the .mjs files directly in scripts/bench/.
import { build } from 'esbuild'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as path from 'node:path'

/**
 * Bundle the main/ modules the benchmarks use into `work`, and load them. `extra`: more export
 * lines (paths relative to the repository); `external`: packages left to Node (e.g. playwright).
 */
export async function loadHelpers(root, work, extra = '', external = []) {
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
        ${extra}
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
    external,
  })
  return createRequire(import.meta.url)(helperFile)
}

const DAY = 86_400_000
const CHECKS = ['firewall', 'screen-lock', 'os-version', 'disk-encryption', 'login-protection']
const PRACTICES = ['signal', 'two-factor-email', 'password-manager', 'laptop-password']

/**
 * Create a campaign folder (trust anchors in `configDir`) and write its signed roster.
 *
 * `mix: false` (roster.mjs, unchanged since its first figures): every device answers periodic
 * requests one minute apart from `now`, every 7th record fails the firewall; devices keep no
 * `lastAttestation`.
 * `mix: true` (dashboard.mjs): what a campaign looks like after months: records spread over the last
 * 120 days (so some laptops are overdue), each device's newest record as its lastAttestation, some
 * checks failing or unknown, practices judged with some unmet, 2 % revoked, 2 % offboarded, and
 * offboarding requests answered, waiting and missing.
 */
export async function writeBenchRoster(
  h,
  { campaign, configDir, devices: DEVICES, records: RECORDS, now, mix },
) {
  mkdirSync(configDir, { recursive: true })
  const ref = { dir: campaign, trust: new h.CampaignTrustStore(configDir) }
  const t0 = mix ? new Date(now.getTime() - 130 * DAY) : now
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
  const perDevice = Math.max(1, Math.floor(RECORDS / DEVICES))
  for (let j = 0; j < RECORDS; j++) {
    const i = j % DEVICES
    const d = devices[i]
    const round = Math.floor(j / DEVICES)
    // mix: device i's records are `round` steps of 30 days apart, its newest between 0 and 120 days old.
    const newestAge = (i * 7919) % (120 * 24) // hours, spread without a pattern
    const ageHours = newestAge + (perDevice - 1 - round) * 30 * 24
    const at = mix
      ? new Date(now.getTime() - ageHours * 3_600_000).toISOString()
      : new Date(t0.getTime() + j * 60_000).toISOString()
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
    let failing = []
    let result = 'pass'
    let practices
    if (mix) {
      if ((i + round) % 9 === 0) failing = [CHECKS[(i + round) % CHECKS.length]]
      if ((i + round) % 23 === 0) failing = [...failing, CHECKS[(i * 3 + round) % CHECKS.length]]
      failing = [...new Set(failing)]
      result = failing.length === 0 ? 'pass' : (i + round) % 2 === 0 ? 'fail' : 'unknown'
      const unmet = PRACTICES.filter((_, k) => (i + round + k) % (5 + k * 3) === 0)
      practices = { result: unmet.length === 0 ? 'pass' : 'incomplete', unmet }
    } else {
      failing = j % 7 === 0 ? ['firewall'] : []
      result = failing.length > 0 ? 'fail' : 'pass'
    }
    const record = {
      fingerprint: d.fingerprint,
      staffId: d.staffId,
      purpose: 'periodic',
      collectedAt: at,
      verifiedAt: at,
      result,
      failingChecks: failing,
      policyId: policy.id,
      policyVersion: policy.version,
      sequence: round + 1,
      envelopeDigest,
      requestId,
      ...(practices !== undefined ? { practices } : {}),
    }
    attestations.push(record)
    d.seenEnvelopeDigests.push(envelopeDigest)
    d.lastSequence = round + 1
    if (mix) {
      const { fingerprint: _f, staffId: _s, requestId: _r, ...last } = record
      d.lastAttestation = last
    }
  }
  if (mix) {
    // 2 % revoked, 2 % offboarded (each asked with an answered offboarding request), 1 % asked to
    // leave and not answered (half still waiting, half missing).
    for (let i = 0; i < DEVICES; i++) {
      const d = devices[i]
      const ask = (daysAgo, used) => {
        const at = new Date(now.getTime() - daysAgo * DAY)
        requests.push({
          requestId: `off${String(i).padStart(8, '0')}`,
          staffId: d.staffId,
          purpose: 'offboarding',
          nonce: randomBytes(32).toString('base64url'),
          issuedAt: at.toISOString(),
          notAfter: new Date(at.getTime() + 14 * DAY).toISOString(),
          digest: randomBytes(32).toString('hex'),
          policyDigest: policy.digest,
          used,
          usedBy: used
            ? {
                fingerprint: d.fingerprint,
                envelopeDigest: randomBytes(32).toString('hex'),
                at: at.toISOString(),
              }
            : null,
        })
      }
      if (i % 50 === 1) {
        d.status = 'revoked'
        d.revokedAt = now.toISOString()
        d.revokeReason = 'bench'
      } else if (i % 50 === 2) {
        d.status = 'offboarded'
        d.offboardedAt = now.toISOString()
        ask(10, true)
      } else if (i % 100 === 3) ask(i % 200 === 3 ? 3 : 30, false)
    }
  }
  const saveStart = performance.now()
  await h.saveRoster(ref, { ...roster, devices, requests, attestations }, mix ? now : t0, ciso)
  const saveMs = performance.now() - saveStart
  return { ref, ciso, saveMs }
}
