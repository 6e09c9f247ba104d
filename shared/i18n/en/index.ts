/** English catalogue (the reference language). */
import type { Messages } from '../types'
import { REMEDIATION_COMMON_EN } from './remediation-common'

export const en: Messages = {
  remediation: {
    ...REMEDIATION_COMMON_EN,
  },
  ui: {},
}
