/**
 * os-version on macOS: `/usr/bin/sw_vers`, judged against the bundled table (shared/os-support).
 *
 * Apple publishes no end-of-support dates and patches only the newest major fully; the table models
 * what the policy needs: a major is supported until its (possibly projected) `securityEnd`, and the
 * installed version must be at least the newest point release of its major that has been public for
 * more than the grace period. docs/os-support.md explains the choice.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import { isMsg, type Msg } from '../../../shared/i18n/msg'
import { findMacosCycle, hasEnded, judgeMacosPatch, positionOutside } from '../../../shared/os-support/judge'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblemMsg, fail, msg, pass, unknown } from '../verdict'
import { datedMsg, newerThanDataReason, osVersionRequirement, staleDataMsg } from './common'
import { macosMajor, parseSwVers, type SwVers } from './sw-vers'

/** The one command this check runs (SYSTEM_VERSION_COMPAT is removed from its env by the probe). */
export const SW_VERS_ARGV = ['/usr/bin/sw_vers'] as const

const SOURCE = 'sw_vers'

/** Read and parse sw_vers; a message is the reason it could not be read. */
export async function readSwVers(ctx: Pick<CheckContext, 'probe'>): Promise<SwVers | Msg> {
  const out = await ctx.probe.run(SW_VERS_ARGV, { timeoutMs: 5_000 })
  const problem = commandProblemMsg(SW_VERS_ARGV, out)
  if (problem !== null) return problem
  if (out.kind !== 'exit') return msg('check.os-version.darwin.problem.notRun')
  return parseSwVers(out.stdout) ?? msg('check.os-version.darwin.problem.unrecognised')
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
  const label = msg('check.os-version.darwin.observed.version', {
    version: `${version}${sw.productVersionExtra !== null ? ` ${sw.productVersionExtra}` : ''}`,
    build: sw.buildVersion,
  })
  const observed: Msg[] = [label]
  const base = { requirement, observed, sources: [SOURCE] }
  const major = macosMajor(version)

  if (version.startsWith('10.16')) {
    return unknown({
      ...base,
      summary: msg('check.os-version.darwin.summary.compat'),
      remediationId: 'os-version.unknown',
      reason: msg('check.os-version.darwin.reason.compat'),
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
        summary: msg('check.os-version.darwin.summary.olderEnded', { version }),
        remediationId: upgradeId(major),
        reason: msg('check.os-version.darwin.reason.olderEnded', {
          major,
          oldest: msg('check.os-version.darwin.cycle', { major: oldest.major, name: oldest.name }),
          end: String(oldest.securityEnd),
        }),
      })
    }
    return unknown({
      ...base,
      summary: msg('check.os-version.darwin.summary.notInData', { version }),
      remediationId: 'os-version.unknown',
      reason:
        pos === 'newer'
          ? newerThanDataReason(msg('check.common.macosVersion', { version: major }), data.dataAsOf)
          : msg('check.os-version.darwin.reason.unlisted', { major, dataAsOf: data.dataAsOf }),
    })
  }

  const cycleName = msg('check.os-version.darwin.cycle', { major: cycle.major, name: cycle.name })
  if (hasEnded(cycle.securityEnd, ctx.now)) {
    const end = datedMsg(String(cycle.securityEnd), cycle.securityEndProjected)
    return fail({
      ...base,
      observed: [...observed, msg('check.os-version.darwin.observed.ended', { release: cycleName, end })],
      summary: msg('check.os-version.common.summary.ended', { release: cycleName }),
      remediationId: upgradeId(major),
      reason: msg('check.os-version.darwin.reason.ended', { release: cycleName, end }),
    })
  }

  const grace = ctx.policy.osVersion.patchGraceDays
  const patch = judgeMacosPatch(cycle, version, ctx.now, grace)
  // Table too old to know the newest update: only "missing an update it already lists" can be judged.
  const stale = staleDataMsg(data, ctx.now, ctx.policy)
  if (stale !== null && patch.kind !== 'behind') {
    return unknown({
      ...base,
      summary: msg('check.os-version.common.summary.stale', { release: cycleName }),
      remediationId: 'os-version.darwin.update',
      reason: stale,
    })
  }
  switch (patch.kind) {
    case 'no-data':
      return unknown({
        ...base,
        summary: msg('check.os-version.common.summary.noData', { release: cycleName }),
        remediationId: 'os-version.unknown',
        reason: msg('check.os-version.darwin.reason.noData', {
          dataAsOf: data.dataAsOf,
          release: cycleName,
          version,
        }),
      })
    case 'behind':
      return fail({
        ...base,
        observed: [
          ...observed,
          msg('check.os-version.darwin.observed.required', {
            version: patch.required.version,
            date: patch.required.date,
          }),
        ],
        summary: msg('check.os-version.darwin.summary.behind', {
          date: patch.required.date,
          newest: patch.newest.version,
        }),
        remediationId: 'os-version.darwin.update',
        reason: msg(
          stale !== null
            ? 'check.os-version.darwin.reason.behindStale'
            : 'check.os-version.darwin.reason.behind',
          { required: patch.required.version, date: patch.required.date, grace, version },
        ),
      })
    case 'current':
      return pass({
        ...base,
        observed: [
          ...observed,
          patch.required !== null
            ? msg('check.os-version.common.observed.atLeast', {
                version: patch.required.version,
                date: patch.required.date,
              })
            : msg('check.os-version.common.observed.noneOlder', { release: cycleName, grace }),
        ],
        summary: msg('check.os-version.common.summary.current', { release: cycleName }),
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
    if (isMsg(sw)) {
      return unknown({
        summary: msg('check.os-version.darwin.summary.unreadable'),
        requirement: osVersionRequirement(ctx.policy),
        remediationId: 'os-version.unknown',
        reason: msg('check.os-version.darwin.reason.unreadable', { problem: sw }),
        sources: [SOURCE],
      })
    }
    return judgeMacos(sw, ctx)
  },
}
