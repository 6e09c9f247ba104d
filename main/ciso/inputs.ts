/**
 * Reading the files a CISO hands to `ciso verify`, `ciso enroll` and `ciso offboard` (and the app's
 * "verify a folder"). An inbox holds whatever people sent, so nothing here may block or follow a
 * path somewhere else without saying so:
 * - Only regular files are read. A path given explicitly is followed if it is a symbolic link (the
 *   CISO named it), but must end at a regular file or a folder; a FIFO, socket or device is refused
 *   (opening a FIFO would wait forever for a writer).
 * - Inside a folder, entries are examined without following links (lstat): symbolic links (also
 *   dangling ones), FIFOs, sockets and devices are not read and are listed as skipped, with why.
 *   Hidden entries (names starting with ".") are left out silently, as before.
 * - Files are opened non-blocking and checked again after opening (fstat), so an entry swapped for a
 *   FIFO between listing and reading is refused instead of hanging the batch.
 */
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, type Stats } from 'node:fs'
import * as path from 'node:path'
import { compareForBatch, MAX_ATTESTATION_BYTES, prepareFile, type PreparedFile } from './verify'

/** An input path that could not be read at all (missing, permission, not a regular file); exit 65. */
export interface InputProblem {
  readonly path: string
  readonly message: string
}

/** An entry of a folder that is not a regular file or a folder, so it was not read. */
export interface SkippedEntry {
  readonly path: string
  readonly kind: 'symlink' | 'dangling-symlink' | 'fifo' | 'socket' | 'device' | 'other'
  /** Why it was skipped, in words (for the CISO). */
  readonly reason: string
}

/** What a file system entry is, for messages: "a FIFO (named pipe)", "a socket"… */
function kindOf(st: Pick<Stats, 'isFIFO' | 'isSocket' | 'isBlockDevice' | 'isCharacterDevice'>): {
  kind: SkippedEntry['kind']
  words: string
} {
  if (st.isFIFO()) return { kind: 'fifo', words: 'a FIFO (named pipe)' }
  if (st.isSocket()) return { kind: 'socket', words: 'a socket' }
  if (st.isBlockDevice() || st.isCharacterDevice()) return { kind: 'device', words: 'a device' }
  return { kind: 'other', words: 'not a regular file' }
}

/**
 * Expand the command-line paths: files as given, folders recursively (their `*.json` files, hidden
 * entries left out). Paths that do not exist or are not regular files are reported as problems;
 * folder entries that are not regular files are listed as skipped. Never throws, never blocks.
 */
export async function collectFiles(
  paths: readonly string[],
): Promise<{ files: string[]; problems: InputProblem[]; skipped: SkippedEntry[] }> {
  const files: string[] = []
  const problems: InputProblem[] = []
  const skipped: SkippedEntry[] = []
  const walk = async (dir: string): Promise<void> => {
    let entries
    try {
      entries = await fs.readdir(dir, { withFileTypes: true })
    } catch (err) {
      problems.push({ path: dir, message: `cannot list the folder: ${(err as Error).message}` })
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      if (e.name.startsWith('.')) continue
      const full = path.join(dir, e.name)
      if (e.isDirectory()) await walk(full)
      else if (e.isFile()) {
        if (e.name.toLowerCase().endsWith('.json')) files.push(full)
      } else if (e.isSymbolicLink()) {
        let target: Stats | null = null
        try {
          target = await fs.stat(full)
        } catch {
          // dangling, a loop, or unreadable: reported as dangling below
        }
        skipped.push(
          target === null
            ? {
                path: full,
                kind: 'dangling-symlink',
                reason: 'a symbolic link to nothing (dangling); not read',
              }
            : {
                path: full,
                kind: 'symlink',
                reason: `a symbolic link (to a ${target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'special file'}); links inside a folder are not followed: give its target explicitly to verify it`,
              },
        )
      } else {
        const k = kindOf(e)
        skipped.push({ path: full, kind: k.kind, reason: `${k.words}, not a regular file; not read` })
      }
    }
  }
  for (const p of paths) {
    let st: Stats
    try {
      st = await fs.stat(p)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      let dangling = false
      try {
        dangling = (await fs.lstat(p)).isSymbolicLink()
      } catch {
        // not there at all
      }
      problems.push({
        path: p,
        message: dangling
          ? 'a symbolic link to nothing (dangling)'
          : code === 'ENOENT'
            ? 'no such file or folder'
            : (err as Error).message,
      })
      continue
    }
    if (st.isDirectory()) await walk(p)
    else if (st.isFile()) files.push(p)
    else problems.push({ path: p, message: `${kindOf(st).words}, not a regular file; refused` })
  }
  return { files: [...new Set(files)], problems, skipped }
}

/** Flags for opening an input: read-only, and never waiting on a FIFO (POSIX; 0 where absent). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

function notRegular(st: Stats): Error {
  return new Error(`${kindOf(st).words}, not a regular file; refused`)
}

/** Read a file, at most MAX_ATTESTATION_BYTES + 1 bytes (so prepareFile can report the size). */
export async function readCapped(file: string): Promise<{ bytes: Buffer | null; error?: string }> {
  try {
    const h = await fs.open(file, OPEN_FLAGS)
    try {
      const st = await h.stat()
      if (!st.isFile()) throw notRegular(st)
      const buf = Buffer.alloc(Math.min(st.size, MAX_ATTESTATION_BYTES + 1))
      let off = 0
      while (off < buf.length) {
        const { bytesRead } = await h.read(buf, off, buf.length - off, off)
        if (bytesRead === 0) break
        off += bytesRead
      }
      return { bytes: off === buf.length ? buf : buf.subarray(0, off) }
    } finally {
      await h.close()
    }
  } catch (err) {
    return { bytes: null, error: (err as Error).message }
  }
}

/**
 * The same read with blocking calls. For a CLI run over a thousand small files this costs about a
 * sixth of the CPU of the promise-based version (no thread-pool round trips per open/stat/read/close);
 * a GUI main process should keep the asynchronous default so it never blocks.
 */
export function readCappedSync(file: string): { bytes: Buffer | null; error?: string } {
  let fd: number | undefined
  try {
    fd = openSync(file, OPEN_FLAGS)
    const st = fstatSync(fd)
    if (!st.isFile()) throw notRegular(st)
    const buf = Buffer.alloc(Math.min(st.size, MAX_ATTESTATION_BYTES + 1))
    let off = 0
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, off)
      if (n === 0) break
      off += n
    }
    return { bytes: off === buf.length ? buf : buf.subarray(0, off) }
  } catch (err) {
    return { bytes: null, error: (err as Error).message }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Read and pre-parse files (bounded concurrency, or blocking reads), in a deterministic batch order. */
export async function prepareFiles(
  files: readonly string[],
  options: { readonly syncReads?: boolean } = {},
): Promise<PreparedFile[]> {
  if (options.syncReads === true) {
    return files
      .map((file) => {
        const r = readCappedSync(file)
        return prepareFile(file, r.bytes, r.error)
      })
      .sort(compareForBatch)
  }
  const out: PreparedFile[] = new Array<PreparedFile>(files.length)
  let next = 0
  const worker = async () => {
    for (;;) {
      const i = next++
      if (i >= files.length) return
      const file = files[i] as string
      const r = await readCapped(file)
      out[i] = prepareFile(file, r.bytes, r.error)
    }
  }
  await Promise.all(Array.from({ length: Math.min(32, files.length) }, worker))
  return out.sort(compareForBatch)
}
