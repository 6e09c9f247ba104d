/**
 * Guided fix: for each check that failed or could not be read, the steps for this OS (words from the
 * remediation catalogue via main), why it matters, an "Open Settings" button only where main has a
 * deep link for the fix, and a re-check on a button and whenever the window regains focus (the user
 * comes back from System Settings) until the check passes.
 */
import { useEffect, useState, type ReactElement } from 'react'
import type { CheckId, CheckResult } from '../../../shared/check-types'
import type { RemediationView } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { checkTexts, t, failureText } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Icon } from '../../components/Icon'
import { Page } from '../../components/Page'
import { StatusChip } from '../../components/StatusChip'
import { needsAttention, visibleResults } from '../checks/run-state'

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly fix: RemediationView }

function useRemediation(remediationId: string | null): Loaded {
  const [loaded, setLoaded] = useState<{ readonly id: string; readonly value: Loaded } | null>(null)
  useEffect(() => {
    if (remediationId === null) return
    let cancelled = false
    void api.getRemediation({ remediationId }).then((r) => {
      if (cancelled) return
      setLoaded({
        id: remediationId,
        value: r.ok ? { state: 'ready', fix: r.value } : { state: 'error', message: failureText(r) },
      })
    })
    return () => {
      cancelled = true
    }
  }, [remediationId])
  return loaded !== null && loaded.id === remediationId ? loaded.value : { state: 'loading' }
}

function FixDetail({ result }: { readonly result: CheckResult }): ReactElement {
  const { run, runChecks } = useApp()
  const running = run.phase === 'running'
  const loaded = useRemediation(result.remediationId)
  const [linkError, setLinkError] = useState<string | null>(null)
  const passing = result.status === 'pass'
  const text = checkTexts(result)

  // Re-check when the user comes back to the window (e.g. from System Settings), until it passes.
  useEffect(() => {
    if (passing) return
    const onFocus = (): void => {
      void runChecks()
    }
    window.addEventListener('focus', onFocus)
    return () => window.removeEventListener('focus', onFocus)
  }, [passing, runChecks])

  const openSettings = async (): Promise<void> => {
    setLinkError(null)
    const r = await api.openRemediationLink({ remediationId: result.remediationId })
    if (!r.ok) setLinkError(failureText(r))
    else if (!r.value.opened) setLinkError(t('fix.openFailed'))
  }

  return (
    <section className="card fix" aria-labelledby="fix-title">
      <div className="check__head">
        <div>
          <h2 id="fix-title" className="fix__title">
            {loaded.state === 'ready' ? loaded.fix.title : t(`check.${result.id}.name`)}
          </h2>
          <p className="check__explain">{t(`check.${result.id}.explain`)}</p>
        </div>
        <StatusChip status={result.status} />
      </div>

      {passing ? (
        <Alert kind="success" title={t('fix.fixed.title', { check: t(`check.${result.id}.name`) })}>
          <p lang={text.lang}>{text.summary}</p>
        </Alert>
      ) : (
        <div className="fix__found">
          <h3 className="check__label">
            {t(result.status === 'unknown' ? 'fix.found.unknown' : 'fix.found.fail')}
          </h3>
          <p className="check__summary" lang={text.lang}>
            {text.summary}
          </p>
          {text.reason !== undefined && <p lang={text.lang}>{text.reason}</p>}
          {text.observed.length > 0 && (
            <ul className="fix__facts" lang={text.lang}>
              {text.observed.map((o, i) => (
                <li key={i}>{o}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {loaded.state === 'loading' && <Busy label={t('fix.loading')} />}
      {loaded.state === 'error' && (
        <Alert kind="error" title={t('fix.loadFailed')}>
          <p>{loaded.message}</p>
        </Alert>
      )}
      {loaded.state === 'ready' && !passing && (
        <>
          <div className="fix__why">
            <h3 className="check__label">{t('fix.why')}</h3>
            <p>{loaded.fix.why}</p>
          </div>
          <div>
            <h3 className="check__label">{t('fix.steps')}</h3>
            <ol className="fix__steps">
              {loaded.fix.steps.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
            <p className="fix__duration">
              <Icon name="clock" /> {loaded.fix.duration}
            </p>
          </div>
          {linkError !== null && (
            <Alert kind="error" title={t('fix.openFailed')}>
              <p>{linkError}</p>
            </Alert>
          )}
          <div className="button-row">
            {loaded.fix.hasDeepLink && (
              <button type="button" className="button button--primary" onClick={() => void openSettings()}>
                <Icon name="external" /> {t('fix.openSettings')}
              </button>
            )}
            <button
              type="button"
              className={loaded.fix.hasDeepLink ? 'button button--secondary' : 'button button--primary'}
              onClick={() => void runChecks()}
              disabled={running}
            >
              {running ? t('fix.rechecking') : t('fix.recheck')}
            </button>
          </div>
          <p className="fix__hint">{t('fix.focusHint')}</p>
        </>
      )}
      {running && <Busy label={t('fix.rechecking')} />}
    </section>
  )
}

/** The Fix screen. */
export function FixScreen(): ReactElement {
  const { run, fixFocus, navigate } = useApp()
  const results = visibleResults(run)
  const attention = needsAttention(results)
  const [selected, setSelected] = useState<CheckId | null>(fixFocus ?? attention[0]?.id ?? null)
  const current = selected === null ? undefined : run.results[selected]
  // Keep showing the selected check after it passes, so the user sees the success.
  const list = current !== undefined && !attention.includes(current) ? [current, ...attention] : attention

  if (results.length === 0) {
    return (
      <Page title={t('fix.title')} intro={<p>{t('fix.noRun')}</p>}>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => navigate('check')}>
            {t('fix.goCheck')}
          </button>
        </div>
      </Page>
    )
  }
  if (list.length === 0) {
    return (
      <Page title={t('fix.title')}>
        <Alert kind="success" title={t('fix.nothing.title')}>
          <p>{t('fix.nothing.body')}</p>
        </Alert>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => navigate('export')}>
            {t('fix.goExport')}
          </button>
        </div>
      </Page>
    )
  }
  const shown = current ?? list[0]
  return (
    <Page title={t('fix.title')} intro={<p>{t('fix.intro')}</p>}>
      <div className="fix-layout">
        <ul className="fix-list" aria-label={t('fix.listLabel')}>
          {list.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="fix-list__item"
                aria-current={shown?.id === r.id ? 'true' : undefined}
                onClick={() => setSelected(r.id)}
              >
                <span className="fix-list__name">{t(`check.${r.id}.name`)}</span>
                <StatusChip status={r.status} />
              </button>
            </li>
          ))}
        </ul>
        {shown !== undefined && <FixDetail key={shown.id} result={shown} />}
      </div>
    </Page>
  )
}
