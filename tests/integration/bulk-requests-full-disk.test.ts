/**
 * Bulk requests on a full disk, for real: small tmpfs file systems are mounted and filled, and
 * `preflight ciso request --staff-list` is run against them. Whichever disk fills half-way (the
 * output folder's, or the campaign folder's while the signed copies or the roster are written), the
 * command fails with a clear "disk is full" (exit 74), the roster is byte-for-byte what it was, no
 * request file, staging folder, issued copy or lock is left behind, and the same command succeeds
 * once there is room. Needs root and mount (as in CI); skipped with a reason otherwise.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../main/cli/command'
import { runCli } from '../../main/cli/index'

const base = mkdtempSync(path.join(tmpdir(), 'preflight-bulk-full-'))
const outDisk = path.join(base, 'out-disk')
const campDisk = path.join(base, 'camp-disk')
const isRoot = process.getuid?.() === 0
let mounted = false
let why = 'not root'

if (isRoot) {
  mkdirSync(outDisk)
  mkdirSync(campDisk)
  const a = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', outDisk], { encoding: 'utf8' })
  const b = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', campDisk], { encoding: 'utf8' })
  mounted = a.status === 0 && b.status === 0
  why = mounted ? '' : `mount failed: ${(a.stderr || b.stderr || '').trim()}`
}
if (!mounted) console.warn(`bulk-request full-disk tests skipped: ${why}`)

const cisoHome = path.join(base, 'ciso-home')
const STAFF = 100

async function cli(args: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: false,
    env: { PREFLIGHT_HOME: cisoHome },
    cwd: base,
    prompt: async () => null,
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}

/** Fill a file system with 4 KiB files until ENOSPC; returns their paths. */
function fill(disk: string): string[] {
  const chunk = Buffer.alloc(4096, 1)
  const files: string[] = []
  for (let i = 0; ; i++) {
    const f = path.join(disk, `filler-${i}`)
    try {
      writeFileSync(f, chunk)
      files.push(f)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOSPC') {
        rmSync(f, { force: true })
        return files
      }
      throw err
    }
  }
}

const list = path.join(base, 'staff.csv')

function bulk(campaign: string, outDir: string) {
  return cli([
    'ciso',
    'request',
    '--campaign',
    campaign,
    '--staff-list',
    list,
    '--purpose',
    'periodic',
    '--out-dir',
    outDir,
  ])
}

/** Everything under a folder that a failed run could have left (names only). */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => !n.startsWith('filler-'))
}

describe.skipIf(!mounted)('bulk requests on a full disk', () => {
  const onRoomyDisk = path.join(base, 'campaign')
  const onFullDisk = path.join(campDisk, 'campaign')

  beforeAll(async () => {
    writeFileSync(
      list,
      'staff id,name\n' +
        Array.from({ length: STAFF }, (_, i) => `staff${i}@campaign.example,Staffer ${i}`).join('\n'),
    )
    for (const dir of [onRoomyDisk, onFullDisk]) {
      const init = await cli(['ciso', 'init', '--dir', dir, '--org', 'Test', '--insecure-no-passphrase'])
      expect(init.code, init.stderr).toBe(0)
      // Sign the default policy now (one single request), so the bulk run only adds requests.
      const one = await cli([
        'ciso',
        'request',
        '--campaign',
        dir,
        '--staff-id',
        'first@campaign.example',
        '--purpose',
        'onboarding',
      ])
      expect(one.code, one.stderr).toBe(0)
    }
  })

  afterAll(() => {
    spawnSync('umount', [outDisk])
    spawnSync('umount', [campDisk])
    rmSync(base, { recursive: true, force: true })
  })

  it('the output folder’s disk fills half-way: nothing recorded, no file or staging folder left', async () => {
    const rosterBefore = readFileSync(path.join(onRoomyDisk, 'roster.json'), 'utf8')
    const issuedBefore = readdirSync(path.join(onRoomyDisk, 'issued', 'requests')).length
    // 256 KiB holds about 60 of the 100 request files (one 4 KiB page each) and no index.csv.
    const r = await bulk(onRoomyDisk, path.join(outDisk, 'wave-1'))
    console.log(`bulk requests, output disk full half-way: exit ${r.code}: ${r.stderr.trim()}`)
    expect(r.code).toBe(74)
    expect(r.stderr).toMatch(/the disk is full/)
    expect(r.stderr).toMatch(/no request was issued/)
    expect(readFileSync(path.join(onRoomyDisk, 'roster.json'), 'utf8')).toBe(rosterBefore)
    expect(readdirSync(path.join(onRoomyDisk, 'issued', 'requests'))).toHaveLength(issuedBefore)
    expect(readdirSync(outDisk)).toEqual([])
    expect(existsSync(path.join(onRoomyDisk, 'roster.lock'))).toBe(false)
    // With room, the same command works (nothing half-done stands in the way).
    const ok = await bulk(onRoomyDisk, path.join(base, 'wave-1'))
    expect(ok.code, ok.stderr).toBe(0)
    expect(readdirSync(path.join(base, 'wave-1'))).toHaveLength(STAFF + 1)
  })

  it('the campaign’s disk fills while the signed copies are written: nothing recorded, nothing left', async () => {
    const rosterBefore = readFileSync(path.join(onFullDisk, 'roster.json'), 'utf8')
    const issuedBefore = readdirSync(path.join(onFullDisk, 'issued', 'requests')).sort()
    const fillers = fill(campDisk)
    // Room for the lock and about 40 of the 100 signed copies.
    for (const f of fillers.slice(0, 40)) rmSync(f)
    const out = path.join(base, 'wave-2')
    const r = await bulk(onFullDisk, out)
    console.log(
      `bulk requests, campaign disk full half-way through issued/: exit ${r.code}: ${r.stderr.trim()}`,
    )
    expect(r.code).toBe(74)
    expect(r.stderr).toMatch(/the disk is full/)
    expect(readFileSync(path.join(onFullDisk, 'roster.json'), 'utf8')).toBe(rosterBefore)
    expect(readdirSync(path.join(onFullDisk, 'issued', 'requests')).sort()).toEqual(issuedBefore)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(base).filter((n) => n.includes('partial'))).toEqual([])
    expect(leftovers(campDisk)).toEqual(['campaign'])
    expect(readdirSync(onFullDisk).filter((n) => n.endsWith('.tmp') || n === 'roster.lock')).toEqual([])
    for (const f of fillers) rmSync(f, { force: true })
  })

  it('room for every signed copy but not for the new roster: nothing recorded, every copy removed', async () => {
    const rosterBefore = readFileSync(path.join(onFullDisk, 'roster.json'), 'utf8')
    const issuedBefore = readdirSync(path.join(onFullDisk, 'issued', 'requests')).sort()
    const fillers = fill(campDisk)
    // The lock and the 100 copies (one page each, a few spare), not the roster's backup copy
    // (the roster with 100 more requests is about 40 KiB: ten pages).
    for (const f of fillers.slice(0, STAFF + 4)) rmSync(f)
    const out = path.join(base, 'wave-3')
    const r = await bulk(onFullDisk, out)
    console.log(`bulk requests, no room for the roster: exit ${r.code}: ${r.stderr.trim()}`)
    expect(r.code).toBe(74)
    expect(r.stderr).toMatch(/roster|backups/)
    expect(r.stderr).toMatch(/the disk is full/)
    expect(readFileSync(path.join(onFullDisk, 'roster.json'), 'utf8')).toBe(rosterBefore)
    expect(readdirSync(path.join(onFullDisk, 'issued', 'requests')).sort()).toEqual(issuedBefore)
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(base).filter((n) => n.includes('partial'))).toEqual([])
    const backups = readdirSync(path.join(onFullDisk, 'backups'))
    expect(backups.filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(readdirSync(onFullDisk).filter((n) => n.endsWith('.tmp') || n === 'roster.lock')).toEqual([])
    for (const f of fillers) rmSync(f, { force: true })
    // With room again, the same list is issued, and the roster then holds every request of it.
    const ok = await bulk(onFullDisk, out)
    expect(ok.code, ok.stderr).toBe(0)
    const roster = (
      JSON.parse(readFileSync(path.join(onFullDisk, 'roster.json'), 'utf8')) as {
        roster: { requests: { staffId: string }[] }
      }
    ).roster
    expect(roster.requests.filter((q) => q.staffId.startsWith('staff'))).toHaveLength(STAFF)
  })
})
