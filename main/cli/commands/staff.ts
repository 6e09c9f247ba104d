/** Staff-side attestation commands (`preflight trust`, `preflight attest`, `preflight key …`). */
import type { Command } from '../command'
import { attestCommand } from './attest'
import { keyCreateCommand, keyDeleteCommand, keyShowCommand } from './key'
import { trustCommand } from './trust'

export const STAFF_COMMANDS: readonly Command[] = [
  trustCommand,
  attestCommand,
  keyShowCommand,
  keyCreateCommand,
  keyDeleteCommand,
]
