/**
 * Listening TCP sockets, by value: which local address and port each listener is bound to, whether
 * that address is loopback (unreachable from the network), and which remote-login service a port
 * belongs to. Shared by the three platforms; each has its own parser for its tool's columns.
 *
 * Ports judged (detection-more.md 3): 22 SSH, 3389 RDP, 5900-5999 VNC / Screen Sharing, and on macOS
 * also 3283 (Apple Remote Desktop) and 3031 (Remote Apple Events).
 */
import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

export interface Listener {
  /** The local address as printed, without brackets or a %interface suffix ("0.0.0.0", "::", "*"). */
  readonly address: string
  readonly port: number
  /** True for 127.0.0.0/8, ::1, ::ffff:127.x and addresses scoped to a loopback interface. */
  readonly loopback: boolean
}

/** A port that lets someone log in or take over the screen, and what usually listens there. */
export type RemotePort = 'ssh' | 'rdp' | 'vnc' | 'ard' | 'eppc'

/** What usually listens on a remote-login port, in words. */
export function portNameMsg(kind: RemotePort): Msg {
  return msg(`check.remote-access.common.port.${kind}`)
}

/** The remote-login service a TCP port belongs to (rdpPort: Windows may move RDP off 3389). */
export function remotePort(
  port: number,
  options: { readonly mac?: boolean; readonly rdpPort?: number } = {},
): RemotePort | null {
  if (port === 22) return 'ssh'
  if (port === 3389 || (options.rdpPort !== undefined && port === options.rdpPort)) return 'rdp'
  if (port >= 5900 && port <= 5999) return 'vnc'
  if (options.mac === true && port === 3283) return 'ard'
  if (options.mac === true && port === 3031) return 'eppc'
  return null
}

/** Is this (bracket- and scope-free) address loopback? Wildcards and everything else are not. */
export function isLoopbackAddress(address: string, scope: string | null = null): boolean {
  if (scope !== null && /^lo\d*$/.test(scope)) return true
  const a = address.toLowerCase()
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a)) return true
  if (a === '::1' || a === '0:0:0:0:0:0:0:1') return true
  if (/^::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a)) return true
  return false
}

/** Parse a decimal TCP port (1-65535), or null. */
export function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null
  const n = Number(text)
  return n >= 1 && n <= 65535 ? n : null
}

/**
 * Split `host:port` as printed by iproute2 `ss` or Windows netstat: `0.0.0.0:22`, `*:22`, `[::]:22`,
 * `127.0.0.53%lo:53`, `[fe80::1]%wlan0:22`, `[fe80::1%wlan0]:22`. Null for anything else.
 */
export function splitHostPort(text: string): Listener | null {
  const colon = text.lastIndexOf(':')
  if (colon <= 0) return null
  const port = parsePort(text.slice(colon + 1))
  if (port === null) return null
  let host = text.slice(0, colon)
  let scope: string | null = null
  const bracketed = /^\[([^\]]+)\](?:%([\w.-]+))?$/.exec(host)
  if (bracketed) {
    host = bracketed[1] as string
    scope = bracketed[2] ?? null
  } else if (host.includes(':')) {
    return null // an unbracketed IPv6 address with a port is ambiguous
  }
  const pct = host.indexOf('%')
  if (pct >= 0) {
    scope = host.slice(pct + 1)
    host = host.slice(0, pct)
  }
  if (!/^(\*|[0-9a-fA-F.:]+)$/.test(host)) return null
  if (scope !== null && !/^[\w.-]+$/.test(scope)) return null
  return { address: host, port, loopback: isLoopbackAddress(host, scope) }
}

/** Result of parsing a tool's listener table. */
export interface ListenerTable {
  readonly listeners: readonly Listener[]
  /** Lines that were neither a listener nor a known header: the table cannot be trusted as complete. */
  readonly unparsed: number
}

/** The listeners on remote-login ports, split into reachable and loopback-only. */
export function remoteListeners(
  table: ListenerTable,
  options: { readonly mac?: boolean; readonly rdpPort?: number } = {},
): {
  readonly open: (Listener & { kind: RemotePort })[]
  readonly local: (Listener & { kind: RemotePort })[]
} {
  const open: (Listener & { kind: RemotePort })[] = []
  const local: (Listener & { kind: RemotePort })[] = []
  for (const l of table.listeners) {
    const kind = remotePort(l.port, options)
    if (kind === null) continue
    ;(l.loopback ? local : open).push({ ...l, kind })
  }
  return { open, local }
}

/** "port 22 (SSH) on 0.0.0.0" for observed lines. */
export function describeListener(l: Listener & { kind: RemotePort }): Msg {
  const where =
    l.address === '*'
      ? msg('check.remote-access.common.where.all')
      : l.address === '0.0.0.0'
        ? msg('check.remote-access.common.where.ipv4')
        : l.address === '::'
          ? msg('check.remote-access.common.where.ipv6')
          : l.address
  return msg('check.remote-access.common.listener', { port: l.port, service: portNameMsg(l.kind), where })
}

/** "listening for connections from the network: port 22 (SSH) on …" */
export function listeningMsg(l: Listener & { kind: RemotePort }): Msg {
  return msg('check.remote-access.common.listening', { listener: describeListener(l) })
}

/** "port 22 (SSH) on 127.0.0.1: loopback only, not reachable from the network" */
export function loopbackMsg(l: Listener & { kind: RemotePort }): Msg {
  return msg('check.remote-access.common.loopback', { listener: describeListener(l) })
}

/**
 * iproute2 `ss -ltnH` (no header): `LISTEN 0 128 0.0.0.0:22 0.0.0.0:*`, columns split on whitespace.
 * Every line must be a LISTEN row with numeric queues and a parseable local address; a header line
 * (`State Recv-Q …`, printed by versions without -H) is skipped. Null for output cut mid-line.
 */
export function parseSsListeners(stdout: string): ListenerTable | null {
  if (stdout.trim() !== '' && !stdout.endsWith('\n')) return null
  const listeners: Listener[] = []
  let unparsed = 0
  for (const raw of stdout.split('\n')) {
    const line = raw.trim()
    if (line === '') continue
    const f = line.split(/\s+/)
    if (f[0] === 'State' && f[1] === 'Recv-Q') continue
    if (f.length < 5 || f[0] !== 'LISTEN' || !/^\d+$/.test(f[1] ?? '') || !/^\d+$/.test(f[2] ?? '')) {
      unparsed++
      continue
    }
    const l = splitHostPort(f[3] as string)
    if (l === null) unparsed++
    else listeners.push(l)
  }
  return { listeners, unparsed }
}

/**
 * macOS `netstat -an -p tcp`: `tcp46 0 0 *.22 *.* LISTEN`. The address and port are joined with a
 * dot (`127.0.0.1.631`, `::1.631`, `fe80::1%lo0.631`). Rows in other TCP states are ignored; the two
 * header lines are skipped; anything else counts as unparsed. netstat's state names are constants
 * from the kernel's TCP state table, never translated. Null without the title line (netstat always
 * prints it) or when cut mid-line.
 */
export function parseMacNetstat(stdout: string): ListenerTable | null {
  if (!stdout.endsWith('\n')) return null
  // netstat always prints its title line, even with no sockets: output without it is not netstat's.
  if (!/^Active Internet connections/m.test(stdout)) return null
  const listeners: Listener[] = []
  let unparsed = 0
  for (const raw of stdout.split('\n')) {
    const line = raw.trim()
    if (line === '') continue
    if (line.startsWith('Active Internet connections') || line.startsWith('Proto ')) continue
    const f = line.split(/\s+/)
    if (!/^tcp(4|6|46)?$/.test(f[0] ?? '') || f.length < 6) {
      unparsed++
      continue
    }
    if (f[5] !== 'LISTEN') continue
    const local = f[3] as string
    const dot = local.lastIndexOf('.')
    const port = dot > 0 ? parsePort(local.slice(dot + 1)) : null
    if (port === null) {
      unparsed++
      continue
    }
    let host = local.slice(0, dot)
    let scope: string | null = null
    const pct = host.indexOf('%')
    if (pct >= 0) {
      scope = host.slice(pct + 1)
      host = host.slice(0, pct)
    }
    if (!/^(\*|[0-9a-fA-F.:]+)$/.test(host)) {
      unparsed++
      continue
    }
    listeners.push({ address: host, port, loopback: isLoopbackAddress(host, scope) })
  }
  return { listeners, unparsed }
}
