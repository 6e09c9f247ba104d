import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REMEDIATION_WIN32_EN } from '../../../../../shared/i18n/en/remediation-win32'
import { DEEP_LINK_SCHEMES, getRemediation } from '../../../../../shared/remediation/catalogue'
import { WIN32_REMEDIATIONS } from '../../../../../shared/remediation/win32'

const ROOT = path.resolve(__dirname, '../../../../..')
const STRATEGIES = [
  'disk-encryption',
  'firewall',
  'screen-lock',
  'auto-updates',
  'remote-access',
  'login-protection',
].map((c) => path.join(ROOT, 'main/checks', c, 'win32.ts'))

describe('Windows guided fixes', () => {
  it('every id has meta and English words, and nothing extra', () => {
    expect(Object.keys(REMEDIATION_WIN32_EN).sort()).toEqual(Object.keys(WIN32_REMEDIATIONS).sort())
    for (const [id, text] of Object.entries(REMEDIATION_WIN32_EN)) {
      expect(text.title.length, id).toBeGreaterThan(0)
      expect(text.why.length, id).toBeGreaterThan(20)
      expect(text.steps.length, id).toBeGreaterThan(1)
      expect(text.duration.length, id).toBeGreaterThan(0)
      expect(
        id.startsWith('disk-encryption.win32.') ||
          /^(firewall|screen-lock|auto-updates|remote-access|login-protection)\.win32\./.test(id),
      ).toBe(true)
    }
  })

  it('deep links use an allowed scheme and parse as URLs', () => {
    for (const [id, meta] of Object.entries(WIN32_REMEDIATIONS)) {
      if (meta.deepLink === null) continue
      const link = meta.deepLink
      expect(
        DEEP_LINK_SCHEMES.some((s) => link.startsWith(s)),
        `${id}: ${link}`,
      ).toBe(true)
      expect(() => new URL(link), id).not.toThrow()
      expect(meta.minutes, id).toBeGreaterThan(0)
    }
  })

  it('disk encryption fixes say that work continues in the background where it does', () => {
    for (const id of ['disk-encryption.win32.bitlocker', 'disk-encryption.win32.device-encryption']) {
      expect(WIN32_REMEDIATIONS[id]?.continuesInBackground).toBe(true)
      expect(REMEDIATION_WIN32_EN[id]?.duration).toMatch(/background/)
    }
  })

  it('every remediation id written in a Windows strategy is catalogued', () => {
    const ids = new Set<string>()
    for (const file of STRATEGIES) {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(
        /'((?:disk-encryption|firewall|screen-lock|auto-updates|remote-access|login-protection)\.[a-z0-9.-]+)'/g,
      ))
        ids.add(m[1] as string)
    }
    expect(ids.size).toBeGreaterThan(10)
    for (const id of ids) expect(getRemediation(id), id).not.toBeNull()
  })
})
