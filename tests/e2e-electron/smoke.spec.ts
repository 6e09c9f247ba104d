/**
 * Launches the real app (dist/electron/main.cjs + dist/renderer) with a replayed transcript and a
 * temporary profile, and checks the hardening from inside: no Node in the page, the narrow frozen
 * bridge, context isolation, blocked navigation and network, the spellchecker off with no dictionary
 * downloaded, denied permissions.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { expect, test } from '@playwright/test'
import { _electron as electron, type ElectronApplication, type Page } from 'playwright'
import { API_KEYS } from '../../shared/ipc-contract'
import { findElectron } from './electron-binary'

const root = path.resolve(__dirname, '../..')
const found = findElectron(root)
const built =
  existsSync(path.join(root, 'dist/electron/main.cjs')) &&
  existsSync(path.join(root, 'dist/renderer/index.html'))
const headless = process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']
const skipReason =
  found.executable === null
    ? found.reason
    : !built
      ? 'the app is not built (run `npm run build` first)'
      : headless
        ? 'no display (run under xvfb-run -a)'
        : null
if (skipReason !== null) console.log(`Electron smoke test skipped: ${skipReason}`)

test.describe('Electron smoke test', () => {
  test.skip(skipReason !== null, skipReason ?? '')

  let app: ElectronApplication
  let page: Page
  let profile = ''

  test.beforeAll(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'preflight-electron-'))
    app = await electron.launch({
      executablePath: found.executable ?? '',
      args: [path.join(root, 'dist/electron/main.cjs')],
      cwd: root,
      env: {
        ...process.env,
        PREFLIGHT_USER_DATA: profile,
        PREFLIGHT_REPLAY: path.join(root, 'tests/fixtures/linux/lock-gnome-good-ubuntu.json'),
      } as Record<string, string>,
    })
    page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
  })

  test.afterAll(async () => {
    await app?.close()
    rmSync(profile, { recursive: true, force: true })
  })

  test('loads the renderer from app:// with no Node in the page', async () => {
    expect(page.url()).toBe('app://preflight/index.html')
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
    }))
    expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' })
  })

  test('exposes exactly the frozen contract bridge, and it works', async () => {
    const keys = await page.evaluate(() =>
      Object.keys((window as unknown as { preflight: object }).preflight).sort(),
    )
    expect(keys).toEqual([...API_KEYS].sort())
    expect(
      await page.evaluate(() => Object.isFrozen((window as unknown as { preflight: object }).preflight)),
    ).toBe(true)
    const info = await page.evaluate(() =>
      (window as unknown as { preflight: { getAppInfo: () => Promise<unknown> } }).preflight.getAppInfo(),
    )
    expect(info).toMatchObject({ ok: true, value: { platform: 'linux', replayed: true } })
  })

  test('runs isolated: bridge functions are proxies and there is no webview tag', async () => {
    const seen = await page.evaluate(() => ({
      bridged: String((window as unknown as { preflight: { getAppInfo: unknown } }).preflight.getAppInfo),
      webview: typeof customElements.get('webview'),
    }))
    // With contextIsolation, functions crossing the bridge are native proxies, not the preload's code.
    expect(seen.bridged).toContain('[native code]')
    expect(seen.webview).toBe('undefined')
  })

  test('blocks network requests and navigation away from the app', async () => {
    const fetched = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/')
        return 'loaded'
      } catch {
        return 'blocked'
      }
    })
    expect(fetched).toBe('blocked')
    await page.evaluate(() => {
      window.location.href = 'https://example.com/'
    })
    await page.waitForTimeout(500)
    expect(page.url()).toBe('app://preflight/index.html')
    expect(app.windows()).toHaveLength(1)
  })

  test('the spellchecker is off and no dictionary was downloaded (Windows/Linux fetch them otherwise)', async () => {
    const spell = await app.evaluate(({ session }) => ({
      enabled: session.defaultSession.isSpellCheckerEnabled(),
      languages: session.defaultSession.getSpellCheckerLanguages(),
    }))
    expect(spell.enabled).toBe(false)
    if (process.platform !== 'darwin') expect(spell.languages).toEqual([])
    const dictionaries = path.join(profile, 'Dictionaries')
    const downloaded = existsSync(dictionaries) ? readdirSync(dictionaries) : []
    expect(downloaded.filter((f) => f.endsWith('.bdic'))).toEqual([])
  })

  test('denies permissions', async () => {
    const state = await page.evaluate(async () => {
      try {
        return (await navigator.permissions.query({ name: 'geolocation' as PermissionName })).state
      } catch (e) {
        return `error: ${String(e)}`
      }
    })
    expect(state).not.toBe('granted')
  })
})
