/**
 * The one BrowserWindow. Checklist items 2-4, 6, 8-12: every security-relevant webPreference is
 * written out, including the ones that are already Electron's defaults, so a reviewer (and
 * tests/security/web-preferences.test.ts, and Electronegativity, which only reads an object literal
 * passed straight to `new BrowserWindow`) sees them without knowing the defaults.
 */
import type { BrowserWindow as BrowserWindowType } from 'electron'
import { APP_START_URL } from './security/app-origin'

/** Create the window and load the app; shown once the first paint is ready. */
export function createMainWindow(
  BrowserWindow: typeof BrowserWindowType,
  preloadPath: string,
  options: { devTools: boolean },
): BrowserWindowType {
  const win = new BrowserWindow({
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Preflight',
    backgroundColor: '#ffffff',
    webPreferences: {
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
    },
  })
  win.once('ready-to-show', () => win.show())
  void win.loadURL(APP_START_URL)
  return win
}
