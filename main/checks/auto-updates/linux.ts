/**
 * Automatic updates on Linux: are security updates installed without the user having to act?
 *
 * Chosen by distro family (os-release ID, then ID_LIKE):
 * - Debian/Ubuntu (and derivatives): unattended-upgrades installed (dpkg-query), `apt-config dump`
 *   with APT::Periodic::Update-Package-Lists and ::Unattended-Upgrade non-zero (values, last one
 *   wins; APT::Periodic::Enable "0" turns all off), and apt-daily(-upgrade).timer enabled.
 * - Linux Mint: Update Manager's automation (mintupdate-automation-upgrade.timer plus its
 *   "enabled" flag file), or the Debian mechanism above.
 * - Fedora/RHEL family: dnf-automatic-install.timer, or dnf5-automatic.timer / dnf-automatic.timer
 *   with `apply_updates = yes` in the automatic.conf that decides (dnf5: packaged defaults, then the
 *   deprecated /etc/dnf/dnf5-plugins/automatic.conf, then /etc/dnf/automatic.conf, the last one that
 *   sets the key wins; dnf4: /etc/dnf/automatic.conf only). GNOME Software only downloads and asks →
 *   fail.
 * - Arch: no automatic mechanism exists by design → fail with an explanation.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg, MsgValue } from '../../../shared/i18n/msg'
import type { CommandOutcome } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import { commandProblemMsg, describeCommand, fail, msg, pass, semicolonList, unknown } from '../verdict'
import {
  aptPeriodicSeconds,
  distroFamily,
  and3,
  isEnabledState,
  isUnclearState,
  or3,
  parseAptConfigDump,
  parseIsEnabled,
  resolveDnfApply,
  type DnfConfRead,
} from './linux-config'

const REQUIREMENT = msg('check.auto-updates.linux.requirement')
const DPKG = ['dpkg-query', '-W', '-f=${Status}', 'unattended-upgrades'] as const
const APT_CONFIG = ['apt-config', 'dump'] as const
const isEnabled = (unit: string): string[] => ['systemctl', 'is-enabled', unit]
const APT_TIMERS = ['apt-daily.timer', 'apt-daily-upgrade.timer'] as const
const MINT_TIMER = 'mintupdate-automation-upgrade.timer'
const MINT_FLAG = '/var/lib/linuxmint/mintupdate-automatic-upgrades-enabled'
const DNF_TIMERS = ['dnf-automatic-install.timer', 'dnf5-automatic.timer', 'dnf-automatic.timer'] as const
const DNF_CONF = '/etc/dnf/automatic.conf'
/** Deprecated since dnf5 5.2.6.1 but still read (with a warning); Cockpit's updates page writes here. */
const DNF5_DEPRECATED_CONF = '/etc/dnf/dnf5-plugins/automatic.conf'
const DNF5_DEFAULT_CONF = '/usr/share/dnf5/dnf5-plugins/automatic.conf'
const OSTREE_FLAG = '/run/ostree-booted'

export const linuxStrategy: CheckStrategy = {
  probes: {
    commands: [[...DPKG], [...APT_CONFIG], ...[...APT_TIMERS, MINT_TIMER, ...DNF_TIMERS].map(isEnabled)],
    files: [MINT_FLAG, DNF_CONF, DNF5_DEPRECATED_CONF, DNF5_DEFAULT_CONF, OSTREE_FLAG],
    notes: ['the distribution (from /etc/os-release) decides which update mechanism is read'],
  },
  run,
}

type TimerState = { state: string } | { problem: Msg }

/** `systemctl is-enabled` for one unit; an unknown unit is reported as "not-found". */
async function timerState(ctx: CheckContext, unit: string): Promise<TimerState> {
  const argv = isEnabled(unit)
  const out = await ctx.probe.run(argv)
  if (out.kind === 'error') return { problem: commandProblemMsg(argv, out) as Msg }
  const parsed = parseIsEnabled(out.stdout)
  if (parsed !== null) return { state: parsed }
  if (out.stdout.trim() === '' && /no such file|not found|does not exist/i.test(out.stderr))
    return { state: 'not-found' }
  return { problem: msg('check.auto-updates.linux.problem.unexpected', { command: describeCommand(argv) }) }
}

interface Evidence {
  readonly status: 'pass' | 'fail' | 'unknown'
  readonly observed: Msg[]
  /** Why it fails or cannot be judged (joined with "; "); absent for a pass. */
  readonly problems?: Msg[]
  readonly sources: string[]
}

async function aptEvidence(ctx: CheckContext): Promise<Evidence> {
  const sources = [
    describeCommand(DPKG),
    describeCommand(APT_CONFIG),
    ...APT_TIMERS.map((t) => describeCommand(isEnabled(t))),
  ]
  const [dpkg, dump, ...timers] = await Promise.all([
    ctx.probe.run(DPKG),
    ctx.probe.run(APT_CONFIG),
    ...APT_TIMERS.map((t) => timerState(ctx, t)),
  ])
  const observed: Msg[] = []
  const fails: Msg[] = []
  const problems: Msg[] = []

  const installed = packageInstalled(dpkg as CommandOutcome)
  if (installed === true) observed.push(msg('check.auto-updates.linux.observed.installed'))
  else if (installed === false) {
    observed.push(msg('check.auto-updates.linux.observed.notInstalled'))
    fails.push(msg('check.auto-updates.linux.observed.notInstalled'))
  } else
    problems.push(
      commandProblemMsg(DPKG, dpkg as CommandOutcome) ??
        msg('check.auto-updates.linux.problem.dpkgUnexpected'),
    )

  const d = dump as CommandOutcome
  const dumpProblem = commandProblemMsg(APT_CONFIG, d)
  if (dumpProblem !== null || d.kind !== 'exit') problems.push(dumpProblem ?? msg('check.common.noAnswer'))
  else {
    const conf = parseAptConfigDump(d.stdout)
    const enable = conf.get('APT::Periodic::Enable')
    const lists = aptPeriodicSeconds(conf.get('APT::Periodic::Update-Package-Lists'))
    const upgrade = aptPeriodicSeconds(conf.get('APT::Periodic::Unattended-Upgrade'))
    const show = (key: string): Msg => {
      const value = conf.get(key)
      return value === undefined
        ? msg('check.auto-updates.linux.observed.aptNotSet', { key })
        : msg('check.auto-updates.linux.observed.aptValue', { key, value })
    }
    observed.push(show('APT::Periodic::Update-Package-Lists'), show('APT::Periodic::Unattended-Upgrade'))
    if (enable !== undefined && enable.trim() === '0') {
      observed.push(msg('check.auto-updates.linux.observed.aptDisabled'))
      fails.push(msg('check.auto-updates.linux.fail.periodicOff'))
    }
    if (lists === null || upgrade === null) problems.push(msg('check.auto-updates.linux.problem.aptValue'))
    else {
      if (upgrade === 0) fails.push(msg('check.auto-updates.linux.fail.noInstall'))
      if (lists === 0) fails.push(msg('check.auto-updates.linux.fail.noRefresh'))
    }
  }

  APT_TIMERS.forEach((t, i) => {
    const s = timers[i] as TimerState
    if ('problem' in s) problems.push(s.problem)
    else {
      observed.push(msg('check.auto-updates.linux.observed.unit', { unit: t, state: s.state }))
      if (isUnclearState(s.state)) problems.push(unclear(t, s.state))
      else if (!isEnabledState(s.state))
        fails.push(msg('check.auto-updates.linux.fail.unitState', { unit: t, state: s.state }))
    }
  })

  if (fails.length > 0) return { status: 'fail', observed, problems: fails, sources }
  if (problems.length > 0) return { status: 'unknown', observed, problems, sources }
  return { status: 'pass', observed, sources }
}

function packageInstalled(out: CommandOutcome): boolean | null {
  if (out.kind !== 'exit') return null
  if (out.exitCode === 0) {
    const s = out.stdout.trim()
    if (s === 'install ok installed') return true
    if (/^\S+ \S+ \S+$/.test(s)) return false // e.g. "deinstall ok config-files"
    return null
  }
  if (/no packages found matching/i.test(out.stderr)) return false
  return null
}

const unclear = (unit: string, state: string): Msg =>
  msg('check.auto-updates.linux.problem.unclearState', { unit, state })

const SUMMARY_OFF = msg('check.auto-updates.linux.summary.off')
const SUMMARY_UNATTENDED = msg('check.auto-updates.linux.summary.unattended')

const problemsReason = (problems: readonly Msg[]): Msg =>
  msg('check.auto-updates.linux.reason.problems', { problems: semicolonList(problems) })

function toVerdict(p: Evidence, summaryPass: Msg, summaryFail: Msg, remediationId: string): CheckVerdict {
  if (p.status === 'pass')
    return pass({
      summary: summaryPass,
      observed: p.observed,
      requirement: REQUIREMENT,
      remediationId,
      sources: p.sources,
    })
  if (p.status === 'fail')
    return fail({
      summary: summaryFail,
      observed: p.observed,
      requirement: REQUIREMENT,
      remediationId,
      ...(p.problems !== undefined ? { reason: problemsReason(p.problems) } : {}),
      sources: p.sources,
    })
  return unknown({
    summary: msg('check.auto-updates.linux.summary.unconfirmed'),
    observed: p.observed,
    requirement: REQUIREMENT,
    remediationId: 'auto-updates.unknown',
    reason: problemsReason(p.problems ?? [msg('check.auto-updates.linux.problem.default')]),
    sources: p.sources,
  })
}

async function mintEvidence(ctx: CheckContext): Promise<Evidence> {
  const [timer, flag] = await Promise.all([timerState(ctx, MINT_TIMER), ctx.probe.readFile(MINT_FLAG)])
  const sources = [describeCommand(isEnabled(MINT_TIMER)), MINT_FLAG]
  // The flag is a file whose existence is the setting (unreadable still means it exists).
  const flagOn: boolean | null =
    flag.kind === 'file' || flag.error === 'EACCES' ? true : flag.error === 'ENOENT' ? false : null
  const observed: Msg[] = []
  const problems: Msg[] = []
  let timerOn: boolean | null = null
  if ('problem' in timer) problems.push(timer.problem)
  else {
    observed.push(msg('check.auto-updates.linux.observed.unit', { unit: MINT_TIMER, state: timer.state }))
    if (isEnabledState(timer.state) || timer.state === 'static') timerOn = true
    else if (isUnclearState(timer.state)) problems.push(unclear(MINT_TIMER, timer.state))
    else timerOn = false
  }
  if (flagOn === null) problems.push(msg('check.common.file.unreadable', { path: MINT_FLAG }))
  else
    observed.push(
      flagOn
        ? msg('check.auto-updates.linux.observed.mintOn')
        : msg('check.auto-updates.linux.observed.mintOff'),
    )
  // Both are needed: either one seen off decides, whatever the other.
  const on = and3(timerOn, flagOn)
  if (on === true) return { status: 'pass', observed, sources }
  if (on === false)
    return { status: 'fail', observed, problems: [msg('check.auto-updates.linux.fail.mintOff')], sources }
  return { status: 'unknown', observed, problems, sources }
}

async function fedoraEvidence(ctx: CheckContext): Promise<Evidence> {
  const sources: string[] = []
  const ostree = await ctx.probe.readFile(OSTREE_FLAG)
  if (ostree.kind === 'file') {
    return {
      status: 'unknown',
      observed: [msg('check.auto-updates.linux.observed.ostree')],
      problems: [msg('check.auto-updates.linux.problem.ostree')],
      sources: [OSTREE_FLAG],
    }
  }
  const states = await Promise.all(DNF_TIMERS.map((t) => timerState(ctx, t)))
  sources.push(...DNF_TIMERS.map((t) => describeCommand(isEnabled(t))))
  const observed: Msg[] = []
  const problems: Msg[] = []
  const [install, dnf5, dnf4] = states as [TimerState, TimerState, TimerState]
  // dnf5-plugin-automatic ships dnf5-automatic.timer (and dnf-automatic.timer as an alias of it);
  // dnf4's dnf-automatic has no dnf5-automatic.timer. That decides which config files are read.
  const isDnf5: boolean | null = 'problem' in dnf5 ? null : dnf5.state !== 'not-found'
  /** Does this timer start dnf(-5) automatic at boot? null: cannot tell. */
  const on = (unit: string, s: TimerState): boolean | null => {
    if ('problem' in s) {
      problems.push(s.problem)
      return null
    }
    if (s.state === 'not-found') return false
    if (s.state === 'alias' && unit === 'dnf-automatic.timer' && isDnf5 === true) {
      observed.push(msg('check.auto-updates.linux.observed.alias', { unit }))
      return false // its target is asked directly
    }
    observed.push(msg('check.auto-updates.linux.observed.unit', { unit, state: s.state }))
    if (isEnabledState(s.state)) return true
    if (isUnclearState(s.state) || s.state === 'static') {
      problems.push(unclear(unit, s.state))
      return null
    }
    return false
  }
  // dnf4's install timer passes --installupdates: it installs whatever the config says.
  const installOn = on('dnf-automatic-install.timer', install)
  const automaticOn = or3([on('dnf5-automatic.timer', dnf5), on('dnf-automatic.timer', dnf4)])
  if (installOn === true) return { status: 'pass', observed, sources }
  if (automaticOn === false) {
    if (installOn === null || problems.length > 0) return { status: 'unknown', observed, problems, sources }
    observed.push(msg('check.auto-updates.linux.observed.noTimer'))
    return { status: 'fail', observed, problems: [msg('check.auto-updates.linux.fail.nothing')], sources }
  }
  // A timer runs (or may run) dnf(5) automatic: it installs only with apply_updates on. dnf5 reads
  // its packaged defaults, then the deprecated /etc/dnf/dnf5-plugins/automatic.conf, then
  // /etc/dnf/automatic.conf, each overriding the ones before; dnf4 reads only /etc/dnf/automatic.conf.
  const reads = new Map<string, DnfConfRead | null>()
  for (const path of [DNF5_DEFAULT_CONF, DNF5_DEPRECATED_CONF, DNF_CONF]) {
    const f = await ctx.probe.readFile(path)
    if (f.kind === 'error' && f.error === 'ENOENT') {
      reads.set(path, null)
      continue
    }
    sources.push(path)
    reads.set(path, { path, text: f.kind === 'file' ? f.text : null })
  }
  const resolveFor = (paths: readonly string[]) =>
    resolveDnfApply(paths.flatMap((p) => (reads.get(p) ? [reads.get(p) as DnfConfRead] : [])))
  const five = resolveFor([DNF5_DEFAULT_CONF, DNF5_DEPRECATED_CONF, DNF_CONF])
  const four = resolveFor([DNF_CONF])
  const applied = isDnf5 === true ? five : isDnf5 === false ? four : five.value === four.value ? five : null
  const apply = applied?.value ?? null
  if (applied?.problem !== undefined) problems.push(applied.problem)
  if (applied === null) problems.push(msg('check.auto-updates.linux.problem.dnfWhich'))
  if (apply !== null) {
    const from: MsgValue = applied?.from ?? msg('check.auto-updates.linux.builtInDefault')
    observed.push(
      apply
        ? msg('check.auto-updates.linux.observed.applyYes', { from })
        : msg('check.auto-updates.linux.observed.applyNo', { from }),
    )
  }
  const result = or3([installOn, and3(automaticOn, apply)])
  if (result === true) return { status: 'pass', observed, sources }
  if (result === false)
    return {
      status: 'fail',
      observed,
      problems: [msg('check.auto-updates.linux.fail.downloadOnly')],
      sources,
    }
  return {
    status: 'unknown',
    observed,
    problems: problems.length > 0 ? problems : [msg('check.auto-updates.linux.problem.dnfUnreadable')],
    sources,
  }
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const release = await ctx.facts.osRelease()
  if (release === null) {
    return unknown({
      summary: msg('check.auto-updates.linux.summary.noOsRelease'),
      requirement: REQUIREMENT,
      remediationId: 'auto-updates.unknown',
      reason: msg('check.auto-updates.linux.reason.noOsRelease'),
      sources: ['/etc/os-release'],
    })
  }
  const name: MsgValue =
    release.fields['PRETTY_NAME'] ??
    release.fields['NAME'] ??
    release.fields['ID'] ??
    msg('check.auto-updates.linux.thisLinux')
  switch (distroFamily(release.fields)) {
    case 'debian': {
      const ubuntu = [release.fields['ID'], ...(release.fields['ID_LIKE'] ?? '').split(/\s+/)].includes(
        'ubuntu',
      )
      const fix = ubuntu ? 'auto-updates.linux.ubuntu' : 'auto-updates.linux.debian'
      return toVerdict(await aptEvidence(ctx), SUMMARY_UNATTENDED, SUMMARY_OFF, fix)
    }
    case 'mint': {
      const mint = await mintEvidence(ctx)
      if (mint.status === 'pass')
        return toVerdict(
          mint,
          msg('check.auto-updates.linux.summary.mint'),
          SUMMARY_OFF,
          'auto-updates.linux.mint',
        )
      const apt = await aptEvidence(ctx)
      if (apt.status === 'pass')
        return toVerdict(apt, SUMMARY_UNATTENDED, SUMMARY_OFF, 'auto-updates.linux.mint')
      const merged: Evidence = {
        status: mint.status === 'unknown' || apt.status === 'unknown' ? 'unknown' : 'fail',
        observed: [...mint.observed, ...apt.observed],
        problems: [...(mint.problems ?? []), ...(apt.problems ?? [])],
        sources: [...mint.sources, ...apt.sources],
      }
      return toVerdict(merged, SUMMARY_UNATTENDED, SUMMARY_OFF, 'auto-updates.linux.mint')
    }
    case 'fedora':
      return toVerdict(
        await fedoraEvidence(ctx),
        msg('check.auto-updates.linux.summary.dnf'),
        SUMMARY_OFF,
        'auto-updates.linux.fedora',
      )
    case 'arch':
      return fail({
        summary: msg('check.auto-updates.linux.summary.arch', { name }),
        observed: [msg('check.auto-updates.linux.observed.arch', { name })],
        requirement: REQUIREMENT,
        remediationId: 'auto-updates.linux.arch',
        reason: msg('check.auto-updates.linux.reason.arch'),
        sources: [release.path],
      })
    case 'unknown':
      return unknown({
        summary: msg('check.auto-updates.linux.summary.unknownDistro', { name }),
        observed: [msg('check.auto-updates.linux.observed.distribution', { name })],
        requirement: REQUIREMENT,
        remediationId: 'auto-updates.unknown',
        reason: msg('check.auto-updates.linux.reason.unknownDistro', { name }),
        sources: [release.path],
      })
  }
}
