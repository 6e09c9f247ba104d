/**
 * The campaign folder: everything the CISO side needs, in one folder that is backed up by copying it.
 *
 *   DIR/ciso.key          the CISO's Ed25519 private key (0600; optionally passphrase-encrypted)
 *   DIR/ciso.pub.pem      its public key, handed to staff (they pin it)
 *   DIR/roster.json       enrolled devices, issued requests and policies (roster-store.ts)
 *   DIR/roster.json.bak   the previous roster version (kept on every save)
 *   DIR/roster.lock       present while a command is changing the roster
 *   DIR/issued/policies/  every policy envelope signed (<id>.v<version>.policy.json)
 *   DIR/issued/requests/  every request envelope signed (<requestId>.request.json)
 */
import type { KeyObject } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Roster } from '../../shared/roster-types'
import { fingerprint } from '../attestation/keys'
import { FileKeyStore, KeyStoreError } from '../attestation/key-store'
import { describeWriteError } from '../util/atomic-write'
import { emptyRoster, ROSTER_FILE, RosterError, saveRoster, withCampaignLock } from './roster-store'

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
  ) {
    super(message)
  }
}

/** True if `dir` looks like a campaign folder (roster and CISO public key present). */
export async function isCampaignFolder(dir: string): Promise<boolean> {
  const has = (f: string) =>
    fs
      .stat(path.join(dir, f))
      .then((s) => s.isFile())
      .catch(() => false)
  return (await has(ROSTER_FILE)) && (await has(CISO_PUBLIC_KEY_FILE))
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
 * Create a campaign folder: the CISO key (never overwriting one), its public key, an empty roster and
 * the issued/ folders. Refuses a folder that already holds a campaign.
 */
export async function initCampaign(
  dir: string,
  options: { readonly org: string; readonly passphrase?: string; readonly now: Date },
): Promise<InitResult> {
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
      throw new CampaignError(err.message, err.problem === 'exists' ? 'exists' : 'key')
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
  const roster = await withCampaignLock(dir, () =>
    saveRoster(dir, { ...emptyRoster(fp, options.now), org: options.org }, options.now),
  )
  return { dir, fingerprint: fp, roster }
}

/** Whether the CISO key is passphrase-protected (so the CLI knows to ask for one). */
export async function cisoKeyNeedsPassphrase(dir: string): Promise<boolean> {
  return (await FileKeyStore.detect(dir, CISO_KEY_NAME)) === 'passphrase-scrypt-aes256gcm'
}

/**
 * Load the CISO private key and check it is the key the roster was created with (a swapped key file
 * would otherwise sign requests staff cannot verify).
 */
export async function loadCisoKey(dir: string, roster: Roster, passphrase?: string): Promise<KeyObject> {
  const store = new FileKeyStore(dir, CISO_KEY_NAME, passphrase)
  let key: KeyObject
  try {
    key = await store.load()
  } catch (err) {
    if (err instanceof KeyStoreError) throw new CampaignError(err.message, 'key')
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
