/**
 * Staff flows in the built renderer, against the real services (harness.ts): first run, the
 * streamed dashboard, a guided fix that ends in a pass, the unknown path, export with the exact
 * signed bytes, offboarding, history, keyboard use and 200 % zoom.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { test, expect, look, shot, dashboardReady, SCREENS_DIR } from './fixtures'
import { SCENARIOS } from './support/scenarios'
import { createCampaign, issueRequest } from './support/campaign'
import { createHarness } from './harness'
import { runChecks } from '../../main/engine/run-checks'
import { ReplayProbe } from '../../main/probe/transcript'
import { parseEnvelopeJson } from '../../main/attestation/dsse'
import { UI_EN } from '../../shared/i18n/en/ui'
import { groupFingerprint } from '../../shared/ipc-contract'
import { CHECK_IDS, type CheckId } from '../../shared/check-types'
import { buildPreflightApi } from '../../main/preload/api'

const STAFF = { staffId: 'alice@campaign.example', deviceLabel: 'alice-laptop' }
const name = (id: CheckId): string => UI_EN[`check.${id}.name`]
const card = (page: import('@playwright/test').Page, id: CheckId) =>
  page.getByRole('article', { name: name(id) })

test('first run: details, the campaign key confirmed by fingerprint, then the request', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass() })
  const campaign = await createCampaign(h)
  const request = await issueRequest(h, campaign, STAFF.staffId, 'onboarding')

  await expect(page.getByRole('heading', { level: 1, name: UI_EN['setup.welcome.title'] })).toBeVisible()
  await look(page, 'setup-1-welcome')

  // Keyboard only: the fields are reachable with Tab and the form submits with Enter.
  await page.getByLabel(UI_EN['setup.staffId']).focus()
  await page.keyboard.type('not valid!')
  await page.keyboard.press('Tab')
  await page.keyboard.type(STAFF.deviceLabel)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toContainText(UI_EN['setup.details.invalid'])
  await shot(page, 'setup-2-invalid')
  await page.getByLabel(UI_EN['setup.staffId']).fill(STAFF.staffId)
  await page.getByLabel(UI_EN['setup.staffId']).press('Enter')
  await expect(page.getByRole('heading', { name: UI_EN['setup.key.title'] })).toBeVisible()

  // The campaign key, pasted: its fingerprint must be confirmed before anything is trusted.
  await page.getByLabel(UI_EN['setup.key.paste']).fill(readFileSync(campaign.publicKeyFile, 'utf8'))
  await page.getByRole('button', { name: UI_EN['setup.key.usePasted'] }).click()
  await expect(page.getByLabel(UI_EN['setup.confirm.fingerprintLabel'])).toHaveText(
    groupFingerprint(campaign.fingerprint),
  )
  await look(page, 'setup-3-confirm-key')
  expect(h.calls.some((c) => c.op === 'pinCisoKey')).toBe(false)
  await page.getByRole('button', { name: UI_EN['setup.confirm.matches'] }).click()
  await expect(page.getByText(UI_EN['setup.key.pinned'])).toBeVisible()
  await expect(page.locator('.card', { hasText: UI_EN['setup.key.title'] }).locator('code')).toHaveText(
    groupFingerprint(campaign.fingerprint),
  )

  // The request, picked in main's file dialog.
  h.answerOpenFile(request.file)
  await page.getByRole('button', { name: UI_EN['setup.request.chooseFile'] }).click()
  await expect(page.getByText(UI_EN['setup.request.accepted'])).toBeVisible()
  await expect(page.getByText(UI_EN['purpose.onboarding'])).toBeVisible()
  expect(h.dialogCalls.at(-1)).toMatchObject({ kind: 'open-file', answer: request.file })
  await look(page, 'setup-4-request-accepted')

  await page.getByRole('button', { name: UI_EN['setup.done'] }).click()
  await dashboardReady(page)
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['dashboard.title'] })).toBeFocused()
})

test('first run: a mismatching fingerprint trusts nothing; a pasted request brings the key to confirm', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  const campaign = await createCampaign(h)
  const request = await issueRequest(h, campaign, STAFF.staffId, 'periodic')
  await page.getByRole('button', { name: UI_EN['nav.setup'] }).click()

  h.answerOpenFile(campaign.publicKeyFile)
  await page.getByRole('button', { name: UI_EN['setup.key.chooseFile'] }).click()
  await page.getByRole('button', { name: UI_EN['setup.confirm.differs'] }).click()
  await expect(page.getByRole('alert')).toContainText(UI_EN['setup.confirm.mismatch.title'])
  await look(page, 'setup-5-mismatch')
  expect(h.calls.map((c) => c.op)).not.toContain('pinCisoKey')
  await page.getByRole('button', { name: UI_EN['setup.confirm.startOver'] }).click()
  await expect(page.getByRole('button', { name: UI_EN['setup.key.chooseFile'] })).toBeVisible()

  // The pasted request verifies with the key imported above, which is still not trusted: the
  // request step asks for the same out-of-band confirmation before anything is pinned.
  const requestCard = page.locator('section.card', {
    has: page.getByRole('heading', { name: UI_EN['setup.request.title'] }),
  })
  await requestCard.getByLabel(UI_EN['setup.request.paste']).fill(request.text)
  await requestCard.getByRole('button', { name: UI_EN['setup.request.usePasted'] }).click()
  await expect(requestCard.getByLabel(UI_EN['setup.confirm.fingerprintLabel'])).toHaveText(
    groupFingerprint(campaign.fingerprint),
  )
  await look(page, 'setup-6-request-confirm')
  expect(h.calls.map((c) => c.op)).not.toContain('trustCiso')
  await requestCard.getByRole('button', { name: UI_EN['setup.confirm.matches'] }).click()
  await expect(page.getByText(UI_EN['setup.request.accepted'])).toBeVisible()
  await expect(requestCard.getByText(UI_EN['purpose.periodic'])).toBeVisible()
  expect(h.calls.find((c) => c.op === 'trustCiso')?.arg).toEqual({ fingerprint: campaign.fingerprint })
  await expect(page.locator('.card', { hasText: UI_EN['setup.key.title'] }).locator('code')).toHaveText(
    groupFingerprint(campaign.fingerprint),
  )
})

test('dashboard: each check appears as it finishes, with progress in words, then the verdict', async ({
  page,
  openApp,
}) => {
  const transcript = SCENARIOS.winFirewallOff()
  const expected = await runChecks({ probe: new ReplayProbe(transcript) })
  const h = await openApp({ transcript, settings: STAFF, probeDelayMs: 1200 })

  const bar = page.getByRole('progressbar', { name: UI_EN['dashboard.progressLabel'] })
  await expect(bar).toBeVisible()
  await expect(page.getByText(new RegExp(`of ${CHECK_IDS.length} checks done`))).toBeVisible()
  await expect(page.getByText(UI_EN['check.checking']).first()).toBeVisible()
  await page.screenshot({ path: `${SCREENS_DIR}/dashboard-1-running.png` })
  // Part-way: a card shows its status while others are still checking.
  await expect(page.locator('.check .chip').first()).toBeVisible()
  await expect(page.getByText(UI_EN['check.checking']).first()).toBeVisible()
  await page.screenshot({ path: `${SCREENS_DIR}/dashboard-1b-partial.png` })
  await dashboardReady(page)
  await expect(bar).toHaveCount(0)

  for (const r of expected.checks) {
    const c = card(page, r.id)
    await expect(c).toContainText(r.summary)
    // Status as colour, icon and words.
    const chip = c.locator('.chip')
    await expect(chip).toHaveText(UI_EN[`status.${r.status}`])
    await expect(chip).toHaveClass(new RegExp(`chip--${r.status}`))
    await expect(chip.locator('svg')).toHaveCount(1)
    for (const o of r.observed) await expect(c).toContainText(o)
  }
  expect(expected.checks.find((c) => c.id === 'firewall')?.status, 'scenario: firewall off').toBe('fail')
  await expect(page.getByRole('heading', { name: UI_EN[`overall.title.${expected.overall}`] })).toBeVisible()
  await expect(page.getByText(/^Last checked /)).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('button', { name: /^Fix/ })).toContainText(
    '1 item to fix',
  )
  // The device profile: descriptive, below the checks, said to change no result.
  const device = page.getByRole('region', { name: UI_EN['device.title'] })
  await expect(device).toContainText(UI_EN['device.intro'])
  await expect(device.locator('.facts div', { hasText: UI_EN['device.model'] }).locator('dd')).toHaveText(
    'LENOVO 20XW0055GE',
  )
  await expect(device.locator('.facts div', { hasText: UI_EN['device.chassis'] }).locator('dd')).toHaveText(
    UI_EN['device.chassis.laptop'],
  )
  await expect(device.locator('.facts div', { hasText: UI_EN['device.firmware'] }).locator('dd')).toHaveText(
    UI_EN['device.firmware.uefi'],
  )
  await look(page, 'dashboard-2-done')
  expect(h.calls.filter((c) => c.op === 'runChecks')).toHaveLength(1)
})

test('guided fix: steps, Open Settings by id, re-check on focus until it passes', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winFirewallOff(), settings: STAFF })
  await dashboardReady(page)
  await card(page, 'firewall').getByRole('button', { name: UI_EN['check.fix'] }).click()

  await expect(page.getByRole('heading', { level: 1, name: UI_EN['fix.title'] })).toBeVisible()
  const remediation = await h.services.getRemediation({ remediationId: 'firewall.win32.turn-on' })
  await expect(page.getByRole('heading', { level: 2, name: remediation.title })).toBeVisible()
  await expect(page.getByText(remediation.why)).toBeVisible()
  for (const step of remediation.steps)
    await expect(page.getByRole('listitem').filter({ hasText: step })).toHaveCount(1)
  await look(page, 'fix-1-firewall')

  expect(remediation.hasDeepLink).toBe(true)
  await page.getByRole('button', { name: UI_EN['fix.openSettings'] }).click()
  await expect.poll(() => h.opened).toEqual([remediation.deepLink])
  const openCall = h.calls.find((c) => c.op === 'openRemediationLink')
  expect(openCall?.arg).toEqual({ remediationId: 'firewall.win32.turn-on' })

  // Still off: a button re-check keeps the fix open.
  await page.getByRole('button', { name: UI_EN['fix.recheck'] }).click()
  await expect(page.getByRole('button', { name: UI_EN['fix.recheck'] })).toBeEnabled()
  expect(h.calls.filter((c) => c.op === 'runChecks')).toHaveLength(2)

  // The user turns the firewall on in Settings and comes back to the window.
  h.setTranscript(SCENARIOS.winAllPass())
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await expect(page.getByText(UI_EN['fix.fixed.title'].replace('{check}', name('firewall')))).toBeVisible()
  await expect(page.locator('.fix .chip')).toHaveText(UI_EN['status.pass'])
  await look(page, 'fix-2-fixed')
  const runs = h.calls.filter((c) => c.op === 'runChecks').length
  // Once it passes, focus no longer re-runs the checks.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await page.waitForTimeout(300)
  expect(h.calls.filter((c) => c.op === 'runChecks')).toHaveLength(runs)
})

test('guided fix: a fix without a settings deep link shows no Open Settings button', async ({
  page,
  openApp,
}) => {
  const transcript = SCENARIOS.winUnknownDisk()
  const expected = await runChecks({ probe: new ReplayProbe(transcript) })
  const disk = expected.checks.find((c) => c.id === 'disk-encryption')
  expect(disk?.status, 'scenario: disk encryption unreadable').toBe('unknown')
  await openApp({ transcript, settings: STAFF })
  await dashboardReady(page)

  // The unknown path: what could not be read and why, on the card and on the fix screen.
  const c = card(page, 'disk-encryption')
  await expect(c.locator('.chip')).toHaveText(UI_EN['status.unknown'])
  await expect(c).toContainText(UI_EN['check.reason.unknown'])
  if (disk?.reason !== undefined) await expect(c).toContainText(disk.reason)
  await look(page, 'unknown-1-dashboard')
  await c.getByRole('button', { name: UI_EN['check.help'] }).click()
  await expect(page.getByText(UI_EN['fix.found.unknown'])).toBeVisible()
  await expect(page.getByRole('button', { name: UI_EN['fix.openSettings'] })).toHaveCount(0)
  await expect(page.getByRole('button', { name: UI_EN['fix.recheck'] })).toBeVisible()
  await look(page, 'unknown-2-fix')
})

test('export: preview of exactly what is signed, then save; file name says who, which device, when', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  await dashboardReady(page)
  await page.getByRole('button', { name: UI_EN['nav.export'] }).click()
  await page.getByRole('radio', { name: new RegExp(UI_EN['purpose.onboarding']) }).check()
  // The services here keep the key in an unencrypted file: the weak case is shown before signing…
  await expect(page.getByText(UI_EN['key.weak.title'])).toBeVisible()
  await page.getByRole('button', { name: UI_EN['export.preview.button'] }).click()
  const statement = page.locator('pre.statement')
  await expect(statement).toBeVisible()
  const shown = await statement.textContent()
  // …and signed as weak.
  expect(shown).toContain('"keyProtection": "file-0600-unencrypted"')
  const fileName = await page.locator('.facts code').last().textContent()
  expect(fileName).toContain('alice@campaign.example')
  expect(fileName).toContain('alice-laptop')
  expect(fileName).toMatch(/\d{8}T\d{6}Z/)
  await expect(
    page.locator('.facts div', { hasText: UI_EN['export.preview.key'] }).locator('dd'),
  ).not.toBeEmpty()
  // The device profile that will be signed, shown as such and inside the exact statement.
  await expect(page.getByText(UI_EN['export.preview.computer'])).toBeVisible()
  expect(JSON.parse(shown ?? '{}').predicate.device.profile).toMatchObject({
    manufacturer: 'LENOVO',
    model: '20XW0055GE',
    chassis: 'laptop',
    virtual: false,
    firmware: 'uefi',
  })
  await look(page, 'export-1-preview')
  expect(h.dialogCalls).toHaveLength(0)

  const target = path.join(h.root, fileName ?? 'x.json')
  h.answerSaveFile(target)
  await page.getByRole('button', { name: UI_EN['export.save'] }).click()
  await expect(page.getByText(UI_EN['export.saved.title'])).toBeVisible()
  await expect(page.getByText(`Saved as ${path.basename(target)}`)).toBeVisible()
  expect(h.dialogCalls.at(-1)).toMatchObject({ kind: 'save-file', defaultName: fileName })
  // The signed payload is byte for byte the text that was shown.
  const env = parseEnvelopeJson(readFileSync(target))
  expect(Buffer.from(env.payload, 'base64').toString('utf8')).toBe(shown)
  // The laptop key the CISO will compare during enrollment is shown after saving.
  const keyid = env.signatures[0]?.keyid ?? ''
  await expect(page.locator('.alert--success code')).toHaveText(groupFingerprint(keyid))
  await look(page, 'export-2-saved')

  // Cancelling the save dialog signs nothing and says so.
  await page.getByRole('radio', { name: new RegExp(UI_EN['purpose.periodic']) }).check()
  await page.getByRole('button', { name: UI_EN['export.preview.button'] }).click()
  await page.getByRole('button', { name: UI_EN['export.save'] }).click()
  await expect(page.getByText(UI_EN['export.cancelled'])).toBeVisible()

  // History lists the run and the export.
  await page.getByRole('button', { name: UI_EN['nav.history'] }).click()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(3)
  await expect(rows.nth(1)).toContainText(path.basename(target))
  await look(page, 'history')
})

test('export without saved details: the error says so and leads to Your details', async ({
  page,
  openApp,
}) => {
  await openApp({ transcript: SCENARIOS.winAllPass() })
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.check'] }).click()
  await dashboardReady(page)
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.export'] }).click()
  await page.getByRole('button', { name: UI_EN['export.preview.button'] }).click()
  await expect(page.getByRole('alert')).toContainText(UI_EN['export.failed'])
  await shot(page, 'export-3-settings-required')
  await page.getByRole('button', { name: UI_EN['export.goSetup'] }).click()
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['setup.welcome.title'] })).toBeFocused()
})

test('offboarding: final check, checklist, final attestation and key deletion', async ({ page, openApp }) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  await dashboardReady(page)
  await page.getByRole('button', { name: UI_EN['nav.offboard'] }).click()
  await expect(page.getByText(UI_EN['offboard.step2.waiting'])).toBeVisible()
  await look(page, 'offboard-1-start')
  await page.getByRole('button', { name: UI_EN['offboard.step1.run'] }).click()
  const boxes = page.getByRole('checkbox')
  await expect(boxes).toHaveCount(3)
  const preview = page.getByRole('button', { name: UI_EN['offboard.step3.preview'] })
  await expect(preview).toBeDisabled()
  await expect(page.getByText(UI_EN['offboard.step3.tickAll'])).toBeVisible()
  for (const box of await boxes.all()) await box.check()
  await expect(page.getByText('3 of 3 items confirmed')).toBeVisible()
  await preview.click()
  await expect(page.locator('pre.statement')).toContainText('"offboarding"')
  await expect(page.getByRole('checkbox', { name: new RegExp(UI_EN['offboard.deleteKey']) })).toBeChecked()
  await look(page, 'offboard-2-preview')
  const target = path.join(h.root, 'final.posture.json')
  h.answerSaveFile(target)
  await page.getByRole('button', { name: UI_EN['offboard.save'] }).click()
  await expect(page.getByText(UI_EN['offboard.saved.keyDeleted'])).toBeVisible()
  await look(page, 'offboard-3-done')
  const statement = JSON.parse(
    Buffer.from(parseEnvelopeJson(readFileSync(target)).payload, 'base64').toString(),
  )
  expect(statement.predicate.purpose).toBe('offboarding')
})

test('keyboard: skip link, Tab order through the navigation, visible focus, Enter and Space', async ({
  page,
  openApp,
}) => {
  await openApp({ transcript: SCENARIOS.winFirewallOff(), settings: STAFF })
  await dashboardReady(page)
  // The skip link is the first focusable element and becomes visible when focused.
  const skip = page.getByRole('link', { name: UI_EN['nav.skip'] })
  const first = await page.evaluate(
    () => document.querySelector('a[href], button, input, select, textarea, [tabindex="0"]')?.textContent,
  )
  expect(first).toBe(UI_EN['nav.skip'])
  await skip.focus()
  expect((await skip.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0)
  const order: string[] = []
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab')
    order.push((await page.evaluate(() => document.activeElement?.textContent ?? '')).replace(/\d.*$/, ''))
  }
  // A staffer's navigation: the staff screens only (no CISO screen until they choose to act as lead).
  expect(order).toEqual(
    ['check', 'fix', 'export', 'offboard', 'domains', 'history', 'setup'].map(
      (s) => UI_EN[`nav.${s}` as keyof typeof UI_EN],
    ),
  )
  // The focused control shows a visible focus ring.
  const outline = await page.evaluate(() => {
    const el = document.activeElement
    return el === null ? 'none' : getComputedStyle(el).outlineStyle
  })
  expect(outline).not.toBe('none')
  await shot(page, 'keyboard-focus')
  // Enter on a navigation button opens the screen; Space on "Check again" runs the checks.
  await page.getByRole('button', { name: UI_EN['nav.history'] }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['history.title'] })).toBeFocused()
  await page.getByRole('button', { name: UI_EN['nav.check'] }).focus()
  await page.keyboard.press('Space')
  await page.getByRole('button', { name: UI_EN['dashboard.runAgain'] }).focus()
  await page.keyboard.press('Space')
  await dashboardReady(page)
})

test('readable at 1280x800 and at 200 % zoom, with nothing cut off sideways', async ({
  page,
  openApp,
  browser,
  baseURL,
}) => {
  await openApp({ transcript: SCENARIOS.ubuntuFirewallOff(), settings: STAFF })
  await dashboardReady(page)
  await look(page, 'zoom-100-dashboard')

  // 200 % zoom of a 1280x800 window: 640x400 CSS pixels drawn at device scale 2 (what Chromium's
  // zoom does to layout), in a fresh window with its own services.
  const zoomed = await browser.newContext({
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
    ...(baseURL !== undefined ? { baseURL } : {}),
    locale: 'en-US',
    timezoneId: 'UTC',
  })
  const z = await zoomed.newPage()
  const foreign: string[] = []
  z.on('request', (r) => {
    if (baseURL !== undefined && !r.url().startsWith(baseURL) && !r.url().startsWith('data:'))
      foreign.push(r.url())
  })
  const h = await createHarness({
    transcript: SCENARIOS.ubuntuFirewallOff(),
    settings: { ...STAFF, cisoMode: true },
  })
  try {
    await h.attach(z)
    await z.clock.setFixedTime(h.now())
    await z.goto('/index.html')
    // A security lead starts on the campaign; the staff dashboard is one switch away.
    await expect(z.getByRole('heading', { level: 1, name: UI_EN['ciso.campaign.title'] })).toBeVisible()
    await z.getByRole('navigation').getByRole('button', { name: UI_EN['nav.mode.staff'] }).click()
    await dashboardReady(z)
    const overflow = () => z.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(await overflow()).toBeLessThanOrEqual(0)
    await look(z, 'zoom-200-dashboard')
    await z.getByRole('button', { name: UI_EN['overall.fixNow'] }).click()
    await expect(z.getByRole('heading', { level: 1, name: UI_EN['fix.title'] })).toBeVisible()
    expect(await overflow()).toBeLessThanOrEqual(0)
    await look(z, 'zoom-200-fix')
    await z.getByRole('navigation').getByRole('button', { name: UI_EN['nav.mode.ciso'] }).click()
    await expect(z.getByRole('heading', { level: 1, name: UI_EN['ciso.campaign.title'] })).toBeVisible()
    expect(await overflow()).toBeLessThanOrEqual(0)
    await look(z, 'zoom-200-ciso')
    expect(foreign).toEqual([])
  } finally {
    await zoomed.close()
    h.dispose()
  }
})

test('bridge: window.preflight has exactly the real preload keys and is frozen', async ({
  page,
  openApp,
}) => {
  await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  const real = Object.keys(
    buildPreflightApi(
      async () => undefined,
      () => () => undefined,
    ),
  ).sort()
  const fake = await page.evaluate(() => ({
    keys: Object.keys((window as unknown as { preflight?: object }).preflight ?? {}).sort(),
    frozen: Object.isFrozen((window as unknown as { preflight?: object }).preflight),
  }))
  expect(fake.keys).toEqual(real)
  expect(fake.frozen).toBe(true)
  // Let the dashboard's first run finish before the harness's temp folder is removed.
  await dashboardReady(page)
  // The built page carries the CSP meta and the server sends the header.
  const response = await page.request.get('/index.html')
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'")
})
