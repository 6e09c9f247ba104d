/**
 * Screen lock on Linux, read from the settings of the desktop the user is actually logged into.
 *
 * The desktop comes from XDG_CURRENT_DESKTOP (facts.desktop()), never from which settings schema
 * happens to be installed: GNOME's keys exist on many KDE/XFCE machines and return defaults that
 * nothing enforces (detection.md gotcha 13).
 *
 * - GNOME (also Ubuntu, Pop, Budgie): gsettings org.gnome.desktop.{screensaver,session,lockdown};
 * - Cinnamon: gsettings org.cinnamon.desktop.{screensaver,session} (seconds);
 * - MATE: gsettings org.mate.{screensaver,session,lockdown}; idle-delay and lock-delay in MINUTES;
 * - KDE Plasma 5/6: kreadconfig5/6 on kscreenlockerrc [Daemon] (Autolock, Timeout in minutes,
 *   LockGrace in seconds), or the INI files themselves when kreadconfig is missing;
 * - XFCE: xfconf-query on the xfce4-screensaver channel (minutes), compiled defaults for unset keys,
 *   only when xfce4-screensaver is the locker that starts with the session.
 *
 * Pass: locking on and idle + grace <= policy.screenLock.maxIdlePlusGraceSeconds. A setting that cannot
 * be read makes the answer unknown only while the settings read do not already decide a fail (locking
 * off, idle "never", or idle and grace already over the limit).
 */
import type { CheckVerdict } from '../../../shared/check-types'
import type { Msg, MsgValue } from '../../../shared/i18n/msg'
import type { CommandOutcome } from '../../probe/probe'
import type { CheckContext, CheckStrategy } from '../types'
import {
  commandProblemMsg,
  commaList,
  describeCommand,
  fail,
  msg,
  notApplicable,
  pass,
  semicolonList,
  unknown,
} from '../verdict'
import {
  and3,
  decideLock,
  desktopEntryHidden,
  kdeLookup,
  KDE_DEFAULTS,
  parseBool,
  parseKdeBool,
  parseKdeIni,
  parseUint,
  xfconfMissing,
  XFCE_DEFAULTS,
  type KdeConfig,
  type PartialLockSettings,
} from './linux-desktops'

type Key = readonly [schema: string, key: string]

/** A desktop configured through gsettings. */
interface GsettingsDesktop {
  readonly label: string
  readonly remediationId: string
  readonly lockEnabled: Key
  readonly idleDelay: Key
  readonly lockDelay: Key
  /** Seconds per unit of idle-delay / lock-delay (60 for MATE's minutes). */
  readonly unit: number
  readonly disableLock: Key | null
  readonly idleActivation: Key | null
}

const GNOME: GsettingsDesktop = {
  label: 'GNOME',
  remediationId: 'screen-lock.linux.gnome',
  lockEnabled: ['org.gnome.desktop.screensaver', 'lock-enabled'],
  idleDelay: ['org.gnome.desktop.session', 'idle-delay'],
  lockDelay: ['org.gnome.desktop.screensaver', 'lock-delay'],
  unit: 1,
  disableLock: ['org.gnome.desktop.lockdown', 'disable-lock-screen'],
  idleActivation: null,
}

const CINNAMON: GsettingsDesktop = {
  label: 'Cinnamon',
  remediationId: 'screen-lock.linux.cinnamon',
  lockEnabled: ['org.cinnamon.desktop.screensaver', 'lock-enabled'],
  idleDelay: ['org.cinnamon.desktop.session', 'idle-delay'],
  lockDelay: ['org.cinnamon.desktop.screensaver', 'lock-delay'],
  unit: 1,
  disableLock: null,
  idleActivation: null,
}

const MATE: GsettingsDesktop = {
  label: 'MATE',
  remediationId: 'screen-lock.linux.mate',
  lockEnabled: ['org.mate.screensaver', 'lock-enabled'],
  idleDelay: ['org.mate.session', 'idle-delay'],
  lockDelay: ['org.mate.screensaver', 'lock-delay'],
  unit: 60,
  disableLock: ['org.mate.lockdown', 'disable-lock-screen'],
  idleActivation: ['org.mate.screensaver', 'idle-activation-enabled'],
}

const gs = (k: Key): string[] => ['gsettings', 'get', k[0], k[1]]
const keysOf = (d: GsettingsDesktop): Key[] =>
  [d.lockEnabled, d.idleDelay, d.lockDelay, d.disableLock, d.idleActivation].filter(
    (k): k is Key => k !== null,
  )

const KDE_KEYS = ['Autolock', 'Timeout', 'LockGrace', 'RequirePassword'] as const
type KdeKey = (typeof KDE_KEYS)[number]
const kread = (version: 5 | 6, key: KdeKey): string[] => [
  `kreadconfig${version}`,
  '--file',
  'kscreenlockerrc',
  '--group',
  'Daemon',
  '--key',
  key,
  '--default',
  KDE_DEFAULTS[key],
]

const XFCE_PROPS = Object.keys(XFCE_DEFAULTS)
const xfq = (prop: string): string[] => ['xfconf-query', '-c', 'xfce4-screensaver', '-p', prop]
const XFCE_AUTOSTART = '/etc/xdg/autostart/xfce4-screensaver.desktop'
const XFCE_USER_AUTOSTART = '~/.config/autostart/xfce4-screensaver.desktop'
const LIGHT_LOCKER_AUTOSTART = '/etc/xdg/autostart/light-locker.desktop'

export const linuxStrategy: CheckStrategy = {
  probes: {
    commands: [
      ...[GNOME, CINNAMON, MATE].flatMap((d) => keysOf(d).map(gs)),
      ...([5, 6] as const).flatMap((v) => KDE_KEYS.map((k) => kread(v, k))),
      ...XFCE_PROPS.map(xfq),
    ],
    files: [
      '~/.config/kscreenlockerrc',
      '/etc/xdg/kscreenlockerrc',
      XFCE_AUTOSTART,
      XFCE_USER_AUTOSTART,
      LIGHT_LOCKER_AUTOSTART,
    ],
    notes: [
      'the desktop is chosen from XDG_CURRENT_DESKTOP; only that desktop’s settings are read',
      'KDE files follow XDG_CONFIG_HOME / XDG_CONFIG_DIRS when set (defaults shown)',
    ],
  },
  run,
}

function requirement(ctx: CheckContext): Msg {
  return msg('check.screen-lock.linux.requirement', { limit: ctx.policy.screenLock.maxIdlePlusGraceSeconds })
}

async function run(ctx: CheckContext): Promise<CheckVerdict> {
  const host = await ctx.facts.hostKind()
  const desktop = ctx.facts.desktop()
  if (host.kind === 'wsl') {
    return notApplicable({
      summary: msg('check.screen-lock.linux.summary.wsl'),
      observed: [msg('check.screen-lock.linux.observed.wsl')],
      requirement: requirement(ctx),
      remediationId: 'screen-lock.linux.desktop-session',
      reason: msg('check.screen-lock.linux.reason.wsl'),
    })
  }
  switch (desktop.kind) {
    case 'none':
      return notApplicable({
        summary: msg('check.screen-lock.linux.summary.noDesktop'),
        observed: [msg('check.screen-lock.linux.observed.noDesktop')],
        requirement: requirement(ctx),
        remediationId: 'screen-lock.linux.desktop-session',
        reason: msg('check.screen-lock.linux.reason.noDesktop'),
      })
    case 'other':
      return unknown({
        summary: msg('check.screen-lock.linux.summary.otherDesktop', { desktop: desktop.raw ?? '' }),
        observed: [msg('check.screen-lock.linux.observed.otherDesktop', { desktop: desktop.raw ?? '' })],
        requirement: requirement(ctx),
        remediationId: 'screen-lock.linux.other',
        reason: msg('check.screen-lock.linux.reason.otherDesktop', { desktop: desktop.raw ?? '' }),
      })
    case 'gnome':
      return viaGsettings(ctx, GNOME)
    case 'cinnamon':
      return viaGsettings(ctx, CINNAMON)
    case 'mate':
      return viaGsettings(ctx, MATE)
    case 'kde':
      return viaKde(ctx)
    case 'xfce':
      return viaXfce(ctx)
  }
}

/**
 * The verdict from partly known settings. `unreadable` lists, in words, the settings that could not be
 * read (they are null in `settings`); `hint` says what to do about them.
 */
function verdictFrom(
  ctx: CheckContext,
  label: string,
  settings: PartialLockSettings,
  remediationId: string,
  sources: string[],
  unreadable: readonly MsgValue[],
  hint: Msg,
): CheckVerdict {
  const j = decideLock(settings, ctx.policy.screenLock.maxIdlePlusGraceSeconds)
  const observed = [
    ...j.observed,
    ...unreadable.map((u) => msg('check.screen-lock.linux.observed.notReadable', { what: u })),
  ]
  if (j.status === 'pass') {
    return pass({
      summary: msg('check.screen-lock.linux.summary.pass', {
        label,
        seconds: (settings.idleSeconds ?? 0) + (settings.graceSeconds ?? 0),
      }),
      observed,
      requirement: requirement(ctx),
      remediationId,
      sources,
    })
  }
  if (j.status === 'fail') {
    return fail({
      summary: msg('check.screen-lock.linux.summary.fail', {
        label,
        problem: j.problem ?? msg('check.screen-lock.linux.problem.notInTime'),
      }),
      observed,
      requirement: requirement(ctx),
      remediationId,
      ...(unreadable.length > 0
        ? {
            reason: msg('check.screen-lock.linux.reason.decidedAnyway', {
              problems: semicolonList(unreadable),
            }),
          }
        : {}),
      sources,
    })
  }
  return unknown({
    summary: msg('check.screen-lock.linux.summary.unreadable', { label }),
    observed,
    requirement: requirement(ctx),
    remediationId: 'screen-lock.unknown',
    reason: msg('check.screen-lock.linux.reason.unreadable', {
      problems:
        unreadable.length > 0 ? semicolonList(unreadable) : msg('check.screen-lock.linux.problem.aSetting'),
      hint,
    }),
    sources,
  })
}

/** Why a settings read gave nothing usable, or null if it did. */
function settingProblem(argv: readonly string[], out: CommandOutcome): Msg | null {
  const p = commandProblemMsg(argv, out)
  if (p !== null) return p
  // Without the session's settings service gsettings silently answers from built-in defaults.
  if (out.kind === 'exit' && /memory' GSettings backend|Using the 'memory'/i.test(out.stderr))
    return msg('check.screen-lock.linux.problem.memoryBackend', { command: describeCommand(argv) })
  return null
}

/** Parse one value, or null with the reason added to `unreadable`. */
function parsed<T>(
  raw: string | null,
  parse: (text: string) => T | null,
  name: string,
  unreadable: MsgValue[],
): T | null {
  if (raw === null) return null
  const v = parse(raw)
  if (v === null)
    unreadable.push(
      msg('check.screen-lock.linux.problem.unexpectedValue', { name, value: raw.trim().slice(0, 40) }),
    )
  return v
}

const GSETTINGS_HINT = msg('check.screen-lock.linux.hint.gsettings')

async function viaGsettings(ctx: CheckContext, d: GsettingsDesktop): Promise<CheckVerdict> {
  const keys = keysOf(d)
  const outs = await Promise.all(keys.map((k) => ctx.probe.run(gs(k))))
  const sources = keys.map((k) => describeCommand(gs(k)))
  const unreadable: MsgValue[] = []
  const values = new Map<string, string | null>()
  keys.forEach((k, i) => {
    const out = outs[i] as CommandOutcome
    const problem = settingProblem(gs(k), out)
    if (problem !== null || out.kind !== 'exit') {
      unreadable.push(problem ?? `${k[0]} ${k[1]}`)
      values.set(`${k[0]} ${k[1]}`, null)
    } else values.set(`${k[0]} ${k[1]}`, out.stdout)
  })
  const get = <T>(k: Key | null, parse: (t: string) => T | null, absent: T): T | null =>
    k === null ? absent : parsed(values.get(`${k[0]} ${k[1]}`) ?? null, parse, `${k[0]} ${k[1]}`, unreadable)
  const lockEnabled = get(d.lockEnabled, parseBool, true)
  const idle = get(d.idleDelay, parseUint, 0)
  const grace = get(d.lockDelay, parseUint, 0)
  const disabled = get(d.disableLock, parseBool, false)
  const idleActivation = get(d.idleActivation, parseBool, true)
  const notes: Msg[] = []
  if (disabled === true) notes.push(msg('check.screen-lock.linux.note.lockdown'))
  if (idleActivation === false) notes.push(msg('check.screen-lock.linux.note.idleActivationOff'))
  // Idle time: never when idle activation is off or the delay is 0, whatever the other value is.
  const idleSeconds =
    idleActivation === false || idle === 0
      ? 0
      : idleActivation === null || idle === null
        ? null
        : idle * d.unit
  return verdictFrom(
    ctx,
    d.label,
    {
      lockEnabled: and3(lockEnabled, disabled === null ? null : !disabled),
      idleSeconds,
      graceSeconds: grace === null ? null : grace * d.unit,
      notes,
    },
    d.remediationId,
    sources,
    unreadable,
    GSETTINGS_HINT,
  )
}

async function viaKde(ctx: CheckContext): Promise<CheckVerdict> {
  const declared = ctx.probe.env('KDE_SESSION_VERSION')
  const order: (5 | 6)[] = declared === '5' ? [5] : declared === '6' ? [6] : [6, 5]
  for (const v of order) {
    const first = await ctx.probe.run(kread(v, 'Autolock'))
    if (first.kind === 'error' && first.error === 'ENOENT') continue
    const rest = await Promise.all(KDE_KEYS.slice(1).map((k) => ctx.probe.run(kread(v, k))))
    const outs = [first, ...rest]
    const sources = KDE_KEYS.map((k) => describeCommand(kread(v, k)))
    const values: Partial<Record<KdeKey, string | null>> = {}
    const unreadable: MsgValue[] = []
    KDE_KEYS.forEach((key, i) => {
      const out = outs[i] as CommandOutcome
      const problem = commandProblemMsg(kread(v, key), out)
      if (problem !== null || out.kind !== 'exit') {
        unreadable.push(problem ?? key)
        values[key] = null
      } else values[key] = out.stdout.trim()
    })
    return kdeVerdict(ctx, v, (k) => values[k] ?? null, sources, unreadable)
  }
  // No kreadconfig: read the files, system-wide first, the user's last (it wins unless locked).
  const home = ctx.probe.env('HOME')
  const userDir =
    ctx.probe.env('XDG_CONFIG_HOME') ?? (home !== undefined ? `${home.replace(/\/+$/, '')}/.config` : null)
  const sysDirs = (ctx.probe.env('XDG_CONFIG_DIRS') ?? '/etc/xdg').split(':').filter((d) => d.startsWith('/'))
  const paths = [...[...sysDirs].reverse().map((d) => `${d.replace(/\/+$/, '')}/kscreenlockerrc`)]
  if (userDir !== null) paths.push(`${userDir}/kscreenlockerrc`)
  // null: the file exists but could not be read (it might set any key).
  const files: (KdeConfig | null)[] = []
  const sources: string[] = []
  const unreadableFiles: Msg[] = []
  for (const p of paths) {
    const f = await ctx.probe.readFile(p)
    if (f.kind === 'file') {
      files.push(parseKdeIni(f.text))
      sources.push(p)
    } else if (f.error !== 'ENOENT') {
      files.push(null)
      sources.push(p)
      unreadableFiles.push(msg('check.screen-lock.linux.kde.fileError', { path: p, error: f.error }))
    }
  }
  const values = Object.fromEntries(
    KDE_KEYS.map((k) => {
      const v = kdeLookup(files, 'Daemon', k)
      return [k, v === null ? null : (v ?? KDE_DEFAULTS[k])]
    }),
  ) as Record<KdeKey, string | null>
  const unknownKeys = KDE_KEYS.filter((k) => values[k] === null)
  const unreadable =
    unknownKeys.length > 0
      ? [
          msg('check.screen-lock.linux.kde.filesUnreadable', {
            files: commaList(unreadableFiles),
            keys: commaList(unknownKeys),
          }),
        ]
      : []
  const version = declared === '5' ? 5 : 6
  return kdeVerdict(
    ctx,
    version,
    (k) => values[k],
    sources.length > 0 ? sources : ['KDE defaults (no kscreenlockerrc found)'],
    unreadable,
  )
}

function kdeVerdict(
  ctx: CheckContext,
  version: 5 | 6,
  get: (key: KdeKey) => string | null,
  sources: string[],
  unreadable: MsgValue[],
): CheckVerdict {
  const remediationId = version === 5 ? 'screen-lock.linux.kde5' : 'screen-lock.linux.kde6'
  const on = parsed(get('Autolock'), parseKdeBool, 'Autolock', unreadable)
  const password = parsed(get('RequirePassword'), parseKdeBool, 'RequirePassword', unreadable)
  const minutes = parsed(get('Timeout'), parseMinutes, 'Timeout', unreadable)
  const graceSeconds = parsed(get('LockGrace'), parseUint, 'LockGrace', unreadable)
  return verdictFrom(
    ctx,
    `KDE Plasma ${version}`,
    {
      lockEnabled: and3(on, password),
      idleSeconds: minutes === null ? null : Math.round(minutes * 60),
      graceSeconds,
      notes: password === false ? [msg('check.screen-lock.linux.note.noPassword')] : [],
    },
    remediationId,
    sources,
    unreadable,
    msg('check.screen-lock.linux.hint.kde'),
  )
}

/** kscreenlocker's Timeout is a number of minutes (a Double since Plasma 6). */
function parseMinutes(text: string): number | null {
  const t = text.trim()
  if (!/^\d{1,6}(\.\d{1,3})?$/.test(t)) return null
  return Number(t)
}

async function viaXfce(ctx: CheckContext): Promise<CheckVerdict> {
  const home = ctx.probe.env('HOME')
  const sys = await ctx.probe.readFile(XFCE_AUTOSTART)
  const userPath =
    home !== undefined ? `${home.replace(/\/+$/, '')}/.config/autostart/xfce4-screensaver.desktop` : null
  const user = userPath !== null ? await ctx.probe.readFile(userPath) : null
  const hidden = user?.kind === 'file' && desktopEntryHidden(user.text)
  if (sys.kind !== 'file' || hidden) {
    const ll = await ctx.probe.readFile(LIGHT_LOCKER_AUTOSTART)
    const lightLocker = ll.kind === 'file'
    return unknown({
      summary: lightLocker
        ? msg('check.screen-lock.linux.summary.lightLocker')
        : msg('check.screen-lock.linux.summary.noXfceLocker'),
      observed: [
        hidden
          ? msg('check.screen-lock.linux.observed.xfceSaverHidden')
          : msg('check.screen-lock.linux.observed.xfceSaverNotStarted'),
        ...(lightLocker ? [msg('check.screen-lock.linux.observed.lightLocker')] : []),
      ],
      requirement: requirement(ctx),
      remediationId: 'screen-lock.linux.xfce',
      reason: lightLocker
        ? msg('check.screen-lock.linux.reason.lightLocker')
        : msg('check.screen-lock.linux.reason.noXfceLocker'),
      sources: [XFCE_AUTOSTART, ...(userPath !== null ? [userPath] : []), LIGHT_LOCKER_AUTOSTART],
    })
  }
  const outs = await Promise.all(XFCE_PROPS.map((p) => ctx.probe.run(xfq(p))))
  const sources = [XFCE_AUTOSTART, ...XFCE_PROPS.map((p) => describeCommand(xfq(p)))]
  const v: Record<string, string | null> = {}
  const defaulted: string[] = []
  const unreadable: MsgValue[] = []
  XFCE_PROPS.forEach((prop, i) => {
    const out = outs[i] as CommandOutcome
    if (out.kind === 'exit' && out.exitCode === 0) {
      v[prop] = out.stdout.trim()
    } else if (out.kind === 'exit' && xfconfMissing(out.stderr, out.stdout)) {
      v[prop] = XFCE_DEFAULTS[prop] as string
      defaulted.push(prop)
    } else {
      v[prop] = null
      unreadable.push(commandProblemMsg(xfq(prop), out) ?? prop)
    }
  })
  const b = (p: string) => parsed(v[p] ?? null, parseBool, p, unreadable)
  const n = (p: string) => parsed(v[p] ?? null, parseUint, p, unreadable)
  const saver = b('/saver/enabled')
  const idleOn = b('/saver/idle-activation/enabled')
  const idle = n('/saver/idle-activation/delay')
  const lock = b('/lock/enabled')
  const lockWithSaver = b('/lock/saver-activation/enabled')
  const grace = n('/lock/saver-activation/delay')
  const notes =
    defaulted.length > 0
      ? [msg('check.screen-lock.linux.note.xfceDefaults', { properties: commaList(defaulted) })]
      : []
  const saverStarts = and3(saver, idleOn)
  if (saverStarts === false) notes.push(msg('check.screen-lock.linux.note.xfceSaverIdleOff'))
  return verdictFrom(
    ctx,
    'XFCE',
    {
      lockEnabled: and3(lock, lockWithSaver),
      idleSeconds:
        saverStarts === false || idle === 0 ? 0 : saverStarts === null || idle === null ? null : idle * 60,
      graceSeconds: grace === null ? null : grace * 60,
      notes,
    },
    'screen-lock.linux.xfce',
    sources,
    unreadable,
    msg('check.screen-lock.linux.hint.xfce'),
  )
}
