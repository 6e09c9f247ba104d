/**
 * CISO mode, issue 10: requests in bulk (from a pasted or chosen staff list, to the dashboard's
 * overdue staff, and final attestations for offboarding) and the campaign dashboard. The work is
 * main/ciso (staff-list.ts, bulk-requests.ts, dashboard.ts, shared with `preflight ciso`); this adds
 * main's dialogs, the campaign opened in this session and error codes. The renderer never sends a
 * path: main asks for the list file and the output folder itself, and creates a new folder inside
 * the chosen one, so no earlier request is replaced.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { BulkRequestsResult, StaffListFile } from '../../shared/bulk-request-types'
import type { CampaignDashboard } from '../../shared/dashboard-types'
import { PURPOSES, type Purpose } from '../../shared/attestation-types'
import type { ValidRequestOf } from '../../shared/ipc-contract'
import { staffIdKey } from '../../shared/roster-types'
import { REQUEST_VALIDITY_DAYS } from '../attestation/formats'
import { BulkRequestError, INDEX_FILE, issueBulkRequests } from '../ciso/bulk-requests'
import { campaignDashboard, overdueStaff } from '../ciso/dashboard'
import { IssueError } from '../ciso/issue'
import { loadRoster, type CampaignRef, type KeyUnlocker } from '../ciso/roster-store'
import { MAX_STAFF_LIST_CHARS, parseStaffList, type StaffListEntry } from '../ciso/staff-list'
import { DEFAULT_POLICY, type Policy } from '../../shared/policy'
import { resolvePracticeWords } from '../../shared/practices'
import { displayLanguage } from './app-services'
import { currentPolicy } from './ciso-policy-services'
import { ServiceError } from './errors'
import { mainMsg } from './main-text'
import { dialogText } from './app-services'
import type { ServiceDeps } from './types'

/** What these services borrow from the CISO services (the open campaign and the key session). */
export interface CisoContext {
  readonly requireCampaign: () => CampaignRef
  readonly unlocker: (ref: CampaignRef) => KeyUnlocker
  /** Throws CISO_KEY_LOCKED when a write would need a key the session does not hold. */
  readonly requireSigner: (ref: CampaignRef) => Promise<void>
  /** Runs a CISO operation: main/ciso errors mapped to ServiceErrors, the idle countdown restarted. */
  readonly mapped: <T>(fn: () => Promise<T>) => Promise<T>
}

function mapIssueErrors(err: unknown): unknown {
  if (err instanceof BulkRequestError) return new ServiceError('IO_ERROR', capitalise(err.message))
  if (err instanceof IssueError)
    return new ServiceError(err.kind === 'io' ? 'IO_ERROR' : 'NOT_ALLOWED', capitalise(err.message))
  return err
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** A new folder name inside `parent`: preflight-<what>-<date>, then -2, -3, … */
async function newFolderIn(parent: string, what: string, now: Date): Promise<string> {
  const base = `preflight-${what}-${now.toISOString().slice(0, 10)}`
  for (let k = 1; k < 1000; k++) {
    const candidate = path.join(parent, k === 1 ? base : `${base}-${k}`)
    try {
      await fs.lstat(candidate)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return candidate
      throw new ServiceError(
        'IO_ERROR',
        mainMsg('main.error.cannotUseFolder', { folder: parent, error: (err as Error).message }),
      )
    }
  }
  throw new ServiceError('IO_ERROR', mainMsg('main.error.tooManyRequestFolders', { folder: parent }))
}

/** CISO services of issue 10, over the CISO services' context. */
export function createCisoRequestServices(deps: ServiceDeps, ctx: CisoContext) {
  /** Choose the output folder, then issue (after checking the key is usable, before any dialog). */
  async function issue(
    ref: CampaignRef,
    entries: readonly StaffListEntry[],
    what: string,
    validDays: number | undefined,
  ): Promise<BulkRequestsResult> {
    await ctx.requireSigner(ref)
    const parent = await deps.dialogs.chooseFolder({
      title: dialogText(deps, 'main.dialog.chooseRequestsPlace'),
    })
    if (parent === null) return { cancelled: true, problems: [], issued: null }
    const now = deps.now()
    const outDir = await newFolderIn(parent, what, now)
    try {
      const r = await issueBulkRequests(ref, {
        entries,
        outDir,
        validDays: validDays ?? REQUEST_VALIDITY_DAYS,
        now,
        unlock: ctx.unlocker(ref),
      })
      const byPurpose = Object.fromEntries(PURPOSES.map((p) => [p, 0])) as Record<Purpose, number>
      for (const it of r.items) byPurpose[it.purpose]++
      return {
        cancelled: false,
        problems: [],
        issued: {
          folderName: path.basename(r.outDir),
          count: r.items.length,
          byPurpose,
          policy: r.policy,
          signedDefaultPolicy: r.policySignedNow === 'defaults',
          notAfter: r.notAfter,
          indexFileName: INDEX_FILE,
        },
      }
    } catch (err) {
      throw mapIssueErrors(err)
    }
  }

  /** Entries for staff taken from the roster (no names: the mail merge shows the staff id). */
  const fromRoster = (staffIds: readonly string[], purpose: Purpose): StaffListEntry[] =>
    staffIds.map((staffId, i) => ({ line: i + 1, staffId, name: '', purpose }))

  return {
    cisoReadStaffList: (): Promise<StaffListFile> =>
      ctx.mapped(async () => {
        const file = await deps.dialogs.chooseOpenFile({
          title: dialogText(deps, 'main.dialog.chooseStaffList'),
          filters: [{ name: dialogText(deps, 'main.filter.staffList'), extensions: ['csv', 'txt'] }],
        })
        if (file === null) return { cancelled: true, fileName: null, text: null }
        let text: string
        try {
          const st = await fs.stat(file)
          if (!st.isFile())
            throw new ServiceError('IO_ERROR', mainMsg('main.error.notAFile', { file: path.basename(file) }))
          if (st.size > MAX_STAFF_LIST_CHARS)
            throw new ServiceError(
              'IO_ERROR',
              mainMsg('main.error.staffListTooLarge', { file: path.basename(file) }),
            )
          text = await fs.readFile(file, 'utf8')
        } catch (err) {
          if (err instanceof ServiceError) throw err
          throw new ServiceError(
            'IO_ERROR',
            mainMsg('main.error.couldNotRead', { file: path.basename(file), error: (err as Error).message }),
          )
        }
        return { cancelled: false, fileName: path.basename(file), text }
      }),

    cisoCheckStaffList: (request: ValidRequestOf<'cisoCheckStaffList'>) =>
      ctx.mapped(async () =>
        parseStaffList(
          request.text,
          request.purpose !== undefined ? { defaultPurpose: request.purpose } : {},
        ),
      ),

    cisoIssueBulkRequests: (request: ValidRequestOf<'cisoIssueBulkRequests'>): Promise<BulkRequestsResult> =>
      ctx.mapped(async () => {
        const ref = ctx.requireCampaign()
        // Parsed again here: main never trusts the renderer's copy of the check.
        const list = parseStaffList(
          request.text,
          request.purpose !== undefined ? { defaultPurpose: request.purpose } : {},
        )
        if (list.problems.length > 0) return { cancelled: false, problems: list.problems, issued: null }
        return issue(ref, list.entries, 'requests', request.validDays)
      }),

    cisoDashboard: (): Promise<CampaignDashboard> =>
      ctx.mapped(async () => {
        const ref = ctx.requireCampaign()
        const roster = await loadRoster(ref)
        const summary = campaignDashboard(roster, deps.now())
        if (summary.unmetPractices.length === 0) return summary
        // Practice titles in the reader's language: the newest signed policy's words, else the
        // built-in ones; an id neither names stays as it is (the chart shows the id).
        let policy: Policy = DEFAULT_POLICY
        try {
          policy = (await currentPolicy(ref, roster))?.policy ?? DEFAULT_POLICY
        } catch {
          // A missing or replaced policy file: the built-in words still name the usual practices.
        }
        const lang = displayLanguage(deps)
        const titleOf = (id: string): string | null => {
          for (const p of [policy, DEFAULT_POLICY]) {
            const practice = p.practices.find((x) => x.id === id)
            if (practice !== undefined)
              return resolvePracticeWords(p.catalogue, practice, 'linux', lang).title
          }
          return null
        }
        return {
          ...summary,
          unmetPractices: summary.unmetPractices.map((f) => {
            const title = titleOf(f.id)
            return title === null ? f : { ...f, title }
          }),
        }
      }),

    cisoRequestOverdue: (request: ValidRequestOf<'cisoRequestOverdue'>): Promise<BulkRequestsResult> =>
      ctx.mapped(async () => {
        const ref = ctx.requireCampaign()
        const staff = overdueStaff(await loadRoster(ref), deps.now())
        if (staff.length === 0) throw new ServiceError('NOT_FOUND', mainMsg('main.error.nobodyOverdue'))
        return issue(ref, fromRoster(staff, 'periodic'), 'periodic-requests', request.validDays)
      }),

    cisoRequestOffboarding: (
      request: ValidRequestOf<'cisoRequestOffboarding'>,
    ): Promise<BulkRequestsResult> =>
      ctx.mapped(async () => {
        const ref = ctx.requireCampaign()
        const { offboarding } = campaignDashboard(await loadRoster(ref), deps.now())
        // Final attestations are asked again only from staff still being offboarded.
        const open = new Map(
          offboarding.rows
            .filter((r) => r.state === 'missing' || r.state === 'waiting')
            .map((r) => [staffIdKey(r.staffId), r]),
        )
        let staff: string[]
        if ('allMissing' in request) {
          staff = offboarding.rows.filter((r) => r.state === 'missing').map((r) => r.staffId)
          if (staff.length === 0) throw new ServiceError('NOT_FOUND', mainMsg('main.error.noFinalMissing'))
        } else {
          staff = request.staffIds.map((id) => {
            const row = open.get(staffIdKey(id))
            if (row === undefined)
              throw new ServiceError('NOT_ALLOWED', mainMsg('main.error.notWaitingForFinal', { id }))
            return row.staffId
          })
        }
        return issue(ref, fromRoster(staff, 'offboarding'), 'offboarding-requests', request.validDays)
      }),
  }
}
