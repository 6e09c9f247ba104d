import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  FIRMWARE_TYPE_ARGV,
  SECURE_BOOT_ARGV,
  win32Strategy,
} from '../../../../../main/checks/platform-integrity/win32'
import { edit, failed, fixture, ok, run } from '../transcript-harness'

const GOOD = fixture('win32/mp-pi-defender-on-secure-boot-11-25h2.json')
const NOT_FOUND = 'ERROR: The system was unable to find the specified registry key or value.\r\n'
const sb = (data: string) =>
  ok(
    SECURE_BOOT_ARGV,
    `\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecureBoot\\State\r\n    UEFISecureBootEnabled    REG_DWORD    ${data}\r\n\r\n`,
  )
const fw = (data: string) =>
  ok(
    FIRMWARE_TYPE_ARGV,
    `\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\r\n    PEFirmwareType    REG_DWORD    ${data}\r\n\r\n`,
  )

describe('Windows platform-integrity strategy', () => {
  it('Secure Boot on passes; off fails with the Windows 11 or 10 steps', async () => {
    expect((await run(win32Strategy, GOOD)).status).toBe('pass')
    const off = await run(win32Strategy, edit(GOOD, { commands: [sb('0x0')] }))
    expect(off.status).toBe('fail')
    expect(off.remediationId).toBe('platform-integrity.win32.secure-boot')
    const w10 = await run(
      win32Strategy,
      fixture('win32/mp-pi-french-10-kaspersky-outdated-secure-boot-off.json'),
    )
    expect(w10.remediationId).toBe('platform-integrity.win32.secure-boot.win10')
  })

  it('legacy BIOS fails and says why; a missing value on UEFI is unknown, not "legacy"', async () => {
    const legacy = await run(
      win32Strategy,
      edit(GOOD, { commands: [ok(SECURE_BOOT_ARGV, '', NOT_FOUND, 1), fw('0x1')] }),
    )
    expect(legacy.status).toBe('fail')
    expect(legacy.summary).toMatch(/legacy BIOS/)
    expect(legacy.remediationId).toBe('platform-integrity.win32.legacy-bios')
    const uefiNoValue = edit(GOOD, { commands: [ok(SECURE_BOOT_ARGV, '', NOT_FOUND, 1)] })
    expect((await run(win32Strategy, uefiNoValue)).status).toBe('unknown')
    const nothing = edit(uefiNoValue, { commands: [ok(FIRMWARE_TYPE_ARGV, '', NOT_FOUND, 1)] })
    expect((await run(win32Strategy, nothing)).status).toBe('unknown')
  })

  it('contradictions, odd values and access denied are unknown; Secure Boot off still fails without the firmware type', async () => {
    expect((await run(win32Strategy, edit(GOOD, { commands: [fw('0x1')] }))).status).toBe('unknown')
    expect((await run(win32Strategy, edit(GOOD, { commands: [sb('0x2')] }))).status).toBe('unknown')
    expect((await run(win32Strategy, edit(GOOD, { commands: [sb('0xzz')] }))).status).toBe('unknown')
    const denied = edit(GOOD, { commands: [ok(SECURE_BOOT_ARGV, '', 'FEHLER: Zugriff verweigert\r\n', 1)] })
    expect((await run(win32Strategy, denied)).status).toBe('unknown')
    const off = edit(GOOD, { commands: [sb('0x0'), failed(FIRMWARE_TYPE_ARGV, 'ETIMEDOUT')] })
    expect((await run(win32Strategy, off)).status).toBe('fail')
  })

  it('random reg output never passes unless it holds UEFISecureBootEnabled 0x1', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 150 }), fc.integer({ min: 0, max: 1 }), async (s, code) => {
        const v = await run(win32Strategy, edit(GOOD, { commands: [ok(SECURE_BOOT_ARGV, s, '', code)] }))
        if (v.status === 'pass') expect(s).toMatch(/UEFISecureBootEnabled {4}REG_DWORD {4}0x0*1\r?\n/)
      }),
      { numRuns: 200 },
    )
  })
})
