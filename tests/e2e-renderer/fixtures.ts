/**
 * Test fixtures for the renderer specs: `openApp()` starts a harness with real services and loads
 * the app; every test also checks that the page made no network request except to the local static
 * server, and `look()` saves a screenshot and runs an axe scan of the current screen.
 */
import { mkdirSync } from 'node:fs'
import * as path from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { createHarness, type Harness, type HarnessOptions } from './harness'

/** Where screenshots go (git-ignored). */
export const SCREENS_DIR = path.resolve(__dirname, 'artifacts/screens')

interface Fixtures {
  /** Start the services and open the app. */
  openApp: (options: HarnessOptions) => Promise<Harness>
  /** Requests the page made to anything but the local server (checked after each test). */
  foreignRequests: string[]
}

export const test = base.extend<Fixtures>({
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = []
      page.on('request', (req) => {
        const url = req.url()
        if (baseURL !== undefined && url.startsWith(baseURL)) return
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        foreign.push(url)
      })
      await use(foreign)
      expect(foreign, 'the page must make no network request beyond the local server').toEqual([])
    },
    { auto: true },
  ],
  openApp: async ({ page }, use) => {
    const harnesses: Harness[] = []
    await use(async (options) => {
      const h = await createHarness(options)
      harnesses.push(h)
      await h.attach(page)
      // The page's clock agrees with the services' fixed clock (ages like "3 days ago").
      await page.clock.setFixedTime(h.now())
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text())
      })
      ;(page as Page & { __errors?: string[] }).__errors = errors
      await page.goto(`/${options.entry ?? 'index.html'}`)
      return h
    })
    const errors = (page as Page & { __errors?: string[] }).__errors ?? []
    // A check run still in flight would write into the temp folder while it is being removed.
    await expect(page.locator('body[data-ready="running"]'))
      .toHaveCount(0, { timeout: 30_000 })
      .catch(() => undefined)
    for (const h of harnesses) h.dispose()
    expect(errors, 'no page errors, console errors or CSP violations').toEqual([])
  },
})

export { expect }

/**
 * Save a screenshot of the whole page as artifacts/screens/<name>.png. The window is made as tall
 * as the content for the shot (then restored), so sticky elements render as in a tall window
 * instead of wherever a scrolling capture leaves them.
 */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true })
  const size = page.viewportSize()
  if (size === null) throw new Error('no viewport')
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) })
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) })
  await page.setViewportSize(size)
}

/** axe scan of the whole page (WCAG 2.x A/AA): no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(bad, `axe: serious/critical violations on ${screen}`).toEqual([])
}

/** Screenshot plus axe scan. */
export async function look(page: Page, name: string): Promise<void> {
  await shot(page, name)
  await expectAccessible(page, name)
}

/** Wait until the dashboard shows a complete run (the app sets body[data-ready]). */
export async function dashboardReady(page: Page): Promise<void> {
  await expect(page.locator('body[data-ready="dashboard"]')).toHaveCount(1, { timeout: 30_000 })
}
