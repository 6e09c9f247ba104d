/**
 * The campaign folder: everything the CISO side needs, in one folder that is backed up by copying it.
 *
 *   DIR/ciso.key          the CISO's Ed25519 private key (0600; passphrase-encrypted unless
 *                         `ciso init --insecure-no-passphrase`)
 *   DIR/ciso.pub.pem      its public key, handed to staff (they pin it)
 *   DIR/roster.json       every trust decision, signed by the CISO key (roster-store.ts)
 *   DIR/backups/          signed copies of the last revisions of roster.json
 *   DIR/roster.lock       present while a command is changing the roster
 *   DIR/issued/policies/  every policy envelope signed (<id>.v<version>.policy.json)
 *   DIR/issued/requests/  every request envelope signed (<requestId>.request.json)
 *
 * Outside the folder, in the CISO's own config folder, campaign-trust.ts pins the campaign key and
 * the newest roster revision seen on this laptop.
 */
import type { KeyObject } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Roster } from '../../shared/roster-types'
import { fingerprint, publicKeyToPem } from '../attestation/keys'
import { FileKeyStore, KeyStoreError, type KeyStoreProblem } from '../attestation/key-store'
import { describeWriteError } from '../util/atomic-write'
import { CampaignTrustError, folderKey, type CampaignAnchor } from './campaign-trust'
import {
  emptyRoster,
  readRosterForPinning,
  ROSTER_FILE,
  RosterError,
  saveRoster,
  withCampaignLock,
  type CampaignRef,
} from './roster-store'

/** Name of the CISO key in the FileKeyStore: files `ciso.key` and `ciso.pub.pem`. */
export const CISO_KEY_NAME = 'ciso'
/** The public key staff pin; also what marks a folder as a campaign folder (with the roster). */
export const CISO_PUBLIC_KEY_FILE = 'ciso.pub.pem'
/** Where every signed policy and request is kept, so the CISO can resend or audit them. */
export const ISSUED_DIR = 'issued'
/** Signed policies: `<id>.v<version>.policy.json`. */
export const ISSUED_POLICIES_DIR = path.join(ISSUED_DIR, 'policies')
/** Signed requests: `<requestId>.request.json`. */
export const ISSUED_REQUESTS_DIR = path.join(ISSUED_DIR, 'requests')

/** A campaign-folder problem with the exit-code category the CLI should use. */
export class CampaignError extends Error {
  override name = 'CampaignError'
  constructor(
    message: string,
    readonly kind: 'not-found' | 'exists' | 'io' | 'key',
    /** For a key problem from the key store: which one (e.g. `wrong-passphrase`). */
    readonly problem?: KeyStoreProblem,
  ) {
    super(message)
  }
}

/**
 * True if `dir` looks like a campaign folder: the CISO public key or the roster is there. (Either is
 * enough, so that a folder whose roster was deleted is reported as such, not as "no campaign".)
 */
export async function isCampaignFolder(dir: string): Promise<boolean> {
  const has = (f: string) =>
    fs
      .stat(path.join(dir, f))
      .then((s) => s.isFile())
      .catch(() => false)
  return (await has(ROSTER_FILE)) || (await has(CISO_PUBLIC_KEY_FILE))
}

/**
 * Which campaign folder a command works on: `--campaign DIR`, else $PREFLIGHT_CAMPAIGN, else the
 * current folder if it is one. Anything else is a clear error rather than a guess.
 */
export async function resolveCampaignDir(
  option: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<string> {
  const given = option ?? (env['PREFLIGHT_CAMPAIGN'] !== '' ? env['PREFLIGHT_CAMPAIGN'] : undefined)
  if (given !== undefined) {
    const dir = path.resolve(cwd, given)
    if (!(await isCampaignFolder(dir))) {
      throw new CampaignError(
        `${dir} is not a campaign folder (no ${ROSTER_FILE} and ${CISO_PUBLIC_KEY_FILE}); create one with \`preflight ciso init --dir ${given}\``,
        'not-found',
      )
    }
    return dir
  }
  if (await isCampaignFolder(cwd)) return cwd
  throw new CampaignError(
    'no campaign folder: pass --campaign DIR, set PREFLIGHT_CAMPAIGN, or run inside the folder made by `preflight ciso init`',
    'not-found',
  )
}

/** What `initCampaign` created. */
export interface InitResult {
  readonly dir: string
  readonly fingerprint: string
  readonly roster: Roster
}

/**
 * Create a campaign folder: the CISO key (never overwriting one), its public key, an empty signed
 * roster and the issued/ folders; pin the new key and campaign in this user's trust anchors. Refuses
 * a folder that already holds a campaign, and a key without passphrase unless `insecureNoPassphrase`
 * (then anyone who can read the folder can sign trust decisions).
 */
export async function initCampaign(
  ref: CampaignRef,
  options: {
    readonly org: string
    readonly passphrase?: string
    readonly insecureNoPassphrase?: boolean
    readonly now: Date
  },
): Promise<InitResult> {
  const dir = ref.dir
  if (options.passphrase === undefined && options.insecureNoPassphrase !== true)
    throw new CampaignError(
      'the CISO key needs a passphrase: anyone who can read the campaign folder could otherwise sign trust decisions',
      'key',
    )
  try {
    await fs.mkdir(dir, { recursive: true, mode: 0o700 })
  } catch (err) {
    throw new CampaignError(describeWriteError(dir, err), 'io')
  }
  if (
    await fs
      .stat(path.join(dir, ROSTER_FILE))
      .then(() => true)
      .catch(() => false)
  ) {
    throw new CampaignError(
      `${dir} already holds a campaign (${ROSTER_FILE} exists); nothing was changed`,
      'exists',
    )
  }
  const store = new FileKeyStore(dir, CISO_KEY_NAME, options.passphrase)
  let key: KeyObject
  try {
    key = await store.create()
  } catch (err) {
    if (err instanceof KeyStoreError)
      throw new CampaignError(err.message, err.problem === 'exists' ? 'exists' : 'key', err.problem)
    throw err
  }
  for (const sub of [ISSUED_POLICIES_DIR, ISSUED_REQUESTS_DIR]) {
    try {
      await fs.mkdir(path.join(dir, sub), { recursive: true, mode: 0o700 })
    } catch (err) {
      throw new CampaignError(describeWriteError(path.join(dir, sub), err), 'io')
    }
  }
  const fp = fingerprint(key)
  const empty = { ...emptyRoster(fp, options.now), org: options.org }
  await pin(ref, {
    campaignId: empty.campaignId,
    fingerprint: fp,
    publicKeyPem: publicKeyToPem(key),
    org: options.org,
    pinnedAt: options.now.toISOString(),
    revision: 0,
    digest: '',
    seenAt: options.now.toISOString(),
    folders: [await folderKey(dir)],
  })
  const roster = await withCampaignLock(dir, () => saveRoster(ref, empty, options.now, key))
  return { dir, fingerprint: fp, roster }
}

async function pin(ref: CampaignRef, anchor: CampaignAnchor, replace = false): Promise<void> {
  try {
    await ref.trust.pin(anchor, { replace })
  } catch (err) {
    if (err instanceof CampaignTrustError)
      throw new CampaignError(err.message, err.kind === 'io' ? 'io' : 'key')
    throw err
  }
}

/** What `ciso trust-campaign` is about to pin, for the fingerprint comparison. */
export interface CampaignPinPreview {
  readonly fingerprint: string
  readonly org: string
  readonly campaignId: string
  readonly revision: number
  readonly updatedAt: string
  readonly devices: number
  /** The key pinned for this campaign or folder before, when it is a different one. */
  readonly replaces: string | null
}

/** What pinning `ref` would pin, and what this laptop pinned before for the campaign or folder. */
async function readPinCandidate(ref: CampaignRef) {
  const { roster, digest, publicKeyPem } = await readRosterForPinning(ref.dir)
  const folder = await folderKey(ref.dir)
  const anchors = await ref.trust.list().catch((err: unknown) => {
    if (err instanceof CampaignTrustError) throw new CampaignError(err.message, 'key')
    throw err
  })
  const same = anchors.find((a) => a.fingerprint === roster.cisoFingerprint)
  const other = anchors.find(
    (a) =>
      a.fingerprint !== roster.cisoFingerprint &&
      (a.campaignId === roster.campaignId || a.folders.includes(folder)),
  )
  const preview: CampaignPinPreview = {
    fingerprint: roster.cisoFingerprint,
    org: roster.org,
    campaignId: roster.campaignId,
    revision: roster.revision,
    updatedAt: roster.updatedAt,
    devices: roster.devices.length,
    replaces: other?.fingerprint ?? null,
  }
  return { roster, digest, publicKeyPem, folder, same, other, preview }
}

/**
 * What `trustCampaign` would pin (the app shows it for the fingerprint comparison before the CISO
 * confirms): the roster must verify with the folder's ciso.pub.pem. Pins nothing.
 */
export async function campaignPinPreview(ref: CampaignRef): Promise<CampaignPinPreview> {
  return (await readPinCandidate(ref)).preview
}

/**
 * Pin a campaign folder's key on this laptop (first use on a new machine): the roster must verify
 * with the folder's ciso.pub.pem; `confirm` is shown the fingerprint and pins only when the CISO
 * compared it with the one they read to staff. A campaign or folder pinned with another key needs
 * `replace` (only after the CISO replaced the key themselves).
 */
export async function trustCampaign(
  ref: CampaignRef,
  opts: {
    readonly now: Date
    readonly replace?: boolean
    readonly confirm: (preview: CampaignPinPreview) => Promise<boolean>
  },
): Promise<CampaignPinPreview & { readonly outcome: 'pinned' | 'already' }> {
  const { roster, digest, publicKeyPem, folder, same, other, preview } = await readPinCandidate(ref)
  if (same !== undefined && other === undefined) return { ...preview, outcome: 'already' }
  if (other !== undefined && opts.replace !== true)
    throw new CampaignError(
      `CAMPAIGN_KEY_CHANGED: this laptop pinned another key (${other.fingerprint.slice(0, 16)}…) for this campaign or folder. If you replaced the campaign key yourself, run again with --replace; otherwise someone replaced ciso.pub.pem: restore the folder from your backup.`,
      'key',
    )
  if (!(await opts.confirm(preview))) throw new CampaignError('not confirmed; nothing was pinned', 'key')
  await pin(
    ref,
    {
      campaignId: roster.campaignId,
      fingerprint: roster.cisoFingerprint,
      publicKeyPem,
      org: roster.org,
      pinnedAt: opts.now.toISOString(),
      revision: roster.revision,
      digest,
      seenAt: opts.now.toISOString(),
      folders: [folder],
    },
    opts.replace === true,
  )
  return { ...preview, outcome: 'pinned' }
}

/** Whether the CISO key is passphrase-protected (so the CLI knows to ask for one). */
export async function cisoKeyNeedsPassphrase(dir: string): Promise<boolean> {
  return (await FileKeyStore.detect(dir, CISO_KEY_NAME)) === 'passphrase-scrypt-aes256gcm'
}

/**
 * Load the CISO private key and check it is the key the roster was created with (a swapped key file
 * would otherwise sign requests staff cannot verify).
 */
export async function loadCisoKey(
  dir: string,
  roster: Pick<Roster, 'cisoFingerprint'>,
  passphrase?: string,
): Promise<KeyObject> {
  const store = new FileKeyStore(dir, CISO_KEY_NAME, passphrase)
  let key: KeyObject
  try {
    key = await store.load()
  } catch (err) {
    if (err instanceof KeyStoreError) throw new CampaignError(err.message, 'key', err.problem)
    throw err
  }
  if (fingerprint(key) !== roster.cisoFingerprint) {
    throw new CampaignError(
      `${store.keyFile} is not the CISO key this campaign was created with (fingerprint ${fingerprint(key).slice(0, 16)}…, roster expects ${roster.cisoFingerprint.slice(0, 16)}…)`,
      'key',
    )
  }
  return key
}

/** Re-exported so callers of the campaign API can catch roster problems from one module. */
export { RosterError }
