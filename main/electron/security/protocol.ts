/**
 * Checklist item 18 (custom protocol instead of file://): the renderer is served from
 * `app://preflight/…` out of dist/renderer only. The lookup is path-traversal safe: the URL path is
 * decoded once, `..`/backslashes/NUL are refused, and the resolved file must stay inside the root.
 */
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { Protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-origin'
import { securityHeaders } from './csp'

/** Content types of the files Vite emits; anything else is refused (404). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
}

/** The privileges of app:// (pass to protocol.registerSchemesAsPrivileged before `ready`). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: false,
    corsEnabled: false,
    bypassCSP: false,
    allowServiceWorkers: false,
    stream: false,
    codeCache: true,
  },
} as const

/** Where a request for `url` maps inside `root`, or null when it must be refused. */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST || parsed.port !== '') return null
  let decoded: string
  try {
    decoded = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s === '.')) return null
  const relative = segments.length === 0 ? 'index.html' : segments.join('/')
  const resolvedRoot = path.resolve(root)
  const file = path.resolve(resolvedRoot, relative)
  const rel = path.relative(resolvedRoot, file)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null
  if (CONTENT_TYPES[path.extname(file).toLowerCase()] === undefined) return null
  return file
}

/** Build the response for one app:// request (exported for tests). */
export async function appProtocolResponse(root: string, url: string): Promise<Response> {
  const file = resolveAppFile(root, url)
  if (file === null) return new Response('Not found', { status: 404, headers: securityHeaders('text/plain') })
  let body: Buffer
  try {
    body = await readFile(file)
  } catch {
    return new Response('Not found', { status: 404, headers: securityHeaders('text/plain') })
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
  return new Response(new Uint8Array(body), { status: 200, headers: securityHeaders(type) })
}

/** Serve `root` on app:// (call after `ready`). */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(root, request.url))
}
