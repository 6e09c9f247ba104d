/**
 * The fake 'electron' module for security tests. Every test file calls
 * `vi.mock('electron', () => electronMock())` so the real package (which tries to download a binary
 * when required) is never loaded.
 */
export function electronMock(): Record<string, unknown> {
  const fail = (): never => {
    throw new Error('the real Electron API is not available in tests')
  }
  return {
    default: {},
    app: { isPackaged: false, getPath: fail, on: fail },
    ipcMain: { handle: fail },
    ipcRenderer: { invoke: fail, on: fail, removeListener: fail },
    contextBridge: { exposeInMainWorld: fail },
    protocol: { registerSchemesAsPrivileged: fail, handle: fail },
    session: {},
    shell: { openExternal: fail },
    safeStorage: {},
    BrowserWindow: fail,
  }
}
