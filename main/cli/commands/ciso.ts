/** CISO commands (`preflight ciso …`). */
import type { Command } from '../command'

export const CISO_COMMANDS: readonly Command[] = []
