/**
 * Reading macOS Software Update's settings, shared by the auto-updates check (automatic updates) and
 * the malware-protection check (XProtect data arrives through "Install Security Responses and system
 * files", i.e. the CriticalUpdateInstall and ConfigDataInstall keys).
 *
 * Both read the whole domain with `defaults read /Library/Preferences/com.apple.SoftwareUpdate`
 * (world-readable; one process instead of one per key, and the exit status tells "no such domain"
 * apart from a parsed dictionary) and the configuration-profile copy in /Library/Managed Preferences,
 * which wins. The argv are the same in both checks, so the engine's memoising probe runs each once.
 * `plutil -convert json` is not an option: it refuses plists holding dates, and this one does.
 */
import type { Msg } from '../../shared/i18n/msg'
import type { CommandOutcome, Probe } from '../probe/probe'
import { isDict, parseOldStylePlist, type PlistValue } from './auto-updates/darwin-parse'
import { commandProblemMsg, describeCommand, english, msg } from './verdict'

export const SOFTWARE_UPDATE_LOCAL_ARGV: readonly string[] = [
  '/usr/bin/defaults',
  'read',
  '/Library/Preferences/com.apple.SoftwareUpdate',
]
export const SOFTWARE_UPDATE_MANAGED_ARGV: readonly string[] = [
  '/usr/bin/defaults',
  'read',
  '/Library/Managed Preferences/com.apple.SoftwareUpdate',
]

export type PlistDict = { readonly [key: string]: PlistValue }

/**
 * One domain as read: a dictionary, no such domain, or a problem (with a message saying which;
 * `detail` is its English).
 */
export type DomainRead =
  | { readonly kind: 'dict'; readonly dict: PlistDict }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly detail: string; readonly detailMsg: Msg }

const problem = (m: Msg): DomainRead => ({ kind: 'problem', detail: english(m), detailMsg: m })

/** Interpret `defaults read <domain>`: a dictionary, no such domain (exit 1, "does not exist"), or a problem. */
export function readDomain(out: CommandOutcome, argv: readonly string[]): DomainRead {
  if (out.kind === 'exit' && out.exitCode === 1 && /does not exist/.test(out.stderr))
    return { kind: 'missing' }
  const failed = commandProblemMsg(argv, out)
  if (failed !== null || out.kind !== 'exit') return problem(failed ?? msg('check.common.noAnswer'))
  const parsed = parseOldStylePlist(out.stdout)
  if (!isDict(parsed))
    return problem(msg('check.common.softwareUpdate.notDictionary', { command: describeCommand(argv) }))
  return { kind: 'dict', dict: parsed }
}

/** Both domains, read concurrently. */
export async function readSoftwareUpdateDomains(
  probe: Probe,
): Promise<{ readonly local: DomainRead; readonly managed: DomainRead }> {
  const [localOut, managedOut] = await Promise.all([
    probe.run(SOFTWARE_UPDATE_LOCAL_ARGV, { timeoutMs: 5_000 }),
    probe.run(SOFTWARE_UPDATE_MANAGED_ARGV, { timeoutMs: 5_000 }),
  ])
  return {
    local: readDomain(localOut, SOFTWARE_UPDATE_LOCAL_ARGV),
    managed: readDomain(managedOut, SOFTWARE_UPDATE_MANAGED_ARGV),
  }
}
