/**
 * The renderer's end-to-end harness: the REAL main-process services (createServices) run in the
 * test's Node process, registered through the REAL IPC wrapper (registerIpcHandlers: channel
 * prefix, sender check, zod validation, error mapping) on a stand-in ipcMain. The page gets a frozen
 * `window.preflight` (added by an init script before any page script runs) whose functions forward
 * to `page.exposeFunction('__preflight_<op>')`; events are pushed into the page with page.evaluate.
 *
 * What differs from the app: dialogs are answered by the test (temp paths), openExternal is
 * recorded, the probe replays a transcript the test can switch, and the clock is fixed.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import {
  CHANNELS,
  OPERATION_NAMES,
  SUBSCRIPTION_EVENT,
  SUBSCRIPTION_NAMES,
  type IpcResult,
  type LanguageSetting,
  type OperationName,
  type PreflightEvent,
} from '../../shared/ipc-contract'
import { registerIpcHandlers, type SenderInfo } from '../../main/electron/ipc/register'
import { APP_START_URL } from '../../main/electron/security/app-origin'
import { createServices, type ServiceHandlers } from '../../main/services'
import { FileDeviceKeyStore } from '../../main/services/device-key'
import { fileHistoryStore } from '../../main/services/history'
import { jsonFileSettingsSource, openSettingsStore } from '../../main/services/settings'
import { ReplayProbe, type Transcript } from '../../main/probe/transcript'
import { statPath, type Probe } from '../../main/probe/probe'
import { runCli } from '../../main/cli/index'
import type { CliIo } from '../../main/cli/command'

/** What a dialog call looked like and how the test answered it. */
export interface DialogCall {
  readonly kind: 'open-file' | 'save-file' | 'folder'
  readonly title: string
  readonly defaultName?: string
  readonly answer: string | null
}

/** A queue of answers for one kind of dialog. An empty queue answers "cancelled". */
class AnswerQueue {
  readonly #answers: (string | null)[] = []
  push(answer: string | null): void {
    this.#answers.push(answer)
  }
  take(): string | null {
    return this.#answers.length === 0 ? null : (this.#answers.shift() ?? null)
  }
}

/** Options of createHarness. */
export interface HarnessOptions {
  readonly transcript: Transcript
  /** Pre-filled settings (skips the first-run screen). */
  readonly settings?: {
    readonly staffId: string
    readonly deviceLabel: string
    /** Act as the campaign's security lead (CISO screens offered; the app opens on Campaign). */
    readonly cisoMode?: boolean
  }
  /** The fixed clock; default: the transcript's time. */
  readonly now?: Date
  /** Delay each replayed command by this much, so a run takes visible time (streaming tests). */
  readonly probeDelayMs?: number
  /** The operating system's preferred languages, most preferred first (default: none, i.e. English). */
  readonly systemLanguages?: readonly string[]
  /** The saved language setting that goes with `settings` (default 'en'). */
  readonly language?: LanguageSetting
  /** The page to open: 'index.html' (the shipped build, default) or 'qps/index.html' (pseudo-locale build). */
  readonly entry?: string
}

/** A replay probe whose commands take `delayMs` each, like slow system tools. */
function slowProbe(inner: Probe, delayMs: number): Probe {
  const wait = (): Promise<void> => new Promise((r) => setTimeout(r, delayMs))
  return {
    platform: inner.platform,
    arch: inner.arch,
    replayed: inner.replayed,
    run: async (argv, o) => {
      await wait()
      return inner.run(argv, o)
    },
    readFile: (p, o) => inner.readFile(p, o),
    listDir: (p) => inner.listDir(p),
    stat: (p) => statPath(inner, p),
    env: (n) => inner.env(n),
    now: () => inner.now(),
    deviceProfile: () => inner.deviceProfile?.() ?? Promise.resolve({ status: 'not-collected' }),
  }
}

/** A running harness (one per test). */
export interface Harness {
  /** Temp folder holding everything this test writes (PREFLIGHT_HOME, campaign folders, exports). */
  readonly root: string
  /** The CISO's config folder (campaign trust anchors) the services and `cli` share. */
  readonly cisoHome: string
  readonly services: ServiceHandlers
  /** Every operation the page called, in order. */
  readonly calls: { readonly op: OperationName; readonly arg: unknown; readonly ok: boolean }[]
  /** URLs main was asked to open. */
  readonly opened: string[]
  readonly dialogCalls: DialogCall[]
  /** Answer the next open-file / save-file / folder dialog with this path (null = cancel). */
  answerOpenFile(p: string | null): void
  answerSaveFile(p: string | null): void
  answerFolder(p: string | null): void
  /** Replace the transcript the next run replays (e.g. "the user fixed the firewall"). */
  setTranscript(t: Transcript): void
  setNow(d: Date): void
  setProbeDelay(ms: number): void
  now(): Date
  /** Wire the page: expose the operations and add the bridge init script. Call before goto. */
  attach(page: Page): Promise<void>
  /**
   * Run the CLI in-process (campaign folders, requests, attestations for the CISO tests).
   * PREFLIGHT_HOME defaults to the CISO's config folder the services use; staff pass their own.
   */
  cli(argv: readonly string[], env?: Readonly<Record<string, string>>): Promise<{ code: number; out: string }>
  /** Fire main's pending CISO idle-lock timer now (as if 15 minutes passed without a CISO operation). */
  idleLock(): Promise<void>
  dispose(): void
}

/** A sender the real IPC wrapper trusts: the main frame of a known window on app://preflight. */
const TRUSTED_SENDER: SenderInfo = {
  sender: { id: 1, mainFrame: { processId: 1, routingId: 1 } },
  senderFrame: { url: APP_START_URL, parent: null, processId: 1, routingId: 1 },
}

/**
 * The page side of the bridge, run as an init script (before the app's scripts, in every frame).
 * Serialised by Playwright: it may only use its argument.
 */
function installBridge(arg: {
  readonly ops: readonly string[]
  readonly subscriptions: Readonly<Record<string, string>>
}): void {
  const listeners = new Map<string, Set<(e: unknown) => void>>()
  Object.defineProperty(window, '__preflightEvent', {
    value: (event: { type: string }) => {
      for (const cb of listeners.get(event.type) ?? []) cb(event)
    },
  })
  const api: Record<string, unknown> = {}
  const w = window as unknown as Record<string, (a: unknown) => Promise<unknown>>
  for (const op of arg.ops) {
    api[op] = (request?: unknown) => {
      const fn = w[`__preflight_${op}`]
      if (fn === undefined) return Promise.reject(new Error(`bridge function ${op} missing`))
      return fn(request)
    }
  }
  for (const [name, type] of Object.entries(arg.subscriptions)) {
    api[name] = (cb: unknown) => {
      if (typeof cb !== 'function') throw new TypeError(`${name} needs a function`)
      const set = listeners.get(type) ?? new Set()
      listeners.set(type, set)
      const fn = cb as (e: unknown) => void
      set.add(fn)
      return () => {
        set.delete(fn)
      }
    }
  }
  Object.defineProperty(window, 'preflight', { value: Object.freeze(api), enumerable: true })
}

/** The keys the fake bridge exposes (compared with the real preload's in the contract test). */
export const FAKE_BRIDGE_KEYS: readonly string[] = [...OPERATION_NAMES, ...SUBSCRIPTION_NAMES]

const SILENT_IO = (out: string[], env: Readonly<Record<string, string>>): CliIo => ({
  stdout: (s) => out.push(s),
  stderr: (s) => out.push(s),
  isTty: false,
  env: { ...process.env, ...env },
  cwd: process.cwd(),
})

/** Create a harness with a temp PREFLIGHT_HOME. */
export async function createHarness(options: HarnessOptions): Promise<Harness> {
  const root = mkdtempSync(path.join(tmpdir(), 'preflight-e2e-'))
  const home = path.join(root, 'home')
  await mkdir(home, { recursive: true, mode: 0o700 })
  let transcript = options.transcript
  let now = options.now ?? new Date(transcript.now)
  let probeDelay = options.probeDelayMs ?? 0
  const clock = (): Date => new Date(now.getTime())

  // The CISO's config folder (campaign trust anchors), shared by the services and the CLI's `ciso`
  // commands so a campaign made with `ciso init` is pinned for the app too.
  const cisoHome = path.join(home, 'ciso')
  const settingsPath = path.join(home, 'settings.json')
  const settings = await openSettingsStore(jsonFileSettingsSource(settingsPath), { now: clock })
  if (options.settings !== undefined)
    await settings.save({ ...options.settings, language: options.language ?? 'en' })

  const queues = { 'open-file': new AnswerQueue(), 'save-file': new AnswerQueue(), folder: new AnswerQueue() }
  const dialogCalls: DialogCall[] = []
  const opened: string[] = []
  const calls: { op: OperationName; arg: unknown; ok: boolean }[] = []
  let page: Page | null = null
  const pending = new Set<Promise<unknown>>()

  const emit = (event: PreflightEvent): void => {
    if (page === null) return
    const p = page
      .evaluate((e) => {
        ;(window as unknown as { __preflightEvent: (x: unknown) => void }).__preflightEvent(e)
      }, event)
      .catch(() => undefined)
    pending.add(p)
    void p.finally(() => pending.delete(p))
  }

  // Main's idle-lock countdown, fired by the test (idleLock) instead of waiting 15 minutes.
  const timers = new Map<number, () => void>()
  let nextTimer = 1

  const services = createServices({
    dataDir: path.join(home, 'staff'),
    keyStore: new FileDeviceKeyStore(path.join(home, 'keys')),
    settings,
    history: fileHistoryStore(path.join(home, 'history.json'), clock),
    createProbe: () => {
      const replay = new ReplayProbe(transcript)
      return probeDelay > 0 ? slowProbe(replay, probeDelay) : replay
    },
    now: clock,
    systemLanguages: () => options.systemLanguages ?? [],
    dialogs: {
      async chooseOpenFile(o) {
        const answer = queues['open-file'].take()
        dialogCalls.push({ kind: 'open-file', title: o.title, answer })
        return answer
      },
      async chooseSaveFile(o) {
        const answer = queues['save-file'].take()
        dialogCalls.push({ kind: 'save-file', title: o.title, defaultName: o.defaultName, answer })
        return answer
      },
      async chooseFolder(o) {
        const answer = queues.folder.take()
        dialogCalls.push({ kind: 'folder', title: o.title, answer })
        return answer
      },
    },
    openExternal: async (url) => {
      opened.push(url)
      return true
    },
    emit,
    cisoConfigDir: cisoHome,
    timers: {
      setTimeout: (fn) => {
        const id = nextTimer++
        timers.set(id, fn)
        return id
      },
      clearTimeout: (id) => {
        timers.delete(id as number)
      },
    },
  })

  // The real registration path, on a stand-in ipcMain.
  const channels = new Map<string, (event: unknown, ...args: unknown[]) => Promise<IpcResult<unknown>>>()
  registerIpcHandlers(
    {
      handle: (channel: string, fn: (event: never, ...args: unknown[]) => unknown) => {
        channels.set(channel, fn as (event: unknown, ...args: unknown[]) => Promise<IpcResult<unknown>>)
      },
    } as unknown as Parameters<typeof registerIpcHandlers>[0],
    services,
    new Set([TRUSTED_SENDER.sender.id]),
  )

  const invoke = async (op: OperationName, arg: unknown): Promise<IpcResult<unknown>> => {
    const fn = channels.get(CHANNELS[op])
    if (fn === undefined) throw new Error(`no handler registered for ${op}`)
    const result = await (arg === undefined ? fn(TRUSTED_SENDER) : fn(TRUSTED_SENDER, arg))
    // Let the events of this call reach the page before its answer does.
    await Promise.all([...pending])
    calls.push({ op, arg, ok: result.ok })
    return result
  }

  return {
    root,
    cisoHome,
    services,
    calls,
    opened,
    dialogCalls,
    answerOpenFile: (p) => queues['open-file'].push(p),
    answerSaveFile: (p) => queues['save-file'].push(p),
    answerFolder: (p) => queues.folder.push(p),
    setTranscript: (t) => {
      transcript = t
    },
    setNow: (d) => {
      now = d
    },
    setProbeDelay: (ms) => {
      probeDelay = ms
    },
    now: clock,
    async attach(p) {
      page = p
      for (const op of OPERATION_NAMES) {
        await p.exposeFunction(`__preflight_${op}`, (arg: unknown) => invoke(op, arg))
      }
      await p.addInitScript(installBridge, {
        ops: [...OPERATION_NAMES],
        subscriptions: { ...SUBSCRIPTION_EVENT },
      })
    },
    async cli(argv, env = {}) {
      const out: string[] = []
      const code = await runCli(argv, SILENT_IO(out, { PREFLIGHT_HOME: cisoHome, ...env }))
      return { code, out: out.join('') }
    },
    async idleLock() {
      const due = [...timers.values()]
      timers.clear()
      for (const fn of due) fn()
      await Promise.all([...pending])
    },
    dispose() {
      page = null
      rmSync(root, { recursive: true, force: true })
    },
  }
}
