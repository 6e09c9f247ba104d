/* global process, URL */
// Tiny static server for the renderer end-to-end tests: serves dist/renderer (and the test-only
// pseudo-locale build dist/renderer-qps under /qps/) on 127.0.0.1 only,
// with the same Content-Security-Policy header Electron's app:// handler sends, so the tests see the
// policy the app really runs under. Usage: node serve.mjs <port> (CSP from $PREFLIGHT_CSP).
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist')
const shipped = path.join(dist, 'renderer')
// The test-only pseudo-locale build (renderer/vite.config.mts) under /qps/.
const pseudo = path.join(dist, 'renderer-qps')
const port = Number(process.argv[2] ?? 4319)
const csp = process.env.PREFLIGHT_CSP
if (!csp) {
  process.stderr.write('serve.mjs: PREFLIGHT_CSP is not set\n')
  process.exit(2)
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  // Readiness probe for Playwright's webServer (the build may not exist yet: globalSetup makes it).
  if (url.pathname === '/__health') {
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok')
    return
  }
  let rel = decodeURIComponent(url.pathname)
  const root = rel.startsWith('/qps/') ? pseudo : shipped
  if (root === pseudo) rel = rel.slice('/qps'.length)
  if (rel === '/' || rel === '') rel = '/index.html'
  const file = path.resolve(root, '.' + rel)
  // Path traversal guard: only files inside dist/renderer.
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end()
    return
  }
  try {
    const body = await readFile(file)
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    })
    res.end(body)
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
  }
})

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`serving ${shipped} (and ${pseudo} under /qps/) on http://127.0.0.1:${port}/\n`)
})
