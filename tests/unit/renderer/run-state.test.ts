import { describe, expect, it } from 'vitest'
import { CHECK_IDS, type CheckId, type CheckResult, type Report } from '../../../shared/check-types'
import {
  INITIAL_RUN_STATE,
  needsAttention,
  pendingChecks,
  progress,
  runReducer,
  visibleResults,
  type RunAction,
  type RunState,
} from '../../../renderer/features/checks/run-state'

function result(id: CheckId, status: CheckResult['status'] = 'pass'): CheckResult {
  return {
    id,
    status,
    level: 'required',
    durationMs: 1,
    summary: `${id} ${status}`,
    observed: [],
    requirement: '',
    remediationId: `${id}.unknown`,
    sources: [],
  }
}

function report(checks: CheckResult[]): Report {
  return {
    format: 'preflight-report/v1',
    platform: 'linux',
    arch: 'x64',
    hostKind: 'physical-or-unknown',
    os: null,
    desktop: null,
    collectedAt: '2026-11-24T06:00:00Z',
    policy: { id: 'default', version: 1, digest: 'x' },
    osSupportDataAsOf: '2026-11-01',
    checks,
    overall: 'pass',
    producer: { name: 'preflight', version: '0.1.0' },
    replayed: true,
  }
}

const apply = (actions: RunAction[], from: RunState = INITIAL_RUN_STATE): RunState =>
  actions.reduce(runReducer, from)

describe('runReducer', () => {
  it('shows results as they arrive, in canonical order, and counts progress', () => {
    const s = apply([
      { type: 'start' },
      { type: 'check-started', runId: 'r1', id: 'firewall' },
      { type: 'check-started', runId: 'r1', id: 'os-version' },
      { type: 'check-result', runId: 'r1', result: result('firewall', 'fail') },
    ])
    expect(s.phase).toBe('running')
    expect(visibleResults(s).map((r) => r.id)).toEqual(['firewall'])
    expect(pendingChecks(s)).toEqual(['os-version'])
    expect(progress(s)).toEqual({ done: 1, total: CHECK_IDS.length })
  })

  it('ignores events of another run and events outside a run', () => {
    const s = apply([
      { type: 'check-result', runId: 'old', result: result('firewall') },
      { type: 'start' },
      { type: 'check-started', runId: 'r1', id: 'firewall' },
      { type: 'check-result', runId: 'r0', result: result('screen-lock') },
    ])
    expect(visibleResults(s)).toEqual([])
    expect(s.runId).toBe('r1')
  })

  it('replaces streamed results with the final report', () => {
    const final = report([result('os-version'), result('firewall', 'unknown')])
    const s = apply([
      { type: 'start' },
      { type: 'check-result', runId: 'r1', result: result('firewall', 'fail') },
      { type: 'finished', report: final },
    ])
    expect(s.phase).toBe('done')
    expect(s.report).toBe(final)
    expect(s.results.firewall?.status).toBe('unknown')
    // A late event after the run ended changes nothing.
    expect(runReducer(s, { type: 'check-result', runId: 'r1', result: result('firewall', 'pass') })).toBe(s)
  })

  it('keeps the previous report while a new run is in progress and records failures', () => {
    const first = apply([{ type: 'start' }, { type: 'finished', report: report([result('firewall')]) }])
    const again = runReducer(first, { type: 'start' })
    expect(again.report).toBe(first.report)
    expect(visibleResults(again)).toEqual([])
    const failed = runReducer(again, { type: 'failed', message: 'busy' })
    expect(failed).toMatchObject({ phase: 'error', error: 'busy' })
  })
})

describe('needsAttention', () => {
  it('lists failing checks before unknown ones and leaves out the rest', () => {
    const list = needsAttention([
      result('os-version', 'unknown'),
      result('disk-encryption', 'pass'),
      result('firewall', 'fail'),
      result('screen-lock', 'not-applicable'),
      result('auto-updates', 'fail'),
    ])
    expect(list.map((r) => r.id)).toEqual(['firewall', 'auto-updates', 'os-version'])
  })
})
