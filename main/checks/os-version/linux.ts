/**
 * os-version on Linux: the release (os-release) must still get security updates (bundled table), and
 * the system must have been upgraded successfully within policy.osVersion.maxUpgradeAgeDays (apt
 * history, dpkg log, `rpm -qa --last` or pacman log), with no restart pending to activate them.
 *
 * Why upgrade age rather than "newest package version": offline, without root and without the
 * package indexes, the age of the last successful upgrade is the fact a user's laptop can show.
 * Rolling distributions (Arch) have no end of life: only the upgrade age counts.
 *
 * The three conditions are all required, so any one seen failing decides: an upgrade too long ago or
 * a pending restart is a fail even when support cannot be judged (release not in the table, table
 * too old) or the upgrade logs cannot be read.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import { hasEnded } from '../../../shared/os-support/judge'
import type { LinuxCycle } from '../../../shared/os-support/types'
import type { CheckContext, CheckStrategy } from '../types'
import { fail, fileProblemMsg, msg, pass, semicolonList, unknown } from '../verdict'
import { datedMsg, linuxRequirement, newerThanDataReason, staleDataMsg } from './common'
import { linuxFamily, matchLinuxCycle, osIds, type LinuxFamily } from './linux-release'
import { esmInfraEnabled, PRO_STATUS_ARGV } from './ubuntu-pro'
import {
  judgeUpgradeAge,
  newerKernelInstalled,
  parseAptHistory,
  parseDpkgLog,
  parsePacmanLog,
  parseRpmLast,
  type UpgradeEvidence,
} from './linux-updates'

export const APT_HISTORY = '/var/log/apt/history.log'
export const DPKG_LOGS = ['/var/log/dpkg.log', '/var/log/dpkg.log.1'] as const
export const PACMAN_LOG = '/var/log/pacman.log'
export const REBOOT_REQUIRED = '/run/reboot-required'
/** The running kernel's release (same as `uname -r`). */
export const KERNEL_RELEASE = '/proc/sys/kernel/osrelease'
/** Arch: a kernel upgrade removes the running kernel's module directory. */
export const MODULES_BUILTIN = (release: string) => `/usr/lib/modules/${release}/modules.builtin`
export const DEBIAN_VERSION = '/etc/debian_version'
export const RPM_LAST_ARGV = ['rpm', '-qa', '--last'] as const

/** Logs are read from the end: the newest entries are what matter (and they can be large). */
const LOG_TAIL_BYTES = 1024 * 1024

const UPDATE_IDS: Readonly<Record<LinuxFamily, string>> = {
  apt: 'os-version.linux.apt',
  mint: 'os-version.linux.mint',
  dnf: 'os-version.linux.dnf',
  pacman: 'os-version.linux.pacman',
}

function updateId(family: LinuxFamily | null): string {
  return family === null ? 'os-version.unknown' : UPDATE_IDS[family]
}

function releaseUpgradeId(distro: string): string {
  switch (distro) {
    case 'ubuntu':
      return 'os-version.linux.release-upgrade.ubuntu'
    case 'debian':
      return 'os-version.linux.release-upgrade.debian'
    case 'fedora':
      return 'os-version.linux.release-upgrade.fedora'
    case 'linuxmint':
    case 'lmde':
      return 'os-version.linux.release-upgrade.mint'
    default:
      return 'os-version.linux.release-upgrade.other'
  }
}

/**
 * An EOL Ubuntu LTS still covered by Ubuntu Pro ESM Infra: the observed line, or null when there is
 * no such coverage (no esmEnd, ended, pro missing, not attached, esm-infra not enabled).
 */
async function ubuntuProCovers(ctx: CheckContext, cycle: LinuxCycle): Promise<Msg | null> {
  if (cycle.distro !== 'ubuntu' || cycle.esmEnd === undefined || hasEnded(cycle.esmEnd, ctx.now)) return null
  const out = await ctx.probe.run(PRO_STATUS_ARGV, { timeoutMs: 15_000 })
  if (out.kind !== 'exit' || out.exitCode !== 0 || !esmInfraEnabled(out.stdout)) return null
  return msg('check.os-version.linux.observed.esm', { date: cycle.esmEnd })
}

/**
 * Fedora and Arch have no /run/reboot-required: compare the running kernel with what is installed.
 * Returns what was seen when a restart is pending, or null (also when it cannot be told).
 */
async function kernelRestartPending(ctx: CheckContext, family: LinuxFamily): Promise<Msg | null> {
  if (family !== 'dnf' && family !== 'pacman') return null
  const rel = await ctx.probe.readFile(KERNEL_RELEASE)
  if (rel.kind !== 'file') return null
  const running = rel.text.trim()
  if (!/^[\w.+~-]{1,100}$/.test(running)) return null
  if (family === 'dnf') {
    const r = await ctx.probe.run(RPM_LAST_ARGV, { timeoutMs: 20_000 })
    if (r.kind !== 'exit' || r.exitCode !== 0) return null
    const newer = newerKernelInstalled(r.stdout, running)
    return newer !== null ? msg('check.os-version.linux.observed.newerKernel', { newer, running }) : null
  }
  const modules = await ctx.probe.readFile(MODULES_BUILTIN(running), { tailBytes: 64 })
  return modules.kind === 'error' && modules.error === 'ENOENT'
    ? msg('check.os-version.linux.observed.kernelReplaced', { running })
    : null
}

/** Gather upgrade evidence for a family; `problems` are the problems met on the way (for reasons). */
async function gatherEvidence(
  ctx: CheckContext,
  family: LinuxFamily,
): Promise<{ evidence: UpgradeEvidence[]; problems: Msg[]; sources: string[] }> {
  const problems: Msg[] = []
  const sources: string[] = []
  const evidence: UpgradeEvidence[] = []
  const fileProblem = (path: string, error: 'ENOENT' | 'EACCES' | 'EIO') =>
    problems.push(
      error === 'EACCES'
        ? msg('check.os-version.linux.problem.notReadable', { path })
        : (fileProblemMsg(path, { kind: 'error', error }) as Msg),
    )
  if (family === 'apt' || family === 'mint') {
    const h = await ctx.probe.readFile(APT_HISTORY, { tailBytes: LOG_TAIL_BYTES })
    let history: UpgradeEvidence | null = null
    if (h.kind === 'file') {
      sources.push(APT_HISTORY)
      const e = parseAptHistory(h.text, APT_HISTORY)
      if (e.coversFrom !== null) {
        evidence.push(e)
        history = e
      }
    } else fileProblem(APT_HISTORY, h.error)
    const maxAge = ctx.policy.osVersion.maxUpgradeAgeDays
    if (history === null || judgeUpgradeAge([history], ctx.now, maxAge).kind !== 'recent') {
      // dpkg's own log (weaker: it cannot tell an upgrade run from an install) fills in only what
      // history.log does not cover: history.log is rotated monthly and its older part compressed,
      // while dpkg.log.1 stays plain text.
      const historyStart = history?.coversFrom ?? null
      for (const path of DPKG_LOGS) {
        const d = await ctx.probe.readFile(path, { tailBytes: LOG_TAIL_BYTES })
        if (d.kind === 'file') {
          sources.push(path)
          const e = parseDpkgLog(d.text, path)
          evidence.push(
            historyStart === null ? e : { ...e, upgrades: e.upgrades.filter((day) => day < historyStart) },
          )
        } else if (history === null) fileProblem(path, d.error)
      }
    }
  } else if (family === 'pacman') {
    const p = await ctx.probe.readFile(PACMAN_LOG, { tailBytes: LOG_TAIL_BYTES })
    if (p.kind === 'file') {
      sources.push(PACMAN_LOG)
      evidence.push(parsePacmanLog(p.text, PACMAN_LOG))
    } else fileProblem(PACMAN_LOG, p.error)
  } else {
    const r = await ctx.probe.run(RPM_LAST_ARGV, { timeoutMs: 20_000 })
    sources.push('rpm -qa --last')
    if (r.kind === 'exit' && r.exitCode === 0) evidence.push(parseRpmLast(r.stdout))
    else
      problems.push(
        r.kind === 'error'
          ? msg('check.os-version.linux.problem.rpmFailed', { error: r.error })
          : msg('check.os-version.linux.problem.rpmExit', { code: r.exitCode }),
      )
  }
  return { evidence, problems, sources }
}

/** Judge a Linux host (exported for tests through the strategy). */
async function judgeLinux(ctx: CheckContext): Promise<CheckVerdict> {
  const policy = ctx.policy
  const requirement = linuxRequirement(policy)
  const host = await ctx.facts.hostKind()
  const osr = await ctx.facts.osRelease()
  if (host.kind === 'wsl' || host.kind === 'container') {
    return unknown({
      summary:
        host.kind === 'wsl'
          ? msg('check.os-version.linux.summary.wsl')
          : msg('check.os-version.linux.summary.container'),
      requirement,
      remediationId: 'os-version.unknown',
      reason:
        host.kind === 'wsl'
          ? msg('check.os-version.linux.reason.wsl')
          : msg('check.os-version.linux.reason.container'),
      sources: [],
    })
  }
  if (osr === null) {
    return unknown({
      summary: msg('check.os-version.linux.summary.noOsRelease'),
      requirement,
      remediationId: 'os-version.unknown',
      reason: msg('check.os-version.linux.reason.noOsRelease'),
      sources: ['/etc/os-release'],
    })
  }
  const f = osr.fields
  const pretty = f.PRETTY_NAME ?? f.NAME ?? f.ID ?? 'Linux'
  const observed: Msg[] = [
    msg('check.os-version.linux.observed.release', {
      name: pretty,
      id: f.ID ?? '?',
      versionId: f.VERSION_ID ?? '?',
    }),
  ]
  const sources = [osr.path]
  const family = linuxFamily(f)
  const match = matchLinuxCycle(f, ctx.osSupport)
  const distro = (f.ID ?? '').toLowerCase()
  const supportEnd = /^\d{4}-\d{2}-\d{2}$/.test(f.SUPPORT_END ?? '') ? (f.SUPPORT_END as string) : null

  let cycle: LinuxCycle | null = null
  let viaEsm = false
  // Whether the release is supported: a fail decides at once; "cannot tell" is kept and weighed with
  // the upgrade age and pending restart below, either of which can still decide a fail.
  let supportUnknown: (() => CheckVerdict) | null = null
  switch (match.kind) {
    case 'rolling':
      observed.push(msg('check.os-version.linux.observed.rolling', { name: match.name }))
      break
    case 'cycle':
      cycle = match.cycle
      if (match.via !== null) observed.push(match.via)
      break
    case 'older': {
      if (hasEnded(match.oldest.securityEnd, ctx.now)) {
        return fail({
          summary: msg('check.os-version.common.summary.ended', { release: match.what }),
          observed,
          requirement,
          remediationId: releaseUpgradeId(distro),
          reason: msg('check.os-version.linux.reason.older', {
            release: match.what,
            oldest: match.oldest.name,
            end: String(match.oldest.securityEnd),
          }),
          sources,
        })
      }
      supportUnknown = () =>
        unknown({
          summary: msg('check.os-version.linux.summary.notInData', { release: match.what }),
          observed,
          requirement,
          remediationId: 'os-version.unknown',
          reason: msg('check.os-version.linux.reason.notInData', { release: match.what }),
          sources,
        })
      break
    }
    case 'newer':
    case 'unlisted': {
      if (supportEnd !== null && hasEnded(supportEnd, ctx.now)) {
        return fail({
          summary: msg('check.os-version.common.summary.ended', { release: match.what }),
          observed: [...observed, msg('check.os-version.linux.observed.supportEnd', { date: supportEnd })],
          requirement,
          remediationId: releaseUpgradeId(distro),
          reason: msg('check.os-version.linux.reason.supportEnd', { date: supportEnd, path: osr.path }),
          sources,
        })
      }
      supportUnknown = () =>
        unknown({
          summary: msg('check.os-version.linux.summary.notInData', { release: match.what }),
          observed,
          requirement,
          remediationId: 'os-version.unknown',
          reason:
            match.kind === 'newer'
              ? newerThanDataReason(match.what, ctx.osSupport.dataAsOf)
              : msg('check.os-version.linux.reason.unlisted', { release: match.what }),
          sources,
        })
      break
    }
  }

  if (cycle !== null) {
    const endText =
      cycle.securityEnd === null
        ? msg('check.os-version.linux.state.noEnd')
        : msg('check.os-version.common.state.until', {
            date: datedMsg(cycle.securityEnd, cycle.securityEndProjected),
          })
    observed.push(msg('check.os-version.linux.observed.support', { release: cycle.name, end: endText }))
    if (hasEnded(cycle.securityEnd, ctx.now)) {
      const esm = await ubuntuProCovers(ctx, cycle)
      if (esm !== null) {
        viaEsm = true
        observed.push(esm)
        sources.push('pro status --format json')
      } else {
        return fail({
          summary: msg('check.os-version.common.summary.ended', { release: cycle.name }),
          observed:
            cycle.extendedNote !== undefined
              ? [
                  ...observed,
                  msg('check.os-version.linux.observed.paidExtension', { note: cycle.extendedNote }),
                ]
              : observed,
          requirement,
          remediationId: releaseUpgradeId(cycle.distro),
          reason:
            cycle.extendedNote !== undefined
              ? msg('check.os-version.linux.reason.endedExtension', {
                  release: cycle.name,
                  date: String(cycle.securityEnd),
                  note: cycle.extendedNote,
                })
              : msg('check.os-version.linux.reason.ended', {
                  release: cycle.name,
                  date: String(cycle.securityEnd),
                }),
          sources,
        })
      }
    }
    const stale = staleDataMsg(ctx.osSupport, ctx.now, policy)
    const name = cycle.name
    if (stale !== null)
      supportUnknown = () =>
        unknown({
          summary: msg('check.os-version.linux.summary.staleCycle', { release: name }),
          observed,
          requirement,
          remediationId: updateId(family),
          reason: stale,
          sources,
        })
  }

  if (family === null) {
    if (supportUnknown !== null) return supportUnknown()
    return unknown({
      summary: msg('check.os-version.linux.summary.unknownFamily'),
      observed,
      requirement,
      remediationId: 'os-version.unknown',
      reason: msg('check.os-version.linux.reason.unknownFamily', {
        release: pretty,
        id: f.ID ?? '?',
        idLike: f.ID_LIKE ?? '?',
      }),
      sources,
    })
  }

  const { evidence, problems, sources: logSources } = await gatherEvidence(ctx, family)
  const allSources = [...sources, ...logSources]
  const maxAge = policy.osVersion.maxUpgradeAgeDays
  const age = judgeUpgradeAge(evidence, ctx.now, maxAge)
  const id = updateId(family)
  // Upgrade age unknown: kept for the end, since a pending restart can still decide a fail.
  const ageUnknown = (): CheckVerdict =>
    unknown({
      summary: msg('check.os-version.linux.summary.ageUnknown'),
      observed,
      requirement,
      remediationId: id,
      reason:
        problems.length > 0
          ? msg('check.os-version.linux.reason.ageProblems', { problems: semicolonList(problems) })
          : msg('check.os-version.linux.reason.ageNoReach'),
      sources: allSources,
    })
  switch (age.kind) {
    case 'no-evidence':
      break
    case 'old':
      return fail({
        summary: msg('check.os-version.linux.summary.old', { count: age.age, day: age.day }),
        observed: [
          ...observed,
          msg('check.os-version.linux.observed.lastUpgrade', { day: age.day, source: age.source }),
        ],
        requirement,
        remediationId: id,
        reason: msg('check.os-version.linux.reason.policyAge', { days: maxAge }),
        sources: allSources,
      })
    case 'none-since':
      return fail({
        summary: msg('check.os-version.linux.summary.noneSince', { since: age.since }),
        observed: [
          ...observed,
          msg('check.os-version.linux.observed.noneSince', { source: age.source, since: age.since }),
        ],
        requirement,
        remediationId: id,
        reason: msg('check.os-version.linux.reason.policyAge', { days: maxAge }),
        sources: allSources,
      })
    case 'recent':
      observed.push(
        msg('check.os-version.linux.observed.recent', { day: age.day, count: age.age, source: age.source }),
      )
      break
  }

  let restartUnknown: (() => CheckVerdict) | null = null
  if (family === 'apt' || family === 'mint' || osIds(f).includes('debian')) {
    const reboot = await ctx.probe.readFile(REBOOT_REQUIRED)
    allSources.push(REBOOT_REQUIRED)
    if (reboot.kind === 'file') {
      return fail({
        summary: msg('check.os-version.linux.summary.restart'),
        observed: [...observed, msg('check.os-version.linux.observed.exists', { path: REBOOT_REQUIRED })],
        requirement,
        remediationId: 'os-version.linux.restart',
        reason: msg('check.os-version.linux.reason.restart'),
        sources: allSources,
      })
    }
    if (reboot.error !== 'ENOENT') {
      const error = reboot.error
      restartUnknown = () =>
        unknown({
          summary: msg('check.os-version.linux.summary.restartUnknown'),
          observed,
          requirement,
          remediationId: 'os-version.linux.restart',
          reason: msg('check.os-version.linux.reason.restartUnknown', { path: REBOOT_REQUIRED, error }),
          sources: allSources,
        })
    }
  }

  const kernelRestart = await kernelRestartPending(ctx, family)
  if (kernelRestart !== null) {
    return fail({
      summary: msg('check.os-version.linux.summary.restart'),
      observed: [...observed, kernelRestart],
      requirement,
      remediationId: 'os-version.linux.restart',
      reason: msg('check.os-version.linux.reason.restartKernel'),
      sources: [...allSources, KERNEL_RELEASE],
    })
  }

  // Nothing read decides a fail: anything that could not be judged makes the answer unknown.
  if (supportUnknown !== null) return supportUnknown()
  if (age.kind !== 'recent') return ageUnknown()
  if (restartUnknown !== null) return restartUnknown()

  return pass({
    summary:
      cycle !== null
        ? msg(
            viaEsm ? 'check.os-version.linux.summary.currentEsm' : 'check.os-version.linux.summary.current',
            {
              release: cycle.name,
              count: age.age,
            },
          )
        : msg('check.os-version.linux.summary.upgraded', { release: pretty, count: age.age }),
    observed,
    requirement,
    remediationId: id,
    sources: allSources,
  })
}

export const linuxStrategy: CheckStrategy = {
  probes: {
    commands: [[...RPM_LAST_ARGV], [...PRO_STATUS_ARGV]],
    files: [
      APT_HISTORY,
      ...DPKG_LOGS,
      PACMAN_LOG,
      REBOOT_REQUIRED,
      DEBIAN_VERSION,
      KERNEL_RELEASE,
      MODULES_BUILTIN('*'),
    ],
    notes: [
      'os-release (host facts) is compared with the bundled OS support table',
      'pro status --format json: only for an Ubuntu LTS past standard support, to see whether Ubuntu Pro ESM still patches it',
      'upgrade logs give the date of the last successful system upgrade; /run/reboot-required shows a pending restart',
      'Fedora/Arch: the running kernel (/proc/sys/kernel/osrelease) against the newest installed kernel shows a pending restart',
    ],
  },
  run: judgeLinux,
}
