/**
 * Full-disk encryption on Linux, without root.
 *
 * `lsblk -J` shows the block-device tree to any user. We find the node mounted at `/` and walk up its
 * ancestors: a `crypt` layer (dm-crypt; LUKS when its parent's fstype is crypto_LUKS) on every path
 * means the root filesystem is encrypted at rest. This covers LVM-on-LUKS (Ubuntu's installer),
 * LUKS-on-LVM, btrfs subvolumes on LUKS (Fedora) and RAID. When `/` is not a block device in lsblk
 * (ZFS datasets, or `MOUNTPOINT` showing only one btrfs subvolume on old util-linux) we ask
 * `findmnt` for the root's source and, for ZFS, the dataset's `encryption` property.
 *
 * Home-only schemes (eCryptfs, an encrypted /home partition) do not protect the rest of the disk
 * (swap, /tmp, system files, other users' data) and count as fail. In WSL or a container the disk
 * belongs to the host, so we answer unknown and say where to look.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { CommandOutcome } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblem, describeCommand, fail, pass, unknown } from '../verdict'
import {
  describePath,
  parseFindmntRoot,
  parseLsblkJson,
  parseZfsGet,
  pathIsEncrypted,
  pathsToMount,
  pathsTo,
  pathsToName,
  protectionOf,
  encryptionScheme,
  sourceDeviceName,
  zfsEncryptionOn,
  type BlockNode,
} from './lsblk'

const LSBLK = ['lsblk', '-J', '-o', 'NAME,TYPE,FSTYPE,MOUNTPOINTS'] as const
const LSBLK_OLD = ['lsblk', '-J', '-o', 'NAME,TYPE,FSTYPE,MOUNTPOINT'] as const
const FINDMNT = ['findmnt', '-n', '-o', 'FSTYPE,SOURCE', '--target', '/'] as const
const MOUNTS_FILE = '/proc/self/mounts'
const CMDLINE_FILE = '/proc/cmdline'

const REQUIREMENT =
  'The disk holding the system and your files (/) is encrypted (LUKS/dm-crypt or ZFS encryption)'
const FIX = 'disk-encryption.linux.luks'
const UNKNOWN_FIX = 'disk-encryption.unknown'

export const linuxStrategy: CheckStrategy = {
  probes: {
    commands: [
      [...LSBLK],
      [...LSBLK_OLD],
      [...FINDMNT],
      ['zfs', 'get', '-H', '-o', 'property,value', 'encryption,keystatus', '*'],
    ],
    files: [MOUNTS_FILE, CMDLINE_FILE],
    notes: [
      'lsblk shows the device tree to any user: a "crypt" layer under / means it is encrypted',
      'findmnt and zfs are asked only when / is not a plain block device (ZFS, old lsblk with btrfs)',
      '/proc/self/mounts is read only when / is unencrypted, to name home-only encryption (eCryptfs)',
      '/proc/cmdline is read only when / looks unencrypted, to catch a start-up setting that unlocks LUKS',
    ],
  },
  run,
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const host = await ctx.facts.hostKind()
  if (host.kind === 'wsl') {
    return unknown({
      summary: 'Disk encryption is decided by Windows, not by this Linux (WSL)',
      observed: ['Running inside Windows Subsystem for Linux: its disk is a file on the Windows drive'],
      requirement: REQUIREMENT,
      remediationId: 'disk-encryption.linux.host',
      reason:
        'WSL keeps this Linux inside a virtual disk file on your Windows drive, so it is protected only if the Windows drive is encrypted (BitLocker or Device encryption). Run Preflight on Windows to check it.',
    })
  }
  if (host.kind === 'container') {
    return unknown({
      summary: 'Disk encryption cannot be judged from inside a container',
      observed: [`Running inside a container (${host.detail ?? 'unknown runtime'})`],
      requirement: REQUIREMENT,
      remediationId: 'disk-encryption.linux.host',
      reason:
        'A container uses the disk of the computer it runs on. Run Preflight directly on that computer to check its disk encryption.',
    })
  }

  let argv: readonly string[] = LSBLK
  let out = await ctx.probe.run(LSBLK)
  if (out.kind === 'exit' && out.exitCode !== 0 && /unknown column/i.test(out.stderr)) {
    // util-linux < 2.37 has no MOUNTPOINTS column.
    argv = LSBLK_OLD
    out = await ctx.probe.run(LSBLK_OLD)
  }
  const sources = [describeCommand(argv)]
  const problem = commandProblem(argv, out)
  if (problem !== null || out.kind !== 'exit') {
    return unknown({
      summary: 'Could not read the disk layout',
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason: `${problem ?? 'lsblk gave no answer'}. Preflight needs lsblk (package util-linux) to see whether your disk is encrypted.`,
      sources,
    })
  }
  const forest = parseLsblkJson(out.stdout)
  if (forest === null) {
    return unknown({
      summary: 'Could not understand the disk layout',
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason: 'lsblk printed something that is not the expected JSON device list.',
      sources,
    })
  }

  const root = protectionOf(forest, '/')
  if (root.kind === 'encrypted') return encryptedVerdict(forest, root.paths, root.scheme, sources)
  if (root.kind === 'plain') return plainVerdict(ctx, forest, root.paths, sources)
  return viaFindmnt(ctx, forest, sources)
}

function swapNotes(forest: readonly BlockNode[]): string[] {
  // zram swap lives in memory only; only swap on a disk can leak memory contents at rest.
  // zram swap lives in memory only; only swap on a disk can leak memory contents at rest.
  const swaps = pathsToMount(forest, '[SWAP]')
    .filter((p) => !(p[0]?.name ?? '').startsWith('zram'))
    .filter((p) => !(p[0]?.name ?? '').startsWith('zram'))
  if (swaps.length === 0) return []
  return swaps.some((p) => !pathIsEncrypted(p))
    ? ['Swap space is not encrypted (memory contents written to it can be read from the disk)']
    : ['Swap space is encrypted']
}

function encryptedVerdict(
  forest: readonly BlockNode[],
  paths: readonly BlockNode[][],
  scheme: string,
  sources: string[],
): CheckVerdict {
  return pass({
    summary: `The system disk is encrypted (${scheme})`,
    observed: [`/ is on ${describePath(paths[0] ?? [])}`, ...swapNotes(forest)],
    requirement: REQUIREMENT,
    remediationId: FIX,
    sources,
  })
}

async function plainVerdict(
  ctx: CheckContext,
  forest: readonly BlockNode[],
  paths: readonly BlockNode[][],
  sources: string[],
): Promise<CheckVerdict> {
  const observed = [`/ is on ${describePath(paths[0] ?? [])} with no encryption layer`]
  const home = protectionOf(forest, '/home')
  let homeOnly = home.kind === 'encrypted'
  if (homeOnly) observed.push('/home is encrypted, but the rest of the disk is not')
  const mounts = await ctx.probe.readFile(MOUNTS_FILE)
  if (mounts.kind === 'file') {
    sources.push(MOUNTS_FILE)
    const ecrypt = mounts.text.split('\n').some((l) => l.split(/\s+/)[2] === 'ecryptfs')
    if (ecrypt) {
      homeOnly = true
      observed.push('A home folder is encrypted with eCryptfs, but the rest of the disk is not')
    }
  }
  // The kernel command line names the root's LUKS volume on Fedora/Arch/dracut systems. If it does
  // while lsblk shows no crypt layer under /, the two disagree (e.g. lsblk sees a sandboxed view).
  const cmdline = await ctx.probe.readFile(CMDLINE_FILE)
  if (
    cmdline.kind === 'file' &&
    /(^|\s)(rd\.luks\.(uuid|name)|luks\.(uuid|name)|cryptdevice)=/.test(cmdline.text)
  ) {
    sources.push(CMDLINE_FILE)
    return unknown({
      summary: 'The disk layout and the start-up settings disagree about encryption',
      observed: [...observed, 'the kernel command line asks to unlock a LUKS volume at start-up'],
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason:
        'lsblk shows / without an encryption layer, but the start-up settings unlock an encrypted volume. Preflight may be seeing a restricted view of the disks (for example inside a sandboxed app). Run Preflight installed as a normal package, or check with: lsblk -f',
      sources,
    })
  }
  return fail({
    summary: homeOnly
      ? 'Only the home folder is encrypted, not the whole disk'
      : 'The system disk is not encrypted',
    observed,
    requirement: REQUIREMENT,
    remediationId: FIX,
    sources,
  })
}

async function viaFindmnt(
  ctx: CheckContext,
  forest: readonly BlockNode[],
  sources: string[],
): Promise<CheckVerdict> {
  const fm = await ctx.probe.run(FINDMNT)
  sources.push(describeCommand(FINDMNT))
  const problem = commandProblem(FINDMNT, fm)
  const parsed = problem === null && fm.kind === 'exit' ? parseFindmntRoot(fm.stdout) : null
  if (parsed === null) {
    return unknown({
      summary: 'Could not find the disk that holds the system',
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason: `lsblk lists no device mounted at /, and ${problem ?? 'findmnt gave no usable answer'}.`,
      sources,
    })
  }
  if (parsed.fstype === 'zfs') return zfsVerdict(ctx, forest, parsed.source, sources)
  const name = sourceDeviceName(parsed.source)
  const paths = name === null ? [] : pathsToName(forest, name)
  if (paths.length === 0) {
    return unknown({
      summary: 'Could not find the disk that holds the system',
      observed: [`/ is ${parsed.fstype} from ${parsed.source}`],
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason: `/ is mounted from ${parsed.source}, which is not a device Preflight can follow to a disk.`,
      sources,
    })
  }
  if (paths.every(pathIsEncrypted)) return encryptedVerdict(forest, paths, encryptionScheme(paths), sources)
  return plainVerdict(ctx, forest, paths, sources)
}

async function zfsVerdict(
  ctx: CheckContext,
  forest: readonly BlockNode[],
  dataset: string,
  sources: string[],
): Promise<CheckVerdict> {
  const argv = ['zfs', 'get', '-H', '-o', 'property,value', 'encryption,keystatus', dataset]
  const out: CommandOutcome = await ctx.probe.run(argv)
  sources.push(describeCommand(argv))
  // ZFS pools placed on LUKS devices are encrypted below ZFS: every zfs_member must sit on a crypt.
  const members = pathsTo(forest, (n) => n.fstype === 'zfs_member')
  const membersOnCrypt = members.length > 0 && members.every(pathIsEncrypted)
  if (membersOnCrypt) {
    return pass({
      summary: 'The system disk is encrypted (ZFS on LUKS)',
      observed: [`/ is ZFS dataset ${dataset}`, `pool device ${describePath(members[0] ?? [])}`],
      requirement: REQUIREMENT,
      remediationId: FIX,
      sources,
    })
  }
  const problem = commandProblem(argv, out)
  const props = problem === null && out.kind === 'exit' ? parseZfsGet(out.stdout) : {}
  const enc = props['encryption'] !== undefined ? zfsEncryptionOn(props['encryption']) : null
  if (enc === true) {
    return pass({
      summary: 'The system disk is encrypted (ZFS native encryption)',
      observed: [`/ is ZFS dataset ${dataset}`, `encryption=${props['encryption'] ?? ''}`],
      requirement: REQUIREMENT,
      remediationId: FIX,
      sources,
    })
  }
  if (enc === false) {
    return fail({
      summary: 'The system disk is not encrypted',
      observed: [`/ is ZFS dataset ${dataset}`, 'encryption=off', 'its pool is not on an encrypted device'],
      requirement: REQUIREMENT,
      remediationId: FIX,
      sources,
    })
  }
  return unknown({
    summary: 'Could not read the ZFS encryption setting',
    observed: [`/ is ZFS dataset ${dataset}`],
    requirement: REQUIREMENT,
    remediationId: UNKNOWN_FIX,
    reason: `${problem ?? 'zfs printed no encryption value'}. Check with: zfs get encryption ${dataset}`,
    sources,
  })
}
