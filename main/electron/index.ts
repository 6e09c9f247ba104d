/**
 * Electron main process: lifecycle only. Everything security-relevant is in main/electron/security
 * (one module per checklist item) and every operation in main/services (Electron-free).
 *
 * Order matters: app:// is registered as privileged before `ready`; permission, network and
 * navigation guards are installed before the window loads anything.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell } from 'electron'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { EVENT_CHANNEL, type PreflightEvent } from '../../shared/ipc-contract'
import { configDir } from '../attestation/config-dir'
import { CisoKeySession } from '../ciso/key-session'
import type { Probe } from '../probe/probe'
import { SystemProbe } from '../probe/system-probe'
import { ReplayProbe, parseTranscript } from '../probe/transcript'
import { fileHistoryStore } from '../services/history'
import { createServices } from '../services'
import { openSettingsStore } from '../services/settings'
import type { Dialogs } from '../services/types'
import { registerIpcHandlers } from './ipc/register'
import { SafeStorageKeyStore } from './key-store'
import { APP_SCHEME_PRIVILEGES, handleAppProtocol } from './security/protocol'
import { openDeepLink } from './security/external-links'
import { installNavigationGuards } from './security/navigation'
import { installNetworkBlocker } from './security/network'
import { denyAllPermissions } from './security/permissions'
import { disableSpellChecker } from './security/spellcheck'
import { electronStoreSettingsSource } from './settings-store'
import { systemLanguages } from './system-language'
import { createMainWindow } from './window'

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
app.enableSandbox()

// Development and the opt-in smoke test only: a separate profile folder and replayed transcripts.
// Packaged builds ignore both (the fuses also block NODE_OPTIONS and --inspect there).
if (!app.isPackaged) {
  const userData = process.env['PREFLIGHT_USER_DATA']
  if (userData !== undefined && userData !== '') app.setPath('userData', path.resolve(userData))
}

const knownWebContents = new Set<number>()
let mainWindow: BrowserWindow | null = null

function probeFactory(): () => Probe {
  const replay = app.isPackaged ? undefined : process.env['PREFLIGHT_REPLAY']
  if (replay !== undefined && replay !== '') {
    const transcript = parseTranscript(readFileSync(replay, 'utf8'))
    return () => new ReplayProbe(transcript)
  }
  return () => new SystemProbe()
}

/** Where save dialogs start; some Linux setups have no Documents folder, so fall back to home. */
function documentsDir(): string {
  try {
    return app.getPath('documents')
  } catch {
    return app.getPath('home')
  }
}

function electronDialogs(): Dialogs {
  const parent = (): BrowserWindow | undefined => mainWindow ?? undefined
  return {
    async chooseOpenFile({ title, filters }) {
      const opts = {
        title,
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['openFile' as const],
      }
      const w = parent()
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts)
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    async chooseSaveFile({ title, defaultName, filters }) {
      const opts = {
        title,
        defaultPath: path.join(documentsDir(), defaultName),
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      }
      const w = parent()
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts)
      return r.canceled || r.filePath === undefined || r.filePath === '' ? null : r.filePath
    },
    async chooseFolder({ title }) {
      const opts = { title, properties: ['openDirectory' as const] }
      const w = parent()
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts)
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
  }
}

function emit(event: PreflightEvent): void {
  const w = mainWindow
  if (w !== null && !w.isDestroyed()) w.webContents.send(EVENT_CHANNEL, event)
}

async function start(): Promise<void> {
  const ses = session.defaultSession
  // First, and before anything awaits: creating the session started loading spellcheck dictionaries.
  disableSpellChecker(ses)
  denyAllPermissions(ses)
  installNetworkBlocker(ses)
  handleAppProtocol(ses.protocol, path.join(__dirname, '..', 'renderer'))

  const userData = app.getPath('userData')
  const services = createServices({
    dataDir: userData,
    keyStore: new SafeStorageKeyStore(path.join(userData, 'keys'), safeStorage),
    settings: await openSettingsStore(electronStoreSettingsSource(userData), { now: () => new Date() }),
    history: fileHistoryStore(path.join(userData, 'history.json')),
    createProbe: probeFactory(),
    now: () => new Date(),
    dialogs: electronDialogs(),
    openExternal: (url) => openDeepLink(shell, url),
    emit,
    systemLanguages: () => systemLanguages(app),
    // CISO mode: the same trust anchors as `preflight ciso` (pinned campaign keys, newest roster
    // revision seen), and the campaign key unlocked once per session of work, in this process only
    // (the services lock it after CISO_IDLE_LOCK_MS without a CISO operation, or on request).
    cisoConfigDir: configDir({ env: process.env }),
    cisoKeySession: new CisoKeySession(),
  })
  registerIpcHandlers(ipcMain, services, knownWebContents)

  mainWindow = createMainWindow(BrowserWindow, path.join(__dirname, 'preload.cjs'), {
    devTools: !app.isPackaged,
  })
  const id = mainWindow.webContents.id
  knownWebContents.add(id)
  mainWindow.on('closed', () => {
    knownWebContents.delete(id)
    mainWindow = null
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents))
  app.on('window-all-closed', () => app.quit())
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('Preflight could not start', err instanceof Error ? err.message : String(err))
      app.exit(1)
    })
}
