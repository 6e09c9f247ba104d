/**
 * Playwright for the renderer: Debian's Chromium (no browser download), the built renderer
 * (dist/renderer) served on 127.0.0.1 with the app's CSP header, the real services in the test
 * process (harness.ts). `npm run build:renderer` first (globalSetup builds it when missing).
 */
import { defineConfig } from '@playwright/test'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

/** Port of the static server; override with PREFLIGHT_E2E_PORT when 4319 is taken. */
export const PORT = Number(process.env.PREFLIGHT_E2E_PORT ?? 4319)

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: './artifacts/test-results',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    launchOptions: {
      executablePath: process.env.PREFLIGHT_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node tests/e2e-renderer/serve.mjs ${PORT}`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/__health`,
    reuseExistingServer: false,
    env: { PREFLIGHT_CSP: CONTENT_SECURITY_POLICY },
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
