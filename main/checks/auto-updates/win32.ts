/**
 * auto-updates on Windows. Windows 10/11 Home and Pro install updates automatically unless something
 * turns that off, so the check looks for the three things that do, all readable without admin rights
 * and all stored as values rather than translated text:
 *
 * 1. Group Policy / registry policy under HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate
 *    (`NoAutoUpdate`=1, `AUOptions`=2 "notify only", `DisableWindowsUpdateAccess`=1, or a WSUS server
 *    that Preflight cannot judge), and the same from device management (MDM `AllowAutoUpdate` 0 or 5);
 * 2. a pause set in Settings (HKLM\SOFTWARE\Microsoft\WindowsUpdate\UX\Settings, ISO-8601 UTC end
 *    times; a pause whose end has passed is not a pause);
 * 3. the Windows Update service (wuauserv) set to Disabled (`sc qc`, START_TYPE 4).
 *
 * Nothing found → pass, because that is Windows' default behaviour (docs/windows-checks.md). Any of
 * the three that cannot be read → unknown, never pass.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import { describeCommand } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { commandErrorMsg, fail, msg, pass, semicolonList, unknown } from '../verdict'
import { codeName, parseStartType, START_TYPES } from '../win32/sc'
import { readRegKey, regDword, regGet, regQueryArgv, regString, regSubkey, type RegValue } from '../win32/reg'

export const POLICY_ARGV = regQueryArgv('HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate', '/s')
export const MDM_ARGV = regQueryArgv('HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update')
export const PAUSE_ARGV = regQueryArgv('HKLM\\SOFTWARE\\Microsoft\\WindowsUpdate\\UX\\Settings')
export { parseStartType }
export const SERVICE_ARGV = ['sc.exe', 'qc', 'wuauserv']

const REQUIREMENT = msg('check.auto-updates.win32.requirement')

/** A finding from one of the three sources. */
interface Finding {
  readonly level: 'fail' | 'unknown'
  readonly text: Msg
  readonly remediationId: string
}

interface Part {
  readonly observed: Msg[]
  readonly findings: Finding[]
}

/** Strict ISO-8601 UTC timestamp as Windows writes pause end times; null otherwise. */
export function parsePauseTime(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$/.test(text.trim())) return null
  const ms = Date.parse(text.trim())
  return Number.isNaN(ms) ? null : new Date(ms)
}

/** Judge the policy key (`reg query … /s` blocks). */
export function judgePolicy(
  blocks: readonly { key: string; values: ReadonlyMap<string, RegValue> }[] | null,
): Part {
  const part: Part = { observed: [], findings: [] }
  if (blocks === null) {
    part.observed.push(msg('check.auto-updates.win32.observed.noPolicy'))
    return part
  }
  const top = blocks[0]?.values ?? new Map<string, RegValue>()
  const au = regSubkey(blocks, 'AU')?.values ?? new Map<string, RegValue>()
  const policyId = 'auto-updates.win32.policy'

  const access = regDword(top, 'DisableWindowsUpdateAccess')
  if (access.kind === 'value' && access.value === 1) {
    part.findings.push({
      level: 'fail',
      text: msg('check.auto-updates.win32.finding.noAccess'),
      remediationId: policyId,
    })
  } else if (access.kind === 'invalid') {
    part.findings.push({ level: 'unknown', text: access.detailMsg, remediationId: 'auto-updates.unknown' })
  }

  const noAuto = regDword(au, 'NoAutoUpdate')
  if (noAuto.kind === 'value') {
    part.observed.push(msg('check.auto-updates.win32.observed.noAutoUpdate', { value: noAuto.value }))
    if (noAuto.value === 1)
      part.findings.push({
        level: 'fail',
        text: msg('check.auto-updates.win32.finding.noAutoUpdate'),
        remediationId: policyId,
      })
  } else if (noAuto.kind === 'invalid') {
    part.findings.push({ level: 'unknown', text: noAuto.detailMsg, remediationId: 'auto-updates.unknown' })
  }

  const options = regDword(au, 'AUOptions')
  if (options.kind === 'value') {
    part.observed.push(msg('check.auto-updates.win32.observed.auOptions', { value: options.value }))
    if (options.value === 2) {
      part.findings.push({
        level: 'fail',
        text: msg('check.auto-updates.win32.finding.notifyOnly'),
        remediationId: policyId,
      })
    } else if (![3, 4, 5, 7].includes(options.value)) {
      part.findings.push({
        level: 'unknown',
        text: msg('check.auto-updates.win32.finding.auOptionsUnknown', { value: options.value }),
        remediationId: 'auto-updates.unknown',
      })
    }
  } else if (options.kind === 'invalid') {
    part.findings.push({ level: 'unknown', text: options.detailMsg, remediationId: 'auto-updates.unknown' })
  }

  const useServer = regDword(au, 'UseWUServer')
  if (useServer.kind === 'value' && useServer.value === 1) {
    const server = regString(top, 'WUServer')
    part.findings.push({
      level: 'unknown',
      text:
        server.kind === 'value' && server.value !== ''
          ? msg('check.auto-updates.win32.finding.wsus', { server: server.value })
          : msg('check.auto-updates.win32.finding.wsusNoAddress'),
      remediationId: 'auto-updates.unknown',
    })
  }
  if (part.observed.length === 0 && part.findings.length === 0)
    part.observed.push(msg('check.auto-updates.win32.observed.policyNothing'))
  return part
}

/**
 * Judge device-management (MDM, e.g. Intune after "Allow my organization to manage my device") update
 * policy, which Windows keeps under PolicyManager\current\device\Update. Policy CSP Update/AllowAutoUpdate:
 * 0 notify before download, 1-4 automatic install variants, 5 automatic updates turned off.
 */
export function judgeMdm(values: ReadonlyMap<string, RegValue> | null): Part {
  const part: Part = { observed: [], findings: [] }
  if (values === null) return part
  const v = regDword(values, 'AllowAutoUpdate')
  if (v.kind === 'absent') return part
  if (v.kind === 'invalid') {
    part.findings.push({ level: 'unknown', text: v.detailMsg, remediationId: 'auto-updates.unknown' })
    return part
  }
  part.observed.push(msg('check.auto-updates.win32.observed.mdm', { value: v.value }))
  if (v.value === 5 || v.value === 0) {
    part.findings.push({
      level: 'fail',
      text:
        v.value === 5
          ? msg('check.auto-updates.win32.finding.mdmOff')
          : msg('check.auto-updates.win32.finding.mdmNotify'),
      remediationId: 'auto-updates.win32.policy',
    })
  } else if (v.value > 5) {
    part.findings.push({
      level: 'unknown',
      text: msg('check.auto-updates.win32.finding.mdmUnknown', { value: v.value }),
      remediationId: 'auto-updates.unknown',
    })
  }
  return part
}

const PAUSE_VALUES: readonly { readonly name: string; readonly blocksSecurity: boolean }[] = [
  { name: 'PauseUpdatesExpiryTime', blocksSecurity: true },
  { name: 'PauseQualityUpdatesEndTime', blocksSecurity: true },
  { name: 'PauseFeatureUpdatesEndTime', blocksSecurity: false },
]

/**
 * Judge the pause values against `now`. Quality (security) or all-updates pauses fail; a pause of
 * feature updates alone is only noted (security updates still install; the os-version check judges
 * whether the release itself is still supported).
 */
export function judgePause(values: ReadonlyMap<string, RegValue> | null, now: Date): Part {
  const part: Part = { observed: [], findings: [] }
  if (values === null) {
    part.observed.push(msg('check.auto-updates.win32.observed.neverPaused'))
    return part
  }
  let securityPause: { end: Date; name: string } | null = null
  let featurePause: Date | null = null
  for (const { name, blocksSecurity } of PAUSE_VALUES) {
    const v = regGet(values, name)
    if (v === undefined) continue
    const end = v.type === 'REG_SZ' && typeof v.value === 'string' ? parsePauseTime(v.value) : null
    if (end === null) {
      part.findings.push({
        level: 'unknown',
        text: msg('check.auto-updates.win32.finding.pauseUnreadable', {
          name,
          type: v.type,
          value: JSON.stringify(String(v.value)),
        }),
        remediationId: 'auto-updates.unknown',
      })
      continue
    }
    if (end.getTime() <= now.getTime()) {
      part.observed.push(msg('check.auto-updates.win32.observed.pauseEnded', { date: isoDate(end), name }))
    } else if (blocksSecurity) {
      if (securityPause === null || end.getTime() > securityPause.end.getTime()) securityPause = { end, name }
    } else {
      featurePause = end
    }
  }
  if (securityPause !== null) {
    part.findings.push({
      level: 'fail',
      text: msg('check.auto-updates.win32.finding.paused', {
        date: isoDate(securityPause.end),
        name: securityPause.name,
      }),
      remediationId: 'auto-updates.win32.paused',
    })
  } else if (featurePause !== null) {
    part.observed.push(
      msg('check.auto-updates.win32.observed.featurePaused', { date: isoDate(featurePause) }),
    )
  }
  if (part.observed.length === 0 && part.findings.length === 0)
    part.observed.push(msg('check.auto-updates.win32.observed.notPaused'))
  return part
}

/** ISO-8601 without milliseconds, as Windows writes it. */
function isoDate(d: Date): string {
  return d.toISOString().replace(/\.000Z$/, 'Z')
}

/** Judge the service start type. */
export function judgeService(startType: number | null, problem: Msg | null): Part {
  if (problem !== null)
    return {
      observed: [],
      findings: [{ level: 'unknown', text: problem, remediationId: 'auto-updates.unknown' }],
    }
  if (startType === null)
    return {
      observed: [],
      findings: [
        {
          level: 'unknown',
          text: msg('check.auto-updates.win32.finding.serviceUnreadable'),
          remediationId: 'auto-updates.unknown',
        },
      ],
    }
  const name = codeName(START_TYPES, startType)
  if (startType === 4)
    return {
      observed: [msg('check.auto-updates.win32.observed.service', { code: startType, name })],
      findings: [
        {
          level: 'fail',
          text: msg('check.auto-updates.win32.finding.serviceDisabled'),
          remediationId: 'auto-updates.win32.service',
        },
      ],
    }
  return {
    observed: [msg('check.auto-updates.win32.observed.service', { code: startType, name })],
    findings: [],
  }
}

/** Combine the parts: any fail → fail; else any unknown → unknown; else pass. */
export function combine(parts: readonly Part[], sources: readonly string[]): CheckVerdict {
  const observed = parts.flatMap((p) => p.observed)
  const findings = parts.flatMap((p) => p.findings)
  const fails = findings.filter((f) => f.level === 'fail')
  const unknowns = findings.filter((f) => f.level === 'unknown')
  const first = fails[0]
  if (first !== undefined) {
    return fail({
      summary: msg('check.auto-updates.win32.summary.finding', { finding: first.text }),
      observed: [...observed, ...findings.map((f) => f.text)],
      requirement: REQUIREMENT,
      remediationId: first.remediationId,
      sources,
      ...(unknowns.length > 0
        ? {
            reason: msg('check.auto-updates.win32.reason.alsoUnreadable', {
              problems: semicolonList(unknowns.map((u) => u.text)),
            }),
          }
        : {}),
    })
  }
  if (unknowns.length > 0) {
    return unknown({
      summary: msg('check.auto-updates.win32.summary.unconfirmed'),
      observed: [...observed, ...unknowns.map((u) => u.text)],
      requirement: REQUIREMENT,
      remediationId: 'auto-updates.unknown',
      reason: msg('check.auto-updates.win32.reason.unconfirmed', {
        problems: semicolonList(unknowns.map((u) => u.text)),
      }),
      sources,
    })
  }
  return pass({
    summary: msg('check.auto-updates.win32.summary.on'),
    observed,
    requirement: REQUIREMENT,
    remediationId: 'auto-updates.win32.settings',
    sources,
  })
}

/** Why a registry key could not be read (readRegKey always gives the message). */
function regReason(read: { readonly reasonMsg?: Msg }): Msg {
  return read.reasonMsg ?? msg('check.common.noAnswer')
}

export const win32Strategy: CheckStrategy = {
  probes: {
    commands: [POLICY_ARGV, MDM_ARGV, PAUSE_ARGV, SERVICE_ARGV],
    files: [],
    notes: [
      'Windows Update policy values (NoAutoUpdate, AUOptions, DisableWindowsUpdateAccess, UseWUServer)',
      'device-management (MDM) update policy AllowAutoUpdate',
      'pause end times set in Settings › Windows Update, compared with the current time',
      'start type of the Windows Update service (wuauserv)',
    ],
  },
  async run(ctx: CheckContext): Promise<CheckVerdict> {
    const [policy, mdm, pause, service] = await Promise.all([
      readRegKey(ctx.probe, POLICY_ARGV),
      readRegKey(ctx.probe, MDM_ARGV),
      readRegKey(ctx.probe, PAUSE_ARGV),
      ctx.probe.run(SERVICE_ARGV, { timeoutMs: 10_000 }),
    ])
    const sources = [POLICY_ARGV, MDM_ARGV, PAUSE_ARGV, SERVICE_ARGV].map(describeCommand)
    const parts: Part[] = []

    if (policy.kind === 'error') {
      parts.push({
        observed: [],
        findings: [{ level: 'unknown', text: regReason(policy), remediationId: 'auto-updates.unknown' }],
      })
    } else {
      parts.push(judgePolicy(policy.kind === 'values' ? policy.blocks : null))
    }

    if (mdm.kind === 'error') {
      parts.push({
        observed: [],
        findings: [{ level: 'unknown', text: regReason(mdm), remediationId: 'auto-updates.unknown' }],
      })
    } else {
      parts.push(judgeMdm(mdm.kind === 'values' ? mdm.values : null))
    }

    if (pause.kind === 'error') {
      parts.push({
        observed: [],
        findings: [{ level: 'unknown', text: regReason(pause), remediationId: 'auto-updates.unknown' }],
      })
    } else {
      parts.push(judgePause(pause.kind === 'values' ? pause.values : null, ctx.now))
    }

    if (service.kind === 'error') {
      parts.push(judgeService(null, commandErrorMsg(SERVICE_ARGV, service.error)))
    } else if (service.exitCode !== 0) {
      parts.push(
        judgeService(
          null,
          msg('check.auto-updates.win32.finding.serviceExit', {
            command: describeCommand(SERVICE_ARGV),
            code: service.exitCode,
          }),
        ),
      )
    } else {
      parts.push(judgeService(parseStartType(service.stdout), null))
    }
    return combine(parts, sources)
  },
}
