/**
 * The device profile: descriptive facts about the computer (maker, model, laptop or desktop, virtual
 * machine, firmware), shown beside the checks and signed into attestations. It never decides a
 * verdict. Maker, model, chassis and VM come from the systeminformation package (main/probe/
 * device-profile.ts); the firmware kind is read through the probe module (host facts).
 *
 * Never holds serial numbers, UUIDs, SKUs, asset tags, host names or MAC addresses.
 */
import type { HostKind } from './check-types'

/** Laptop (portable, has a battery), desktop, or something else (server, rack, unknown type). */
export const CHASSIS_KINDS = ['laptop', 'desktop', 'other'] as const
export type ChassisKind = (typeof CHASSIS_KINDS)[number]

/** How the computer booted: UEFI, legacy BIOS, or Apple silicon's own boot (not UEFI). */
export const FIRMWARE_KINDS = ['uefi', 'legacy', 'apple-silicon'] as const
export type FirmwareKind = (typeof FIRMWARE_KINDS)[number]

/** Whether systeminformation's VM answer agrees with the engine's host kind. */
export const HOST_KIND_CHECKS = ['confirms', 'contradicts', 'not-comparable'] as const
export type HostKindCheck = (typeof HOST_KIND_CHECKS)[number]

/** How systeminformation answered: `ok`, stopped at its time limit, failed, or not asked (replay). */
export const PROFILE_STATUSES = ['ok', 'timeout', 'error', 'not-collected'] as const
export type ProfileStatus = (typeof PROFILE_STATUSES)[number]

export interface DeviceProfile {
  readonly status: ProfileStatus
  /** e.g. "LENOVO", "Apple Inc.", "Dell Inc."; null when not reported. */
  readonly manufacturer: string | null
  /** e.g. "20XW0055GE", "MacBookPro", "VMware Virtual Platform". */
  readonly model: string | null
  readonly chassis: ChassisKind | null
  /** The SMBIOS chassis type name as reported, e.g. "Notebook", "Desktop". */
  readonly chassisType: string | null
  /** True when systeminformation recognised a virtual machine; false = not recognised (not proof). */
  readonly virtual: boolean | null
  /** e.g. "VMware", "KVM", "Hyper-V"; null when not a VM or not named. */
  readonly virtualHost: string | null
  readonly firmware: FirmwareKind | null
  readonly hostKindCheck: HostKindCheck
}

const LAPTOP_TYPES = [
  'portable',
  'laptop',
  'notebook',
  'hand held',
  'sub notebook',
  'tablet',
  'convertible',
  'detachable',
]
const DESKTOP_TYPES = [
  'desktop',
  'low profile desktop',
  'pizza box',
  'mini tower',
  'tower',
  'all in one',
  'space-saving',
  'lunch box',
  'sealed-case pc',
  'mini pc',
  'stick pc',
  'embedded pc',
]

/** Laptop/desktop/other from an SMBIOS chassis type name (systeminformation's spelling). */
export function chassisKindOf(type: string | null): ChassisKind | null {
  if (type === null) return null
  const t = type.trim().toLowerCase()
  if (t === '' || t === 'unknown') return null
  if (LAPTOP_TYPES.includes(t)) return 'laptop'
  if (DESKTOP_TYPES.includes(t)) return 'desktop'
  return 'other'
}

/**
 * Compare systeminformation's VM answer with the engine's host kind. The engine only detects VMs on
 * Linux; elsewhere its `physical-or-unknown` is compared as "not a VM as far as it knows".
 */
export function compareHostKind(hostKind: HostKind, virtual: boolean | null): HostKindCheck {
  if (virtual === null || hostKind === 'container') return 'not-comparable'
  const engineSaysVm = hostKind === 'vm' || hostKind === 'wsl'
  return engineSaysVm === virtual ? 'confirms' : 'contradicts'
}
