/**
 * The Electron main entry (main/electron/index.ts) wired against a fully mocked 'electron': the order
 * of the lifecycle (privileged scheme before ready, guards before the window loads), that every
 * contract channel is registered behind the sender check, and that a real call flows through the real
 * services (replayed transcript, temp userData) and streams events to the window.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { CHECK_IDS } from '../../shared/check-types'
import { CHANNELS, EVENT_CHANNEL } from '../../shared/ipc-contract'

const userData = mkdtempSync(path.join(tmpdir(), 'preflight-electron-main-'))
process.env['PREFLIGHT_USER_DATA'] = userData
// The CISO's config folder (campaign trust anchors): the app must use the CLI's, configDir().
const cisoHome = path.join(userData, 'preflight-home')
process.env['PREFLIGHT_HOME'] = cisoHome
process.env['PREFLIGHT_REPLAY'] = path.resolve(__dirname, '../fixtures/linux/lock-gnome-good-ubuntu.json')
afterAll(() => rmSync(userData, { recursive: true, force: true }))

const h = vi.hoisted(() => {
  const log: string[] = []
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const windows: { options: Record<string, unknown>; url: string | null; sent: [string, unknown][] }[] = []
  let resolveReady: () => void = () => undefined
  const ready = new Promise<void>((r) => (resolveReady = r))
  const sessionCalls: string[] = []
  const mainFrame = { processId: 3, routingId: 1 }
  const folders: string[] = []
  return {
    folders,
    log,
    handlers,
    appListeners,
    windows,
    ready,
    resolveReady: () => resolveReady(),
    sessionCalls,
    mainFrame,
  }
})

vi.mock('electron', () => {
  const paths: Record<string, string> = {}
  class BrowserWindow {
    readonly record: { options: Record<string, unknown>; url: string | null; sent: [string, unknown][] }
    readonly webContents: { id: number; mainFrame: unknown; send: (c: string, p: unknown) => void }
    constructor(options: Record<string, unknown>) {
      h.log.push('window')
      this.record = { options, url: null, sent: [] }
      h.windows.push(this.record)
      this.webContents = { id: 7, mainFrame: h.mainFrame, send: (c, p) => this.record.sent.push([c, p]) }
    }
    once(): void {}
    on(): void {}
    show(): void {}
    isDestroyed(): boolean {
      return false
    }
    loadURL(url: string): Promise<void> {
      h.log.push('loadURL')
      this.record.url = url
      return Promise.resolve()
    }
  }
  const defaultSession = {
    setSpellCheckerDictionaryDownloadURL: (url: string) => h.sessionCalls.push(`spellcheck-url:${url}`),
    setSpellCheckerLanguages: (langs: string[]) =>
      h.sessionCalls.push(`spellcheck-languages:${JSON.stringify(langs)}`),
    setSpellCheckerEnabled: (on: boolean) => h.sessionCalls.push(`spellcheck-enabled:${String(on)}`),
    setPermissionRequestHandler: () => h.sessionCalls.push('permission-request'),
    setPermissionCheckHandler: () => h.sessionCalls.push('permission-check'),
    setDevicePermissionHandler: () => h.sessionCalls.push('device-permission'),
    webRequest: { onBeforeRequest: () => h.sessionCalls.push('network-blocker') },
    protocol: { handle: (scheme: string) => h.sessionCalls.push(`protocol:${scheme}`) },
  }
  const api = {
    app: {
      isPackaged: false,
      enableSandbox: () => h.log.push('enableSandbox'),
      setPath: (name: string, value: string) => (paths[name] = value),
      getPath: (name: string) => paths[name] ?? path.join(userData, name),
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: (...args: unknown[]) => void) => h.appListeners.set(event, fn),
      whenReady: () => h.ready,
      quit: () => h.log.push('quit'),
      exit: () => h.log.push('exit'),
    },
    protocol: { registerSchemesAsPrivileged: (s: unknown) => h.log.push(`privileged:${JSON.stringify(s)}`) },
    session: { defaultSession },
    ipcMain: {
      removeAllListeners: () => undefined,
      handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => {
        h.log.push('ipc')
        h.handlers.set(channel, fn)
      },
    },
    BrowserWindow,
    dialog: {
      showErrorBox: (_t: string, m: string) => h.log.push(`error:${m}`),
      showOpenDialog: async () => {
        const next = h.folders.shift()
        return next === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [next] }
      },
    },
    shell: { openExternal: vi.fn() },
    safeStorage: {
      // Tagged like OSCrypt's keyring ciphertexts ("v11"): the key store reads the protection from it.
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.concat([Buffer.from('v11'), Buffer.from(s)]),
      decryptString: (b: Buffer) => b.subarray(3).toString(),
      getSelectedStorageBackend: () => 'gnome_libsecret',
    },
  }
  return { ...api, default: api }
})

vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf')
  class ElectronStoreLike extends Conf<Record<string, unknown>> {
    constructor(options: Record<string, unknown>) {
      const { name, ...rest } = options
      super({ ...rest, configName: name as string, projectName: 'preflight-test' })
    }
  }
  return { default: ElectronStoreLike }
})

await import('../../main/electron/index')

const goodEvent = {
  sender: { id: 7, mainFrame: h.mainFrame },
  senderFrame: { url: 'app://preflight/index.html', parent: null, ...h.mainFrame },
}

describe('Electron main process wiring', () => {
  it('registers app:// as privileged and enables the sandbox before ready', () => {
    expect(h.log[0]).toMatch(/^privileged:.*"scheme":"app".*"standard":true.*"secure":true/)
    expect(h.log).toContain('enableSandbox')
    expect(h.log).not.toContain('window')
    expect(h.appListeners.has('web-contents-created')).toBe(true)
    expect(h.appListeners.has('second-instance')).toBe(true)
  })

  it('after ready: guards, protocol and every IPC channel are set up before the window loads', async () => {
    h.resolveReady()
    await vi.waitFor(() => expect(h.windows[0]?.url).toBe('app://preflight/index.html'))
    // The spellchecker goes first: touching the session started loading (and downloading) dictionaries.
    expect(h.sessionCalls.slice(0, 3)).toEqual([
      'spellcheck-url:app://preflight/no-spellcheck-dictionaries/',
      'spellcheck-languages:[]',
      'spellcheck-enabled:false',
    ])
    expect(h.sessionCalls).toEqual(
      expect.arrayContaining([
        'permission-request',
        'permission-check',
        'device-permission',
        'network-blocker',
        'protocol:app',
      ]),
    )
    expect([...h.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort())
    expect(h.log.lastIndexOf('ipc')).toBeLessThan(h.log.indexOf('loadURL'))
    const prefs = h.windows[0]?.options['webPreferences'] as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    })
    expect(String(prefs['preload'])).toMatch(/preload\.cjs$/)
  })

  it('serves calls from the window through the real services and streams check results', async () => {
    const info = (await h.handlers.get(CHANNELS.getAppInfo)?.(goodEvent)) as {
      ok: boolean
      value: Record<string, unknown>
    }
    expect(info.ok).toBe(true)
    expect(info.value).toMatchObject({
      platform: 'linux',
      replayed: true,
      keyStore: { protection: 'libsecret' },
    })
    const run = (await h.handlers.get(CHANNELS.runChecks)?.(goodEvent)) as {
      ok: boolean
      value: { checks: unknown[] }
    }
    expect(run.ok).toBe(true)
    expect(run.value.checks).toHaveLength(CHECK_IDS.length)
    const sent = h.windows[0]?.sent ?? []
    expect(
      sent.filter(([c, p]) => c === EVENT_CHANNEL && (p as { type: string }).type === 'check-result'),
    ).toHaveLength(CHECK_IDS.length)
  })

  it('CISO mode shares the CLI’s trust anchors (configDir) and unlocks the key in main', async () => {
    const { initCampaign } = await import('../../main/ciso/campaign')
    const { CampaignTrustStore } = await import('../../main/ciso/campaign-trust')
    const dir = path.join(userData, 'campaign')
    // As `preflight ciso init` would: pinned in the config folder the CLI uses (PREFLIGHT_HOME).
    await initCampaign(
      { dir, trust: new CampaignTrustStore(cisoHome) },
      { org: 'Wired', passphrase: 'correct horse battery', now: new Date() },
    )
    h.folders.push(dir)
    const opened = (await h.handlers.get(CHANNELS.cisoOpenFolder)?.(goodEvent)) as {
      ok: boolean
      value: { folder: { org: string } | null; pin?: unknown }
    }
    expect(opened.ok).toBe(true)
    // Not a "confirm this campaign" preview: the app read the CLI's anchors.
    expect(opened.value.folder?.org).toBe('Wired')
    expect(opened.value.pin ?? null).toBeNull()
    const unlocked = (await h.handlers.get(CHANNELS.cisoUnlock)?.(goodEvent, {
      passphrase: 'correct horse battery',
    })) as { ok: boolean; value: { unlocked: boolean } }
    expect(unlocked).toMatchObject({ ok: true, value: { unlocked: true } })
    const sent = h.windows[0]?.sent ?? []
    expect(sent.some(([, p]) => (p as { type?: string }).type === 'ciso-key-state')).toBe(true)
    const locked = (await h.handlers.get(CHANNELS.cisoLock)?.(goodEvent)) as { value: { unlocked: boolean } }
    expect(locked.value.unlocked).toBe(false)
  })

  it('refuses calls from other frames and origins', async () => {
    const evil = { ...goodEvent, senderFrame: { ...goodEvent.senderFrame, url: 'https://evil.example/' } }
    expect(await h.handlers.get(CHANNELS.getSettings)?.(evil)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const stranger = { ...goodEvent, sender: { id: 99, mainFrame: h.mainFrame } }
    expect(await h.handlers.get(CHANNELS.getSettings)?.(stranger)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })

  it('installs navigation guards on every new WebContents', () => {
    const calls: string[] = []
    const contents = {
      on: (name: string) => calls.push(name),
      setWindowOpenHandler: () => calls.push('window-open'),
    }
    h.appListeners.get('web-contents-created')?.({}, contents)
    expect(calls).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'window-open']),
    )
  })
})
