/**
 * os-version on macOS: `/usr/bin/sw_vers`, judged against the bundled table (shared/os-support).
 *
 * Apple publishes no end-of-support dates and patches only the newest major fully; the table models
 * what the policy needs: a major is supported until its (possibly projected) `securityEnd`, and the
 * installed version must be at least the newest point release of its major that has been public for
 * more than the grace period. docs/os-support.md explains the choice.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import {
  findMacosCycle,
  hasEnded,
  judgeMacosPatch,
  positionOutside,
  staleDataReason,
} from '../../../shared/os-support/judge'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblem, fail, pass, unknown } from '../verdict'
import { newerThanDataReason, osVersionRequirement, projectedNote } from './common'
import { macosMajor, parseSwVers, type SwVers } from './sw-vers'

/** The one command this check runs (SYSTEM_VERSION_COMPAT is removed from its env by the probe). */
export const SW_VERS_ARGV = ['/usr/bin/sw_vers'] as const

const SOURCE = 'sw_vers'

/** Read and parse sw_vers; a string is the reason it could not be read. */
export async function readSwVers(ctx: Pick<CheckContext, 'probe'>): Promise<SwVers | string> {
  const out = await ctx.probe.run(SW_VERS_ARGV, { timeoutMs: 5_000 })
  const problem = commandProblem(SW_VERS_ARGV, out)
  if (problem !== null) return problem
  if (out.kind !== 'exit') return 'sw_vers could not be run'
  return parseSwVers(out.stdout) ?? `\`sw_vers\` printed something Preflight does not recognise`
}

/** Remediation: macOS 12 and older use the old Software Update pane; 13+ the new settings. */
function upgradeId(major: number): string {
  return major <= 12 ? 'os-version.darwin.upgrade.macos12' : 'os-version.darwin.upgrade'
}

/** Judge parsed sw_vers output (exported for tests). */
export function judgeMacos(
  sw: SwVers,
  ctx: Pick<CheckContext, 'osSupport' | 'policy' | 'now'>,
): CheckVerdict {
  const requirement = osVersionRequirement(ctx.policy)
  const version = sw.productVersion
  const label = `macOS ${version}${sw.productVersionExtra !== null ? ` ${sw.productVersionExtra}` : ''} (${sw.buildVersion})`
  const observed = [label]
  const base = { requirement, observed, sources: [SOURCE] }
  const major = macosMajor(version)

  if (version.startsWith('10.16')) {
    return unknown({
      ...base,
      summary: 'macOS reported a compatibility version (10.16)',
      remediationId: 'os-version.unknown',
      reason:
        'macOS answered "10.16", the number it shows to old software when SYSTEM_VERSION_COMPAT is set, so the real version is hidden. ' +
        'Check the version in Apple menu > About This Mac, then run Preflight again from a normal session.',
    })
  }

  const data = ctx.osSupport
  const cycle = findMacosCycle(data, major)
  if (cycle === undefined) {
    const pos = positionOutside(
      major,
      data.macos.map((c) => c.major),
    )
    const oldest = [...data.macos].sort((a, b) => a.major - b.major)[0]
    if (pos === 'older' && oldest !== undefined && hasEnded(oldest.securityEnd, ctx.now)) {
      return fail({
        ...base,
        summary: `macOS ${version} no longer gets security updates`,
        remediationId: upgradeId(major),
        reason: `macOS ${major} is older than macOS ${oldest.major} ${oldest.name}, whose security support already ended on ${oldest.securityEnd}.`,
      })
    }
    return unknown({
      ...base,
      summary: `macOS ${version} is not in Preflight's support data`,
      remediationId: 'os-version.unknown',
      reason:
        pos === 'newer'
          ? newerThanDataReason(`macOS ${major}`, data.dataAsOf)
          : `macOS ${major} is not a release Preflight knows (as of ${data.dataAsOf}). Ask your security contact.`,
    })
  }

  const cycleName = `macOS ${cycle.major} ${cycle.name}`
  if (hasEnded(cycle.securityEnd, ctx.now)) {
    return fail({
      ...base,
      observed: [
        ...observed,
        `${cycleName} security support ended ${cycle.securityEnd}${projectedNote(cycle.securityEndProjected)}`,
      ],
      summary: `${cycleName} no longer gets security updates`,
      remediationId: upgradeId(major),
      reason: `Apple fixes security problems only in supported macOS versions; ${cycleName} stopped receiving them on ${cycle.securityEnd}${projectedNote(cycle.securityEndProjected)}.`,
    })
  }

  const grace = ctx.policy.osVersion.patchGraceDays
  const patch = judgeMacosPatch(cycle, version, ctx.now, grace)
  // Table too old to know the newest update: only "missing an update it already lists" can be judged.
  const stale = staleDataReason(data, ctx.now, ctx.policy)
  if (stale !== null && patch.kind !== 'behind') {
    return unknown({
      ...base,
      summary: `${cycleName} is supported, but Preflight's data is too old to judge updates`,
      remediationId: 'os-version.darwin.update',
      reason: stale,
    })
  }
  switch (patch.kind) {
    case 'no-data':
      return unknown({
        ...base,
        summary: `No update list for ${cycleName}`,
        remediationId: 'os-version.unknown',
        reason: `Preflight's data (as of ${data.dataAsOf}) lists no updates for ${cycleName}, so it cannot tell whether ${version} is current.`,
      })
    case 'behind':
      return fail({
        ...base,
        observed: [...observed, `required: ${patch.required.version} (public since ${patch.required.date})`],
        summary: `macOS is missing updates since ${patch.required.date}: newest is ${patch.newest.version}`,
        remediationId: 'os-version.darwin.update',
        reason:
          `macOS ${patch.required.version} was published on ${patch.required.date}, more than ${grace} days ago; this Mac runs ${version}.` +
          (stale !== null ? ` Preflight's data is old, so newer updates may exist as well.` : ''),
      })
    case 'current':
      return pass({
        ...base,
        observed: [
          ...observed,
          patch.required !== null
            ? `at least ${patch.required.version} (public since ${patch.required.date}) is installed`
            : `no update of ${cycleName} is older than ${grace} days yet`,
        ],
        summary: `${cycleName} is supported and up to date`,
        remediationId: 'os-version.darwin.update',
      })
  }
}

export const darwinStrategy: CheckStrategy = {
  probes: {
    commands: [[...SW_VERS_ARGV]],
    files: [],
    notes: ['sw_vers: macOS version and build, compared with the bundled OS support table'],
  },
  async run(ctx) {
    const sw = await readSwVers(ctx)
    if (typeof sw === 'string') {
      return unknown({
        summary: 'Could not read the macOS version',
        requirement: osVersionRequirement(ctx.policy),
        remediationId: 'os-version.unknown',
        reason: `${sw}. Check the version in Apple menu > About This Mac and press "Check again".`,
        sources: [SOURCE],
      })
    }
    return judgeMacos(sw, ctx)
  },
}
