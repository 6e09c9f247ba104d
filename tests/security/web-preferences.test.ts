import { describe, expect, it, vi } from 'vitest'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { createMainWindow, mainWindowOptions, secureWebPreferences } =
  await import('../../main/electron/window')

describe('BrowserWindow webPreferences', () => {
  it('spells out every security-relevant preference with the hardened value', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', { devTools: false })
    expect(prefs).toEqual({
      preload: '/app/preload.cjs',
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
      devTools: false,
    })
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
  })

  it('only toggles devTools between development and packaged builds', () => {
    const dev = secureWebPreferences('/p', { devTools: true })
    const prod = secureWebPreferences('/p', { devTools: false })
    expect({ ...dev, devTools: false }).toEqual(prod)
  })

  it('uses the hardened preferences for the window and loads only the app origin', () => {
    const created: { options: unknown; url: string | null }[] = []
    class FakeWindow {
      readonly record: { options: unknown; url: string | null }
      constructor(options: unknown) {
        this.record = { options, url: null }
        created.push(this.record)
      }
      once(): void {}
      show(): void {}
      loadURL(url: string): Promise<void> {
        this.record.url = url
        return Promise.resolve()
      }
    }
    createMainWindow(FakeWindow as never, '/app/preload.cjs', { devTools: false })
    expect(created).toHaveLength(1)
    expect(created[0]?.options).toEqual(mainWindowOptions('/app/preload.cjs', { devTools: false }))
    expect(created[0]?.url).toBe('app://preflight/index.html')
    expect(mainWindowOptions('/x', { devTools: false }).show).toBe(false)
  })
})
