/**
 * The campaign's real web addresses and known look-alikes, as the policy lists them: a card staff
 * can come back to before they sign in or donate. Nothing is looked up: no DNS, no network.
 */
import { useEffect, useState, type ReactElement } from 'react'
import type { CampaignDomainsView } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { t, failureText } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Icon } from '../../components/Icon'
import { Page } from '../../components/Page'

/** The Web addresses screen. */
export function DomainsScreen(): ReactElement {
  const [view, setView] = useState<CampaignDomainsView | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    void api.getCampaignDomains().then((r) => {
      if (cancelled) return
      if (r.ok) setView(r.value)
      else setError(failureText(r))
    })
    return () => {
      cancelled = true
    }
  }, [])
  const empty = view !== null && view.official.length === 0 && view.lookalikes.length === 0
  return (
    <Page title={t('domains.title')} intro={<p>{t('domains.intro')}</p>}>
      {view === null && error === null && <Busy label={t('domains.loading')} />}
      {error !== null && (
        <Alert kind="error" title={t('domains.failed')}>
          <p>{error}</p>
        </Alert>
      )}
      {empty && <Alert kind="info" title={t('domains.none')} />}
      {view !== null && view.official.length > 0 && (
        <section className="card" aria-labelledby="domains-official">
          <h2 id="domains-official">{t('domains.official.title')}</h2>
          <div className="table-wrap">
            <table className="table">
              <caption className="sr-only">{t('domains.official.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('domains.col.address')}</th>
                  <th scope="col">{t('domains.col.use')}</th>
                </tr>
              </thead>
              <tbody>
                {view.official.map((o) => (
                  <tr key={`${o.domain} ${o.use}`}>
                    <td>
                      <span className="domain">{o.domain}</span>
                    </td>
                    <td>{t(`domains.use.${o.use}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {view !== null && !empty && (
        <section className="card domains__lookalikes" aria-labelledby="domains-lookalikes">
          <h2 id="domains-lookalikes">{t('domains.lookalikes.title')}</h2>
          <p>{t('domains.lookalikes.body')}</p>
          {view.lookalikes.length === 0 ? (
            <p className="muted">{t('domains.lookalikes.none')}</p>
          ) : (
            <ul className="domains__list">
              {view.lookalikes.map((d) => (
                <li key={d}>
                  <Icon name="fail" className="domain__icon" />{' '}
                  <span className="domain domain--lookalike">{d}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {view !== null && (
        <p className="muted">{t('domains.source', { id: view.policy.id, version: view.policy.version })}</p>
      )}
    </Page>
  )
}
