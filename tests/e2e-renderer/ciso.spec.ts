/**
 * CISO flows in the built renderer, against the real services and files made by the real CLI:
 * open the campaign folder, verify a folder (progress, outcomes, filter, sort), enroll after the
 * fingerprint check, revoke, offboard refusal, CSV export, and 1,000 files without freezing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { test, expect, look, shot } from './fixtures'
import { SCENARIOS } from './support/scenarios'
import { attestWithCli, createCampaign } from './support/campaign'
import { gotoCiso, openCampaignInApp } from './support/ciso-nav'
import { UI_EN } from '../../shared/i18n/en/ui'
import { PAYLOAD_TYPES } from '../../shared/attestation-types'
import { runChecks } from '../../main/engine/run-checks'
import { ReplayProbe } from '../../main/probe/transcript'
import { buildAttestation, encodePayload } from '../../main/attestation/formats'
import { generateSigningKey } from '../../main/attestation/keys'
import { serializeEnvelope, signEnvelope } from '../../main/attestation/dsse'

const STAFF = { staffId: 'ciso@campaign.example', deviceLabel: 'ciso-laptop', cisoMode: true }

test('CISO: open the campaign, verify a folder, enroll, revoke, export CSV', async ({ page, openApp }) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  const campaign = await createCampaign(h)
  const inbox = path.join(h.root, 'inbox')
  // Alice: a new laptop's onboarding attestation (unknown key, enrollable).
  const alice = await attestWithCli(h, campaign, {
    staffId: 'alice@campaign.example',
    deviceLabel: 'alice-laptop',
    purpose: 'onboarding',
    transcript: SCENARIOS.winAllPass(),
    inbox,
  })
  // Bob: enrolled earlier with the CLI; his routine check shows the firewall off.
  const bobOnboarding = await attestWithCli(h, campaign, {
    staffId: 'bob@campaign.example',
    deviceLabel: 'bob-laptop',
    purpose: 'onboarding',
    transcript: SCENARIOS.winFirewallOff(),
    inbox: path.join(h.root, 'bob-onboarding'),
  })
  const enroll = await h.cli([
    'ciso',
    'enroll',
    bobOnboarding.file,
    '--staff-id',
    'bob@campaign.example',
    '--yes',
    '--campaign',
    campaign.dir,
    '--now',
    h.now().toISOString(),
  ])
  expect(enroll.code, enroll.out).toBe(0)
  const bob = await attestWithCli(h, campaign, {
    staffId: 'bob@campaign.example',
    deviceLabel: 'bob-laptop',
    purpose: 'periodic',
    transcript: SCENARIOS.winFirewallOff(),
    inbox,
    home: bobOnboarding.home,
  })
  // A damaged file and a tampered copy of Bob's.
  writeFileSync(path.join(inbox, 'damaged.posture.json'), '{"payloadType": "application/vnd.in-toto+json", ')
  const tampered = JSON.parse(readFileSync(bob.file, 'utf8')) as { payload: string }
  const payload = Buffer.from(tampered.payload, 'base64').toString('utf8').replace('"fail"', '"pass"')
  tampered.payload = Buffer.from(payload).toString('base64')
  writeFileSync(path.join(inbox, 'tampered.posture.json'), JSON.stringify(tampered))

  await gotoCiso(page, 'verify')
  await expect(page.getByRole('button', { name: UI_EN['ciso.verify.button'] })).toBeDisabled()
  await look(page, 'ciso-1-start')

  await openCampaignInApp(page, h, campaign.dir)
  await expect(page.locator('.facts')).toContainText(path.basename(campaign.dir))
  await gotoCiso(page, 'roster')
  const roster = page.getByRole('region', { name: UI_EN['ciso.roster.tableLabel'] })
  await expect(roster.getByRole('row')).toHaveCount(2)
  await expect(roster).toContainText('bob@campaign.example')

  await gotoCiso(page, 'verify')
  h.answerFolder(inbox)
  await page.getByRole('button', { name: UI_EN['ciso.verify.button'] }).click()
  const results = page.getByRole('region', { name: UI_EN['ciso.verify.tableLabel'] })
  await expect(results.getByRole('row')).toHaveCount(5)
  await expect(page.getByText('4 files in inbox:')).toBeVisible()
  const row = (text: string) => results.getByRole('row').filter({ hasText: text })
  await expect(row(path.basename(bob.file))).toContainText(UI_EN['overall.chip.fail'])
  await expect(row(path.basename(bob.file))).toContainText(UI_EN['check.firewall.name'])
  await expect(row('damaged.posture.json')).toContainText(UI_EN['outcome.MALFORMED'])
  await expect(row('tampered.posture.json')).toContainText(UI_EN['outcome.BAD_SIGNATURE'])
  await expect(row(path.basename(alice.file))).toContainText(UI_EN['outcome.UNKNOWN_KEY'])
  await look(page, 'ciso-2-verified')

  // CSV of this verification through main's save dialog.
  const verifyCsv = path.join(h.root, 'verification.csv')
  h.answerSaveFile(verifyCsv)
  await page
    .locator('section', { has: page.getByRole('heading', { name: UI_EN['ciso.verify.title'] }) })
    .getByRole('button', { name: UI_EN['ciso.exportCsv'] })
    .click()
  await expect(page.getByText(UI_EN['ciso.csvSaved'].replace('{file}', 'verification.csv'))).toBeVisible()
  expect(readFileSync(verifyCsv, 'utf8')).toContain('tampered.posture.json')

  // Filter and sort.
  await page.getByLabel(UI_EN['ciso.filter.outcome']).selectOption('rejected')
  await expect(results.getByRole('row')).toHaveCount(4)
  await page.getByLabel(UI_EN['ciso.filter.outcome']).selectOption('all')
  await page.getByLabel(UI_EN['ciso.filter.search']).first().fill('BOB@')
  await expect(results.getByRole('row')).toHaveCount(2)
  await page.getByLabel(UI_EN['ciso.filter.search']).first().fill('')
  const staffHeader = results.getByRole('columnheader', { name: UI_EN['ciso.col.staff'] })
  await staffHeader.getByRole('button').click()
  await expect(staffHeader).toHaveAttribute('aria-sort', 'ascending')
  await expect(results.getByRole('row').nth(1)).toContainText('alice@campaign.example')
  await staffHeader.getByRole('button').press('Enter')
  await expect(staffHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(results.getByRole('row').nth(1)).toContainText('bob@campaign.example')

  // Enroll Alice after comparing the fingerprint.
  await row(path.basename(alice.file)).getByRole('button', { name: UI_EN['ciso.enroll.open'] }).click()
  const dialog = page.getByRole('dialog', { name: UI_EN['ciso.enroll.title'] })
  await expect(dialog).toBeVisible()
  const submit = dialog.getByRole('button', { name: UI_EN['ciso.enroll.submit'] })
  await expect(submit).toBeDisabled()
  await look(page, 'ciso-3-enroll')
  await dialog.getByRole('checkbox').check()
  await submit.click()
  await expect(dialog).toBeHidden()
  await expect(row(path.basename(alice.file))).toContainText('Enrolled for alice@campaign.example')
  await gotoCiso(page, 'roster')
  await expect(roster.getByRole('row')).toHaveCount(3)

  // Offboarding Bob needs his final attestation first: the refusal is explained, nothing changes.
  const bobRow = roster.getByRole('row').filter({ hasText: 'bob@campaign.example' })
  await bobRow.getByRole('button', { name: /Offboard/ }).click()
  const offboard = page.getByRole('dialog', { name: UI_EN['ciso.offboard.title'] })
  await offboard.getByRole('button', { name: UI_EN['ciso.offboard.submit'] }).click()
  await expect(offboard.getByRole('alert')).toContainText('offboarding attestation')
  await offboard.getByRole('button', { name: UI_EN['common.cancel'] }).click()

  // Revoke Bob's key with a reason.
  await bobRow.getByRole('button', { name: /Revoke/ }).click()
  const revoke = page.getByRole('dialog', { name: UI_EN['ciso.revoke.title'] })
  await revoke.getByLabel(UI_EN['ciso.revoke.reason']).fill('laptop stolen')
  await look(page, 'ciso-4-revoke')
  await revoke.getByRole('button', { name: UI_EN['ciso.revoke.submit'] }).click()
  await expect(revoke).toBeHidden()
  await expect(bobRow).toContainText(UI_EN['ciso.status.revoked'])
  await page.getByLabel(UI_EN['ciso.filter.status']).selectOption('revoked')
  await expect(roster.getByRole('row')).toHaveCount(2)
  await page.getByLabel(UI_EN['ciso.filter.status']).selectOption('all')

  // CSV of the roster through main's save dialog.
  const csv = path.join(h.root, 'roster.csv')
  h.answerSaveFile(csv)
  await page
    .locator('section', { hasText: UI_EN['ciso.roster.title'] })
    .getByRole('button', { name: UI_EN['ciso.exportCsv'] })
    .last()
    .click()
  await expect(page.getByText(UI_EN['ciso.csvSaved'].replace('{file}', 'roster.csv'))).toBeVisible()
  expect(existsSync(csv)).toBe(true)
  const text = readFileSync(csv, 'utf8')
  expect(text).toContain('alice@campaign.example')
  expect(text).toContain('bob@campaign.example')
  await look(page, 'ciso-5-roster')
})

test('CISO: 1,000 attestation files verify without freezing the window', async ({ page, openApp }) => {
  test.setTimeout(180_000)
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  const campaign = await createCampaign(h)
  const inbox = path.join(h.root, 'inbox-1000')
  mkdirSync(inbox)
  const report = await runChecks({ probe: new ReplayProbe(SCENARIOS.winAllPass()) })
  for (let i = 0; i < 1000; i++) {
    const key = generateSigningKey()
    const statement = buildAttestation(report, {
      purpose: 'onboarding',
      staffId: `staff${String(i).padStart(4, '0')}@campaign.example`,
      deviceLabel: `laptop-${i}`,
      deviceKey: key.publicKey,
      keyProtection: 'file-0600-unencrypted',
      policy: { id: report.policy.id, version: report.policy.version, digestSha256: report.policy.digest },
      request: null,
      sequence: 1,
    })
    const env = signEnvelope(PAYLOAD_TYPES.attestation, encodePayload(statement), key.privateKey)
    writeFileSync(path.join(inbox, `staff${i}.posture.json`), serializeEnvelope(env))
  }

  await openCampaignInApp(page, h, campaign.dir)
  await gotoCiso(page, 'verify')
  await expect(page.getByRole('button', { name: UI_EN['ciso.verify.button'] })).toBeEnabled()

  // Watch the main thread: long tasks would mean a frozen window.
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number }
    w.__longest = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration)
    }).observe({ type: 'longtask', buffered: false })
  })
  h.answerFolder(inbox)
  await page.getByRole('button', { name: UI_EN['ciso.verify.button'] }).click()
  // While main verifies, the page keeps answering and shows progress in words.
  await expect(page.getByText(/Verified [\d,]+ of 1,000 files|Looking for attestation files/)).toBeVisible()
  expect(await page.evaluate(() => 1 + 1)).toBe(2)
  await shot(page, 'ciso-6-1000-just-verified')
  const results = page.getByRole('region', { name: UI_EN['ciso.verify.tableLabel'] })
  await expect(page.getByText('Rows 1–50 of 1,000')).toBeVisible({ timeout: 120_000 })
  await expect(results.getByRole('row')).toHaveCount(51)
  const longestVerify = await page.evaluate(() => (window as unknown as { __longest: number }).__longest)
  await look(page, 'ciso-7-1000-files')
  await page.evaluate(() => {
    ;(window as unknown as { __longest: number }).__longest = 0
  })

  // Paging, sorting and filtering stay instant over 1,000 rows.
  await page.getByRole('button', { name: UI_EN['table.next'] }).first().click()
  await expect(page.getByText('Rows 51–100 of 1,000')).toBeVisible()
  const staffHeader = results.getByRole('columnheader', { name: UI_EN['ciso.col.staff'] })
  await staffHeader.getByRole('button').click()
  await staffHeader.getByRole('button').click()
  await expect(results.getByRole('row').nth(1)).toContainText('staff0999@campaign.example')
  await page.getByLabel(UI_EN['ciso.filter.search']).first().fill('staff0123@')
  await expect(results.getByRole('row')).toHaveCount(2)
  const longestBrowse = await page.evaluate(() => (window as unknown as { __longest: number }).__longest)
  console.log(
    `longest main-thread task: ${Math.round(longestVerify)} ms while verifying 1,000 files, ${Math.round(longestBrowse)} ms while paging/sorting/filtering`,
  )
  expect(longestVerify, 'no main-thread task long enough to freeze the window').toBeLessThan(1000)
  expect(longestBrowse, 'no main-thread task long enough to freeze the window').toBeLessThan(1000)
})

test('CISO: drop attestation files onto the Verify section, then enroll a dropped file', async ({
  page,
  openApp,
}) => {
  const h = await openApp({ transcript: SCENARIOS.winAllPass(), settings: STAFF })
  const campaign = await createCampaign(h)
  const inbox = path.join(h.root, 'mail-attachments')
  // Bob: enrolled earlier with the CLI; his routine check passes.
  const bobOnboarding = await attestWithCli(h, campaign, {
    staffId: 'bob@campaign.example',
    deviceLabel: 'bob-laptop',
    purpose: 'onboarding',
    transcript: SCENARIOS.winAllPass(),
    inbox: path.join(h.root, 'bob-onboarding'),
  })
  const enroll = await h.cli([
    'ciso',
    'enroll',
    bobOnboarding.file,
    '--staff-id',
    'bob@campaign.example',
    '--yes',
    '--campaign',
    campaign.dir,
    '--now',
    h.now().toISOString(),
  ])
  expect(enroll.code, enroll.out).toBe(0)
  const bob = await attestWithCli(h, campaign, {
    staffId: 'bob@campaign.example',
    deviceLabel: 'bob-laptop',
    purpose: 'periodic',
    transcript: SCENARIOS.winAllPass(),
    inbox,
    home: bobOnboarding.home,
  })
  // Alice: a new laptop's onboarding attestation (unknown key, enrollable from the dropped bytes).
  const alice = await attestWithCli(h, campaign, {
    staffId: 'alice@campaign.example',
    deviceLabel: 'alice-laptop',
    purpose: 'onboarding',
    transcript: SCENARIOS.winAllPass(),
    inbox,
  })
  const bobText = readFileSync(bob.file, 'utf8')
  const tampered = JSON.parse(bobText) as { payload: string }
  tampered.payload = Buffer.from(
    Buffer.from(tampered.payload, 'base64').toString('utf8').replace('bob-laptop', 'eve-laptop'),
  ).toString('base64')
  const dropped = [
    { name: path.basename(bob.file), text: bobText, type: 'application/json' },
    { name: path.basename(alice.file), text: readFileSync(alice.file, 'utf8'), type: 'application/json' },
    { name: 'tampered.posture.json', text: JSON.stringify(tampered), type: 'application/json' },
    { name: 'meeting-notes.txt', text: 'Not an attestation.', type: 'text/plain' },
  ]

  await openCampaignInApp(page, h, campaign.dir)
  await gotoCiso(page, 'verify')
  await expect(page.getByRole('button', { name: UI_EN['ciso.verify.button'] })).toBeEnabled()
  const zone = page.getByTestId('verify-dropzone')
  await expect(zone).toContainText(UI_EN['ciso.drop.zone'])

  // A real drop: File objects made in the page, in a DataTransfer, on dragenter/dragover/drop events.
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer()
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.type }))
    return dt
  }, dropped)
  await zone.dispatchEvent('dragenter', { dataTransfer })
  await zone.dispatchEvent('dragover', { dataTransfer })
  await expect(zone).toHaveClass(/dropzone--over/)
  await expect(zone).toContainText(UI_EN['ciso.drop.over'])
  await zone.dispatchEvent('drop', { dataTransfer })
  await expect(zone).not.toHaveClass(/dropzone--over/)

  const results = page.getByRole('region', { name: UI_EN['ciso.verify.tableLabel'] })
  await expect(results.getByRole('row')).toHaveCount(5)
  await expect(page.getByText('4 dropped files:')).toBeVisible()
  const row = (text: string) => results.getByRole('row').filter({ hasText: text })
  // Accepted; replayed facts are "not confirmed" rather than a pass (as for a folder).
  await expect(row(path.basename(bob.file))).toContainText(UI_EN['overall.chip.unknown'])
  await expect(row(path.basename(bob.file))).toContainText('accepted;')
  await expect(row(path.basename(alice.file))).toContainText(UI_EN['outcome.UNKNOWN_KEY'])
  await expect(row('tampered.posture.json')).toContainText(UI_EN['outcome.BAD_SIGNATURE'])
  await expect(row('meeting-notes.txt')).toContainText(UI_EN['outcome.MALFORMED'])
  await expect(row('meeting-notes.txt')).toContainText('not a .json file')
  // The live region announces the result in words.
  await expect(page.locator('.sr-only[role="status"]')).toHaveText(
    'Verification finished: 4 files, 0 passed, 3 rejected.',
  )
  // The roster file recorded Bob's routine check, as for a folder.
  const rosterFile = (
    JSON.parse(readFileSync(path.join(campaign.dir, 'roster.json'), 'utf8')) as {
      roster: { devices: { staffId: string; lastAttestation: { purpose: string } | null }[] }
    }
  ).roster
  const bobDevice = rosterFile.devices.find((d) => d.staffId === 'bob@campaign.example')
  expect(bobDevice?.lastAttestation?.purpose).toBe('periodic')
  await look(page, 'ciso-8-dropped')

  // Enroll Alice from the dropped file: main kept its bytes; no path was sent.
  await row(path.basename(alice.file)).getByRole('button', { name: UI_EN['ciso.enroll.open'] }).click()
  const dialog = page.getByRole('dialog', { name: UI_EN['ciso.enroll.title'] })
  await dialog.getByRole('checkbox').check()
  await dialog.getByRole('button', { name: UI_EN['ciso.enroll.submit'] }).click()
  await expect(dialog).toBeHidden()
  await expect(row(path.basename(alice.file))).toContainText('Enrolled for alice@campaign.example')

  // Dropping something without files gives words, not silence.
  const empty = await page.evaluateHandle(() => new DataTransfer())
  await zone.dispatchEvent('drop', { dataTransfer: empty })
  await expect(page.getByRole('alert')).toContainText(UI_EN['ciso.drop.nothing'])

  await gotoCiso(page, 'roster')
  const roster = page.getByRole('region', { name: UI_EN['ciso.roster.tableLabel'] })
  await expect(roster.getByRole('row')).toHaveCount(3)
})
