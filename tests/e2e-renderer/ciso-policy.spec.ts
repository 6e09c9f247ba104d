/**
 * The policy editor beyond the main path (ciso-campaign.spec.ts): importing a bad file shows its
 * problems field by field and changes nothing, a good file fills the form, export writes the plain
 * policy the CLI signs, the editor works with the keyboard alone, and reads at 200 % zoom.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { test, expect, look } from './fixtures'
import { createHarness } from './harness'
import { SCENARIOS } from './support/scenarios'
import { createCampaign } from './support/campaign'
import { gotoCiso, openCampaignInApp } from './support/ciso-nav'
import { UI_EN } from '../../shared/i18n/en/ui'

const STAFF = { staffId: 'ciso@campaign.example', deviceLabel: 'ciso-laptop', cisoMode: true }

/** Press Tab until `target` has the focus (keyboard only); fails if it is never reached. */
async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  const handle = await target.elementHandle()
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((el) => el === document.activeElement, handle)) return
  }
  throw new Error('not reachable with Tab')
}

test('import a bad policy file: per-field problems, form unchanged; a good one fills the form; export for the CLI', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  const campaign = await createCampaign(h)
  await openCampaignInApp(page, h, campaign.dir)
  await gotoCiso(page, 'policy')
  const screenLock = page.getByLabel(UI_EN['policy.field.screenLock'])
  await expect(screenLock).toHaveValue('900')

  const bad = path.join(h.root, 'bad-policy.json')
  writeFileSync(
    bad,
    JSON.stringify({
      id: 'field office',
      screenLock: { maxIdlePlusGraceSeconds: 99999 },
      reattestation: { intervalDays: 0 },
      checks: { firewal: 'off' },
      domains: { lookalikes: ['https://examp1e.org/login'] },
    }),
  )
  h.answerOpenFile(bad)
  await page.getByRole('button', { name: UI_EN['policy.import.button'] }).click()
  const alert = page.getByRole('alert').filter({ hasText: 'bad-policy.json is not a valid policy' })
  await expect(alert).toBeVisible()
  for (const text of [
    'Screen lock limit',
    'screenLock.maxIdlePlusGraceSeconds',
    'Re-attestation interval',
    'reattestation.intervalDays',
    'domains.lookalikes.0',
    'bare domain name',
    'id',
    'firewal',
  ])
    await expect(alert).toContainText(text)
  await expect(screenLock).toHaveValue('900')
  await look(page, 'ciso-policy-4-import-errors')

  const good = path.join(h.root, 'field-policy.json')
  writeFileSync(
    good,
    JSON.stringify({ id: 'field', version: 7, screenLock: { maxIdlePlusGraceSeconds: 300 } }),
  )
  h.answerOpenFile(good)
  await page.getByRole('button', { name: UI_EN['policy.import.button'] }).click()
  await expect(page.getByText('Imported field-policy.json')).toBeVisible()
  await expect(screenLock).toHaveValue('300')
  await expect(page.getByLabel(UI_EN['policy.about.id'])).toHaveValue('field')
  const review = page.getByRole('region', { name: UI_EN['policy.review.title'] })
  await expect(review.locator('.diff')).toContainText('Policy name: default → field')
  await expect(review.getByRole('button', { name: 'Sign field version 1' })).toBeEnabled()

  // A typo in a number is named at the field itself, by main's validation.
  await screenLock.fill('5')
  const fieldErrors = page.locator('.policy-number').filter({ has: screenLock }).locator('.field__error')
  await expect(fieldErrors).toContainText('10')
  await expect(screenLock).toHaveAttribute('aria-invalid', 'true')
  await expect(review.getByRole('button', { name: /^Sign/ })).toBeDisabled()
  await screenLock.fill('300')

  const out = path.join(h.root, 'exported.json')
  h.answerSaveFile(out)
  await page.getByRole('button', { name: UI_EN['policy.export.button'] }).click()
  await expect(page.getByText(/Saved exported\.json/)).toBeVisible()
  const exported = JSON.parse(readFileSync(out, 'utf8')) as { id: string; version: number }
  expect(exported).toMatchObject({ id: 'field', version: 1 })
  const signed = await h.cli(['ciso', 'policy', 'sign', out, '--campaign', campaign.dir])
  expect(signed.code, signed.out).toBe(0)
  expect(signed.out).toContain('Signed policy field v1')
})

test('the policy editor with the keyboard alone', async ({ page, openApp }) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  const campaign = await createCampaign(h)
  await openCampaignInApp(page, h, campaign.dir)
  await page.getByRole('link', { name: UI_EN['nav.skip'] }).focus()
  await tabTo(page, page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.policy'] }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['policy.title'] })).toBeFocused()
  const cell = page.getByRole('combobox', { name: 'Disk encryption on Windows' })
  await tabTo(page, cell)
  await page.keyboard.press('ArrowDown') // required → recommended
  await expect(cell).toHaveValue('recommended')
  const lead = page.getByLabel(UI_EN['policy.field.patchGrace'])
  await tabTo(page, lead)
  await page.keyboard.press('Control+A')
  await page.keyboard.type('14')
  const domain = page.getByLabel(UI_EN['policy.domains.newLookalike'])
  await tabTo(page, domain)
  await page.keyboard.type('rivera-2O26.org')
  await page.keyboard.press('Enter')
  const review = page.getByRole('region', { name: UI_EN['policy.review.title'] })
  await expect(review.locator('.diff')).toContainText('Disk encryption on Windows: required → recommended')
  await expect(review.locator('.diff')).toContainText('OS patch grace: 21 days → 14 days')
  await expect(review.locator('.diff')).toContainText('Look-alike added: rivera-2o26.org')
  const sign = review.getByRole('button', { name: 'Sign default version 1' })
  await tabTo(page, sign)
  await page.keyboard.press('Enter')
  await expect(page.getByText('Signed default version 1')).toBeVisible()
})

test('the policy editor at 200 % zoom: nothing cut off sideways', async ({ browser, baseURL }) => {
  const zoomed = await browser.newContext({
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
    ...(baseURL !== undefined ? { baseURL } : {}),
    locale: 'en-US',
    timezoneId: 'UTC',
  })
  const z = await zoomed.newPage()
  const h = await createHarness({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  try {
    await h.attach(z)
    await z.clock.setFixedTime(h.now())
    await z.goto('/index.html')
    const campaign = await createCampaign(h)
    await openCampaignInApp(z, h, campaign.dir)
    const overflow = () => z.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(await overflow()).toBeLessThanOrEqual(0)
    await look(z, 'ciso-zoom-200-campaign')
    await gotoCiso(z, 'policy')
    await expect(z.getByLabel(UI_EN['policy.field.screenLock'])).toHaveValue('900')
    expect(await overflow()).toBeLessThanOrEqual(0)
    await look(z, 'ciso-zoom-200-policy')
  } finally {
    await zoomed.close()
    h.dispose()
  }
})
