/** disk-encryption on linux: placeholder until the strategy is written (always answers unknown, never pass). */
import type { CheckStrategy } from '../types'
import { unknown } from '../verdict'

export const linuxStrategy: CheckStrategy = {
  probes: { commands: [], files: [] },
  async run() {
    return unknown({
      summary: 'Not checked yet on this platform',
      requirement: '',
      remediationId: 'disk-encryption.linux',
      reason: 'This check is not implemented for linux yet.',
    })
  },
}
