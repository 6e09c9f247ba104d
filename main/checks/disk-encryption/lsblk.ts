/**
 * Pure parsing of `lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINTS` (or `MOUNTPOINT` on util-linux < 2.37)
 * and the walk from the node mounted at `/` up through its ancestors.
 *
 * lsblk's JSON is a forest: a disk's `children` are the devices stacked on it (partition → LUKS
 * mapping → LVM volume …). A device can appear under several parents (RAID members, LVM over several
 * physical volumes), so we collect every path from a root of the forest to a node mounted at the
 * target and call the target encrypted only when every path crosses a `crypt` node.
 */

/** One node of lsblk's tree, normalised. */
export interface BlockNode {
  readonly name: string
  readonly type: string
  readonly fstype: string | null
  readonly mountpoints: readonly string[]
  readonly children: readonly BlockNode[]
}

/** Parse lsblk's JSON; null when it is not the expected shape (never guess). */
export function parseLsblkJson(text: string): BlockNode[] | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const devices = (data as { blockdevices?: unknown }).blockdevices
  if (!Array.isArray(devices)) return null
  const out: BlockNode[] = []
  for (const d of devices) {
    const n = parseNode(d, 0)
    if (n === null) return null
    out.push(n)
  }
  return out
}

function parseNode(raw: unknown, depth: number): BlockNode | null {
  if (depth > 32 || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null
  const r = raw as Record<string, unknown>
  if (typeof r['name'] !== 'string' || typeof r['type'] !== 'string') return null
  const fstype = r['fstype']
  if (fstype !== null && fstype !== undefined && typeof fstype !== 'string') return null
  const mountpoints: string[] = []
  const mps = r['mountpoints']
  if (Array.isArray(mps)) {
    for (const m of mps) {
      if (typeof m === 'string') mountpoints.push(m)
      else if (m !== null) return null
    }
  } else if (mps !== undefined && mps !== null) {
    return null
  }
  const mp = r['mountpoint']
  if (typeof mp === 'string') mountpoints.push(mp)
  else if (mp !== undefined && mp !== null) return null
  const children: BlockNode[] = []
  const kids = r['children']
  if (Array.isArray(kids)) {
    for (const k of kids) {
      const c = parseNode(k, depth + 1)
      if (c === null) return null
      children.push(c)
    }
  } else if (kids !== undefined && kids !== null) {
    return null
  }
  return {
    name: r['name'],
    type: r['type'],
    fstype: typeof fstype === 'string' && fstype !== '' ? fstype : null,
    mountpoints,
    children,
  }
}

/** Every root-to-node path (inclusive) ending at a node that matches. */
export function pathsTo(forest: readonly BlockNode[], match: (n: BlockNode) => boolean): BlockNode[][] {
  const out: BlockNode[][] = []
  const walk = (node: BlockNode, trail: BlockNode[]) => {
    const here = [...trail, node]
    if (match(node)) out.push(here)
    for (const c of node.children) walk(c, here)
  }
  for (const n of forest) walk(n, [])
  return out
}

/** Paths to the node(s) mounted at `mountpoint`. */
export function pathsToMount(forest: readonly BlockNode[], mountpoint: string): BlockNode[][] {
  return pathsTo(forest, (n) => n.mountpoints.includes(mountpoint))
}

/** Is a path protected by a dm-crypt layer (LUKS or plain) somewhere between the disk and the node? */
export function pathIsEncrypted(path: readonly BlockNode[]): boolean {
  return path.some((n) => n.type === 'crypt')
}

/** The chain as people read it, e.g. "nvme0n1 (disk) → nvme0n1p3 (part, crypto_LUKS) → …". */
export function describePath(path: readonly BlockNode[]): string {
  return path.map((n) => `${n.name} (${n.type}${n.fstype !== null ? `, ${n.fstype}` : ''})`).join(' → ')
}

export type MountProtection =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'encrypted'; readonly paths: readonly BlockNode[][]; readonly scheme: string }
  | { readonly kind: 'plain'; readonly paths: readonly BlockNode[][] }

/** Judge one mount point: encrypted only if every path to it crosses a crypt node. */
export function protectionOf(forest: readonly BlockNode[], mountpoint: string): MountProtection {
  const paths = pathsToMount(forest, mountpoint)
  if (paths.length === 0) return { kind: 'not-found' }
  if (!paths.every(pathIsEncrypted)) return { kind: 'plain', paths }
  return { kind: 'encrypted', paths, scheme: encryptionScheme(paths) }
}

/** "LUKS" when the layer under the crypt mapping is a crypto_LUKS device, otherwise "dm-crypt". */
export function encryptionScheme(paths: readonly (readonly BlockNode[])[]): string {
  for (const p of paths) {
    const i = p.findIndex((n) => n.type === 'crypt')
    const parent = i > 0 ? p[i - 1] : undefined
    if (parent?.fstype === 'crypto_LUKS') return 'LUKS'
  }
  return 'dm-crypt'
}

/** Find a node by its kernel/device-mapper name (as `findmnt` SOURCE shows it, without /dev/…). */
export function pathsToName(forest: readonly BlockNode[], name: string): BlockNode[][] {
  return pathsTo(forest, (n) => n.name === name)
}

/**
 * Parse `findmnt -n -o FSTYPE,SOURCE --target /`: e.g. "btrfs /dev/mapper/luks-1f0c[/root]" or
 * "zfs rpool/ROOT/ubuntu_x1y2z3". Returns null when the line is not two fields.
 */
export function parseFindmntRoot(text: string): { fstype: string; source: string } | null {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  if (lines.length !== 1) return null
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(lines[0] as string)
  if (!m) return null
  return { fstype: m[1] as string, source: m[2] as string }
}

/** The lsblk NAME that a findmnt SOURCE refers to: "/dev/mapper/x[/root]" → "x", "/dev/sda2" → "sda2". */
export function sourceDeviceName(source: string): string | null {
  const bare = source.replace(/\[.*\]$/, '')
  if (!bare.startsWith('/dev/')) return null
  const name = bare.split('/').pop() ?? ''
  return name === '' ? null : name
}

/** ZFS `encryption` property values that mean native encryption is on. */
export function zfsEncryptionOn(value: string): boolean | null {
  const v = value.trim()
  if (v === 'off') return false
  if (/^aes-(128|192|256)-(ccm|gcm)$/.test(v) || v === 'on') return true
  return null
}

/** Parse `zfs get -H -o property,value encryption,keystatus <ds>` into a map. */
export function parseZfsGet(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const parts = line.split('\t')
    if (parts.length === 2 && parts[0] !== undefined && parts[1] !== undefined)
      out[parts[0].trim()] = parts[1].trim()
  }
  return out
}
