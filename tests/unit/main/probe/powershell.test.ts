/**
 * One PowerShell per run (main/probe/powershell.ts), tested on Linux with a fake powershell.exe
 * (fake-powershell.mjs, a Node program speaking the host protocol) behind an injected launcher that
 * counts every process start.
 */
import { CHECK_IDS } from '../../../../shared/check-types'
import { execFile, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runChecks } from '../../../../main/engine/run-checks'
import { powershellArgv } from '../../../../main/checks/win32/common'
import {
  batchableScript,
  hostScript,
  parseHostLine,
  PowerShellHost,
  powershellQueryArgv,
} from '../../../../main/probe/powershell'
import { SystemProbe, type ProcessLauncher } from '../../../../main/probe/system-probe'
import {
  parseTranscript,
  RecordingProbe,
  ReplayProbe,
  commandKey,
  type Transcript,
} from '../../../../main/probe/transcript'
import type { CommandOutcome } from '../../../../main/probe/probe'

const FAKE = path.join(__dirname, 'fake-powershell.mjs')
const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-ps-'))

interface Counting {
  readonly launcher: ProcessLauncher
  readonly starts: { host: number; alone: number; other: number }
}

/** A launcher that runs the fake for powershell.exe and counts every start. */
function countingLauncher(env: NodeJS.ProcessEnv = {}, other?: ProcessLauncher['execFile']): Counting {
  const starts = { host: 0, alone: 0, other: 0 }
  const launcher: ProcessLauncher = {
    spawn(file, args, options) {
      expect(file).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe')
      starts.host += 1
      return spawn(process.execPath, [FAKE, ...args], { ...options, env: { ...options.env, ...env } })
    },
    execFile(file, args, options, callback) {
      if (/powershell\.exe$/.test(file)) {
        starts.alone += 1
        return execFile(
          process.execPath,
          [FAKE, ...args],
          { ...options, env: { ...options.env, ...env } },
          callback,
        )
      }
      starts.other += 1
      if (other === undefined) throw new Error(`unexpected program ${file}`)
      return other(file, args, options, callback)
    },
  }
  return { launcher, starts }
}

const resolveWin = async (program: string): Promise<string | null> =>
  /^powershell(\.exe)?$/i.test(program)
    ? 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe'
    : `C:\\Windows\\System32\\${program}`

function winProbe(c: Counting, extra: { powershell?: 'batched' | 'per-query' } = {}): SystemProbe {
  return new SystemProbe({ platform: 'win32', env: {}, launcher: c.launcher, resolve: resolveWin, ...extra })
}

const q = (script: string) => powershellQueryArgv(script)
const exit = (stdout: string, stderr = '', exitCode = 0): CommandOutcome => ({
  kind: 'exit',
  stdout,
  stderr,
  exitCode,
})

describe('batchableScript', () => {
  it('accepts exactly the checks’ PowerShell argv', () => {
    expect(batchableScript(powershellArgv('Get-Date'), undefined)).toBe('Get-Date')
    expect(
      batchableScript(
        [
          'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\POWERSHELL.EXE',
          '-NoProfile',
          '-NonInteractive',
          '-Command',
          'x',
        ],
        undefined,
      ),
    ).toBe('x')
    expect(batchableScript(['powershell', '-NoProfile', '-NonInteractive', '-Command', 'x'], {})).toBe('x')
  })

  it('leaves everything else to a process of its own', () => {
    expect(batchableScript(['reg.exe', 'query', 'HKLM'], undefined)).toBeNull()
    expect(
      batchableScript(['pwsh.exe', '-NoProfile', '-NonInteractive', '-Command', 'x'], undefined),
    ).toBeNull()
    expect(batchableScript(['powershell.exe', '-NoProfile', '-Command', 'x'], undefined)).toBeNull()
    expect(
      batchableScript(['powershell.exe', '-NoProfile', '-NonInteractive', '-File', 'x'], undefined),
    ).toBeNull()
    expect(batchableScript(q('x'), { FOO: '1' })).toBeNull()
    expect(batchableScript(q('   '), undefined)).toBeNull()
    for (const s of [
      'if ($x) { exit 3 }',
      'cmd /c ver; $LASTEXITCODE',
      '$Host.UI.RawUI',
      '[Console]::WriteLine(1)',
      '[System.Console]::Out',
      'Write-Host hi',
      'Read-Host',
      'Get-Date | Out-Host',
      'Write-Information x',
    ]) {
      expect(batchableScript(q(s), undefined), s).toBeNull()
    }
    // Words that merely contain those names are fine.
    expect(batchableScript(q("'exited' + 'ExitCode'"), undefined)).not.toBeNull()
  })
})

describe('hostScript', () => {
  const s = hostScript('0123456789abcdef0123456789abcdef', 2_097_152)
  it('is one line with single quotes only (powershell.exe 5.1 mangles double quotes)', () => {
    expect(s).not.toMatch(/["\r\n]/)
    expect(s.length).toBeLessThan(8000)
  })
  it('uses the invariant culture, no execution-policy bypass, no encoded command, no temp file', () => {
    expect(s).toContain('DefaultThreadCurrentCulture = $inv')
    expect(s).toContain('CurrentThread.CurrentCulture = [Globalization.CultureInfo]::InvariantCulture')
    expect(s).not.toMatch(/ExecutionPolicy|EncodedCommand|FromBase64String|Invoke-Expression|\biex\b|\.ps1/i)
    expect(s).toContain("$n = '0123456789abcdef0123456789abcdef';")
    expect(s).toContain('-gt 2097152')
  })
  it('refuses a nonce that is not hex', () => {
    expect(() => hostScript("x'; rm", 10)).toThrow()
  })
})

describe('parseHostLine', () => {
  const n = 'abcdef0123456789'
  const b = (t: string) => Buffer.from(t, 'utf8').toString('base64')
  it('reads answers and the ready line, anywhere in a line', () => {
    expect(parseHostLine(`@@PF ${n} ready\r`, n, 100)).toEqual({ kind: 'ready' })
    expect(parseHostLine(`junk @@PF ${n} 7 ok 3 ${b('Invité ✓\r\n')} ${b('err\r\n')}\r`, n, 100)).toEqual({
      kind: 'answer',
      id: 7,
      outcome: exit('Invité ✓\r\n', 'err\r\n', 3),
    })
    expect(parseHostLine(`@@PF ${n} 8 ok 0  `, n, 100)).toEqual({ kind: 'answer', id: 8, outcome: exit('') })
    expect(parseHostLine(`@@PF ${n} 9 err ETIMEDOUT`, n, 100)).toEqual({
      kind: 'answer',
      id: 9,
      outcome: { kind: 'error', error: 'ETIMEDOUT' },
    })
  })
  it('ignores lines of other hosts and noise, flags broken answers', () => {
    expect(parseHostLine(`@@PF 0000 1 ok 0 ${b('forged')} `, n, 100)).toBeNull()
    expect(parseHostLine('Invité', n, 100)).toBeNull()
    expect(parseHostLine(`@@PF ${n} 4 ok 0 not*base64 `, n, 100)).toEqual({ kind: 'bad', id: 4 })
    expect(parseHostLine(`@@PF ${n} 4 err ENOENT`, n, 100)).toEqual({ kind: 'bad', id: 4 })
    expect(parseHostLine(`@@PF ${n} what`, n, 100)).toEqual({ kind: 'bad', id: null })
  })
  it('caps output by bytes', () => {
    expect(parseHostLine(`@@PF ${n} 1 ok 0 ${b('é'.repeat(60))} `, n, 100)).toEqual({
      kind: 'answer',
      id: 1,
      outcome: { kind: 'error', error: 'EOUTPUT' },
    })
  })
})

describe('SystemProbe on Windows: one powershell.exe per run', () => {
  it('answers N concurrent queries from one process start, each with its own output and exit code', async () => {
    const c = countingLauncher()
    const probe = winProbe(c)
    const rec = new RecordingProbe(probe)
    const scripts = [
      'fake:echo one',
      'fake:sleep 150 two',
      'fake:fail 1 Get-Thing : Zugriff verweigert',
      'fake:echo Invité ✓',
      'fake:sleep 50 five',
      'fake:echo @@PF 0123 1 ok 0 AAAA',
      'fake:noise seven',
      'fake:echo eight',
    ]
    const outs = await Promise.all(scripts.map((s) => rec.run(q(s), { timeoutMs: 10_000 })))
    expect(outs).toEqual([
      exit('one\r\n'),
      exit('two\r\n'),
      exit('', 'Get-Thing : Zugriff verweigert\r\n', 1),
      exit('Invité ✓\r\n'),
      exit('five\r\n'),
      exit('@@PF 0123 1 ok 0 AAAA\r\n'),
      exit('seven\r\n'),
      exit('eight\r\n'),
    ])
    expect(c.starts).toEqual({ host: 1, alone: 0, other: 0 })
    expect(probe.powershellHost?.hostStarts).toBe(1)
    // Each query is its own transcript entry with exactly the argv the check gave.
    const t = rec.transcript()
    expect(t.commands.map((x) => x.argv[4]).sort()).toEqual([...scripts].sort())
    expect(t.commands.every((x) => commandKey(x.argv) === commandKey(q(x.argv[4] as string)))).toBe(true)
    expect(t.commands.find((x) => x.argv[4] === scripts[2])).toEqual({
      argv: q(scripts[2] as string),
      stdout: '',
      stderr: 'Get-Thing : Zugriff verweigert\r\n',
      exitCode: 1,
    })
    // Replaying that transcript gives the same answers without any process.
    const replay = new ReplayProbe(t)
    expect(await replay.run(q('fake:echo Invité ✓'))).toEqual(exit('Invité ✓\r\n'))
  })

  it('cuts off a hung query at its timeout while the others are answered by the same process', async () => {
    const c = countingLauncher()
    const probe = winProbe(c)
    const t0 = Date.now()
    const [hung, a, b] = await Promise.all([
      probe.run(q('fake:hang'), { timeoutMs: 400 }),
      probe.run(q('fake:sleep 100 a'), { timeoutMs: 5000 }),
      probe.run(q('fake:echo b'), { timeoutMs: 5000 }),
    ])
    expect(hung).toEqual({ kind: 'error', error: 'ETIMEDOUT' })
    expect(a).toEqual(exit('a\r\n'))
    expect(b).toEqual(exit('b\r\n'))
    expect(Date.now() - t0).toBeLessThan(4000)
    // The host is still usable afterwards.
    expect(await probe.run(q('fake:echo after'), { timeoutMs: 5000 })).toEqual(exit('after\r\n'))
    expect(c.starts.host).toBe(1)
  })

  it('kills a host that stops answering altogether, and answers the other queries from a new one', async () => {
    const c = countingLauncher()
    const probe = winProbe(c)
    const [frozen, other] = await Promise.all([
      probe.run(q('fake:freeze'), { timeoutMs: 300 }),
      // Sent after the freeze: it is stuck in the frozen host and must be re-sent to a new one.
      new Promise<CommandOutcome>((r) =>
        setTimeout(() => void probe.run(q('fake:echo other'), { timeoutMs: 5000 }).then(r), 100),
      ),
    ])
    expect(frozen).toEqual({ kind: 'error', error: 'ETIMEDOUT' })
    expect(other).toEqual(exit('other\r\n'))
    expect(c.starts.host).toBe(2)
  }, 15_000)

  it('times out every query of a host that never starts, without hanging the run', async () => {
    const c = countingLauncher({ FAKE_PS_NOT_READY: '1' })
    const probe = winProbe(c)
    const outs = await Promise.all([
      probe.run(q('fake:freeze'), { timeoutMs: 200 }),
      probe.run(q('fake:sleep 5000 late'), { timeoutMs: 200 }),
    ])
    expect(outs).toEqual([
      { kind: 'error', error: 'ETIMEDOUT' },
      { kind: 'error', error: 'ETIMEDOUT' },
    ])
  }, 15_000)

  it('caps the output of one query, not of the others', async () => {
    const c = countingLauncher()
    const probe = winProbe(c)
    const [big, small] = await Promise.all([
      probe.run(q('fake:flood 2200000'), { timeoutMs: 10_000 }),
      probe.run(q('fake:echo small'), { timeoutMs: 10_000 }),
    ])
    expect(big).toEqual({ kind: 'error', error: 'EOUTPUT' })
    expect(small).toEqual(exit('small\r\n'))
    expect(c.starts.host).toBe(1)
  })

  it('treats a host that floods stdout with non-protocol output as broken', async () => {
    const c = countingLauncher()
    const probe = winProbe(c)
    const [garbage, fine] = await Promise.all([
      probe.run(q('fake:garbage 13000000'), { timeoutMs: 10_000 }),
      probe.run(q('fake:sleep 300 fine'), { timeoutMs: 10_000 }),
    ])
    // Twice a broken host, then alone: its own process exceeds the output cap.
    expect(garbage).toEqual({ kind: 'error', error: 'EOUTPUT' })
    expect(fine).toEqual(exit('fine\r\n'))
    expect(c.starts.host).toBe(2)
  }, 30_000)

  it('falls back to one process per query when the host keeps dying', async () => {
    const c = countingLauncher()
    const probe = winProbe(c)
    // The crashing query kills two hosts; then every query runs alone (as before batching).
    const outs = await Promise.all([
      probe.run(q('fake:crash'), { timeoutMs: 5000 }),
      probe.run(q('fake:echo survived'), { timeoutMs: 5000 }),
    ])
    expect(outs[0]).toEqual(exit('', '', 3))
    expect(outs[1]).toEqual(exit('survived\r\n'))
    expect(c.starts.host).toBe(2)
    expect(probe.powershellHost?.disabled).toBe(true)
    expect(await probe.run(q('fake:echo later'), { timeoutMs: 5000 })).toEqual(exit('later\r\n'))
    expect(c.starts.host).toBe(2)
    expect(c.starts.alone).toBeGreaterThanOrEqual(2)
  }, 15_000)

  it('runs queries that need a console host, and everything with per-query mode, as their own process', async () => {
    const c = countingLauncher()
    const probe = winProbe(c)
    // `exit` cannot run inside the host: it gets its own process (the fake answers "unknown").
    const alone = await probe.run(q('exit 3'), { timeoutMs: 5000 })
    expect(alone).toMatchObject({ kind: 'exit', exitCode: 1 })
    expect(c.starts).toEqual({ host: 0, alone: 1, other: 0 })

    const c2 = countingLauncher()
    const perQuery = winProbe(c2, { powershell: 'per-query' })
    await Promise.all([
      perQuery.run(q('fake:echo 1')),
      perQuery.run(q('fake:echo 2')),
      perQuery.run(q('fake:echo 3')),
    ])
    expect(c2.starts).toEqual({ host: 0, alone: 3, other: 0 })
  })

  it('answers ENOENT without starting anything when powershell.exe is missing', async () => {
    const c = countingLauncher()
    const probe = new SystemProbe({
      platform: 'win32',
      env: {},
      launcher: c.launcher,
      resolve: async () => null,
    })
    expect(await probe.run(q('fake:echo x'))).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(c.starts).toEqual({ host: 0, alone: 0, other: 0 })
  })

  it('closes an idle host (it exits when its stdin ends)', async () => {
    const c = countingLauncher()
    let exited = false
    const host = new PowerShellHost({
      maxOutputBytes: 1000,
      idleMs: 50,
      start: async (script) => {
        const child = c.launcher.spawn(
          'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
          ['-NoProfile', '-NonInteractive', '-Command', script],
          { stdio: 'pipe' },
        )
        child.on('exit', () => (exited = true))
        return child
      },
      runAlone: async () => ({ kind: 'error', error: 'EIO' }),
    })
    expect(await host.run('fake:echo x', 5000)).toEqual(exit('x\r\n'))
    await new Promise((r) => setTimeout(r, 1500))
    expect(exited).toBe(true)
    // A later query starts a new host.
    expect(await host.run('fake:echo y', 5000)).toEqual(exit('y\r\n'))
    expect(host.hostStarts).toBe(2)
  })
})

describe('Windows fixtures through the batched host', () => {
  const dir = path.resolve(__dirname, '../../../fixtures/win32')
  const all = readdirSync(dir).filter((n) => n.endsWith('.json'))
  /**
   * Fixtures whose PowerShell answers a host can give: every query the checks ask is recorded, with
   * output or a timeout (or powershell.exe is missing altogether). Others record situations only a
   * separate process has (EACCES) or omit queries (os-version fixtures record only what it reads).
   */
  const names = all.filter((name) => {
    const t = parseTranscript(readFileSync(path.join(dir, name), 'utf8'))
    const ps = t.commands.filter((x) => batchableScript(x.argv, undefined) !== null)
    if (ps.length === 0) return false
    if (ps.every((x) => 'error' in x && x.error === 'ENOENT')) return true
    return ps.every((x) => !('error' in x) || x.error === 'ETIMEDOUT')
  })

  it('covers most Windows fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(15)
  })

  /** Non-PowerShell commands answered from the transcript, in process (no real reg.exe here). */
  function fromTranscript(t: Transcript): ProcessLauncher['execFile'] {
    return (file, args, _options, callback) => {
      const c = t.commands.find((x) => commandKey(x.argv) === commandKey([file, ...args]))
      const fakeChild = {} as ReturnType<ProcessLauncher['execFile']>
      setImmediate(() => {
        if (c === undefined) return callback(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }), '', '')
        if ('error' in c) {
          const e: { killed?: boolean; code?: string; signal?: NodeJS.Signals } =
            c.error === 'ETIMEDOUT'
              ? { killed: true }
              : c.error === 'EOUTPUT'
                ? { code: 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER' }
                : c.error === 'ESIGNAL'
                  ? { signal: 'SIGSEGV' as const }
                  : { code: c.error }
          return callback(Object.assign(new Error(c.error), e), '', '')
        }
        callback(
          c.exitCode === 0 ? null : Object.assign(new Error('exit'), { code: c.exitCode }),
          c.stdout,
          c.stderr,
        )
      })
      return fakeChild
    }
  }

  it.each(names)(
    '%s: same verdicts and same PowerShell transcript entries, one process start',
    async (name) => {
      const text = readFileSync(path.join(dir, name), 'utf8')
      const t = parseTranscript(text)
      const file = path.join(tmp, name)
      writeFileSync(file, text)
      const psEntries = t.commands.filter((x) => batchableScript(x.argv, undefined) !== null)
      const psMissing = psEntries.some((x) => 'error' in x && x.error === 'ENOENT')
      const c = countingLauncher({ FAKE_PS_TRANSCRIPT: file }, fromTranscript(t))
      const live = new SystemProbe({
        platform: 'win32',
        arch: t.arch,
        env: t.env,
        now: () => new Date(t.now),
        launcher: c.launcher,
        resolve: async (p) => (psMissing && /^powershell/i.test(p) ? null : resolveWin(p)),
      })
      const rec = new RecordingProbe(live)
      const replayRec = new RecordingProbe(new ReplayProbe(t))
      // The checks the fixture was written for (its "expect" map): a fixture recorded before a check
      // existed does not hold that check's queries.
      const expected = (JSON.parse(text) as { expect?: Record<string, string> }).expect ?? {}
      const only = CHECK_IDS.filter((id) => id in expected)
      const viaReplay = await runChecks({ probe: replayRec, only })
      const viaHost = await runChecks({ probe: rec, only })
      // Every PowerShell query the checks asked is in the fixture (else the comparison means nothing).
      for (const a of replayRec
        .transcript()
        .commands.filter((x) => batchableScript(x.argv, undefined) !== null)) {
        expect(
          psEntries.some((x) => commandKey(x.argv) === commandKey(a.argv)),
          a.argv.join(' '),
        ).toBe(true)
      }
      const strip = (r: typeof viaHost) => r.checks.map(({ durationMs: _d, ...rest }) => rest)
      expect(strip(viaHost)).toEqual(strip(viaReplay))
      const asked = rec.transcript().commands.filter((x) => batchableScript(x.argv, undefined) !== null)
      expect(c.starts.host).toBe(asked.length > 0 && !psMissing ? 1 : 0)
      expect(c.starts.alone).toBe(0)
      for (const a of asked) {
        const recorded = psEntries.find((x) => commandKey(x.argv) === commandKey(a.argv))
        expect(a).toEqual(recorded)
      }
    },
  )
})
