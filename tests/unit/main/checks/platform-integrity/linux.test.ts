import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  efiBoolean,
  parseEfiVar,
  parseFwPlatformSize,
  parseMokutilSbState,
  parseMounts,
} from '../../../../../main/checks/platform-integrity/linux-efi'
import {
  FW_PLATFORM_SIZE,
  linuxStrategy,
  MOK_SB_STATE_RT_VAR,
  MOKUTIL_ARGV,
  MOUNTS,
  SECURE_BOOT_VAR,
  SETUP_MODE_VAR,
} from '../../../../../main/checks/platform-integrity/linux'
import { edit, failed, fileOf, fixture, ok, run } from '../transcript-harness'

const ON = fixture('linux/pi-secure-boot-on-ubuntu.json')
const LEGACY = fixture('linux/pi-legacy-bios-mint.json')
const MOUNTS_TEXT = fileOf(ON, MOUNTS)
const v = (b: number, attr = 6) => String.fromCharCode(attr, 0, 0, 0, b)

describe('efivar and mokutil parsing', () => {
  it('reads the attribute word and data bytes; only 0 or 1 is a boolean', () => {
    expect(parseEfiVar(v(1))).toEqual({ attributes: 6, data: [1] })
    expect(parseEfiVar(v(0, 7))).toEqual({ attributes: 7, data: [0] })
    expect(efiBoolean(parseEfiVar(v(1)))).toBe(1)
    expect(efiBoolean(parseEfiVar(v(2)))).toBeNull()
    expect(efiBoolean(parseEfiVar(`${v(1)}\u0000`))).toBeNull()
    expect(parseEfiVar('\u0006\u0000\u0000')).toBeNull()
    // A byte >= 0x80 arrives as U+FFFD from a UTF-8 read: rejected, never guessed.
    expect(parseEfiVar('\u0006\u0000\u0000\u0000\ufffd')).toBeNull()
    expect(parseFwPlatformSize('64\n')).toBe(64)
    expect(parseFwPlatformSize('128\n')).toBeNull()
    expect(parseMounts(MOUNTS_TEXT)).toEqual({ sysfs: true, efivarfs: true })
    expect(parseMounts('')).toBeNull()
  })

  it('random efivar content is a boolean only for exactly 4 bytes + 0/1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (s) => {
        const b = efiBoolean(parseEfiVar(s))
        if (b !== null) {
          expect(s.length).toBe(5)
          expect(s.charCodeAt(4)).toBe(b)
        }
      }),
    )
  })

  it('reads mokutil’s fixed answers and its legacy-boot error', () => {
    expect(parseMokutilSbState('SecureBoot enabled\n', '', 0)).toEqual({
      kind: 'state',
      secureBoot: 'enabled',
      shimValidationDisabled: false,
      setupMode: false,
    })
    expect(
      parseMokutilSbState('SecureBoot enabled\nSecureBoot validation is disabled in shim\n', '', 0),
    ).toMatchObject({
      shimValidationDisabled: true,
    })
    expect(parseMokutilSbState('SecureBoot disabled\nPlatform is in Setup Mode\n', '', 0)).toMatchObject({
      secureBoot: 'disabled',
      setupMode: true,
    })
    expect(parseMokutilSbState('Cannot determine secure boot state.\n', '', 0)).toEqual({
      kind: 'undetermined',
    })
    expect(parseMokutilSbState('', 'EFI variables are not supported on this system\n', 1)).toEqual({
      kind: 'no-efi',
    })
    for (const [out, code] of [
      ['SecureBoot enabled\nSecureBoot disabled\n', 0],
      ['SecureBoot enabled\n', 1],
      ['Secure Boot: enabled (user)\n', 0],
      ['', 0],
    ] as const)
      expect(parseMokutilSbState(out, '', code), out).toBeNull()
  })
})

describe('Linux platform-integrity strategy', () => {
  it('Secure Boot on passes', async () => {
    const r = await run(linuxStrategy, ON)
    expect(r.status).toBe('pass')
    expect(r.observed.join('\n')).toMatch(/SecureBoot variable: 1/)
  })

  it('off, Setup Mode and disabled shim validation fail with their own fixes', async () => {
    const off = await run(linuxStrategy, edit(ON, { files: { [SECURE_BOOT_VAR]: v(0) } }))
    expect(off.status).toBe('fail')
    expect(off.remediationId).toBe('platform-integrity.linux.secure-boot')
    const setup = await run(
      linuxStrategy,
      edit(ON, { files: { [SECURE_BOOT_VAR]: v(0), [SETUP_MODE_VAR]: v(1) } }),
    )
    expect(setup.remediationId).toBe('platform-integrity.linux.setup-mode')
    const contradictory = await run(linuxStrategy, edit(ON, { files: { [SETUP_MODE_VAR]: v(1) } }))
    expect(contradictory.status).toBe('fail')
    const shim = await run(linuxStrategy, edit(ON, { files: { [MOK_SB_STATE_RT_VAR]: v(1) } }))
    expect(shim.status).toBe('fail')
    expect(shim.remediationId).toBe('platform-integrity.linux.shim-validation')
    const arch = await run(linuxStrategy, fixture('linux/pi-setup-mode-arch.json'))
    expect(arch.remediationId).toBe('platform-integrity.linux.setup-mode')
    const archOff = await run(
      linuxStrategy,
      edit(fixture('linux/pi-setup-mode-arch.json'), { files: { [SETUP_MODE_VAR]: v(0) } }),
    )
    expect(archOff.remediationId).toBe('platform-integrity.linux.secure-boot.arch')
  })

  it('no UEFI with sysfs mounted is a legacy boot: fail, saying Secure Boot needs UEFI', async () => {
    const r = await run(linuxStrategy, LEGACY)
    expect(r.status).toBe('fail')
    expect(r.summary).toMatch(/legacy BIOS/)
    expect(r.reason).toMatch(/Secure Boot is part of UEFI/)
    // Without evidence that sysfs is mounted, a missing folder proves nothing.
    const noMounts = await run(linuxStrategy, edit(LEGACY, { files: { [MOUNTS]: null } }))
    expect(noMounts.status).toBe('unknown')
    const noSysfs = await run(
      linuxStrategy,
      edit(LEGACY, { files: { [MOUNTS]: 'proc /proc proc rw 0 0\n' } }),
    )
    expect(noSysfs.status).toBe('unknown')
    expect(noSysfs.reason).toMatch(/sysfs is not mounted/)
  })

  it('UEFI with efivarfs mounted but no SecureBoot variable: the firmware has none in force: fail', async () => {
    const r = await run(
      linuxStrategy,
      edit(ON, { files: { [SECURE_BOOT_VAR]: null, [SETUP_MODE_VAR]: null } }),
    )
    expect(r.status).toBe('fail')
  })

  it('unreadable efivars fall back to mokutil; without it, unknown', async () => {
    const unreadable = edit(ON, { files: { [SECURE_BOOT_VAR]: { error: 'EACCES' } } })
    expect((await run(linuxStrategy, unreadable)).status).toBe('unknown')
    const withMok = edit(unreadable, { commands: [ok(MOKUTIL_ARGV, 'SecureBoot enabled\n')] })
    expect((await run(linuxStrategy, withMok)).status).toBe('pass')
    const mokOff = edit(unreadable, { commands: [ok(MOKUTIL_ARGV, 'SecureBoot disabled\n')] })
    expect((await run(linuxStrategy, mokOff)).status).toBe('fail')
    const mokHung = edit(unreadable, { commands: [failed(MOKUTIL_ARGV, 'ETIMEDOUT')] })
    expect((await run(linuxStrategy, mokHung)).status).toBe('unknown')
  })

  it('containers and WSL are unknown but still list what was read', async () => {
    const c = await run(linuxStrategy, fixture('linux/pi-container-no-uefi.json'))
    expect(c.status).toBe('unknown')
    expect(c.observed.join('\n')).toMatch(/container[\s\S]*\/sys\/firmware\/efi does not exist/)
    const wsl = await run(linuxStrategy, fixture('linux/pi-wsl-ubuntu.json'))
    expect(wsl.status).toBe('unknown')
    expect(wsl.remediationId).toBe('platform-integrity.linux.host')
  })

  it('random efivar and mokutil output never passes without SecureBoot = 1 from one of them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(v(1), v(0), v(1, 7))),
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.constantFrom('SecureBoot enabled\n', 'SecureBoot disabled\n'),
        ),
        fc.option(fc.constantFrom('64\n', '32\n', 'x'), { nil: undefined }),
        async (sbText, mok, fps) => {
          const r = await run(
            linuxStrategy,
            edit(ON, {
              files: { [SECURE_BOOT_VAR]: sbText, [FW_PLATFORM_SIZE]: fps ?? null },
              commands: [ok(MOKUTIL_ARGV, mok)],
            }),
          )
          if (r.status === 'pass')
            expect(efiBoolean(parseEfiVar(sbText)) === 1 || mok.trim() === 'SecureBoot enabled').toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })
})
