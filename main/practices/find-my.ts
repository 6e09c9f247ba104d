/**
 * Find My Mac / Find my device, read without administrator rights.
 *
 * macOS: the user's iCloud account settings, `~/Library/Preferences/MobileMeAccounts.plist`, list the
 * account's services; the entry `Name = FIND_MY_MAC` has `Enabled` (detection-more.md §6; the
 * approach of public admin scripts). Only `Accounts.0.Services` is extracted (`plutil -extract`, XML
 * out), so the Apple ID and the account holder's name never reach the transcript; no token is read
 * (the NVRAM `fmm-mobileme-token-FMM` holds a secret and is left alone). No file: no iCloud account,
 * so Find My is off.
 *
 * Windows: "Find my device" is HKLM `SOFTWARE\Microsoft\MdmCommon\SettingValues` or
 * `SOFTWARE\Microsoft\Settings\FindMyDevice`, value `LocationSyncEnabled` (1 = on; two places in use
 * across Windows versions), and policy `SOFTWARE\Policies\Microsoft\FindMyDevice` `AllowFindMyDevice`
 * (0 = forced off). Both are readable by a standard user (reg.exe, by exit code and value, never by
 * its localised messages).
 *
 * Linux: there is no built-in equivalent; the practice falls back to what the staffer declares.
 */
import type { Msg, MsgParam } from '../../shared/i18n/msg'
import { describeCommand, statPath, type Probe } from '../probe/probe'
import { commandProblemMsg, fileProblemMsg, msg, semicolonList } from '../checks/verdict'
import { readRegKey, regDword, regQueryArgv } from '../checks/win32/reg'
import { expandLocation } from './locations'
import { measured } from './text'
import type { MeasureStrategy, MeasurementVerdict } from './types'
import { parseXmlPlist, type XmlPlistValue } from './xml-plist'

const ACCOUNTS_PLIST = '~/Library/Preferences/MobileMeAccounts.plist'
const PLUTIL = '/usr/bin/plutil'
const plutilArgv = (file: string) => [PLUTIL, '-extract', 'Accounts.0.Services', 'xml1', '-o', '-', file]

/** The FIND_MY_MAC service's state in the extracted services array: on, off, or unreadable. */
export function findMyMacState(services: XmlPlistValue | null): 'on' | 'off' | 'unreadable' {
  if (services === null || !Array.isArray(services)) return 'unreadable'
  const entries = services as readonly XmlPlistValue[]
  for (const s of entries) {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) continue
    const d = s as Readonly<Record<string, XmlPlistValue>>
    if (d['Name'] !== 'FIND_MY_MAC') continue
    const enabled = d['Enabled']
    if (enabled === true || enabled === '1') return 'on'
    if (enabled === false || enabled === '0' || enabled === undefined) return 'off'
    return 'unreadable'
  }
  return 'off'
}

const unknown = (problem: MsgParam, observed: readonly Msg[] = []): MeasurementVerdict =>
  measured('unknown', {
    summary: msg('measure.find-my.common.summary.unknown'),
    observed,
    reason: msg('measure.find-my.common.reason.unknown', { problem }),
  })

export const findMyDarwin: MeasureStrategy = {
  probes: {
    commands: [[PLUTIL, '-extract', 'Accounts.0.Services', 'xml1', '-o', '-', '*']],
    files: [],
    paths: [ACCOUNTS_PLIST],
    notes: [
      'plutil -extract Accounts.0.Services xml1 -o - ~/Library/Preferences/MobileMeAccounts.plist: the iCloud services of this user, Find My Mac among them (not the Apple ID or name)',
    ],
  },
  async run(probe: Probe): Promise<MeasurementVerdict> {
    const file = expandLocation(ACCOUNTS_PLIST, probe)
    if (file === null) return unknown(msg('measure.find-my.darwin.problem.noHome'))
    const st = await statPath(probe, file)
    if (st.kind === 'error' && st.error === 'ENOENT')
      return measured('not-found', {
        summary: msg('measure.find-my.darwin.summary.noAccountFile'),
        observed: [fileProblemMsg(ACCOUNTS_PLIST, { kind: 'error', error: 'ENOENT' }) as Msg],
      })
    if (st.kind !== 'file')
      return unknown(
        st.kind === 'error' && st.error === 'EACCES'
          ? msg('measure.find-my.darwin.problem.notReadable', { path: ACCOUNTS_PLIST })
          : msg('measure.find-my.darwin.problem.notLooked', { path: ACCOUNTS_PLIST }),
      )
    const argv = plutilArgv(file)
    const out = await probe.run(argv, { timeoutMs: 5_000 })
    if (
      out.kind === 'exit' &&
      out.exitCode !== 0 &&
      /No value at that key path/.test(`${out.stderr}${out.stdout}`)
    )
      return measured('not-found', {
        summary: msg('measure.find-my.darwin.summary.signedOut'),
        observed: [msg('measure.find-my.darwin.observed.noAccount')],
      })
    const problem = commandProblemMsg(argv, out)
    if (problem !== null || out.kind !== 'exit') return unknown(problem ?? msg('check.common.noAnswer'))
    const state = findMyMacState(parseXmlPlist(out.stdout))
    if (state === 'unreadable')
      return unknown(
        msg('measure.find-my.darwin.problem.unexpected', {
          command: describeCommand([PLUTIL, '-extract', 'Accounts.0.Services', 'xml1']),
        }),
      )
    return state === 'on'
      ? measured('found', {
          summary: msg('measure.find-my.darwin.summary.on'),
          observed: [msg('measure.find-my.darwin.observed.enabled')],
        })
      : measured('not-found', {
          summary: msg('measure.find-my.darwin.summary.off'),
          observed: [msg('measure.find-my.darwin.observed.notEnabled')],
        })
  },
}

const POLICY_KEY = 'HKLM\\SOFTWARE\\Policies\\Microsoft\\FindMyDevice'
const MDM_KEY = 'HKLM\\SOFTWARE\\Microsoft\\MdmCommon\\SettingValues'
const SETTINGS_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Settings\\FindMyDevice'

export const findMyWin32: MeasureStrategy = {
  probes: {
    commands: [
      ['reg.exe', 'query', POLICY_KEY, '/v', 'AllowFindMyDevice'],
      ['reg.exe', 'query', MDM_KEY, '/v', 'LocationSyncEnabled'],
      ['reg.exe', 'query', SETTINGS_KEY, '/v', 'LocationSyncEnabled'],
    ],
    files: [],
    notes: [
      'Find my device: LocationSyncEnabled (1 = on) in either place; AllowFindMyDevice = 0 is a policy forcing it off',
    ],
  },
  async run(probe: Probe): Promise<MeasurementVerdict> {
    const [policy, mdm, settings] = await Promise.all([
      readRegKey(probe, regQueryArgv(POLICY_KEY, '/v', 'AllowFindMyDevice')),
      readRegKey(probe, regQueryArgv(MDM_KEY, '/v', 'LocationSyncEnabled')),
      readRegKey(probe, regQueryArgv(SETTINGS_KEY, '/v', 'LocationSyncEnabled')),
    ])
    if (policy.kind === 'values') {
      const allow = regDword(policy.values, 'AllowFindMyDevice')
      if (allow.kind === 'value' && allow.value === 0)
        return measured('not-found', {
          summary: msg('measure.find-my.win32.summary.policyOff'),
          observed: [msg('measure.find-my.win32.observed.policyOff')],
        })
    }
    const reads = [
      { key: MDM_KEY, read: mdm },
      { key: SETTINGS_KEY, read: settings },
    ]
    const notSet = msg('measure.find-my.win32.state.notSet')
    const values = reads.map(
      ({ key, read }): { key: string; state: 'on' | 'off' | 'unreadable'; detail: Msg | number } => {
        if (read.kind === 'missing') return { key, state: 'off', detail: notSet }
        if (read.kind === 'error')
          return { key, state: 'unreadable', detail: read.reasonMsg ?? msg('check.common.noAnswer') }
        const v = regDword(read.values, 'LocationSyncEnabled')
        if (v.kind === 'value') return { key, state: v.value === 1 ? 'on' : 'off', detail: v.value }
        if (v.kind === 'absent') return { key, state: 'off', detail: notSet }
        return { key, state: 'unreadable', detail: v.detailMsg }
      },
    )
    const observed = values.map((v) =>
      msg('measure.find-my.win32.observed.value', { key: v.key, value: v.detail }),
    )
    if (values.some((v) => v.state === 'on'))
      return measured('found', { summary: msg('measure.find-my.win32.summary.on'), observed })
    const unreadable = values.filter((v) => v.state === 'unreadable')
    if (unreadable.length > 0) return unknown(semicolonList(unreadable.map((v) => v.detail)), observed)
    return measured('not-found', { summary: msg('measure.find-my.win32.summary.off'), observed })
  },
}

export const findMyLinux: MeasureStrategy = {
  probes: {
    commands: [],
    files: [],
    notes: ['Find My: Linux has no built-in equivalent; nothing is probed'],
  },
  async run(): Promise<MeasurementVerdict> {
    return measured('not-applicable', {
      summary: msg('measure.find-my.linux.summary.none'),
      reason: msg('measure.find-my.linux.reason.none'),
    })
  },
}
