/**
 * Moving around CISO mode in the e2e tests: the mode switch, the CISO screens, opening a campaign
 * folder through main's (test-answered) folder dialog.
 */
import { expect, type Page } from '@playwright/test'
import { UI_EN } from '../../../shared/i18n/en/ui'
import type { Harness } from '../harness'

export type CisoNav = 'campaign' | 'dashboard' | 'policy' | 'requests' | 'verify' | 'roster'

/** Switch to CISO mode if needed, then open a CISO screen from the navigation. */
export async function gotoCiso(page: Page, screen: CisoNav): Promise<void> {
  const nav = page.getByRole('navigation')
  const mode = nav.getByRole('button', { name: UI_EN['nav.mode.ciso'] })
  if ((await mode.getAttribute('aria-pressed')) !== 'true') await mode.click()
  await nav.getByRole('button', { name: UI_EN[`nav.${screen}`], exact: true }).click()
}

/** Open `dir` on the Campaign screen (main's folder dialog answered with it). */
export async function openCampaignInApp(page: Page, h: Harness, dir: string): Promise<void> {
  await gotoCiso(page, 'campaign')
  h.answerFolder(dir)
  await page.getByRole('button', { name: UI_EN['ciso.folder.open'] }).click()
  await expect(page.getByRole('heading', { name: UI_EN['ciso.folder.title'], exact: true })).toBeVisible()
}
