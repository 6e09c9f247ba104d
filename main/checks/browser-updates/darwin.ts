/**
 * browser-updates on macOS. Reads known install locations only (never lists /Applications, never
 * starts a browser):
 * - Chrome, Edge, Brave, Safari: `<App>.app/Contents/Info.plist` → CFBundleShortVersionString, in
 *   /Applications and ~/Applications (Safari: /Applications only). XML plists are parsed directly;
 *   a binary plist is read with `plutil -extract CFBundleShortVersionString raw -o - <path>`;
 * - Firefox (release or ESR): `Firefox.app/Contents/Resources/application.ini` (Version=) and
 *   `defaults/pref/channel-prefs.js` (`app.update.channel` "esr" marks ESR).
 * Update policies, read only for browsers that are installed:
 * - Chrome: managed preferences `com.google.Keystone` → updatePolicies → global / com.google.chrome
 *   → UpdateDefault (macOS numbering: 3 disabled, 2 manual only → fail);
 * - Edge: managed preferences `com.microsoft.EdgeUpdater`, the same shape (app com.microsoft.edgemac);
 * - Firefox: `Firefox.app/Contents/Resources/distribution/policies.json` and managed preferences
 *   `org.mozilla.firefox` (with EnterprisePoliciesEnabled): DisableAppUpdate or ManualAppUpdateOnly
 *   true → fail.
 * Safari is updated by Software Update (the auto-updates check covers that setting); it is judged
 * against the Safari releases for the running macOS major.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg, MsgValue } from '../../../shared/i18n/msg'
import type { CommandOutcome } from '../../probe/probe'
import { parseOldStylePlist, isDict, type PlistValue } from '../auto-updates/darwin-parse'
import { readMacosVersion, SW_VERS_ARGV } from '../darwin-common'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblemMsg, describeCommand, msg } from '../verdict'
import {
  aggregate,
  emptyFindings,
  judgeFirefoxPolicies,
  readFirefoxVersion,
  locationRead,
  type ChannelKind,
  type Findings,
  type Install,
} from './common'
import {
  macUpdatePolicy,
  normaliseBraveVersion,
  parseChannelPrefs,
  plistStringValue,
  policyBlocksUpdates,
  releaseVersion,
  type ParsedVersion,
} from './parse'

const VERSION_KEY = 'CFBundleShortVersionString'

interface MacApp {
  readonly channel: ChannelKind
  readonly label: string
  readonly bundle: string
  readonly fix: string
  /** Also look in ~/Applications. */
  readonly perUser: boolean
}

const BUNDLE_APPS: readonly MacApp[] = [
  {
    channel: 'chrome',
    label: 'Google Chrome',
    bundle: 'Google Chrome.app',
    fix: 'browser-updates.darwin.chrome',
    perUser: true,
  },
  {
    channel: 'edge',
    label: 'Microsoft Edge',
    bundle: 'Microsoft Edge.app',
    fix: 'browser-updates.darwin.edge',
    perUser: true,
  },
  {
    channel: 'brave',
    label: 'Brave',
    bundle: 'Brave Browser.app',
    fix: 'browser-updates.darwin.brave',
    perUser: true,
  },
  {
    channel: 'safari',
    label: 'Safari',
    bundle: 'Safari.app',
    fix: 'browser-updates.darwin.safari',
    perUser: false,
  },
]

export const plutilArgv = (path: string): string[] => [
  '/usr/bin/plutil',
  '-extract',
  VERSION_KEY,
  'raw',
  '-o',
  '-',
  path,
]

export const KEYSTONE_ARGV = ['/usr/bin/defaults', 'read', '/Library/Managed Preferences/com.google.Keystone']
export const EDGE_UPDATER_ARGV = [
  '/usr/bin/defaults',
  'read',
  '/Library/Managed Preferences/com.microsoft.EdgeUpdater',
]
export const FIREFOX_MANAGED_ARGV = [
  '/usr/bin/defaults',
  'read',
  '/Library/Managed Preferences/org.mozilla.firefox',
]

function appRoots(ctx: CheckContext): { root: string; user: boolean }[] {
  const home = ctx.probe.env('HOME')
  const roots = [{ root: '/Applications', user: false }]
  if (home !== undefined && home.startsWith('/'))
    roots.push({ root: `${home.replace(/\/+$/, '')}/Applications`, user: true })
  return roots
}

/** Read CFBundleShortVersionString from an Info.plist: XML directly, binary through plutil. */
async function readBundleVersion(
  ctx: CheckContext,
  plist: string,
  f: Findings,
  label: string,
): Promise<ParsedVersion | 'absent' | null> {
  f.sources.push(plist)
  const read = locationRead(plist, await ctx.probe.readFile(plist))
  if (read.kind === 'absent') return 'absent'
  if (read.kind === 'error') {
    f.unreadable.push({ label, detail: read.detail })
    return null
  }
  const v = plistStringValue(read.text, VERSION_KEY)
  let text: string
  if (v.kind === 'binary') {
    const argv = plutilArgv(plist)
    f.sources.push(describeCommand(argv))
    const out = await ctx.probe.run(argv, { timeoutMs: 5_000 })
    const problem = commandProblemMsg(argv, out)
    if (problem !== null || out.kind !== 'exit') {
      f.unreadable.push({
        label,
        detail: msg('check.browser-updates.darwin.binaryPlist', {
          problem: problem ?? msg('check.common.noAnswer'),
          path: plist,
        }),
      })
      return null
    }
    text = out.stdout.trim()
  } else if (v.kind === 'invalid') {
    f.unreadable.push({
      label,
      detail: msg('check.browser-updates.common.labelled', { label: plist, detail: v.detail }),
    })
    return null
  } else text = v.value
  const parsed = releaseVersion(text)
  if (parsed === null) {
    f.unreadable.push({
      label,
      detail: msg('check.browser-updates.darwin.notReleaseVersion', {
        path: plist,
        version: JSON.stringify(text.slice(0, 40)),
      }),
    })
    return null
  }
  return parsed
}

export type ManagedRead =
  | { kind: 'dict'; dict: { readonly [k: string]: PlistValue } }
  | { kind: 'none' }
  | { kind: 'problem'; detail: Msg }

function managedPrefs(argv: readonly string[], out: CommandOutcome): ManagedRead {
  if (out.kind === 'exit' && out.exitCode === 1 && /does not exist/.test(out.stderr)) return { kind: 'none' }
  const problem = commandProblemMsg(argv, out)
  if (problem !== null || out.kind !== 'exit')
    return { kind: 'problem', detail: problem ?? msg('check.common.noAnswer') }
  const parsed = parseOldStylePlist(out.stdout)
  if (!isDict(parsed))
    return {
      kind: 'problem',
      detail: msg('check.browser-updates.darwin.notDictionary', { command: describeCommand(argv) }),
    }
  return { kind: 'dict', dict: parsed }
}

function getCaseless(dict: { readonly [k: string]: PlistValue }, key: string): PlistValue | undefined {
  const lower = key.toLowerCase()
  for (const [k, v] of Object.entries(dict)) if (k.toLowerCase() === lower) return v
  return undefined
}

/**
 * The Chromium updater's managed policy for one app: the app's own UpdateDefault, else the global
 * one. Null when nothing restricts updates.
 */
export function judgeChromiumManagedPolicy(
  read: ManagedRead,
  appId: string,
  where: MsgValue,
): { blocked: boolean; detail: Msg } | { unreadable: Msg } | null {
  if (read.kind === 'none') return null
  if (read.kind === 'problem') return { unreadable: read.detail }
  const policies = getCaseless(read.dict, 'updatePolicies')
  if (policies === undefined) return null
  if (!isDict(policies))
    return {
      unreadable: msg('check.browser-updates.darwin.policy.notDictionary', { where, name: 'updatePolicies' }),
    }
  for (const scope of [appId, 'global']) {
    const scoped = getCaseless(policies, scope)
    if (scoped === undefined) continue
    if (!isDict(scoped))
      return { unreadable: msg('check.browser-updates.darwin.policy.notDictionary', { where, name: scope }) }
    const value = getCaseless(scoped, 'UpdateDefault')
    if (value === undefined) continue
    const n = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN
    const policy = Number.isNaN(n) ? null : macUpdatePolicy(n)
    if (policy === null)
      return {
        unreadable: msg('check.browser-updates.darwin.policy.unknownValue', {
          where,
          scope,
          value: JSON.stringify(value),
        }),
      }
    const state = msg(`check.browser-updates.common.policy.state.${policy}`)
    return {
      blocked: policyBlocksUpdates(policy),
      detail:
        scope === 'global'
          ? msg('check.browser-updates.darwin.policy.setsAll', { where, value: n, state })
          : msg('check.browser-updates.darwin.policy.setsApp', { where, value: n, state, app: scope }),
    }
  }
  return null
}

async function chromiumPolicy(
  ctx: CheckContext,
  f: Findings,
  argv: readonly string[],
  appId: string,
  label: string,
): Promise<void> {
  f.sources.push(describeCommand(argv))
  const read = managedPrefs(argv, await ctx.probe.run(argv, { timeoutMs: 5_000 }))
  const where = msg('check.browser-updates.darwin.profile', { name: argv[2] as string })
  const r = judgeChromiumManagedPolicy(read, appId, where)
  if (r === null) {
    f.notes.push(msg('check.browser-updates.darwin.policy.noProfile', { label }))
    return
  }
  if ('unreadable' in r) {
    f.policies.push({
      label,
      kind: 'unreadable',
      detail: msg('check.browser-updates.common.policy.updatePolicyUnreadable', { why: r.unreadable }),
      fix: 'browser-updates.unknown',
    })
    return
  }
  if (r.blocked)
    f.policies.push({ label, kind: 'blocked', detail: r.detail, fix: 'browser-updates.darwin.policy' })
  else f.notes.push(msg('check.browser-updates.common.labelled', { label, detail: r.detail }))
}

async function firefoxPolicies(
  ctx: CheckContext,
  f: Findings,
  resources: string,
  label: string,
): Promise<void> {
  const path = `${resources}/distribution/policies.json`
  f.sources.push(path)
  judgeFirefoxPolicies(
    f,
    label,
    path,
    locationRead(path, await ctx.probe.readFile(path)),
    'browser-updates.darwin.firefox-policy',
    'check.browser-updates.darwin.policy.notOffManual',
  )
  f.sources.push(describeCommand(FIREFOX_MANAGED_ARGV))
  const managed = managedPrefs(
    FIREFOX_MANAGED_ARGV,
    await ctx.probe.run(FIREFOX_MANAGED_ARGV, { timeoutMs: 5_000 }),
  )
  if (managed.kind === 'problem') {
    f.policies.push({
      label,
      kind: 'unreadable',
      detail: msg('check.browser-updates.darwin.policy.profileUnreadable', { why: managed.detail }),
      fix: 'browser-updates.unknown',
    })
    return
  }
  if (managed.kind === 'none') return
  const on = (k: string) => {
    const v = getCaseless(managed.dict, k)
    return v === '1' || v === 'true'
  }
  if (!on('EnterprisePoliciesEnabled')) return
  for (const key of ['DisableAppUpdate', 'ManualAppUpdateOnly']) {
    if (on(key)) {
      f.policies.push({
        label,
        kind: 'blocked',
        detail: msg('check.browser-updates.common.policy.sets', {
          where: msg('check.browser-updates.darwin.profile', { name: 'org.mozilla.firefox' }),
          name: key,
          value: 'true',
        }),
        fix: 'browser-updates.darwin.policy',
      })
      return
    }
  }
}

async function findFirefox(ctx: CheckContext, f: Findings): Promise<void> {
  for (const { root } of appRoots(ctx)) {
    const resources = `${root}/Firefox.app/Contents/Resources`
    const ini = `${resources}/application.ini`
    const version = await readFirefoxVersion(ctx, f, ini, 'check.browser-updates.darwin.firefox.prerelease')
    if (typeof version === 'string') continue
    const prefs = `${resources}/defaults/pref/channel-prefs.js`
    f.sources.push(prefs)
    const prefRead = locationRead(prefs, await ctx.probe.readFile(prefs))
    const channelPref = prefRead.kind === 'text' ? parseChannelPrefs(prefRead.text) : null
    const esr = channelPref === 'esr' || (version.parts[1] ?? 0) >= 1
    const label = esr ? 'Firefox ESR' : 'Firefox'
    f.installs.push({
      channel: esr ? 'firefox-esr' : 'firefox',
      label,
      where: `${root}/Firefox.app`,
      version,
      fix: esr ? 'browser-updates.darwin.firefox-esr' : 'browser-updates.darwin.firefox',
    })
    await firefoxPolicies(ctx, f, resources, label)
  }
}

/** The macOS strategy. */
export const darwinStrategy: CheckStrategy = {
  probes: {
    commands: [SW_VERS_ARGV, plutilArgv('*'), KEYSTONE_ARGV, EDGE_UPDATER_ARGV, FIREFOX_MANAGED_ARGV],
    files: [
      ...BUNDLE_APPS.flatMap((a) => [
        `/Applications/${a.bundle}/Contents/Info.plist`,
        ...(a.perUser ? [`~/Applications/${a.bundle}/Contents/Info.plist`] : []),
      ]),
      ...['/Applications', '~/Applications'].flatMap((r) => [
        `${r}/Firefox.app/Contents/Resources/application.ini`,
        `${r}/Firefox.app/Contents/Resources/defaults/pref/channel-prefs.js`,
        `${r}/Firefox.app/Contents/Resources/distribution/policies.json`,
      ]),
    ],
    notes: [
      'Info.plist CFBundleShortVersionString of Chrome, Edge, Brave, Safari (plutil only for a binary plist); Firefox application.ini and channel-prefs.js',
      'managed preferences com.google.Keystone / com.microsoft.EdgeUpdater / org.mozilla.firefox and Firefox policies.json: updates turned off by policy',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const f = emptyFindings()
    const macos = await readMacosVersion(ctx.probe)
    for (const app of BUNDLE_APPS) {
      const roots = app.perUser ? appRoots(ctx) : [{ root: '/Applications', user: false }]
      let installed = false
      for (const { root } of roots) {
        const plist = `${root}/${app.bundle}/Contents/Info.plist`
        const v = await readBundleVersion(ctx, plist, f, app.label)
        if (v === 'absent') continue
        if (v === null) {
          installed = true
          continue
        }
        installed = true
        const install: Install = {
          channel: app.channel,
          label: app.label,
          where: `${root}/${app.bundle}`,
          version: app.channel === 'brave' ? normaliseBraveVersion(v) : v,
          fix: app.fix,
          ...(app.channel === 'safari'
            ? {
                macosMajor: macos?.major ?? null,
                updatedBy: msg('check.browser-updates.darwin.safariUpdatedBy'),
                endedFix: 'browser-updates.darwin.safari-macos',
              }
            : {}),
        }
        f.installs.push(install)
      }
      if (!installed) continue
      if (app.channel === 'chrome')
        await chromiumPolicy(ctx, f, KEYSTONE_ARGV, 'com.google.chrome', app.label)
      if (app.channel === 'edge')
        await chromiumPolicy(ctx, f, EDGE_UPDATER_ARGV, 'com.microsoft.edgemac', app.label)
    }
    await findFirefox(ctx, f)
    return aggregate(ctx, f, {
      noneFound: {
        status: 'unknown',
        reason: msg('check.browser-updates.darwin.reason.noneFound'),
      },
    })
  },
}
