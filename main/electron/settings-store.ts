/**
 * electron-store as the settings document (thin adapter; the recovery logic is Electron-free in
 * main/services/settings.ts). electron-store validates the file against SETTINGS_JSON_SCHEMA and
 * throws on invalid JSON or a schema violation (clearInvalidConfig: false), which makes
 * openSettingsStore move the file aside instead of silently wiping it.
 */
import { ipcMain } from 'electron'
import Store, { type Schema } from 'electron-store'
import * as path from 'node:path'
import {
  SETTINGS_JSON_SCHEMA,
  SettingsCorruptError,
  type SettingsDocument,
  type SettingsDocumentSource,
  type StoredSettings,
} from '../services/settings'

/** The channel electron-store listens on in the main process (node_modules/electron-store/index.js). */
export const ELECTRON_STORE_CHANNEL = 'electron-store-get-data'

/** Base name of the settings file in userData (electron-store adds `.json`). */
export const SETTINGS_FILE_NAME = 'settings'

/** The settings file in `dir`, opened through electron-store. */
export function electronStoreSettingsSource(dir: string): SettingsDocumentSource {
  return {
    filePath: path.join(dir, `${SETTINGS_FILE_NAME}.json`),
    open() {
      try {
        return openStore(dir)
      } catch (err) {
        // conf (electron-store's base) throws SyntaxError for invalid JSON and SchemaViolationError
        // for a file the schema rejects: those mean a damaged file. Anything else is not recovered from.
        if (
          err instanceof SyntaxError ||
          (err instanceof Error && /^Config schema violation/.test(err.message))
        ) {
          throw new SettingsCorruptError(err.message)
        }
        throw err
      }
    },
  }
}

/** Open electron-store on `dir`/settings.json; throws on a damaged file. */
function openStore(dir: string): SettingsDocument {
  const store = new Store<StoredSettings>({
    name: SETTINGS_FILE_NAME,
    cwd: dir,
    schema: SETTINGS_JSON_SCHEMA as unknown as Schema<StoredSettings>,
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  })
  // electron-store registers a synchronous IPC listener for renderer-side stores, answering any
  // renderer with the userData path. We never use stores in the renderer, and every IPC channel must
  // go through the contract (main/electron/ipc/register.ts), so remove it.
  ipcMain?.removeAllListeners(ELECTRON_STORE_CHANNEL)
  // Reading the whole store makes electron-store parse and validate the file now.
  void store.store
  return {
    read: () => store.store,
    write(settings: StoredSettings) {
      store.set(settings)
    },
  }
}
