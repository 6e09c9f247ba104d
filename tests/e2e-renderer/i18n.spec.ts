/**
 * Languages in the built renderer, against the real services: the test-only pseudo-locale build
 * (dist/renderer-qps, served under /qps/; tests/support/pseudo-locale.ts) shows every staff screen
 * with text ~40 % longer and accented, and fails when text is clipped or overflows, or when a word
 * on screen does not come from a catalogue. The language follows the system and the picker's
 * choice is remembered. Screenshots: artifacts/screens/*-qps.png.
 */
import type { Page } from '@playwright/test'
import { test, expect, shot, dashboardReady } from './fixtures'
import { SCENARIOS } from './support/scenarios'
import { layoutProblems, untranslated } from './support/layout-audit'
import { UI_EN } from '../../shared/i18n/en/ui'
import { PSEUDO, PSEUDO_OPEN, pseudo, registerPseudoLocale } from '../support/pseudo-locale'

const STAFF = { staffId: 'alice@campaign.example', deviceLabel: 'alice-laptop' }
const QPS = { entry: 'qps/index.html', systemLanguages: [`${PSEUDO}-ploc`, 'en-US'] } as const

/** Lower-case English words (4+ letters) of the UI catalogue: what must not be on a pseudo-locale screen. */
const ENGLISH_WORDS = [
  ...new Set(Object.values(UI_EN).flatMap((t) => t.replace(/\{[^}]*\}/g, ' ').match(/\b[a-z]{4,}\b/g) ?? [])),
]

let unregister: () => void = () => undefined
test.beforeAll(() => {
  // The services run in this process: they answer in the pseudo-locale too.
  unregister = registerPseudoLocale()
})
test.afterAll(() => unregister())

/** Screenshot, then no clipped or overflowing text and no word from outside the catalogues. */
async function audit(page: Page, name: string): Promise<void> {
  await shot(page, `${name}-qps`)
  expect(await layoutProblems(page), `${name}: clipped or overflowing text`).toEqual([])
  expect(await untranslated(page, ENGLISH_WORDS, PSEUDO_OPEN), `${name}: words not from a catalogue`).toEqual(
    [],
  )
}

async function go(
  page: Page,
  screen: 'check' | 'fix' | 'export' | 'offboard' | 'domains' | 'history' | 'setup',
) {
  await page.locator('.nav__item', { hasText: pseudo(UI_EN[`nav.${screen}`]) }).click()
  await expect(page.locator('h1')).toBeFocused()
}

test('pseudo-locale: every staff screen, nothing clipped, every word from a catalogue', async ({
  page,
  openApp,
}) => {
  test.setTimeout(120_000)
  await openApp({ transcript: SCENARIOS.winFirewallOff(), settings: STAFF, language: 'system', ...QPS })
  await dashboardReady(page)
  await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pseudo(UI_EN['dashboard.title']))
  // The converted firewall check speaks the language; the others are marked as English for now.
  const firewall = page.getByRole('article', { name: pseudo(UI_EN['check.firewall.name']) })
  await expect(firewall.locator('.check__summary')).toContainText(PSEUDO_OPEN)
  await expect(firewall.locator('[lang="en"]')).toHaveCount(0)
  await audit(page, 'dashboard')

  await firewall.getByRole('button', { name: pseudo(UI_EN['check.fix']) }).click()
  await expect(page.locator('.fix__title')).toContainText(PSEUDO_OPEN)
  await audit(page, 'fix')

  for (const screen of ['export', 'offboard', 'domains', 'history', 'setup'] as const) {
    await go(page, screen)
    await audit(page, screen)
  }

  // Narrow (what 200 % zoom of a small window gives): the one-column layout.
  await page.setViewportSize({ width: 640, height: 800 })
  await go(page, 'check')
  await audit(page, 'dashboard-narrow')
  await go(page, 'setup')
  await audit(page, 'setup-narrow')
})

test('the language follows the system until the staffer picks one, and the choice is remembered', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF, language: 'system', ...QPS })
  await dashboardReady(page)
  await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO)

  await go(page, 'setup')
  const picker = page.getByRole('combobox', { name: new RegExp(`^${pseudo(UI_EN['setup.language.label'])}`) })
  await expect(picker).toHaveValue('system')
  // Each language is named in its own language; "system" names the system's.
  await expect(picker.locator('option[value="en"]')).toHaveText(UI_EN['language.self'])
  await expect(picker.locator('option[value="en"]')).toHaveAttribute('lang', 'en')
  await expect(picker.locator('option[value="system"]')).toHaveText(
    pseudo(UI_EN['setup.language.system']).replace('{language}', pseudo(UI_EN['language.self'])),
  )

  await picker.selectOption('en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI_EN['setup.title'])
  expect(h.calls.filter((c) => c.op === 'setLanguage').map((c) => c.arg)).toEqual([{ language: 'en' }])
  await shot(page, 'setup-language-en')

  // Remembered by main: a new window opens in English although the system says otherwise.
  await page.reload()
  await dashboardReady(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI_EN['dashboard.title'])

  // Back to following the system.
  await page.locator('.nav__item', { hasText: UI_EN['nav.setup'] }).click()
  await page
    .getByRole('combobox', { name: new RegExp(`^${UI_EN['setup.language.label']}`) })
    .selectOption('system')
  await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO)
  expect((await h.services.getSettings(undefined)).language).toBe('system')
})

test('the audits catch clipped, overflowing and overlapping text, and words from outside the catalogues', async ({
  page,
}) => {
  await page.setContent(`<!doctype html><html><body style="margin:0;font:16px sans-serif">
    <div style="width:80px;overflow:hidden;white-space:nowrap">A heading that is far too long</div>
    <p style="width:60px;white-space:nowrap">Spills out of its box</p>
    <span style="display:block;width:90px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">Ends with dots here</span>
    <div style="position:relative;height:40px"><button style="position:absolute;left:0">One</button><button style="position:absolute;left:10px">Two</button></div>
    <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">Only for screen readers, cut on purpose</span>
    <details><summary>${PSEUDO_OPEN}Open${PSEUDO_OPEN}</summary><button>Hidden inside</button></details>
    <p>${PSEUDO_OPEN}Çhééçk${PSEUDO_OPEN}</p><p>Check again</p><p lang="en">Check again</p><p>alice-laptop</p>
  </body></html>`)
  const layout = await layoutProblems(page)
  expect(layout.some((p) => p.includes('A heading') && p.includes('cuts its text on the right'))).toBe(true)
  expect(layout.some((p) => p.includes('Spills out') && p.includes('spills out of its box'))).toBe(true)
  expect(layout.some((p) => p.includes('Ends with dots') && p.includes('ellipsis'))).toBe(true)
  expect(layout.some((p) => p.includes('"One"') && p.includes('overlaps') && p.includes('"Two"'))).toBe(true)
  expect(layout.some((p) => p.includes('screen readers') || p.includes('Hidden inside'))).toBe(false)
  const words = await untranslated(page, ['check', 'again', 'laptop'], PSEUDO_OPEN)
  expect(words).toEqual(['<p> "Check again" (Check, again)'])
})
