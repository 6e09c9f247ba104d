/**
 * One PowerShell per run on Windows.
 *
 * Starting powershell.exe costs about a second (more while antivirus scans it), and every Windows
 * check asks PowerShell something. So the live probe (system-probe.ts) sends every PowerShell query
 * of a run to one long-lived `powershell.exe` (the host) instead of starting one per query. Checks
 * do not know: they still call `probe.run(powershellQueryArgv(script))`, and transcripts still
 * record that argv with its own stdout, stderr and exit code, so recorded fixtures replay unchanged.
 *
 * Protocol (private, versioned by this file only):
 * - The host is `powershell.exe -NoProfile -NonInteractive -Command <HOST SCRIPT>`; the script holds
 *   a random per-host nonce and reads requests from stdin, one JSON line each:
 *   `{"id":7,"ms":15000,"script":"Get-NetFirewallProfile | …"}`.
 * - Each query runs in its own pipeline of a runspace pool (up to MAX_PARALLEL at once), with the
 *   invariant culture (the Windows counterpart of LC_ALL=C) and the default preferences, so one
 *   query cannot see or change another's variables.
 * - The host answers on stdout with one line per event, found by its marker `@@PF <nonce> ` anywhere
 *   in a line, so stray console output cannot forge or break an answer:
 *   `@@PF <nonce> ready` once started; `@@PF <nonce> <id> ok <exitCode> <b64 stdout> <b64 stderr>`
 *   (UTF-8 in base64: the console code page cannot garble it and the text can hold any marker);
 *   `@@PF <nonce> <id> err ETIMEDOUT|EOUTPUT|EIO`.
 * - Timeouts: the host stops a query after its `ms`; Node gives it `ms` + HOST_GRACE_MS from the
 *   moment the request was written and then kills the host, answers that query ETIMEDOUT and starts
 *   a new host for the others. A host that dies twice without answering anything disables batching
 *   for the rest of the run: queries then start their own powershell.exe, as before.
 *
 * What a batched query cannot do, and so is never batched (it runs in its own powershell.exe):
 * use `exit`, `$LASTEXITCODE`, `$Host`, `[Console]`, `Write-Host`, `Read-Host`, `Out-Host` or
 * `Write-Information` (they need a console host), or pass extra environment variables. Exit codes of
 * batched queries: 0, or 1 when the query wrote an error or threw (powershell.exe -Command gives 1
 * only when the last statement failed: a batched query is stricter, never laxer). Objects other than
 * strings and numbers are formatted with `Out-String -Width 4096`; queries should print strings.
 */
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import type { CommandError, CommandOutcome } from './probe'

/** How every Windows check starts PowerShell (see main/checks/win32/common.ts). */
export const POWERSHELL_QUERY_PREFIX = [
  'powershell.exe',
  '-NoProfile',
  '-NonInteractive',
  '-Command',
] as const

/** The argv of a one-query PowerShell run: what checks pass to `probe.run`. */
export function powershellQueryArgv(script: string): string[] {
  return [...POWERSHELL_QUERY_PREFIX, script]
}

/** Queries run at once inside the host (a runspace pool of this size). */
export const MAX_PARALLEL = 4
/** Extra time Node gives the host beyond a query's own timeout before it kills the host. */
export const HOST_GRACE_MS = 1000
/** The host is closed after this long without a query (a run's queries come close together). */
export const HOST_IDLE_MS = 5000
/** Host deaths (without an answer in between) after which queries get their own process again. */
export const MAX_HOST_FAILURES = 2

/** Features that need a console host or the process itself: such queries are not batched. */
const NOT_BATCHABLE =
  /\bexit\b|\$LASTEXITCODE\b|\$Host\b|\[(?:System\.)?Console\]|\bWrite-Host\b|\bRead-Host\b|\bOut-Host\b|\bWrite-Information\b/i

/**
 * The script of a batchable PowerShell query, or null when argv is not one (then it runs as its own
 * process). Batchable: exactly `powershell.exe -NoProfile -NonInteractive -Command <script>` (any
 * folder, any case, `.exe` optional), no extra environment, and none of the console-host features.
 */
export function batchableScript(
  argv: readonly string[],
  env: Readonly<Record<string, string>> | undefined,
): string | null {
  if (argv.length !== POWERSHELL_QUERY_PREFIX.length + 1) return null
  if (env !== undefined && Object.keys(env).length > 0) return null
  const program = (argv[0]?.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '')
  if (program !== 'powershell') return null
  for (let i = 1; i < POWERSHELL_QUERY_PREFIX.length; i++) {
    if (argv[i] !== POWERSHELL_QUERY_PREFIX[i]) return null
  }
  const script = argv[argv.length - 1] as string
  if (script.trim() === '' || NOT_BATCHABLE.test(script)) return null
  return script
}

/**
 * The host script. One line, single quotes only: powershell.exe 5.1 mangles double quotes in its
 * command line. Written for Windows PowerShell 5.1 (.NET Framework 4.x), which every Windows 10/11
 * has. `maxChars` caps stdout + stderr of one query (answered `err EOUTPUT`).
 */
export function hostScript(nonce: string, maxChars: number): string {
  if (!/^[0-9a-f]{16,64}$/.test(nonce)) throw new Error('nonce must be lowercase hex')
  const lines = [
    `$ErrorActionPreference = 'Stop';`,
    `$ProgressPreference = 'SilentlyContinue';`,
    `$n = '${nonce}';`,
    `$inv = [Globalization.CultureInfo]::InvariantCulture;`,
    `[Globalization.CultureInfo]::DefaultThreadCurrentCulture = $inv;`,
    `[Globalization.CultureInfo]::DefaultThreadCurrentUICulture = $inv;`,
    `[Threading.Thread]::CurrentThread.CurrentCulture = $inv;`,
    `[Threading.Thread]::CurrentThread.CurrentUICulture = $inv;`,
    `$u8 = [Text.UTF8Encoding]::new($false);`,
    `$rd = [IO.StreamReader]::new([Console]::OpenStandardInput(), $u8);`,
    `$wr = [Console]::Out;`,
    `$nl = [Environment]::NewLine;`,
    // Each query's own pipeline first sets the culture on its pool thread, then runs the query.
    `$pre = '[Threading.Thread]::CurrentThread.CurrentCulture = [Globalization.CultureInfo]::InvariantCulture; [Threading.Thread]::CurrentThread.CurrentUICulture = [Globalization.CultureInfo]::InvariantCulture; $ProgressPreference = ''SilentlyContinue''';`,
    `$pool = [RunspaceFactory]::CreateRunspacePool(1, ${MAX_PARALLEL});`,
    `$pool.Open();`,
    `$jobs = [Collections.ArrayList]::new();`,
    `function Send([string]$t) { $wr.WriteLine('@@PF ' + $n + ' ' + $t); $wr.Flush() }`,
    `function B64([string]$s) { [Convert]::ToBase64String($u8.GetBytes($s)) }`,
    `function Answer([string]$id, [string]$so, [string]$se, [int]$c) {`,
    `  if ($so.Length + $se.Length -gt ${maxChars}) { Send ($id + ' err EOUTPUT') }`,
    `  else { Send ($id + ' ok ' + $c + ' ' + (B64 $so) + ' ' + (B64 $se)) } }`,
    `function Finish($j) {`,
    `  try {`,
    `    $r = $j.ps.EndInvoke($j.h);`,
    `    $sb = [Text.StringBuilder]::new();`,
    `    foreach ($o in $r) {`,
    `      if ($null -eq $o) { continue };`,
    `      $b = $o.BaseObject;`,
    `      if ($b -is [string] -or $b -is [ValueType]) { [void]$sb.Append([string]$b).Append($nl) }`,
    `      else { [void]$sb.Append(($o | Out-String -Width 4096)) } };`,
    `    $es = [Text.StringBuilder]::new();`,
    `    foreach ($e in $j.ps.Streams.Error) { [void]$es.Append(($e | Out-String -Width 4096)) };`,
    `    $c = 0; if ($j.ps.HadErrors) { $c = 1 };`,
    `    Answer $j.id $sb.ToString() $es.ToString() $c`,
    `  } catch { Answer $j.id '' ($_ | Out-String -Width 4096) 1 }`,
    `  finally { $j.ps.Dispose() } }`,
    `Send 'ready';`,
    `$read = $rd.ReadLineAsync();`,
    `while ($true) {`,
    `  $wait = 25; if ($jobs.Count -eq 0) { $wait = -1 };`,
    `  if ($read.Wait($wait)) {`,
    `    $line = $read.Result;`,
    `    if ($null -eq $line) { break };`,
    `    $read = $rd.ReadLineAsync();`,
    `    $id = '0';`,
    `    try {`,
    `      $q = ConvertFrom-Json $line;`,
    `      $id = [string][long]$q.id;`,
    `      $ps = [PowerShell]::Create();`,
    `      $ps.RunspacePool = $pool;`,
    `      [void]$ps.AddScript($pre).AddStatement().AddScript([string]$q.script);`,
    `      $h = $ps.BeginInvoke();`,
    `      [void]$jobs.Add(@{ id = $id; ps = $ps; h = $h; ms = [long]$q.ms; sw = [Diagnostics.Stopwatch]::StartNew() })`,
    `    } catch { Send ($id + ' err EIO') } };`,
    `  foreach ($j in @($jobs)) {`,
    `    if ($j.h.IsCompleted) { $jobs.Remove($j); Finish $j }`,
    `    elseif ($j.sw.ElapsedMilliseconds -gt $j.ms) { $jobs.Remove($j); [void]$j.ps.BeginStop($null, $null); Send ($j.id + ' err ETIMEDOUT') } } };`,
    `[Environment]::Exit(0)`,
  ]
  return lines.map((l) => l.trim()).join(' ')
}

/** One parsed host event. */
export type HostEvent =
  | { readonly kind: 'ready' }
  | { readonly kind: 'answer'; readonly id: number; readonly outcome: CommandOutcome }

const B64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * Parse one line of host stdout. Returns null for lines without this host's marker (noise) and
 * `{kind:'bad', id}` for a marked line that does not follow the protocol.
 */
export function parseHostLine(
  line: string,
  nonce: string,
  maxBytes: number,
): HostEvent | { readonly kind: 'bad'; readonly id: number | null } | null {
  const marker = `@@PF ${nonce} `
  const at = line.indexOf(marker)
  if (at < 0) return null
  const rest = line.slice(at + marker.length).replace(/\r$/, '')
  if (rest === 'ready') return { kind: 'ready' }
  const m = /^(\d{1,9}) (?:ok (-?\d{1,10}) (\S*) (\S*)|err (ETIMEDOUT|EOUTPUT|EIO))$/.exec(rest)
  if (m === null) {
    const id = /^(\d{1,9}) /.exec(rest)
    return { kind: 'bad', id: id ? Number(id[1]) : null }
  }
  const id = Number(m[1])
  if (m[5] !== undefined)
    return { kind: 'answer', id, outcome: { kind: 'error', error: m[5] as CommandError } }
  const [so, se] = [m[3] as string, m[4] as string]
  if (!B64.test(so) || !B64.test(se)) return { kind: 'bad', id }
  const out = Buffer.from(so, 'base64')
  const err = Buffer.from(se, 'base64')
  if (out.length + err.length > maxBytes)
    return { kind: 'answer', id, outcome: { kind: 'error', error: 'EOUTPUT' } }
  return {
    kind: 'answer',
    id,
    outcome: {
      kind: 'exit',
      stdout: out.toString('utf8'),
      stderr: err.toString('utf8'),
      exitCode: Number(m[2]),
    },
  }
}

/** Starts one host process: `script` goes after `-Command`. Null when powershell.exe is missing. */
export type StartHost = (script: string) => Promise<ChildProcess | null>

/** Runs one query in its own powershell.exe (the fallback when the host keeps dying). */
export type RunAlone = (script: string, timeoutMs: number) => Promise<CommandOutcome>

export interface PowerShellHostOptions {
  readonly start: StartHost
  readonly runAlone: RunAlone
  /** Cap on stdout + stderr of one query, in bytes. */
  readonly maxOutputBytes: number
  readonly idleMs?: number
  readonly graceMs?: number
  readonly maxParallel?: number
  /** Nonce source (tests pin it); default: 16 random bytes in hex. */
  readonly nonce?: () => string
}

interface Query {
  readonly id: number
  readonly script: string
  readonly timeoutMs: number
  readonly resolve: (o: CommandOutcome) => void
  /** How many hosts this query has been sent to. */
  attempts: number
  timer?: NodeJS.Timeout
}

interface LiveHost {
  readonly child: ChildProcess
  readonly nonce: string
  ready: boolean
  dead: boolean
  /** Bytes of stdout not yet split into lines. */
  pending: string
}

/** Unterminated host output beyond this is not a protocol line: the host is treated as broken. */
const MAX_LINE_CHARS = 12 * 1024 * 1024

/**
 * The Node side of the protocol: queues queries, keeps at most `maxParallel` in the host, enforces
 * timeouts, restarts a dead or stuck host, and falls back to one process per query.
 */
export class PowerShellHost {
  readonly #opts: PowerShellHostOptions
  readonly #queue: Query[] = []
  readonly #inFlight = new Map<number, Query>()
  #host: LiveHost | null = null
  #starting: Promise<void> | null = null
  #nextId = 1
  #failures = 0
  #disabled = false
  #idle: NodeJS.Timeout | undefined
  /** How many host processes this object started (tests and the benchmark read it). */
  hostStarts = 0

  constructor(options: PowerShellHostOptions) {
    this.#opts = options
  }

  /** True once batching was given up for this run (queries then start their own process). */
  get disabled(): boolean {
    return this.#disabled
  }

  run(script: string, timeoutMs: number): Promise<CommandOutcome> {
    if (this.#disabled) return this.#opts.runAlone(script, timeoutMs)
    return new Promise<CommandOutcome>((resolve) => {
      this.#queue.push({ id: this.#nextId++, script, timeoutMs, resolve, attempts: 0 })
      this.#pump()
    })
  }

  /** Close the host now (it exits when its stdin ends). Pending queries are answered first. */
  close(): void {
    if (this.#inFlight.size > 0 || this.#queue.length > 0) return
    this.#stopHost(false)
  }

  #pump(): void {
    if (this.#idle !== undefined) {
      clearTimeout(this.#idle)
      this.#idle = undefined
    }
    if (this.#disabled) {
      for (const q of this.#queue.splice(0)) void this.#opts.runAlone(q.script, q.timeoutMs).then(q.resolve)
      return
    }
    if (this.#queue.length === 0) {
      if (this.#inFlight.size === 0 && this.#host !== null) {
        this.#idle = setTimeout(() => this.close(), this.#opts.idleMs ?? HOST_IDLE_MS)
        this.#idle.unref()
      }
      return
    }
    if (this.#host === null) {
      if (this.#starting === null) {
        this.#starting = this.#startHost().finally(() => {
          this.#starting = null
          this.#pump()
        })
      }
      return
    }
    const host = this.#host
    const max = this.#opts.maxParallel ?? MAX_PARALLEL
    while (this.#queue.length > 0 && this.#inFlight.size < max) {
      const q = this.#queue.shift() as Query
      q.attempts += 1
      this.#inFlight.set(q.id, q)
      q.timer = setTimeout(() => this.#deadline(host, q), q.timeoutMs + (this.#opts.graceMs ?? HOST_GRACE_MS))
      const line = JSON.stringify({ id: q.id, ms: q.timeoutMs, script: q.script }) + '\n'
      try {
        host.child.stdin?.write(line)
      } catch {
        // A broken pipe shows up as the host's exit; the query is re-sent from there.
      }
    }
  }

  async #startHost(): Promise<void> {
    const nonce = this.#opts.nonce?.() ?? randomBytes(16).toString('hex')
    let child: ChildProcess | null
    try {
      child = await this.#opts.start(hostScript(nonce, this.#opts.maxOutputBytes))
    } catch {
      child = null
    }
    if (child === null) {
      // powershell.exe is missing (or cannot be started): every query gets the same answer it would
      // get on its own.
      this.#disabled = true
      return
    }
    this.hostStarts += 1
    const host: LiveHost = { child, nonce, ready: false, dead: false, pending: '' }
    this.#host = host
    child.unref()
    for (const s of [child.stdout, child.stderr, child.stdin]) (s as { unref?: () => void } | null)?.unref?.()
    child.stdout?.setEncoding('utf8')
    child.stdout?.on('data', (chunk: string) => this.#onData(host, chunk))
    // The host writes nothing to stderr itself; queries' errors travel inside their answers.
    child.stderr?.resume()
    child.stdin?.on('error', () => undefined)
    child.on('error', () => this.#onDeath(host))
    child.on('exit', () => this.#onDeath(host))
  }

  #onData(host: LiveHost, chunk: string): void {
    if (host.dead) return
    host.pending += chunk
    let nl: number
    while ((nl = host.pending.indexOf('\n')) >= 0) {
      const line = host.pending.slice(0, nl)
      host.pending = host.pending.slice(nl + 1)
      this.#onLine(host, line)
      if (host.dead) return
    }
    if (host.pending.length > MAX_LINE_CHARS) {
      // Not the protocol: treat the host as dead (its queries go elsewhere), then end it.
      this.#onDeath(host)
      this.#kill(host)
    }
  }

  #onLine(host: LiveHost, line: string): void {
    const ev = parseHostLine(line, host.nonce, this.#opts.maxOutputBytes)
    if (ev === null) return
    if (ev.kind === 'ready') {
      host.ready = true
      return
    }
    const q = ev.id === null ? undefined : this.#inFlight.get(ev.id)
    if (q === undefined) return
    this.#failures = 0
    this.#answer(q, ev.kind === 'bad' ? { kind: 'error', error: 'EIO' } : ev.outcome)
  }

  #answer(q: Query, outcome: CommandOutcome): void {
    if (q.timer !== undefined) clearTimeout(q.timer)
    this.#inFlight.delete(q.id)
    q.resolve(outcome)
    this.#pump()
  }

  /** Node's own deadline for a query passed: the host is stuck (or never started). */
  #deadline(host: LiveHost, q: Query): void {
    if (!this.#inFlight.has(q.id)) return
    const neverReady = !host.ready
    this.#stopHost(true)
    this.#answer(q, { kind: 'error', error: 'ETIMEDOUT' })
    if (neverReady) {
      // PowerShell did not even start in time: the other queries sent to it waited as long.
      for (const other of [...this.#inFlight.values()])
        this.#answer(other, { kind: 'error', error: 'ETIMEDOUT' })
    } else {
      this.#requeueInFlight()
    }
    this.#pump()
  }

  #onDeath(host: LiveHost): void {
    if (host.dead) return
    host.dead = true
    if (this.#host === host) this.#host = null
    if (this.#inFlight.size === 0 && this.#queue.length === 0) return
    this.#failures += 1
    if (this.#failures >= MAX_HOST_FAILURES) this.#disabled = true
    this.#requeueInFlight()
    this.#pump()
  }

  /** Queries that were inside a host that is gone go back to the front of the queue (once). */
  #requeueInFlight(): void {
    const back = [...this.#inFlight.values()]
    this.#inFlight.clear()
    for (const q of back.reverse()) {
      if (q.timer !== undefined) clearTimeout(q.timer)
      if (q.attempts >= 2) {
        // It was in two hosts that died: it may be what kills them. Alone, it gets the answer it
        // would get without batching.
        void this.#opts.runAlone(q.script, q.timeoutMs).then(q.resolve)
        continue
      }
      this.#queue.unshift(q)
    }
  }

  #stopHost(kill: boolean): void {
    const host = this.#host
    if (host === null) return
    this.#host = null
    host.dead = true
    if (kill) this.#kill(host)
    else {
      try {
        host.child.stdin?.end()
      } catch {
        this.#kill(host)
      }
    }
  }

  #kill(host: LiveHost): void {
    try {
      host.child.kill('SIGKILL')
    } catch {
      // Already gone.
    }
  }
}
