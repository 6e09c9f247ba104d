/**
 * `preflight probes`: list every command and file each check may run or read, per platform.
 * The list comes from the strategies' declarations, which a test enforces against every fixture.
 */
import { isPlatform, PLATFORMS, type Platform } from '../../../shared/check-types'
import {
  declaredProbes,
  HOST_FACT_PROBES,
  POWERSHELL_NOTE,
  SYSTEMINFORMATION_NOTE,
} from '../../checks/declarations'
import type { ProbeDeclaration } from '../../checks/types'
import { SYSTEMINFORMATION_RUNS } from '../../probe/device-profile'
import { CHECK_IDS } from '../../../shared/check-types'
import { MEASURE_KINDS } from '../../../shared/practices'
import { declaredMeasureProbes } from '../../practices'
import { EXIT, parseCommandArgs, usageError, type Command, cliMsg } from '../command'
import { commandTexts } from '../help'
import { cliText, type CliText } from '../text'

/**
 * The list `preflight probes` prints, its headings in the language of `tx`. The probes and their
 * notes are values (commands, paths) or the checks' own notes, which are English.
 */
export function formatProbeList(platform: Platform, tx: CliText = cliText()): string {
  const verbs = (['run', 'read', 'list', 'look', 'note'] as const).map((v) => tx.t(`cli.probes.verb.${v}`))
  const width = Math.max(...verbs.map((v) => v.length)) + 2
  const [run, read, list, look, note] = verbs.map((v) => v.padEnd(width)) as [
    string,
    string,
    string,
    string,
    string,
  ]
  const lines: string[] = [tx.t('cli.probes.heading', { platform }), '']
  const section = (title: string, d: ProbeDeclaration) => {
    lines.push(title)
    for (const c of d.commands) lines.push(`  ${run}${c.join(' ')}`)
    for (const f of d.files) lines.push(`  ${read}${f}`)
    for (const f of d.dirs ?? []) lines.push(`  ${list}${f}`)
    for (const f of d.paths ?? []) lines.push(`  ${look}${f}`)
    for (const n of d.notes ?? []) lines.push(`  ${note}${n}`)
    if (d.commands.length === 0 && d.files.length === 0 && (d.paths ?? []).length === 0)
      lines.push(`  ${tx.t('cli.probes.nothing')}`)
    lines.push('')
  }
  section(tx.t('cli.probes.hostFacts'), HOST_FACT_PROBES[platform])
  for (const id of CHECK_IDS) section(id, declaredProbes(id, platform))
  if (platform === 'win32') lines.push('PowerShell', `  ${note}${POWERSHELL_NOTE}`, '')
  lines.push(tx.t('cli.probes.deviceProfile'), `  ${note}${SYSTEMINFORMATION_NOTE}`)
  for (const n of SYSTEMINFORMATION_RUNS[platform]) lines.push(`  ${note}systeminformation ${n}`)
  lines.push('', tx.t('cli.probes.practices'), '')
  for (const kind of MEASURE_KINDS)
    section(tx.t('cli.probes.practice', { kind }), declaredMeasureProbes(kind, platform))
  return lines.join('\n')
}

export const probesCommand: Command = {
  name: 'probes',
  ...commandTexts('cli.probes'),
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      platform: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    })
    const live = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux'
    const platform = values.platform ?? live
    if (!isPlatform(platform))
      throw usageError(cliMsg('cli.usage.oneOf', { option: '--platform', values: PLATFORMS.join(', ') }))
    const p: Platform = platform
    if (values.json) {
      const data = {
        platform: p,
        hostFacts: HOST_FACT_PROBES[p],
        checks: Object.fromEntries(CHECK_IDS.map((id) => [id, declaredProbes(id, p)])),
        practices: Object.fromEntries(MEASURE_KINDS.map((k) => [k, declaredMeasureProbes(k, p)])),
        ...(p === 'win32' ? { powershell: POWERSHELL_NOTE } : {}),
        deviceProfile: { note: SYSTEMINFORMATION_NOTE, systeminformation: SYSTEMINFORMATION_RUNS[p] },
      }
      io.stdout(JSON.stringify(data, null, 2) + '\n')
    } else {
      io.stdout(formatProbeList(p, cliText(io.lang)))
    }
    return EXIT.OK
  },
}
