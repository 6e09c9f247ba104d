import { describe, expect, it } from 'vitest'
import { ageDays, formatAge, formatDate, formatDateTime } from '../../../renderer/app/format'

const NOW = Date.parse('2026-11-24T06:00:00Z')

describe('formatAge', () => {
  it('uses the largest whole unit, in the past and the future', () => {
    expect(formatAge('2026-11-21T06:00:00Z', NOW)).toBe('3 days ago')
    expect(formatAge('2026-11-23T06:00:00Z', NOW)).toBe('yesterday')
    expect(formatAge('2026-11-24T04:00:00Z', NOW)).toBe('2 hours ago')
    expect(formatAge('2026-11-24T06:00:20Z', NOW)).toBe('now')
    expect(formatAge('2026-11-24T08:30:00Z', NOW)).toBe('in 2 hours')
    expect(formatAge('2025-10-01T00:00:00Z', NOW)).toBe('last year')
  })
  it('returns an empty string for a date it cannot read', () => {
    expect(formatAge('not a date', NOW)).toBe('')
  })
})

describe('formatDateTime / formatDate', () => {
  it('formats valid dates and passes anything else through unchanged', () => {
    expect(formatDate('2026-11-24T06:00:00Z')).toMatch(/2026/)
    expect(formatDateTime('2026-11-24T06:00:00Z')).toMatch(/2026/)
    expect(formatDateTime('garbage')).toBe('garbage')
  })
})

describe('ageDays', () => {
  it('counts whole days and handles missing dates', () => {
    expect(ageDays('2026-11-20T07:00:00Z', NOW)).toBe(3)
    expect(ageDays(null, NOW)).toBeNull()
    expect(ageDays('nope', NOW)).toBeNull()
  })
})
