/**
 * State of a check run as the dashboard sees it: results arrive one by one as events while
 * `runChecks()` is pending, then the returned Report replaces them (main's report is the
 * authority). A pure reducer, unit-tested without React.
 */
import { CHECK_IDS, type CheckId, type CheckResult, type Report } from '../../../shared/check-types'

export type RunPhase = 'idle' | 'running' | 'done' | 'error'

export interface RunState {
  readonly phase: RunPhase
  /** Run id of the events being shown; events of any other run are ignored. */
  readonly runId: string | null
  /** Checks that have started (in start order). */
  readonly started: readonly CheckId[]
  /** Results received so far, by check id. */
  readonly results: Readonly<Partial<Record<CheckId, CheckResult>>>
  /** The last completed report (kept while a new run is in progress so the page does not go blank). */
  readonly report: Report | null
  readonly error: string | null
}

export type RunAction =
  | { readonly type: 'start' }
  | { readonly type: 'check-started'; readonly runId: string; readonly id: CheckId }
  | { readonly type: 'check-result'; readonly runId: string; readonly result: CheckResult }
  | { readonly type: 'finished'; readonly report: Report }
  | { readonly type: 'failed'; readonly message: string }

export const INITIAL_RUN_STATE: RunState = {
  phase: 'idle',
  runId: null,
  started: [],
  results: {},
  report: null,
  error: null,
}

/** Accept an event only while running, and only from the first run id seen in this run. */
function acceptRun(state: RunState, runId: string): RunState | null {
  if (state.phase !== 'running') return null
  if (state.runId !== null && state.runId !== runId) return null
  return state.runId === null ? { ...state, runId } : state
}

/** The reducer. */
export function runReducer(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'start':
      return { ...state, phase: 'running', runId: null, started: [], results: {}, error: null }
    case 'check-started': {
      const s = acceptRun(state, action.runId)
      if (s === null || s.started.includes(action.id)) return s ?? state
      return { ...s, started: [...s.started, action.id] }
    }
    case 'check-result': {
      const s = acceptRun(state, action.runId)
      if (s === null) return state
      const id = action.result.id
      return {
        ...s,
        started: s.started.includes(id) ? s.started : [...s.started, id],
        results: { ...s.results, [id]: action.result },
      }
    }
    case 'finished': {
      const results: Partial<Record<CheckId, CheckResult>> = {}
      for (const r of action.report.checks) results[r.id] = r
      return {
        phase: 'done',
        runId: state.runId,
        started: action.report.checks.map((r) => r.id),
        results,
        report: action.report,
        error: null,
      }
    }
    case 'failed':
      return { ...state, phase: 'error', error: action.message }
  }
}

/** Results to display, in the canonical check order (not arrival order). */
export function visibleResults(state: RunState): readonly CheckResult[] {
  const out: CheckResult[] = []
  for (const id of CHECK_IDS) {
    const r = state.results[id]
    if (r !== undefined) out.push(r)
  }
  return out
}

/** Checks started but not finished yet, in canonical order. */
export function pendingChecks(state: RunState): readonly CheckId[] {
  if (state.phase !== 'running') return []
  return CHECK_IDS.filter((id) => state.started.includes(id) && state.results[id] === undefined)
}

/** How many checks the current run has finished, out of how many. */
export function progress(state: RunState): { readonly done: number; readonly total: number } {
  return { done: Object.keys(state.results).length, total: CHECK_IDS.length }
}

/** Checks that did not pass in the latest results (fail first, then unknown), for the Fix screen. */
export function needsAttention(results: readonly CheckResult[]): readonly CheckResult[] {
  const rank = (r: CheckResult): number => (r.status === 'fail' ? 0 : r.status === 'unknown' ? 1 : 2)
  return results
    .filter((r) => r.status === 'fail' || r.status === 'unknown')
    .sort((a, b) => rank(a) - rank(b))
}
