/**
 * A status shown three ways at once: colour, icon and words (WCAG 1.4.1: never colour alone).
 */
import type { ReactElement } from 'react'
import type { CheckStatus, OverallStatus } from '../../shared/check-types'
import type { VerifyRow } from '../../shared/ipc-contract'
import type { PracticeResult, PracticesResult } from '../../shared/practices'
import { t } from '../app/i18n'
import { outcomeGroup } from '../features/ciso/table-model'
import { Icon } from './Icon'

/** A check's status. */
export function StatusChip({ status }: { readonly status: CheckStatus }): ReactElement {
  return (
    <span className={`chip chip--${status}`}>
      <Icon name={status} />
      <span>{t(`status.${status}`)}</span>
    </span>
  )
}

/** An overall verdict (pass / fail / could not confirm). */
export function OverallChip({ overall }: { readonly overall: OverallStatus }): ReactElement {
  return (
    <span className={`chip chip--${overall}`}>
      <Icon name={overall} />
      <span>{t(`overall.chip.${overall}`)}</span>
    </span>
  )
}

/**
 * The outcome of verifying one attestation file (CISO screen): for an accepted file its posture,
 * for a rejected file the reason code in words.
 */
export function OutcomeChip({ row }: { readonly row: Pick<VerifyRow, 'outcome' | 'result'> }): ReactElement {
  const group = outcomeGroup(row)
  const label =
    row.outcome === 'ACCEPTED' || row.outcome === 'ALREADY_RECORDED'
      ? t(`overall.chip.${row.result ?? 'unknown'}`)
      : t(`outcome.${row.outcome}`)
  return (
    <span className={`chip chip--${group}`}>
      <Icon name={group} />
      <span>{label}</span>
    </span>
  )
}

const PRACTICE_ICON: Readonly<Record<PracticeResult, 'pass' | 'fail' | 'unknown' | 'not-applicable'>> = {
  found: 'pass',
  confirmed: 'pass',
  'not-found': 'fail',
  unknown: 'unknown',
  'not-confirmed': 'not-applicable',
}

/** One practice's state: found or confirmed, not found, could not check, not confirmed. */
export function PracticeChip({ result }: { readonly result: PracticeResult }): ReactElement {
  const icon = PRACTICE_ICON[result]
  return (
    <span className={`chip chip--${icon}`}>
      <Icon name={icon} />
      <span>{t(`practices.state.${result}`)}</span>
    </span>
  )
}

const PRACTICES_ICON: Readonly<Record<PracticesResult, 'pass' | 'fail' | 'unknown'>> = {
  pass: 'pass',
  fail: 'fail',
  incomplete: 'unknown',
}

/** Whether every required practice is measured or confirmed (`short`: one word, for tables). */
export function PracticesResultChip({
  result,
  short = false,
}: {
  readonly result: PracticesResult
  readonly short?: boolean
}): ReactElement {
  const icon = PRACTICES_ICON[result]
  return (
    <span className={`chip chip--${icon}`}>
      <Icon name={icon} />
      <span>{t(short ? `ciso.practices.result.${result}` : `export.preview.practicesResult.${result}`)}</span>
    </span>
  )
}
