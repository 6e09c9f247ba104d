/**
 * The CISO's own trust anchors, kept outside the campaign folder in the per-user config folder
 * (main/attestation/config-dir.ts; `ciso-campaigns.json`), the way the staff side pins the CISO key.
 *
 * For every campaign this laptop has worked on it remembers:
 * - the campaign key (fingerprint and public key) and the campaign id, pinned by `ciso init`, by
 *   `ciso trust-campaign` after the CISO compared the fingerprint, or by `ciso migrate`: a folder
 *   whose key differs is refused (CAMPAIGN_KEY_CHANGED) even if everything in it is validly signed;
 * - the highest roster revision seen and the sha256 of that roster: an older signed roster copied
 *   back into the folder is refused (ROSTER_ROLLBACK), because it would un-revoke keys and forget
 *   nonce uses. A newer revision is accepted (the CISO may work from two laptops on a shared drive),
 *   so the anchor protects exactly what this laptop has seen;
 * - the folders the campaign was opened from, so a folder whose key was replaced is recognised.
 *
 * Someone who can write to the campaign folder cannot write here. A damaged file is reported, never
 * reset: resetting it would silently drop the protection.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import { createLockFile } from '../util/lock-file'

/** File name in the config folder. */
export const CAMPAIGN_TRUST_FILE = 'ciso-campaigns.json'
export const CAMPAIGN_TRUST_FORMAT = 'preflight-ciso-campaigns/v1'
const LOCK_FILE = 'ciso-campaigns.lock'
/** A lock older than this was left by a crashed process and is removed. */
const STALE_LOCK_MS = 30_000
/** Folders remembered per campaign (most recent first). */
const MAX_FOLDERS = 20

/** What this laptop knows about one campaign. */
export interface CampaignAnchor {
  readonly campaignId: string
  /** Campaign (CISO) key fingerprint: sha256 of its SPKI DER. */
  readonly fingerprint: string
  /** The pinned public key itself, so copies can be checked even if ciso.pub.pem was replaced. */
  readonly publicKeyPem: string
  readonly org: string
  readonly pinnedAt: string
  /** Highest roster revision this laptop has seen. */
  readonly revision: number
  /** sha256 (hex) of that roster's signed payload; '' when pinned before any roster was read. */
  readonly digest: string
  /** When that revision was first seen here. */
  readonly seenAt: string
  /** Absolute paths the campaign folder was opened from. */
  readonly folders: readonly string[]
}

/** The anchor file could not be read or written. */
export class CampaignTrustError extends Error {
  override name = 'CampaignTrustError'
  constructor(
    message: string,
    readonly kind: 'corrupt' | 'io' | 'locked',
  ) {
    super(message)
  }
}

interface TrustFile {
  format: typeof CAMPAIGN_TRUST_FORMAT
  campaigns: CampaignAnchor[]
}

const HEX64 = /^[0-9a-f]{64}$/

function isAnchor(v: unknown): v is CampaignAnchor {
  if (v === null || typeof v !== 'object') return false
  const a = v as Record<string, unknown>
  return (
    typeof a['campaignId'] === 'string' &&
    typeof a['fingerprint'] === 'string' &&
    HEX64.test(a['fingerprint']) &&
    typeof a['publicKeyPem'] === 'string' &&
    typeof a['org'] === 'string' &&
    typeof a['pinnedAt'] === 'string' &&
    typeof a['revision'] === 'number' &&
    Number.isInteger(a['revision']) &&
    typeof a['digest'] === 'string' &&
    (a['digest'] === '' || HEX64.test(a['digest'])) &&
    typeof a['seenAt'] === 'string' &&
    Array.isArray(a['folders']) &&
    a['folders'].every((f) => typeof f === 'string')
  )
}

/** The folder as it is remembered: resolved, through symbolic links where possible. */
export async function folderKey(dir: string): Promise<string> {
  const abs = path.resolve(dir)
  return fs.realpath(abs).catch(() => abs)
}

/** The anchors of one user, in `configDir`. */
export class CampaignTrustStore {
  readonly file: string

  constructor(readonly configDir: string) {
    this.file = path.join(configDir, CAMPAIGN_TRUST_FILE)
  }

  private async read(): Promise<TrustFile> {
    let text: string
    try {
      text = await fs.readFile(this.file, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        return { format: CAMPAIGN_TRUST_FORMAT, campaigns: [] }
      throw new CampaignTrustError(`cannot read ${this.file}: ${(err as Error).message}`, 'io')
    }
    const damaged = (why: string) =>
      new CampaignTrustError(
        `${this.file} is damaged (${why}). It holds the campaign keys and roster revisions this laptop has confirmed; it was left as it is. Restore it from a backup of your config folder; if you have none, move it away and confirm each campaign again with \`preflight ciso trust-campaign\` (this laptop then forgets which roster revisions it saw).`,
        'corrupt',
      )
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      throw damaged('not valid JSON')
    }
    const o = data as Partial<TrustFile> | null
    if (
      o === null ||
      typeof o !== 'object' ||
      o.format !== CAMPAIGN_TRUST_FORMAT ||
      !Array.isArray(o.campaigns)
    )
      throw damaged(`not a ${CAMPAIGN_TRUST_FORMAT} file`)
    o.campaigns.forEach((a, i) => {
      if (!isAnchor(a)) throw damaged(`campaigns[${i}] is incomplete`)
    })
    return { format: CAMPAIGN_TRUST_FORMAT, campaigns: o.campaigns }
  }

  private async withLock<T>(fn: () => Promise<T>): Promise<T> {
    try {
      await fs.mkdir(this.configDir, { recursive: true, mode: 0o700 })
    } catch (err) {
      throw new CampaignTrustError(describeWriteError(this.configDir, err), 'io')
    }
    const lock = path.join(this.configDir, LOCK_FILE)
    const deadline = Date.now() + 10_000
    for (;;) {
      try {
        await createLockFile(lock, `${process.pid}\n`)
        break
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
          throw new CampaignTrustError(describeWriteError(lock, err), 'io')
        const st = await fs.stat(lock).catch(() => null)
        if (st !== null && Date.now() - st.mtimeMs > STALE_LOCK_MS) {
          await fs.unlink(lock).catch(() => undefined)
          continue
        }
        if (Date.now() >= deadline)
          throw new CampaignTrustError(
            `another Preflight is updating ${this.file} (lock ${lock}); try again, or delete the lock file if no Preflight is running`,
            'locked',
          )
        await new Promise((r) => setTimeout(r, 25))
      }
    }
    try {
      return await fn()
    } finally {
      await fs.unlink(lock).catch(() => undefined)
    }
  }

  private async update<T>(change: (campaigns: CampaignAnchor[]) => T): Promise<T> {
    return this.withLock(async () => {
      const data = await this.read()
      const result = change(data.campaigns)
      try {
        await writeFileAtomic(this.file, JSON.stringify(data, null, 2) + '\n', { mode: 0o600 })
      } catch (err) {
        throw new CampaignTrustError(describeWriteError(this.file, err), 'io')
      }
      return result
    })
  }

  /** Every pinned campaign. */
  async list(): Promise<readonly CampaignAnchor[]> {
    return (await this.read()).campaigns
  }

  /**
   * Pin a campaign (its key, id and the roster revision seen now). Refuses to replace another key
   * already pinned for the same campaign id unless `replace` is set.
   */
  async pin(anchor: CampaignAnchor, options: { readonly replace?: boolean } = {}): Promise<void> {
    await this.update((campaigns) => {
      const clash = campaigns.find(
        (a) => a.campaignId === anchor.campaignId && a.fingerprint !== anchor.fingerprint,
      )
      if (clash && options.replace !== true)
        throw new CampaignTrustError(
          `campaign ${anchor.campaignId} is pinned here with another key (${clash.fingerprint.slice(0, 16)}…)`,
          'corrupt',
        )
      const kept = campaigns.filter(
        (a) =>
          a.fingerprint !== anchor.fingerprint &&
          (options.replace !== true || a.campaignId !== anchor.campaignId),
      )
      // A folder belongs to one campaign: a new pin for it takes the folder over.
      const folders = new Set(anchor.folders)
      campaigns.length = 0
      campaigns.push(
        ...kept.map((a) => ({ ...a, folders: a.folders.filter((f) => !folders.has(f)) })),
        anchor,
      )
    })
  }

  /**
   * Record that `revision` (with `digest`) was seen in `folder`. Only ever moves forward: a lower
   * revision than the one stored is ignored (the caller refuses it before calling).
   */
  async advance(
    fingerprint: string,
    seen: { readonly revision: number; readonly digest: string; readonly folder: string; readonly at: Date },
  ): Promise<void> {
    await this.update((campaigns) => {
      const i = campaigns.findIndex((a) => a.fingerprint === fingerprint)
      const a = campaigns[i]
      if (a === undefined) return
      const newer = seen.revision > a.revision || (seen.revision === a.revision && a.digest === '')
      const folders = [seen.folder, ...a.folders.filter((f) => f !== seen.folder)].slice(0, MAX_FOLDERS)
      campaigns[i] = {
        ...a,
        ...(newer ? { revision: seen.revision, digest: seen.digest, seenAt: seen.at.toISOString() } : {}),
        folders,
      }
    })
  }
}
