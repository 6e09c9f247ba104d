/**
 * The one BrowserWindow. Checklist items 2-4, 6, 8-12: every security-relevant webPreference is
 * written out, including the ones that are already Electron's defaults, so a reviewer (and
 * tests/security/web-preferences.test.ts, and Electronegativity) sees them without knowing defaults.
 */
import type {
  BrowserWindow as BrowserWindowType,
  BrowserWindowConstructorOptions,
  WebPreferences,
} from 'electron'
import { APP_START_URL } from './security/app-origin'

/** The webPreferences of the main window. */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
    safeDialogs: true,
    navigateOnDragDrop: false,
    autoplayPolicy: 'user-gesture-required',
    devTools: options.devTools,
  }
}

/** Options of the main window. */
export function mainWindowOptions(
  preloadPath: string,
  options: { devTools: boolean },
): BrowserWindowConstructorOptions {
  return {
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Preflight',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath, options),
  }
}

/** Create the window and load the app; shown once the first paint is ready. */
export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  preloadPath: string,
  options: { devTools: boolean },
): BrowserWindowType {
  const win = new BrowserWindow(mainWindowOptions(preloadPath, options))
  win.once('ready-to-show', () => win.show())
  void win.loadURL(APP_START_URL)
  return win
}
