/**
 * A full disk, for real: a tiny tmpfs is mounted, filled, and the CLI is asked to write to it.
 * Every write must fail with a clear "disk is full" message, leave the previous file intact and
 * leave no temporary files behind. Needs root and mount (as in CI); skipped with a reason otherwise.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CliIo } from '../../main/cli/command'
import { runCli } from '../../main/cli/index'
import { writeFileAtomic } from '../../main/util/atomic-write'

const base = mkdtempSync(path.join(tmpdir(), 'preflight-full-disk-'))
const disk = path.join(base, 'disk')
const isRoot = process.getuid?.() === 0
let mounted = false
let why = 'not root'

if (isRoot) {
  spawnSync('mkdir', ['-p', disk])
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk], { encoding: 'utf8' })
  mounted = r.status === 0
  why = mounted ? '' : `mount failed: ${(r.stderr || r.error?.message || '').trim()}`
}
if (!mounted) console.warn(`full-disk tests skipped: ${why}`)

/** The CISO's config folder (trust anchors), outside the full disk. */
const cisoHome = path.join(base, 'ciso-home')

async function cli(args: string[], env: Record<string, string> = { PREFLIGHT_HOME: cisoHome }) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTty: false,
    env,
    cwd: disk,
    prompt: async () => null,
  }
  const code = await runCli(args, io)
  return { code, stdout, stderr }
}

/** Fill the file system: write until ENOSPC. */
function fill(): void {
  const chunk = Buffer.alloc(4096, 1)
  for (let i = 0; ; i++) {
    try {
      writeFileSync(path.join(disk, `filler-${i}`), chunk)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOSPC') return
      throw err
    }
  }
}

describe.skipIf(!mounted)('on a full disk', () => {
  const campaign = path.join(disk, 'campaign')
  let rosterBefore = ''

  beforeAll(async () => {
    // Prepare while there is room: a campaign folder and a report to be replaced.
    const init = await cli(['ciso', 'init', '--dir', campaign, '--org', 'Test', '--insecure-no-passphrase'])
    expect(init.code, init.stderr).toBe(0)
    writeFileSync(path.join(disk, 'report.json'), 'previous contents')
    rosterBefore = readFileSync(path.join(campaign, 'roster.json'), 'utf8')
    fill()
  })

  afterAll(() => {
    spawnSync('umount', [disk])
    rmSync(base, { recursive: true, force: true })
  })

  it('writeFileAtomic fails with ENOSPC and keeps the old file whole, with no temp file left', async () => {
    await expect(
      writeFileAtomic(path.join(disk, 'report.json'), 'x'.repeat(64 * 1024)),
    ).rejects.toMatchObject({
      code: 'ENOSPC',
    })
    expect(readFileSync(path.join(disk, 'report.json'), 'utf8')).toBe('previous contents')
    expect(readdirSync(disk).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('check --record says the disk is full (exit 73)', async () => {
    const live = await cli(['check', '--json', '--record', path.join(disk, 'transcript.json')])
    console.log(`check --record on a full disk: exit ${live.code}: ${live.stderr.trim()}`)
    expect(live.code).toBe(73)
    expect(live.stderr).toMatch(/disk is full/)
    expect(readdirSync(disk).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('a CISO request cannot be issued, and the roster is left exactly as it was', async () => {
    const r = await cli([
      'ciso',
      'request',
      '--campaign',
      campaign,
      '--staff-id',
      'alice@campaign.example',
      '--purpose',
      'onboarding',
      '--out',
      path.join(disk, 'req.json'),
    ])
    console.log(`ciso request on a full disk: exit ${r.code}: ${r.stderr.trim()}`)
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/disk is full|no space/i)
    expect(readFileSync(path.join(campaign, 'roster.json'), 'utf8')).toBe(rosterBefore)
    expect(readdirSync(campaign).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('staff side: pinning a key fails clearly and leaves no lock behind', async () => {
    const home = path.join(disk, 'staff')
    const first = await cli(['trust', path.join(campaign, 'ciso.pub.pem'), '--yes'], { PREFLIGHT_HOME: home })
    console.log(`trust on a full disk: exit ${first.code}: ${first.stderr.trim()}`)
    expect(first.code).not.toBe(0)
    expect(first.stderr).toMatch(/disk is full|no space/i)
    const again = await cli(['trust', path.join(campaign, 'ciso.pub.pem'), '--yes'], { PREFLIGHT_HOME: home })
    expect(again.stderr).not.toMatch(/another Preflight is updating/)
    expect(again.stderr).toMatch(/disk is full|no space/i)
  })

  it('with room for the lock but not the new roster, the roster is still left as it was', async () => {
    // Free one page: the lock file fits, the roster's temporary copy does not.
    rmSync(path.join(disk, 'filler-0'))
    const r = await cli([
      'ciso',
      'request',
      '--campaign',
      campaign,
      '--staff-id',
      'alice@campaign.example',
      '--purpose',
      'onboarding',
      '--out',
      path.join(disk, 'req.json'),
    ])
    console.log(`ciso request with one free page: exit ${r.code}: ${r.stderr.trim()}`)
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/disk is full|no space/i)
    expect(readFileSync(path.join(campaign, 'roster.json'), 'utf8')).toBe(rosterBefore)
    expect(readdirSync(campaign).filter((n) => n.endsWith('.tmp') || n === 'roster.lock')).toEqual([])
  })
})
