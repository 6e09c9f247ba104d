/**
 * The bundled main process (esbuild, as scripts/build-node.mjs makes dist/electron/main.cjs) starts
 * under plain Node with a fake 'electron' module: catches bundling problems the source-level tests
 * cannot (ESM-only dependencies such as electron-store, dynamic requires), and checks that the
 * bundle registers every channel (and no other IPC listener) and answers a call.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as vm from 'node:vm'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_KEYS, CHANNELS, EVENT_CHANNEL } from '../../shared/ipc-contract'

const root = path.resolve(__dirname, '../..')
const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-bundle-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Replaces require('electron') with fakes and prints what the main process did as one JSON line. */
const FAKE_ELECTRON = `
const Module = require('node:module')
const report = { privileged: null, handlers: [], listeners: [], windows: [], session: [], answer: null }
const handlers = new Map()
const mainFrame = { processId: 1, routingId: 1 }
class BrowserWindow {
  constructor(options) { report.windows.push({ prefs: options.webPreferences }); this.webContents = { id: 5, mainFrame, send() {} } }
  once() {} on() {} show() {} isDestroyed() { return false }
  loadURL(url) { report.windows[report.windows.length - 1].url = url; setTimeout(finish, 10); return Promise.resolve() }
}
async function finish() {
  const event = { sender: { id: 5, mainFrame }, senderFrame: { url: 'app://preflight/index.html', parent: null, ...mainFrame } }
  report.answer = await handlers.get(${JSON.stringify(CHANNELS.getAppInfo)})(event)
  process.stdout.write(JSON.stringify(report) + '\\n')
  process.exit(0)
}
const fake = {
  app: {
    isPackaged: false, enableSandbox() {}, getVersion: () => '0.0.0-test', getName: () => 'Preflight', setPath(n, v) { this.paths[n] = v }, paths: {},
    getPath(n) { return this.paths[n] || require('node:path').join(process.env.FAKE_HOME, n) },
    requestSingleInstanceLock: () => true, on() {}, whenReady: () => Promise.resolve(), quit() {}, exit(c) { process.exit(c) },
  },
  protocol: { registerSchemesAsPrivileged(s) { report.privileged = s } },
  session: { defaultSession: {
    setSpellCheckerDictionaryDownloadURL(u) { report.session.push('spellcheck-url:' + u) },
    setSpellCheckerLanguages(l) { report.session.push('spellcheck-languages:' + JSON.stringify(l)) },
    setSpellCheckerEnabled(on) { report.session.push('spellcheck-enabled:' + on) },
    setPermissionRequestHandler() { report.session.push('permissions') }, setPermissionCheckHandler() {}, setDevicePermissionHandler() {},
    webRequest: { onBeforeRequest() { report.session.push('network') } },
    protocol: { handle(s) { report.session.push('protocol:' + s) } },
  } },
  ipcMain: {
    handle(c, fn) { handlers.set(c, fn); report.handlers.push(c) },
    on(c) { report.listeners.push(c) },
    removeAllListeners(c) { report.listeners = report.listeners.filter((l) => l !== c) },
  },
  BrowserWindow,
  dialog: { showErrorBox(t, m) { process.stderr.write(t + ': ' + m + '\\n'); process.exit(3) } },
  shell: { openExternal() {} },
  // Ciphertexts tagged like OSCrypt's fixed-key fallback ("v10"), the backend saying GNOME Keyring:
  // the key store must believe the tag.
  safeStorage: { isEncryptionAvailable: () => true, encryptString: (s) => Buffer.concat([Buffer.from('v10'), Buffer.from(s)]), decryptString: (b) => b.subarray(3).toString(), getSelectedStorageBackend: () => 'gnome_libsecret' },
}
const load = Module._load
Module._load = function (request, ...rest) { return request === 'electron' ? fake : load.call(this, request, ...rest) }
`

let bundle = ''
beforeAll(async () => {
  bundle = path.join(tmp, 'main.cjs')
  await build({
    entryPoints: [path.join(root, 'main/electron/index.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'error',
  })
  writeFileSync(path.join(tmp, 'fake-electron.cjs'), FAKE_ELECTRON)
})

describe('bundled Electron main process', () => {
  it('starts, registers every channel behind the guards and answers getAppInfo', () => {
    const home = path.join(tmp, 'home')
    const r = spawnSync(process.execPath, ['-r', path.join(tmp, 'fake-electron.cjs'), bundle], {
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        FAKE_HOME: home,
        PREFLIGHT_USER_DATA: path.join(home, 'userData'),
        PREFLIGHT_REPLAY: path.join(root, 'tests/fixtures/linux/lock-gnome-good-ubuntu.json'),
      },
    })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as {
      privileged: { scheme: string }[]
      handlers: string[]
      listeners: string[]
      windows: { url: string; prefs: Record<string, unknown> }[]
      session: string[]
      answer: { ok: boolean; value: Record<string, unknown> }
    }
    expect(report.privileged[0]?.scheme).toBe('app')
    expect(report.handlers.sort()).toEqual(Object.values(CHANNELS).sort())
    // No IPC listener outside the contract (electron-store's own one is removed).
    expect(report.listeners).toEqual([])
    expect(report.session.slice(0, 3)).toEqual([
      'spellcheck-url:app://preflight/no-spellcheck-dictionaries/',
      'spellcheck-languages:[]',
      'spellcheck-enabled:false',
    ])
    expect(report.session).toEqual(expect.arrayContaining(['permissions', 'network', 'protocol:app']))
    expect(report.windows).toHaveLength(1)
    expect(report.windows[0]?.url).toBe('app://preflight/index.html')
    expect(report.windows[0]?.prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    })
    expect(report.answer).toMatchObject({
      ok: true,
      value: { platform: 'linux', replayed: true, keyStore: { protection: 'basic-text', weak: true } },
    })
  })
})

describe('bundled preload', () => {
  it('needs nothing but require("electron"), and exposes exactly the contract', async () => {
    const out = path.join(tmp, 'preload.cjs')
    await build({
      entryPoints: [path.join(root, 'main/preload/index.ts')],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      logLevel: 'error',
    })
    const code = readFileSync(out, 'utf8')
    expect([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron'])
    // Only channel names travel into the sandbox: no schema library, no language catalogue.
    expect(code).not.toMatch(/ZodError|safeParse/)
    expect(code).not.toContain('Preflight could not confirm your')
    const exposed: Record<string, unknown> = {}
    const invoked: unknown[][] = []
    const listeners: string[] = []
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => {
          invoked.push(args)
          return Promise.resolve({ ok: true, value: null })
        },
        on: (channel: string) => listeners.push(channel),
        removeListener: () => undefined,
      },
    }
    // A bare context like the sandboxed preload's: no process, Buffer, module system beyond require.
    const sandbox = {
      require: (m: string) => (m === 'electron' ? electron : undefined),
      module: { exports: {} },
      exports: {},
    }
    vm.runInNewContext(code, sandbox, { filename: 'preload.cjs' })
    expect(Object.keys(exposed)).toEqual(['preflight'])
    const api = exposed['preflight'] as Record<string, (...a: unknown[]) => unknown>
    expect(Object.keys(api).sort()).toEqual([...API_KEYS].sort())
    expect(Object.isFrozen(api)).toBe(true)
    await api['getAppInfo']?.()
    expect(invoked).toEqual([[CHANNELS.getAppInfo]])
    api['onCheckResult']?.(() => undefined)
    expect(listeners).toEqual([EVENT_CHANNEL])
  })
})
