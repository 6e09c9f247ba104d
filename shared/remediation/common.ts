/** Fixes shared by all platforms: what to do when a check could not decide (`<check>.unknown`). */
import { CHECK_IDS } from '../check-types'
import type { RemediationMeta } from './types'

export const COMMON_REMEDIATIONS: Readonly<Record<string, RemediationMeta>> = Object.fromEntries(
  CHECK_IDS.map((id) => [`${id}.unknown`, { deepLink: null, minutes: 5, continuesInBackground: false }]),
)
