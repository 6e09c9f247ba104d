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
import type { Msg } from '../../../shared/i18n/msg'
import type { CommandOutcome } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblemMsg, describeCommand, fail, msg, pass, unknown } from '../verdict'
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

const REQUIREMENT = msg('check.disk-encryption.linux.requirement')
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
      summary: msg('check.disk-encryption.linux.summary.wsl'),
      observed: [msg('check.disk-encryption.linux.observed.wsl')],
      requirement: REQUIREMENT,
      remediationId: 'disk-encryption.linux.host',
      reason: msg('check.disk-encryption.linux.reason.wsl'),
    })
  }
  if (host.kind === 'container') {
    return unknown({
      summary: msg('check.disk-encryption.linux.summary.container'),
      observed: [
        msg('check.disk-encryption.linux.observed.container', {
          runtime: host.detail ?? msg('check.disk-encryption.linux.unknownRuntime'),
        }),
      ],
      requirement: REQUIREMENT,
      remediationId: 'disk-encryption.linux.host',
      reason: msg('check.disk-encryption.linux.reason.container'),
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
  const problem = commandProblemMsg(argv, out)
  if (problem !== null || out.kind !== 'exit') {
    return unknown({
      summary: msg('check.disk-encryption.linux.summary.noLsblk'),
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason: msg('check.disk-encryption.linux.reason.noLsblk', {
        problem: problem ?? msg('check.disk-encryption.linux.problem.lsblkNoAnswer'),
      }),
      sources,
    })
  }
  const forest = parseLsblkJson(out.stdout)
  if (forest === null) {
    return unknown({
      summary: msg('check.disk-encryption.linux.summary.lsblkUnparsable'),
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason: msg('check.disk-encryption.linux.reason.lsblkUnparsable'),
      sources,
    })
  }

  const root = protectionOf(forest, '/')
  if (root.kind === 'encrypted') return encryptedVerdict(forest, root.paths, root.scheme, sources)
  if (root.kind === 'plain') return plainVerdict(ctx, forest, root.paths, sources)
  return viaFindmnt(ctx, forest, sources)
}

function swapNotes(forest: readonly BlockNode[]): Msg[] {
  // zram swap lives in memory only; only swap on a disk can leak memory contents at rest.
  // zram swap lives in memory only; only swap on a disk can leak memory contents at rest.
  const swaps = pathsToMount(forest, '[SWAP]')
    .filter((p) => !(p[0]?.name ?? '').startsWith('zram'))
    .filter((p) => !(p[0]?.name ?? '').startsWith('zram'))
  if (swaps.length === 0) return []
  return swaps.some((p) => !pathIsEncrypted(p))
    ? [msg('check.disk-encryption.linux.observed.swapPlain')]
    : [msg('check.disk-encryption.linux.observed.swapEncrypted')]
}

function encryptedVerdict(
  forest: readonly BlockNode[],
  paths: readonly BlockNode[][],
  scheme: string,
  sources: string[],
): CheckVerdict {
  return pass({
    summary: msg('check.disk-encryption.linux.summary.encrypted', { scheme }),
    observed: [
      msg('check.disk-encryption.linux.observed.rootOn', { path: describePath(paths[0] ?? []) }),
      ...swapNotes(forest),
    ],
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
  const observed = [
    msg('check.disk-encryption.linux.observed.rootOnPlain', { path: describePath(paths[0] ?? []) }),
  ]
  const home = protectionOf(forest, '/home')
  let homeOnly = home.kind === 'encrypted'
  if (homeOnly) observed.push(msg('check.disk-encryption.linux.observed.homeOnly'))
  const mounts = await ctx.probe.readFile(MOUNTS_FILE)
  if (mounts.kind === 'file') {
    sources.push(MOUNTS_FILE)
    const ecrypt = mounts.text.split('\n').some((l) => l.split(/\s+/)[2] === 'ecryptfs')
    if (ecrypt) {
      homeOnly = true
      observed.push(msg('check.disk-encryption.linux.observed.ecryptfs'))
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
      summary: msg('check.disk-encryption.linux.summary.disagree'),
      observed: [...observed, msg('check.disk-encryption.linux.observed.cmdlineLuks')],
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason: msg('check.disk-encryption.linux.reason.disagree'),
      sources,
    })
  }
  return fail({
    summary: homeOnly
      ? msg('check.disk-encryption.linux.summary.homeOnly')
      : msg('check.disk-encryption.linux.summary.notEncrypted'),
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
  const problem = commandProblemMsg(FINDMNT, fm)
  const parsed = problem === null && fm.kind === 'exit' ? parseFindmntRoot(fm.stdout) : null
  if (parsed === null) {
    return unknown({
      summary: msg('check.disk-encryption.linux.summary.noRoot'),
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason: msg('check.disk-encryption.linux.reason.noRootFindmnt', {
        problem: problem ?? msg('check.disk-encryption.linux.problem.findmntUnusable'),
      }),
      sources,
    })
  }
  if (parsed.fstype === 'zfs') return zfsVerdict(ctx, forest, parsed.source, sources)
  const name = sourceDeviceName(parsed.source)
  const paths = name === null ? [] : pathsToName(forest, name)
  if (paths.length === 0) {
    return unknown({
      summary: msg('check.disk-encryption.linux.summary.noRoot'),
      observed: [
        msg('check.disk-encryption.linux.observed.rootFrom', {
          fstype: parsed.fstype,
          source: parsed.source,
        }),
      ],
      requirement: REQUIREMENT,
      remediationId: UNKNOWN_FIX,
      reason: msg('check.disk-encryption.linux.reason.noRootSource', { source: parsed.source }),
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
      summary: msg('check.disk-encryption.linux.summary.zfsOnLuks'),
      observed: [
        msg('check.disk-encryption.linux.observed.zfsDataset', { dataset }),
        msg('check.disk-encryption.linux.observed.poolDevice', { path: describePath(members[0] ?? []) }),
      ],
      requirement: REQUIREMENT,
      remediationId: FIX,
      sources,
    })
  }
  const problem = commandProblemMsg(argv, out)
  const props = problem === null && out.kind === 'exit' ? parseZfsGet(out.stdout) : {}
  const enc = props['encryption'] !== undefined ? zfsEncryptionOn(props['encryption']) : null
  if (enc === true) {
    return pass({
      summary: msg('check.disk-encryption.linux.summary.zfsNative'),
      observed: [
        msg('check.disk-encryption.linux.observed.zfsDataset', { dataset }),
        msg('check.disk-encryption.linux.observed.zfsEncryption', { value: props['encryption'] ?? '' }),
      ],
      requirement: REQUIREMENT,
      remediationId: FIX,
      sources,
    })
  }
  if (enc === false) {
    return fail({
      summary: msg('check.disk-encryption.linux.summary.notEncrypted'),
      observed: [
        msg('check.disk-encryption.linux.observed.zfsDataset', { dataset }),
        msg('check.disk-encryption.linux.observed.zfsEncryption', { value: 'off' }),
        msg('check.disk-encryption.linux.observed.poolPlain'),
      ],
      requirement: REQUIREMENT,
      remediationId: FIX,
      sources,
    })
  }
  return unknown({
    summary: msg('check.disk-encryption.linux.summary.zfsUnreadable'),
    observed: [msg('check.disk-encryption.linux.observed.zfsDataset', { dataset })],
    requirement: REQUIREMENT,
    remediationId: UNKNOWN_FIX,
    reason: msg('check.disk-encryption.linux.reason.zfsUnreadable', {
      problem: problem ?? msg('check.disk-encryption.linux.problem.zfsNoValue'),
      dataset,
    }),
    sources,
  })
}
