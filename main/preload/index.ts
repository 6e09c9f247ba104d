/**
 * The preload: exposes `window.preflight` (PreflightApi) and nothing else. Checklist items 3 and 20:
 * the renderer gets one frozen function per operation; it never sees ipcRenderer, IPC event objects
 * or Node. Runs sandboxed, so it is bundled into one CJS file (dist/electron/preload.cjs) whose only
 * external is 'electron'. Imports only 'electron' and shared/.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { buildPreflightApi, type Invoke, type Subscribe } from './api'

const invoke: Invoke = (channel, request) =>
  request === undefined ? ipcRenderer.invoke(channel) : ipcRenderer.invoke(channel, request)

const subscribe: Subscribe = (channel, listener) => {
  const wrapped = (_event: unknown, payload: unknown): void => listener(payload)
  ipcRenderer.on(channel, wrapped)
  return () => {
    ipcRenderer.removeListener(channel, wrapped)
  }
}

contextBridge.exposeInMainWorld('preflight', buildPreflightApi(invoke, subscribe))
