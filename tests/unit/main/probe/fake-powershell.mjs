// A stand-in for powershell.exe on machines without one (tests only). Started by the tests as
// `node fake-powershell.mjs -NoProfile -NonInteractive -Command <script>`, it behaves like:
// - the PowerShell host of main/probe/powershell.ts when <script> is the host script (it takes the
//   nonce from the script and speaks the protocol: ready line, JSON requests, marked answers, its
//   own per-query timeout, its own output cap);
// - a one-query powershell.exe otherwise (stdout, stderr, exit code).
// What a query "does" comes from a transcript (FAKE_PS_TRANSCRIPT: answers recorded for the argv
// `powershell.exe -NoProfile -NonInteractive -Command <query>`) or from a tiny test language:
//   fake:echo TEXT | fake:sleep MS TEXT | fake:fail CODE TEXT | fake:hang | fake:freeze |
//   fake:flood CHARS | fake:noise TEXT | fake:crash | fake:garbage CHARS
import { readFileSync, appendFileSync } from 'node:fs'
import { createInterface } from 'node:readline'

const args = process.argv.slice(2)
if (
  args.length !== 4 ||
  args[0] !== '-NoProfile' ||
  args[1] !== '-NonInteractive' ||
  args[2] !== '-Command'
) {
  process.stderr.write(`fake powershell: unexpected arguments ${JSON.stringify(args)}\n`)
  process.exit(64)
}
const script = args[3]
const log = process.env.FAKE_PS_LOG
const transcript = process.env.FAKE_PS_TRANSCRIPT
  ? JSON.parse(readFileSync(process.env.FAKE_PS_TRANSCRIPT, 'utf8'))
  : null

/** What a query does: {stdout, stderr, code} | {error} | {hang} | {freeze} | {crash} | {noise}. */
function evaluate(query) {
  if (transcript !== null) {
    const c = transcript.commands.find(
      (x) =>
        x.argv.length === 5 &&
        /^powershell(\.exe)?$/i.test(x.argv[0]) &&
        x.argv[1] === '-NoProfile' &&
        x.argv[2] === '-NonInteractive' &&
        x.argv[3] === '-Command' &&
        x.argv[4] === query,
    )
    if (c === undefined) return { stdout: '', stderr: `not in the transcript: ${query}\r\n`, code: 1 }
    // A recorded timeout is answered at once, as the host does when its own timer fires.
    if (c.error !== undefined) return { error: c.error }
    return { stdout: c.stdout, stderr: c.stderr, code: c.exitCode }
  }
  const m = /^fake:(\w+)(?: (.*))?$/s.exec(query)
  if (m === null) return { stdout: '', stderr: `unknown query ${query}\r\n`, code: 1 }
  const [, verb, rest = ''] = m
  switch (verb) {
    case 'echo':
      return { stdout: `${rest}\r\n`, stderr: '', code: 0 }
    case 'sleep': {
      const [ms, ...text] = rest.split(' ')
      return { delay: Number(ms), stdout: `${text.join(' ')}\r\n`, stderr: '', code: 0 }
    }
    case 'fail': {
      const [code, ...text] = rest.split(' ')
      return { stdout: '', stderr: `${text.join(' ')}\r\n`, code: Number(code) }
    }
    case 'flood':
      return { stdout: 'x'.repeat(Number(rest)), stderr: '', code: 0 }
    case 'hang':
      return { hang: true }
    case 'freeze':
      return { freeze: true }
    case 'crash':
      return { crash: true }
    case 'garbage':
      return { garbage: Number(rest), stdout: 'x'.repeat(Number(rest)), stderr: '', code: 0 }
    case 'noise':
      return { noise: true, stdout: `${rest}\r\n`, stderr: '', code: 0 }
    default:
      return { stdout: '', stderr: `unknown verb ${verb}\r\n`, code: 1 }
  }
}

const nonceMatch = /\$n = '([0-9a-f]+)';/.exec(script)
if (log) appendFileSync(log, nonceMatch ? 'host\n' : 'alone\n')

if (nonceMatch === null) {
  // One query in its own process.
  const r = evaluate(script)
  if (r.crash) process.exit(3)
  if (r.hang || r.freeze || r.error === 'ETIMEDOUT') setInterval(() => undefined, 1000)
  else {
    setTimeout(() => {
      process.stdout.write(r.stdout ?? '')
      process.stderr.write(r.stderr ?? '')
      process.exitCode = r.code ?? 1
    }, r.delay ?? 0)
  }
} else {
  const nonce = nonceMatch[1]
  const cap = Number(/-gt (\d+)\)/.exec(script)?.[1] ?? 2097152)
  const send = (text) => process.stdout.write(`@@PF ${nonce} ${text}\r\n`)
  const b64 = (s) => Buffer.from(s, 'utf8').toString('base64')
  if (process.env.FAKE_PS_NOT_READY !== '1') send('ready')
  const rl = createInterface({ input: process.stdin })
  rl.on('line', (line) => {
    let q
    try {
      q = JSON.parse(line)
    } catch {
      send('0 err EIO')
      return
    }
    const r = evaluate(q.script)
    if (r.crash) process.exit(3)
    if (r.garbage) {
      // Output that is no protocol line at all (no newline, ever).
      process.stdout.write('g'.repeat(r.garbage))
      return
    }
    if (r.freeze) {
      // A host stuck for good: nothing answers any more, not even the host's own timeout.
      const end = Date.now() + 60_000
      while (Date.now() < end) {
        /* busy */
      }
      return
    }
    let done = false
    const timer = setTimeout(() => {
      if (done) return
      done = true
      send(`${q.id} err ETIMEDOUT`)
    }, q.ms)
    if (r.hang) return
    setTimeout(() => {
      if (done) return
      done = true
      clearTimeout(timer)
      if (r.error) {
        send(`${q.id} err ${r.error === 'ETIMEDOUT' || r.error === 'EOUTPUT' ? r.error : 'EIO'}`)
        return
      }
      if (r.noise) {
        // Stray console output: half a line, a forged answer with another nonce, a bare marker.
        process.stdout.write(`noise without newline @@PF 0000 ${q.id} ok 0 ${b64('forged')} `)
      }
      if (r.stdout.length + r.stderr.length > cap) send(`${q.id} err EOUTPUT`)
      else send(`${q.id} ok ${r.code} ${b64(r.stdout)} ${b64(r.stderr)}`)
    }, r.delay ?? 0)
  })
  rl.on('close', () => process.exit(0))
}
