/**
 * Pure parsing for the Linux platform-integrity check (UEFI and Secure Boot).
 *
 * - /sys/firmware/efi exists only when the kernel was started by UEFI firmware (kernel efi.c: "The
 *   existence of /sys/firmware/efi may also be used by userspace to determine that the system supports
 *   EFI"). Its file `fw_platform_size` (since Linux 4.0) holds `64` or `32`; the probe reads files, so
 *   that file stands for the folder.
 * - efivarfs files (/sys/firmware/efi/efivars/<Name>-<GUID>, mode 0644) hold 4 bytes of attributes
 *   (little-endian, usually 06 00 00 00 or 07 00 00 00) followed by the variable's data
 *   (kernel Documentation/filesystems/efivarfs.rst). SecureBoot and SetupMode hold one byte, 0 or 1.
 *   The probe reads text as UTF-8: the bytes that matter are all below 0x80 and survive unchanged; any
 *   byte at or above 0x80 turns into U+FFFD and the value is rejected, never guessed.
 * - /proc/self/mounts tells whether sysfs is mounted at /sys and efivarfs at /sys/firmware/efi/efivars,
 *   so a missing file means "no such variable" and not "nothing mounted there".
 * - `mokutil --sb-state` (lcp/mokutil `sb_state_internal()`): `SecureBoot enabled` / `SecureBoot
 *   disabled`, optionally `SecureBoot validation is disabled in shim` and `Platform is in Setup Mode`,
 *   or `Cannot determine secure boot state.`, all exit 0; on a legacy-BIOS boot it exits 1 with
 *   `EFI variables are not supported on this system` on stderr. Older builds print `This system doesn't
 *   support Secure Boot`. These are fixed English strings of the tool (it has no translations).
 */

/** An efivarfs file: the attributes word and the data bytes. */
export interface EfiVar {
  readonly attributes: number
  readonly data: readonly number[]
}

/** Decode an efivarfs file read as text; null when it is too short or holds a byte ≥ 0x80. */
export function parseEfiVar(text: string): EfiVar | null {
  if (text.length < 5) return null
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x80) return null
    bytes.push(c)
  }
  const [a0, a1, a2, a3] = bytes as [number, number, number, number]
  return { attributes: (a0 | (a1 << 8) | (a2 << 16) | (a3 << 24)) >>> 0, data: bytes.slice(4) }
}

/** A one-byte boolean variable (SecureBoot, SetupMode): 0 or 1, else null. */
export function efiBoolean(v: EfiVar | null): 0 | 1 | null {
  if (v === null || v.data.length !== 1) return null
  const b = v.data[0]
  return b === 0 || b === 1 ? b : null
}

/** `fw_platform_size`: 64 or 32 (with or without the trailing newline), else null. */
export function parseFwPlatformSize(text: string): 32 | 64 | null {
  const t = text.trim()
  return t === '64' ? 64 : t === '32' ? 32 : null
}

export interface MountFacts {
  /** sysfs is mounted at /sys. */
  readonly sysfs: boolean
  /** efivarfs is mounted at /sys/firmware/efi/efivars. */
  readonly efivarfs: boolean
}

/** Read /proc/self/mounts lines (`device mountpoint fstype options dump pass`). Null if none parse. */
export function parseMounts(text: string): MountFacts | null {
  let lines = 0
  let sysfs = false
  let efivarfs = false
  for (const raw of text.split('\n')) {
    const f = raw.trim().split(/\s+/)
    if (f.length < 4) continue
    lines++
    const [, mountpoint, fstype] = f as [string, string, string]
    if (fstype === 'sysfs' && mountpoint === '/sys') sysfs = true
    if (fstype === 'efivarfs' && mountpoint === '/sys/firmware/efi/efivars') efivarfs = true
  }
  return lines === 0 ? null : { sysfs, efivarfs }
}

export type MokutilState =
  | {
      readonly kind: 'state'
      readonly secureBoot: 'enabled' | 'disabled'
      readonly shimValidationDisabled: boolean
      readonly setupMode: boolean
    }
  | { readonly kind: 'undetermined' }
  | { readonly kind: 'no-efi' }

/** Parse `mokutil --sb-state`; null for output that is not one of the tool's known answers. */
export function parseMokutilSbState(stdout: string, stderr: string, exitCode: number): MokutilState | null {
  const lines = stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  if (exitCode !== 0) {
    if (lines.length === 0 && /^EFI variables are not supported on this system$/m.test(stderr.trim()))
      return { kind: 'no-efi' }
    return null
  }
  if (lines.length === 1 && lines[0] === "This system doesn't support Secure Boot") return { kind: 'no-efi' }
  if (lines.length === 1 && lines[0] === 'Cannot determine secure boot state.')
    return { kind: 'undetermined' }
  let secureBoot: 'enabled' | 'disabled' | null = null
  let shimValidationDisabled = false
  let setupMode = false
  for (const l of lines) {
    if (l === 'SecureBoot enabled' || l === 'SecureBoot disabled') {
      if (secureBoot !== null) return null
      secureBoot = l.endsWith('enabled') ? 'enabled' : 'disabled'
    } else if (l === 'SecureBoot validation is disabled in shim') shimValidationDisabled = true
    else if (l === 'Platform is in Setup Mode') setupMode = true
    else return null
  }
  if (secureBoot === null) return null
  return { kind: 'state', secureBoot, shimValidationDisabled, setupMode }
}
