/**
 * Wording shared by the three os-version strategies, so that every platform states the requirement
 * and the "cannot judge" reasons the same way.
 */
import type { Policy } from '../../../shared/policy'

/** The requirement line shown with every os-version verdict. */
export function osVersionRequirement(policy: Policy): string {
  return (
    'a release that still gets security updates, with every update public for more than ' +
    `${policy.osVersion.patchGraceDays} days installed`
  )
}

/** Linux wording: updates are judged by the last successful system upgrade. */
export function linuxRequirement(policy: Policy): string {
  return (
    'a release that still gets security updates, and a successful system upgrade within the last ' +
    `${policy.osVersion.maxUpgradeAgeDays} days`
  )
}

/** Reason for a release newer than anything in the bundled table. */
export function newerThanDataReason(what: string, dataAsOf: string): string {
  return (
    `${what} is newer than Preflight's OS support data (as of ${dataAsOf}), so Preflight cannot tell ` +
    'whether it is supported and up to date. Update Preflight, or ask your security contact for a refreshed policy.'
  )
}

/** "(projected)" suffix for dates the table marks as projections. */
export function projectedNote(projected: boolean | undefined): string {
  return projected === true
    ? ' (projected date: the vendor had not published it when the data was compiled)'
    : ''
}
