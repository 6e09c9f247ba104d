// The floor for any Node implementation of `preflight check`: run exactly the commands and read
// exactly the files a recorded transcript lists, directly and all at once, then exit.
// Usage: node scripts/bench/floor.mjs TRANSCRIPT.json
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'

const transcript = JSON.parse(await readFile(process.argv[2], 'utf8'))
const env = { ...process.env, LC_ALL: 'C', LANG: 'C' }
const run = (argv) =>
  new Promise((resolve) => {
    execFile(argv[0], argv.slice(1), { env, timeout: 10_000, maxBuffer: 2 * 1024 * 1024 }, () => resolve())
  })
await Promise.all([
  ...transcript.commands.map((c) => run(c.argv)),
  ...Object.keys(transcript.files).map((f) => readFile(f).catch(() => null)),
])
