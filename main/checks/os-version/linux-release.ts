/**
 * Linux: map /etc/os-release to a cycle of the support table, and pick the package-manager family.
 *
 * Derivatives are mapped onto their base only when os-release names the base release explicitly
 * (UBUNTU_CODENAME, or a Debian codename in VERSION_CODENAME with ID_LIKE debian): a version number
 * of a derivative ("Zorin 17") says nothing about Ubuntu's support dates.
 */
import { compareVersions, findLinuxCycle, findLinuxCycleByCodename } from '../../../shared/os-support/judge'
import type { LinuxCycle, OsSupportData } from '../../../shared/os-support/types'
import type { Msg, MsgValue } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

export type LinuxFamily = 'apt' | 'mint' | 'dnf' | 'pacman'

/** The ids an os-release names: ID first, then ID_LIKE (space-separated). */
export function osIds(fields: Readonly<Record<string, string>>): string[] {
  const id = (fields.ID ?? '').trim().toLowerCase()
  const like = (fields.ID_LIKE ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  return [id, ...like].filter(Boolean)
}

/** The table's distro key: os-release ID, except LMDE (ID=linuxmint, NAME "LMDE"). */
export function distroKey(fields: Readonly<Record<string, string>>): string {
  const id = (fields.ID ?? '').trim().toLowerCase()
  if (id === 'linuxmint' && /\bLMDE\b/.test(fields.NAME ?? '')) return 'lmde'
  return id
}

/** The cycle string of VERSION_ID in the table's terms (Mint and LMDE: the major version). */
export function cycleKey(distro: string, versionId: string): string {
  if (distro === 'linuxmint' || distro === 'lmde') return versionId.split('.')[0] as string
  return versionId
}

/** The package-manager family, from ID and ID_LIKE; null when none is known. */
export function linuxFamily(fields: Readonly<Record<string, string>>): LinuxFamily | null {
  const ids = osIds(fields)
  if (ids[0] === 'linuxmint' || ids[0] === 'lmde') return 'mint'
  if (ids.some((i) => i === 'arch' || i === 'archlinux')) return 'pacman'
  if (ids.some((i) => i === 'fedora' || i === 'rhel' || i === 'centos')) return 'dnf'
  if (ids.some((i) => i === 'debian' || i === 'ubuntu')) return 'apt'
  return null
}

/** How os-release maps onto the table. */
export type CycleMatch =
  | { readonly kind: 'cycle'; readonly cycle: LinuxCycle; readonly via: Msg | null }
  | { readonly kind: 'rolling'; readonly name: string }
  | { readonly kind: 'newer'; readonly what: MsgValue }
  | { readonly kind: 'older'; readonly what: MsgValue; readonly oldest: LinuxCycle }
  | { readonly kind: 'unlisted'; readonly what: MsgValue }

const basedOn = (name: MsgValue, cycle: LinuxCycle): Msg =>
  msg('check.os-version.linux.observed.basedOn', { name, base: cycle.name })

/** Find the support-table entry for an os-release. */
export function matchLinuxCycle(fields: Readonly<Record<string, string>>, data: OsSupportData): CycleMatch {
  const distro = distroKey(fields)
  const pretty: MsgValue =
    fields.PRETTY_NAME ?? fields.NAME ?? (distro || msg('check.os-version.linux.thisDistribution'))
  const rolling = data.rolling.find((r) => r.distro === distro)
  if (rolling !== undefined) return { kind: 'rolling', name: rolling.name }
  const versionId = (fields.VERSION_ID ?? '').trim()
  const known = data.linux.filter((c) => c.distro === distro)
  if (known.length > 0) {
    if (versionId === '' || !/^\d+(\.\d+)*$/.test(versionId))
      return { kind: 'unlisted', what: msg('check.os-version.linux.noReleaseNumber', { name: pretty }) }
    const key = cycleKey(distro, versionId)
    const cycle = findLinuxCycle(data, distro, key)
    if (cycle !== undefined) return { kind: 'cycle', cycle, via: null }
    const sorted = [...known].sort((a, b) => compareVersions(a.cycle, b.cycle))
    const newest = sorted[sorted.length - 1] as LinuxCycle
    const oldest = sorted[0] as LinuxCycle
    if (compareVersions(key, newest.cycle) > 0) return { kind: 'newer', what: pretty }
    if (compareVersions(key, oldest.cycle) < 0) return { kind: 'older', what: pretty, oldest }
    return { kind: 'unlisted', what: pretty }
  }
  // A derivative: only through an explicitly named base release.
  const ids = osIds(fields)
  const ubuntuCodename = (fields.UBUNTU_CODENAME ?? '').trim().toLowerCase()
  if (ids.includes('ubuntu') && ubuntuCodename !== '') {
    const cycle = findLinuxCycleByCodename(data, 'ubuntu', ubuntuCodename)
    if (cycle !== undefined) return { kind: 'cycle', cycle, via: basedOn(pretty, cycle) }
  }
  const codename = (fields.DEBIAN_CODENAME ?? fields.VERSION_CODENAME ?? '').trim().toLowerCase()
  if (ids.includes('debian') && codename !== '') {
    const cycle = findLinuxCycleByCodename(data, 'debian', codename)
    if (cycle !== undefined) return { kind: 'cycle', cycle, via: basedOn(pretty, cycle) }
  }
  return { kind: 'unlisted', what: pretty }
}
