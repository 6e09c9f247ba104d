/**
 * The campaign practices in the built renderer, against the real services: the Check screen shows
 * them apart from the checks (what Preflight measured / what you confirm), ticks can be undone and
 * stay until export, the preview lists measured and declared apart and the signed file says exactly
 * that; vendor help opens only catalogue pages; the web addresses card shows the policy's list; the
 * CISO's tables show practices apart from the posture.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, look, dashboardReady } from './fixtures'
import { SCENARIOS } from './support/scenarios'
import { attestWithCli, createCampaign, issueRequest } from './support/campaign'
import { gotoCiso, openCampaignInApp } from './support/ciso-nav'
import { parseEnvelopeJson } from '../../main/attestation/dsse'
import { UI_EN } from '../../shared/i18n/en/ui'
import { PRACTICES_EN } from '../../shared/i18n/en/practices'

const STAFF = { staffId: 'alice@campaign.example', deviceLabel: 'alice-laptop' }
const title = (id: string): string => PRACTICES_EN[`practice.${id}.title` as keyof typeof PRACTICES_EN]
const practice = (page: Page, id: string) => page.getByRole('article', { name: title(id) })

test('practices: apart from the checks, confirm and undo, preview measured vs declared, export', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winPractices(), settings: STAFF })
  await dashboardReady(page)
  const section = page.getByRole('region', { name: UI_EN['practices.title'] })
  await expect(section).toBeVisible()
  await expect(section.getByRole('heading', { name: UI_EN['practices.measured.title'] })).toBeVisible()
  await expect(section.getByRole('heading', { name: UI_EN['practices.declared.title'] })).toBeVisible()
  // The laptop verdict is about the checks alone, whatever the practices say.
  await expect(page.getByRole('heading', { name: UI_EN['overall.title.pass'] })).toBeVisible()

  // Measured: Signal Desktop found (nothing to confirm), no password manager found (declare instead).
  await expect(practice(page, 'signal')).toContainText(UI_EN['practices.state.found'])
  await expect(practice(page, 'signal').getByRole('checkbox')).toHaveCount(0)
  await expect(practice(page, 'password-manager')).toContainText(UI_EN['practices.state.not-found'])
  await expect(practice(page, 'find-my')).toContainText(UI_EN['practices.state.found'])

  // Confirm three, then undo one.
  await practice(page, 'two-factor-email').getByRole('checkbox', { name: UI_EN['practices.confirm'] }).check()
  await practice(page, 'password-manager')
    .getByRole('checkbox', { name: UI_EN['practices.confirmOtherWay'] })
    .check()
  const laptop = practice(page, 'laptop-password').getByRole('checkbox')
  await laptop.check()
  await expect(practice(page, 'laptop-password')).toContainText(UI_EN['practices.state.confirmed'])
  await laptop.uncheck()
  await expect(practice(page, 'laptop-password')).toContainText(UI_EN['practices.state.not-confirmed'])
  await expect(section.getByText('3 of 8 required practices measured or confirmed')).toBeVisible()

  // Why and how, per service; vendor help opens in the browser only from the catalogue, by id.
  const email = practice(page, 'two-factor-email')
  await email.getByText(UI_EN['practices.how']).click()
  await expect(email).toContainText(PRACTICES_EN['practice.two-factor-email.service.google-workspace'])
  await email.getByRole('button', { name: /Google: turn on 2-Step Verification/ }).click()
  await expect.poll(() => h.opened).toEqual(['https://support.google.com/accounts/answer/185839'])
  expect(h.calls.find((c) => c.op === 'openPracticeHelp')?.arg).toEqual({ helpId: 'google-2sv' })
  await look(page, 'practices-1-dashboard')

  // The ticks stay while moving around the app.
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.history'] }).click()
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.export'] }).click()
  await expect(page.getByText('You confirm 2 practices in this attestation.')).toBeVisible()
  await page.getByRole('button', { name: UI_EN['export.preview.button'] }).click()
  const preview = page.getByRole('region', { name: UI_EN['export.preview.practices'] })
  await expect(
    preview.getByRole('heading', { name: UI_EN['export.preview.practices.measured'] }),
  ).toBeVisible()
  const line = (id: string) => preview.getByRole('listitem').filter({ hasText: title(id) })
  await expect(line('signal')).toContainText(UI_EN['practices.state.found'])
  await expect(line('two-factor-email')).toContainText(UI_EN['practices.state.confirmed'])
  await expect(line('password-manager')).toContainText('Preflight: Not found')
  await expect(line('laptop-password')).toContainText(UI_EN['practices.state.not-confirmed'])
  await expect(preview).toContainText(UI_EN['export.preview.practicesResult.incomplete'])
  await expect(page.locator('pre.statement')).toContainText('"practicesResult": "incomplete"')
  await look(page, 'practices-2-preview')

  const target = path.join(h.root, 'alice.posture.json')
  h.answerSaveFile(target)
  await page.getByRole('button', { name: UI_EN['export.save'] }).click()
  await expect(page.getByText(UI_EN['export.saved.title'])).toBeVisible()
  const statement = JSON.parse(
    Buffer.from(parseEnvelopeJson(readFileSync(target)).payload, 'base64').toString(),
  )
  const byId = Object.fromEntries((statement.predicate.practices as { id: string }[]).map((p) => [p.id, p]))
  expect(byId['signal']).toEqual({ id: 'signal', level: 'required', evidence: 'measured', result: 'found' })
  expect(byId['two-factor-email']).toEqual({
    id: 'two-factor-email',
    level: 'required',
    evidence: 'declared',
    result: 'confirmed',
  })
  expect(byId['password-manager']).toMatchObject({
    evidence: 'declared',
    result: 'confirmed',
    measured: 'not-found',
  })
  expect(byId['laptop-password']).toMatchObject({ evidence: 'declared', result: 'not-confirmed' })
  // The machine result stays about the checks alone (all in place here).
  expect(statement.predicate.result).toBe('pass')

  // Saved: the ticks went into the file, the next attestation starts from scratch.
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.check'] }).click()
  await expect(practice(page, 'two-factor-email')).toContainText(UI_EN['practices.state.not-confirmed'])
})

test("the campaign's web addresses come from the policy, and nothing is looked up", async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  await dashboardReady(page)
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.domains'] }).click()
  await expect(page.getByText(UI_EN['domains.none'])).toBeVisible()
  await look(page, 'domains-1-none')

  const campaign = await createCampaign(h)
  const policy = path.join(h.root, 'policy.json')
  writeFileSync(
    policy,
    JSON.stringify({
      id: 'campaign-2026',
      version: 2,
      domains: {
        official: [
          { domain: 'example-campaign.org', use: 'web' },
          { domain: 'mail.example-campaign.org', use: 'email' },
          { domain: 'give.example-campaign.org', use: 'donation' },
        ],
        lookalikes: ['example-campaign2026.org', 'examp1e-campaign.org'],
      },
    }),
  )
  const request = await issueRequest(h, campaign, STAFF.staffId, 'periodic', policy)
  const imported = await h.services.importRequestText({
    text: `${readFileSync(campaign.publicKeyFile, 'utf8')}\n${request.text}`,
  })
  await h.services.trustCiso({ fingerprint: imported.request?.ciso.fingerprint ?? '' })

  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.history'] }).click()
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.domains'] }).click()
  const official = page.getByRole('table', { name: UI_EN['domains.official.caption'] })
  await expect(official.getByRole('row')).toHaveCount(4)
  await expect(official.getByRole('row').filter({ hasText: 'give.example-campaign.org' })).toContainText(
    UI_EN['domains.use.donation'],
  )
  const lookalikes = page.getByRole('region', { name: UI_EN['domains.lookalikes.title'] })
  await expect(lookalikes).toContainText('examp1e-campaign.org')
  await expect(page.getByText('From policy campaign-2026, version 2.')).toBeVisible()
  await look(page, 'domains-2-listed')

  // The practice that asks staff to check addresses leads here.
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.check'] }).click()
  const check = practice(page, 'check-addresses')
  await check.getByText(UI_EN['practices.how']).click()
  await check.getByRole('button', { name: UI_EN['practices.seeDomains'] }).click()
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['domains.title'] })).toBeFocused()
})

test('CISO: verification and roster tables show practices apart from the posture', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: { ...STAFF, cisoMode: true } })
  const campaign = await createCampaign(h)
  const inbox = path.join(h.root, 'inbox')
  const enroll = async (file: string, staffId: string) => {
    const r = await h.cli([
      'ciso',
      'enroll',
      file,
      '--staff-id',
      staffId,
      '--yes',
      '--campaign',
      campaign.dir,
      '--now',
      h.now().toISOString(),
    ])
    expect(r.code, r.out).toBe(0)
  }
  // Bob confirms everything asked of him (Signal and a password manager on his phone).
  const allRoutine = [
    'two-factor-email',
    'signal',
    'password-manager',
    'campaign-accounts-only',
    'phone-updated-locked',
    'laptop-password',
    'report-lost-device',
    'check-addresses',
  ]
  const bobOn = await attestWithCli(h, campaign, {
    staffId: 'bob@campaign.example',
    deviceLabel: 'bob-laptop',
    purpose: 'onboarding',
    transcript: SCENARIOS.winAllPass(),
    inbox: path.join(h.root, 'bob-on'),
    confirm: allRoutine,
  })
  await enroll(bobOn.file, 'bob@campaign.example')
  await attestWithCli(h, campaign, {
    staffId: 'bob@campaign.example',
    deviceLabel: 'bob-laptop',
    purpose: 'periodic',
    transcript: SCENARIOS.winAllPass(),
    inbox,
    home: bobOn.home,
    confirm: allRoutine,
  })
  // Carol has not confirmed two-factor sign-in nor her laptop password.
  const carolOn = await attestWithCli(h, campaign, {
    staffId: 'carol@campaign.example',
    deviceLabel: 'carol-laptop',
    purpose: 'onboarding',
    transcript: SCENARIOS.winAllPass(),
    inbox: path.join(h.root, 'carol-on'),
    confirm: allRoutine,
  })
  await enroll(carolOn.file, 'carol@campaign.example')
  await attestWithCli(h, campaign, {
    staffId: 'carol@campaign.example',
    deviceLabel: 'carol-laptop',
    purpose: 'periodic',
    transcript: SCENARIOS.winAllPass(),
    inbox,
    home: carolOn.home,
    confirm: allRoutine.filter((id) => id !== 'two-factor-email' && id !== 'laptop-password'),
  })

  await openCampaignInApp(page, h, campaign.dir)
  await gotoCiso(page, 'verify')
  h.answerFolder(inbox)
  await page.getByRole('button', { name: UI_EN['ciso.verify.button'] }).click()
  const results = page.getByRole('region', { name: UI_EN['ciso.verify.tableLabel'] })
  await expect(results.getByRole('row')).toHaveCount(3)
  await expect(results.getByRole('columnheader', { name: UI_EN['ciso.col.practices'] })).toBeVisible()
  const row = (staff: string) => results.getByRole('row').filter({ hasText: staff })
  await expect(row('bob@campaign.example')).toContainText(UI_EN['ciso.practices.result.pass'])
  await expect(row('carol@campaign.example')).toContainText(UI_EN['ciso.practices.result.incomplete'])
  await expect(row('carol@campaign.example')).toContainText(
    'Not measured or confirmed: two-factor-email, laptop-password',
  )
  await page.getByLabel(UI_EN['ciso.filter.practices']).first().selectOption('open')
  await expect(results.getByRole('row')).toHaveCount(2)
  await look(page, 'practices-3-ciso-verify')
  await page.getByLabel(UI_EN['ciso.filter.practices']).first().selectOption('all')

  // The roster: who has not confirmed which required practice.
  await gotoCiso(page, 'roster')
  const roster = page.getByRole('region', { name: UI_EN['ciso.roster.tableLabel'] })
  await expect(roster.getByRole('row').filter({ hasText: 'carol@campaign.example' })).toContainText(
    'Not measured or confirmed: two-factor-email, laptop-password',
  )
  await page.getByLabel(UI_EN['ciso.filter.practices']).selectOption('open')
  await expect(roster.getByRole('row')).toHaveCount(2)
  await look(page, 'practices-4-ciso-roster')
})
