/**
 * The live probe: the only place in the engine that starts child processes or reads probed files.
 *
 * Rules (README, "Security model"): argument arrays, never a shell; a timeout on every command; an
 * output cap; LC_ALL=C so text output is not localised where the tool honours it; bare program names
 * are resolved against a fixed list of system folders, not the user's PATH.
 */
import {
  execFile,
  spawn,
  type ChildProcess,
  type ExecFileException,
  type ExecFileOptionsWithStringEncoding,
  type SpawnOptions,
} from 'node:child_process'
import { constants as fsConstants, promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Platform } from '../../shared/check-types'
import type {
  CommandError,
  CommandOutcome,
  FileOutcome,
  Probe,
  ReadOptions,
  RecordedEnvName,
  RunOptions,
  StatOutcome,
} from './probe'
import { liveSiAnswer, type SiAnswer } from './device-profile'
import { batchableScript, PowerShellHost, POWERSHELL_QUERY_PREFIX, powershellQueryArgv } from './powershell'
import { sortNames, type DirOutcome } from './probe'

/** Default per-command timeout. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 10_000
/** Cap on stdout + stderr of one command. */
export const MAX_COMMAND_OUTPUT_BYTES = 2 * 1024 * 1024
/** Cap on one file read. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024
/** Cap on the entries of one listed directory (config folders hold a handful). */
export const MAX_DIR_ENTRIES = 4096

const POSIX_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']

/**
 * The layer that actually starts processes (Node's child_process by default). Injectable so that
 * tests can count process starts and stand in a fake powershell.exe on machines without one.
 */
export interface ProcessLauncher {
  execFile(
    file: string,
    args: readonly string[],
    options: ExecFileOptionsWithStringEncoding,
    callback: (error: ExecFileException | null, stdout: string, stderr: string) => void,
  ): ChildProcess
  spawn(file: string, args: readonly string[], options: SpawnOptions): ChildProcess
}

export const NODE_LAUNCHER: ProcessLauncher = {
  execFile: (file, args, options, callback) => execFile(file, args, options, callback),
  spawn: (file, args, options) => spawn(file, args, options),
}

export interface SystemProbeOptions {
  readonly platform?: Platform
  readonly arch?: string
  readonly env?: NodeJS.ProcessEnv
  readonly now?: () => Date
  readonly defaultTimeoutMs?: number
  /** Starts processes (default: Node's child_process). */
  readonly launcher?: ProcessLauncher
  /** Finds a program (default: resolveProgram, fixed system folders only). */
  readonly resolve?: (program: string) => Promise<string | null>
  /**
   * Windows: `batched` (default) sends every PowerShell query of this probe to one powershell.exe
   * (powershell.ts); `per-query` starts one per query.
   */
  readonly powershell?: 'batched' | 'per-query'
  /** Asks systeminformation (default: liveSiAnswer on the live platform, else not collected). */
  readonly deviceProfile?: () => Promise<SiAnswer>
}

/** Find a bare program name in the fixed system folders (POSIX) or System32 (Windows). */
export async function resolveProgram(
  program: string,
  platform: Platform,
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  if (platform === 'win32') {
    if (/[\\/]/.test(program)) return program
    const root = env['SystemRoot'] ?? env['SYSTEMROOT'] ?? 'C:\\Windows'
    const name = program.toLowerCase().endsWith('.exe') ? program : `${program}.exe`
    const candidates = [
      path.win32.join(root, 'System32', name),
      path.win32.join(root, 'System32', 'WindowsPowerShell', 'v1.0', name),
    ]
    for (const c of candidates) {
      if (await isExecutable(c)) return c
    }
    return null
  }
  if (program.includes('/')) return program
  for (const dir of POSIX_DIRS) {
    const candidate = path.posix.join(dir, program)
    if (await isExecutable(candidate)) return candidate
  }
  return null
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    const st = await fs.stat(file)
    if (!st.isFile()) return false
    await fs.access(file, fsConstants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Normalise a Node spawn error to the transcript's error vocabulary. */
function classifySpawnError(
  err: NodeJS.ErrnoException & { killed?: boolean; signal?: string | null },
): CommandError {
  if (err.code === 'ENOENT') return 'ENOENT'
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'EACCES'
  if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return 'EOUTPUT'
  return 'EIO'
}

export class SystemProbe implements Probe {
  readonly platform: Platform
  readonly arch: string
  readonly replayed = false
  readonly #env: NodeJS.ProcessEnv
  readonly #now: () => Date
  readonly #defaultTimeoutMs: number
  readonly #launcher: ProcessLauncher
  readonly #resolve: (program: string) => Promise<string | null>
  readonly #batchPowerShell: boolean
  #psHost: PowerShellHost | null = null
  readonly #deviceProfile: () => Promise<SiAnswer>

  constructor(options: SystemProbeOptions = {}) {
    const live = process.platform
    this.platform = options.platform ?? (live === 'darwin' || live === 'win32' ? live : 'linux')
    this.arch = options.arch ?? process.arch
    this.#env = options.env ?? process.env
    this.#now = options.now ?? (() => new Date())
    this.#defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS
    this.#launcher = options.launcher ?? NODE_LAUNCHER
    this.#resolve = options.resolve ?? ((program) => resolveProgram(program, this.platform, this.#env))
    this.#batchPowerShell = this.platform === 'win32' && options.powershell !== 'per-query'
    const liveHere =
      this.platform ===
      (process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux')
    this.#deviceProfile =
      options.deviceProfile ?? (liveHere ? liveSiAnswer : async () => ({ status: 'not-collected' }) as const)
  }

  deviceProfile(): Promise<SiAnswer> {
    return this.#deviceProfile()
  }

  /** The PowerShell host of this probe, when one was needed (tests read `hostStarts`). */
  get powershellHost(): PowerShellHost | null {
    return this.#psHost
  }

  #childEnv(extra?: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
    const childEnv: NodeJS.ProcessEnv = { ...this.#env, LC_ALL: 'C', LANG: 'C', ...extra }
    // macOS: with SYSTEM_VERSION_COMPAT=1 Big Sur and later report 10.16 (detection.md 1.1).
    delete childEnv['SYSTEM_VERSION_COMPAT']
    return childEnv
  }

  #powershell(): PowerShellHost {
    this.#psHost ??= new PowerShellHost({
      maxOutputBytes: MAX_COMMAND_OUTPUT_BYTES,
      start: async (script) => {
        const file = await this.#resolve(POWERSHELL_QUERY_PREFIX[0])
        if (file === null) return null
        return this.#launcher.spawn(file, [...POWERSHELL_QUERY_PREFIX.slice(1), script], {
          shell: false,
          env: this.#childEnv(),
          windowsHide: true,
          stdio: ['pipe', 'pipe', 'pipe'],
        })
      },
      runAlone: (script, timeoutMs) => this.#runProcess(powershellQueryArgv(script), { timeoutMs }),
    })
    return this.#psHost
  }

  env(name: RecordedEnvName): string | undefined {
    const value = this.#env[name]
    return value === undefined || value === '' ? undefined : value
  }

  now(): Date {
    return this.#now()
  }

  async run(argv: readonly string[], options: RunOptions = {}): Promise<CommandOutcome> {
    if (this.#batchPowerShell) {
      const script = batchableScript(argv, options.env)
      if (script !== null) return this.#powershell().run(script, options.timeoutMs ?? this.#defaultTimeoutMs)
    }
    return this.#runProcess(argv, options)
  }

  /** Run one command as its own process. */
  async #runProcess(argv: readonly string[], options: RunOptions): Promise<CommandOutcome> {
    const [program, ...args] = argv
    if (program === undefined || program === '') return { kind: 'error', error: 'ENOENT' }
    const file = await this.#resolve(program)
    if (file === null) return { kind: 'error', error: 'ENOENT' }
    const childEnv = this.#childEnv(options.env)
    const timeout = options.timeoutMs ?? this.#defaultTimeoutMs
    return new Promise<CommandOutcome>((resolve) => {
      let child: ChildProcess
      try {
        child = this.#launcher.execFile(
          file,
          args,
          {
            shell: false,
            timeout,
            killSignal: 'SIGKILL',
            maxBuffer: MAX_COMMAND_OUTPUT_BYTES,
            env: childEnv,
            windowsHide: true,
            encoding: 'utf8',
          },
          (error, stdout, stderr) => {
            if (error === null) {
              resolve({ kind: 'exit', stdout, stderr, exitCode: 0 })
              return
            }
            const e = error as NodeJS.ErrnoException & {
              killed?: boolean
              signal?: string | null
              code?: unknown
            }
            if (e.killed === true && e.code !== 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
              resolve({ kind: 'error', error: 'ETIMEDOUT' })
            } else if (typeof e.code === 'number') {
              resolve({ kind: 'exit', stdout, stderr, exitCode: e.code })
            } else if (e.signal) {
              resolve({ kind: 'error', error: 'ESIGNAL' })
            } else {
              resolve({ kind: 'error', error: classifySpawnError(e) })
            }
          },
        )
      } catch (err) {
        resolve({ kind: 'error', error: classifySpawnError(err as NodeJS.ErrnoException) })
        return
      }
      child.stdin?.end()
    })
  }

  async readFile(file: string, options: ReadOptions = {}): Promise<FileOutcome> {
    let handle: fs.FileHandle | undefined
    try {
      handle = await fs.open(file, 'r')
      const st = await handle.stat()
      if (!st.isFile()) {
        // /proc and /sys files report size 0: read them with a bounded buffer.
        if (st.isDirectory()) return { kind: 'error', error: 'EIO' }
      }
      const tail = options.tailBytes
      const head = options.headBytes
      const size = st.size
      let start = 0
      let length: number
      if (head !== undefined) {
        length = Math.max(0, Math.min(head, MAX_FILE_BYTES, size === 0 ? MAX_FILE_BYTES : size))
      } else if (size === 0) {
        length = MAX_FILE_BYTES
      } else if (tail !== undefined && size > tail) {
        start = size - tail
        length = tail
      } else {
        if (size > MAX_FILE_BYTES) return { kind: 'error', error: 'EIO' }
        length = size
      }
      const buffer = Buffer.alloc(length)
      let read = 0
      while (read < length) {
        const { bytesRead } = await handle.read(buffer, read, length - read, start + read)
        if (bytesRead === 0) break
        read += bytesRead
      }
      let text = buffer.subarray(0, read).toString('utf8')
      if (start > 0) {
        // Drop the partial first line of a tail read.
        const nl = text.indexOf('\n')
        text = nl >= 0 ? text.slice(nl + 1) : ''
      }
      return { kind: 'file', text }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'error', error: 'ENOENT' }
      if (code === 'EACCES' || code === 'EPERM') return { kind: 'error', error: 'EACCES' }
      return { kind: 'error', error: 'EIO' }
    } finally {
      await handle?.close()
    }
  }

  async listDir(dir: string): Promise<DirOutcome> {
    try {
      const names = await fs.readdir(dir)
      if (names.length > MAX_DIR_ENTRIES) return { kind: 'error', error: 'EIO' }
      return { kind: 'dir', names: sortNames(names) }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'error', error: 'ENOENT' }
      if (code === 'EACCES' || code === 'EPERM') return { kind: 'error', error: 'EACCES' }
      return { kind: 'error', error: 'EIO' }
    }
  }

  async stat(file: string): Promise<StatOutcome> {
    try {
      const st = await fs.stat(file)
      return { kind: st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other' }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      // A missing folder on the way (ENOTDIR) or a dangling symbolic link (ENOENT) is "not there".
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'error', error: 'ENOENT' }
      if (code === 'EACCES' || code === 'EPERM') return { kind: 'error', error: 'EACCES' }
      return { kind: 'error', error: 'EIO' }
    }
  }
}
