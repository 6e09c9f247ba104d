/**
 * What the staff screens show for a practice, from main's view and the ticks: the same rules as
 * the attestation (shared/practices.ts answerPractice), for display only. What is signed is always
 * computed again by main from its own run and the ids sent.
 */
import type { PracticeView } from '../../../shared/ipc-contract'
import type { PracticeResult } from '../../../shared/practices'

/** Whether the practice is shown under "What Preflight measured" (else "What you confirm"). */
export function isMeasured(view: PracticeView): boolean {
  return view.evidence === 'measured' && view.measured?.result !== 'not-applicable'
}

/** The state of one practice given the ticks. */
export function practiceState(view: PracticeView, confirmed: ReadonlySet<string>): PracticeResult {
  const m = view.evidence === 'measured' ? view.measured?.result : undefined
  if (m === 'found') return 'found'
  if (confirmed.has(view.id)) return 'confirmed'
  if (!isMeasured(view)) return 'not-confirmed'
  return m === 'not-found' ? 'not-found' : 'unknown'
}

/** Required practices that are found or confirmed, and how many are required. */
export function requiredProgress(
  views: readonly PracticeView[],
  confirmed: ReadonlySet<string>,
): { readonly done: number; readonly total: number } {
  const required = views.filter((v) => v.level === 'required')
  const done = required.filter((v) => {
    const s = practiceState(v, confirmed)
    return s === 'found' || s === 'confirmed'
  }).length
  return { done, total: required.length }
}

/** The ticks that belong to these practices (what to send with a preview or export). */
export function confirmedAmong(views: readonly PracticeView[], confirmed: ReadonlySet<string>): string[] {
  return views.filter((v) => v.confirmable && confirmed.has(v.id)).map((v) => v.id)
}
