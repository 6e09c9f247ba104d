/**
 * Opt-in smoke test of the real Electron app (unpackaged: Playwright's _electron always passes
 * --inspect and --remote-debugging-port, which the fuses of a packaged build refuse). Skips cleanly,
 * saying why, when no Electron binary is installed (the usual case on CI machines without network).
 *
 *   npm run build && npx playwright test --config tests/e2e-electron/playwright.config.ts
 *   (on a Linux machine without a display: xvfb-run -a npx playwright test --config …)
 */
import { defineConfig } from '@playwright/test'

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  outputDir: './artifacts/test-results',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
})
