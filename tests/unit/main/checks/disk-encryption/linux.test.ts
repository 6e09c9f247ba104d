import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseFindmntRoot,
  parseLsblkJson,
  protectionOf,
  sourceDeviceName,
  zfsEncryptionOn,
} from '../../../../../main/checks/disk-encryption/lsblk'
import { linuxStrategy } from '../../../../../main/checks/disk-encryption/linux'
import { exit, runStrategy } from '../linux-fake-probe'

const LSBLK = 'lsblk -J -o NAME,TYPE,FSTYPE,MOUNTPOINTS'

/** The lsblk stdout recorded in a fixture. */
function fixtureLsblk(name: string): string {
  const t = JSON.parse(readFileSync(path.resolve(__dirname, '../../../../fixtures/linux', name), 'utf8')) as {
    commands: { argv: string[]; stdout?: string }[]
  }
  const c = t.commands.find((x) => x.argv.join(' ') === LSBLK)
  if (c?.stdout === undefined) throw new Error(`${name} has no lsblk output`)
  return c.stdout
}

const UBUNTU = fixtureLsblk('fde-luks-lvm-ubuntu.json')
const FEDORA = fixtureLsblk('fde-luks-btrfs-fedora.json')
const PLAIN = fixtureLsblk('fde-unencrypted-debian.json')

describe('lsblk parsing', () => {
  it('finds LVM inside LUKS (Ubuntu) and btrfs subvolumes on LUKS (Fedora)', () => {
    for (const text of [UBUNTU, FEDORA]) {
      const forest = parseLsblkJson(text)
      expect(forest).not.toBeNull()
      const p = protectionOf(forest ?? [], '/')
      expect(p.kind).toBe('encrypted')
      if (p.kind === 'encrypted') expect(p.scheme).toBe('LUKS')
    }
  })

  it('calls a plain partition plain', () => {
    expect(protectionOf(parseLsblkJson(PLAIN) ?? [], '/').kind).toBe('plain')
  })

  it('handles LUKS on top of LVM (crypt below the mount, LVM below the crypt)', () => {
    const text = JSON.stringify({
      blockdevices: [
        {
          name: 'sda',
          type: 'disk',
          fstype: null,
          mountpoints: [null],
          children: [
            {
              name: 'sda2',
              type: 'part',
              fstype: 'LVM2_member',
              mountpoints: [null],
              children: [
                {
                  name: 'vg-root',
                  type: 'lvm',
                  fstype: 'crypto_LUKS',
                  mountpoints: [null],
                  children: [{ name: 'root_crypt', type: 'crypt', fstype: 'ext4', mountpoints: ['/'] }],
                },
              ],
            },
          ],
        },
      ],
    })
    const p = protectionOf(parseLsblkJson(text) ?? [], '/')
    expect(p.kind).toBe('encrypted')
  })

  it('requires every path to / to be encrypted (RAID with one plain member is plain)', () => {
    const md = (crypt: boolean) =>
      crypt
        ? {
            name: 'md0',
            type: 'raid1',
            fstype: 'crypto_LUKS',
            children: [{ name: 'md0_crypt', type: 'crypt', fstype: 'ext4', mountpoints: ['/'] }],
          }
        : { name: 'md0', type: 'raid1', fstype: 'ext4', mountpoints: ['/'] }
    const text = (a: boolean, b: boolean) =>
      JSON.stringify({
        blockdevices: [
          { name: 'sda', type: 'disk', fstype: 'linux_raid_member', children: [md(a)] },
          { name: 'sdb', type: 'disk', fstype: 'linux_raid_member', children: [md(b)] },
        ],
      })
    expect(protectionOf(parseLsblkJson(text(true, true)) ?? [], '/').kind).toBe('encrypted')
    expect(protectionOf(parseLsblkJson(text(true, false)) ?? [], '/').kind).toBe('plain')
  })

  it('rejects shapes that are not lsblk JSON', () => {
    expect(parseLsblkJson('')).toBeNull()
    expect(parseLsblkJson('{}')).toBeNull()
    expect(parseLsblkJson('{"blockdevices": [{"name": 1, "type": "disk"}]}')).toBeNull()
    expect(parseLsblkJson('{"blockdevices": [{"name": "a", "type": "disk", "mountpoints": "/"}]}')).toBeNull()
  })

  it('reads findmnt and zfs answers', () => {
    expect(parseFindmntRoot('btrfs  /dev/mapper/luks-1f0c[/root]\n')).toEqual({
      fstype: 'btrfs',
      source: '/dev/mapper/luks-1f0c[/root]',
    })
    expect(sourceDeviceName('/dev/mapper/luks-1f0c[/root]')).toBe('luks-1f0c')
    expect(sourceDeviceName('rpool/ROOT/ubuntu')).toBeNull()
    expect(zfsEncryptionOn('aes-256-gcm')).toBe(true)
    expect(zfsEncryptionOn('off')).toBe(false)
    expect(zfsEncryptionOn('-')).toBeNull()
  })
})

describe('disk-encryption strategy (linux)', () => {
  const withLsblk = (stdout: string, code = 0) => ({
    run: (cmd: string) => (cmd === LSBLK ? exit(stdout, code) : undefined),
  })

  it('passes on real encrypted layouts and fails on a plain one', async () => {
    expect((await runStrategy(linuxStrategy, withLsblk(UBUNTU))).status).toBe('pass')
    expect((await runStrategy(linuxStrategy, withLsblk(FEDORA))).status).toBe('pass')
    expect((await runStrategy(linuxStrategy, withLsblk(PLAIN))).status).toBe('fail')
  })

  it('fails when only /home is encrypted', async () => {
    const text = JSON.stringify({
      blockdevices: [
        {
          name: 'sda',
          type: 'disk',
          fstype: null,
          mountpoints: [null],
          children: [
            { name: 'sda1', type: 'part', fstype: 'ext4', mountpoints: ['/'] },
            {
              name: 'sda2',
              type: 'part',
              fstype: 'crypto_LUKS',
              mountpoints: [null],
              children: [{ name: 'home', type: 'crypt', fstype: 'ext4', mountpoints: ['/home'] }],
            },
          ],
        },
      ],
    })
    const v = await runStrategy(linuxStrategy, withLsblk(text))
    expect(v.status).toBe('fail')
    expect(v.summary).toMatch(/home/i)
  })

  it('a LUKS unlock on the kernel command line against a plain lsblk view is unknown, not fail', async () => {
    const cmdline =
      'BOOT_IMAGE=(hd0,gpt2)/vmlinuz-6.17.7-300.fc43.x86_64 root=UUID=1b2c rd.luks.uuid=luks-6c3d1f0e rhgb quiet\n'
    const v = await runStrategy(linuxStrategy, { ...withLsblk(PLAIN), files: { '/proc/cmdline': cmdline } })
    expect(v.status).toBe('unknown')
    const plainCmdline = 'BOOT_IMAGE=/boot/vmlinuz-6.1.0-40-amd64 root=UUID=3f1e ro quiet\n'
    const w = await runStrategy(linuxStrategy, {
      ...withLsblk(PLAIN),
      files: { '/proc/cmdline': plainCmdline },
    })
    expect(w.status).toBe('fail')
  })

  it('is unknown, never pass, inside a container even when lsblk shows a crypt layer', async () => {
    const v = await runStrategy(linuxStrategy, { ...withLsblk(UBUNTU), files: { '/.dockerenv': '' } })
    expect(v.status).toBe('unknown')
    expect(v.remediationId).toBe('disk-encryption.linux.host')
  })

  it('never passes on random text, random JSON or truncated real output', async () => {
    const truncated = fc
      .tuple(fc.constantFrom(UBUNTU, FEDORA, PLAIN), fc.nat())
      // A strict prefix of the JSON itself (dropping only the final newline would leave it whole).
      .map(([t, n]) => t.slice(0, n % t.trimEnd().length))
    const randomJson = fc.json().filter((j) => !j.includes('crypt'))
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), truncated, randomJson),
        fc.integer({ min: 0, max: 3 }),
        async (out, code) => {
          const v = await runStrategy(linuxStrategy, withLsblk(out, code))
          expect(v.status).not.toBe('pass')
        },
      ),
      { numRuns: 300 },
    )
  })

  it('never passes when no crypt node exists anywhere in a generated tree', async () => {
    const node: fc.Memo<Record<string, unknown>> = fc.memo((depth) =>
      fc.record({
        name: fc.stringMatching(/^[a-z]{1,6}[0-9]?$/),
        type: fc.constantFrom('disk', 'part', 'lvm', 'raid1', 'loop', 'rom'),
        fstype: fc.constantFrom(null, 'ext4', 'btrfs', 'LVM2_member', 'crypto_LUKS', 'vfat'),
        mountpoints: fc.array(fc.constantFrom(null, '/', '/home', '/boot', '[SWAP]'), {
          minLength: 1,
          maxLength: 2,
        }),
        children: depth > 1 ? fc.array(node(depth - 1), { maxLength: 3 }) : fc.constant([]),
      }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(node(4), { maxLength: 3 }), async (devices) => {
        const v = await runStrategy(linuxStrategy, withLsblk(JSON.stringify({ blockdevices: devices })))
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 200 },
    )
  })
})
