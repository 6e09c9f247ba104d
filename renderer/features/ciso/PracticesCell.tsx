/**
 * The campaign practices of an attestation in the CISO tables, apart from the posture: whether every
 * required practice was measured or confirmed, and which ones were not (by id, as the file names
 * them). A dash when not judged (a rejected file, or a policy from before practices existed).
 */
import type { ReactElement } from 'react'
import type { PracticesResult } from '../../../shared/practices'
import { t } from '../../app/i18n'
import { PracticesResultChip } from '../../components/StatusChip'

export function PracticesCell({
  result,
  unmet,
}: {
  readonly result: PracticesResult | null | undefined
  readonly unmet: readonly string[] | undefined
}): ReactElement {
  if (result === null || result === undefined) return <>{t('common.none')}</>
  return (
    <>
      <PracticesResultChip result={result} short />
      {unmet !== undefined && unmet.length > 0 && (
        <span className="table__detail">{t('ciso.practices.unmet', { ids: unmet.join(', ') })}</span>
      )}
    </>
  )
}

/** The options of the practices filter (value and catalogue key). */
export const PRACTICES_FILTER_OPTIONS = [
  ['all', 'ciso.filter.all'],
  ['open', 'ciso.filter.practices.open'],
  ['pass', 'ciso.filter.practices.pass'],
  ['none', 'ciso.filter.practices.none'],
] as const
