/**
 * electron-store as the settings document (thin adapter; the recovery logic is Electron-free in
 * main/services/settings.ts). electron-store validates the file against SETTINGS_JSON_SCHEMA and
 * throws on invalid JSON or a schema violation (clearInvalidConfig: false), which makes
 * openSettingsStore move the file aside instead of silently wiping it.
 */
import Store, { type Schema } from 'electron-store'
import * as path from 'node:path'
import type { Settings } from '../../shared/ipc-contract'
import { SETTINGS_JSON_SCHEMA, type SettingsDocumentSource } from '../services/settings'

/** Base name of the settings file in userData (electron-store adds `.json`). */
export const SETTINGS_FILE_NAME = 'settings'

/** The settings file in `dir`, opened through electron-store. */
export function electronStoreSettingsSource(dir: string): SettingsDocumentSource {
  return {
    filePath: path.join(dir, `${SETTINGS_FILE_NAME}.json`),
    open() {
      const store = new Store<Settings>({
        name: SETTINGS_FILE_NAME,
        cwd: dir,
        schema: SETTINGS_JSON_SCHEMA as unknown as Schema<Settings>,
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
        watch: false,
      })
      // Reading the whole store makes electron-store parse and validate the file now.
      void store.store
      return {
        read: () => store.store,
        write(settings: Settings) {
          store.set(settings)
        },
      }
    },
  }
}
