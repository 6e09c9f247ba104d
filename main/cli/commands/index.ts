/**
 * Every `preflight` command. To add one: write `commands/<name>.ts` exporting a `Command` and list it
 * here (multi-word names such as "ciso verify" are matched on their words).
 */
import type { Command } from '../command'
import { checkCommand } from './check'

export const COMMANDS: readonly Command[] = [checkCommand]
