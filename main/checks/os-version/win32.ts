/**
 * os-version on Windows: build, UBR and edition from the registry (`reg query`), judged against the
 * bundled table: end of servicing per edition family (Home/Pro vs Enterprise/Education vs LTSC),
 * Extended Security Updates where they still run, then the UBR against the monthly cumulative updates.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import {
  findWindowsRelease,
  hasEnded,
  judgeWindowsPatch,
  lastUbrBeforeEnd,
  positionOutside,
  staleDataReason,
  windowsEditionFamily,
  windowsEnd,
  windowsEsuEnd,
  type WindowsEditionFamily,
} from '../../../shared/os-support/judge'
import type { WindowsRelease } from '../../../shared/os-support/types'
import type { CheckContext, CheckStrategy } from '../types'
import { fail, pass, unknown } from '../verdict'
import { readRegKey, regQueryArgv } from '../win32/reg'
import { newerThanDataReason, osVersionRequirement, projectedNote } from './common'
import {
  CURRENT_VERSION_KEY,
  windowsDisplayName,
  windowsVersionFromRegistry,
  type WindowsVersion,
} from './windows-version'

/** `reg query "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion"`. */
export const CURRENT_VERSION_ARGV = regQueryArgv(CURRENT_VERSION_KEY)

const SOURCE = 'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"'

/** Read the version facts; a string is the reason they could not be read. */
export async function readWindowsVersion(ctx: Pick<CheckContext, 'probe'>): Promise<WindowsVersion | string> {
  const read = await readRegKey(ctx.probe, CURRENT_VERSION_ARGV)
  if (read.kind === 'error') return read.reason
  if (read.kind === 'missing') return 'the Windows version key could not be found in the registry'
  return windowsVersionFromRegistry(read.values)
}

const FAMILY_LABEL: Readonly<Record<WindowsEditionFamily, string>> = {
  'home-pro': 'Home/Pro editions',
  enterprise: 'Enterprise/Education editions',
  ltsc: 'LTSC editions',
}

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
  const label = `${name}${v.displayVersion !== null ? ` ${v.displayVersion}` : ''} (build ${buildText(v)})`
  const observed = [label, `EditionID ${v.editionId ?? '(none)'}`]
  const base = { requirement, observed, sources: [SOURCE] }
  const data = ctx.osSupport

  if (v.installationType !== null && v.installationType.toLowerCase() !== 'client') {
    return unknown({
      ...base,
      summary: `${v.installationType} installations are not covered`,
      remediationId: 'os-version.unknown',
      reason: `This is a Windows ${v.installationType} installation; Preflight judges Windows 10 and 11 desktop editions only. Ask your security contact.`,
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
        summary: `Windows build ${v.build} no longer gets security updates`,
        remediationId: upgradeId(v),
        reason: `Build ${v.build} is older than every Windows release in Preflight's data, all of which have reached the end of servicing for regular editions.`,
      })
    }
    return unknown({
      ...base,
      summary: `Windows build ${v.build} is not in Preflight's support data`,
      remediationId: 'os-version.unknown',
      reason:
        pos === 'newer'
          ? newerThanDataReason(`Windows build ${v.build}`, data.dataAsOf)
          : `Build ${v.build} is not a released Windows version that Preflight knows (an Insider Preview build?). Ask your security contact.`,
    })
  }

  const release_ = `${release.product} ${release.version}`
  const family = v.editionId !== null ? windowsEditionFamily(v.editionId) : null
  if (family === null) {
    const behind = behindVerdict(v, release, ctx, base)
    if (behind !== null) return behind
    return unknown({
      ...base,
      summary: `Edition "${v.editionId ?? 'none'}" is not recognised`,
      remediationId: 'os-version.unknown',
      reason: `Preflight does not know which servicing dates apply to the ${v.editionId ?? 'unnamed'} edition of ${release_}. Ask your security contact.`,
    })
  }
  const end = windowsEnd(release, family)
  if (end === undefined) {
    const behind = behindVerdict(v, release, ctx, base)
    if (behind !== null) return behind
    return unknown({
      ...base,
      summary: `No servicing dates for ${FAMILY_LABEL[family]} of ${release_}`,
      remediationId: 'os-version.unknown',
      reason: `Preflight's data does not list an end of servicing for ${FAMILY_LABEL[family]} of ${release_}. Ask your security contact.`,
    })
  }

  const endNote = `${FAMILY_LABEL[family]} of ${release_}: servicing ${end === null ? 'open' : `until ${end}`}${projectedNote(release.projected)}`
  observed.push(endNote)
  let esuNote: string | null = null
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
      const esuText =
        esuEnd === undefined
          ? ''
          : hasEnded(esuEnd, ctx.now)
            ? ` Extended Security Updates for these editions also ended on ${esuEnd}.`
            : ` Extended Security Updates run until ${esuEnd}, but this PC has no update newer than ${release.product} ${release.build}.${lastRegular ?? '?'}, so it is not enrolled.`
      return fail({
        ...base,
        summary: `${release_} no longer gets security updates`,
        remediationId: upgradeId(v),
        reason: `Microsoft stopped servicing ${FAMILY_LABEL[family]} of ${release_} on ${end}${projectedNote(release.projected)}.${esuText}`,
      })
    }
    esuNote = `Extended Security Updates (until ${esuEnd}): an update newer than ${release.build}.${lastRegular} is installed`
    observed.push(esuNote)
  }

  const stale = staleDataReason(data, ctx.now, ctx.policy)
  if (stale !== null) {
    // Too old to know the newest update: only "missing an update the table already lists" decides.
    const behind = behindVerdict(
      v,
      release,
      ctx,
      base,
      ` Preflight's data is old, so newer updates may exist as well.`,
    )
    if (behind !== null) return behind
    return unknown({
      ...base,
      summary: `${release_} is supported, but Preflight's data is too old to judge updates`,
      remediationId: 'os-version.win32.update',
      reason: stale,
    })
  }
  return judgeUbr(v, release, ctx, base, esuNote !== null)
}

type Base = { requirement: string; observed: string[]; sources: string[] }
type WinUpdate = WindowsRelease['updates'][number]

/** The fail for a PC that lacks `required`, public for longer than the grace period. */
function missingUpdateFail(
  v: WindowsVersion & { ubr: number },
  release: WindowsRelease,
  patch: { readonly required: WinUpdate; readonly newest: WinUpdate },
  grace: number,
  base: Base,
  note = '',
): CheckVerdict {
  const kbText = (u: { ubr: number; kb?: string | undefined }) =>
    `${release.build}.${u.ubr}${u.kb !== undefined ? ` (${u.kb})` : ''}`
  return fail({
    ...base,
    observed: [...base.observed, `required: ${kbText(patch.required)}, public since ${patch.required.date}`],
    summary: `Windows is missing updates since ${patch.required.date}: newest is ${kbText(patch.newest)}`,
    remediationId: 'os-version.win32.update',
    reason: `The update ${kbText(patch.required)} was published on ${patch.required.date}, more than ${grace} days ago; this PC is at ${release.build}.${v.ubr}.${note}`,
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
  note = '',
): CheckVerdict | null {
  if (v.ubr === null) return null
  const grace = ctx.policy.osVersion.patchGraceDays
  const patch = judgeWindowsPatch(release, v.ubr, ctx.now, grace)
  return patch.kind === 'behind'
    ? missingUpdateFail({ ...v, ubr: v.ubr }, release, patch, grace, base, note)
    : null
}

function judgeUbr(
  v: WindowsVersion,
  release: WindowsRelease,
  ctx: Pick<CheckContext, 'osSupport' | 'policy' | 'now'>,
  base: { requirement: string; observed: string[]; sources: string[] },
  esu: boolean,
): CheckVerdict {
  const release_ = `${release.product} ${release.version}`
  const grace = ctx.policy.osVersion.patchGraceDays
  if (v.ubr === null) {
    return unknown({
      ...base,
      summary: 'Could not read the Windows patch level',
      remediationId: 'os-version.unknown',
      reason:
        'The registry has no UBR value (the monthly update number), so Preflight cannot tell which updates are installed.',
    })
  }
  const patch = judgeWindowsPatch(release, v.ubr, ctx.now, grace)
  const kbText = (u: { ubr: number; kb?: string | undefined }) =>
    `${release.build}.${u.ubr}${u.kb !== undefined ? ` (${u.kb})` : ''}`
  switch (patch.kind) {
    case 'no-data':
      return unknown({
        ...base,
        summary: `No update list for ${release_}`,
        remediationId: 'os-version.unknown',
        reason: `Preflight's data (as of ${ctx.osSupport.dataAsOf}) lists no monthly updates for build ${release.build}, so it cannot tell whether ${release.build}.${v.ubr} is current.`,
      })
    case 'behind':
      return missingUpdateFail({ ...v, ubr: v.ubr }, release, patch, grace, base)
    case 'current':
      return pass({
        ...base,
        observed: [
          ...base.observed,
          patch.required !== null
            ? `at least ${kbText(patch.required)} (public since ${patch.required.date}) is installed`
            : `no update of ${release_} is older than ${grace} days yet`,
        ],
        summary: `${release_} is supported${esu ? ' (Extended Security Updates)' : ''} and up to date`,
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
    if (typeof v === 'string') {
      return unknown({
        summary: 'Could not read the Windows version',
        requirement: osVersionRequirement(ctx.policy),
        remediationId: 'os-version.unknown',
        reason: `${v}. Check the version in Settings > System > About and press "Check again".`,
        sources: [SOURCE],
      })
    }
    return judgeWindows(v, ctx)
  },
}
