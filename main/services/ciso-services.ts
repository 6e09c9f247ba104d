/**
 * CISO-side services: open a campaign folder, verify a folder of attestations (with progress
 * events), list the roster, enroll (trust on first use, confirmed by fingerprint), revoke, offboard
 * and export CSV. The verification itself is main/ciso (shared with `preflight ciso`); this module
 * adds dialogs, progress, opaque row ids (the renderer never sends paths) and error codes.
 *
 * Every read verifies the signed roster against the campaign key pinned in `deps.cisoConfigDir`
 * (CAMPAIGN_UNTRUSTED with the named reason otherwise). Every write is signed with the CISO key held
 * by `deps.cisoKeySession`: unlocked once per session of work by the host (main process only), or
 * loaded on demand when the key has no passphrase; otherwise the write fails with CISO_KEY_LOCKED.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { DeviceRecord, Roster, RosterRow, VerifyRow as CisoVerifyRow } from '../../shared/roster-types'
import {
  groupFingerprint,
  type CampaignFolderInfo,
  type CisoKeyState,
  type CisoStatus,
  type NewCampaignLocation,
  type OpenFolderResult,
  type Settings,
  type RosterEntry,
  type SaveFileResult,
  type ValidRequestOf,
  type VerifyFolderResult,
  type VerifyRow,
  type DroppedProblem,
} from '../../shared/ipc-contract'
import { fingerprint } from '../attestation/keys'
import {
  CampaignError,
  campaignPinPreview,
  cisoKeyNeedsPassphrase,
  initCampaign,
  isCampaignFolder,
  trustCampaign,
} from '../ciso/campaign'
import { CampaignTrustError, CampaignTrustStore } from '../ciso/campaign-trust'
import { CisoKeySession } from '../ciso/key-session'
import {
  carriedPublicKey,
  collectFiles,
  enrollDevice,
  offboardDevice,
  OperationError,
  prepareFiles,
  prepareInMemory,
  type InMemoryFile,
  revokeDevices,
  rosterRows,
} from '../ciso/operations'
import {
  loadRoster,
  RosterError,
  updateRoster,
  type CampaignRef,
  type KeyUnlocker,
} from '../ciso/roster-store'
import { IssueError, reattestDaysOf } from '../ciso/issue'
import { prepareFile, VerifySession, type PreparedFile } from '../ciso/verify'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import { dialogText, newRunId } from './app-services'
import { CisoIdleLock } from './ciso-idle-lock'
import { createPolicyServices } from './ciso-policy-services'
import { createCisoRequestServices } from './ciso-requests-services'
import { ServiceError } from './errors'
import { mainMsg } from './main-text'
import type { ServiceDeps } from './types'
import { toCsv } from '../util/csv'

/** The app's CSV export quotes every cell. */
const csvAlwaysQuoted = (header: readonly string[], rows: readonly (readonly unknown[])[]): string =>
  toCsv(header, rows, { alwaysQuote: true })

function mapCisoError(err: unknown): unknown {
  if (err instanceof ServiceError) return err
  const text = (e: Error) => e.message.charAt(0).toUpperCase() + e.message.slice(1)
  if (err instanceof OperationError) {
    return new ServiceError(err.kind === 'not-found' ? 'NOT_FOUND' : 'NOT_ALLOWED', text(err))
  }
  if (err instanceof RosterError) {
    if (err.reason !== undefined || err.kind === 'untrusted')
      return new ServiceError('CAMPAIGN_UNTRUSTED', err.message)
    return new ServiceError(err.kind === 'locked' ? 'BUSY' : 'IO_ERROR', text(err))
  }
  if (err instanceof CampaignTrustError) return new ServiceError('CAMPAIGN_UNTRUSTED', text(err))
  if (err instanceof IssueError)
    return new ServiceError(err.kind === 'io' ? 'IO_ERROR' : 'NOT_ALLOWED', text(err))
  if (err instanceof CampaignError) {
    if (err.problem === 'wrong-passphrase')
      return new ServiceError('CISO_KEY_LOCKED', mainMsg('main.error.wrongPassphrase'))
    if (err.kind === 'key') return new ServiceError('CISO_KEY_LOCKED', text(err))
    if (err.kind === 'exists') return new ServiceError('NOT_ALLOWED', text(err))
    return new ServiceError(err.kind === 'not-found' ? 'NO_CAMPAIGN_FOLDER' : 'IO_ERROR', text(err))
  }
  return err
}

async function mapped<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw mapCisoError(err)
  }
}

function entryOf(row: RosterRow, device: DeviceRecord | undefined): RosterEntry {
  return {
    staffId: row.staffId,
    deviceLabel: row.deviceLabel,
    platform: row.platform,
    fingerprint: row.fingerprint,
    fingerprintGrouped: groupFingerprint(row.fingerprint),
    status: row.status,
    enrolledAt: row.enrolledAt,
    revokedAt: device?.revokedAt ?? null,
    lastCollectedAt: row.lastCollectedAt,
    lastPurpose: row.lastPurpose,
    lastResult: row.lastResult,
    failingChecks: row.failingChecks,
    stale: row.stale,
    practicesResult: row.practices?.result ?? null,
    unmetPractices: row.practices?.unmet ?? [],
  }
}

interface VerifiedFile {
  readonly row: VerifyRow
  /** Path of a file from a folder, or the plain name of a dropped file. */
  readonly file: string
  readonly prepared: PreparedFile
  /** True for dropped files: enroll and offboard use `prepared.bytes`, never a path. */
  readonly inMemory: boolean
}

/** Why the renderer could not send a dropped file, as the row's detail (after "could not read the file: "). */
const DROPPED_PROBLEM_TEXT: Readonly<Record<DroppedProblem, string>> = {
  'not-json': 'not a .json file (attestations are .json files)',
  'too-large': 'the file is too large to be an attestation',
  unreadable: 'the file could not be read from the drop',
}

/** The dropped files as in-memory inputs for the verifier; non-.json names are refused unread. */
export function droppedInputs(files: ValidRequestOf<'cisoVerifyDropped'>['files']): InMemoryFile[] {
  return files.map((f) => {
    if ('problem' in f) return { name: f.name, bytes: null, readError: DROPPED_PROBLEM_TEXT[f.problem] }
    if (!f.name.toLowerCase().endsWith('.json'))
      return { name: f.name, bytes: null, readError: DROPPED_PROBLEM_TEXT['not-json'] }
    return { name: f.name, bytes: Buffer.from(f.text, 'utf8') }
  })
}

/**
 * A folder name for a new campaign from its name: lower-case letters, digits and dashes (safe on every
 * file system and in commands people paste), at most 48 characters.
 */
export function campaignFolderName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '')
  return slug === '' ? 'campaign' : slug
}

/** The entries of a folder; null when it does not exist. */
async function entriesOf(dir: string): Promise<string[] | null> {
  try {
    return await fs.readdir(dir)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new ServiceError(
      'IO_ERROR',
      mainMsg('main.error.cannotRead', { file: dir, error: (err as Error).message }),
    )
  }
}

/**
 * Where a new campaign goes when the CISO picked `chosen`: the folder itself when it is empty,
 * otherwise a new folder named after the campaign inside it (`-2`, `-3`… when that name is taken).
 */
export async function newCampaignDir(chosen: string, name: string): Promise<string> {
  const here = await entriesOf(chosen)
  if (here !== null && here.length === 0) return chosen
  if (await isCampaignFolder(chosen))
    throw new ServiceError(
      'NOT_ALLOWED',
      mainMsg('main.error.campaignExists', { folder: path.basename(chosen) }),
    )
  const base = campaignFolderName(name)
  for (let i = 1; i < 100; i++) {
    const dir = path.join(chosen, i === 1 ? base : `${base}-${i}`)
    const entries = await entriesOf(dir)
    if (entries === null || entries.length === 0) return dir
  }
  throw new ServiceError(
    'NOT_ALLOWED',
    mainMsg('main.error.tooManyCampaignFolders', { name: base, folder: chosen }),
  )
}

const LOCKED_MESSAGE = mainMsg('main.error.cisoKeyLocked')

/** CISO services. */
export function createCisoServices(deps: ServiceDeps) {
  let campaign: CampaignRef | null = null
  /** Where cisoCreateCampaign will make the campaign (chosen in main's dialog). */
  let newLocation: string | null = null
  /** A folder whose campaign key waits for the CISO's confirmation (cisoPinCampaign). */
  let pinCandidate: CampaignRef | null = null
  let lastRows: VerifiedFile[] = []
  let verifying = false
  const keys = deps.cisoKeySession ?? new CisoKeySession()
  const trust = new CampaignTrustStore(deps.cisoConfigDir ?? deps.dataDir)
  /** Whether the open campaign's key has a passphrase (read when the campaign is opened). */
  let hasPassphrase: boolean | null = null
  const idle = new CisoIdleLock(keys, {
    ...(deps.timers !== undefined ? { timers: deps.timers } : {}),
    ...(deps.cisoIdleLockMs !== undefined ? { idleMs: deps.cisoIdleLockMs } : {}),
    onLocked: () => emitKeyState(),
  })

  function keyState(): CisoKeyState {
    return {
      unlocked: keys.isUnlocked(),
      hasPassphrase,
      lockedBecause: idle.lockedBecause,
      idleLockMinutes: idle.idleMinutes,
    }
  }

  function emitKeyState(): void {
    deps.emit({ type: 'ciso-key-state', runId: newRunId(), state: keyState() })
  }

  /**
   * Every CISO operation runs through here: errors mapped to contract codes, and the idle countdown
   * restarted afterwards (an operation is activity; an unlock by a key without passphrase is noticed).
   */
  async function cisoOp<T>(fn: () => Promise<T>): Promise<T> {
    const before = keys.isUnlocked()
    try {
      return await mapped(fn)
    } finally {
      idle.touch()
      if (keys.isUnlocked() !== before) emitKeyState()
    }
  }

  /** Make `ref` the open campaign (locking the key of another one). */
  async function openCampaign(ref: CampaignRef): Promise<void> {
    if (campaign !== null && campaign.dir !== ref.dir) idle.lock('not-unlocked')
    campaign = ref
    lastRows = []
    hasPassphrase = await cisoKeyNeedsPassphrase(ref.dir)
  }

  function requireCampaign(): CampaignRef {
    if (campaign === null)
      throw new ServiceError('NO_CAMPAIGN_FOLDER', mainMsg('main.error.openYourCampaignFirst'))
    return campaign
  }

  /** The key for this write: the session's, or a key without passphrase; else CISO_KEY_LOCKED. */
  const unlocker = (ref: CampaignRef): KeyUnlocker =>
    keys.unlocker(ref.dir, () => new ServiceError('CISO_KEY_LOCKED', LOCKED_MESSAGE))

  /** Refuse before any work when a write will need a key the session does not hold. */
  async function requireSigner(ref: CampaignRef): Promise<void> {
    if (keys.isUnlocked()) {
      const roster = await loadRoster(ref)
      if (keys.keyFor(roster) !== null) return
    }
    if (await cisoKeyNeedsPassphrase(ref.dir)) throw new ServiceError('CISO_KEY_LOCKED', LOCKED_MESSAGE)
  }

  async function folderInfo(dir: string, roster: Roster): Promise<CampaignFolderInfo> {
    return {
      name: path.basename(dir),
      location: dir,
      org: roster.org,
      ciso: {
        fingerprint: roster.cisoFingerprint,
        fingerprintGrouped: groupFingerprint(roster.cisoFingerprint),
      },
      rosterSize: roster.devices.length,
    }
  }

  function entryFor(roster: Roster, fp: string): RosterEntry {
    const row = rosterRows(roster, deps.now(), reattestDaysOf(roster)).find((r) => r.fingerprint === fp)
    if (row === undefined) throw new ServiceError('NOT_FOUND', mainMsg('main.error.deviceNotInRoster'))
    return entryOf(
      row,
      roster.devices.find((d) => d.fingerprint === fp),
    )
  }

  function toRow(r: CisoVerifyRow, prepared: PreparedFile): VerifyRow {
    const carried = r.code === 'UNKNOWN_KEY' ? carriedPublicKey(prepared) : null
    const fp = r.fingerprint ?? (carried !== null ? fingerprint(carried) : null)
    return {
      rowId: newRunId(),
      fileName: path.basename(r.file),
      outcome: r.code,
      detail: r.message,
      ...(r.text !== undefined ? { detailText: r.text } : {}),
      staffId: r.staffId ?? null,
      deviceLabel: r.deviceLabel ?? null,
      purpose:
        r.purpose === 'onboarding' || r.purpose === 'periodic' || r.purpose === 'offboarding'
          ? r.purpose
          : null,
      collectedAt: r.collectedAt ?? null,
      result: r.result ?? null,
      keyFingerprint: fp,
      keyFingerprintGrouped: fp === null ? null : groupFingerprint(fp),
      failingChecks: r.failingChecks ?? [],
      // The verifier's own judgement when it gives one; otherwise: an unknown key that signed its own
      // onboarding statement carrying that key.
      enrollable:
        r.enrollable ?? (carried !== null && (r.purpose === undefined || r.purpose === 'onboarding')),
      practicesResult: r.practices?.result ?? null,
      unmetPractices: r.practices?.unmet ?? [],
    }
  }

  /**
   * Verify prepared files against the campaign's roster under its lock (one pipeline for folders and
   * drops), emitting progress, recording accepted files, and keeping the rows for enroll/offboard/CSV.
   */
  async function verifyPrepared(
    ref: CampaignRef,
    runId: string,
    prepared: readonly PreparedFile[],
    inMemory: boolean,
  ): Promise<VerifiedFile[]> {
    const { result: verified } = await updateRoster(
      ref,
      { now: deps.now(), unlock: unlocker(ref) },
      async (roster) => {
        const session = new VerifySession(roster, deps.now())
        const outcomes = session.verifyAll(prepared, (done, total) =>
          deps.emit({
            type: 'verify-progress',
            runId,
            done,
            total,
            fileName: path.basename((prepared[done - 1] as PreparedFile).file),
          }),
        )
        // After the whole batch: an onboarding request answered twice changes earlier rows too.
        const out: VerifiedFile[] = outcomes.map((o, i) => {
          const p = prepared[i] as PreparedFile
          return { row: toRow(o.row, p), file: p.file, prepared: p, inMemory }
        })
        return { roster: session.changed ? session.toRoster() : null, result: out }
      },
    )
    lastRows = verified
    return verified
  }

  /** The in-memory contents of a dropped row (undefined for folder rows, which are read again). */
  const bytesOf = (v: VerifiedFile): Buffer | undefined =>
    v.inMemory && v.prepared.bytes !== null ? v.prepared.bytes : undefined

  const policy = createPolicyServices(deps, {
    requireCampaign,
    unlocker,
    op: cisoOp,
    requireSigner,
  })

  return {
    ...policy,

    /** Act as the campaign's security lead or not (remembered); stopping locks the key and closes the campaign. */
    setCisoMode: async (request: ValidRequestOf<'setCisoMode'>): Promise<Settings> => {
      const { cisoMode: _previous, ...rest } = deps.settings.get()
      if (!request.on) {
        idle.lock('request')
        campaign = null
        lastRows = []
        hasPassphrase = null
      }
      return deps.settings.save(request.on ? { ...rest, cisoMode: true } : rest)
    },

    cisoStatus: (): Promise<CisoStatus> =>
      cisoOp(async () => {
        if (campaign === null) return { folder: null, key: keyState() }
        const roster = await loadRoster(campaign)
        return { folder: await folderInfo(campaign.dir, roster), key: keyState() }
      }),

    /** Unlock the open campaign's key for this session of work (the passphrase is used once, not kept). */
    cisoUnlock: (request: ValidRequestOf<'cisoUnlock'>): Promise<CisoKeyState> =>
      cisoOp(async () => {
        const ref = requireCampaign()
        await keys.unlock(ref, request.passphrase)
        return keyState()
      }),

    cisoLock: async (): Promise<CisoKeyState> => {
      idle.lock('request')
      return keyState()
    },
    // Issue 10: requests in bulk and the campaign dashboard (main/services/ciso-requests-services.ts).
    ...createCisoRequestServices(deps, { requireCampaign, unlocker, requireSigner, mapped: cisoOp }),

    /** Choose where a new campaign folder goes (main's dialog); nothing is written yet. */
    cisoChooseNewCampaignFolder: (
      request: ValidRequestOf<'cisoChooseNewCampaignFolder'>,
    ): Promise<NewCampaignLocation> =>
      cisoOp(async () => {
        const chosen = await deps.dialogs.chooseFolder({
          title: dialogText(deps, 'main.dialog.chooseNewCampaignPlace'),
        })
        if (chosen === null) return { cancelled: true, location: newLocation }
        newLocation = await newCampaignDir(chosen, request.name)
        return { cancelled: false, location: newLocation }
      }),

    /**
     * Create the campaign where the CISO chose: the key (encrypted with the passphrase), the signed
     * roster, the pin on this computer (`ciso init`). The campaign is then open with its key unlocked,
     * so the CISO is not asked for the passphrase again right away.
     */
    cisoCreateCampaign: (request: ValidRequestOf<'cisoCreateCampaign'>): Promise<CampaignFolderInfo> =>
      cisoOp(async () => {
        const dir = newLocation
        if (dir === null)
          throw new ServiceError('NOT_ALLOWED', mainMsg('main.error.chooseCampaignPlaceFirst'))
        const ref: CampaignRef = { dir, trust }
        const created = await initCampaign(ref, {
          org: request.name,
          passphrase: request.passphrase,
          now: deps.now(),
        })
        newLocation = null
        await openCampaign(ref)
        await keys.unlock(ref, request.passphrase)
        idle.touch()
        return folderInfo(dir, created.roster)
      }),

    /**
     * Confirm the campaign key of the folder cisoOpenFolder showed (the app's `ciso trust-campaign`):
     * pins it only when `fingerprint` is the one shown (the CISO compared it); a campaign or folder
     * pinned with another key is refused (CAMPAIGN_KEY_CHANGED), as in the CLI without --replace.
     */
    cisoPinCampaign: (request: ValidRequestOf<'cisoPinCampaign'>): Promise<CampaignFolderInfo> =>
      cisoOp(async () => {
        const ref = pinCandidate
        if (ref === null) throw new ServiceError('NOT_ALLOWED', mainMsg('main.error.openTheCampaignFirst'))
        let shown: string | null = null
        try {
          await trustCampaign(ref, {
            now: deps.now(),
            confirm: async (preview) => {
              shown = preview.fingerprint
              return preview.fingerprint === request.fingerprint
            },
          })
        } catch (err) {
          if (err instanceof CampaignError && err.message.startsWith('CAMPAIGN_KEY_CHANGED'))
            throw new ServiceError('CAMPAIGN_UNTRUSTED', mainMsg('main.error.campaignKeyChanged'))
          if (shown !== null && shown !== request.fingerprint)
            throw new ServiceError('NOT_ALLOWED', mainMsg('main.error.campaignKeyChangedSinceShown'))
          throw err
        }
        pinCandidate = null
        const roster = await loadRoster(ref)
        await openCampaign(ref)
        return folderInfo(ref.dir, roster)
      }),

    cisoOpenFolder: (): Promise<OpenFolderResult> =>
      cisoOp(async () => {
        const dir = await deps.dialogs.chooseFolder({ title: dialogText(deps, 'main.dialog.openCampaign') })
        if (dir === null) return { cancelled: true, folder: null }
        if (!(await isCampaignFolder(dir))) {
          throw new ServiceError(
            'NO_CAMPAIGN_FOLDER',
            mainMsg('main.error.notACampaignFolder', { folder: path.basename(dir) }),
          )
        }
        const ref: CampaignRef = { dir, trust }
        let roster: Roster
        try {
          roster = await loadRoster(ref)
        } catch (err) {
          // A campaign this computer never confirmed: show its fingerprint for comparison first.
          if (!(err instanceof RosterError) || err.reason !== 'CAMPAIGN_NOT_PINNED') throw err
          const p = await campaignPinPreview(ref)
          pinCandidate = ref
          return {
            cancelled: false,
            folder: null,
            pin: {
              name: path.basename(dir),
              location: dir,
              org: p.org,
              ciso: { fingerprint: p.fingerprint, fingerprintGrouped: groupFingerprint(p.fingerprint) },
              revision: p.revision,
              updatedAt: p.updatedAt,
              devices: p.devices,
            },
          }
        }
        await openCampaign(ref)
        return { cancelled: false, folder: await folderInfo(dir, roster) }
      }),

    cisoVerifyFolder: (): Promise<VerifyFolderResult> =>
      cisoOp(async () => {
        const ref = requireCampaign()
        const dir = ref.dir
        if (verifying) throw new ServiceError('BUSY', mainMsg('main.error.verifyRunning'))
        await requireSigner(ref)
        const folder = await deps.dialogs.chooseFolder({
          title: dialogText(deps, 'main.dialog.chooseVerifyFolder'),
        })
        if (folder === null) return { cancelled: true, folderName: null, rows: [] }
        verifying = true
        try {
          const runId = newRunId()
          const { files, problems, skipped } = await collectFiles([folder])
          // The campaign folder's own files (roster, issued requests) are not attestations.
          const outside = (f: string) => !path.resolve(f).startsWith(path.resolve(dir) + path.sep)
          const inside = files.filter(outside)
          // Entries that were not read (links, FIFOs…) are shown as rows that say why.
          const notRead = [
            ...problems.map((p) => ({ path: p.path, why: p.message })),
            ...skipped.map((e) => ({ path: e.path, why: e.reason })),
          ]
            .filter((e) => outside(e.path))
            .map((e) => prepareFile(e.path, null, e.why))
          const total = inside.length + notRead.length
          deps.emit({ type: 'verify-progress', runId, done: 0, total, fileName: null })
          const prepared = [...(await prepareFiles(inside)), ...notRead]
          const verified = await verifyPrepared(ref, runId, prepared, false)
          return { cancelled: false, folderName: path.basename(folder), rows: verified.map((v) => v.row) }
        } finally {
          verifying = false
        }
      }),

    cisoVerifyDropped: (request: ValidRequestOf<'cisoVerifyDropped'>): Promise<VerifyFolderResult> =>
      cisoOp(async () => {
        const ref = requireCampaign()
        if (verifying) throw new ServiceError('BUSY', mainMsg('main.error.verifyRunning'))
        await requireSigner(ref)
        verifying = true
        try {
          const runId = newRunId()
          const inputs = droppedInputs(request.files)
          deps.emit({ type: 'verify-progress', runId, done: 0, total: inputs.length, fileName: null })
          const verified = await verifyPrepared(ref, runId, prepareInMemory(inputs), true)
          return { cancelled: false, folderName: null, rows: verified.map((v) => v.row) }
        } finally {
          verifying = false
        }
      }),

    cisoListRoster: (): Promise<{ readonly entries: readonly RosterEntry[] }> =>
      cisoOp(async () => {
        const roster = await loadRoster(requireCampaign())
        const byFp = new Map(roster.devices.map((d) => [d.fingerprint, d]))
        return {
          entries: rosterRows(roster, deps.now(), reattestDaysOf(roster)).map((r) =>
            entryOf(r, byFp.get(r.fingerprint)),
          ),
        }
      }),

    cisoEnroll: (request: ValidRequestOf<'cisoEnroll'>): Promise<RosterEntry> =>
      cisoOp(async () => {
        const ref = requireCampaign()
        const target = lastRows.find((v) => v.row.rowId === request.rowId)
        if (target === undefined) throw new ServiceError('NOT_FOUND', mainMsg('main.error.rowGone'))
        if (!target.row.enrollable)
          throw new ServiceError(
            'NOT_ALLOWED',
            mainMsg('main.error.cannotEnroll', { file: target.row.fileName }),
          )
        const bytes = bytesOf(target)
        const dropped = bytes !== undefined ? { bytes } : {}
        const { device } = await enrollDevice(ref, target.file, {
          staffId: request.staffId,
          now: deps.now(),
          unlock: unlocker(ref),
          // The CISO confirmed this fingerprint out of band in the UI; enroll only that exact key.
          confirm: async (preview) => preview.fingerprint === request.fingerprint,
          ...dropped,
        })
        return entryFor(await loadRoster(ref), device.fingerprint)
      }),

    cisoRevoke: (request: ValidRequestOf<'cisoRevoke'>): Promise<RosterEntry> =>
      cisoOp(async () => {
        const ref = requireCampaign()
        const [device] = await revokeDevices(ref, request.fingerprint, {
          reason: request.reason ?? null,
          now: deps.now(),
          unlock: unlocker(ref),
        })
        if (device === undefined) throw new ServiceError('NOT_FOUND', mainMsg('main.error.deviceNotInRoster'))
        return entryFor(await loadRoster(ref), device.fingerprint)
      }),

    cisoOffboard: (request: ValidRequestOf<'cisoOffboard'>): Promise<RosterEntry> =>
      cisoOp(async () => {
        const ref = requireCampaign()
        const final = lastRows.find(
          (v) =>
            v.row.keyFingerprint === request.fingerprint &&
            v.row.purpose === 'offboarding' &&
            (v.row.outcome === 'ACCEPTED' || v.row.outcome === 'ALREADY_RECORDED'),
        )
        if (final === undefined) {
          throw new ServiceError('NOT_ALLOWED', mainMsg('main.error.offboardNeedsFinal'))
        }
        const bytes = bytesOf(final)
        const { device } = await offboardDevice(ref, final.file, {
          now: deps.now(),
          unlock: unlocker(ref),
          ...(bytes !== undefined ? { bytes } : {}),
        })
        return entryFor(await loadRoster(ref), device.fingerprint)
      }),

    cisoExportCsv: (request: ValidRequestOf<'cisoExportCsv'>): Promise<SaveFileResult> =>
      cisoOp(async () => {
        const ref = requireCampaign()
        let csv: string
        if (request.what === 'verification') {
          if (lastRows.length === 0)
            throw new ServiceError('NOT_FOUND', mainMsg('main.error.nothingToExport'))
          csv = csvAlwaysQuoted(
            [
              'file',
              'outcome',
              'result',
              'staffId',
              'deviceLabel',
              'purpose',
              'collectedAt',
              'failingChecks',
              'fingerprint',
              'detail',
              'practices',
              'unmetPractices',
            ],
            lastRows.map(({ row: r }) => [
              r.fileName,
              r.outcome,
              r.result,
              r.staffId,
              r.deviceLabel,
              r.purpose,
              r.collectedAt,
              r.failingChecks.join(' '),
              r.keyFingerprint,
              r.detail,
              r.practicesResult ?? '',
              (r.unmetPractices ?? []).join(' '),
            ]),
          )
        } else {
          const roster = await loadRoster(ref)
          csv = csvAlwaysQuoted(
            [
              'staffId',
              'deviceLabel',
              'platform',
              'status',
              'enrolledAt',
              'lastCollectedAt',
              'lastPurpose',
              'lastResult',
              'failingChecks',
              'stale',
              'fingerprint',
              'practices',
              'unmetPractices',
            ],
            rosterRows(roster, deps.now(), reattestDaysOf(roster)).map((r) => [
              r.staffId,
              r.deviceLabel,
              r.platform,
              r.status,
              r.enrolledAt,
              r.lastCollectedAt,
              r.lastPurpose,
              r.lastResult,
              r.failingChecks.join(' '),
              r.stale,
              r.fingerprint,
              r.practices?.result ?? '',
              (r.practices?.unmet ?? []).join(' '),
            ]),
          )
        }
        const stamp = deps.now().toISOString().slice(0, 10)
        const target = await deps.dialogs.chooseSaveFile({
          title: dialogText(deps, 'main.dialog.exportCsv'),
          defaultName: `preflight-${request.what}-${stamp}.csv`,
          filters: [{ name: dialogText(deps, 'main.filter.csv'), extensions: ['csv'] }],
        })
        if (target === null) return { saved: false, fileName: null }
        try {
          await writeFileAtomic(target, csv, { mode: 0o644 })
        } catch (err) {
          throw new ServiceError('IO_ERROR', describeWriteError(target, err))
        }
        return { saved: true, fileName: path.basename(target) }
      }),
  }
}
