import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveProgram, SystemProbe } from '../../../../main/probe/system-probe'

const probe = new SystemProbe({ platform: 'linux' })
const dir = mkdtempSync(path.join(tmpdir(), 'preflight-probe-'))

describe('SystemProbe.run', () => {
  it('returns stdout, stderr and the exit code without a shell', async () => {
    const out = await probe.run(['/bin/sh', '-c', 'echo out; echo err >&2; exit 3'])
    expect(out).toEqual({ kind: 'exit', stdout: 'out\n', stderr: 'err\n', exitCode: 3 })
    // Shell metacharacters in arguments are passed literally, never interpreted.
    const lit = await probe.run(['echo', '$(id) ; rm -rf /'])
    expect(lit).toMatchObject({ kind: 'exit', stdout: '$(id) ; rm -rf /\n', exitCode: 0 })
  })

  it('sets LC_ALL=C and LANG=C for children', async () => {
    const out = await probe.run(['/bin/sh', '-c', 'echo "$LC_ALL/$LANG"'])
    expect(out).toMatchObject({ kind: 'exit', stdout: 'C/C\n' })
  })

  it('reports a missing program as ENOENT', async () => {
    expect(await probe.run(['no-such-tool-preflight'])).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await probe.run([path.join(dir, 'missing')])).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await probe.run([])).toEqual({ kind: 'error', error: 'ENOENT' })
  })

  it('kills a hung command at its timeout', async () => {
    const t0 = Date.now()
    expect(await probe.run(['sleep', '30'], { timeoutMs: 300 })).toEqual({
      kind: 'error',
      error: 'ETIMEDOUT',
    })
    expect(Date.now() - t0).toBeLessThan(5000)
  })

  it('caps the output', async () => {
    const out = await probe.run(['/bin/sh', '-c', 'head -c 5000000 /dev/zero'])
    expect(out).toEqual({ kind: 'error', error: 'EOUTPUT' })
  })

  it('reports a non-executable file as not runnable', async () => {
    const f = path.join(dir, 'not-exec')
    writeFileSync(f, '#!/bin/sh\necho hi\n')
    chmodSync(f, 0o644)
    const out = await probe.run([f])
    expect(out.kind).toBe('error')
  })
})

describe('resolveProgram', () => {
  it('finds bare names only in the fixed system folders, not in PATH', async () => {
    const fake = path.join(dir, 'fake-tool-preflight')
    writeFileSync(fake, '#!/bin/sh\necho hijacked\n')
    chmodSync(fake, 0o755)
    expect(await resolveProgram('fake-tool-preflight', 'linux', { PATH: dir })).toBeNull()
    expect(await resolveProgram('sh', 'linux', {})).toMatch(/^\/(usr\/)?bin\/sh$/)
  })

  it('maps Windows programs to System32 under SystemRoot', async () => {
    expect(await resolveProgram('reg', 'win32', { SystemRoot: 'Z:\\NoWindows' })).toBeNull()
  })
})

describe('SystemProbe.readFile', () => {
  it('reads files, reports missing ones, and reads the tail of large logs', async () => {
    const f = path.join(dir, 'log.txt')
    writeFileSync(f, 'first line\nsecond line\nthird line\n')
    expect(await probe.readFile(f)).toEqual({ kind: 'file', text: 'first line\nsecond line\nthird line\n' })
    expect(await probe.readFile(path.join(dir, 'nope'))).toEqual({ kind: 'error', error: 'ENOENT' })
    // The tail drops the partial first line.
    expect(await probe.readFile(f, { tailBytes: 15 })).toEqual({ kind: 'file', text: 'third line\n' })
    expect(await probe.readFile(dir)).toEqual({ kind: 'error', error: 'EIO' })
  })

  it('reads only the head of a file with headBytes, even past the whole-file cap', async () => {
    const f = path.join(dir, 'big.cvd')
    const header = 'ClamAV-VDB:22 Nov 2026 07-26 +0000:27832:2076412:90:X:X:raynman:1795332360'.padEnd(
      512,
      ' ',
    )
    writeFileSync(f, Buffer.concat([Buffer.from(header), Buffer.alloc(5 * 1024 * 1024, 0x8b)]))
    expect(await probe.readFile(f)).toEqual({ kind: 'error', error: 'EIO' })
    expect(await probe.readFile(f, { headBytes: 512 })).toEqual({ kind: 'file', text: header })
    const small = path.join(dir, 'small.txt')
    writeFileSync(small, 'abc')
    expect(await probe.readFile(small, { headBytes: 512 })).toEqual({ kind: 'file', text: 'abc' })
    expect(await probe.readFile('/proc/self/status', { headBytes: 5 })).toEqual({
      kind: 'file',
      text: 'Name:',
    })
  })

  it('reads /proc files whose size is reported as 0', async () => {
    const out = await probe.readFile('/proc/self/status')
    expect(out.kind).toBe('file')
    if (out.kind === 'file') expect(out.text).toMatch(/^Name:/)
  })
})

describe('SystemProbe.listDir', () => {
  it('lists entry names in C (byte) order, not locale order', async () => {
    const d = path.join(dir, 'conf.d')
    mkdirSync(d)
    for (const n of ['b.conf', 'A.conf', '10-x.conf', 'a.conf', 'é.conf']) writeFileSync(path.join(d, n), '')
    expect(await probe.listDir(d)).toEqual({
      kind: 'dir',
      names: ['10-x.conf', 'A.conf', 'a.conf', 'b.conf', 'é.conf'],
    })
  })

  it('maps a missing folder or a file to ENOENT', async () => {
    expect(await probe.listDir(path.join(dir, 'nope'))).toEqual({ kind: 'error', error: 'ENOENT' })
    const f = path.join(dir, 'plain-file')
    writeFileSync(f, 'x')
    expect(await probe.listDir(f)).toEqual({ kind: 'error', error: 'ENOENT' })
  })

  it.skipIf(typeof process.getuid === 'function' && process.getuid() === 0)(
    'maps an unreadable folder to EACCES',
    async () => {
      const d = path.join(dir, 'locked.d')
      mkdirSync(d)
      chmodSync(d, 0o000)
      expect(await probe.listDir(d)).toEqual({ kind: 'error', error: 'EACCES' })
      chmodSync(d, 0o755)
    },
  )
})

describe('SystemProbe.stat', () => {
  it('says what is at a path without reading it, and "not there" for missing paths', async () => {
    const f = path.join(dir, 'Signal.exe')
    writeFileSync(f, 'x')
    const d = path.join(dir, 'Signal.app')
    mkdirSync(d)
    symlinkSync(f, path.join(dir, 'link'))
    symlinkSync(path.join(dir, 'gone'), path.join(dir, 'dangling'))
    expect(await probe.stat(f)).toEqual({ kind: 'file' })
    expect(await probe.stat(d)).toEqual({ kind: 'directory' })
    expect(await probe.stat('/dev/null')).toEqual({ kind: 'other' })
    // Symbolic links are followed (/usr/bin/signal-desktop -> /opt/Signal/signal-desktop).
    expect(await probe.stat(path.join(dir, 'link'))).toEqual({ kind: 'file' })
    expect(await probe.stat(path.join(dir, 'dangling'))).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await probe.stat(path.join(dir, 'nope'))).toEqual({ kind: 'error', error: 'ENOENT' })
    // A file where a folder was expected on the way is "not there", not an error.
    expect(await probe.stat(path.join(f, 'Contents'))).toEqual({ kind: 'error', error: 'ENOENT' })
  })
})
