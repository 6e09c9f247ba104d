/**
 * Create a lock file exclusively and write its contents in one step. If the file was created but
 * could not be written (a full disk), it is removed again: an empty lock left behind would make
 * every later command believe another process holds it. EEXIST (someone else holds the lock) and
 * every other error are passed on unchanged for the caller to report.
 */
import { promises as fs } from 'node:fs'

export async function createLockFile(file: string, contents: string): Promise<void> {
  const h = await fs.open(file, 'wx', 0o600)
  try {
    await h.writeFile(contents)
    await h.close()
  } catch (err) {
    await h.close().catch(() => undefined)
    await fs.unlink(file).catch(() => undefined)
    throw err
  }
}
