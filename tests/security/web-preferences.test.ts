import { describe, expect, it, vi } from 'vitest'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { createMainWindow } = await import('../../main/electron/window')

interface Created {
  options: Record<string, unknown>
  url: string | null
  once: string[]
}

function create(devTools: boolean): Created {
  const created: Created[] = []
  class FakeWindow {
    readonly record: Created
    constructor(options: Record<string, unknown>) {
      this.record = { options, url: null, once: [] }
      created.push(this.record)
    }
    once(event: string): void {
      this.record.once.push(event)
    }
    show(): void {}
    loadURL(url: string): Promise<void> {
      this.record.url = url
      return Promise.resolve()
    }
  }
  createMainWindow(FakeWindow as never, '/app/preload.cjs', { devTools })
  expect(created).toHaveLength(1)
  return created[0] as Created
}

describe('BrowserWindow webPreferences', () => {
  it('spells out every security-relevant preference with the hardened value', () => {
    const { options } = create(false)
    expect(options['webPreferences']).toEqual({
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
    expect(options['webPreferences']).not.toHaveProperty('enableBlinkFeatures')
  })

  it('only toggles devTools between development and packaged builds', () => {
    const dev = create(true).options['webPreferences'] as Record<string, unknown>
    const prod = create(false).options['webPreferences'] as Record<string, unknown>
    expect({ ...dev, devTools: false }).toEqual(prod)
  })

  it('loads only the app origin and shows the window after the first paint', () => {
    const w = create(false)
    expect(w.url).toBe('app://preflight/index.html')
    expect(w.options['show']).toBe(false)
    expect(w.once).toEqual(['ready-to-show'])
  })
})
