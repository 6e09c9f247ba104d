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
import type { Msg } from '../../../shared/i18n/msg'
import { macosVersionMsg, readMacosVersion, remediationForVersion, SW_VERS_ARGV } from '../darwin-common'
import type { CheckStrategy } from '../types'
import { commandProblemMsg, describeCommand, fail, msg, pass, semicolonList, unknown } from '../verdict'
import { parseFdesetupStatus } from './darwin-parse'

const FDESETUP_STATUS: readonly string[] = ['/usr/bin/fdesetup', 'status']
const REQUIREMENT = msg('check.disk-encryption.darwin.requirement')
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
    const versionLine = macosVersionMsg(version)
    const place =
      version !== null && version.major <= 12
        ? msg('check.disk-encryption.darwin.place.macos12')
        : msg('check.disk-encryption.darwin.place.modern')
    const withVersion = (lines: Msg[]): Msg[] => (versionLine ? [...lines, versionLine] : lines)
    const problem = commandProblemMsg(FDESETUP_STATUS, out)
    if (problem !== null || out.kind !== 'exit') {
      return unknown({
        summary: msg('check.disk-encryption.darwin.summary.unreadable'),
        requirement: REQUIREMENT,
        remediationId: 'disk-encryption.unknown',
        reason: msg('check.disk-encryption.darwin.reason.unreadable', {
          problem: problem ?? msg('check.disk-encryption.darwin.noAnswer'),
          place,
        }),
        sources: SOURCES,
      })
    }
    const state = parseFdesetupStatus(out.stdout)
    const appleSilicon = ctx.probe.arch === 'arm64'
    switch (state.kind) {
      case 'on':
        return pass({
          summary: msg('check.disk-encryption.darwin.summary.on'),
          observed: withVersion([msg('check.disk-encryption.darwin.observed.on')]),
          requirement: REQUIREMENT,
          remediationId: turnOn,
          sources: SOURCES,
        })
      case 'off': {
        const observed = [msg(`check.disk-encryption.darwin.observed.status.${state.status}`)]
        if (state.deferredUser !== undefined)
          observed.push(
            state.deferredUser === null
              ? msg('check.disk-encryption.darwin.observed.deferred')
              : msg('check.disk-encryption.darwin.observed.deferredFor', { user: state.deferredUser }),
          )
        if (state.unread.length > 0)
          observed.push(
            msg('check.disk-encryption.darwin.observed.alsoPrinted', { lines: semicolonList(state.unread) }),
          )
        if (state.deferredUser !== undefined) {
          return fail({
            summary: msg('check.disk-encryption.darwin.summary.deferred'),
            observed: withVersion(observed),
            requirement: REQUIREMENT,
            remediationId: 'disk-encryption.darwin.finish-deferred',
            reason: msg('check.disk-encryption.darwin.reason.deferred'),
            sources: SOURCES,
          })
        }
        if (state.status === 'pending-restart')
          return fail({
            summary: msg('check.disk-encryption.darwin.summary.pendingRestart'),
            observed: withVersion(observed),
            requirement: REQUIREMENT,
            remediationId: 'disk-encryption.darwin.finish-pending',
            reason: msg('check.disk-encryption.darwin.reason.pendingRestart'),
            sources: SOURCES,
          })
        if (state.status === 'off-restart')
          return fail({
            summary: msg('check.disk-encryption.darwin.summary.offRestart'),
            observed: withVersion(observed),
            requirement: REQUIREMENT,
            remediationId: 'disk-encryption.darwin.restart-to-finish',
            reason: msg('check.disk-encryption.darwin.reason.offRestart'),
            sources: SOURCES,
          })
        return fail({
          summary: msg('check.disk-encryption.darwin.summary.off'),
          observed: withVersion(observed),
          requirement: REQUIREMENT,
          remediationId: turnOn,
          ...(state.unread.length > 0
            ? { reason: msg('check.disk-encryption.darwin.reason.offAnyway') }
            : {}),
          sources: SOURCES,
        })
      }
      case 'restart-to-finish':
        // Reported On but not settled: unknown until the restart.
        return unknown({
          summary: msg('check.disk-encryption.darwin.summary.restartToFinish'),
          observed: withVersion([msg('check.disk-encryption.darwin.observed.onRestart')]),
          requirement: REQUIREMENT,
          remediationId: 'disk-encryption.darwin.restart-to-finish',
          reason: msg('check.disk-encryption.darwin.reason.restartToFinish'),
          sources: SOURCES,
        })
      case 'encrypting':
        return unknown({
          summary:
            state.percent === null
              ? msg('check.disk-encryption.darwin.summary.paused')
              : msg('check.disk-encryption.darwin.summary.encrypting', { percent: state.percent }),
          observed: withVersion([
            msg('check.disk-encryption.darwin.observed.on'),
            state.percent === null
              ? msg('check.disk-encryption.darwin.observed.encryptingPending')
              : msg('check.disk-encryption.darwin.observed.encrypting', { percent: state.percent }),
          ]),
          requirement: REQUIREMENT,
          remediationId: 'disk-encryption.darwin.wait-encrypting',
          reason: msg(
            state.percent === null
              ? appleSilicon
                ? 'check.disk-encryption.darwin.reason.pausedAppleSilicon'
                : 'check.disk-encryption.darwin.reason.pausedIntel'
              : appleSilicon
                ? 'check.disk-encryption.darwin.reason.encryptingAppleSilicon'
                : 'check.disk-encryption.darwin.reason.encryptingIntel',
          ),
          sources: SOURCES,
        })
      case 'decrypting':
        return fail({
          summary: msg('check.disk-encryption.darwin.summary.decrypting'),
          observed: withVersion([
            state.percent === null
              ? msg('check.disk-encryption.darwin.observed.decryptingPending')
              : msg('check.disk-encryption.darwin.observed.decrypting', { percent: state.percent }),
          ]),
          requirement: REQUIREMENT,
          remediationId: 'disk-encryption.darwin.decrypting',
          reason: msg('check.disk-encryption.darwin.reason.decrypting'),
          sources: SOURCES,
        })
      case 'unrecognised':
        return unknown({
          summary: msg('check.disk-encryption.darwin.summary.unrecognised'),
          observed: withVersion([]),
          requirement: REQUIREMENT,
          remediationId: 'disk-encryption.unknown',
          reason: msg('check.disk-encryption.darwin.reason.unrecognised', { detail: state.detail, place }),
          sources: SOURCES,
        })
    }
  },
}
