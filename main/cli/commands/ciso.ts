/**
 * CISO commands (`preflight ciso …`): the campaign folder, signed policies and requests,
 * verification of attestations and the device roster. Guide: docs/ciso.md.
 */
import type { Command } from '../command'
import { CISO_ISSUE_COMMANDS } from './ciso-issue'
import { CISO_ROSTER_COMMANDS } from './ciso-roster'
import { CISO_TRUST_COMMANDS } from './ciso-trust'

/** Every `preflight ciso …` command, listed in main/cli/commands/index.ts. */
export const CISO_COMMANDS: readonly Command[] = [
  ...CISO_ISSUE_COMMANDS,
  ...CISO_ROSTER_COMMANDS,
  ...CISO_TRUST_COMMANDS,
]
