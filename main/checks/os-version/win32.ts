/** os-version on win32: placeholder until the strategy is written (always answers unknown, never pass). */
import type { CheckStrategy } from '../types'
import { unknown } from '../verdict'

export const win32Strategy: CheckStrategy = {
  probes: { commands: [], files: [] },
  async run() {
    return unknown({
      summary: 'Not checked yet on this platform',
      requirement: '',
      remediationId: 'os-version.win32',
      reason: 'This check is not implemented for win32 yet.',
    })
  },
}
