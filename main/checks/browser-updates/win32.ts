/**
 * browser-updates on Windows. Reads registry values and files at known locations only (never lists
 * installed programs, never starts a browser); every registry value is read by name with
 * `reg query … /v`, whose names, types and data Windows never translates:
 * - Chrome, Edge, Brave: the updater's `Clients\{app GUID}` key, value `pv` (installed version), for
 *   a machine-wide install (HKLM …\WOW6432Node\…) and a per-user one (HKCU). Chrome and Edge also have
 *   a fallback when neither key exists: the installer's `*.VisualElementsManifest.xml` next to the
 *   browser, rewritten on every update (`Square150x150Logo='142.0.7444.60\VisualElements\…'`);
 * - Firefox (release or ESR): `application.ini` in `Program Files\Mozilla Firefox`,
 *   `Program Files (x86)\Mozilla Firefox` and the per-user `%LOCALAPPDATA%\Mozilla Firefox`, with
 *   `defaults\pref\channel-prefs.js` for the channel ("esr"). The folder name is not translated on
 *   German or French Windows ("Programme" is only a display name).
 * Update policies (Group Policy), read only for installed browsers:
 * - Chrome `HKLM\SOFTWARE\Policies\Google\Update`, Edge `…\Policies\Microsoft\EdgeUpdate`, Brave
 *   `…\Policies\BraveSoftware\Update`: `Update{GUID}` (per browser) or else `UpdateDefault`
 *   0 = disabled, 2 = manual only → fail; `AutoUpdateCheckPeriodMinutes` = 0 (never check) → fail;
 * - Firefox `HKLM` / `HKCU\Software\Policies\Mozilla\Firefox` and `distribution\policies.json`:
 *   DisableAppUpdate or ManualAppUpdateOnly → fail.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg, MsgValue } from '../../../shared/i18n/msg'
import type { CheckContext, CheckStrategy } from '../types'
import { describeCommand, msg } from '../verdict'
import { systemDrive } from '../win32/common'
import {
  readRegKey,
  regDword,
  regGet,
  regQueryArgv,
  regString,
  type RegKeyRead,
  type RegRead,
  type RegValue,
} from '../win32/reg'
import {
  aggregate,
  emptyFindings,
  judgeFirefoxPolicies,
  readFirefoxVersion,
  locationRead,
  type ChannelKind,
  type Findings,
} from './common'
import {
  normaliseBraveVersion,
  parseChannelPrefs,
  parseVisualElementsManifest,
  policyBlocksUpdates,
  releaseVersion,
  windowsUpdatePolicy,
  type ParsedVersion,
} from './parse'

interface ChromiumBrowser {
  readonly channel: ChannelKind
  readonly label: string
  readonly guid: string
  readonly machineKey: string
  readonly userKey: string
  readonly policyKey: string
  /** Manifest file relative to the drive (machine) and to the user profile (per user). */
  readonly manifests: readonly { readonly base: 'drive' | 'home'; readonly rel: string }[]
  readonly fix: string
}

const CHROME_GUID = '{8A69D345-D564-463c-AFF1-A69D9E530F96}'
const EDGE_GUID = '{56EB18F8-B008-4CBD-B6D2-8C97FE7E9062}'
const BRAVE_GUID = '{AFE6A462-C574-4B8A-AF43-4CC60DF4563B}'

export const CHROMIUM_BROWSERS: readonly ChromiumBrowser[] = [
  {
    channel: 'chrome',
    label: 'Google Chrome',
    guid: CHROME_GUID,
    machineKey: `HKLM\\SOFTWARE\\WOW6432Node\\Google\\Update\\Clients\\${CHROME_GUID}`,
    userKey: `HKCU\\Software\\Google\\Update\\Clients\\${CHROME_GUID}`,
    policyKey: 'HKLM\\SOFTWARE\\Policies\\Google\\Update',
    manifests: [
      { base: 'drive', rel: 'Program Files\\Google\\Chrome\\Application\\chrome.VisualElementsManifest.xml' },
      { base: 'home', rel: 'AppData\\Local\\Google\\Chrome\\Application\\chrome.VisualElementsManifest.xml' },
    ],
    fix: 'browser-updates.win32.chrome',
  },
  {
    channel: 'edge',
    label: 'Microsoft Edge',
    guid: EDGE_GUID,
    machineKey: `HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\EdgeUpdate\\Clients\\${EDGE_GUID}`,
    userKey: `HKCU\\Software\\Microsoft\\EdgeUpdate\\Clients\\${EDGE_GUID}`,
    policyKey: 'HKLM\\SOFTWARE\\Policies\\Microsoft\\EdgeUpdate',
    manifests: [
      {
        base: 'drive',
        rel: 'Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.VisualElementsManifest.xml',
      },
    ],
    fix: 'browser-updates.win32.edge',
  },
  {
    channel: 'brave',
    label: 'Brave',
    guid: BRAVE_GUID,
    machineKey: `HKLM\\SOFTWARE\\WOW6432Node\\BraveSoftware\\Update\\Clients\\${BRAVE_GUID}`,
    userKey: `HKCU\\Software\\BraveSoftware\\Update\\Clients\\${BRAVE_GUID}`,
    policyKey: 'HKLM\\SOFTWARE\\Policies\\BraveSoftware\\Update',
    manifests: [],
    fix: 'browser-updates.win32.brave',
  },
]

export const FIREFOX_POLICY_KEYS = [
  'HKLM\\SOFTWARE\\Policies\\Mozilla\\Firefox',
  'HKCU\\Software\\Policies\\Mozilla\\Firefox',
] as const

const FIREFOX_DIRS: readonly { readonly base: 'drive' | 'home'; readonly rel: string }[] = [
  { base: 'drive', rel: 'Program Files\\Mozilla Firefox' },
  { base: 'drive', rel: 'Program Files (x86)\\Mozilla Firefox' },
  { base: 'home', rel: 'AppData\\Local\\Mozilla Firefox' },
]

const pvArgv = (key: string) => regQueryArgv(key, '/v', 'pv')

function resolve(ctx: CheckContext, base: 'drive' | 'home', rel: string): string | null {
  if (base === 'drive') return `${systemDrive(ctx.probe)}\\${rel}`
  const home = ctx.probe.env('USERPROFILE')
  if (home === undefined || !/^[A-Za-z]:\\/.test(home)) return null
  return `${home.replace(/\\+$/, '')}\\${rel}`
}

/** Why a registry value is not what was asked for (the words of regDword / regString's `detail`). */
function invalidValue(values: ReadonlyMap<string, RegValue>, name: string, want: 'dword' | 'string'): Msg {
  const v = regGet(values, name)
  const type = v?.type ?? ''
  return want === 'dword'
    ? msg('check.browser-updates.win32.reg.notDword', { name, type, value: String(v?.value) })
    : msg('check.browser-updates.win32.reg.notString', { name, type })
}

/** `<key>: <why the value is invalid>`. */
function invalidAt(
  key: string,
  values: ReadonlyMap<string, RegValue>,
  name: string,
  read: RegRead<number>,
): Msg {
  return msg('check.browser-updates.common.labelled', {
    label: key,
    detail: read.kind === 'invalid' ? invalidValue(values, name, 'dword') : '',
  })
}

/** Why a registry key could not be read. */
function regReason(r: Extract<RegKeyRead, { kind: 'error' }>): Msg | string {
  return r.reasonMsg ?? r.reason
}

/** Windows Group Policy numbering for the Chromium updaters (Google, Microsoft, Brave). */
export function judgeChromiumGpo(
  values: ReadonlyMap<string, RegValue>,
  guid: string,
  key: string,
): { blocked: boolean; detail: Msg } | { unreadable: Msg } | null {
  const period = regDword(values, 'AutoUpdateCheckPeriodMinutes')
  if (period.kind === 'invalid')
    return { unreadable: invalidAt(key, values, 'AutoUpdateCheckPeriodMinutes', period) }
  if (period.kind === 'value' && period.value === 0)
    return { blocked: true, detail: msg('check.browser-updates.win32.policy.neverCheck', { key }) }
  for (const name of [`Update${guid}`, 'UpdateDefault']) {
    const v = regDword(values, name)
    if (v.kind === 'absent') continue
    if (v.kind === 'invalid') return { unreadable: invalidAt(key, values, name, v) }
    const policy = windowsUpdatePolicy(v.value)
    if (policy === null)
      return {
        unreadable: msg('check.browser-updates.common.policy.unknownValue', {
          where: key,
          name,
          value: v.value,
        }),
      }
    return {
      blocked: policyBlocksUpdates(policy),
      detail: msg('check.browser-updates.common.policy.setsState', {
        where: key,
        name,
        value: v.value,
        state: msg(`check.browser-updates.common.policy.state.${policy}`),
      }),
    }
  }
  return null
}

async function chromiumInstalls(ctx: CheckContext, f: Findings, b: ChromiumBrowser): Promise<boolean> {
  let installed = false
  let anyKey = false
  for (const key of [b.machineKey, b.userKey]) {
    const argv = pvArgv(key)
    f.sources.push(describeCommand(argv))
    const r = await readRegKey(ctx.probe, argv)
    if (r.kind === 'missing') continue
    anyKey = true
    installed = true
    if (r.kind === 'error') {
      f.unreadable.push({ label: b.label, detail: regReason(r) })
      continue
    }
    const pv = regString(r.values, 'pv')
    const v: ParsedVersion | null = pv.kind === 'value' ? releaseVersion(pv.value) : null
    if (v === null) {
      f.unreadable.push({
        label: b.label,
        detail:
          pv.kind === 'invalid'
            ? msg('check.browser-updates.win32.pv.invalid', {
                key,
                detail: invalidValue(r.values, 'pv', 'string'),
              })
            : pv.kind === 'value'
              ? msg('check.browser-updates.win32.pv.notVersion', { key, value: JSON.stringify(pv.value) })
              : msg('check.browser-updates.win32.pv.missing', { key }),
      })
      continue
    }
    f.installs.push({
      channel: b.channel,
      label: b.label,
      where: key.startsWith('HKCU') ? msg('check.browser-updates.win32.thisUser', { key }) : key,
      version: b.channel === 'brave' ? normaliseBraveVersion(v) : v,
      fix: b.fix,
    })
  }
  if (anyKey) return installed
  // No updater registration: look for the installer's manifest (a browser can outlive its key).
  for (const m of b.manifests) {
    const path = resolve(ctx, m.base, m.rel)
    if (path === null) continue
    f.sources.push(path)
    const read = locationRead(path, await ctx.probe.readFile(path))
    if (read.kind === 'absent') continue
    installed = true
    if (read.kind === 'error') {
      f.unreadable.push({ label: b.label, detail: read.detail })
      continue
    }
    const v = parseVisualElementsManifest(read.text)
    if (v === null) {
      f.unreadable.push({
        label: b.label,
        detail: msg('check.browser-updates.win32.manifestNoVersion', { path }),
      })
      continue
    }
    f.installs.push({ channel: b.channel, label: b.label, where: path, version: v, fix: b.fix })
  }
  return installed
}

async function chromiumPolicy(ctx: CheckContext, f: Findings, b: ChromiumBrowser): Promise<void> {
  const argv = regQueryArgv(b.policyKey)
  f.sources.push(describeCommand(argv))
  const r = await readRegKey(ctx.probe, argv)
  if (r.kind === 'missing') {
    f.notes.push(msg('check.browser-updates.win32.policy.none', { label: b.label }))
    return
  }
  if (r.kind === 'error') {
    f.policies.push({
      label: b.label,
      kind: 'unreadable',
      detail: msg('check.browser-updates.common.policy.updatePolicyUnreadable', { why: regReason(r) }),
      fix: 'browser-updates.unknown',
    })
    return
  }
  const j = judgeChromiumGpo(r.values, b.guid, b.policyKey)
  if (j === null) f.notes.push(msg('check.browser-updates.win32.policy.nothingOff', { label: b.label }))
  else if ('unreadable' in j)
    f.policies.push({
      label: b.label,
      kind: 'unreadable',
      detail: j.unreadable,
      fix: 'browser-updates.unknown',
    })
  else if (j.blocked)
    f.policies.push({
      label: b.label,
      kind: 'blocked',
      detail: j.detail,
      fix: 'browser-updates.win32.policy',
    })
  else f.notes.push(msg('check.browser-updates.common.labelled', { label: b.label, detail: j.detail }))
}

async function firefoxRegistryPolicy(ctx: CheckContext, f: Findings, label: MsgValue): Promise<void> {
  for (const key of FIREFOX_POLICY_KEYS) {
    const argv = regQueryArgv(key)
    f.sources.push(describeCommand(argv))
    const r = await readRegKey(ctx.probe, argv)
    if (r.kind === 'missing') continue
    if (r.kind === 'error') {
      f.policies.push({
        label,
        kind: 'unreadable',
        detail: msg('check.browser-updates.win32.policy.gpoUnreadable', { why: regReason(r) }),
        fix: 'browser-updates.unknown',
      })
      continue
    }
    for (const name of ['DisableAppUpdate', 'ManualAppUpdateOnly']) {
      const v = regDword(r.values, name)
      if (v.kind === 'invalid') {
        f.policies.push({
          label,
          kind: 'unreadable',
          detail: invalidAt(key, r.values, name, v),
          fix: 'browser-updates.unknown',
        })
      } else if (v.kind === 'value' && v.value === 1) {
        f.policies.push({
          label,
          kind: 'blocked',
          detail: msg('check.browser-updates.common.policy.sets', { where: key, name, value: 1 }),
          fix: 'browser-updates.win32.policy',
        })
      }
    }
  }
}

async function firefoxInstalls(ctx: CheckContext, f: Findings): Promise<boolean> {
  let found = false
  for (const d of FIREFOX_DIRS) {
    const dir = resolve(ctx, d.base, d.rel)
    if (dir === null) continue
    const ini = `${dir}\\application.ini`
    const version = await readFirefoxVersion(ctx, f, ini)
    if (version === 'absent') continue
    found = true
    if (version === 'unreadable') continue
    const prefs = `${dir}\\defaults\\pref\\channel-prefs.js`
    f.sources.push(prefs)
    const prefRead = locationRead(prefs, await ctx.probe.readFile(prefs))
    const esr =
      (prefRead.kind === 'text' && parseChannelPrefs(prefRead.text) === 'esr') || (version.parts[1] ?? 0) >= 1
    const label = esr ? 'Firefox ESR' : 'Firefox'
    f.installs.push({
      channel: esr ? 'firefox-esr' : 'firefox',
      label,
      where: dir,
      version,
      fix: esr ? 'browser-updates.win32.firefox-esr' : 'browser-updates.win32.firefox',
    })
    const policies = `${dir}\\distribution\\policies.json`
    f.sources.push(policies)
    judgeFirefoxPolicies(
      f,
      label,
      policies,
      locationRead(policies, await ctx.probe.readFile(policies)),
      'browser-updates.win32.firefox-policy',
    )
  }
  return found
}

/** The Windows strategy. */
export const win32Strategy: CheckStrategy = {
  probes: {
    commands: [
      ...CHROMIUM_BROWSERS.flatMap((b) => [
        pvArgv(b.machineKey),
        pvArgv(b.userKey),
        regQueryArgv(b.policyKey),
      ]),
      ...FIREFOX_POLICY_KEYS.map((k) => regQueryArgv(k)),
    ],
    files: [
      ...CHROMIUM_BROWSERS.flatMap((b) =>
        b.manifests.map((m) => (m.base === 'drive' ? `*:\\${m.rel}` : `~/${m.rel.split('\\').join('/')}`)),
      ),
      ...FIREFOX_DIRS.flatMap((d) => {
        const dir = d.base === 'drive' ? `*:\\${d.rel}` : `~/${d.rel.split('\\').join('/')}`
        const sep = d.base === 'drive' ? '\\' : '/'
        return [
          `${dir}${sep}application.ini`,
          `${dir}${sep}${['defaults', 'pref', 'channel-prefs.js'].join(sep)}`,
          `${dir}${sep}${['distribution', 'policies.json'].join(sep)}`,
        ]
      }),
    ],
    notes: [
      'updater registration Clients\\{GUID} pv of Chrome, Edge, Brave (HKLM and HKCU); Chrome/Edge VisualElementsManifest.xml only when no registration exists',
      'Firefox application.ini, channel-prefs.js, distribution\\policies.json in Program Files, Program Files (x86) and the user profile',
      'Group Policy keys of Google Update, EdgeUpdate, BraveSoftware Update and Mozilla Firefox: updates turned off by policy',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const f = emptyFindings()
    for (const b of CHROMIUM_BROWSERS) {
      if (await chromiumInstalls(ctx, f, b)) await chromiumPolicy(ctx, f, b)
    }
    if (await firefoxInstalls(ctx, f)) {
      const label =
        f.installs.find((i) => i.channel === 'firefox' || i.channel === 'firefox-esr')?.label ?? 'Firefox'
      await firefoxRegistryPolicy(ctx, f, label)
    }
    return aggregate(ctx, f, {
      noneFound: {
        status: 'unknown',
        reason: msg('check.browser-updates.win32.reason.noneFound'),
      },
    })
  },
}
