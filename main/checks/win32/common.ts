/**
 * Helpers shared by the Windows strategies: how PowerShell is started, which drive holds Windows,
 * and which edition family this is (Home has "Device encryption", Pro has "BitLocker").
 */
import type { Msg } from '../../../shared/i18n/msg'
import type { Probe } from '../../probe/probe'
import { powershellQueryArgv } from '../../probe/powershell'
import { msg } from '../verdict'
import { readRegKey, regQueryArgv, regString } from './reg'

/**
 * PowerShell argv for a one-line script. `-NoProfile` keeps the user's profile script out (speed and
 * no side effects), `-NonInteractive` makes a prompt fail instead of hanging. Windows PowerShell 5.1
 * (powershell.exe in System32) is used because it ships with every Windows 10/11; pwsh may be absent.
 *
 * The live probe runs all such queries of a run in ONE powershell.exe (main/probe/powershell.ts);
 * transcripts still record this argv per query. Write scripts that print strings (or numbers), with
 * single quotes only, and without `exit`, `$LASTEXITCODE`, `$Host`, `[Console]`, `Write-Host`,
 * `Read-Host`, `Out-Host` or `Write-Information`: a script using those still works but gets a
 * powershell.exe of its own (about a second more on a busy laptop).
 */
export function powershellArgv(script: string): string[] {
  return powershellQueryArgv(script)
}

/** PowerShell can take several seconds to start on a cold, busy laptop. */
export const POWERSHELL_TIMEOUT_MS = 15_000

/**
 * The drive Windows is installed on ("C:"), derived from SystemRoot ("C:\Windows"). SystemDrive is
 * not a recorded variable, and SystemRoot always lives on it. Defaults to C: when unset or odd.
 */
export function systemDrive(probe: Probe): string {
  const root = probe.env('SystemRoot')
  const m = root === undefined ? null : /^([A-Za-z]):\\/.exec(root)
  return m ? `${(m[1] as string).toUpperCase()}:` : 'C:'
}

/** The key the os-version check also reads; the same argv so a run queries it once. */
export const CURRENT_VERSION_ARGV = regQueryArgv('HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion')

/** Edition family, for wording and for which fix applies. */
export type EditionFamily = 'home' | 'pro' | 'unknown'

export interface WindowsEdition {
  readonly family: EditionFamily
  /** EditionID as read, e.g. "Core", "Professional"; null when unreadable. */
  readonly editionId: string | null
  /** 10 or 11 from CurrentBuild (ProductName says "Windows 10" on 11), null when unreadable. */
  readonly major: 10 | 11 | null
}

/** Classify an EditionID (never localized). Core* = Home; everything with BitLocker = pro. */
export function editionFamily(editionId: string): EditionFamily {
  const id = editionId.trim().toLowerCase()
  if (id.startsWith('core')) return 'home'
  if (/^(professional|enterprise|education|serverrdsh|iotenterprise|cloud)/.test(id)) return 'pro'
  return 'unknown'
}

/** Read EditionID and CurrentBuild. Never fails: unreadable → family "unknown". */
export async function readWindowsEdition(probe: Probe): Promise<WindowsEdition> {
  const r = await readRegKey(probe, CURRENT_VERSION_ARGV)
  if (r.kind !== 'values') return { family: 'unknown', editionId: null, major: null }
  const ed = regString(r.values, 'EditionID')
  const build = regString(r.values, 'CurrentBuild')
  const editionId = ed.kind === 'value' ? ed.value : null
  const buildNo = build.kind === 'value' && /^\d+$/.test(build.value) ? Number(build.value) : null
  return {
    family: editionId === null ? 'unknown' : editionFamily(editionId),
    editionId,
    major: buildNo === null ? null : buildNo >= 22000 ? 11 : 10,
  }
}

/** "Windows 11 Home" / "Windows 10 Pro/Enterprise/Education" / "Windows": product names. */
function editionName(e: WindowsEdition): string {
  const os = e.major === null ? 'Windows' : `Windows ${e.major}`
  return `${os}${e.family === 'home' ? ' Home' : e.family === 'pro' ? ' Pro/Enterprise/Education' : ''}`
}

/** "Windows 11 Home (EditionID Core)" style label for `observed`. */
export function describeEdition(e: WindowsEdition): string {
  return `${editionName(e)}${e.editionId !== null ? ` (EditionID ${e.editionId})` : ''}`
}

/**
 * `describeEdition` as a check message, for every check's edition line. The words are product
 * names (Windows 11, Home, Pro/Enterprise/Education) and the EditionID value, none of them
 * translated.
 */
export function editionMsg(e: WindowsEdition): Msg {
  return e.editionId !== null
    ? msg('check.common.win32.editionWithId', { edition: editionName(e), id: e.editionId })
    : msg('check.common.win32.edition', { edition: editionName(e) })
}

/**
 * True when command output is complete: empty, or ending with a line break. PowerShell, reg.exe and
 * powercfg end every line with CRLF, so output without one was cut short and a truncated number
 * ("4096" of "40960") must not be parsed as a value.
 */
export function isCompleteOutput(stdout: string): boolean {
  return stdout.trim() === '' || stdout.endsWith('\n')
}
