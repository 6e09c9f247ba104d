/**
 * Checklist items 17 and 20 (validate IPC senders, do not expose Electron APIs to untrusted content).
 * Every channel is registered through `handle`, which
 *  1. accepts only calls from the main frame of a window main created (known WebContents id) whose
 *     URL is app://preflight/…,
 *  2. validates the arguments with the contract's zod schema,
 *  3. calls the service and returns `{ ok: true, value }` or `{ ok: false, code, message }`.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import {
  CHANNEL_PREFIX,
  CHANNELS,
  OPERATION_NAMES,
  REQUEST_SCHEMAS,
  ipcFailure,
  ipcOk,
  type IpcResult,
  type OperationName,
} from '../../../shared/ipc-contract'
import { ServiceError } from '../../services/errors'
import { englishOf, mainMsg } from '../../services/main-text'
import type { ServiceHandlers } from '../../services/types'
import { isAppUrl } from '../security/app-origin'

/** The parts of an invoke event the sender check reads (so tests can build one without Electron). */
export interface SenderInfo {
  readonly sender: {
    readonly id: number
    readonly mainFrame: { readonly processId: number; readonly routingId: number } | null
  }
  readonly senderFrame: {
    readonly url: string
    readonly parent: unknown
    readonly processId: number
    readonly routingId: number
    /** True once the frame left the page it was created for (Electron 29+). */
    readonly detached?: boolean
  } | null
}

/** Why a sender is refused, or null when it is trusted. */
export function senderProblem(event: SenderInfo, knownWebContents: ReadonlySet<number>): string | null {
  if (!knownWebContents.has(event.sender.id)) return 'unknown WebContents'
  const frame = event.senderFrame
  if (frame === null || frame.detached === true) return 'sender frame is gone'
  const main = event.sender.mainFrame
  if (frame.parent !== null || main === null) return 'not the main frame'
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return 'not the main frame'
  if (!isAppUrl(frame.url)) return 'frame is not on the app origin'
  return null
}

/** Turn a thrown value into a failure result (logging unexpected errors for bug reports). */
export function toFailure(err: unknown, log: (message: string) => void = console.error): IpcResult<never> {
  if (err instanceof ServiceError) return ipcFailure(err.code, err.message, err.text)
  const text = err instanceof Error ? err.message : String(err)
  log(`Preflight: unexpected error in an IPC handler: ${err instanceof Error ? (err.stack ?? text) : text}`)
  const internal = mainMsg('main.error.internal', { error: text })
  return ipcFailure('INTERNAL', englishOf(internal), internal)
}

/** Validate a sender and arguments, then run `fn`. Exported for tests. */
export async function invokeChecked<S extends z.ZodType, R>(
  event: SenderInfo,
  args: readonly unknown[],
  schema: S,
  knownWebContents: ReadonlySet<number>,
  fn: (request: z.output<S>) => Promise<R>,
): Promise<IpcResult<R>> {
  const problem = senderProblem(event, knownWebContents)
  if (problem !== null) return ipcFailure('FORBIDDEN', `Refused a call from an untrusted frame (${problem}).`)
  if (args.length > 1) return ipcFailure('INVALID_ARGUMENT', 'Expected at most one argument.')
  const parsed = schema.safeParse(args[0])
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
      .join('; ')
    return ipcFailure('INVALID_ARGUMENT', `Invalid argument: ${detail}`)
  }
  try {
    return ipcOk(await fn(parsed.data))
  } catch (err) {
    return toFailure(err)
  }
}

/** Register one channel. The channel must carry the contract's prefix. */
export function handle<S extends z.ZodType, R>(
  ipcMain: Pick<IpcMain, 'handle'>,
  channel: string,
  schema: S,
  knownWebContents: ReadonlySet<number>,
  fn: (request: z.output<S>) => Promise<R>,
): void {
  if (!channel.startsWith(CHANNEL_PREFIX))
    throw new Error(`IPC channel without the ${CHANNEL_PREFIX} prefix: ${channel}`)
  ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
    invokeChecked(event as unknown as SenderInfo, args, schema, knownWebContents, fn),
  )
}

/** Register every operation of the contract against the services. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: ServiceHandlers,
  knownWebContents: ReadonlySet<number>,
): void {
  for (const name of OPERATION_NAMES) registerOne(ipcMain, name, services, knownWebContents)
}

function registerOne<K extends OperationName>(
  ipcMain: Pick<IpcMain, 'handle'>,
  name: K,
  services: ServiceHandlers,
  knownWebContents: ReadonlySet<number>,
): void {
  const fn = services[name] as (request: unknown) => Promise<unknown>
  handle(ipcMain, CHANNELS[name], REQUEST_SCHEMAS[name], knownWebContents, (request) => fn(request))
}
