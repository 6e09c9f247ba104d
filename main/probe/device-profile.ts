/**
 * The systeminformation half of the device profile (shared/device-profile.ts): maker, model,
 * chassis type and VM, asked of the owner-chosen `systeminformation` package.
 *
 * This is the one accepted exception to "every process goes through the probe": systeminformation
 * starts its own commands (listed per platform in SYSTEMINFORMATION_RUNS and by `preflight probes`).
 * So it is fenced in:
 * - it runs in a worker thread (device-profile-worker.cjs) with a hard timeout, terminated at that
 *   timeout, so neither its synchronous commands nor a hang can block the checks or the app;
 * - the worker keeps only manufacturer, model, chassis type, VM and VM kind: serial numbers, UUIDs,
 *   SKUs and asset tags never leave it; host names and MAC addresses are never asked for;
 * - the answer is descriptive only (no verdict reads it), recorded in the transcript's
 *   `deviceProfile` block, and replay answers from that block without calling systeminformation.
 */
import * as path from 'node:path'
import { Worker } from 'node:worker_threads'
import { z } from 'zod'
import type { Platform } from '../../shared/check-types'

/** What a run learnt from systeminformation, as recorded in a transcript (`deviceProfile`). */
export type SiAnswer =
  | {
      readonly status: 'ok'
      readonly manufacturer: string | null
      readonly model: string | null
      readonly chassisType: string | null
      readonly virtual: boolean | null
      readonly virtualHost: string | null
    }
  | { readonly status: 'timeout' | 'error' | 'not-collected' }

const text = z.string().max(200).nullable()
export const siAnswerSchema = z.union([
  z
    .object({
      status: z.literal('ok'),
      manufacturer: text,
      model: text,
      chassisType: text,
      virtual: z.boolean().nullable(),
      virtualHost: text,
    })
    .strict(),
  z.object({ status: z.enum(['timeout', 'error', 'not-collected']) }).strict(),
])

/** Time systeminformation gets (Windows: one PowerShell start, three to four CIM queries). */
export const DEVICE_PROFILE_TIMEOUT_MS = 10_000

/** What systeminformation runs for the functions called, per platform (systeminformation 5.33). */
export const SYSTEMINFORMATION_RUNS: Readonly<Record<Platform, readonly string[]>> = {
  darwin: ['system(): ioreg -c IOPlatformExpertDevice -d 2 (one process; no chassis(): system() derives it)'],
  win32: [
    'system() and chassis() through one PowerShell of systeminformation (powershell.exe -NoProfile -NoLogo -InputFormat Text -NoExit -Command -): Get-CimInstance Win32_ComputerSystemProduct, MS_Systeminformation (root/wmi), Win32_bios (only when no VM was recognised), Win32_SystemEnclosure',
  ],
  linux: [
    'system(): sh -c "dmidecode -t system" (fails quietly without root), cat of /sys/devices/virtual/dmi/id/{product_name,product_version,sys_vendor,product_serial,product_uuid}, ls /dev/disk/by-id, dmesg | grep (VM hints), /proc/cpuinfo when nothing else answered',
    'chassis(): cat of /sys/devices/virtual/dmi/id/chassis_{type,vendor,version,serial,asset_tag}',
  ],
}

/** Values systeminformation (or the firmware) uses for "no value". */
const PLACEHOLDERS = new Set([
  '',
  '-',
  'computer',
  'default string',
  'to be filled by o.e.m.',
  'system product name',
  'system manufacturer',
  'not applicable',
  'not specified',
  'none',
  'n/a',
])

/** A printable, short string or null: control characters removed, placeholders dropped. */
export function cleanText(value: unknown, max = 100): string | null {
  if (typeof value !== 'string') return null
  const t = value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (PLACEHOLDERS.has(t.toLowerCase())) return null
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`
}

/** Reduce the worker's message to a SiAnswer (anything unexpected: status error). */
export function siAnswerFromWorker(message: unknown): SiAnswer {
  if (message === null || typeof message !== 'object') return { status: 'error' }
  const m = message as { ok?: unknown; system?: unknown; chassis?: unknown }
  if (m.ok !== true || m.system === null || typeof m.system !== 'object') return { status: 'error' }
  const sys = m.system as Record<string, unknown>
  const chassis = (m.chassis !== null && typeof m.chassis === 'object' ? m.chassis : {}) as Record<
    string,
    unknown
  >
  const virtual = typeof sys['virtual'] === 'boolean' ? sys['virtual'] : null
  return {
    status: 'ok',
    manufacturer: cleanText(sys['manufacturer']),
    model: cleanText(sys['model']),
    // chassis() is the SMBIOS enclosure; on macOS system() names the type from the model.
    chassisType: cleanText(chassis['type'], 40) ?? cleanText(sys['type'], 40),
    virtual,
    virtualHost: virtual === true ? cleanText(sys['virtualHost'], 40) : null,
  }
}

/** The worker's code: bundled into a string by scripts/build-node.mjs, else the source file. */
declare const __PREFLIGHT_DEVICE_PROFILE_WORKER__: string | undefined

function startWorker(): Worker {
  if (typeof __PREFLIGHT_DEVICE_PROFILE_WORKER__ === 'string') {
    return new Worker(__PREFLIGHT_DEVICE_PROFILE_WORKER__, { eval: true, stdout: true, stderr: true })
  }
  // Unbundled (tests, development): the worker file next to this one; it requires systeminformation
  // from node_modules.
  return new Worker(path.join(__dirname, 'device-profile-worker.cjs'), { stdout: true, stderr: true })
}

/** How a worker's first event turned out: its answer, or an error or exit before one. */
export type WorkerOutcome = { readonly message: unknown } | { readonly failed: true }

/**
 * A started worker, listened to from its start. The CLI's launcher starts one before the bundle
 * is loaded (main/cli/early-device-profile.cjs, same shape) and hands it over with
 * `offerStartedWorker`.
 */
export interface StartedWorker {
  readonly worker: Worker
  readonly outcome: Promise<WorkerOutcome>
}

/** Listen to a worker's first event (unref'd: it never keeps the process alive). */
export function listenToWorker(worker: Worker): StartedWorker {
  worker.unref()
  // Whatever systeminformation prints is not ours to show.
  worker.stdout?.resume()
  worker.stderr?.resume()
  const outcome = new Promise<WorkerOutcome>((resolve) => {
    worker.on('message', (message: unknown) => resolve({ message }))
    worker.on('error', () => resolve({ failed: true }))
    worker.on('exit', () => resolve({ failed: true }))
  })
  return { worker, outcome }
}

export interface CollectOptions {
  readonly timeoutMs?: number
  /** Replaces the worker (tests). */
  readonly start?: () => Worker
  /** A worker already started (the CLI launcher's); `start` is then not called. */
  readonly started?: StartedWorker
}

/**
 * Ask systeminformation, in a worker, within the time limit (counted from this call). Never
 * rejects. The worker is unref'd (it never keeps the process alive) and terminated when it answers
 * or at the timeout.
 */
export function collectSiAnswer(options: CollectOptions = {}): Promise<SiAnswer> {
  let started: StartedWorker
  try {
    started = options.started ?? listenToWorker((options.start ?? startWorker)())
  } catch {
    return Promise.resolve({ status: 'error' })
  }
  return new Promise<SiAnswer>((resolve) => {
    let settled = false
    const finish = (answer: SiAnswer) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(answer)
      void started.worker.terminate().catch(() => undefined)
    }
    const timer = setTimeout(
      () => finish({ status: 'timeout' }),
      options.timeoutMs ?? DEVICE_PROFILE_TIMEOUT_MS,
    )
    void started.outcome.then((o) =>
      finish('failed' in o ? { status: 'error' } : siAnswerFromWorker(o.message)),
    )
  })
}

let offered: StartedWorker | null = null

/**
 * Hand over a worker started early (the CLI launcher's): the next live ask uses it instead of
 * starting one. Returns a function that terminates it if nothing used it.
 */
export function offerStartedWorker(started: StartedWorker): () => void {
  offered = started
  return () => {
    if (offered !== started) return
    offered = null
    void started.worker.terminate().catch(() => undefined)
  }
}

let cached: Promise<SiAnswer> | null = null

/**
 * The live answer, asked once per process: maker, model and chassis do not change while Preflight
 * runs, and the app re-checks often (every "Check again", every return to the window while fixing).
 * A timeout or error is not kept: the next run asks again.
 */
export function liveSiAnswer(): Promise<SiAnswer> {
  if (cached === null) {
    const started = offered
    offered = null
    const p = collectSiAnswer(started !== null ? { started } : {})
    cached = p
    void p.then((a) => {
      if (a.status !== 'ok' && cached === p) cached = null
    })
  }
  return cached
}
