/**
 * Read attestation files dropped onto the CISO screen, in the renderer, with the File API: main gets
 * names and contents (cisoVerifyDropped), never a path. Dropped files that are not .json, too large or
 * unreadable are sent as `{ name, problem }` so main reports them as MALFORMED rows instead of
 * dropping them silently. A dropped folder (Chromium's `webkitGetAsEntry`) is searched recursively for
 * .json files, hidden entries skipped: the same files "Verify a folder…" would find.
 */
import type { DroppedProblem, RequestOf } from '../../../shared/ipc-contract'
import { DROPPED_LIMITS } from '../../../shared/ipc-limits'

/** One file as cisoVerifyDropped takes it. */
export type DroppedFileInput = RequestOf<'cisoVerifyDropped'>['files'][number]

/** What a drop yielded: the files to send, or why there is nothing to send. */
export type DropReading =
  | { readonly kind: 'files'; readonly files: readonly DroppedFileInput[] }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'too-many' }
  | { readonly kind: 'folder-unreadable' }

/** A dropped thing, captured while the drop event is live (DataTransfer empties afterwards). */
type Dropped =
  | { readonly kind: 'file'; readonly file: File }
  | { readonly kind: 'folder'; readonly entry: FileSystemDirectoryEntry }

/**
 * A plain, bounded file name for the contract: the part after any path separator, without control
 * characters; "unnamed" when nothing is left.
 */
export function plainName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  const name = clean === '' || clean === '.' || clean === '..' ? 'unnamed' : clean
  return name.slice(0, DROPPED_LIMITS.maxNameLength)
}

/** Capture what was dropped. Must run synchronously inside the `drop` handler. */
export function capture(dt: DataTransfer): Dropped[] {
  const out: Dropped[] = []
  const items = Array.from(dt.items).filter((i) => i.kind === 'file')
  if (items.length === 0) return Array.from(dt.files).map((file) => ({ kind: 'file', file }))
  for (const item of items) {
    // Entries exist for drops from the desktop; File objects added by a page have none.
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null
    if (entry !== null && entry.isDirectory) {
      out.push({ kind: 'folder', entry: entry as FileSystemDirectoryEntry })
      continue
    }
    const file = item.getAsFile()
    if (file !== null) out.push({ kind: 'file', file })
  }
  return out
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

/** The .json files under a dropped folder (recursive, hidden entries skipped), up to `limit`. */
async function filesInFolder(root: FileSystemDirectoryEntry, limit: number): Promise<File[]> {
  const found: File[] = []
  const walk = async (dir: FileSystemDirectoryEntry): Promise<void> => {
    const reader = dir.createReader()
    const entries: FileSystemEntry[] = []
    // readEntries answers in batches until it returns an empty one.
    for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
      entries.push(...batch)
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const e of entries) {
      if (found.length > limit || e.name.startsWith('.')) continue
      if (e.isDirectory) await walk(e as FileSystemDirectoryEntry)
      else if (e.isFile && e.name.toLowerCase().endsWith('.json'))
        found.push(await fileOf(e as FileSystemFileEntry))
    }
  }
  await walk(root)
  return found
}

/** Read one file's text, or say why not (non-.json names are not read at all). */
async function readOne(file: File, budget: { left: number }): Promise<DroppedFileInput> {
  const name = plainName(file.name)
  const problem = (p: DroppedProblem): DroppedFileInput => ({ name, problem: p })
  if (!name.toLowerCase().endsWith('.json')) return problem('not-json')
  if (file.size > DROPPED_LIMITS.maxTextLength || file.size > budget.left) return problem('too-large')
  try {
    const text = await file.text()
    if (text.length > DROPPED_LIMITS.maxTextLength || text.length > budget.left) return problem('too-large')
    budget.left -= text.length
    return { name, text }
  } catch {
    return problem('unreadable')
  }
}

/** Read everything captured from a drop into the request for cisoVerifyDropped. */
export async function readDropped(dropped: readonly Dropped[]): Promise<DropReading> {
  const files: File[] = []
  for (const d of dropped) {
    if (d.kind === 'file') files.push(d.file)
    else {
      try {
        files.push(...(await filesInFolder(d.entry, DROPPED_LIMITS.maxFiles)))
      } catch {
        return { kind: 'folder-unreadable' }
      }
    }
    if (files.length > DROPPED_LIMITS.maxFiles) return { kind: 'too-many' }
  }
  if (files.length === 0) return { kind: 'nothing' }
  const budget = { left: DROPPED_LIMITS.maxTotalLength }
  const out: DroppedFileInput[] = []
  for (const f of files) out.push(await readOne(f, budget))
  return { kind: 'files', files: out }
}
