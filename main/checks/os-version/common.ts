/**
 * Wording shared by the three os-version strategies, so that every platform states the requirement
 * and the "cannot judge" reasons the same way (messages of shared/i18n/en/checks-os-version.ts).
 */
import { dataAgeDays } from '../../../shared/os-support/judge'
import type { OsSupportData } from '../../../shared/os-support/types'
import type { Msg, MsgValue } from '../../../shared/i18n/msg'
import type { Policy } from '../../../shared/policy'
import { msg } from '../verdict'

/** The requirement line shown with every os-version verdict. */
export function osVersionRequirement(policy: Policy): Msg {
  return msg('check.os-version.common.requirement', { days: policy.osVersion.patchGraceDays })
}

/** Linux wording: updates are judged by the last successful system upgrade. */
export function linuxRequirement(policy: Policy): Msg {
  return msg('check.os-version.linux.requirement', { days: policy.osVersion.maxUpgradeAgeDays })
}

/** Reason for a release newer than anything in the bundled table. */
export function newerThanDataReason(what: MsgValue, dataAsOf: string): Msg {
  return msg('check.os-version.common.reason.newerThanData', { what, dataAsOf })
}

/** A date of the table, with the "(projected date: …)" note when the table marks it as a projection. */
export function datedMsg(date: string, projected: boolean | undefined): MsgValue {
  return projected === true ? msg('check.os-version.common.projectedDate', { date }) : date
}

/**
 * Null when the table is fresh enough to judge patch levels; otherwise the reason to show (the
 * message of shared/os-support/judge.ts `staleDataReason`, same English).
 */
export function staleDataMsg(
  data: Pick<OsSupportData, 'dataAsOf'>,
  now: Date,
  policy: Pick<Policy, 'osVersion'>,
): Msg | null {
  const age = dataAgeDays(data, now)
  if (age <= policy.osVersion.maxDataAgeDays) return null
  return msg('check.os-version.common.reason.stale', {
    age,
    dataAsOf: data.dataAsOf,
    allowed: policy.osVersion.maxDataAgeDays,
  })
}
