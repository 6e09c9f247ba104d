import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeWriteError, writeFileAtomic } from '../../../../main/util/atomic-write'

describe('writeFileAtomic', () => {
  it('replaces a file and leaves no temporary files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'preflight-aw-'))
    const f = path.join(dir, 'a.json')
    writeFileSync(f, 'old')
    await writeFileAtomic(f, 'new', { mode: 0o600 })
    expect(readFileSync(f, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['a.json'])
  })

  it('creates new files with the requested mode', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'preflight-aw-'))
    const f = path.join(dir, 'key')
    await writeFileAtomic(f, 'secret', { mode: 0o600 })
    expect(statSync(f).mode & 0o777).toBe(0o600)
  })

  it('exclusive mode never overwrites an existing file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'preflight-aw-'))
    const f = path.join(dir, 'key')
    writeFileSync(f, 'identity')
    await expect(writeFileAtomic(f, 'other', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' })
    expect(readFileSync(f, 'utf8')).toBe('identity')
    expect(readdirSync(dir)).toEqual(['key'])
  })

  it('keeps the old file when the write fails', async () => {
    if (process.getuid?.() === 0) {
      // root ignores directory permissions; simulate failure with a missing folder instead.
      await expect(
        writeFileAtomic(path.join(tmpdir(), 'no-such-dir-preflight', 'x'), 'y'),
      ).rejects.toMatchObject({ code: 'ENOENT' })
      return
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'preflight-aw-'))
    const f = path.join(dir, 'a')
    writeFileSync(f, 'old')
    chmodSync(dir, 0o500)
    await expect(writeFileAtomic(f, 'new')).rejects.toBeTruthy()
    chmodSync(dir, 0o700)
    expect(readFileSync(f, 'utf8')).toBe('old')
  })

  it('explains disk-full and permission errors', () => {
    const e = (code: string) => Object.assign(new Error(code), { code })
    expect(describeWriteError('/x', e('ENOSPC'))).toMatch(/disk is full/)
    expect(describeWriteError('/x', e('EACCES'))).toMatch(/permission denied/)
    expect(describeWriteError('/x', e('EEXIST'))).toMatch(/already exists/)
  })
})
