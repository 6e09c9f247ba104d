/**
 * CISO mode end to end, in the built renderer against the real services: a staffer sees no CISO
 * screen until they choose to act as the security lead; creating a campaign (passphrase twice, the
 * fingerprint shown large, backup advice); the key session (lock, unlock when a write needs it, idle
 * lock pushed by main); confirming a campaign folder on a new computer and a refused folder explained.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { test, expect, look, dashboardReady } from './fixtures'
import { SCENARIOS } from './support/scenarios'
import { attestWithCli, createCampaign } from './support/campaign'
import { gotoCiso } from './support/ciso-nav'
import { UI_EN } from '../../shared/i18n/en/ui'

const STAFF = { staffId: 'ciso@campaign.example', deviceLabel: 'ciso-laptop' }
const PASS = 'marble tiger lantern orbit'

test('staff mode shows no CISO screen until the user chooses to act as security lead', async ({
  page,
  openApp,
}) => {
  await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  await dashboardReady(page)
  const nav = page.getByRole('navigation')
  for (const name of ['nav.campaign', 'nav.verify', 'nav.roster', 'nav.mode.ciso'] as const)
    await expect(nav.getByRole('button', { name: UI_EN[name], exact: true })).toHaveCount(0)

  await nav.getByRole('button', { name: UI_EN['nav.setup'] }).click()
  const card = page.getByRole('region', { name: UI_EN['setup.lead.title'] })
  await expect(card).toBeVisible()
  await look(page, 'ciso-mode-0-staff-details')
  await card.getByRole('button', { name: UI_EN['setup.lead.act'] }).click()
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['ciso.campaign.title'] })).toBeVisible()
  await expect(nav.getByRole('button', { name: UI_EN['nav.mode.ciso'] })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  // The staff screens keep working: switch back and the dashboard is where it was.
  await nav.getByRole('button', { name: UI_EN['nav.mode.staff'] }).click()
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['setup.title'] })).toBeVisible()
  await nav.getByRole('button', { name: UI_EN['nav.check'] }).click()
  await dashboardReady(page)

  // The choice is remembered: a reload (a new window) offers CISO mode and opens on the campaign.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['ciso.campaign.title'] })).toBeVisible()

  // And reversible.
  await page.getByRole('button', { name: UI_EN['ciso.lead.stop'] }).click()
  await dashboardReady(page)
  await expect(nav.getByRole('button', { name: UI_EN['nav.mode.ciso'] })).toHaveCount(0)
  await page.reload()
  await dashboardReady(page)
  await expect(nav.getByRole('button', { name: UI_EN['nav.campaign'] })).toHaveCount(0)
})

test('the CISO path: create a campaign, fingerprint, lock/unlock, edit the policy, review the diff, sign, version bumped', async ({
  page,
  openApp,
}) => {
  test.setTimeout(120_000)
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: { ...STAFF, cisoMode: true } })
  const where = path.join(h.root, 'campaigns')
  mkdirSync(where)
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['ciso.campaign.title'] })).toBeVisible()
  const form = page.getByRole('region', { name: UI_EN['ciso.create.title'] })
  const create = form.getByRole('button', { name: UI_EN['ciso.create.submit'] })
  await expect(create).toBeDisabled()
  await form.getByLabel(UI_EN['ciso.create.name']).fill('Rivera for Senate 2026')
  h.answerFolder(where)
  await form.getByRole('button', { name: UI_EN['ciso.create.choose'] }).click()
  await expect(form.locator('code.path')).toHaveText(where)
  await form.getByLabel(UI_EN['ciso.create.passphrase']).fill('short')
  await expect(form.getByText('Too short: at least 8 characters.')).toBeVisible()
  await form.getByLabel(UI_EN['ciso.create.passphrase']).fill(PASS)
  await expect(form.getByText(UI_EN['ciso.create.strength.strong'])).toBeVisible()
  await form.getByLabel(UI_EN['ciso.create.again']).fill(`${PASS}!`)
  await expect(form.getByText(UI_EN['ciso.create.mismatch'])).toBeVisible()
  await expect(create).toBeDisabled()
  await look(page, 'ciso-create-1-form')
  await form.getByLabel(UI_EN['ciso.create.again']).fill(PASS)
  await create.click()

  await expect(page.getByText('Campaign “Rivera for Senate 2026” created')).toBeVisible()
  const campaignDir = where
  const pub = readFileSync(path.join(campaignDir, 'ciso.pub.pem'), 'utf8')
  expect(pub).toContain('BEGIN PUBLIC KEY')
  const fingerprint = page.locator('.fingerprint--hero')
  await expect(fingerprint).toHaveText(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
  await expect(page.getByText(UI_EN['ciso.fingerprint.howToRead'])).toBeVisible()
  await expect(page.getByRole('region', { name: UI_EN['ciso.backup.title'] })).toContainText(campaignDir)
  // The passphrase never comes back: no field holds it any more, and main never sent it.
  expect(await page.locator('input[type="password"]').count()).toBe(0)
  // The key was unlocked by creating the campaign; the navigation says so and offers Lock.
  const keyPanel = page.getByRole('navigation').locator('.nav__key')
  await expect(keyPanel).toContainText(UI_EN['ciso.key.unlocked'])
  await look(page, 'ciso-create-2-created')

  // The CLI sees the same campaign, pinned in the same config folder as the app's.
  const roster = await h.cli(['ciso', 'roster', '--campaign', campaignDir])
  expect(roster.code, roster.out).toBe(0)

  await keyPanel.getByRole('button', { name: UI_EN['ciso.key.lock'] }).click()
  await expect(keyPanel).toContainText(UI_EN['ciso.key.locked'])
  await look(page, 'ciso-create-3-locked')
  await keyPanel.getByRole('button', { name: UI_EN['ciso.key.unlock'] }).click()
  const dialog = page.getByRole('dialog', { name: UI_EN['ciso.unlock.title'] })
  await expect(dialog.getByLabel(UI_EN['ciso.unlock.passphrase'])).toBeFocused()
  await page.keyboard.type('wrong passphrase')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toContainText('does not unlock the campaign key')
  await look(page, 'ciso-create-4-unlock-wrong')
  await dialog.getByLabel(UI_EN['ciso.unlock.passphrase']).fill(PASS)
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(keyPanel).toContainText(UI_EN['ciso.key.unlocked'])

  // The policy: nothing signed yet, the form starts from the defaults.
  await gotoCiso(page, 'policy')
  await expect(page.getByText(UI_EN['policy.about.none'])).toBeVisible()
  const review = page.getByRole('region', { name: UI_EN['policy.review.title'] })
  await expect(review).toContainText(UI_EN['policy.review.againstDefaults'])
  await expect(review.getByRole('button', { name: 'Sign default version 1' })).toBeEnabled()
  await look(page, 'ciso-policy-1-defaults')
  // A level on one platform, a number, a practice and an address.
  await page.getByRole('combobox', { name: 'Firewall on Linux' }).selectOption('off')
  await page.getByLabel(UI_EN['policy.field.screenLock']).fill('600')
  const practices = page.getByRole('region', { name: UI_EN['policy.practices.title'] })
  await practices.getByText(UI_EN['policy.practices.add']).click()
  await practices.getByLabel(UI_EN['policy.add.title']).fill('I use the campaign VPN on public Wi-Fi')
  await practices.getByLabel(UI_EN['policy.add.why']).fill('Public Wi-Fi can be watched.')
  await practices.getByLabel(UI_EN['policy.add.steps']).fill('Open the VPN app.\nConnect before you browse.')
  await practices.getByRole('button', { name: UI_EN['policy.practices.addButton'] }).click()
  await expect(practices.getByText('I use the campaign VPN on public Wi-Fi', { exact: true })).toBeVisible()
  const domains = page.getByRole('region', { name: UI_EN['policy.domains.title'] })
  await domains.getByLabel(UI_EN['policy.domains.newOfficial']).fill('rivera2026.org')
  await domains.getByLabel(UI_EN['policy.domains.use'], { exact: true }).selectOption('donation')
  await domains.getByRole('button', { name: UI_EN['policy.domains.addOfficial'] }).click()
  const diff = review.locator('.diff')
  await expect(diff).toContainText('Firewall on Linux: required → off')
  await expect(diff).toContainText('Screen lock limit: 900 s → 600 s')
  await expect(diff).toContainText(
    'Practice added: I use the campaign VPN on public Wi-Fi (required; Joining the campaign, Routine check)',
  )
  await expect(diff).toContainText('Official address added: rivera2026.org')
  await expect(review.getByRole('heading', { name: '4 changes' })).toBeVisible()
  await look(page, 'ciso-policy-2-diff')

  // Signing with the key locked asks for the passphrase, then signs version 1.
  await keyPanel.getByRole('button', { name: UI_EN['ciso.key.lock'] }).click()
  await review.getByRole('button', { name: 'Sign default version 1' }).click()
  const unlock = page.getByRole('dialog', { name: UI_EN['ciso.unlock.title'] })
  await unlock.getByLabel(UI_EN['ciso.unlock.passphrase']).fill(PASS)
  await unlock.getByRole('button', { name: UI_EN['ciso.unlock.submit'] }).click()
  await expect(page.getByText('Signed default version 1')).toBeVisible()
  await expect(page.getByText(/The newest signed version is default version 1/)).toBeVisible()
  await expect(review).toContainText(UI_EN['policy.review.noChanges'])
  await expect(review.getByRole('button', { name: 'Sign default version 2' })).toBeDisabled()
  await look(page, 'ciso-policy-3-signed')

  // The next change is version 2; the roster and `ciso roster` use its re-attestation interval.
  await page.getByLabel(UI_EN['policy.field.reattest']).fill('14')
  await expect(diff).toContainText('Re-attestation interval: 30 days → 14 days')
  await review.getByRole('button', { name: 'Sign default version 2' }).click()
  await expect(page.getByText('Signed default version 2')).toBeVisible()
  const policies = (
    JSON.parse(readFileSync(path.join(campaignDir, 'roster.json'), 'utf8')) as {
      roster: { policies: { id: string; version: number; reattestDays?: number }[] }
    }
  ).roster.policies
  expect(policies.map((p) => [p.id, p.version, p.reattestDays])).toEqual([
    ['default', 1, 30],
    ['default', 2, 14],
  ])
  const listed = await h.cli(['ciso', 'roster', '--json', '--campaign', campaignDir])
  expect((JSON.parse(listed.out) as { staleDays: number }).staleDays).toBe(14)
})

test('a write with the key locked asks to unlock, then continues; main’s idle lock shows', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: { ...STAFF, cisoMode: true } })
  const campaign = await createCampaign(h, 'campaign', PASS)
  const inbox = path.join(h.root, 'inbox')
  await attestWithCli(h, campaign, {
    staffId: 'alice@campaign.example',
    deviceLabel: 'alice-laptop',
    purpose: 'onboarding',
    transcript: SCENARIOS.winAllPass(),
    inbox,
  })
  h.answerFolder(campaign.dir)
  await page.getByRole('button', { name: UI_EN['ciso.folder.open'] }).click()
  const keyPanel = page.getByRole('navigation').locator('.nav__key')
  await expect(keyPanel).toContainText(UI_EN['ciso.key.locked'])

  await gotoCiso(page, 'verify')
  h.answerFolder(inbox)
  await page.getByRole('button', { name: UI_EN['ciso.verify.button'] }).click()
  const dialog = page.getByRole('dialog', { name: UI_EN['ciso.unlock.title'] })
  await expect(dialog).toBeVisible()
  await look(page, 'ciso-unlock-1-asked')
  await dialog.getByLabel(UI_EN['ciso.unlock.passphrase']).fill(PASS)
  await dialog.getByRole('button', { name: UI_EN['ciso.unlock.submit'] }).click()
  // The verification goes on by itself after the unlock.
  const results = page.getByRole('region', { name: UI_EN['ciso.verify.tableLabel'] })
  await expect(results.getByRole('row')).toHaveCount(2)
  await expect(keyPanel).toContainText(UI_EN['ciso.key.unlocked'])

  // Main's idle timer locks the key and tells the window (the event main pushes on that timer).
  await h.idleLock()
  await expect(keyPanel).toContainText('Campaign key locked after 15 minutes without use')
})

test('a folder from another computer: compare the fingerprint, confirm once; a rolled-back roster is explained', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: { ...STAFF, cisoMode: true } })
  // Made with the CLI under another config folder: this computer never confirmed it.
  const campaign = await createCampaign(h, 'campaign', undefined, path.join(h.root, 'other-computer'))
  h.answerFolder(campaign.dir)
  await page.getByRole('button', { name: UI_EN['ciso.folder.open'] }).click()
  const pin = page.getByRole('region', { name: UI_EN['ciso.pin.title'] })
  await expect(pin).toBeVisible()
  const grouped = campaign.fingerprint.slice(0, 32).match(/.{4}/g)?.join(' ') ?? ''
  await expect(pin.locator('.fingerprint--hero')).toHaveText(grouped)
  const submit = pin.getByRole('button', { name: UI_EN['ciso.pin.submit'] })
  await expect(submit).toBeDisabled()
  await look(page, 'ciso-pin-1-compare')
  await pin.getByRole('checkbox', { name: UI_EN['ciso.pin.matches'] }).check()
  await submit.click()
  await expect(page.getByRole('heading', { name: UI_EN['ciso.folder.title'], exact: true })).toBeVisible()
  await expect(page.locator('.facts')).toContainText('campaign')

  // Someone puts an older roster back: the app refuses the folder and says which copy is good.
  const old = readFileSync(path.join(campaign.dir, 'roster.json'))
  const req = await h.cli([
    'ciso',
    'request',
    '--campaign',
    campaign.dir,
    '--staff-id',
    'bob@campaign.example',
    '--purpose',
    'onboarding',
    '--now',
    h.now().toISOString(),
  ])
  expect(req.code, req.out).toBe(0)
  writeFileSync(path.join(campaign.dir, 'roster.json'), old)
  await gotoCiso(page, 'roster')
  const refusal = page.getByRole('alert')
  await expect(refusal).toContainText(UI_EN['ciso.refusal.ROSTER_ROLLBACK.title'])
  await expect(refusal).toContainText(UI_EN['ciso.refusal.ROSTER_ROLLBACK.todo'])
  await expect(refusal).toContainText(/newest good copy: backups\/roster-r\d+\.json/)
  await look(page, 'ciso-pin-2-rollback')
})
