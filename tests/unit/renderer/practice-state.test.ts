import { describe, expect, it } from 'vitest'
import type { PracticeView } from '../../../shared/ipc-contract'
import {
  confirmedAmong,
  isMeasured,
  practiceState,
  requiredProgress,
} from '../../../renderer/features/practices/practice-state'

function view(over: Partial<PracticeView> & Pick<PracticeView, 'id'>): PracticeView {
  return {
    level: 'required',
    evidence: 'declared',
    measured: null,
    confirmable: true,
    title: over.id,
    why: '',
    steps: [],
    services: [],
    help: [],
    ...over,
  }
}

const measured = (id: string, result: 'found' | 'not-found' | 'unknown' | 'not-applicable') =>
  view({
    id,
    evidence: 'measured',
    measured: { result, summary: '', observed: [], reason: null },
    confirmable: result !== 'found',
  })

describe('practice state on the staff screens', () => {
  it('follows the attestation rules: found, else the tick, else what was measured', () => {
    const none = new Set<string>()
    const ticked = new Set(['a', 'pm', 'fm', 'sig'])
    expect(practiceState(view({ id: 'a' }), none)).toBe('not-confirmed')
    expect(practiceState(view({ id: 'a' }), ticked)).toBe('confirmed')
    expect(practiceState(measured('sig', 'found'), none)).toBe('found')
    expect(practiceState(measured('sig', 'found'), ticked)).toBe('found')
    expect(practiceState(measured('pm', 'not-found'), none)).toBe('not-found')
    expect(practiceState(measured('pm', 'not-found'), ticked)).toBe('confirmed')
    expect(practiceState(measured('pm', 'unknown'), none)).toBe('unknown')
    // Not measured yet (no run): could not check.
    expect(practiceState(view({ id: 'x', evidence: 'measured' }), none)).toBe('unknown')
    // Nothing to measure here (Find My on Linux): a declared practice.
    expect(isMeasured(measured('fm', 'not-applicable'))).toBe(false)
    expect(practiceState(measured('fm', 'not-applicable'), none)).toBe('not-confirmed')
    expect(practiceState(measured('fm', 'not-applicable'), ticked)).toBe('confirmed')
  })

  it('counts required practices found or confirmed, and sends only ticks that can count', () => {
    const views = [
      view({ id: 'a' }),
      view({ id: 'b', level: 'recommended' }),
      measured('sig', 'found'),
      measured('pm', 'not-found'),
    ]
    expect(requiredProgress(views, new Set(['a', 'b']))).toEqual({ done: 2, total: 3 })
    expect(confirmedAmong(views, new Set(['a', 'sig', 'pm', 'other']))).toEqual(['a', 'pm'])
  })
})
