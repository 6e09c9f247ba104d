/**
 * Atomic file writes: write a temporary file beside the target, fsync it, then rename it over the
 * target (and fsync the folder where the OS allows). A crash or a full disk leaves either the old
 * file or the new one, never a torn mix; the temporary file is removed on failure.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'

export interface AtomicWriteOptions {
  /** File mode for a new file, e.g. 0o600 for keys. */
  readonly mode?: number
  /** Refuse to replace an existing file (keys: never overwrite an identity). */
  readonly exclusive?: boolean
}

/** Human message for a write failure, naming the cause people can act on. */
export function describeWriteError(file: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOSPC':
      return `could not write ${file}: the disk is full (nothing was changed)`
    case 'EDQUOT':
      return `could not write ${file}: disk quota exceeded (nothing was changed)`
    case 'EACCES':
    case 'EPERM':
      return `could not write ${file}: permission denied`
    case 'EROFS':
      return `could not write ${file}: the file system is read-only`
    case 'ENOENT':
      return `could not write ${file}: the folder does not exist`
    case 'EEXIST':
      return `${file} already exists (it was not overwritten)`
    default:
      return `could not write ${file}: ${(err as Error).message}`
  }
}

export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(file)
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  const mode = options.mode ?? 0o644
  let handle: fs.FileHandle | undefined
  try {
    handle = await fs.open(tmp, 'wx', mode)
    await handle.writeFile(data)
    await handle.sync()
    await handle.close()
    handle = undefined
    if (options.exclusive === true) {
      // link() fails if the target exists, so two writers cannot both create the same identity.
      await fs.link(tmp, file)
      await fs.unlink(tmp)
    } else {
      await fs.rename(tmp, file)
    }
    await syncDir(dir)
  } catch (err) {
    await handle?.close().catch(() => undefined)
    await fs.unlink(tmp).catch(() => undefined)
    throw err
  }
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  let h: fs.FileHandle | undefined
  try {
    h = await fs.open(dir, 'r')
    await h.sync()
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  } finally {
    await h?.close().catch(() => undefined)
  }
}
