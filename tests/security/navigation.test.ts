import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { installNavigationGuards, isAllowedNavigation } =
  await import('../../main/electron/security/navigation')
const { isAppUrl } = await import('../../main/electron/security/app-origin')

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }): void {
    this.openHandler = fn
  }
}

function fakeEvent(url?: string) {
  return {
    url,
    defaultPrevented: false,
    preventDefault(this: { defaultPrevented: boolean }) {
      this.defaultPrevented = true
    },
  }
}

const OUTSIDE = [
  'https://example.com/',
  'http://preflight/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
  'app://evil/index.html',
  'app://preflight.evil/index.html',
  'app://preflight@evil/index.html',
  'app://user:pw@preflight/index.html',
  'app://preflight:8080/index.html',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
  '',
]

describe('navigation guard', () => {
  it('allows only app://preflight URLs', () => {
    expect(isAllowedNavigation('app://preflight/index.html')).toBe(true)
    expect(isAllowedNavigation('app://preflight/')).toBe(true)
    expect(isAllowedNavigation('app://preflight/index.html?x=1#y')).toBe(true)
    for (const url of OUTSIDE) expect(isAllowedNavigation(url), url).toBe(false)
  })

  it('prevents will-navigate, will-redirect and will-frame-navigate away from the app', () => {
    const contents = new FakeContents()
    installNavigationGuards(contents as never)
    for (const name of ['will-navigate', 'will-redirect']) {
      const bad = fakeEvent()
      contents.emit(name, bad, 'https://example.com/')
      expect(bad.defaultPrevented, name).toBe(true)
      const good = fakeEvent()
      contents.emit(name, good, 'app://preflight/index.html')
      expect(good.defaultPrevented, name).toBe(false)
    }
    const frameBad = fakeEvent('file:///etc/passwd')
    contents.emit('will-frame-navigate', frameBad)
    expect(frameBad.defaultPrevented).toBe(true)
    const frameGood = fakeEvent('app://preflight/index.html')
    contents.emit('will-frame-navigate', frameGood)
    expect(frameGood.defaultPrevented).toBe(false)
  })

  it('denies every new window, even to the app origin', () => {
    const contents = new FakeContents()
    installNavigationGuards(contents as never)
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: 'app://preflight/index.html' })).toEqual({ action: 'deny' })
  })

  it('prevents attaching webviews', () => {
    const contents = new FakeContents()
    installNavigationGuards(contents as never)
    const e = fakeEvent()
    contents.emit('will-attach-webview', e, {}, {})
    expect(e.defaultPrevented).toBe(true)
  })

  it('isAppUrl never throws on arbitrary input', () => {
    for (const s of ['%', '://', 'app:', 'app:/preflight', 'app:preflight', '\u0000'])
      expect(isAppUrl(s)).toBe(false)
  })
})
