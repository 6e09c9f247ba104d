/* global document, window, requestAnimationFrame -- the functions given to page.evaluate run in the page */
// Benchmark of the CISO dashboard ("At a glance", issue 10) at campaign scale: a signed roster of
// 5,000 laptops and 20,000 accepted-attestation records (dates spread over four months, failing
// checks, unmet practices, revoked and offboarded keys, offboarding requests; scripts/bench/lib/
// roster-fixture.mjs), then
//   1. loadRoster (pinned key, signature, sha256, schema, anchor), median of 5, in Node;
//   2. campaignDashboard (the pure aggregation in main/ciso/dashboard.ts), median of 5;
//   3. the size of the summary the window receives;
//   4. in Debian's Chromium, with the real services behind the e2e harness: from a click on
//      "At a glance" to the rendered dashboard (IPC, load and verify the roster, aggregate, render
//      the charts and tables), median of 5 after one warm-up.
// Figures only: nothing is asserted. Target (issue 10): under one second.
//
// Usage: node scripts/bench/dashboard.mjs [--devices N] [--records N] [--runs R]
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadHelpers, writeBenchRoster } from './lib/roster-fixture.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const { values } = parseArgs({
  options: { devices: { type: 'string' }, records: { type: 'string' }, runs: { type: 'string' } },
})
const DEVICES = Number(values.devices ?? 5000)
const RECORDS = Number(values.records ?? 20000)
const RUNS = Number(values.runs ?? 5)
const PORT = Number(process.env.PREFLIGHT_BENCH_PORT ?? 4330)
const CHROMIUM = process.env.PREFLIGHT_CHROMIUM ?? '/usr/bin/chromium'
const NOW = new Date('2026-11-20T10:00:00.000Z')

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2
}

if (!existsSync(path.join(root, 'dist/renderer/index.html'))) {
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.mts'],
    { cwd: root, stdio: 'inherit' },
  )
  if (r.status !== 0) process.exit(1)
}

const work = mkdtempSync(path.join(tmpdir(), 'preflight-bench-dashboard-'))
process.env.PREFLIGHT_FIXTURES = path.join(root, 'tests/fixtures')
let server = null
let browser = null
let harness = null
try {
  const h = await loadHelpers(
    root,
    work,
    `
      export { campaignDashboard } from './main/ciso/dashboard'
      export { createHarness } from './tests/e2e-renderer/harness'
      export { SCENARIOS } from './tests/e2e-renderer/support/scenarios'
      export { CONTENT_SECURITY_POLICY } from './shared/csp'
      export { UI_EN } from './shared/i18n/en/ui'
    `,
    ['playwright', '@playwright/test', 'playwright-core'],
  )
  harness = await h.createHarness({
    transcript: h.SCENARIOS.winAllPass(),
    settings: { staffId: 'ciso@campaign.example', deviceLabel: 'ciso-laptop', cisoMode: true },
    now: NOW,
  })
  const campaign = path.join(harness.root, 'campaign')
  const { ref } = await writeBenchRoster(h, {
    campaign,
    configDir: harness.cisoHome,
    devices: DEVICES,
    records: RECORDS,
    now: NOW,
    mix: true,
  })
  const mb = (statSync(path.join(campaign, 'roster.json')).size / 1024 / 1024).toFixed(1)

  // 1-3: in Node.
  const loads = []
  let roster = null
  for (let r = 0; r < RUNS; r++) {
    const s = performance.now()
    roster = await h.loadRoster(ref)
    loads.push(performance.now() - s)
  }
  const aggs = []
  let summary = null
  for (let r = 0; r < RUNS; r++) {
    const s = performance.now()
    summary = h.campaignDashboard(roster, NOW)
    aggs.push(performance.now() - s)
  }
  const json = JSON.stringify(summary)

  // 4: in Chromium, through the real services.
  server = spawn(process.execPath, [path.join(root, 'tests/e2e-renderer/serve.mjs'), String(PORT)], {
    env: { ...process.env, PREFLIGHT_CSP: h.CONTENT_SECURITY_POLICY },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve)
    server.once('exit', (code) => reject(new Error(`static server exited (${code})`)))
  })
  const { chromium } = createRequire(path.join(root, 'package.json'))('playwright')
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  })
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await harness.attach(page)
  await page.goto(`http://127.0.0.1:${PORT}/index.html`)
  const UI = h.UI_EN
  await page.getByRole('heading', { level: 1, name: UI['ciso.campaign.title'] }).waitFor()
  harness.answerFolder(campaign)
  await page.getByRole('button', { name: UI['ciso.folder.open'] }).click()
  await page.getByRole('heading', { name: UI['ciso.folder.title'], exact: true }).waitFor({ timeout: 60_000 })
  const nav = (name) => page.getByRole('navigation').getByRole('button', { name, exact: true })
  const times = []
  for (let i = 0; i < RUNS + 1; i++) {
    // From a screen that reads nothing on opening (Requests) to the dashboard.
    await nav(UI['nav.requests']).click()
    await page.waitForSelector('body:not([data-ready="ciso-dashboard"])')
    const ms = await page.evaluate(async (label) => {
      const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.trim() === label)
      if (button === undefined) throw new Error('no navigation button')
      const start = performance.now()
      button.click()
      await new Promise((resolve) => {
        const check = () =>
          document.body.dataset.ready === 'ciso-dashboard' ? resolve(null) : requestAnimationFrame(check)
        check()
      })
      // The frame after the data is on screen.
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)))
      return performance.now() - start
    }, UI['nav.dashboard'])
    if (i > 0) times.push(ms)
    process.stdout.write(`  run ${i}${i === 0 ? ' (warm-up)' : ''}: ${ms.toFixed(0)} ms\n`)
  }
  // The call alone (no rendering): IPC through Playwright's binding, load + verify, aggregate.
  const calls = []
  for (let i = 0; i < RUNS; i++) {
    calls.push(
      await page.evaluate(async () => {
        const start = performance.now()
        const r = await window.preflight.cisoDashboard()
        if (!r.ok) throw new Error(r.message)
        return performance.now() - start
      }),
    )
  }
  const c = summary.counts
  process.stdout.write(
    `CISO dashboard: ${DEVICES} laptops, ${RECORDS} attestation records, ${roster.requests.length} requests (roster.json ${mb} MB)\n` +
      `  counts: pass ${c.pass}, fail ${c.fail}, unknown ${c.unknown}, overdue ${c.overdue}, never ${c.neverAttested}, revoked ${c.revoked}, offboarded ${c.offboarded}\n` +
      `  loadRoster (signature + digest + schema + anchor), median of ${RUNS}   ${median(loads).toFixed(0)} ms\n` +
      `  campaignDashboard (aggregation), median of ${RUNS}                  ${median(aggs).toFixed(1)} ms\n` +
      `  summary sent to the window: ${(json.length / 1024).toFixed(1)} KB JSON (${summary.overdue.length} overdue rows, ${summary.offboarding.rows.length} offboarding rows)\n` +
      `  Chromium, click "At a glance" to rendered dashboard (IPC, load + verify, aggregate, render), median of ${RUNS}: ${median(times).toFixed(0)} ms (target < 1000 ms)\n` +
      `    of which the call to main alone (IPC, load + verify, aggregate), median of ${RUNS}: ${median(calls).toFixed(0)} ms\n`,
  )
} finally {
  await browser?.close()
  server?.kill()
  harness?.dispose()
  rmSync(work, { recursive: true, force: true })
}
