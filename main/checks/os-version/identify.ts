/** Identify the OS (name, version, build) for reports and attestations. Placeholder until written. */
import type { OsIdentity } from '../../../shared/check-types'
import type { CheckContext } from '../types'

export async function identifyOs(_ctx: CheckContext): Promise<OsIdentity | null> {
  return null
}
