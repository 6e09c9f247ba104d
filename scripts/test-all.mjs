// `npm test`: everything CI checks, in order, stopping at the first failure.
// Each step is a plain npm script, so any one can be run alone (see README, "Testing").
import { spawnSync } from 'node:child_process'

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['format', ['run', 'format:check']],
  ['build', ['run', 'build:node']],
  ['unit and integration tests', ['run', 'test:unit']],
]

const started = Date.now()
for (const [name, args] of steps) {
  process.stdout.write(`\n=== ${name}: npm ${args.join(' ')}\n`)
  const r = spawnSync('npm', args, { stdio: 'inherit', shell: false })
  if (r.status !== 0) {
    process.stdout.write(`\n=== FAILED at step "${name}" (exit ${r.status ?? r.signal})\n`)
    process.exit(r.status || 1)
  }
}
process.stdout.write(`\n=== all steps passed in ${Math.round((Date.now() - started) / 1000)} s\n`)
