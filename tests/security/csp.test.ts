import { existsSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META, securityHeaders } =
  await import('../../main/electron/security/csp')

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name === undefined || name === '') continue
    expect(map.has(name), `directive ${name} appears twice`).toBe(false)
    map.set(name, values)
  }
  return map
}

const indexHtml = path.resolve(__dirname, '../../renderer/index.html')

describe('Content Security Policy', () => {
  const d = directives(CONTENT_SECURITY_POLICY)

  it('never allows unsafe sources, wildcards or remote schemes', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|wss?:|blob:|filesystem:/)
  })

  it('denies by default and allows only the app itself', () => {
    expect(d.get('default-src')).toEqual(["'none'"])
    expect(d.get('script-src')).toEqual(["'self'"])
    expect(d.get('style-src')).toEqual(["'self'"])
    expect(d.get('img-src')).toEqual(["'self'", 'data:'])
  })

  it('forbids network connections, plugins, framing, base and form targets', () => {
    for (const name of [
      'connect-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
      'frame-src',
    ]) {
      expect(d.get(name), name).toEqual(["'none'"])
    }
  })

  it('meta variant is the header minus header-only directives', () => {
    const meta = directives(CONTENT_SECURITY_POLICY_META)
    expect(meta.has('frame-ancestors')).toBe(false)
    for (const [name, values] of meta) expect(d.get(name)).toEqual(values)
    expect(meta.size).toBe(d.size - 1)
  })

  it('is sent as a header with every app:// response', () => {
    const h = securityHeaders('text/html')
    expect(h['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(h['X-Content-Type-Options']).toBe('nosniff')
  })

  it.skipIf(!existsSync(indexHtml))(
    'renderer/index.html carries exactly the same policy in its meta tag',
    () => {
      const html = readFileSync(indexHtml, 'utf8')
      const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
      expect(m, 'renderer/index.html has a CSP meta tag').not.toBeNull()
      expect(m?.[1]).toBe(CONTENT_SECURITY_POLICY_META)
    },
  )
})
