/**
 * auto-updates on macOS: Software Update's automatic settings.
 *
 * Reads the local domain and the configuration-profile copy, which wins (main/checks/
 * darwin-software-update.ts, shared with the malware-protection check).
 * Pass when checking, downloading and the automatic installation of Security Responses and system data
 * files are on; a key the user never changed has Apple's documented default (on). A required setting a
 * profile turns off is a fail even when the local settings cannot be read (the profile wins).
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import {
  macosVersionMsg,
  readMacosVersion,
  remediationForVersion,
  settingsPlaceMsg,
  SW_VERS_ARGV,
} from '../darwin-common'
import {
  readSoftwareUpdateDomains,
  SOFTWARE_UPDATE_LOCAL_ARGV as LOCAL,
  SOFTWARE_UPDATE_MANAGED_ARGV as MANAGED,
  type PlistDict as Dict,
} from '../darwin-software-update'
import type { CheckStrategy } from '../types'
import { commaList, describeCommand, fail, msg, pass, unknown } from '../verdict'
import { effectiveSettings, REQUIRED_KEYS, updateKeyMsg, type EffectiveSetting } from './darwin-parse'

const REQUIREMENT = msg('check.auto-updates.darwin.requirement')

function stateMsg(value: EffectiveSetting['value']): Msg {
  return value === true
    ? msg('check.auto-updates.darwin.state.on')
    : value === false
      ? msg('check.auto-updates.darwin.state.off')
      : value === null
        ? msg('check.auto-updates.darwin.state.notSet')
        : msg('check.auto-updates.darwin.state.invalid')
}

function describeSetting(s: EffectiveSetting): Msg {
  const params = { setting: updateKeyMsg(s.key), value: stateMsg(s.value) }
  if (s.source === 'managed') return msg('check.auto-updates.darwin.observed.settingManaged', params)
  if (s.source === 'default' && typeof s.value === 'boolean')
    return msg('check.auto-updates.darwin.observed.settingDefault', params)
  return msg('check.auto-updates.darwin.observed.setting', params)
}

const partlyOff = (settings: readonly EffectiveSetting[]): Msg =>
  msg('check.auto-updates.darwin.summary.partlyOff', {
    settings: commaList(settings.map((s) => updateKeyMsg(s.key))),
  })
const MANAGED_LINE = msg('check.auto-updates.darwin.observed.managed')

/** The macOS automatic-updates strategy. */
export const darwinStrategy: CheckStrategy = {
  probes: {
    commands: [LOCAL, MANAGED, SW_VERS_ARGV],
    files: [],
    notes: [
      'defaults read /Library/Preferences/com.apple.SoftwareUpdate: automatic check/download/install settings',
      'defaults read "/Library/Managed Preferences/com.apple.SoftwareUpdate": the same, enforced by a configuration profile',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const [{ local, managed }, version] = await Promise.all([
      readSoftwareUpdateDomains(ctx.probe),
      readMacosVersion(ctx.probe),
    ])
    const sources = [describeCommand(LOCAL), describeCommand(MANAGED)]
    const turnOn = remediationForVersion('auto-updates.darwin.turn-on', version)
    const versionLine = macosVersionMsg(version)
    const place = settingsPlaceMsg(
      version,
      msg('check.auto-updates.darwin.place.modern'),
      msg('check.auto-updates.darwin.place.macos12'),
    )

    if (managed.kind === 'problem') {
      return unknown({
        summary: msg('check.auto-updates.darwin.summary.managedUnreadable'),
        observed: versionLine ? [versionLine] : [],
        requirement: REQUIREMENT,
        remediationId: 'auto-updates.unknown',
        reason: msg('check.auto-updates.darwin.reason.managedUnreadable', {
          detail: managed.detailMsg,
          place,
        }),
        sources,
      })
    }
    const managedDict = managed.kind === 'dict' ? managed.dict : null
    let localDict: Dict
    if (local.kind === 'dict') localDict = local.dict
    else {
      // Without the local file only the profile can decide: a required setting it turns off is a
      // fail whatever the local file would say (the profile wins); a pass needs it to set every key.
      if (managedDict !== null) {
        const offByProfile = effectiveSettings(Object.create(null) as Dict, managedDict).filter(
          (x) => REQUIRED_KEYS.includes(x.key) && x.source === 'managed' && x.value === false,
        )
        if (offByProfile.length > 0) {
          return fail({
            summary: partlyOff(offByProfile),
            observed: [
              ...offByProfile.map(describeSetting),
              MANAGED_LINE,
              ...(versionLine ? [versionLine] : []),
            ],
            requirement: REQUIREMENT,
            remediationId: turnOn,
            reason:
              local.kind === 'missing'
                ? msg('check.auto-updates.darwin.reason.offByProfileLocalMissing')
                : msg('check.auto-updates.darwin.reason.offByProfileLocalUnreadable'),
            sources,
          })
        }
      }
      const complete =
        managedDict !== null &&
        REQUIRED_KEYS.every((k) => Object.prototype.hasOwnProperty.call(managedDict, k))
      if (!complete) {
        return unknown({
          summary: msg('check.auto-updates.darwin.summary.unreadable'),
          observed: versionLine ? [versionLine] : [],
          requirement: REQUIREMENT,
          remediationId: 'auto-updates.unknown',
          reason:
            local.kind === 'missing'
              ? msg('check.auto-updates.darwin.reason.localMissing', { place })
              : msg('check.auto-updates.darwin.reason.localProblem', { detail: local.detailMsg, place }),
          sources,
        })
      }
      localDict = Object.create(null) as Dict
    }

    const settings = effectiveSettings(localDict, managedDict)
    const observed = settings.map(describeSetting)
    const last = localDict['LastFullSuccessfulDate']
    if (typeof last === 'string')
      observed.push(msg('check.auto-updates.darwin.observed.lastCheck', { date: last }))
    if (managedDict !== null) observed.push(MANAGED_LINE)
    if (versionLine) observed.push(versionLine)

    const required = settings.filter((s) => REQUIRED_KEYS.includes(s.key))
    const off = required.filter((s) => s.value === false)
    if (off.length > 0) {
      const byProfile = off.some((s) => s.source === 'managed')
      return fail({
        summary: partlyOff(off),
        observed,
        requirement: REQUIREMENT,
        remediationId: turnOn,
        ...(byProfile ? { reason: msg('check.auto-updates.darwin.reason.byProfile') } : {}),
        sources,
      })
    }
    const unclear = required.filter((s) => s.value !== true)
    if (unclear.length > 0) {
      return unknown({
        summary: msg('check.auto-updates.darwin.summary.unclear'),
        observed,
        requirement: REQUIREMENT,
        remediationId: 'auto-updates.unknown',
        reason: msg('check.auto-updates.darwin.reason.unclear', {
          keys: commaList(unclear.map((s) => s.key)),
          place,
        }),
        sources,
      })
    }
    return pass({
      summary: msg('check.auto-updates.darwin.summary.on'),
      observed,
      requirement: REQUIREMENT,
      remediationId: turnOn,
      sources,
    })
  },
}
