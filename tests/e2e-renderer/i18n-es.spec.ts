/**
 * The app in Spanish, against the real services: the main staff path (first run, checks, a guided
 * fix, the export preview and save, history, web addresses, leaving) and the CISO path (create a
 * campaign, the policy editor, requests, verify and enroll, the roster, at a glance). Every screen
 * is saved as artifacts/screens/*-es.png (looked at by a person) and fails on any visible English
 * word of the English UI catalogue outside `lang="en"` elements (checks not converted yet, main's
 * English sentences) and values (the same audit as the pseudo-locale run, i18n.spec.ts).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, shot, dashboardReady } from './fixtures'
import { SCENARIOS } from './support/scenarios'
import { createCampaign, issueRequest, type Campaign } from './support/campaign'
import { untranslated } from './support/layout-audit'
import type { Harness } from './harness'
import { LANGUAGES } from '../../shared/i18n'
import { UI_EN, type UiKey } from '../../shared/i18n/en/ui'
import { groupFingerprint } from '../../shared/ipc-contract'
import { fingerprint, publicKeyFromPem } from '../../main/attestation/keys'

const UI_ES = LANGUAGES.es.ui as Readonly<Record<UiKey, string>>
const STAFF = { staffId: 'alice@campaign.example', deviceLabel: 'alice-laptop' }
const CISO = { staffId: 'ciso@campaign.example', deviceLabel: 'ciso-laptop', cisoMode: true }
const PASS = 'marble tiger lantern orbit'
const SPANISH_SYSTEM = ['es-MX', 'en-US'] as const

/** A UI text in Spanish with its placeholders filled. */
function es(key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  return Object.entries(params).reduce<string>((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), UI_ES[key])
}
const plural = (base: string, count: number, extra: Record<string, string | number> = {}): string =>
  es(`${base}.${count === 1 ? 'one' : 'other'}` as UiKey, { count, ...extra })

/**
 * English words (4+ letters) of the UI catalogue that Spanish never uses: the Spanish catalogues'
 * own words (brand names, "laptop", "firewall", commands in the steps) are taken out, so a word left
 * is English on a Spanish screen.
 */
const { ui, main, checks, practices } = LANGUAGES.es
const SPANISH_TEXT = JSON.stringify([ui, main, checks, practices]).toLowerCase()
const SPANISH_WORDS = new Set(SPANISH_TEXT.match(/[a-záéíóúüñ]{4,}/g) ?? [])
const ENGLISH_WORDS = [
  ...new Set(Object.values(UI_EN).flatMap((t) => t.replace(/\{[^}]*\}/g, ' ').match(/\b[a-z]{4,}\b/g) ?? [])),
].filter((w) => !SPANISH_WORDS.has(w))

/** Elements marked as English on the screen (what is still English there, for the report). */
async function englishMarked(page: Page): Promise<string[]> {
  return page.locator('[lang="en"]:visible').evaluateAll((els) =>
    els
      .filter((el) => el.tagName !== 'OPTION')
      .map((el) => (el.textContent ?? '').trim().slice(0, 60))
      .filter((s) => s !== ''),
  )
}

/** Screenshot `<name>-es.png`, then no English word outside lang="en" and values. */
async function audit(page: Page, name: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await shot(page, `${name}-es`)
  // '\u0000' never occurs on screen: no text is skipped as pseudo-locale text.
  expect(
    await untranslated(page, ENGLISH_WORDS, '\u0000'),
    `${name}: English words on a Spanish screen`,
  ).toEqual([])
  const marked = await englishMarked(page)
  if (marked.length > 0)
    test.info().annotations.push({ type: `lang=en on ${name}`, description: marked.join(' | ') })
}

async function nav(page: Page, key: UiKey): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: es(key), exact: true })
    .click()
  await expect(page.locator('h1')).toBeFocused()
}

async function cisoNav(page: Page, key: UiKey): Promise<void> {
  const mode = page.getByRole('navigation').getByRole('button', { name: es('nav.mode.ciso') })
  if ((await mode.getAttribute('aria-pressed')) !== 'true') await mode.click()
  await nav(page, key)
}

test('Spanish: the staff path, from the first run to the export, history and web addresses', async ({
  page,
  openApp,
}) => {
  test.setTimeout(180_000)
  // No saved settings: the app follows the system's language (Spanish, Mexico).
  const h = await openApp({ transcript: SCENARIOS.winFirewallOff(), systemLanguages: SPANISH_SYSTEM })
  const campaign = await createCampaign(h)
  const request = await issueRequest(h, campaign, STAFF.staffId, 'onboarding')

  await expect(page.getByRole('heading', { level: 1, name: es('setup.welcome.title') })).toBeVisible()
  await audit(page, 'setup-1-welcome')
  await page.getByLabel(es('setup.staffId')).fill(STAFF.staffId)
  await page.getByLabel(es('setup.deviceLabel')).fill(STAFF.deviceLabel)
  await page.getByLabel(es('setup.deviceLabel')).press('Enter')
  await expect(page.getByRole('heading', { name: es('setup.key.title') })).toBeVisible()

  await page.getByLabel(es('setup.key.paste')).fill(readFileSync(campaign.publicKeyFile, 'utf8'))
  await page.getByRole('button', { name: es('setup.key.usePasted') }).click()
  await expect(page.getByLabel(es('setup.confirm.fingerprintLabel'))).toHaveText(
    groupFingerprint(campaign.fingerprint),
  )
  await audit(page, 'setup-2-confirm-key')
  await page.getByRole('button', { name: es('setup.confirm.matches') }).click()
  await expect(page.getByText(es('setup.key.pinned'))).toBeVisible()

  h.answerOpenFile(request.file)
  await page.getByRole('button', { name: es('setup.request.chooseFile') }).click()
  await expect(page.getByText(es('setup.request.accepted'))).toBeVisible()
  // Main's file dialog was titled in Spanish too.
  expect(h.dialogCalls.at(-1)).toMatchObject({
    kind: 'open-file',
    title: 'Abrir la solicitud de su contacto de seguridad',
  })
  await audit(page, 'setup-3-request-accepted')

  await page.getByRole('button', { name: es('setup.done') }).click()
  await dashboardReady(page)
  await expect(page.getByRole('heading', { level: 1, name: es('dashboard.title') })).toBeVisible()
  const firewall = page.getByRole('article', { name: es('check.firewall.name') })
  // The converted firewall check speaks Spanish.
  await expect(firewall.locator('[lang="en"]')).toHaveCount(0)
  await expect(firewall.locator('.chip')).toHaveText(es('status.fail'))
  await audit(page, 'dashboard')

  await firewall.getByRole('button', { name: es('check.fix') }).click()
  await expect(page.getByRole('heading', { level: 1, name: es('fix.title') })).toBeVisible()
  const fix = await h.services.getRemediation({ remediationId: 'firewall.win32.turn-on' })
  await expect(page.getByRole('heading', { level: 2, name: fix.title })).toBeVisible()
  expect(fix.title).toBe(LANGUAGES.es.remediation['firewall.win32.turn-on']?.title)
  await audit(page, 'fix')

  await nav(page, 'nav.export')
  await page.getByRole('radio', { name: new RegExp(es('purpose.onboarding')) }).check()
  await expect(page.getByText(es('key.weak.title'))).toBeVisible()
  await page.getByRole('button', { name: es('export.preview.button') }).click()
  const statement = page.locator('pre.statement')
  await expect(statement).toBeVisible()
  // What is signed stays English: ids, values and the canonical texts.
  expect(await statement.textContent()).toContain('"status": "fail"')
  await audit(page, 'export-1-preview')
  const fileName = (await page.locator('.facts code').last().textContent()) ?? 'x.json'
  const target = path.join(h.root, fileName)
  h.answerSaveFile(target)
  await page.getByRole('button', { name: es('export.save') }).click()
  await expect(page.getByText(es('export.saved.title'))).toBeVisible()
  expect(h.dialogCalls.at(-1)).toMatchObject({ kind: 'save-file', title: 'Guardar la constancia firmada' })
  await audit(page, 'export-2-saved')

  await nav(page, 'nav.history')
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(3)
  await audit(page, 'history')

  await nav(page, 'nav.domains')
  await audit(page, 'domains')
})

test('Spanish: leaving the campaign, and the language picker', async ({ page, openApp }) => {
  test.setTimeout(120_000)
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF, language: 'es' })
  await dashboardReady(page)
  await audit(page, 'dashboard-all-pass')
  await nav(page, 'nav.offboard')
  await audit(page, 'offboard-1-start')
  await page.getByRole('button', { name: es('offboard.step1.run') }).click()
  const boxes = page.getByRole('checkbox')
  await expect(boxes).toHaveCount(3)
  for (const box of await boxes.all()) await box.check()
  await page.getByRole('button', { name: es('offboard.step3.preview') }).click()
  await expect(page.locator('pre.statement')).toContainText('"offboarding"')
  await audit(page, 'offboard-2-preview')
  h.answerSaveFile(path.join(h.root, 'final.posture.json'))
  await page.getByRole('button', { name: es('offboard.save') }).click()
  await expect(page.getByText(es('offboard.saved.keyDeleted'))).toBeVisible()
  await audit(page, 'offboard-3-done')

  await nav(page, 'nav.setup')
  await expect(
    page.getByRole('combobox', { name: new RegExp(`^${es('setup.language.label')}`) }),
  ).toHaveValue('es')
  await audit(page, 'setup-details')
})

/** A staffer answers a request with the real CLI (`trust`, then `attest`), into `inbox`. */
async function answer(h: Harness, campaign: Campaign, who: string, requestFile: string, inbox: string) {
  const env = { PREFLIGHT_HOME: path.join(h.root, `home-${who}`) }
  const trust = await h.cli(['trust', campaign.publicKeyFile, '--yes'], env)
  expect(trust.code, trust.out).toBe(0)
  const transcript = path.join(h.root, `transcript-${who}.json`)
  writeFileSync(transcript, JSON.stringify(SCENARIOS.winAllPass()))
  const out = path.join(h.root, `out-${who}`)
  mkdirSync(out)
  const r = await h.cli(
    [
      'attest',
      '--request',
      requestFile,
      '--device-label',
      `${who}-laptop`,
      '--replay',
      transcript,
      '--out',
      out,
      '--yes',
      '--now',
      h.now().toISOString(),
    ],
    env,
  )
  expect(r.code, r.out).toBe(0)
  const [name] = readdirSync(out)
  if (name === undefined) throw new Error(`attest wrote nothing: ${r.out}`)
  mkdirSync(inbox, { recursive: true })
  writeFileSync(path.join(inbox, name), readFileSync(path.join(out, name)))
}

test('Spanish: the CISO path, from a new campaign to the policy, requests, verification, roster and dashboard', async ({
  page,
  openApp,
}) => {
  test.setTimeout(240_000)
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: CISO, language: 'es' })
  const where = path.join(h.root, 'campaigns')
  mkdirSync(where)
  await expect(page.getByRole('heading', { level: 1, name: es('ciso.campaign.title') })).toBeVisible()
  const form = page.getByRole('region', { name: es('ciso.create.title') })
  await form.getByLabel(es('ciso.create.name')).fill('Rivera al Senado 2026')
  h.answerFolder(where)
  await form.getByRole('button', { name: es('ciso.create.choose') }).click()
  await expect(form.locator('code.path')).toHaveText(where)
  expect(h.dialogCalls.at(-1)).toMatchObject({
    kind: 'folder',
    title: 'Elegir dónde guardar la carpeta de la campaña',
  })
  await form.getByLabel(es('ciso.create.passphrase')).fill(PASS)
  await form.getByLabel(es('ciso.create.again')).fill(PASS)
  await audit(page, 'ciso-create-1-form')
  await form.getByRole('button', { name: es('ciso.create.submit') }).click()
  await expect(page.getByText(es('ciso.create.done', { org: 'Rivera al Senado 2026' }))).toBeVisible()
  await expect(page.locator('.fingerprint--hero')).toHaveText(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
  await audit(page, 'ciso-create-2-created')

  // A wrong passphrase: main's refusal, in Spanish.
  const keyPanel = page.getByRole('navigation').locator('.nav__key')
  await keyPanel.getByRole('button', { name: es('ciso.key.lock') }).click()
  await keyPanel.getByRole('button', { name: es('ciso.key.unlock') }).click()
  const unlock = page.getByRole('dialog', { name: es('ciso.unlock.title') })
  await unlock.getByLabel(es('ciso.unlock.passphrase')).fill('not the passphrase')
  await unlock.getByRole('button', { name: es('ciso.unlock.submit') }).click()
  await expect(unlock.getByRole('alert')).toContainText(
    'Esa frase de contraseña no desbloquea la clave de la campaña',
  )
  await audit(page, 'ciso-unlock-wrong')
  await unlock.getByLabel(es('ciso.unlock.passphrase')).fill(PASS)
  await unlock.getByRole('button', { name: es('ciso.unlock.submit') }).click()
  await expect(unlock).toBeHidden()

  await cisoNav(page, 'nav.policy')
  await expect(page.getByText(es('policy.about.none'))).toBeVisible()
  await page.getByLabel(es('policy.field.screenLock')).fill('600')
  const review = page.getByRole('region', { name: es('policy.review.title') })
  await expect(review.locator('.diff')).toContainText('600')
  await audit(page, 'ciso-policy')

  const staffIds = ['bea@campaign.example', 'carlos@campaign.example']
  await cisoNav(page, 'nav.requests')
  // A list with a problem: main's words for it (main.staffList.*) in Spanish.
  await page.getByLabel(es('ciso.requests.list')).fill('staff id,name,purpose\nbad id!,Persona,periodic\n')
  await page.getByRole('button', { name: es('ciso.requests.check') }).click()
  await expect(page.getByText('el identificador de personal "bad id!" no es válido')).toBeVisible()
  await audit(page, 'ciso-requests-0-problems')
  await page
    .getByLabel(es('ciso.requests.list'))
    .fill(`staff id,name,purpose\n${staffIds.map((id, i) => `${id},Persona ${i + 1},`).join('\n')}\n`)
  await page.getByRole('button', { name: es('ciso.requests.check') }).click()
  await expect(page.getByText(plural('ciso.requests.ready', 2))).toBeVisible()
  await audit(page, 'ciso-requests-1-checked')
  const out = path.join(h.root, 'outbox')
  mkdirSync(out)
  h.answerFolder(out)
  await page.getByRole('button', { name: plural('ciso.requests.issueCount', 2) }).click()
  const folder = `preflight-requests-${h.now().toISOString().slice(0, 10)}`
  await expect(page.getByText(plural('ciso.bulk.done', 2, { folder }))).toBeVisible()
  await audit(page, 'ciso-requests-2-done')

  const inbox = path.join(h.root, 'inbox')
  const campaign: Campaign = {
    dir: where,
    publicKeyFile: path.join(where, 'ciso.pub.pem'),
    fingerprint: fingerprint(publicKeyFromPem(readFileSync(path.join(where, 'ciso.pub.pem')))),
  }
  await answer(
    h,
    campaign,
    'bea',
    path.join(out, folder, 'bea_campaign.example_onboarding.request.json'),
    inbox,
  )
  await cisoNav(page, 'nav.verify')
  h.answerFolder(inbox)
  await page.getByRole('button', { name: es('ciso.verify.button') }).click()
  const results = page.getByRole('region', { name: es('ciso.verify.tableLabel') })
  const row = results.getByRole('row').filter({ hasText: 'bea@campaign.example' })
  await expect(row).toContainText(es('outcome.UNKNOWN_KEY'))
  await audit(page, 'ciso-verify-1-unknown')
  await row.getByRole('button', { name: es('ciso.enroll.open') }).click()
  const dialog = page.getByRole('dialog', { name: es('ciso.enroll.title') })
  await audit(page, 'ciso-verify-2-enroll')
  await dialog.getByRole('checkbox').check()
  await dialog.getByRole('button', { name: es('ciso.enroll.submit') }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toContainText(es('ciso.enroll.done', { staff: 'bea@campaign.example' }))
  await audit(page, 'ciso-verify-3-enrolled')

  await cisoNav(page, 'nav.roster')
  await expect(page.getByText('bea@campaign.example').first()).toBeVisible()
  await audit(page, 'ciso-roster')

  await cisoNav(page, 'nav.dashboard')
  await expect(page.locator('body[data-ready="ciso-dashboard"]')).toHaveCount(1, { timeout: 30_000 })
  await audit(page, 'ciso-dashboard')
})
