import { describe, expect, it, vi } from 'vitest'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { installNetworkBlocker, isAllowedRequest } = await import('../../main/electron/security/network')

describe('network blocker', () => {
  it('lets through only the app origin, data: images and devtools', () => {
    for (const url of [
      'app://preflight/index.html',
      'app://preflight/assets/x.js',
      'data:image/png;base64,AA==',
      'devtools://devtools/x',
    ]) {
      expect(isAllowedRequest(url), url).toBe(true)
    }
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'wss://example.com/',
      'ftp://example.com/',
      'file:///etc/passwd',
      'app://evil/x.js',
      'chrome-extension://abc/x.js',
      'blob:app://preflight/123',
      'garbage',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false)
    }
  })

  it('cancels disallowed requests at the session level', () => {
    let listener: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null
    const session = { webRequest: { onBeforeRequest: (fn: typeof listener) => (listener = fn) } }
    installNetworkBlocker(session as never)
    const decide = (url: string): boolean => {
      let cancel: boolean | null = null
      listener?.({ url }, (r) => (cancel = r.cancel))
      return cancel as unknown as boolean
    }
    expect(decide('https://example.com/tracker')).toBe(true)
    expect(decide('app://preflight/index.html')).toBe(false)
  })
})
