/** Staff-side attestation commands (`preflight trust`, `preflight attest`, `preflight key …`). */
import type { Command } from '../command'

export const STAFF_COMMANDS: readonly Command[] = []
