/**
 * What each check may probe, per platform, and matching of real probes against the declarations.
 * Used by `preflight probes` (the documented list) and by a test that replays every fixture and
 * fails if any strategy touched a command or file it did not declare.
 */
import { CHECK_IDS, type CheckId, type Platform } from '../../shared/check-types'
import { MEASURE_KINDS } from '../../shared/practices'
import { declaredMeasureProbes } from '../practices'
import { SYSTEMINFORMATION_RUNS } from '../probe/device-profile'
import { commandKey } from '../probe/transcript'
import { HOST_FACT_PROBES } from './host-facts'
import { CHECKS } from './index'
import type { ProbeDeclaration } from './types'

/** Declared probes of one check on one platform (host facts are listed separately). */
export function declaredProbes(id: CheckId, platform: Platform): ProbeDeclaration {
  return CHECKS[id][platform].probes
}

export { HOST_FACT_PROBES }

function programName(p: string): string {
  return (p.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.exe$/, '')
}

/**
 * Does argv match a declared pattern? argv[0] is compared by program name (like replay), `*`
 * matches any one argument, and a final `...` matches any remaining arguments.
 */
export function commandMatches(argv: readonly string[], pattern: readonly string[]): boolean {
  const [p0, ...prest] = pattern
  const [a0, ...arest] = argv
  if (p0 === undefined || a0 === undefined || programName(p0) !== programName(a0)) return false
  for (let i = 0; i < prest.length; i++) {
    const p = prest[i] as string
    if (p === '...' && i === prest.length - 1) return true
    const a = arest[i]
    if (a === undefined) return false
    if (p !== '*' && p !== a) return false
  }
  return arest.length === prest.length
}

/** Does a path match a declared file pattern (`~/` = home, `*` = any run of non-separators)? */
export function fileMatches(file: string, pattern: string, home: string | undefined): boolean {
  let p = pattern
  if (p.startsWith('~/')) {
    if (home === undefined) return false
    const sep = home.includes('\\') ? '\\' : '/'
    p = home.replace(/[\\/]+$/, '') + sep + p.slice(2).split('/').join(sep)
  }
  const re = new RegExp(
    '^' +
      p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/\\\\]*') +
      '$',
  )
  return re.test(file)
}

export function isDeclared(
  probe: { argv?: readonly string[]; file?: string; dir?: string },
  decls: readonly ProbeDeclaration[],
  home: string | undefined,
): boolean {
  return decls.some((d) => {
    if (probe.argv !== undefined)
      return d.commands.some((c) => commandMatches(probe.argv as readonly string[], c))
    if (probe.dir !== undefined) return (d.dirs ?? []).some((f) => fileMatches(probe.dir as string, f, home))
    return d.files.some((f) => fileMatches(probe.file as string, f, home))
  })
}

/** How PowerShell queries run (main/probe/powershell.ts). */
export const POWERSHELL_NOTE =
  'every powershell.exe query above runs inside ONE powershell.exe per run (-NoProfile -NonInteractive -Command <host script>), each in its own pipeline with its own timeout'

/** The one exception to "everything through the probe module" (main/probe/device-profile.ts). */
export const SYSTEMINFORMATION_NOTE =
  'the systeminformation package starts these commands itself (not through the probe module), in a worker thread stopped after 10 s; it keeps only maker, model, chassis type and VM (no serial numbers, UUIDs, host names or MAC addresses)'

/** A printable table of everything each check may probe on a platform. */
export function formatProbeTable(platform: Platform): string {
  const lines: string[] = [
    `Everything Preflight may run or read on ${platform} (no administrator rights needed):`,
    '',
  ]
  const section = (title: string, d: ProbeDeclaration) => {
    lines.push(`${title}`)
    for (const c of d.commands) lines.push(`  run   ${c.join(' ')}`)
    for (const f of d.files) lines.push(`  read  ${f}`)
    for (const f of d.dirs ?? []) lines.push(`  list  ${f}`)
    for (const f of d.paths ?? []) lines.push(`  look  ${f}`)
    for (const n of d.notes ?? []) lines.push(`  note  ${n}`)
    if (d.commands.length === 0 && d.files.length === 0 && (d.paths ?? []).length === 0)
      lines.push('  (nothing)')
    lines.push('')
  }
  section('host facts (container/VM/WSL, desktop session, firmware)', HOST_FACT_PROBES[platform])
  for (const id of CHECK_IDS) section(id, declaredProbes(id, platform))
  if (platform === 'win32') {
    lines.push('PowerShell')
    lines.push(`  note  ${POWERSHELL_NOTE}`)
    lines.push('')
  }
  lines.push('device profile (maker, model, chassis, VM: descriptive, never a verdict)')
  lines.push(`  note  ${SYSTEMINFORMATION_NOTE}`)
  for (const n of SYSTEMINFORMATION_RUNS[platform]) lines.push(`  note  systeminformation ${n}`)
  lines.push('')
  lines.push(
    "practices (measured only when the policy asks for them; never part of the checks' verdict;",
    '"look" = is there a file at this exact path? No folder is listed)',
    '',
  )
  for (const kind of MEASURE_KINDS) section(`practice ${kind}`, declaredMeasureProbes(kind, platform))
  return lines.join('\n')
}

export { commandKey }
