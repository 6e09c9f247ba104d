/**
 * login-protection on Linux: the display manager does not log anyone in automatically or offer a
 * guest session, and the text console does not log in automatically.
 *
 * Which display manager starts at boot: `ExecStart=` of /etc/systemd/system/display-manager.service
 * (the alias `systemctl enable gdm|lightdm|sddm` creates), else the Debian family's
 * /etc/X11/default-display-manager. Then every known display manager's files are read (all 0644),
 * merged as that display manager merges them (linux-dm.ts); folders such as `lightdm.conf.d` are
 * listed through the probe, so Linux Mint's 70-linuxmint.conf and KDE's kde_settings.conf are seen.
 *
 * - fail: the running display manager (or, when none can be identified, any installed one) logs a
 *   user in automatically, offers a guest session, or a getty drop-in passes --autologin. Settings of
 *   an installed display manager that does not run are shown but do not count.
 * - pass: the running display manager's settings (or, with no display manager, the console's) were
 *   read and show none of it.
 * - unknown: a display manager Preflight cannot read (lxdm, ly…), unreadable files, values it cannot
 *   interpret. In a container or WSL the laptop's sign-in belongs to the host: unknown.
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg } from '../../../shared/i18n/msg'
import type { CheckContext, CheckStrategy } from '../types'
import { fail, fileProblemMsg, msg, pass, semicolonList, unknown } from '../verdict'
import {
  classifyDm,
  dmFromUnit,
  judgeGdm,
  judgeGettyDropIn,
  judgeGreetd,
  judgeLightdm,
  judgeSddm,
  LightdmConfig,
  type DisplayManager,
  type DmFindings,
} from './linux-dm'

export const DM_UNIT = '/etc/systemd/system/display-manager.service'
export const DEFAULT_DM = '/etc/X11/default-display-manager'
const GDM_FILES: Readonly<Record<'gdm3' | 'gdm', readonly string[]>> = {
  // Ubuntu patches GDM to read custom.conf; Debian builds it with daemon.conf. Both are read.
  gdm3: ['/etc/gdm3/custom.conf', '/etc/gdm3/daemon.conf'],
  gdm: ['/etc/gdm/custom.conf'],
}
/** LightDM's folders in load order (system data dirs reversed, system config dirs, its own). */
export const LIGHTDM_DIRS: readonly string[] = [
  '/usr/share/lightdm/lightdm.conf.d',
  '/usr/local/share/lightdm/lightdm.conf.d',
  '/etc/xdg/lightdm/lightdm.conf.d',
  '/etc/lightdm/lightdm.conf.d',
]
export const LIGHTDM_CONF = '/etc/lightdm/lightdm.conf'
/** Where LightDM finds its default guest-account script (the daemon's PATH). */
const GUEST_SCRIPT_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']
export const SDDM_DIRS: readonly string[] = ['/usr/lib/sddm/sddm.conf.d', '/etc/sddm.conf.d']
export const SDDM_CONF = '/etc/sddm.conf'
export const GREETD_CONF = '/etc/greetd/config.toml'
/** Exists only when systemd booted this system (sd_booted()): then getty drop-ins are what counts. */
export const SYSTEMD_RUNTIME = '/run/systemd/system'
export const GETTY_DIRS: readonly string[] = [
  '/etc/systemd/system/getty@.service.d',
  '/etc/systemd/system/getty@tty1.service.d',
]

const REQUIREMENT = msg('check.login-protection.linux.requirement')

type DmName = 'gdm' | 'lightdm' | 'sddm' | 'greetd'
const DM_LABEL: Readonly<Record<DmName, string>> = {
  gdm: 'GDM',
  lightdm: 'LightDM',
  sddm: 'SDDM',
  greetd: 'greetd',
}

/** One display manager's settings as read: whether any of its files exist, and what they say. */
interface DmRead {
  readonly present: boolean
  readonly findings: DmFindings
  readonly sources: string[]
}

const emptyRead = (): { present: boolean; findings: DmFindings; sources: string[] } => ({
  present: false,
  findings: { autologin: [], guest: [], notes: [], problems: [] },
  sources: [],
})

function merge(into: DmFindings, f: DmFindings): void {
  into.autologin.push(...f.autologin)
  into.guest.push(...f.guest)
  into.notes.push(...f.notes)
  into.problems.push(...f.problems)
}

/** Read one file; ENOENT is "not there", other errors become problems. */
async function readConf(
  ctx: CheckContext,
  path: string,
  r: { present: boolean; findings: DmFindings; sources: string[] },
): Promise<string | null> {
  const f = await ctx.probe.readFile(path)
  if (f.kind === 'error' && f.error === 'ENOENT') return null
  r.present = true
  r.sources.push(path)
  if (f.kind === 'error') {
    r.findings.problems.push(fileProblemMsg(path, f) ?? msg('check.common.file.unreadable', { path }))
    return null
  }
  return f.text
}

/** The `*.conf` (or, for SDDM, every) file names of a folder, as full paths in load order. */
async function listConf(
  ctx: CheckContext,
  dir: string,
  r: { present: boolean; findings: DmFindings; sources: string[] },
  confOnly: boolean,
): Promise<string[]> {
  const d = await ctx.probe.listDir(dir)
  if (d.kind === 'error') {
    if (d.error !== 'ENOENT') {
      r.present = true
      r.findings.problems.push(msg('check.login-protection.linux.problem.cannotList', { path: dir }))
    }
    return []
  }
  r.sources.push(dir)
  return d.names
    .filter((n) => !n.startsWith('.') && (!confOnly || n.endsWith('.conf')))
    .map((n) => `${dir}/${n}`)
}

async function readGdm(ctx: CheckContext, which: 'gdm3' | 'gdm'): Promise<DmRead> {
  const r = emptyRead()
  for (const path of GDM_FILES[which]) {
    const text = await readConf(ctx, path, r)
    if (text !== null) merge(r.findings, judgeGdm(text, path))
  }
  return r
}

async function readLightdm(ctx: CheckContext): Promise<DmRead> {
  const r = emptyRead()
  const config = new LightdmConfig()
  for (const dir of LIGHTDM_DIRS) {
    for (const path of await listConf(ctx, dir, r, true)) {
      const text = await readConf(ctx, path, r)
      if (text !== null) config.load(text, path)
    }
  }
  const main = await readConf(ctx, LIGHTDM_CONF, r)
  if (main !== null) config.load(main, LIGHTDM_CONF)
  // Judged even without any settings file: LightDM's own defaults allow guests when the script exists.
  // The guest-account script, looked up (never run) in the daemon's PATH. A script named in the
  // settings is taken as present: someone set guest sessions up on purpose.
  const custom = config.lightdm('guest-account-script')
  let guestScript: boolean | null
  if (custom !== undefined && custom.value !== 'guest-account') {
    guestScript = custom.value.trim() !== ''
  } else {
    guestScript = false
    for (const dir of GUEST_SCRIPT_DIRS) {
      const path = `${dir}/guest-account`
      const f = await ctx.probe.readFile(path)
      if (f.kind === 'file' || (f.kind === 'error' && f.error === 'EACCES')) {
        guestScript = true
        r.sources.push(path)
        break
      }
      if (f.kind === 'error' && f.error === 'EIO') guestScript = null
    }
  }
  merge(r.findings, judgeLightdm(config, guestScript))
  return r
}

async function readSddm(ctx: CheckContext): Promise<DmRead> {
  const r = emptyRead()
  const files: { text: string; file: string }[] = []
  for (const dir of SDDM_DIRS) {
    for (const path of await listConf(ctx, dir, r, false)) {
      const text = await readConf(ctx, path, r)
      if (text !== null) files.push({ text, file: path })
    }
  }
  const main = await readConf(ctx, SDDM_CONF, r)
  if (main !== null) files.push({ text: main, file: SDDM_CONF })
  if (r.present) merge(r.findings, judgeSddm(files))
  return r
}

async function readGreetd(ctx: CheckContext): Promise<DmRead> {
  const r = emptyRead()
  const text = await readConf(ctx, GREETD_CONF, r)
  if (text !== null) merge(r.findings, judgeGreetd(text, GREETD_CONF))
  return r
}

async function readGetty(ctx: CheckContext): Promise<DmRead> {
  const r = emptyRead()
  // Console logins are set up by systemd's getty@ units only on a system systemd booted; elsewhere
  // (OpenRC, runit, sysvinit inittab) Preflight does not know where autologin would be configured.
  const booted = await ctx.probe.listDir(SYSTEMD_RUNTIME)
  if (booted.kind === 'error')
    r.findings.problems.push(
      booted.error === 'ENOENT'
        ? msg('check.login-protection.linux.problem.notSystemd')
        : msg('check.login-protection.linux.problem.runtimeUnreadable', { path: SYSTEMD_RUNTIME }),
    )
  for (const dir of GETTY_DIRS) {
    for (const path of await listConf(ctx, dir, r, true)) {
      const text = await readConf(ctx, path, r)
      if (text !== null) merge(r.findings, judgeGettyDropIn(text, path))
    }
  }
  return r
}

/** Which display manager starts at boot: a known one, another one, none, or unreadable. */
type ActiveDm =
  | { kind: 'known'; dm: DmName; via: string }
  | { kind: 'other'; name: string; via: string }
  | { kind: 'none' }
  | { kind: 'unknown'; reason: Msg }

async function activeDm(ctx: CheckContext): Promise<ActiveDm> {
  const toActive = (dm: DisplayManager | null, via: string): ActiveDm | null => {
    if (dm === null) return null
    return typeof dm === 'string' ? { kind: 'known', dm, via } : { kind: 'other', name: dm.other, via }
  }
  const unit = await ctx.probe.readFile(DM_UNIT)
  if (unit.kind === 'file') {
    return (
      toActive(dmFromUnit(unit.text), DM_UNIT) ?? {
        kind: 'unknown',
        reason: msg('check.login-protection.linux.problem.unrecognisedDm', { path: DM_UNIT }),
      }
    )
  }
  if (unit.error !== 'ENOENT')
    return {
      kind: 'unknown',
      reason: fileProblemMsg(DM_UNIT, unit) ?? msg('check.common.file.unreadable', { path: DM_UNIT }),
    }
  const deb = await ctx.probe.readFile(DEFAULT_DM)
  if (deb.kind === 'file') {
    return (
      toActive(classifyDm(deb.text), DEFAULT_DM) ?? {
        kind: 'unknown',
        reason: msg('check.login-protection.linux.problem.unrecognisedDm', { path: DEFAULT_DM }),
      }
    )
  }
  if (deb.error !== 'ENOENT')
    return {
      kind: 'unknown',
      reason: fileProblemMsg(DEFAULT_DM, deb) ?? msg('check.common.file.unreadable', { path: DEFAULT_DM }),
    }
  return { kind: 'none' }
}

export const linuxStrategy: CheckStrategy = {
  probes: {
    commands: [],
    files: [
      DM_UNIT,
      DEFAULT_DM,
      ...GDM_FILES.gdm3,
      ...GDM_FILES.gdm,
      ...LIGHTDM_DIRS.map((d) => `${d}/*`),
      LIGHTDM_CONF,
      ...GUEST_SCRIPT_DIRS.map((d) => `${d}/guest-account`),
      ...SDDM_DIRS.map((d) => `${d}/*`),
      SDDM_CONF,
      GREETD_CONF,
      ...GETTY_DIRS.map((d) => `${d}/*`),
    ],
    dirs: [...LIGHTDM_DIRS, ...SDDM_DIRS, SYSTEMD_RUNTIME, ...GETTY_DIRS],
    notes: [
      'display-manager.service (or /etc/X11/default-display-manager) says which display manager starts at boot',
      'GDM, LightDM, SDDM and greetd settings are read as each of them merges its files (*.conf.d folders listed by name)',
      'the guest-account script is looked up (not run) because LightDM offers guest sessions only when it exists',
      'getty@ drop-ins: --autologin on the text console (/run/systemd/system is listed only to learn whether systemd booted the system)',
    ],
  },
  run,
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const host = await ctx.facts.hostKind()
  if (host.kind === 'container' || host.kind === 'wsl') {
    const wsl = host.kind === 'wsl'
    return unknown({
      summary: wsl
        ? msg('check.login-protection.linux.summary.wsl')
        : msg('check.login-protection.linux.summary.container'),
      observed: [
        wsl
          ? msg('check.login-protection.linux.observed.wsl')
          : msg('check.login-protection.linux.observed.container', {
              runtime: host.detail ?? msg('check.login-protection.linux.unknownRuntime'),
            }),
      ],
      requirement: REQUIREMENT,
      remediationId: 'login-protection.linux.host',
      reason: wsl
        ? msg('check.login-protection.linux.reason.wsl')
        : msg('check.login-protection.linux.reason.container'),
    })
  }

  const [active, gdm3, gdm, lightdm, sddm, greetd, getty, os] = await Promise.all([
    activeDm(ctx),
    readGdm(ctx, 'gdm3'),
    readGdm(ctx, 'gdm'),
    readLightdm(ctx),
    readSddm(ctx),
    readGreetd(ctx),
    readGetty(ctx),
    ctx.facts.osRelease(),
  ])
  const gdmAll: DmRead = {
    present: gdm3.present || gdm.present,
    findings: { autologin: [], guest: [], notes: [], problems: [] },
    sources: [...gdm3.sources, ...gdm.sources],
  }
  merge(gdmAll.findings, gdm3.findings)
  merge(gdmAll.findings, gdm.findings)
  const dms: Readonly<Record<DmName, DmRead>> = { gdm: gdmAll, lightdm, sddm, greetd }
  const sources = [DM_UNIT, ...Object.values(dms).flatMap((d) => d.sources), ...getty.sources]
  const failures: { fix: string; text: Msg; guest: boolean }[] = []
  const observed: Msg[] = []
  const problems: Msg[] = []
  const mint = (os?.fields['ID'] ?? '').toLowerCase() === 'linuxmint'
  const fixOf = (dm: DmName): string =>
    dm === 'lightdm' && mint ? 'login-protection.linux.lightdm-mint' : `login-protection.linux.${dm}`

  const counts = (dm: DmName): boolean => {
    if (active.kind === 'known') return active.dm === dm
    return active.kind !== 'other' // none or unknown: every installed one might be in use
  }
  switch (active.kind) {
    case 'known':
      observed.push(
        msg('check.login-protection.linux.observed.dmStarts', { dm: DM_LABEL[active.dm], via: active.via }),
      )
      break
    case 'other':
      observed.push(
        msg('check.login-protection.linux.observed.dmStarts', { dm: active.name, via: active.via }),
      )
      problems.push(msg('check.login-protection.linux.problem.otherDm', { dm: active.name }))
      break
    case 'none':
      observed.push(msg('check.login-protection.linux.observed.noDm'))
      // A desktop is running, yet no login manager Preflight knows is set up: something else started it.
      if (ctx.facts.desktop().kind !== 'none' && !Object.values(dms).some((d) => d.present))
        problems.push(msg('check.login-protection.linux.problem.desktopNoDm'))
      break
    case 'unknown':
      problems.push(msg('check.login-protection.linux.problem.dmUnreadable', { why: active.reason }))
      break
  }
  for (const dm of Object.keys(dms) as DmName[]) {
    const r = dms[dm]
    const isActive = active.kind === 'known' && active.dm === dm
    if (!r.present && !isActive) continue
    const f = r.findings
    if (counts(dm)) {
      for (const t of f.autologin) failures.push({ fix: fixOf(dm), text: t, guest: false })
      for (const t of f.guest) failures.push({ fix: fixOf(dm), text: t, guest: true })
      observed.push(...f.notes)
      problems.push(...f.problems)
      if (f.autologin.length === 0 && f.guest.length === 0 && f.problems.length === 0)
        observed.push(
          dm === 'lightdm'
            ? msg('check.login-protection.linux.observed.dmCleanNoGuest', { dm: DM_LABEL[dm] })
            : msg('check.login-protection.linux.observed.dmClean', { dm: DM_LABEL[dm] }),
        )
    } else if (f.autologin.length + f.guest.length > 0) {
      observed.push(
        ...[...f.autologin, ...f.guest].map((finding) =>
          msg('check.login-protection.linux.observed.notCounted', { finding, dm: DM_LABEL[dm] }),
        ),
      )
    }
  }
  if (active.kind === 'known' && !dms[active.dm].present)
    observed.push(msg('check.login-protection.linux.observed.noSettings', { dm: DM_LABEL[active.dm] }))
  for (const t of getty.findings.autologin)
    failures.push({ fix: 'login-protection.linux.getty', text: t, guest: false })
  problems.push(...getty.findings.problems)

  if (failures.length > 0) {
    return fail({
      summary: failures.every((f) => f.guest)
        ? msg('check.login-protection.linux.summary.guest')
        : failures.some((f) => f.guest)
          ? msg('check.login-protection.linux.summary.both')
          : msg('check.login-protection.linux.summary.auto'),
      observed: [...failures.map((f) => f.text), ...observed],
      requirement: REQUIREMENT,
      remediationId: (failures[0] as { fix: string }).fix,
      ...(problems.length > 0
        ? {
            reason: msg('check.login-protection.common.reason.alsoUnreadable', {
              problems: semicolonList(problems),
            }),
          }
        : {}),
      sources,
    })
  }
  if (problems.length > 0) {
    return unknown({
      summary: msg('check.login-protection.linux.summary.unconfirmed'),
      observed,
      requirement: REQUIREMENT,
      remediationId: 'login-protection.unknown',
      reason: msg('check.login-protection.common.reason.problems', { problems: semicolonList(problems) }),
      sources,
    })
  }
  return pass({
    summary: msg('check.login-protection.linux.summary.off'),
    observed: [...observed, msg('check.login-protection.linux.observed.consoleClean')],
    requirement: REQUIREMENT,
    remediationId: active.kind === 'known' ? fixOf(active.dm) : 'login-protection.linux.gdm',
    sources,
  })
}
