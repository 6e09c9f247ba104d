/** The platform-integrity check: one strategy per platform. */
import type { CheckDefinition } from '../types'
import { darwinStrategy } from './darwin'
import { linuxStrategy } from './linux'
import { win32Strategy } from './win32'

export const platformIntegrityCheck: CheckDefinition = {
  darwin: darwinStrategy,
  win32: win32Strategy,
  linux: linuxStrategy,
}
