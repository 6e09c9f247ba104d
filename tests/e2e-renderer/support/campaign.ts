/**
 * CISO-side material for the end-to-end tests, made with the project's own CLI run in-process
 * (`preflight ciso init`, `ciso request`, and a staffer's `trust` + `attest --replay`), so the
 * files the app imports and verifies are exactly what real users exchange.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { expect } from '@playwright/test'
import { fingerprint, publicKeyFromPem } from '../../../main/attestation/keys'
import type { Transcript } from '../../../main/probe/transcript'
import type { Harness } from '../harness'

/** A campaign folder made by `preflight ciso init`. */
export interface Campaign {
  readonly dir: string
  readonly publicKeyFile: string
  readonly fingerprint: string
  /** The passphrase file, for CLI commands that record something (absent: no passphrase). */
  readonly passphraseFile?: string
}

/**
 * `preflight ciso init` in a temp folder, dated at the harness clock. Without `passphrase` the key is
 * stored unencrypted (the app then signs without asking); with one, the app asks to unlock it.
 * `configHome`: pin it in another config folder (a campaign made on another computer).
 */
export async function createCampaign(
  h: Harness,
  name = 'campaign',
  passphrase?: string,
  configHome?: string,
): Promise<Campaign> {
  const dir = path.join(h.root, name)
  let secret: string[] = ['--insecure-no-passphrase']
  let passphraseFile: string | undefined
  if (passphrase !== undefined) {
    passphraseFile = path.join(h.root, `${name}.pass`)
    writeFileSync(passphraseFile, `${passphrase}\n`, { mode: 0o600 })
    secret = ['--passphrase-file', passphraseFile]
  }
  const r = await h.cli(
    ['ciso', 'init', '--dir', dir, ...secret, '--now', h.now().toISOString()],
    configHome !== undefined ? { PREFLIGHT_HOME: configHome } : {},
  )
  expect(r.code, r.out).toBe(0)
  const publicKeyFile = path.join(dir, 'ciso.pub.pem')
  return {
    dir,
    publicKeyFile,
    fingerprint: fingerprint(publicKeyFromPem(readFileSync(publicKeyFile))),
    ...(passphraseFile !== undefined ? { passphraseFile } : {}),
  }
}

/** `preflight ciso request`: returns the request file and its pasteable text. */
export async function issueRequest(
  h: Harness,
  campaign: Campaign,
  staffId: string,
  purpose: 'onboarding' | 'periodic' | 'offboarding',
  /** A policy file (plain JSON, signed on the spot, or already signed); default: the latest signed. */
  policy?: string,
): Promise<{ file: string; text: string }> {
  const file = path.join(h.root, `request-${staffId}-${purpose}-${Date.now()}.json`)
  const r = await h.cli([
    'ciso',
    'request',
    '--campaign',
    campaign.dir,
    '--staff-id',
    staffId,
    '--purpose',
    purpose,
    '--out',
    file,
    '--text',
    ...(policy !== undefined ? ['--policy', policy] : []),
    ...(campaign.passphraseFile !== undefined ? ['--passphrase-file', campaign.passphraseFile] : []),
    '--now',
    new Date(h.now().getTime() - 3_600_000).toISOString(),
  ])
  expect(r.code, r.out).toBe(0)
  const m = /PREFLIGHT-REQUEST:[\s\S]*?:PREFLIGHT-REQUEST-END/.exec(r.out)
  if (m === null) throw new Error(`no request text in: ${r.out}`)
  return { file, text: m[0] }
}

/**
 * A staffer's attestation made with the CLI (`trust` then `attest --replay`), written into `inbox`.
 * Each staffer gets their own PREFLIGHT_HOME (their own device key). Returns the file path.
 */
export async function attestWithCli(
  h: Harness,
  campaign: Campaign,
  opts: {
    readonly staffId: string
    readonly deviceLabel: string
    readonly purpose: 'onboarding' | 'periodic'
    readonly transcript: Transcript
    readonly inbox: string
    /** Reuse a staffer's home (same device key) for a later attestation. */
    readonly home?: string
    /** Practices the staffer confirms (`--confirm`). */
    readonly confirm?: readonly string[]
  },
): Promise<{ file: string; home: string }> {
  const home = opts.home ?? path.join(h.root, `home-${opts.deviceLabel}`)
  const env = { PREFLIGHT_HOME: home }
  mkdirSync(opts.inbox, { recursive: true })
  const transcriptFile = path.join(h.root, `transcript-${opts.deviceLabel}-${Date.now()}.json`)
  writeFileSync(transcriptFile, JSON.stringify(opts.transcript))
  const trust = await h.cli(['trust', campaign.publicKeyFile, '--yes'], env)
  expect(trust.code, trust.out).toBe(0)
  const req = await issueRequest(h, campaign, opts.staffId, opts.purpose)
  const outDir = path.join(h.root, `out-${opts.deviceLabel}-${Date.now()}`)
  mkdirSync(outDir)
  const r = await h.cli(
    [
      'attest',
      '--request',
      req.file,
      '--staff-id',
      opts.staffId,
      '--device-label',
      opts.deviceLabel,
      '--replay',
      transcriptFile,
      '--out',
      outDir,
      '--yes',
      ...(opts.confirm ?? []).flatMap((id) => ['--confirm', id]),
      '--now',
      h.now().toISOString(),
    ],
    env,
  )
  expect(r.code, r.out).toBe(0)
  const [name] = readdirSync(outDir)
  if (name === undefined) throw new Error(`attest wrote nothing: ${r.out}`)
  const file = path.join(opts.inbox, name)
  writeFileSync(file, readFileSync(path.join(outDir, name)))
  return { file, home }
}
