/**
 * History: past check runs and exported attestations on this laptop, newest first, as main keeps
 * them (only statuses and file names; no report contents).
 */
import { useEffect, useState, type ReactElement } from 'react'
import type { HistoryEntry } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { formatDateTime } from '../../app/format'
import { t, tn, failureText } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Page } from '../../components/Page'
import { OverallChip } from '../../components/StatusChip'

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly entries: readonly HistoryEntry[] }

function describe(e: HistoryEntry): string {
  if (e.kind === 'run') {
    const passed = e.checks.filter((c) => c.status === 'pass').length
    return tn('history.run.detail', passed, { total: e.checks.length })
  }
  return t('history.export.detail', { purpose: t(`purpose.${e.purpose}`), file: e.fileName })
}

/** The History screen. */
export function HistoryScreen(): ReactElement {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  useEffect(() => {
    let cancelled = false
    void api.listHistory().then((r) => {
      if (cancelled) return
      setLoaded(
        r.ok ? { state: 'ready', entries: r.value.entries } : { state: 'error', message: failureText(r) },
      )
    })
    return () => {
      cancelled = true
    }
  }, [])
  return (
    <Page title={t('history.title')} intro={<p>{t('history.intro')}</p>}>
      {loaded.state === 'loading' && <Busy label={t('history.loading')} />}
      {loaded.state === 'error' && (
        <Alert kind="error" title={t('history.failed')}>
          <p>{loaded.message}</p>
        </Alert>
      )}
      {loaded.state === 'ready' && loaded.entries.length === 0 && <p>{t('history.empty')}</p>}
      {loaded.state === 'ready' && loaded.entries.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('history.title')}>
          <table className="table">
            <caption className="sr-only">{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.col.when')}</th>
                <th scope="col">{t('history.col.what')}</th>
                <th scope="col">{t('history.col.result')}</th>
                <th scope="col">{t('history.col.details')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.entries.map((e, i) => (
                <tr key={`${e.at}-${i}`}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>
                    {e.kind === 'run'
                      ? t(e.replayed ? 'history.run.replayed' : 'history.run')
                      : t('history.export')}
                  </td>
                  <td>
                    <OverallChip overall={e.overall} />
                  </td>
                  <td className="table__wrap-text">{describe(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  )
}
