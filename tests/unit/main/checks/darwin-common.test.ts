/**
 * The macOS version helper, and the macOS remediation catalogue: every id the darwin strategies can
 * return has words, a safe deep link and a duration.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProductVersion, remediationForVersion } from '../../../../main/checks/darwin-common'
import { DEEP_LINK_SCHEMES, getRemediation } from '../../../../shared/remediation/catalogue'
import { DARWIN_REMEDIATIONS } from '../../../../shared/remediation/darwin'
import { REMEDIATION_DARWIN_EN } from '../../../../shared/i18n/en/remediation-darwin'

describe('parseProductVersion', () => {
  it.each([
    ['ProductName:\t\tmacOS\nProductVersion:\t\t15.7.2\nBuildVersion:\t\t24G325\n', 15, '15.7.2'],
    ['ProductName:\tmacOS\nProductVersion:\t12.7.6\nBuildVersion:\t21H1320\n', 12, '12.7.6'],
    [
      'ProductName:\t\tmacOS\nProductVersion:\t\t13.3.1\nProductVersionExtra:\t(a)\nBuildVersion:\t\t22E772610a\n',
      13,
      '13.3.1',
    ],
    ['26.1\n', 26, '26.1'],
    ['ProductName:\tMac OS X\nProductVersion:\t10.14.6\nBuildVersion:\t18G9323\n', 10, '10.14.6'],
    ['ProductName:\tMac OS X\nProductVersion:\t10.15.7\nBuildVersion:\t19H2026\n', 10, '10.15.7'],
    ['10.10\n', 10, '10.10'],
  ])('%j → %i', (text, major, version) => {
    expect(parseProductVersion(text)).toEqual({ major, text: version })
  })

  it.each([
    '',
    'ProductVersion:\t\t10.16\n',
    'ProductVersion:\t10.9.5\n',
    '10\n',
    'garbage\nmore\n',
    'ProductVersion:\t\tfifteen\n',
  ])('%j → null', (text) => {
    expect(parseProductVersion(text)).toBeNull()
  })
})

describe('remediationForVersion', () => {
  it('uses the System Preferences wording only on macOS 12 and earlier', () => {
    expect(remediationForVersion('x.darwin.y', { major: 12, text: '12.7.6' })).toBe('x.darwin.y.macos12')
    expect(remediationForVersion('x.darwin.y', { major: 13, text: '13.0' })).toBe('x.darwin.y')
    expect(remediationForVersion('x.darwin.y', null)).toBe('x.darwin.y')
    expect(remediationForVersion('x.darwin.y', { major: 10, text: '10.15.7' })).toBe('x.darwin.y.macos12')
  })
})

describe('macOS remediation catalogue', () => {
  const ids = Object.keys(DARWIN_REMEDIATIONS)

  it('has words for every id and no orphan words', () => {
    expect(Object.keys(REMEDIATION_DARWIN_EN).sort()).toEqual([...ids].sort())
  })

  it.each(ids)('%s is complete and safe', (id) => {
    const r = getRemediation(id)
    expect(r).not.toBeNull()
    if (r === null) return
    expect(r.title.length).toBeGreaterThan(5)
    expect(r.why.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(2)
    expect(r.steps.length).toBeGreaterThanOrEqual(3)
    expect(r.duration).toMatch(/minute|hour|wait/i)
    expect(r.minutes).toBeGreaterThan(0)
    if (r.deepLink !== null) {
      expect(r.deepLink.startsWith('x-apple.systempreferences:')).toBe(true)
      expect(DEEP_LINK_SCHEMES.some((s) => r.deepLink?.startsWith(s))).toBe(true)
    }
    // Each fix speaks of the settings app of its own macOS release.
    const text = r.steps.join(' ')
    if (id.endsWith('.macos12')) expect(text).toContain('System Preferences')
    else if (r.deepLink !== null) expect(text).toContain('System Settings')
  })

  it('pairs each System Settings fix with a System Preferences one where the app differs', () => {
    for (const base of [
      'disk-encryption.darwin.turn-on',
      'firewall.darwin.turn-on',
      'screen-lock.darwin.configure',
      'auto-updates.darwin.turn-on',
    ]) {
      expect(ids).toContain(base)
      expect(ids).toContain(`${base}.macos12`)
      expect(DARWIN_REMEDIATIONS[base]?.deepLink).not.toBe(DARWIN_REMEDIATIONS[`${base}.macos12`]?.deepLink)
    }
  })

  it('FileVault says encryption continues in the background', () => {
    expect(DARWIN_REMEDIATIONS['disk-encryption.darwin.turn-on']?.continuesInBackground).toBe(true)
    expect(getRemediation('disk-encryption.darwin.turn-on')?.duration).toMatch(/background/)
  })

  it('every remediation id written in a darwin strategy is catalogued', () => {
    const dir = path.resolve(__dirname, '../../../../main/checks')
    for (const check of ['disk-encryption', 'firewall', 'screen-lock', 'auto-updates']) {
      const src = readFileSync(path.join(dir, check, 'darwin.ts'), 'utf8')
      const literal = [...src.matchAll(/'([a-z-]+\.(?:darwin\.[a-z-]+|unknown))'/g)].map(
        (m) => m[1] as string,
      )
      expect(literal.length, check).toBeGreaterThan(0)
      for (const id of literal) {
        expect(getRemediation(id), id).not.toBeNull()
        if (id.includes('.darwin.') && ids.includes(`${id}.macos12`))
          expect(getRemediation(`${id}.macos12`)).not.toBeNull()
      }
    }
  })
})
