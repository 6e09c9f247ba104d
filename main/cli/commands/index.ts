/**
 * Every `preflight` command. To add one: write a `Command` and list it here or in one of the
 * groups (multi-word names such as "ciso verify" are matched on their words).
 */
import type { Command } from '../command'
import { checkCommand } from './check'
import { CISO_COMMANDS } from './ciso'
import { fixCommand } from './fix'
import { probesCommand } from './probes'
import { STAFF_COMMANDS } from './staff'

export const COMMANDS: readonly Command[] = [
  checkCommand,
  fixCommand,
  probesCommand,
  ...STAFF_COMMANDS,
  ...CISO_COMMANDS,
]
