/**
 * Issue 10 in the built renderer, against the real services: requests to 50 staff at once (a pasted
 * list and a CSV file chosen in main's dialog, a passphrase-protected campaign key unlocked once),
 * staff answering with the real CLI from the files and from the pasted text in index.csv, their
 * answers verified and enrolled in the app; the campaign at a glance (counts, charts and their
 * tables, who is overdue and one action to ask them all, the offboarding tracker and its actions);
 * keyboard only, 200 % zoom, axe on every screen, screenshots ciso-*.png.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, look } from './fixtures'
import { SCENARIOS } from './support/scenarios'
import { gotoCiso, openCampaignInApp } from './support/ciso-nav'
import { createCampaign, type Campaign } from './support/campaign'
import { seedDashboardCampaign } from './support/dashboard-seed'
import type { Harness } from './harness'
import { UI_EN } from '../../shared/i18n/en/ui'
import { PRACTICES_EN } from '../../shared/i18n/en/practices'
import type { Roster } from '../../shared/roster-types'
import { fingerprint, publicKeyFromPem } from '../../main/attestation/keys'

const STAFF = { staffId: 'ciso@campaign.example', deviceLabel: 'ciso-laptop', cisoMode: true }
const PASSPHRASE = 'correct horse battery staple'

const plural = (key: string, count: number, extra: Record<string, string | number> = {}): string => {
  const base: string = UI_EN[`${key}.${count === 1 ? 'one' : 'other'}` as keyof typeof UI_EN]
  return Object.entries({ count, ...extra }).reduce<string>(
    (s, [k, v]) => s.replaceAll(`{${k}}`, String(v)),
    base,
  )
}
const fill = (key: keyof typeof UI_EN, params: Record<string, string | number>): string =>
  Object.entries(params).reduce<string>((s, [k, v]) => s.replaceAll(`{${k}}`, String(v)), UI_EN[key])

function rosterOf(dir: string): Roster {
  return (JSON.parse(readFileSync(path.join(dir, 'roster.json'), 'utf8')) as { roster: Roster }).roster
}

/** index.csv rows (every cell quoted; the request text spans lines). */
function readIndex(file: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  for (const m of readFileSync(file, 'utf8').matchAll(/"((?:[^"]|"")*)"(,|\r\n)/g)) {
    row.push((m[1] ?? '').replace(/""/g, '"'))
    if (m[2] === '\r\n') {
      rows.push(row)
      row = []
    }
  }
  return rows
}

/** A staffer answers a request with the real CLI (`trust`, then `attest`), into `inbox`. */
async function answer(
  h: Harness,
  campaign: Campaign,
  who: string,
  request: { readonly file: string } | { readonly text: string },
  inbox: string,
): Promise<string> {
  const env = { PREFLIGHT_HOME: path.join(h.root, `home-${who}`) }
  const trust = await h.cli(['trust', campaign.publicKeyFile, '--yes'], env)
  expect(trust.code, trust.out).toBe(0)
  const transcript = path.join(h.root, `transcript-${who}.json`)
  writeFileSync(transcript, JSON.stringify(SCENARIOS.winAllPass()))
  const out = path.join(h.root, `out-${who}-${Date.now()}`)
  mkdirSync(out)
  const r = await h.cli(
    [
      'attest',
      ...('file' in request ? ['--request', request.file] : ['--request-text', request.text]),
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
  const file = path.join(inbox, name)
  writeFileSync(file, readFileSync(path.join(out, name)))
  return file
}

const list = (ids: readonly string[], purpose = ''): string =>
  ids.map((id, i) => `${id},Staffer ${i + 1},${purpose}`).join('\n')

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

test('CISO: requests to 50 staff at once, pasted and from a file; answers verified', async ({
  page,
  openApp,
}) => {
  test.setTimeout(240_000)
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  // A campaign whose key has a passphrase: the first request asks to unlock it, once.
  const dir = path.join(h.root, 'campaign')
  const passFile = path.join(h.root, 'pass.txt')
  writeFileSync(passFile, `${PASSPHRASE}\n`)
  const init = await h.cli([
    'ciso',
    'init',
    '--dir',
    dir,
    '--passphrase-file',
    passFile,
    '--now',
    h.now().toISOString(),
  ])
  expect(init.code, init.out).toBe(0)
  const publicKeyFile = path.join(dir, 'ciso.pub.pem')
  const campaign: Campaign = {
    dir,
    publicKeyFile,
    fingerprint: fingerprint(publicKeyFromPem(readFileSync(publicKeyFile))),
  }
  await openCampaignInApp(page, h, dir)

  // Keyboard only: the Requests screen from the navigation, the list typed into the text box.
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.requests'] }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: UI_EN['ciso.requests.title'] })).toBeFocused()
  const box = page.getByLabel(UI_EN['ciso.requests.list'])
  await box.focus()
  // A list with problems first: every bad line is named, nothing is issued.
  await page.keyboard.insertText(
    'staff id,name,purpose\nalice@campaign.example,Alice,\nbad id,Bob,\nALICE@campaign.example,Again,\ncarol@campaign.example,"Carol, Jr",holiday\n',
  )
  await page.keyboard.press('Tab') // "Choose a CSV file…"
  await page.keyboard.press('Tab') // "Check the list"
  await expect(page.getByRole('button', { name: UI_EN['ciso.requests.check'] })).toBeFocused()
  await page.keyboard.press('Enter')
  const problems = page.getByRole('alert').filter({ hasText: plural('ciso.bulk.problems', 3) })
  await expect(problems).toBeVisible()
  await expect(problems).toContainText('Line 3: staff id "bad id" is not valid')
  await expect(problems).toContainText('Line 4: staff id "ALICE@campaign.example" is already on line 2')
  await expect(problems).toContainText(
    'Line 5: purpose "holiday" is not one of onboarding, periodic, offboarding',
  )
  await look(page, 'ciso-requests-1-problems')

  // The good list: 26 staff, pasted (a name with a comma and one that looks like a formula).
  const first = [
    'alice@campaign.example',
    'bob@campaign.example',
    ...Array.from({ length: 24 }, (_, i) => `p${i + 1}@campaign.example`),
  ]
  await box.fill(
    `staff id,name,purpose\r\n${list(first)
      .replace('Staffer 1,', '"Smith, Alice",')
      .replace('Staffer 2,', '"=HYPERLINK(""x"")",')
      .replaceAll('\n', '\r\n')}\r\n`,
  )
  await page.getByRole('button', { name: UI_EN['ciso.requests.check'] }).click()
  await expect(page.getByText(plural('ciso.requests.ready', 26))).toBeVisible()
  const preview = page.getByRole('table', { name: UI_EN['ciso.requests.previewCaption'] })
  await expect(preview.getByRole('row')).toHaveCount(27)
  await expect(preview).toContainText('Smith, Alice')
  await look(page, 'ciso-requests-2-checked')

  // Create: the key is locked, so the unlock dialog opens; then main's folder dialog.
  const out = path.join(h.root, 'outbox')
  mkdirSync(out)
  h.answerFolder(out)
  await page.getByRole('button', { name: plural('ciso.requests.issueCount', 26) }).click()
  const unlock = page.getByRole('dialog', { name: UI_EN['ciso.unlock.title'] })
  await expect(unlock).toBeVisible()
  await unlock.getByLabel(UI_EN['ciso.unlock.passphrase']).fill(PASSPHRASE)
  await unlock.getByRole('button', { name: UI_EN['ciso.unlock.submit'] }).click()
  await expect(unlock).toBeHidden()
  const stamp = h.now().toISOString().slice(0, 10)
  const folder1 = `preflight-requests-${stamp}`
  await expect(page.getByText(plural('ciso.bulk.done', 26, { folder: folder1 }))).toBeVisible()
  await look(page, 'ciso-requests-3-done')
  const index1 = readIndex(path.join(out, folder1, 'index.csv'))
  expect(index1).toHaveLength(27)
  expect(index1[1]?.slice(0, 4)).toEqual([
    'Smith, Alice',
    'alice@campaign.example',
    'onboarding',
    'alice_campaign.example_onboarding.request.json',
  ])
  expect(index1[2]?.[0]).toBe(`'=HYPERLINK("x")`)
  expect(readdirSync(path.join(out, folder1))).toHaveLength(27)

  // Alice answers from her file, Bob from the text pasted out of index.csv; verified in the app and
  // enrolled after the fingerprint check.
  const inbox = path.join(h.root, 'inbox-onboarding')
  await answer(
    h,
    campaign,
    'alice',
    { file: path.join(out, folder1, 'alice_campaign.example_onboarding.request.json') },
    inbox,
  )
  await answer(h, campaign, 'bob', { text: index1[2]?.[6] ?? '' }, inbox)
  await gotoCiso(page, 'verify')
  h.answerFolder(inbox)
  await page.getByRole('button', { name: UI_EN['ciso.verify.button'] }).click()
  const results = page.getByRole('region', { name: UI_EN['ciso.verify.tableLabel'] })
  await expect(results.getByRole('row')).toHaveCount(3)
  for (const who of ['alice', 'bob']) {
    const row = results.getByRole('row').filter({ hasText: `${who}@campaign.example` })
    await expect(row).toContainText(UI_EN['outcome.UNKNOWN_KEY'])
    await row.getByRole('button', { name: UI_EN['ciso.enroll.open'] }).click()
    const dialog = page.getByRole('dialog', { name: UI_EN['ciso.enroll.title'] })
    await dialog.getByRole('checkbox').check()
    await dialog.getByRole('button', { name: UI_EN['ciso.enroll.submit'] }).click()
    await expect(dialog).toBeHidden()
    await expect(row).toContainText(`Enrolled for ${who}@campaign.example`)
  }

  // The second list from a CSV file (BOM, CRLF, a purpose column): Alice and Bob routine, 24 new.
  const second = Array.from({ length: 24 }, (_, i) => `q${i + 1}@campaign.example`)
  const csv = path.join(h.root, 'wave-2.csv')
  writeFileSync(
    csv,
    `\uFEFFStaff ID,Name,Purpose\r\nalice@campaign.example,Alice,periodic\r\nBOB@campaign.example,Bob,periodic\r\n${list(second, 'onboarding').replaceAll('\n', '\r\n')}\r\n`,
  )
  await gotoCiso(page, 'requests')
  h.answerOpenFile(csv)
  await page.getByRole('button', { name: UI_EN['ciso.requests.chooseFile'] }).click()
  await expect(page.getByText(fill('ciso.requests.fromFile', { file: 'wave-2.csv' }))).toBeVisible()
  await expect(box).toHaveValue(/q24@campaign\.example,Staffer 24,onboarding/)
  h.answerFolder(out)
  // The key is unlocked for this session now: no second passphrase.
  await page.getByRole('button', { name: UI_EN['ciso.requests.issue'] }).click()
  const folder2 = `${folder1}-2`
  await expect(page.getByText(plural('ciso.bulk.done', 26, { folder: folder2 }))).toBeVisible()
  await expect(unlock).toBeHidden()
  expect(h.dialogCalls.filter((c) => c.kind === 'folder').map((c) => c.title)).toContain(
    'Choose where to save the requests',
  )

  // 52 requests to 50 people, all recorded; the roster spells Bob as he was enrolled.
  const roster = rosterOf(dir)
  expect(roster.requests).toHaveLength(52)
  expect(new Set(roster.requests.map((r) => r.staffId.toLowerCase())).size).toBe(50)
  const index2 = readIndex(path.join(out, folder2, 'index.csv'))
  expect(index2[2]?.slice(1, 3)).toEqual(['bob@campaign.example', 'periodic'])

  // Their routine answers verify: accepted.
  const inbox2 = path.join(h.root, 'inbox-periodic')
  await answer(
    h,
    campaign,
    'alice',
    { file: path.join(out, folder2, 'alice_campaign.example_periodic.request.json') },
    inbox2,
  )
  await answer(h, campaign, 'bob', { text: index2[2]?.[6] ?? '' }, inbox2)
  await gotoCiso(page, 'verify')
  h.answerFolder(inbox2)
  await page.getByRole('button', { name: UI_EN['ciso.verify.button'] }).click()
  await expect(results.getByRole('row')).toHaveCount(3)
  for (const who of ['alice', 'bob']) {
    const row = results.getByRole('row').filter({ hasText: `${who}@campaign.example` })
    // Replayed checks are never a pass; the file itself is accepted.
    await expect(row).toContainText(UI_EN['overall.chip.unknown'])
  }
  const used = rosterOf(dir)
    .requests.filter((r) => r.used)
    .map((r) => `${r.staffId} ${r.purpose}`)
  expect(used.sort()).toEqual([
    'alice@campaign.example onboarding',
    'alice@campaign.example periodic',
    'bob@campaign.example onboarding',
    'bob@campaign.example periodic',
  ])
})

test('CISO: the campaign at a glance: counts, charts, overdue and offboarding actions', async ({
  page,
  openApp,
}) => {
  test.setTimeout(180_000)
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  const campaign = await createCampaign(h)
  await seedDashboardCampaign(h, campaign)
  await openCampaignInApp(page, h, campaign.dir)
  await gotoCiso(page, 'dashboard')
  await expect(page.locator('body[data-ready="ciso-dashboard"]')).toHaveCount(1)

  // Laptops by state: tiles with numbers, and the bar's text equivalent.
  const tiles = page.getByRole('list', { name: UI_EN['ciso.dash.laptops.legend'] })
  const tile = (key: keyof typeof UI_EN) => tiles.getByRole('listitem').filter({ hasText: UI_EN[key] })
  await expect(tile('ciso.dash.count.pass').locator('.tile__number')).toHaveText('1')
  await expect(tile('ciso.dash.count.fail').locator('.tile__number')).toHaveText('1')
  await expect(tile('ciso.dash.count.unknown').locator('.tile__number')).toHaveText('1')
  await expect(tile('ciso.dash.count.overdue').locator('.tile__number')).toHaveText('3')
  await expect(tile('ciso.dash.count.never').locator('.tile__number')).toHaveText('1')
  await expect(page.getByRole('img', { name: UI_EN['ciso.dash.laptops.chart'] })).toHaveAccessibleDescription(
    'Pass: 1 (14%); Fail: 1 (14%); Could not confirm: 1 (14%); Overdue: 3 (43%); Never attested: 1 (14%)',
  )
  await expect(
    page.getByText(fill('ciso.dash.laptops.excluded', { revoked: 1, offboarded: 1 })),
  ).toBeVisible()

  // Checks not passing: firewall on two laptops, disk encryption on one; the table behind "Show as table".
  const checks = page.locator('section', {
    has: page.getByRole('heading', { name: UI_EN['ciso.dash.checks.title'] }),
  })
  await expect(
    checks.getByRole('img', { name: UI_EN['ciso.dash.checks.chart'] }),
  ).toHaveAccessibleDescription('Firewall: 2 (33%); Disk encryption: 1 (17%)')
  const summary = checks.getByText(UI_EN['ciso.dash.chart.showTable'])
  await summary.focus()
  await page.keyboard.press('Enter')
  const checksTable = checks.getByRole('table', { name: UI_EN['ciso.dash.checks.chart'] })
  await expect(checksTable.getByRole('row')).toHaveCount(3)
  await expect(checksTable.getByRole('row').nth(1)).toContainText('Firewall')
  await expect(checksTable.getByRole('row').nth(1)).toContainText('2 (33%)')

  // Practices: Signal not confirmed on three laptops, two-factor sign-in on two, a password manager on one.
  await expect(
    page.getByRole('img', { name: UI_EN['ciso.dash.practices.chart'] }),
  ).toHaveAccessibleDescription(
    `${PRACTICES_EN['practice.signal.title']}: 3 (50%); ${PRACTICES_EN['practice.two-factor-email.title']}: 2 (33%); ${PRACTICES_EN['practice.password-manager.title']}: 1 (17%)`,
  )

  // Freshness: three laptops in the first overdue column (30–60 days), the interval marked.
  const fresh = page.getByRole('img', { name: UI_EN['ciso.dash.fresh.chart'] })
  await expect(fresh).toHaveAccessibleDescription(/30 to 60 days \(overdue\): 3/)
  await expect(fresh).toHaveAccessibleDescription(/0 to 8 days: 3/)

  // Overdue: oldest first, no request sent yet.
  const overdue = page.getByRole('table', { name: UI_EN['ciso.dash.overdue.caption'] })
  await expect(overdue.getByRole('row')).toHaveCount(4)
  await expect(overdue.getByRole('row').nth(1)).toContainText('bob@campaign.example')
  await expect(overdue.getByRole('row').nth(1)).toContainText(plural('ciso.dash.overdue.days', 45))
  await expect(overdue.getByRole('row').nth(3)).toContainText('alice@campaign.example')

  // Offboarding tracker.
  const off = page.getByRole('img', { name: UI_EN['ciso.dash.off.chart'] })
  await expect(off).toHaveAccessibleDescription('Requested: 3; Received: 1; Offboarded: 1; Missing: 1')
  const offTable = page.getByRole('table', { name: UI_EN['ciso.dash.off.caption'] })
  await expect(offTable.getByRole('row')).toHaveCount(4)
  await expect(offTable.getByRole('row').nth(1)).toContainText('frank@campaign.example')
  await expect(offTable.getByRole('row').nth(1)).toContainText(UI_EN['ciso.dash.off.state.missing'])
  await expect(offTable.getByRole('row').nth(2)).toContainText(UI_EN['ciso.dash.off.state.waiting'])
  await expect(offTable.getByRole('row').nth(3)).toContainText(UI_EN['ciso.dash.off.state.offboarded'])
  await look(page, 'ciso-dashboard-1')

  // One action: periodic requests to all three overdue staff, in a new folder main creates.
  const out = path.join(h.root, 'outbox')
  mkdirSync(out)
  h.answerFolder(out)
  await page.getByRole('button', { name: plural('ciso.dash.overdue.askAll', 3) }).click()
  const stamp = h.now().toISOString().slice(0, 10)
  await expect(
    page.getByText(plural('ciso.bulk.done', 3, { folder: `preflight-periodic-requests-${stamp}` })),
  ).toBeVisible()
  expect(readdirSync(path.join(out, `preflight-periodic-requests-${stamp}`)).sort()).toEqual([
    'alice_campaign.example_periodic.request.json',
    'bob_campaign.example_periodic.request.json',
    'frank_campaign.example_periodic.request.json',
    'index.csv',
  ])
  // The list now shows the open requests.
  await expect(overdue.getByRole('row').nth(1)).toContainText('Open, closes in')

  // Offboarding, keyboard only: select Gina (waiting) with Space, ask her again with Enter.
  const gina = offTable.getByRole('checkbox', {
    name: fill('ciso.dash.off.select', { staff: 'gina@campaign.example' }),
  })
  await gina.focus()
  await page.keyboard.press('Space')
  await expect(gina).toBeChecked()
  h.answerFolder(out)
  const askSelected = page.getByRole('button', { name: plural('ciso.dash.off.askSelected', 1) })
  await askSelected.focus()
  await page.keyboard.press('Enter')
  await expect(
    page.getByText(plural('ciso.bulk.done', 1, { folder: `preflight-offboarding-requests-${stamp}` })),
  ).toBeVisible()
  // And everyone missing (Frank).
  h.answerFolder(out)
  await page.getByRole('button', { name: plural('ciso.dash.off.askMissing', 1) }).click()
  await expect(
    page.getByText(plural('ciso.bulk.done', 1, { folder: `preflight-offboarding-requests-${stamp}-2` })),
  ).toBeVisible()
  const requests = rosterOf(campaign.dir).requests.filter((r) => r.issuedAt === h.now().toISOString())
  expect(requests.map((r) => `${r.staffId} ${r.purpose}`).sort()).toEqual([
    'alice@campaign.example periodic',
    'bob@campaign.example periodic',
    'frank@campaign.example offboarding',
    'frank@campaign.example periodic',
    'gina@campaign.example offboarding',
  ])
  // Frank was asked again, so he is waiting again.
  await expect(offTable.getByRole('row').filter({ hasText: 'frank@campaign.example' })).toContainText(
    UI_EN['ciso.dash.off.state.waiting'],
  )
  // Cancelling the folder dialog issues nothing.
  await page.getByRole('button', { name: plural('ciso.dash.overdue.askAll', 3) }).click()
  await expect(page.getByText(UI_EN['ciso.bulk.cancelledBody'])).toBeVisible()
  await look(page, 'ciso-dashboard-2-actions')

  // 200 % zoom of a 1280x800 window (640x400 CSS pixels): one column, nothing cut off sideways.
  await page.setViewportSize({ width: 640, height: 400 })
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.roster'] }).click()
  await page.getByRole('navigation').getByRole('button', { name: UI_EN['nav.dashboard'] }).click()
  await expect(page.locator('body[data-ready="ciso-dashboard"]')).toHaveCount(1)
  expect(await overflow(page)).toBeLessThanOrEqual(0)
  const xs = await page
    .locator('.dash > .card')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x))
  expect(new Set(xs).size).toBe(1)
  await look(page, 'ciso-dashboard-3-zoom-200')
  await gotoCiso(page, 'requests')
  expect(await overflow(page)).toBeLessThanOrEqual(0)
  await look(page, 'ciso-requests-4-zoom-200')
})
