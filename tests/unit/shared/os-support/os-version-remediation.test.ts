import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEEP_LINK_SCHEMES, getRemediation } from '../../../../shared/remediation/catalogue'
import { OS_VERSION_REMEDIATIONS } from '../../../../shared/remediation/os-version'

const STRATEGY_DIR = path.resolve(__dirname, '../../../../main/checks/os-version')

describe('os-version fixes', () => {
  it('have English words, steps and allowed deep links', () => {
    for (const id of Object.keys(OS_VERSION_REMEDIATIONS)) {
      const r = getRemediation(id)
      expect(r, id).not.toBeNull()
      if (r === null) continue
      expect(r.steps.length, id).toBeGreaterThanOrEqual(2)
      expect(r.why.length, id).toBeGreaterThan(20)
      if (r.deepLink !== null)
        expect(
          DEEP_LINK_SCHEMES.some((s) => r.deepLink?.startsWith(s)),
          id,
        ).toBe(true)
    }
  })

  it('use the right Software Update pane per macOS generation and Windows Update on Windows', () => {
    expect(getRemediation('os-version.darwin.update')?.deepLink).toBe(
      'x-apple.systempreferences:com.apple.Software-Update-Settings.extension',
    )
    expect(getRemediation('os-version.darwin.upgrade.macos12')?.deepLink).toBe(
      'x-apple.systempreferences:com.apple.preferences.softwareupdate',
    )
    expect(getRemediation('os-version.win32.upgrade-11')?.deepLink).toBe('ms-settings:windowsupdate')
  })

  it('cover every remediation id the strategies can return', () => {
    const ids = new Set<string>()
    for (const f of readdirSync(STRATEGY_DIR).filter((n) => n.endsWith('.ts'))) {
      const text = readFileSync(path.join(STRATEGY_DIR, f), 'utf8')
      for (const m of text.matchAll(/'(os-version\.[a-z0-9.-]+)'/g)) ids.add(m[1] as string)
    }
    expect(ids.size).toBeGreaterThan(10)
    for (const id of ids) expect(getRemediation(id), id).not.toBeNull()
  })
})
