import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isLoopbackAddress,
  parseMacNetstat,
  parseSsListeners,
  remoteListeners,
  remotePort,
  splitHostPort,
} from '../../../../../main/checks/remote-access/listeners'

/** Recorded with iproute2 6.1 (`ss -ltnH`) in a network namespace with a listener on 0.0.0.0:22. */
const SS_REAL =
  'LISTEN 0      511          0.0.0.0:22        0.0.0.0:*          \n' +
  'LISTEN 0      4096   127.0.0.53%lo:53        0.0.0.0:*          \n' +
  'LISTEN 0      4096           [::1]:631          [::]:*          \n' +
  'LISTEN 0      10                 *:3389            *:*          \n' +
  'LISTEN 0      5    [fe80::1]%wlp2s0:5901          [::]:*          \n'

const NETSTAT =
  'Active Internet connections (including servers)\n' +
  'Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)    \n' +
  'tcp4       0      0  192.168.1.23.52144     17.57.146.52.5223      ESTABLISHED\n' +
  'tcp46      0      0  *.22                   *.*                    LISTEN     \n' +
  'tcp4       0      0  127.0.0.1.631          *.*                    LISTEN     \n' +
  'tcp6       0      0  ::1.631                *.*                    LISTEN     \n' +
  'tcp4       0      0  *.3283                 *.*                    LISTEN     \n' +
  'tcp6       0      0  fe80::1%lo0.5900       *.*                    LISTEN     \n'

describe('addresses and ports', () => {
  it('splits host:port in every form ss prints', () => {
    expect(splitHostPort('0.0.0.0:22')).toEqual({ address: '0.0.0.0', port: 22, loopback: false })
    expect(splitHostPort('*:3389')).toEqual({ address: '*', port: 3389, loopback: false })
    expect(splitHostPort('[::]:22')).toEqual({ address: '::', port: 22, loopback: false })
    expect(splitHostPort('[::1]:22')).toEqual({ address: '::1', port: 22, loopback: true })
    expect(splitHostPort('127.0.0.53%lo:53')).toEqual({ address: '127.0.0.53', port: 53, loopback: true })
    expect(splitHostPort('[fe80::1]%wlp2s0:22')).toEqual({ address: 'fe80::1', port: 22, loopback: false })
    expect(splitHostPort('[::ffff:127.0.0.1]:22')?.loopback).toBe(true)
    expect(splitHostPort('192.168.1.5:22')?.loopback).toBe(false)
  })

  it('rejects ambiguous or malformed addresses', () => {
    for (const bad of [
      '::1:22',
      '0.0.0.0:',
      ':22',
      '0.0.0.0:65536',
      '0.0.0.0:0',
      'host.example:22',
      '[::1]x:22',
      '',
    ])
      expect(splitHostPort(bad), bad).toBeNull()
  })

  it('treats only 127/8, ::1, mapped 127/8 and loopback interfaces as loopback', () => {
    expect(isLoopbackAddress('127.1.2.3')).toBe(true)
    expect(isLoopbackAddress('::1')).toBe(true)
    expect(isLoopbackAddress('fe80::1', 'lo0')).toBe(true)
    for (const a of ['0.0.0.0', '*', '::', '10.0.0.1', '128.0.0.1', 'fe80::1', '::ffff:10.0.0.1'])
      expect(isLoopbackAddress(a), a).toBe(false)
  })

  it('maps ports to remote-login services by number', () => {
    expect(remotePort(22)).toBe('ssh')
    expect(remotePort(3389)).toBe('rdp')
    expect(remotePort(3390, { rdpPort: 3390 })).toBe('rdp')
    expect(remotePort(5900)).toBe('vnc')
    expect(remotePort(5999)).toBe('vnc')
    expect(remotePort(6000)).toBeNull()
    expect(remotePort(3283)).toBeNull()
    expect(remotePort(3283, { mac: true })).toBe('ard')
    expect(remotePort(3031, { mac: true })).toBe('eppc')
    expect(remotePort(631)).toBeNull()
  })
})

describe('ss -ltnH', () => {
  it('reads columns, not text: reachable and loopback-only listeners', () => {
    const t = parseSsListeners(SS_REAL)
    expect(t?.unparsed).toBe(0)
    const r = remoteListeners(t as NonNullable<typeof t>)
    expect(r.open.map((l) => `${l.address}:${l.port}`)).toEqual(['0.0.0.0:22', '*:3389', 'fe80::1:5901'])
    expect(r.local).toEqual([])
  })

  it('skips a header line but counts anything else it cannot read', () => {
    expect(parseSsListeners('State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n')).toEqual({
      listeners: [],
      unparsed: 0,
    })
    expect(parseSsListeners('ESTAB 0 0 10.0.0.2:22 10.0.0.9:5000\n')?.unparsed).toBe(1)
    expect(parseSsListeners('Cannot open netlink socket: Protocol not supported\n')?.unparsed).toBe(1)
  })

  it('refuses output cut mid-line (a cut "22" could be "2222")', () => {
    expect(parseSsListeners('LISTEN 0 128 0.0.0.0:22')).toBeNull()
  })

  it('random text is never a complete, clean table with nothing listening', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        fc.pre(s.trim() !== '')
        const t = parseSsListeners(s)
        // Either rejected, or some line was unreadable, or it really parsed LISTEN rows.
        if (t === null || t.unparsed > 0) return
        expect(
          s
            .split('\n')
            .filter((l) => l.trim() !== '')
            .every((l) => /^\s*(LISTEN|State)\s/.test(l)),
        ).toBe(true)
      }),
    )
  })
})

describe('macOS netstat -an -p tcp', () => {
  it('reads LISTEN rows by position, joined address.port, ignoring other states', () => {
    const t = parseMacNetstat(NETSTAT)
    expect(t?.unparsed).toBe(0)
    const r = remoteListeners(t as NonNullable<typeof t>, { mac: true })
    expect(r.open.map((l) => `${l.address}.${l.port}`)).toEqual(['*.22', '*.3283'])
    expect(r.local.map((l) => `${l.address}.${l.port}`)).toEqual(['fe80::1.5900'])
  })

  it('needs the title line and a final line break', () => {
    expect(parseMacNetstat('')).toBeNull()
    expect(parseMacNetstat('tcp4 0 0 *.22 *.* LISTEN\n')).toBeNull()
    expect(parseMacNetstat(NETSTAT.slice(0, -3))).toBeNull()
    expect(parseMacNetstat('Active Internet connections (including servers)\n')).toEqual({
      listeners: [],
      unparsed: 0,
    })
  })

  it('counts unknown rows instead of ignoring them', () => {
    const t = parseMacNetstat('Active Internet connections (including servers)\nudp4 0 0 *.5353 *.*\n')
    expect(t?.unparsed).toBe(1)
  })
})
