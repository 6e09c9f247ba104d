/**
 * os-version on Windows: build, UBR and edition from the registry (`reg query`), judged against the
 * bundled table: end of servicing per edition family (Home/Pro vs Enterprise/Education vs LTSC),
 * Extended Security Updates where they still run, then the UBR against the monthly cumulative updates.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import { isMsg, type Msg } from '../../../shared/i18n/msg'
import {
  findWindowsRelease,
  hasEnded,
  judgeWindowsPatch,
  lastUbrBeforeEnd,
  positionOutside,
  windowsEditionFamily,
  windowsEnd,
  windowsEsuEnd,
  type WindowsEditionFamily,
} from '../../../shared/os-support/judge'
import type { WindowsRelease } from '../../../shared/os-support/types'
import type { CheckContext, CheckStrategy } from '../types'
import { fail, msg, pass, unknown } from '../verdict'
import { readRegKey, regQueryArgv } from '../win32/reg'
import { datedMsg, newerThanDataReason, osVersionRequirement, staleDataMsg } from './common'
import {
  CURRENT_VERSION_KEY,
  windowsDisplayName,
  windowsVersionFromRegistryMsg,
  type WindowsVersion,
} from './windows-version'

/** `reg query "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion"`. */
export const CURRENT_VERSION_ARGV = regQueryArgv(CURRENT_VERSION_KEY)

const SOURCE = 'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"'

/** Read the version facts; a message is the reason they could not be read. */
export async function readWindowsVersion(ctx: Pick<CheckContext, 'probe'>): Promise<WindowsVersion | Msg> {
  const read = await readRegKey(ctx.probe, CURRENT_VERSION_ARGV)
  if (read.kind === 'error') return read.reasonMsg ?? msg('check.common.noAnswer')
  if (read.kind === 'missing') return msg('check.os-version.win32.problem.noKey')
  return windowsVersionFromRegistryMsg(read.values)
}

const familyMsg = (family: WindowsEditionFamily): Msg => msg(`check.os-version.win32.family.${family}`)

function upgradeId(v: WindowsVersion): string {
  return v.product === 'Windows 10' ? 'os-version.win32.upgrade-11' : 'os-version.win32.feature-update'
}

function buildText(v: WindowsVersion): string {
  return v.ubr !== null ? `${v.build}.${v.ubr}` : `${v.build}`
}

/** Judge the registry facts (exported for tests). */
export function judgeWindows(
  v: WindowsVersion,
  ctx: Pick<CheckContext, 'osSupport' | 'policy' | 'now'>,
): CheckVerdict {
  const requirement = osVersionRequirement(ctx.policy)
  const name = windowsDisplayName(v)
  const label =
    v.displayVersion !== null
      ? msg('check.os-version.win32.observed.version', {
          name,
          displayVersion: v.displayVersion,
          build: buildText(v),
        })
      : msg('check.os-version.win32.observed.versionNoDisplay', { name, build: buildText(v) })
  const observed: Msg[] = [
    label,
    v.editionId !== null
      ? msg('check.os-version.win32.observed.edition', { edition: v.editionId })
      : msg('check.os-version.win32.observed.noEdition'),
  ]
  const base = { requirement, observed, sources: [SOURCE] }
  const data = ctx.osSupport

  if (v.installationType !== null && v.installationType.toLowerCase() !== 'client') {
    return unknown({
      ...base,
      summary: msg('check.os-version.win32.summary.notClient', { type: v.installationType }),
      remediationId: 'os-version.unknown',
      reason: msg('check.os-version.win32.reason.notClient', { type: v.installationType }),
    })
  }

  const release = findWindowsRelease(data, v.build)
  if (release === undefined) {
    const pos = positionOutside(
      v.build,
      data.windows.map((w) => w.build),
    )
    if (pos === 'older') {
      return fail({
        ...base,
        summary: msg('check.os-version.win32.summary.olderBuild', { build: v.build }),
        remediationId: upgradeId(v),
        reason: msg('check.os-version.win32.reason.olderBuild', { build: v.build }),
      })
    }
    return unknown({
      ...base,
      summary: msg('check.os-version.win32.summary.notInData', { build: v.build }),
      remediationId: 'os-version.unknown',
      reason:
        pos === 'newer'
          ? newerThanDataReason(msg('check.os-version.win32.build', { build: v.build }), data.dataAsOf)
          : msg('check.os-version.win32.reason.unlisted', { build: v.build }),
    })
  }

  const release_ = `${release.product} ${release.version}`
  const family = v.editionId !== null ? windowsEditionFamily(v.editionId) : null
  if (family === null) {
    const behind = behindVerdict(v, release, ctx, base)
    if (behind !== null) return behind
    return unknown({
      ...base,
      summary:
        v.editionId !== null
          ? msg('check.os-version.win32.summary.unknownEdition', { edition: v.editionId })
          : msg('check.os-version.win32.summary.noEdition'),
      remediationId: 'os-version.unknown',
      reason:
        v.editionId !== null
          ? msg('check.os-version.win32.reason.unknownEdition', { edition: v.editionId, release: release_ })
          : msg('check.os-version.win32.reason.noEdition', { release: release_ }),
    })
  }
  const end = windowsEnd(release, family)
  if (end === undefined) {
    const behind = behindVerdict(v, release, ctx, base)
    if (behind !== null) return behind
    return unknown({
      ...base,
      summary: msg('check.os-version.win32.summary.noDates', {
        family: familyMsg(family),
        release: release_,
      }),
      remediationId: 'os-version.unknown',
      reason: msg('check.os-version.win32.reason.noDates', { family: familyMsg(family), release: release_ }),
    })
  }

  const servicing =
    end === null
      ? release.projected === true
        ? msg('check.os-version.win32.state.openProjected')
        : msg('check.os-version.win32.state.open')
      : msg('check.os-version.common.state.until', { date: datedMsg(end, release.projected) })
  observed.push(
    msg('check.os-version.win32.observed.servicing', {
      family: familyMsg(family),
      release: release_,
      end: servicing,
    }),
  )
  let esu = false
  if (hasEnded(end, ctx.now)) {
    const esuEnd = windowsEsuEnd(release, family)
    const lastRegular = end !== null ? lastUbrBeforeEnd(release, end) : null
    const onEsu =
      esuEnd !== undefined &&
      !hasEnded(esuEnd, ctx.now) &&
      v.ubr !== null &&
      lastRegular !== null &&
      v.ubr > lastRegular
    if (!onEsu) {
      const params = {
        family: familyMsg(family),
        release: release_,
        end: datedMsg(String(end), release.projected),
      }
      return fail({
        ...base,
        summary: msg('check.os-version.common.summary.ended', { release: release_ }),
        remediationId: upgradeId(v),
        reason:
          esuEnd === undefined
            ? msg('check.os-version.win32.reason.ended', params)
            : hasEnded(esuEnd, ctx.now)
              ? msg('check.os-version.win32.reason.endedEsuEnded', { ...params, esuEnd: String(esuEnd) })
              : msg('check.os-version.win32.reason.endedNotEnrolled', {
                  ...params,
                  esuEnd: String(esuEnd),
                  last: `${release.product} ${release.build}.${lastRegular ?? '?'}`,
                }),
      })
    }
    esu = true
    observed.push(
      msg('check.os-version.win32.observed.esu', {
        end: String(esuEnd),
        build: `${release.build}.${lastRegular}`,
      }),
    )
  }

  const stale = staleDataMsg(data, ctx.now, ctx.policy)
  if (stale !== null) {
    // Too old to know the newest update: only "missing an update the table already lists" decides.
    const behind = behindVerdict(v, release, ctx, base, true)
    if (behind !== null) return behind
    return unknown({
      ...base,
      summary: msg('check.os-version.common.summary.stale', { release: release_ }),
      remediationId: 'os-version.win32.update',
      reason: stale,
    })
  }
  return judgeUbr(v, release, ctx, base, esu)
}

type Base = { requirement: Msg; observed: Msg[]; sources: string[] }
type WinUpdate = WindowsRelease['updates'][number]

/** "26100.4061 (KB5058411)": a build with its update number and KB article, as values. */
function updateText(release: WindowsRelease, u: { ubr: number; kb?: string | undefined }): string {
  return `${release.build}.${u.ubr}${u.kb !== undefined ? ` (${u.kb})` : ''}`
}

/** The fail for a PC that lacks `required`, public for longer than the grace period. */
function missingUpdateFail(
  v: WindowsVersion & { ubr: number },
  release: WindowsRelease,
  patch: { readonly required: WinUpdate; readonly newest: WinUpdate },
  grace: number,
  base: Base,
  stale = false,
): CheckVerdict {
  return fail({
    ...base,
    observed: [
      ...base.observed,
      msg('check.os-version.win32.observed.required', {
        update: updateText(release, patch.required),
        date: patch.required.date,
      }),
    ],
    summary: msg('check.os-version.win32.summary.missing', {
      date: patch.required.date,
      newest: updateText(release, patch.newest),
    }),
    remediationId: 'os-version.win32.update',
    reason: msg(
      stale ? 'check.os-version.win32.reason.missingStale' : 'check.os-version.win32.reason.missing',
      {
        update: updateText(release, patch.required),
        date: patch.required.date,
        grace,
        current: `${release.build}.${v.ubr}`,
      },
    ),
  })
}

/**
 * A fail when the PC lacks an update the table lists as public for longer than the grace period, or
 * null. That decides whatever else cannot be judged (unknown edition, stale table): every servicing
 * channel of a build gets the same monthly updates.
 */
function behindVerdict(
  v: WindowsVersion,
  release: WindowsRelease,
  ctx: Pick<CheckContext, 'osSupport' | 'policy' | 'now'>,
  base: Base,
  stale = false,
): CheckVerdict | null {
  if (v.ubr === null) return null
  const grace = ctx.policy.osVersion.patchGraceDays
  const patch = judgeWindowsPatch(release, v.ubr, ctx.now, grace)
  return patch.kind === 'behind'
    ? missingUpdateFail({ ...v, ubr: v.ubr }, release, patch, grace, base, stale)
    : null
}

function judgeUbr(
  v: WindowsVersion,
  release: WindowsRelease,
  ctx: Pick<CheckContext, 'osSupport' | 'policy' | 'now'>,
  base: Base,
  esu: boolean,
): CheckVerdict {
  const release_ = `${release.product} ${release.version}`
  const grace = ctx.policy.osVersion.patchGraceDays
  if (v.ubr === null) {
    return unknown({
      ...base,
      summary: msg('check.os-version.win32.summary.noUbr'),
      remediationId: 'os-version.unknown',
      reason: msg('check.os-version.win32.reason.noUbr'),
    })
  }
  const patch = judgeWindowsPatch(release, v.ubr, ctx.now, grace)
  switch (patch.kind) {
    case 'no-data':
      return unknown({
        ...base,
        summary: msg('check.os-version.common.summary.noData', { release: release_ }),
        remediationId: 'os-version.unknown',
        reason: msg('check.os-version.win32.reason.noData', {
          dataAsOf: ctx.osSupport.dataAsOf,
          build: release.build,
          current: `${release.build}.${v.ubr}`,
        }),
      })
    case 'behind':
      return missingUpdateFail({ ...v, ubr: v.ubr }, release, patch, grace, base)
    case 'current':
      return pass({
        ...base,
        observed: [
          ...base.observed,
          patch.required !== null
            ? msg('check.os-version.common.observed.atLeast', {
                version: updateText(release, patch.required),
                date: patch.required.date,
              })
            : msg('check.os-version.common.observed.noneOlder', { release: release_, grace }),
        ],
        summary: esu
          ? msg('check.os-version.win32.summary.currentEsu', { release: release_ })
          : msg('check.os-version.common.summary.current', { release: release_ }),
        remediationId: 'os-version.win32.update',
      })
  }
}

export const win32Strategy: CheckStrategy = {
  probes: {
    commands: [CURRENT_VERSION_ARGV],
    files: [],
    notes: [
      'CurrentBuild, UBR, DisplayVersion, EditionID and InstallationType, compared with the bundled OS support table',
    ],
  },
  async run(ctx) {
    const v = await readWindowsVersion(ctx)
    if (isMsg(v)) {
      return unknown({
        summary: msg('check.os-version.win32.summary.unreadable'),
        requirement: osVersionRequirement(ctx.policy),
        remediationId: 'os-version.unknown',
        reason: msg('check.os-version.win32.reason.unreadable', { problem: v }),
        sources: [SOURCE],
      })
    }
    return judgeWindows(v, ctx)
  },
}
