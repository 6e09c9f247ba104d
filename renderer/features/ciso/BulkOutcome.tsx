/**
 * What came of a bulk request action (the Requests screen and the dashboard's overdue and offboarding
 * actions): the new folder with its files and index.csv, a cancelled folder dialog (nothing issued),
 * a list that has problems (each line with its number; nothing issued), or main's error.
 */
import type { ReactElement } from 'react'
import type { BulkRequestsResult } from '../../../shared/ipc-contract'
import { PURPOSES } from '../../../shared/attestation-types'
import { formatDateTime } from '../../app/format'
import { mainText, t, tn } from '../../app/i18n'
import { Alert } from '../../components/Feedback'
import { CisoError } from './refusal'

/** The outcome of one call. */
export type BulkOutcomeState =
  | { readonly ok: true; readonly result: BulkRequestsResult }
  | { readonly ok: false; readonly message: string }

/** The notice for an outcome. */
export function BulkOutcome({ outcome }: { readonly outcome: BulkOutcomeState }): ReactElement {
  if (!outcome.ok) return <CisoError message={outcome.message} title={t('ciso.bulk.failed')} />
  const r = outcome.result
  if (r.problems.length > 0) {
    return (
      <Alert kind="error" title={tn('ciso.bulk.problems', r.problems.length)}>
        <p>{t('ciso.bulk.problemsBody')}</p>
        <ul className="problems">
          {r.problems.map((p, i) => {
            // The problem in the chosen language (main.staffList.*); main's English, marked, without one.
            const shown = mainText(p.message, p.text)
            return (
              <li key={`${p.line}-${i}`} lang={shown.lang}>
                {p.line > 0 ? t('ciso.bulk.problemLine', { line: p.line, message: shown.text }) : shown.text}
              </li>
            )
          })}
        </ul>
      </Alert>
    )
  }
  if (r.cancelled || r.issued === null) {
    return (
      <Alert kind="info" title={t('ciso.bulk.cancelled')}>
        <p>{t('ciso.bulk.cancelledBody')}</p>
      </Alert>
    )
  }
  const i = r.issued
  const purposes = PURPOSES.filter((p) => i.byPurpose[p] > 0)
    .map((p) => t('ciso.bulk.purposeCount', { count: i.byPurpose[p], purpose: t(`purpose.${p}`) }))
    .join(', ')
  return (
    <Alert kind="success" title={tn('ciso.bulk.done', i.count, { folder: i.folderName })}>
      <p>
        {t('ciso.bulk.doneBody', {
          purposes,
          policy: i.policy.id,
          version: i.policy.version,
          until: formatDateTime(i.notAfter),
        })}
      </p>
      <p>{t('ciso.bulk.howToSend', { index: i.indexFileName })}</p>
      {i.signedDefaultPolicy && <p>{t('ciso.bulk.defaultPolicy')}</p>}
    </Alert>
  )
}
