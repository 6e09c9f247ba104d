import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  bitLockerScript,
  judgeProtection,
  parseBitLockerProtection,
  protectionMeaning,
  win32Strategy,
} from '../../../../../main/checks/disk-encryption/win32'
import { powershellArgv, type WindowsEdition } from '../../../../../main/checks/win32/common'
import { getRemediation } from '../../../../../shared/remediation/catalogue'
import { failed, fixture, HEALTHY, ok, runStrategy, withCommands } from '../win32/harness'

const BL = powershellArgv(bitLockerScript('C:'))
const PRO: WindowsEdition = { family: 'pro', editionId: 'Professional', major: 11 }
const HOME: WindowsEdition = { family: 'home', editionId: 'Core', major: 11 }

describe('parseBitLockerProtection', () => {
  it('reads exactly one integer line', () => {
    expect(parseBitLockerProtection('1\r\n')).toBe(1)
    expect(parseBitLockerProtection('  8\r\n\r\n')).toBe(8)
    expect(parseBitLockerProtection('')).toBeNull()
    expect(parseBitLockerProtection('\r\n')).toBeNull()
    expect(parseBitLockerProtection('1\r\n2\r\n')).toBeNull()
    expect(parseBitLockerProtection('On\r\n')).toBeNull()
    expect(parseBitLockerProtection('1.0\r\n')).toBeNull()
    // Cut short (no line end): not trusted.
    expect(parseBitLockerProtection('1')).toBeNull()
  })
})

describe('protection value table', () => {
  const cases: [number, string, string][] = [
    [0, 'unknown', 'disk-encryption.unknown'],
    [1, 'pass', 'disk-encryption.win32.bitlocker'],
    [2, 'fail', 'disk-encryption.win32.bitlocker'],
    [3, 'unknown', 'disk-encryption.win32.encrypting'],
    [4, 'fail', 'disk-encryption.win32.decrypting'],
    [5, 'fail', 'disk-encryption.win32.suspended'],
    [6, 'pass', 'disk-encryption.win32.bitlocker'],
    [7, 'fail', 'disk-encryption.win32.not-encryptable'],
    [8, 'fail', 'disk-encryption.win32.activate-pro'],
    [9, 'unknown', 'disk-encryption.unknown'],
  ]
  it.each(cases)('value %i → %s (%s) on Pro', (value, status, id) => {
    const v = judgeProtection(value, 'C:', PRO, 'src', `${value}\r\n`)
    expect(v.status).toBe(status)
    expect(v.remediationId).toBe(id)
    expect(getRemediation(v.remediationId)).not.toBeNull()
    if (v.status === 'unknown') expect(v.reason).toBeTruthy()
  })

  it('uses Home wording and fixes on Home', () => {
    expect(judgeProtection(2, 'C:', HOME, 's', '2').summary).toContain('Device encryption')
    expect(judgeProtection(2, 'C:', HOME, 's', '2').remediationId).toBe(
      'disk-encryption.win32.device-encryption',
    )
    expect(judgeProtection(8, 'C:', HOME, 's', '8').remediationId).toBe('disk-encryption.win32.activate-home')
    expect(judgeProtection(1, 'C:', PRO, 's', '1').summary).toContain('BitLocker')
  })

  it('only 1 and 6 ever mean protected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        const passes = judgeProtection(n, 'C:', PRO, 's', String(n)).status === 'pass'
        expect(passes).toBe(n === 1 || n === 6)
        expect(protectionMeaning(n) === 'on' || protectionMeaning(n) === 'on-locked').toBe(passes)
      }),
    )
  })
})

describe('win32 disk-encryption strategy', () => {
  it('reads the drive Windows lives on', async () => {
    const t = fixture('bitlocker-d-drive-home-10.json')
    const v = await runStrategy(win32Strategy, t)
    expect(v.status).toBe('fail')
    expect(v.sources[0]).toContain("NameSpace('D:\\\\')")
  })

  it('PowerShell missing, hung or failing is unknown with a reason', async () => {
    for (const c of [
      failed(BL, 'ENOENT'),
      failed(BL, 'ETIMEDOUT'),
      ok(BL, '', 'New-Object : Retrieving the COM class factory failed\r\n', 1),
    ]) {
      const v = await runStrategy(win32Strategy, withCommands(fixture(HEALTHY), [c]))
      expect(v.status).toBe('unknown')
      expect(v.reason).toMatch(/PowerShell|not available|did not finish/)
    }
  })

  it('random output never passes unless it is exactly the value 1 or 6', async () => {
    const base = fixture(HEALTHY)
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom('1\r\n', '6\r\n', '2\r\n', '', '\r\n', '01\r\n', '1 2\r\n'),
        ),
        async (stdout) => {
          const v = await runStrategy(win32Strategy, withCommands(base, [ok(BL, stdout)]))
          if (v.status === 'pass') expect(stdout).toMatch(/^\s*0*[16]\s*$/)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('truncated output never passes', async () => {
    const base = fixture(HEALTHY)
    for (const stdout of ['', '\r', '1']) {
      const v = await runStrategy(win32Strategy, withCommands(base, [ok(BL, stdout)]))
      expect(v.status).not.toBe('pass')
    }
  })
})
