import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { APP_SCHEME_PRIVILEGES, appProtocolResponse, handleAppProtocol, resolveAppFile } =
  await import('../../main/electron/security/protocol')
const { CONTENT_SECURITY_POLICY } = await import('../../shared/csp')

let root = ''
beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'preflight-protocol-'))
  root = path.join(base, 'renderer')
  mkdirSync(path.join(root, 'assets'), { recursive: true })
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(path.join(base, 'secret.json'), '{"secret":true}')
})

describe('app:// protocol', () => {
  it('is registered as standard and secure, without CSP bypass or service workers', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app')
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      bypassCSP: false,
      allowServiceWorkers: false,
      corsEnabled: false,
      supportFetchAPI: false,
    })
  })

  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://preflight/')).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://preflight/index.html')).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://preflight/assets/app.js?v=1#x')).toBe(
      path.join(root, 'assets', 'app.js'),
    )
  })

  it('decodes encoded separators once and keeps the result inside the root', () => {
    // %2F is not refused: it is decoded to "/" like any other character and the path is confined to
    // the root (what docs/electron-security.md says). A ".." it produces is refused below.
    expect(resolveAppFile(root, 'app://preflight/assets%2Fapp.js')).toBe(path.join(root, 'assets', 'app.js'))
    expect(resolveAppFile(root, 'app://preflight/assets%2fapp.js')).toBe(path.join(root, 'assets', 'app.js'))
  })

  it('refuses traversal, encoded backslashes and NUL, other hosts and unknown types', () => {
    // The URL parser already folds literal and %2e dot segments, so these stay inside the root.
    for (const url of ['app://preflight/../secret.json', 'app://preflight/%2e%2e/secret.json']) {
      expect(resolveAppFile(root, url), url).toBe(path.join(root, 'secret.json'))
    }
    for (const url of [
      'app://preflight/..%2fsecret.json',
      'app://preflight/..%5csecret.json',
      'app://preflight/assets%5c..%5c..%5csecret.json',
      'app://preflight/index.html%00.js',
      'app://preflight/%E0%A4%A',
      'app://evil/index.html',
      'app://preflight:99/index.html',
      'file:///etc/passwd',
      'https://preflight/index.html',
      'app://preflight/secret',
      'app://preflight/run.exe',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull()
    }
  })

  it('never resolves outside the root, whatever the path (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', 'a', 'index.html', 'x.js', '%00', '/')),
          { maxLength: 8 },
        ),
        (parts) => {
          const file = resolveAppFile(root, `app://preflight/${parts.join('/')}`)
          if (file === null) return true
          const rel = path.relative(root, file)
          return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('serves files with the CSP header and 404s everything else', async () => {
    const ok = await appProtocolResponse(root, 'app://preflight/index.html')
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(ok.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await ok.text()).toContain('<title>t</title>')
    const js = await appProtocolResponse(root, 'app://preflight/assets/app.js')
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/)
    const missing = await appProtocolResponse(root, 'app://preflight/nope.js')
    expect(missing.status).toBe(404)
    const outside = await appProtocolResponse(root, 'app://preflight/..%2fsecret.json')
    expect(outside.status).toBe(404)
    expect(await outside.text()).not.toContain('secret')
  })

  it('registers the handler for the app scheme only', async () => {
    const calls: [string, (req: { url: string }) => Promise<Response>][] = []
    handleAppProtocol({ handle: (scheme: string, fn: never) => calls.push([scheme, fn]) } as never, root)
    expect(calls.map((c) => c[0])).toEqual(['app'])
    const res = await calls[0]?.[1]({ url: 'app://preflight/index.html' })
    expect(res?.status).toBe(200)
  })
})
