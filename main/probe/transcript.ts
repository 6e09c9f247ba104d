/**
 * Transcripts: a JSON record of everything the probes saw, and the probes that write and replay them.
 *
 * Format `preflight-transcript/v1` (README, "Transcripts"):
 * {"format":"preflight-transcript/v1","platform":"darwin|win32|linux","arch":"arm64","now":"ISO-8601",
 *  "env":{"XDG_CURRENT_DESKTOP":"GNOME"},
 *  "commands":[{"argv":["fdesetup","status"],"stdout":"...","stderr":"","exitCode":0},
 *              {"argv":["ufw","status"],"error":"ENOENT"}],
 *  "files":{"/etc/os-release":"...","/some/missing":null,"/root-only":{"error":"EACCES"}},
 *  "dirs":{"/etc/lightdm/lightdm.conf.d":["50-a.conf"],"/missing.d":null},
 *  "paths":{"/Applications/Signal.app/Contents/Info.plist":"file","/opt/Signal/signal-desktop":null}}
 *
 * `dirs` (directory listings) is optional: transcripts of checks that list no folder leave it out.
 * `paths` (optional) records what `stat` saw at a path: "file", "directory", "other", null (not
 * there) or {"error": …}; it holds no file contents.
 *
 * Replay matches a command by the basename of argv[0] (case-insensitive, `.exe` dropped) and the
 * remaining arguments exactly; a command or file the transcript lacks behaves as not found.
 */
import { z } from 'zod'
import { isPlatform, type Platform } from '../../shared/check-types'
import { siAnswerSchema, type SiAnswer } from './device-profile'
import {
  COMMAND_ERRORS,
  FILE_ERRORS,
  PATH_KINDS,
  RECORDED_ENV,
  sortNames,
  type CommandOutcome,
  type DirOutcome,
  type FileOutcome,
  type Probe,
  type ReadOptions,
  type RecordedEnvName,
  type RunOptions,
  type StatOutcome,
  statPath,
} from './probe'

export const TRANSCRIPT_FORMAT = 'preflight-transcript/v1'

export type TranscriptCommand =
  | { argv: string[]; stdout: string; stderr: string; exitCode: number }
  | { argv: string[]; error: (typeof COMMAND_ERRORS)[number] }

export type TranscriptFile = string | null | { error: (typeof FILE_ERRORS)[number] }

/** A listed directory: its entry names, null when missing, or the error. */
export type TranscriptDir = string[] | null | { error: (typeof FILE_ERRORS)[number] }
/** What `stat` saw at a path: its kind, null when nothing is there, or why it could not look. */
export type TranscriptPath = (typeof PATH_KINDS)[number] | null | { error: (typeof FILE_ERRORS)[number] }

export interface Transcript {
  format: typeof TRANSCRIPT_FORMAT
  platform: Platform
  arch: string
  now: string
  env: Partial<Record<RecordedEnvName, string>>
  commands: TranscriptCommand[]
  files: Record<string, TranscriptFile>
  /** Paths looked at with `stat` (absent in older transcripts: every path is then "not there"). */
  paths?: Record<string, TranscriptPath>
  /**
   * What systeminformation answered for the device profile (absent in older transcripts: replay
   * then shows the profile as not collected). Replay never calls systeminformation.
   */
  deviceProfile?: SiAnswer
  /** Directory listings (optional; absent when no check listed a folder). */
  dirs?: Record<string, TranscriptDir>
  /** Free text: what this transcript shows (test fixtures use it). Ignored by replay. */
  description?: string
}

const commandSchema = z.union([
  z.object({
    argv: z.array(z.string()).min(1),
    stdout: z.string(),
    stderr: z.string(),
    exitCode: z.number().int(),
  }),
  z.object({ argv: z.array(z.string()).min(1), error: z.enum(COMMAND_ERRORS) }),
])

const transcriptSchema = z.object({
  format: z.literal(TRANSCRIPT_FORMAT),
  platform: z.string().refine(isPlatform, { message: 'must be darwin, win32 or linux' }),
  arch: z.string(),
  now: z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'must be an ISO-8601 date' }),
  env: z.record(z.string(), z.string()),
  commands: z.array(commandSchema),
  files: z.record(z.string(), z.union([z.string(), z.null(), z.object({ error: z.enum(FILE_ERRORS) })])),
  paths: z
    .record(z.string(), z.union([z.enum(PATH_KINDS), z.null(), z.object({ error: z.enum(FILE_ERRORS) })]))
    .optional(),
  deviceProfile: siAnswerSchema.optional(),
  dirs: z
    .record(z.string(), z.union([z.array(z.string()), z.null(), z.object({ error: z.enum(FILE_ERRORS) })]))
    .optional(),
  description: z.string().optional(),
})

/** Thrown for a transcript that cannot be used; the message says what is wrong and where. */
export class TranscriptError extends Error {
  override name = 'TranscriptError'
}

/** Parse and validate transcript JSON text. */
export function parseTranscript(text: string): Transcript {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new TranscriptError(`not valid JSON: ${(err as Error).message}`)
  }
  const parsed = transcriptSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)'
    throw new TranscriptError(`invalid transcript at ${where}: ${issue?.message ?? 'invalid'}`)
  }
  const env: Partial<Record<RecordedEnvName, string>> = {}
  for (const name of RECORDED_ENV) {
    const v = parsed.data.env[name]
    if (v !== undefined) env[name] = v
  }
  const t: Transcript = {
    format: TRANSCRIPT_FORMAT,
    platform: parsed.data.platform as Platform,
    arch: parsed.data.arch,
    now: parsed.data.now,
    env,
    commands: parsed.data.commands as TranscriptCommand[],
    files: parsed.data.files as Record<string, TranscriptFile>,
  }
  if (parsed.data.paths !== undefined) t.paths = parsed.data.paths as Record<string, TranscriptPath>
  if (parsed.data.deviceProfile !== undefined) t.deviceProfile = parsed.data.deviceProfile
  if (parsed.data.dirs !== undefined) t.dirs = parsed.data.dirs as Record<string, TranscriptDir>
  if (parsed.data.description !== undefined) t.description = parsed.data.description
  return t
}

/** The replay key of a command: basename of argv[0] (lower case, no .exe) + the other args. */
export function commandKey(argv: readonly string[]): string {
  const [program = '', ...args] = argv
  const base = program.split(/[\\/]/).pop() ?? ''
  const name = base.toLowerCase().replace(/\.exe$/, '')
  return JSON.stringify([name, ...args])
}

/** A probe that answers from a transcript. */
export class ReplayProbe implements Probe {
  readonly platform: Platform
  readonly arch: string
  readonly replayed = true
  readonly #commands = new Map<string, TranscriptCommand>()
  readonly #transcript: Transcript
  readonly #now: Date

  constructor(transcript: Transcript, options: { now?: Date } = {}) {
    this.#transcript = transcript
    this.platform = transcript.platform
    this.arch = transcript.arch
    this.#now = options.now ?? new Date(transcript.now)
    for (const c of transcript.commands) {
      const key = commandKey(c.argv)
      if (!this.#commands.has(key)) this.#commands.set(key, c)
    }
  }

  env(name: RecordedEnvName): string | undefined {
    const v = this.#transcript.env[name]
    return v === undefined || v === '' ? undefined : v
  }

  now(): Date {
    return new Date(this.#now.getTime())
  }

  async run(argv: readonly string[], _options?: RunOptions): Promise<CommandOutcome> {
    const c = this.#commands.get(commandKey(argv))
    if (c === undefined) return { kind: 'error', error: 'ENOENT' }
    if ('error' in c) return { kind: 'error', error: c.error }
    return { kind: 'exit', stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode }
  }

  async deviceProfile(): Promise<SiAnswer> {
    return this.#transcript.deviceProfile ?? { status: 'not-collected' }
  }

  async readFile(path: string, options?: ReadOptions): Promise<FileOutcome> {
    const f = Object.prototype.hasOwnProperty.call(this.#transcript.files, path)
      ? this.#transcript.files[path]
      : null
    if (f === undefined || f === null) return { kind: 'error', error: 'ENOENT' }
    if (typeof f === 'string') return { kind: 'file', text: headOf(f, options?.headBytes) }
    return { kind: 'error', error: f.error }
  }

  async listDir(path: string): Promise<DirOutcome> {
    const dirs = this.#transcript.dirs ?? {}
    const d = Object.prototype.hasOwnProperty.call(dirs, path) ? dirs[path] : null
    if (d === undefined || d === null) return { kind: 'error', error: 'ENOENT' }
    if (Array.isArray(d)) return { kind: 'dir', names: sortNames(d) }
    return { kind: 'error', error: d.error }
  }

  async stat(path: string): Promise<StatOutcome> {
    const paths = this.#transcript.paths ?? {}
    const p = Object.prototype.hasOwnProperty.call(paths, path) ? paths[path] : null
    if (p === undefined || p === null) return { kind: 'error', error: 'ENOENT' }
    if (typeof p === 'string') return { kind: p }
    return { kind: 'error', error: p.error }
  }
}

/** The first `headBytes` bytes of a recorded text, as the live probe would have read them. */
function headOf(text: string, headBytes: number | undefined): string {
  if (headBytes === undefined) return text
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.length <= headBytes) return text
  return bytes.subarray(0, Math.max(0, headBytes)).toString('utf8')
}

/** Wraps a probe and records everything it answers, for `--record`. */
export class RecordingProbe implements Probe {
  readonly platform: Platform
  readonly arch: string
  readonly replayed: boolean
  readonly #inner: Probe
  readonly #commands: TranscriptCommand[] = []
  readonly #files: Record<string, TranscriptFile> = {}
  readonly #dirs: Record<string, TranscriptDir> = {}
  readonly #paths: Record<string, TranscriptPath> = {}
  readonly #startedAt: Date
  #deviceProfile: SiAnswer | undefined

  constructor(inner: Probe) {
    this.#inner = inner
    this.platform = inner.platform
    this.arch = inner.arch
    this.replayed = inner.replayed
    this.#startedAt = inner.now()
  }

  env(name: RecordedEnvName): string | undefined {
    return this.#inner.env(name)
  }

  now(): Date {
    return this.#inner.now()
  }

  async run(argv: readonly string[], options?: RunOptions): Promise<CommandOutcome> {
    const outcome = await this.#inner.run(argv, options)
    const key = commandKey(argv)
    if (!this.#commands.some((c) => commandKey(c.argv) === key)) {
      this.#commands.push(
        outcome.kind === 'exit'
          ? { argv: [...argv], stdout: outcome.stdout, stderr: outcome.stderr, exitCode: outcome.exitCode }
          : { argv: [...argv], error: outcome.error },
      )
    }
    return outcome
  }

  async deviceProfile(): Promise<SiAnswer> {
    const answer = (await this.#inner.deviceProfile?.()) ?? { status: 'not-collected' }
    this.#deviceProfile ??= answer
    return answer
  }

  async readFile(path: string, options?: ReadOptions): Promise<FileOutcome> {
    const outcome = await this.#inner.readFile(path, options)
    if (!(path in this.#files)) {
      this.#files[path] =
        outcome.kind === 'file' ? outcome.text : outcome.error === 'ENOENT' ? null : { error: outcome.error }
    }
    return outcome
  }

  async listDir(path: string): Promise<DirOutcome> {
    const outcome = await this.#inner.listDir(path)
    if (!(path in this.#dirs)) {
      this.#dirs[path] =
        outcome.kind === 'dir'
          ? [...outcome.names]
          : outcome.error === 'ENOENT'
            ? null
            : { error: outcome.error }
    }
    return outcome
  }

  async stat(path: string): Promise<StatOutcome> {
    const outcome = await statPath(this.#inner, path)
    if (!Object.prototype.hasOwnProperty.call(this.#paths, path)) {
      this.#paths[path] =
        outcome.kind !== 'error' ? outcome.kind : outcome.error === 'ENOENT' ? null : { error: outcome.error }
    }
    return outcome
  }

  /** The transcript of everything seen so far. */
  transcript(): Transcript {
    const env: Partial<Record<RecordedEnvName, string>> = {}
    for (const name of RECORDED_ENV) {
      const v = this.#inner.env(name)
      if (v !== undefined) env[name] = v
    }
    return {
      format: TRANSCRIPT_FORMAT,
      platform: this.platform,
      arch: this.arch,
      now: this.#startedAt.toISOString(),
      env,
      commands: [...this.#commands],
      files: { ...this.#files },
      ...(Object.keys(this.#paths).length > 0 ? { paths: { ...this.#paths } } : {}),
      ...(this.#deviceProfile !== undefined ? { deviceProfile: this.#deviceProfile } : {}),
      ...(Object.keys(this.#dirs).length > 0 ? { dirs: { ...this.#dirs } } : {}),
    }
  }
}

/**
 * Memoising wrapper: the same command or file asked twice in one run is probed once. Checks run
 * concurrently and several need the same facts (e.g. os-release), so this halves the work.
 */
export class MemoProbe implements Probe {
  readonly platform: Platform
  readonly arch: string
  readonly replayed: boolean
  readonly #inner: Probe
  readonly #runs = new Map<string, Promise<CommandOutcome>>()
  readonly #files = new Map<string, Promise<FileOutcome>>()
  readonly #stats = new Map<string, Promise<StatOutcome>>()
  #deviceProfile: Promise<SiAnswer> | undefined
  readonly #dirs = new Map<string, Promise<DirOutcome>>()

  constructor(inner: Probe) {
    this.#inner = inner
    this.platform = inner.platform
    this.arch = inner.arch
    this.replayed = inner.replayed
  }

  env(name: RecordedEnvName): string | undefined {
    return this.#inner.env(name)
  }

  now(): Date {
    return this.#inner.now()
  }

  run(argv: readonly string[], options?: RunOptions): Promise<CommandOutcome> {
    const key = JSON.stringify([argv, options?.env ?? null])
    let p = this.#runs.get(key)
    if (p === undefined) {
      p = this.#inner.run(argv, options)
      this.#runs.set(key, p)
    }
    return p
  }

  deviceProfile(): Promise<SiAnswer> {
    this.#deviceProfile ??= this.#inner.deviceProfile?.() ?? Promise.resolve({ status: 'not-collected' })
    return this.#deviceProfile
  }

  readFile(path: string, options?: ReadOptions): Promise<FileOutcome> {
    const key = JSON.stringify([path, options?.tailBytes ?? null, options?.headBytes ?? null])
    let p = this.#files.get(key)
    if (p === undefined) {
      p = this.#inner.readFile(path, options)
      this.#files.set(key, p)
    }
    return p
  }

  listDir(path: string): Promise<DirOutcome> {
    let p = this.#dirs.get(path)
    if (p === undefined) {
      p = this.#inner.listDir(path)
      this.#dirs.set(path, p)
    }
    return p
  }

  stat(path: string): Promise<StatOutcome> {
    let p = this.#stats.get(path)
    if (p === undefined) {
      p = statPath(this.#inner, path)
      this.#stats.set(path, p)
    }
    return p
  }
}
