/**
 * What the app services need from their host. Electron (main/electron) passes real dialogs,
 * safeStorage and electron-store; unit tests and the renderer's Playwright tests pass temp folders,
 * replayed transcripts and dialogs answered by the test. The services themselves never import
 * 'electron', so every operation of the IPC contract runs in plain Node.
 */
import type { KeyObject } from 'node:crypto'
import type { KeyStore } from '../attestation/key-store'
import type { CisoKeySession } from '../ciso/key-session'
import type { Probe } from '../probe/probe'
import type {
  KeyStoreInfo,
  OperationName,
  PreflightEvent,
  ResponseOf,
  ValidRequestOf,
} from '../../shared/ipc-contract'
import type { Timers } from './ciso-idle-lock'
import type { HistoryStore } from './history'
import type { SettingsStore } from './settings'

/** A file-type filter for dialogs (same shape as Electron's FileFilter). */
export interface FileFilter {
  readonly name: string
  readonly extensions: readonly string[]
}

/** Native dialogs, run by main. Each returns an absolute path, or null when the user cancelled. */
export interface Dialogs {
  chooseOpenFile(options: {
    readonly title: string
    readonly filters: readonly FileFilter[]
  }): Promise<string | null>
  chooseSaveFile(options: {
    readonly title: string
    readonly defaultName: string
    readonly filters: readonly FileFilter[]
  }): Promise<string | null>
  chooseFolder(options: { readonly title: string }): Promise<string | null>
}

/** The device key store plus what the UI should say about it. */
export interface DeviceKeyStore extends KeyStore {
  /** Whether the store can be used and how strong its protection is (checked without creating a key). */
  info(): Promise<KeyStoreInfo>
  /** The public key without unlocking the private one (null when there is none). */
  publicKey(): Promise<KeyObject | null>
}

/** Everything createServices needs. */
export interface ServiceDeps {
  /** Where the staff state lives (pinned CISO key, active request, sequence counter). */
  readonly dataDir: string
  readonly keyStore: DeviceKeyStore
  readonly settings: SettingsStore
  readonly history: HistoryStore
  /** A fresh probe for one run: SystemProbe live, or a ReplayProbe of a transcript. */
  readonly createProbe: () => Probe
  readonly now: () => Date
  readonly dialogs: Dialogs
  /** Opens an allow-listed deep link (main re-checks the allow-list); resolves whether it opened. */
  readonly openExternal: (url: string) => Promise<boolean>
  /** Pushes an event to the renderer (EVENT_CHANNEL). */
  readonly emit: (event: PreflightEvent) => void
  /** Per-check timeout override (tests). */
  readonly checkTimeoutMs?: number
  /**
   * The operating system's preferred languages, most preferred first (Electron:
   * app.getPreferredSystemLanguages()); the app follows the first one we have unless the staffer
   * chose a language. Default: none (English).
   */
  readonly systemLanguages?: () => readonly string[]
  /**
   * CISO mode: the config folder holding the campaign trust anchors (pinned campaign keys, newest
   * roster revision seen). Pass configDir() so the app and the `preflight ciso` CLI share them;
   * default: dataDir.
   */
  readonly cisoConfigDir?: string
  /**
   * CISO mode: the unlocked CISO key for this session of work (main process only). The host unlocks
   * and locks it (idle timeout, on request); default: a session that is never unlocked, so only a
   * key without passphrase can sign.
   */
  readonly cisoKeySession?: CisoKeySession
  /**
   * CISO mode: how long the key stays unlocked without a CISO operation (default CISO_IDLE_LOCK_MS,
   * 15 minutes), and the timers that count it down (default: the global ones; tests pass fakes).
   */
  readonly cisoIdleLockMs?: number
  readonly timers?: Timers
}

/** One async function per contract operation, taking the validated request. */
export type ServiceHandlers = {
  readonly [K in OperationName]: (request: ValidRequestOf<K>) => Promise<ResponseOf<K>>
}
