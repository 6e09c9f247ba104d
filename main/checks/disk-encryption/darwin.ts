/**
 * disk-encryption on macOS: FileVault, read with `fdesetup status` (works without admin rights).
 *
 * On → pass. Any "FileVault is Off…" state (a pending restart, a deferred enablement, whatever else is
 * printed beside it) and decryption → fail (the disk key is not protected by the user's password yet,
 * or no longer). Encryption in progress or paused, or "On, but needs a restart" → unknown:
 * the user has done the right thing but the data is not fully protected yet, so "re-check later".
 * Anything fdesetup prints that we do not recognise → unknown (detection.md 2.2).
 */
import type { CheckVerdict } from '../../../shared/check-types'
import {
  describeVersion,
  readMacosVersion,
  remediationForVersion,
  settingsPlace,
  SW_VERS_ARGV,
} from '../darwin-common'
import type { CheckStrategy } from '../types'
import { commandProblem, describeCommand, fail, pass, unknown } from '../verdict'
import { parseFdesetupStatus } from './darwin-parse'

const FDESETUP_STATUS: readonly string[] = ['/usr/bin/fdesetup', 'status']
const REQUIREMENT = 'FileVault is on and the startup disk is fully encrypted'
const SOURCES = [describeCommand(FDESETUP_STATUS)]

/** The FileVault strategy. */
export const darwinStrategy: CheckStrategy = {
  probes: {
    commands: [FDESETUP_STATUS, SW_VERS_ARGV],
    files: [],
    notes: [
      'fdesetup status: FileVault on/off, encryption or decryption progress, pending enablement',
      'sw_vers: macOS version, to show the fix for System Preferences (12) or System Settings (13+)',
    ],
  },
  async run(ctx): Promise<CheckVerdict> {
    const [out, version] = await Promise.all([
      ctx.probe.run(FDESETUP_STATUS, { timeoutMs: 10_000 }),
      readMacosVersion(ctx.probe),
    ])
    const turnOn = remediationForVersion('disk-encryption.darwin.turn-on', version)
    const versionLine = describeVersion(version)
    const place = settingsPlace(
      version,
      'System Settings › Privacy & Security › FileVault',
      'System Preferences › Security & Privacy › FileVault',
    )
    const withVersion = (lines: string[]): string[] => (versionLine ? [...lines, versionLine] : lines)
    const problem = commandProblem(FDESETUP_STATUS, out)
    if (problem !== null || out.kind !== 'exit') {
      return unknown({
        summary: 'Could not read the FileVault status',
        requirement: REQUIREMENT,
        remediationId: 'disk-encryption.unknown',
        reason: `${problem ?? 'fdesetup gave no answer'}. Open ${place} and look at the FileVault status, then check again.`,
        sources: SOURCES,
      })
    }
    const state = parseFdesetupStatus(out.stdout)
    const appleSilicon = ctx.probe.arch === 'arm64'
    switch (state.kind) {
      case 'on':
        return pass({
          summary: 'FileVault is on',
          observed: withVersion(['FileVault is On']),
          requirement: REQUIREMENT,
          remediationId: turnOn,
          sources: SOURCES,
        })
      case 'off': {
        const statusLine = {
          off: 'FileVault is Off',
          'pending-restart': 'FileVault is Off, but will be enabled after the next restart',
          'off-restart': 'FileVault is Off, but needs to be restarted to finish',
        }[state.status]
        const observed = [statusLine]
        if (state.deferredUser !== undefined)
          observed.push(
            state.deferredUser === null
              ? 'deferred enablement is active'
              : `deferred enablement is active for user ${state.deferredUser}`,
          )
        if (state.unread.length > 0)
          observed.push(`also printed, not needed for the verdict: ${state.unread.join('; ')}`)
        if (state.deferredUser !== undefined) {
          return fail({
            summary: 'FileVault is waiting to be turned on at the next log-out or restart',
            observed: withVersion(observed),
            requirement: REQUIREMENT,
            remediationId: 'disk-encryption.darwin.finish-deferred',
            reason:
              'FileVault is set to turn on when you next log out or restart and enter your password. Until then the disk is not protected.',
            sources: SOURCES,
          })
        }
        if (state.status === 'pending-restart')
          return fail({
            summary: 'FileVault will turn on after the next restart',
            observed: withVersion(observed),
            requirement: REQUIREMENT,
            remediationId: 'disk-encryption.darwin.finish-pending',
            reason:
              'FileVault has been switched on but does not protect the disk until the Mac restarts. Restart, then check again.',
            sources: SOURCES,
          })
        if (state.status === 'off-restart')
          return fail({
            summary: 'FileVault is off (a restart is needed to finish a change)',
            observed: withVersion(observed),
            requirement: REQUIREMENT,
            remediationId: 'disk-encryption.darwin.restart-to-finish',
            reason:
              'FileVault is off and macOS is waiting for a restart to finish a change. Restart, check again, and turn FileVault on if it is still off.',
            sources: SOURCES,
          })
        return fail({
          summary: 'FileVault is off: anyone with this Mac can read its files',
          observed: withVersion(observed),
          requirement: REQUIREMENT,
          remediationId: turnOn,
          ...(state.unread.length > 0
            ? {
                reason:
                  'fdesetup also printed something Preflight does not recognise, but it says FileVault is off, and that decides the result.',
              }
            : {}),
          sources: SOURCES,
        })
      }
      case 'restart-to-finish':
        // Reported On but not settled: unknown until the restart.
        return unknown({
          summary: 'FileVault needs a restart to finish',
          observed: withVersion(['FileVault is On, but needs to be restarted to finish']),
          requirement: REQUIREMENT,
          remediationId: 'disk-encryption.darwin.restart-to-finish',
          reason:
            'macOS reports a FileVault change that only completes after a restart, so the protection cannot be confirmed yet. Restart, then check again.',
          sources: SOURCES,
        })
      case 'encrypting':
        return unknown({
          summary:
            state.percent === null
              ? 'FileVault is on, but encryption is paused'
              : `FileVault is on and still encrypting (${state.percent}% done)`,
          observed: withVersion([
            'FileVault is On',
            state.percent === null
              ? 'Encryption in progress: Pending'
              : `Encryption in progress: ${state.percent}% completed`,
          ]),
          requirement: REQUIREMENT,
          remediationId: 'disk-encryption.darwin.wait-encrypting',
          reason:
            (state.percent === null
              ? 'Encryption has started but is paused (macOS pauses it on battery power). '
              : 'Encryption is still running, so part of the disk is not protected yet. ') +
            (appleSilicon
              ? 'Keep the Mac on and check again later.'
              : 'Keep the Mac plugged in and awake; on older Intel Macs this can take several hours. Check again later.'),
          sources: SOURCES,
        })
      case 'decrypting':
        return fail({
          summary: 'FileVault is being turned off (the disk is being decrypted)',
          observed: withVersion([
            state.percent === null
              ? 'Decryption in progress: Pending'
              : `Decryption in progress: ${state.percent}% completed`,
          ]),
          requirement: REQUIREMENT,
          remediationId: 'disk-encryption.darwin.decrypting',
          reason: 'Someone turned FileVault off on this Mac; the protection is being removed.',
          sources: SOURCES,
        })
      case 'unrecognised':
        return unknown({
          summary: 'Could not understand the FileVault status',
          observed: withVersion([]),
          requirement: REQUIREMENT,
          remediationId: 'disk-encryption.unknown',
          reason: `fdesetup status answered in a way Preflight does not recognise (${state.detail}). Look at ${place} yourself, and send a transcript (--record) to your security contact.`,
          sources: SOURCES,
        })
    }
  },
}
