// The floor for any Node implementation of `preflight check`: run exactly the commands, read
// exactly the files, list exactly the directories (`dirs`) and stat exactly the paths (`paths`) a
// recorded transcript lists, directly and all at once, then exit. When the transcript has a device
// profile, the same systeminformation functions run too (in this thread: the floor has no worker
// and no time limit).
// Usage: node scripts/bench/floor.mjs TRANSCRIPT.json
import { execFile } from 'node:child_process'
import { readdir, readFile, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'

const transcript = JSON.parse(await readFile(process.argv[2], 'utf8'))
const env = { ...process.env, LC_ALL: 'C', LANG: 'C' }
const run = (argv) =>
  new Promise((resolve) => {
    execFile(argv[0], argv.slice(1), { env, timeout: 10_000, maxBuffer: 2 * 1024 * 1024 }, () => resolve())
  })
const profile = async () => {
  if (transcript.deviceProfile === undefined) return
  const si = createRequire(import.meta.url)('systeminformation/lib/system')
  await Promise.all([si.system(), process.platform === 'darwin' ? null : si.chassis()])
}
await Promise.all([
  ...transcript.commands.map((c) => run(c.argv)),
  ...Object.keys(transcript.files).map((f) => readFile(f).catch(() => null)),
  ...Object.keys(transcript.dirs ?? {}).map((d) => readdir(d).catch(() => null)),
  ...Object.keys(transcript.paths ?? {}).map((p) => stat(p).catch(() => null)),
  profile(),
])
