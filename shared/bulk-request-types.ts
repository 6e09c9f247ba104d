/**
 * Requests in bulk as the app shows them (the builder is main/ciso/bulk-requests.ts, the list parser
 * main/ciso/staff-list.ts; the CLI is `preflight ciso request --staff-list`).
 */
import type { Purpose } from './attestation-types'
import type { Msg } from './i18n/msg'

/** Most characters of a staff list sent from the renderer (the CLI reads at most 4 MiB too). */
export const STAFF_LIST_MAX_CHARS = 4 * 1024 * 1024

/** A bad line of a staff list (line 0: the list as a whole). */
export interface StaffListProblem {
  readonly line: number
  /** English (logs, `formatProblems`, old callers). */
  readonly message: string
  /** (v1.10) `message` as a message of the `main` catalogue (main.staffList.*), for the reader's language. */
  readonly text?: Msg
}

/** A valid line of a staff list. */
export interface StaffListLine {
  readonly line: number
  readonly staffId: string
  readonly name: string
  readonly purpose: Purpose
}

/** Result of checking a staff list (nothing is issued). */
export interface StaffListCheck {
  readonly entries: readonly StaffListLine[]
  /** Empty when requests can be issued for the whole list. */
  readonly problems: readonly StaffListProblem[]
}

/** Result of reading a staff list file chosen in main's open dialog. */
export interface StaffListFile {
  readonly cancelled: boolean
  /** File name (no folder). */
  readonly fileName: string | null
  /** The file's text, for the paste box (the renderer sends it back to be checked and issued). */
  readonly text: string | null
}

/** What was issued. */
export interface BulkIssued {
  /** Name of the new folder main created inside the folder the CISO chose. */
  readonly folderName: string
  readonly count: number
  readonly byPurpose: Readonly<Record<Purpose, number>>
  readonly policy: { readonly id: string; readonly version: number }
  /** True when no policy had been signed, so the built-in defaults were signed as "default" v1. */
  readonly signedDefaultPolicy: boolean
  readonly notAfter: string
  /** The mail-merge file inside the folder. */
  readonly indexFileName: string
}

/**
 * Result of issuing requests in bulk: `problems` (nothing issued, no dialog shown), `cancelled` (the
 * folder dialog was cancelled, nothing issued), or `issued`.
 */
export interface BulkRequestsResult {
  readonly cancelled: boolean
  readonly problems: readonly StaffListProblem[]
  readonly issued: BulkIssued | null
}
