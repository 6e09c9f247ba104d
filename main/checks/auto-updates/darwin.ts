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
import {
  describeVersion,
  readMacosVersion,
  remediationForVersion,
  settingsPlace,
  SW_VERS_ARGV,
} from '../darwin-common'
import {
  readSoftwareUpdateDomains,
  SOFTWARE_UPDATE_LOCAL_ARGV as LOCAL,
  SOFTWARE_UPDATE_MANAGED_ARGV as MANAGED,
  type PlistDict as Dict,
} from '../darwin-software-update'
import type { CheckStrategy } from '../types'
import { describeCommand, fail, pass, unknown } from '../verdict'
import { effectiveSettings, KEY_LABEL, REQUIRED_KEYS, type EffectiveSetting } from './darwin-parse'

const REQUIREMENT =
  'automatic checking, downloading, and installing of Security Responses and system files are on'

function describeSetting(s: EffectiveSetting): string {
  const value =
    s.value === true ? 'on' : s.value === false ? 'off' : s.value === null ? 'not set' : 'unreadable value'
  const origin =
    s.source === 'managed'
      ? ' (set by a configuration profile)'
      : s.source === 'default' && typeof s.value === 'boolean'
        ? ' (macOS default)'
        : ''
  return `${KEY_LABEL[s.key]}: ${value}${origin}`
}

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
    const versionLine = describeVersion(version)
    const place = settingsPlace(
      version,
      'System Settings › General › Software Update',
      'System Preferences › Software Update',
    )

    if (managed.kind === 'problem') {
      return unknown({
        summary: 'Could not read the update settings enforced on this Mac',
        observed: versionLine ? [versionLine] : [],
        requirement: REQUIREMENT,
        remediationId: 'auto-updates.unknown',
        reason: `${managed.detail}. A configuration profile may override the local settings, so they cannot be judged alone. Check ${place} yourself.`,
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
            summary: `Automatic updates are partly off: ${offByProfile.map((x) => KEY_LABEL[x.key]).join(', ')}`,
            observed: [
              ...offByProfile.map(describeSetting),
              'a configuration profile manages Software Update',
              ...(versionLine ? [versionLine] : []),
            ],
            requirement: REQUIREMENT,
            remediationId: turnOn,
            reason: `A configuration profile turns these settings off, so the local settings (${local.kind === 'missing' ? 'not created yet' : 'not readable'}) cannot change the result; ask whoever manages this Mac to change it.`,
            sources,
          })
        }
      }
      const complete =
        managedDict !== null &&
        REQUIRED_KEYS.every((k) => Object.prototype.hasOwnProperty.call(managedDict, k))
      if (!complete) {
        return unknown({
          summary: 'Could not read the Software Update settings',
          observed: versionLine ? [versionLine] : [],
          requirement: REQUIREMENT,
          remediationId: 'auto-updates.unknown',
          reason:
            local.kind === 'missing'
              ? `The Software Update settings file does not exist yet (macOS creates it the first time it checks for updates). Open ${place} once, let it check, then check again.`
              : `${local.detail}. Check ${place} yourself.`,
          sources,
        })
      }
      localDict = Object.create(null) as Dict
    }

    const settings = effectiveSettings(localDict, managedDict)
    const observed = settings.map(describeSetting)
    const last = localDict['LastFullSuccessfulDate']
    if (typeof last === 'string') observed.push(`last full successful update check: ${last}`)
    if (managedDict !== null) observed.push('a configuration profile manages Software Update')
    if (versionLine) observed.push(versionLine)

    const required = settings.filter((s) => REQUIRED_KEYS.includes(s.key))
    const off = required.filter((s) => s.value === false)
    if (off.length > 0) {
      const byProfile = off.some((s) => s.source === 'managed')
      return fail({
        summary: `Automatic updates are partly off: ${off.map((s) => KEY_LABEL[s.key]).join(', ')}`,
        observed,
        requirement: REQUIREMENT,
        remediationId: turnOn,
        ...(byProfile
          ? {
              reason:
                'At least one of these settings is enforced by a configuration profile; ask whoever manages this Mac to change it.',
            }
          : {}),
        sources,
      })
    }
    const unclear = required.filter((s) => s.value !== true)
    if (unclear.length > 0) {
      return unknown({
        summary: 'Could not read every automatic update setting',
        observed,
        requirement: REQUIREMENT,
        remediationId: 'auto-updates.unknown',
        reason: `Unreadable value for: ${unclear.map((s) => s.key).join(', ')}. Check the automatic update options in ${place} yourself.`,
        sources,
      })
    }
    return pass({
      summary: 'Automatic updates are on',
      observed,
      requirement: REQUIREMENT,
      remediationId: turnOn,
      sources,
    })
  },
}
