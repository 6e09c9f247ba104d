/**
 * The campaign at a glance: what the CISO dashboard shows, computed in main from the signed roster
 * alone (main/ciso/dashboard.ts) and sent to the renderer as this compact summary (never the roster).
 * Definitions (docs/ciso.md, "The campaign at a glance"):
 *
 * - Laptops are the roster's **active** device keys; revoked and offboarded keys are only counted
 *   apart (`revoked`, `offboarded`) and never in pass/fail/overdue or the charts.
 * - **overdue**: an active laptop whose newest accepted attestation was collected more than
 *   `reattestDays` days ago (the campaign's re-attestation interval: the newest accepted policy's
 *   `reattestation.intervalDays`, else the roster's; the same rule as STALE in `ciso roster`).
 * - **pass / fail / unknown**: the result of the newest accepted attestation of an active laptop that
 *   is not overdue (so the five counts do not overlap).
 * - **never attested**: active laptops without any accepted attestation, plus staff who were sent a
 *   request but have no laptop in the roster at all (they never answered their first request).
 * - Offboarding, per staffer who was sent an offboarding request: **received** when one of those
 *   requests was answered with an accepted final attestation, **offboarded** when their laptop key is
 *   marked offboarded (and none is active), **missing** when nothing was received and every
 *   offboarding request's answer window has closed (its expiry plus 72 hours, as `ciso verify`
 *   allows), **waiting** otherwise.
 */

/** Most overdue laptops listed in the summary (the longest overdue). */
export const OVERDUE_ROWS_MAX = 1000

/** How many laptops' newest attestation does not pass one check or practice. */
export interface FailureCount {
  /** A check id (shared/check-types.ts) or a practice id, as the roster records it. */
  readonly id: string
  readonly count: number
  /**
   * (practices) The practice's title in the reader's language, from the newest accepted policy (or
   * the built-in one) when it still lists the id; absent for checks and for ids no policy names.
   */
  readonly title?: string
}

/** One bar of the freshness histogram: laptops whose newest attestation is this old. */
export interface FreshnessBucket {
  /** Age in days, inclusive. */
  readonly fromDays: number
  /** Age in days, exclusive; null for the last, open bucket. */
  readonly toDays: number | null
  readonly count: number
  /** True for ages beyond the re-attestation interval. */
  readonly overdue: boolean
}

/** An overdue laptop. */
export interface OverdueRow {
  readonly staffId: string
  readonly deviceLabel: string
  readonly lastCollectedAt: string
  /** Whole days since `lastCollectedAt`. */
  readonly ageDays: number
  readonly lastResult: 'pass' | 'fail' | 'unknown'
  /** Expiry of a periodic request already sent and still open (not answered, not expired), or null. */
  readonly openRequestUntil: string | null
}

export type OffboardingState = 'waiting' | 'missing' | 'received' | 'offboarded'

/** A staffer who was sent an offboarding request. */
export interface OffboardingRow {
  readonly staffId: string
  /** Labels of their laptops in the roster (any status). */
  readonly deviceLabels: readonly string[]
  /** Newest offboarding request. */
  readonly requestedAt: string
  /** When the last answer window closes (the latest expiry of their offboarding requests + 72 h). */
  readonly windowClosesAt: string
  readonly state: OffboardingState
}

export interface CampaignDashboard {
  /** The clock the summary was computed at. */
  readonly at: string
  readonly org: string
  /** Roster revision summarised. */
  readonly revision: number
  /** The re-attestation interval, days. */
  readonly reattestDays: number
  readonly counts: {
    readonly activeLaptops: number
    readonly pass: number
    readonly fail: number
    readonly unknown: number
    readonly overdue: number
    readonly neverAttested: number
    /** Of neverAttested: staff with a request but no laptop in the roster. */
    readonly neverAttestedStaff: number
    readonly revoked: number
    readonly offboarded: number
  }
  /** Active laptops whose newest attestation is known (the denominator of the failure charts). */
  readonly attestedLaptops: number
  /** Required checks not passing in the newest attestation of active laptops, most first. */
  readonly failingChecks: readonly FailureCount[]
  /** Active laptops whose newest attestation was judged on practices (their denominator). */
  readonly practicesJudged: number
  /** Required practices not measured or confirmed, most first. */
  readonly unmetPractices: readonly FailureCount[]
  readonly freshness: readonly FreshnessBucket[]
  /**
   * Overdue laptops, oldest attestation first: at most OVERDUE_ROWS_MAX of them (`counts.overdue` is
   * the total), so the summary stays small; the overdue action asks every one of them.
   */
  readonly overdue: readonly OverdueRow[]
  /** Staff with at least one overdue laptop (one request each). */
  readonly overduePeople: number
  readonly offboarding: {
    /** Staff sent an offboarding request. */
    readonly requested: number
    /** Their final attestation was accepted (those since offboarded included). */
    readonly received: number
    readonly offboarded: number
    readonly missing: number
    readonly waiting: number
    /** Missing first, then waiting, received, offboarded; newest request first within each. */
    readonly rows: readonly OffboardingRow[]
  }
}
