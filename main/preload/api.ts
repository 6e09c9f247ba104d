/**
 * Builds the `window.preflight` object from the contract (pure: no 'electron' import, so tests can
 * check its shape and behaviour with a fake invoke/subscribe).
 */
// Values come from ipc-channels (no zod, no catalogues) to keep the sandboxed preload bundle small.
import type { PreflightApi, PreflightEvent } from '../../shared/ipc-contract'
import {
  CHANNELS,
  EVENT_CHANNEL,
  OPERATION_NAMES,
  SUBSCRIPTION_EVENT,
  SUBSCRIPTION_NAMES,
} from '../../shared/ipc-channels'

/** ipcRenderer.invoke, narrowed. */
export type Invoke = (channel: string, request: unknown) => Promise<unknown>
/** ipcRenderer.on for the event channel, with the IPC event already dropped; returns an unsubscribe. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void

function isEvent(payload: unknown): payload is PreflightEvent {
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof (payload as { type?: unknown }).type === 'string' &&
    typeof (payload as { runId?: unknown }).runId === 'string'
  )
}

/** The frozen API object: one function per operation plus the three subscriptions. */
export function buildPreflightApi(invoke: Invoke, subscribe: Subscribe): PreflightApi {
  const api: Record<string, unknown> = {}
  for (const name of OPERATION_NAMES) {
    const channel = CHANNELS[name]
    // Only the first argument is forwarded: callers cannot smuggle extra values to main.
    api[name] = (request?: unknown) => invoke(channel, request)
  }
  for (const name of SUBSCRIPTION_NAMES) {
    const type = SUBSCRIPTION_EVENT[name]
    api[name] = (callback: unknown) => {
      if (typeof callback !== 'function') throw new TypeError(`${name} needs a function`)
      return subscribe(EVENT_CHANNEL, (payload) => {
        if (isEvent(payload) && payload.type === type) (callback as (e: PreflightEvent) => void)(payload)
      })
    }
  }
  return Object.freeze(api) as unknown as PreflightApi
}
