/**
 * The probe: the one seam through which checks see the machine.
 *
 * Every child process the checks start and every file they read goes through a `Probe`. The real
 * implementation (system-probe.ts) is the only user of `child_process` in the engine; the recording
 * wrapper writes what it saw to a transcript, and the replay implementation answers from one. So a
 * check cannot tell a live machine from a transcript, and tests replay real outputs.
 */
import type { Platform } from '../../shared/check-types'
import type { SiAnswer } from './device-profile'

/** Why a command produced no usable exit status. Stable strings: they appear in transcripts. */
export const COMMAND_ERRORS = ['ENOENT', 'ETIMEDOUT', 'EACCES', 'EOUTPUT', 'ESIGNAL', 'EIO'] as const
export type CommandError = (typeof COMMAND_ERRORS)[number]

/** Outcome of running a command: either it exited (with any code) or it could not be run to the end. */
export type CommandOutcome =
  | { readonly kind: 'exit'; readonly stdout: string; readonly stderr: string; readonly exitCode: number }
  | { readonly kind: 'error'; readonly error: CommandError }

/** Why a file could not be read. */
export const FILE_ERRORS = ['ENOENT', 'EACCES', 'EIO'] as const
export type FileError = (typeof FILE_ERRORS)[number]

export type FileOutcome =
  { readonly kind: 'file'; readonly text: string } | { readonly kind: 'error'; readonly error: FileError }

/**
 * Outcome of listing a directory: the entry names (no `.`/`..`), sorted by their UTF-8 bytes (the
 * order `strcmp` gives, which is how display managers load `*.conf.d` folders), or why not.
 */
export type DirOutcome =
  | { readonly kind: 'dir'; readonly names: readonly string[] }
  | { readonly kind: 'error'; readonly error: FileError }

/** Sort directory entry names by their UTF-8 bytes (C `strcmp` order). */
export function sortNames(names: readonly string[]): string[] {
  return [...names].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')))
}
/** What is at a path, without reading it (symbolic links followed): used to see that an app is installed. */
export const PATH_KINDS = ['file', 'directory', 'other'] as const
export type PathKind = (typeof PATH_KINDS)[number]

export type StatOutcome = { readonly kind: PathKind } | { readonly kind: 'error'; readonly error: FileError }

export interface RunOptions {
  /** Per-command timeout; the child is killed after it. Default: the probe's default (10 s). */
  readonly timeoutMs?: number
  /** Extra environment for this child (LC_ALL=C and LANG=C are always set). */
  readonly env?: Readonly<Record<string, string>>
}

export interface ReadOptions {
  /**
   * Read at most this many bytes from the END of the file (for logs where only the newest entries
   * matter). Default: the whole file up to the probe's cap (4 MiB), else EIO.
   */
  readonly tailBytes?: number
  /**
   * Read at most this many bytes from the START of the file (for big files whose header is all that
   * matters, e.g. a ClamAV database). Files larger than the probe's cap can be read this way.
   */
  readonly headBytes?: number
}

/** Environment variables a check may read. Only these are recorded in transcripts. */
export const RECORDED_ENV = [
  'HOME',
  'USERPROFILE',
  'SystemRoot',
  'XDG_CURRENT_DESKTOP',
  'XDG_SESSION_DESKTOP',
  'XDG_SESSION_TYPE',
  'DESKTOP_SESSION',
  'KDE_SESSION_VERSION',
  'XDG_CONFIG_HOME',
  'XDG_CONFIG_DIRS',
  'WSL_DISTRO_NAME',
  'WSL_INTEROP',
  'container',
  // Windows install locations of per-user and machine-wide apps (practices: app presence).
  'LOCALAPPDATA',
  'ProgramFiles',
] as const
export type RecordedEnvName = (typeof RECORDED_ENV)[number]

export interface Probe {
  /** The platform whose strategies apply (the live one, or the transcript's). */
  readonly platform: Platform
  readonly arch: string
  /** True when answers come from a transcript. */
  readonly replayed: boolean
  /** Run a command: `argv[0]` is the program (bare name or absolute path), never through a shell. */
  run(argv: readonly string[], options?: RunOptions): Promise<CommandOutcome>
  /** Read a text file (UTF-8). */
  readFile(path: string, options?: ReadOptions): Promise<FileOutcome>
  /** List the entry names of a directory (e.g. `/etc/lightdm/lightdm.conf.d`), sorted. */
  listDir(path: string): Promise<DirOutcome>
  /** Read one of the recorded environment variables. */
  env(name: RecordedEnvName): string | undefined
  /** The clock (injectable: a transcript carries its own `now`, `--now` overrides it). */
  now(): Date
  /**
   * What is at a path (file, directory, other) without opening it: the practices use it to see that
   * an app is installed at one of its known locations (never to list a folder). Optional so that
   * minimal test probes need not implement it; use `statPath`, which treats a probe without it as
   * "could not look" (EIO), never as "not there".
   */
  stat?(path: string): Promise<StatOutcome>
  /**
   * The systeminformation half of the device profile (device-profile.ts): descriptive only, never
   * read by a check. Live: asked in a worker with a hard timeout; replay: the transcript's
   * `deviceProfile` block. Optional so that minimal test probes need not implement it.
   */
  deviceProfile?(): Promise<SiAnswer>
}

/** `probe.stat(path)`, or EIO when the probe cannot look at paths (fail closed: never "absent"). */
export function statPath(probe: Probe, path: string): Promise<StatOutcome> {
  return probe.stat ? probe.stat(path) : Promise.resolve({ kind: 'error', error: 'EIO' })
}

/** Render argv for people and for `sources` (no quoting subtleties: display only). */
export function describeCommand(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./\\-]+$/.test(a) ? a : JSON.stringify(a))).join(' ')
}

/** Short human text for a command that did not produce an exit status. */
export function describeCommandError(argv: readonly string[], error: CommandError): string {
  const cmd = describeCommand(argv)
  switch (error) {
    case 'ENOENT':
      return `\`${cmd}\` is not available on this machine`
    case 'ETIMEDOUT':
      return `\`${cmd}\` did not finish in time and was stopped`
    case 'EACCES':
      return `\`${cmd}\` could not be run (permission denied)`
    case 'EOUTPUT':
      return `\`${cmd}\` printed more output than expected`
    case 'ESIGNAL':
      return `\`${cmd}\` was killed before it finished`
    case 'EIO':
      return `\`${cmd}\` could not be run`
  }
}
