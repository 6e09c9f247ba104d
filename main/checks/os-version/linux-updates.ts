/**
 * Evidence of the last system upgrade on Linux, from logs a normal user can read.
 *
 * Each parser returns the days (YYYY-MM-DD, as the log writes them: local time, good to a day) on
 * which an upgrade completed, and the earliest day the text covers. "No upgrade since the start of
 * the log" is evidence too, but only when the log reaches back far enough (see `judgeUpgradeAge`).
 */
import { daysSince } from '../../../shared/os-support/judge'

/** Upgrade days found in one log, and how far back the text reaches. */
export interface UpgradeEvidence {
  /** Source label, e.g. "/var/log/apt/history.log". */
  readonly source: string
  readonly upgrades: readonly string[]
  /** Earliest day any line of the text carries; null if no line had a date. */
  readonly coversFrom: string | null
}

function minDay(a: string | null, b: string): string {
  return a === null || b < a ? b : a
}

/**
 * `/var/log/apt/history.log`: blocks `Start-Date:` … `End-Date:`. A block counts when it upgraded
 * packages (`Upgrade:`), finished (`End-Date:`), reported no `Error:`, and was an upgrade run: the
 * command line mentions upgrade (apt upgrade/full-upgrade/dist-upgrade, unattended-upgrade) or there
 * is no command line (PackageKit, GNOME Software, Mint Update Manager via aptdaemon). `apt install x`
 * that happens to upgrade a dependency does not count.
 */
export function parseAptHistory(text: string, source = '/var/log/apt/history.log'): UpgradeEvidence {
  const upgrades: string[] = []
  let coversFrom: string | null = null
  let block: { start: string; commandline: string | null; upgrade: boolean; error: boolean } | null = null
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd()
    const start = /^Start-Date:\s*(\d{4}-\d{2}-\d{2})/.exec(line)
    if (start) {
      const day = start[1] as string
      coversFrom = minDay(coversFrom, day)
      block = { start: day, commandline: null, upgrade: false, error: false }
      continue
    }
    if (block === null) continue
    if (line.startsWith('Commandline:')) block.commandline = line.slice('Commandline:'.length).trim()
    else if (line.startsWith('Upgrade:')) block.upgrade = true
    else if (line.startsWith('Error:')) block.error = true
    else {
      const end = /^End-Date:\s*(\d{4}-\d{2}-\d{2})/.exec(line)
      if (end) {
        const cmd = block.commandline
        const isUpgradeRun =
          cmd === null || /(^|[\s/])(unattended-upgrade|upgrade|full-upgrade|dist-upgrade)(\s|$)/.test(cmd)
        if (block.upgrade && !block.error && isUpgradeRun) upgrades.push(end[1] as string)
        block = null
      }
    }
  }
  return { source, upgrades, coversFrom }
}

/**
 * `/var/log/dpkg.log` (and the uncompressed `.1` rotation): `2026-11-20 10:12:35 upgrade pkg:arch old new`.
 * Weaker evidence than apt's history (it cannot tell a full upgrade from one package), so it is only
 * used when history.log gives no answer; a day counts when at least 5 packages were upgraded.
 */
export function parseDpkgLog(text: string, source: string): UpgradeEvidence {
  const perDay = new Map<string, number>()
  let coversFrom: string | null = null
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d{4}-\d{2}-\d{2}) \d{2}:\d{2}:\d{2} (\S+)/.exec(line)
    if (!m) continue
    const day = m[1] as string
    coversFrom = minDay(coversFrom, day)
    if (m[2] === 'upgrade') perDay.set(day, (perDay.get(day) ?? 0) + 1)
  }
  const upgrades = [...perDay].filter(([, n]) => n >= DPKG_MIN_PACKAGES).map(([d]) => d)
  return { source, upgrades, coversFrom }
}

/** Packages a dpkg.log day must upgrade to count as a system upgrade (fallback evidence only). */
export const DPKG_MIN_PACKAGES = 5

/**
 * `/var/log/pacman.log`: `[2026-11-19T09:12:44+0100] [PACMAN] starting full system upgrade` (older
 * pacman: `[2019-01-05 10:12]`). A full upgrade counts unless its transaction failed before the next
 * pacman run; "starting full system upgrade" with nothing to do still proves the system was current.
 */
export function parsePacmanLog(text: string, source = '/var/log/pacman.log'): UpgradeEvidence {
  const upgrades: string[] = []
  let coversFrom: string | null = null
  let pending: string | null = null
  let failed = false
  const flush = () => {
    if (pending !== null && !failed) upgrades.push(pending)
    pending = null
    failed = false
  }
  for (const line of text.split(/\r?\n/)) {
    const m = /^\[(\d{4}-\d{2}-\d{2})[T ][^\]]*\] \[([A-Z-]+)\] (.*)$/.exec(line)
    if (!m) continue
    const day = m[1] as string
    const tag = m[2] as string
    const msg = m[3] as string
    coversFrom = minDay(coversFrom, day)
    if (tag === 'PACMAN' && msg.startsWith('Running ')) flush()
    else if (tag === 'PACMAN' && msg === 'starting full system upgrade') {
      flush()
      pending = day
    } else if (pending !== null && (/transaction failed/i.test(msg) || /^error:/i.test(msg))) failed = true
  }
  flush()
  return { source, upgrades, coversFrom }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function rpmDay(dateText: string): string | null {
  // C locale (%c): "Tue Nov 18 10:12:01 2026"; some builds: "Tue 18 Nov 2026 10:12:01 AM CET".
  const a = /\b([A-Z][a-z]{2}) +(\d{1,2}) \d{1,2}:\d{2}:\d{2} (\d{4})\b/.exec(dateText)
  const b = /\b(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b/.exec(dateText)
  const [mon, d, y] = a ? [a[1], a[2], a[3]] : b ? [b[2], b[1], b[3]] : [undefined, undefined, undefined]
  if (mon === undefined || d === undefined || y === undefined) return null
  const mi = MONTHS.indexOf(mon)
  if (mi < 0) return null
  return `${y}-${String(mi + 1).padStart(2, '0')}-${d.padStart(2, '0')}`
}

/**
 * `rpm -qa --last` (Fedora): one package per line, newest install first. A full `dnf upgrade` on
 * Fedora almost always installs a new kernel (kernels update every week or two), while installing
 * one application does not, so the upgrade days are the install days of `kernel-core` / `kernel`
 * packages. The earliest day covered is the oldest package install (the whole system).
 */
export function parseRpmLast(text: string, source = 'rpm -qa --last'): UpgradeEvidence {
  const upgrades: string[] = []
  let coversFrom: string | null = null
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\S+)\s{2,}(.+)$/.exec(line.trim())
    if (!m) continue
    const day = rpmDay(m[2] as string)
    if (day === null) continue
    coversFrom = minDay(coversFrom, day)
    if (/^kernel(-core)?-\d/.test(m[1] as string)) upgrades.push(day)
  }
  return { source, upgrades, coversFrom }
}

/** Verdict on the upgrade evidence. */
export type UpgradeAge =
  | { readonly kind: 'recent'; readonly day: string; readonly age: number; readonly source: string }
  | { readonly kind: 'old'; readonly day: string; readonly age: number; readonly source: string }
  | { readonly kind: 'none-since'; readonly since: string; readonly source: string }
  | { readonly kind: 'no-evidence' }

/**
 * Newest upgrade across the evidence (days in the future are ignored: a wrong clock must not pass).
 * recent: at most `maxAgeDays` old. old: an older one and nothing newer. none-since: no upgrade at all
 * in a log that reaches back further than `maxAgeDays`. Otherwise no-evidence (→ unknown).
 */
export function judgeUpgradeAge(
  evidence: readonly UpgradeEvidence[],
  now: Date,
  maxAgeDays: number,
): UpgradeAge {
  let best: { day: string; source: string } | null = null
  for (const e of evidence)
    for (const day of e.upgrades) {
      if (daysSince(day, now) < -1) continue
      if (best === null || day > best.day) best = { day, source: e.source }
    }
  if (best !== null) {
    const age = Math.max(0, daysSince(best.day, now))
    return age <= maxAgeDays
      ? { kind: 'recent', day: best.day, age, source: best.source }
      : { kind: 'old', day: best.day, age, source: best.source }
  }
  for (const e of evidence)
    if (e.coversFrom !== null && daysSince(e.coversFrom, now) > maxAgeDays)
      return { kind: 'none-since', since: e.coversFrom, source: e.source }
  return { kind: 'no-evidence' }
}

/**
 * Fedora: is a newer kernel installed than the one running? Only answers when the running kernel is
 * itself an installed `kernel-core` package (a self-built kernel proves nothing either way): then a
 * `kernel-core` installed later than it means an upgrade is waiting for a restart.
 * Returns the newer kernel's version, or null.
 */
export function newerKernelInstalled(rpmLastText: string, runningRelease: string): string | null {
  // rpm -qa --last lists newest installs first.
  const kernels: string[] = []
  for (const line of rpmLastText.split(/\r?\n/)) {
    const m = /^kernel-core-(\d\S*)\s{2,}/.exec(line.trim())
    if (m) kernels.push(m[1] as string)
  }
  const runningIndex = kernels.indexOf(runningRelease.trim())
  if (runningIndex <= 0) return null
  return kernels[0] ?? null
}
