/** Bundled OS support table. Placeholder until the data is written (see docs/os-support.md). */
import type { OsSupportData } from './types'

export const BUNDLED_OS_SUPPORT: OsSupportData = {
  dataAsOf: '2026-08-22',
  macos: [],
  windows: [],
  linux: [],
  rolling: [],
}
