import { describe, expect, it } from 'vitest'
import {
  commandKey,
  MemoProbe,
  parseTranscript,
  RecordingProbe,
  ReplayProbe,
  TranscriptError,
  type Transcript,
} from '../../../../main/probe/transcript'
import {
  statPath,
  type CommandOutcome,
  type DirOutcome,
  type FileOutcome,
  type Probe,
} from '../../../../main/probe/probe'

const base: Transcript = {
  format: 'preflight-transcript/v1',
  platform: 'win32',
  arch: 'x64',
  now: '2026-11-20T10:00:00Z',
  env: { USERPROFILE: 'C:\\Users\\alex', XDG_CURRENT_DESKTOP: 'GNOME' },
  commands: [
    {
      argv: ['C:\\Windows\\System32\\REG.EXE', 'query', 'HKCU\\Control Panel\\Desktop'],
      stdout: 'x',
      stderr: '',
      exitCode: 0,
    },
    { argv: ['powershell.exe', '-NoProfile'], error: 'ETIMEDOUT' },
  ],
  files: { 'C:\\a.txt': 'hello', 'C:\\missing': null, 'C:\\secret': { error: 'EACCES' } },
  paths: {
    'C:\\Users\\alex\\AppData\\Local\\Programs\\signal-desktop\\Signal.exe': 'file',
    'C:\\Program Files\\KeePassXC': 'directory',
    'C:\\gone': null,
    'C:\\locked\\x.exe': { error: 'EACCES' },
  },
}

describe('parseTranscript', () => {
  it('round-trips a valid transcript', () => {
    expect(parseTranscript(JSON.stringify(base))).toEqual(base)
  })

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['wrong format', JSON.stringify({ ...base, format: 'other' }), /format/],
    ['bad platform', JSON.stringify({ ...base, platform: 'beos' }), /platform/],
    ['bad date', JSON.stringify({ ...base, now: 'yesterday' }), /now/],
    ['bad path kind', JSON.stringify({ ...base, paths: { '/x': 'symlink' } }), /paths/],
    [
      'bad error code',
      JSON.stringify({ ...base, commands: [{ argv: ['x'], error: 'EWHAT' }] }),
      /commands\.0/,
    ],
    [
      'empty argv',
      JSON.stringify({ ...base, commands: [{ argv: [], stdout: '', stderr: '', exitCode: 0 }] }),
      /commands\.0/,
    ],
  ])('rejects %s with a message naming the problem', (_n, text, re) => {
    expect(() => parseTranscript(text)).toThrow(TranscriptError)
    expect(() => parseTranscript(text)).toThrow(re)
  })

  it('keeps only recorded environment variables', () => {
    const t = parseTranscript(JSON.stringify({ ...base, env: { HOME: '/home/a', SECRET_TOKEN: 'x' } }))
    expect(t.env).toEqual({ HOME: '/home/a' })
  })
})

describe('ReplayProbe', () => {
  const probe = new ReplayProbe(base)
  it('matches argv[0] by basename, case-insensitively, without .exe', async () => {
    expect(commandKey(['REG.EXE', 'a'])).toBe(commandKey(['C:\\x\\reg', 'a']))
    expect(await probe.run(['reg', 'query', 'HKCU\\Control Panel\\Desktop'])).toEqual({
      kind: 'exit',
      stdout: 'x',
      stderr: '',
      exitCode: 0,
    })
  })

  it('requires the remaining arguments to match exactly', async () => {
    expect(await probe.run(['reg', 'query', 'hkcu\\control panel\\desktop'])).toEqual({
      kind: 'error',
      error: 'ENOENT',
    })
  })

  it('replays errors, and treats unlisted commands and files as not found', async () => {
    expect(await probe.run(['powershell', '-NoProfile'])).toEqual({ kind: 'error', error: 'ETIMEDOUT' })
    expect(await probe.run(['nope'])).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await probe.readFile('C:\\a.txt')).toEqual({ kind: 'file', text: 'hello' })
    expect(await probe.readFile('C:\\missing')).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await probe.readFile('C:\\secret')).toEqual({ kind: 'error', error: 'EACCES' })
    expect(await probe.readFile('C:\\other')).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await probe.readFile('toString')).toEqual({ kind: 'error', error: 'ENOENT' })
  })

  it('replays paths seen with stat; a path the transcript lacks is not there', async () => {
    const local = 'C:\\Users\\alex\\AppData\\Local\\Programs\\signal-desktop\\Signal.exe'
    expect(await probe.stat(local)).toEqual({ kind: 'file' })
    expect(await probe.stat('C:\\Program Files\\KeePassXC')).toEqual({ kind: 'directory' })
    expect(await probe.stat('C:\\gone')).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await probe.stat('C:\\locked\\x.exe')).toEqual({ kind: 'error', error: 'EACCES' })
    expect(await probe.stat('C:\\other')).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await probe.stat('constructor')).toEqual({ kind: 'error', error: 'ENOENT' })
    // An older transcript without "paths": nothing is there.
    const { paths: _omit, ...old } = base
    expect(await new ReplayProbe(old).stat(local)).toEqual({ kind: 'error', error: 'ENOENT' })
  })

  it('uses the transcript clock unless overridden', () => {
    expect(probe.now().toISOString()).toBe('2026-11-20T10:00:00.000Z')
    expect(new ReplayProbe(base, { now: new Date('2027-01-01T00:00:00Z') }).now().getUTCFullYear()).toBe(2027)
    expect(probe.env('USERPROFILE')).toBe('C:\\Users\\alex')
    expect(probe.replayed).toBe(true)
  })
})

describe('RecordingProbe', () => {
  it('records what it saw into a transcript that replays identically', async () => {
    const rec = new RecordingProbe(new ReplayProbe(base))
    const a = await rec.run(['reg', 'query', 'HKCU\\Control Panel\\Desktop'])
    const b = await rec.run(['powershell', '-NoProfile'])
    const c = await rec.readFile('C:\\secret')
    const d = await rec.readFile('C:\\missing')
    const t = rec.transcript()
    expect(t.commands).toHaveLength(2)
    expect(t.files).toEqual({ 'C:\\secret': { error: 'EACCES' }, 'C:\\missing': null })
    expect(t.env.USERPROFILE).toBe('C:\\Users\\alex')
    const again = new ReplayProbe(parseTranscript(JSON.stringify(t)))
    expect(await again.run(['reg', 'query', 'HKCU\\Control Panel\\Desktop'])).toEqual(a)
    expect(await again.run(['powershell', '-NoProfile'])).toEqual(b)
    expect(await again.readFile('C:\\secret')).toEqual(c)
    expect(await again.readFile('C:\\missing')).toEqual(d)
  })

  it('records stat answers (kind, not there, error) and replays them identically', async () => {
    const rec = new RecordingProbe(new ReplayProbe(base))
    const paths = ['C:\\Program Files\\KeePassXC', 'C:\\gone', 'C:\\locked\\x.exe', 'C:\\other']
    const seen = await Promise.all(paths.map((p) => rec.stat(p)))
    const t = rec.transcript()
    expect(t.paths).toEqual({
      'C:\\Program Files\\KeePassXC': 'directory',
      'C:\\gone': null,
      'C:\\locked\\x.exe': { error: 'EACCES' },
      'C:\\other': null,
    })
    const again = new ReplayProbe(parseTranscript(JSON.stringify(t)))
    expect(await Promise.all(paths.map((p) => again.stat(p)))).toEqual(seen)
  })

  it('writes no "paths" block when nothing was looked at', () => {
    expect(new RecordingProbe(new ReplayProbe(base)).transcript()).not.toHaveProperty('paths')
  })
})

describe('statPath', () => {
  it('treats a probe that cannot look at paths as "could not look" (EIO), never as "not there"', async () => {
    const bare: Probe = {
      platform: 'linux',
      arch: 'x64',
      replayed: false,
      env: () => undefined,
      now: () => new Date(0),
      run: async () => ({ kind: 'error', error: 'ENOENT' }),
      readFile: async () => ({ kind: 'error', error: 'ENOENT' }),
      listDir: async () => ({ kind: 'error', error: 'ENOENT' }),
    }
    expect(await statPath(bare, '/opt/Signal/signal-desktop')).toEqual({ kind: 'error', error: 'EIO' })
    expect(await new MemoProbe(bare).stat('/x')).toEqual({ kind: 'error', error: 'EIO' })
  })
})

describe('MemoProbe', () => {
  it('probes the same command and file only once per run', async () => {
    let runs = 0
    let reads = 0
    let lists = 0
    const inner: Probe = {
      platform: 'linux',
      arch: 'x64',
      replayed: false,
      env: () => undefined,
      now: () => new Date(0),
      async run(): Promise<CommandOutcome> {
        runs++
        return { kind: 'exit', stdout: '', stderr: '', exitCode: 0 }
      },
      async readFile(): Promise<FileOutcome> {
        reads++
        return { kind: 'file', text: '' }
      },
      async listDir(): Promise<DirOutcome> {
        lists++
        return { kind: 'dir', names: [] }
      },
    }
    const memo = new MemoProbe(inner)
    await Promise.all([memo.run(['a', 'b']), memo.run(['a', 'b']), memo.run(['a', 'c'])])
    await Promise.all([memo.readFile('/x'), memo.readFile('/x')])
    await Promise.all([memo.listDir('/d'), memo.listDir('/d'), memo.listDir('/e')])
    expect(runs).toBe(2)
    expect(reads).toBe(1)
    // A head read of the same file is a different question.
    await memo.readFile('/x', { headBytes: 4 })
    expect(reads).toBe(2)
    expect(lists).toBe(2)
  })
})

describe('head reads (headBytes)', () => {
  it('replay returns at most the first headBytes bytes, as the live probe would', async () => {
    const t: Transcript = {
      ...base,
      files: { '/db': 'ClamAV-VDB:header' + ' '.repeat(20) + 'payload', '/u': 'é1234' },
    }
    const replay = new ReplayProbe(t)
    expect(await replay.readFile('/db', { headBytes: 10 })).toEqual({ kind: 'file', text: 'ClamAV-VDB' })
    expect(await replay.readFile('/db', { headBytes: 1000 })).toMatchObject({ kind: 'file' })
    // Cut by bytes: a split multi-byte character becomes U+FFFD, never silently merged.
    expect(await replay.readFile('/u', { headBytes: 1 })).toEqual({ kind: 'file', text: '\ufffd' })
    expect(await replay.readFile('/nope', { headBytes: 10 })).toEqual({ kind: 'error', error: 'ENOENT' })
  })

  it('looks at the same path only once per run', async () => {
    let stats = 0
    const inner = new ReplayProbe(base)
    const counting: Probe = {
      platform: inner.platform,
      arch: inner.arch,
      replayed: true,
      env: (n) => inner.env(n),
      now: () => inner.now(),
      run: (a) => inner.run(a),
      readFile: (p) => inner.readFile(p),
      listDir: (p) => inner.listDir(p),
      stat: (p) => {
        stats++
        return inner.stat(p)
      },
    }
    const memo = new MemoProbe(counting)
    const [a, b] = await Promise.all([memo.stat('C:\\gone'), memo.stat('C:\\gone')])
    expect(a).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(b).toEqual(a)
    expect(stats).toBe(1)
  })
})

describe('directory listings', () => {
  const withDirs: Transcript = {
    ...base,
    platform: 'linux',
    dirs: {
      '/etc/lightdm/lightdm.conf.d': ['70-linuxmint.conf', '50-a.conf', 'Z.conf'],
      '/etc/sddm.conf.d': null,
      '/root/only.d': { error: 'EACCES' },
    },
  }

  it('replays names sorted in C order, missing folders as ENOENT and errors as recorded', async () => {
    const p = new ReplayProbe(parseTranscript(JSON.stringify(withDirs)))
    expect(await p.listDir('/etc/lightdm/lightdm.conf.d')).toEqual({
      kind: 'dir',
      names: ['50-a.conf', '70-linuxmint.conf', 'Z.conf'],
    })
    expect(await p.listDir('/etc/sddm.conf.d')).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await p.listDir('/never/listed')).toEqual({ kind: 'error', error: 'ENOENT' })
    expect(await p.listDir('/root/only.d')).toEqual({ kind: 'error', error: 'EACCES' })
  })

  it('older transcripts without "dirs" still parse, and list nothing', async () => {
    const t = parseTranscript(JSON.stringify(base))
    expect(t.dirs).toBeUndefined()
    expect(await new ReplayProbe(t).listDir('/etc')).toEqual({ kind: 'error', error: 'ENOENT' })
  })

  it('rejects a malformed listing', () => {
    expect(() => parseTranscript(JSON.stringify({ ...base, dirs: { '/x': 'not-a-list' } }))).toThrow(
      TranscriptError,
    )
    expect(() => parseTranscript(JSON.stringify({ ...base, dirs: { '/x': [1, 2] } }))).toThrow(
      TranscriptError,
    )
  })

  it('records listings (only when something was listed) and replays them identically', async () => {
    const rec = new RecordingProbe(new ReplayProbe(parseTranscript(JSON.stringify(withDirs))))
    const a = await rec.listDir('/etc/lightdm/lightdm.conf.d')
    const b = await rec.listDir('/etc/sddm.conf.d')
    const c = await rec.listDir('/root/only.d')
    const t = rec.transcript()
    expect(t.dirs).toEqual({
      '/etc/lightdm/lightdm.conf.d': ['50-a.conf', '70-linuxmint.conf', 'Z.conf'],
      '/etc/sddm.conf.d': null,
      '/root/only.d': { error: 'EACCES' },
    })
    const again = new ReplayProbe(parseTranscript(JSON.stringify(t)))
    expect(await again.listDir('/etc/lightdm/lightdm.conf.d')).toEqual(a)
    expect(await again.listDir('/etc/sddm.conf.d')).toEqual(b)
    expect(await again.listDir('/root/only.d')).toEqual(c)
    expect(new RecordingProbe(new ReplayProbe(base)).transcript()).not.toHaveProperty('dirs')
  })
})
