/**
 * The campaign practices on the Check screen, visibly apart from the checks: "What Preflight
 * measured" (apps and settings it looked for) and "What you confirm" (ticks the staffer can undo
 * until an attestation carrying them is saved). Words come from main, in the settings' language.
 */
import { useEffect, useState, type ReactElement } from 'react'
import type { PracticeView, PracticesView, Purpose } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { failureText, measurementTexts, t } from '../../app/i18n'
import { Alert, Busy, ProgressBar } from '../../components/Feedback'
import { PracticeChip } from '../../components/StatusChip'
import { isMeasured, practiceState, requiredProgress } from './practice-state'

/** Load the practices of a purpose; reloads after every finished run (measurements change). */
export function usePractices(purpose: Purpose): {
  readonly view: PracticesView | null
  readonly error: string | null
} {
  const { run } = useApp()
  const report = run.report
  const [state, setState] = useState<{ view: PracticesView | null; error: string | null }>({
    view: null,
    error: null,
  })
  useEffect(() => {
    let cancelled = false
    void api.getPractices({ purpose }).then((r) => {
      if (cancelled) return
      setState(r.ok ? { view: r.value, error: null } : { view: null, error: failureText(r) })
    })
    return () => {
      cancelled = true
    }
  }, [purpose, report])
  return state
}

function HelpLinks({ view }: { readonly view: PracticeView }): ReactElement | null {
  const [failed, setFailed] = useState(false)
  if (view.help.length === 0) return null
  return (
    <div className="practice__help">
      <p className="check__label">{t('practices.help')}</p>
      <ul className="practice__links">
        {view.help.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              className="button button--link"
              onClick={() =>
                void api.openPracticeHelp({ helpId: h.id }).then((r) => setFailed(!r.ok || !r.value.opened))
              }
            >
              {t('practices.openHelp', { label: h.label })}
            </button>{' '}
            <span className="muted practice__url">{h.url}</span>
          </li>
        ))}
      </ul>
      {failed && <p className="muted">{t('practices.openHelpFailed')}</p>}
    </div>
  )
}

/** One practice: title, level, state, the tick (when there is something to confirm) and how-to. */
export function PracticeItem({
  view,
  headingLevel = 4,
}: {
  readonly view: PracticeView
  /** 4 under the Check screen's group headings, 3 directly under a step heading. */
  readonly headingLevel?: 3 | 4
}): ReactElement {
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const { confirmed, setConfirmed, navigate } = useApp()
  const state = practiceState(view, confirmed)
  const measured = isMeasured(view)
  const texts = view.measured === null ? null : measurementTexts(view.measured)
  const titleId = `practice-${view.id}`
  return (
    <article className={`practice practice--${state}`} aria-labelledby={titleId}>
      <div className="practice__head">
        <div>
          <Heading className="practice__title" id={titleId}>
            {view.title}
          </Heading>
          <p className="practice__level">
            {t(view.level === 'required' ? 'practices.level.required' : 'practices.level.recommended')}
          </p>
        </div>
        <PracticeChip result={state} />
      </div>
      {/* What the laptop showed: its messages in the active language (English if main sent none). */}
      {measured && texts !== null && (
        <p className="practice__summary" lang={texts.lang}>
          {texts.summary}
        </p>
      )}
      {measured && view.measured === null && <p className="muted">{t('practices.notYetMeasured')}</p>}
      {texts?.reason !== undefined && state !== 'found' && (
        <p className="muted" lang={texts.lang}>
          {texts.reason}
        </p>
      )}
      {view.confirmable && (
        <label className="checklist__item practice__confirm">
          <input
            type="checkbox"
            checked={confirmed.has(view.id)}
            onChange={(e) => setConfirmed(view.id, e.target.checked)}
          />
          <span>{t(measured ? 'practices.confirmOtherWay' : 'practices.confirm')}</span>
        </label>
      )}
      <details className="practice__details">
        <summary>{t('practices.how')}</summary>
        <p className="check__label">{t('practices.why')}</p>
        <p>{view.why}</p>
        {(view.steps.length > 0 || view.services.length > 0) && (
          <p className="check__label">{t('practices.steps')}</p>
        )}
        {view.steps.length > 0 && (
          <ol className="steps-list">
            {view.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        )}
        {view.services.map((s) => (
          <div key={s.id} className="practice__service">
            <p className="choice__title">{s.name}</p>
            <ol className="steps-list">
              {s.steps.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          </div>
        ))}
        <HelpLinks view={view} />
        {view.id === 'check-addresses' && (
          <button type="button" className="button button--secondary" onClick={() => navigate('domains')}>
            {t('practices.seeDomains')}
          </button>
        )}
      </details>
    </article>
  )
}

/** The practices of a purpose, measured and declared apart. */
export function PracticesSection({ purpose }: { readonly purpose: Purpose }): ReactElement {
  const { confirmed } = useApp()
  const { view, error } = usePractices(purpose)
  const measured = view?.items.filter(isMeasured) ?? []
  const declared = view?.items.filter((v) => !isMeasured(v)) ?? []
  const { done, total } = requiredProgress(view?.items ?? [], confirmed)
  return (
    <section className="card practices" aria-labelledby="practices-title">
      <h2 id="practices-title" className="practices__title">
        {t('practices.title')}
      </h2>
      <p className="muted">{t('practices.intro')}</p>
      {error !== null && (
        <Alert kind="error" title={t('practices.failed')}>
          <p>{error}</p>
        </Alert>
      )}
      {view === null && error === null && <Busy label={t('practices.loading')} />}
      {view !== null && view.items.length === 0 && <p>{t('practices.none')}</p>}
      {view !== null && total > 0 && (
        <ProgressBar
          done={done}
          total={total}
          label={t('practices.title')}
          text={t('practices.count', { done, total })}
        />
      )}
      {measured.length > 0 && (
        <div className="practices__group">
          <h3 className="practices__heading">{t('practices.measured.title')}</h3>
          <p className="muted">{t('practices.measured.intro')}</p>
          {measured.map((v) => (
            <PracticeItem key={v.id} view={v} />
          ))}
        </div>
      )}
      {declared.length > 0 && (
        <div className="practices__group">
          <h3 className="practices__heading">{t('practices.declared.title')}</h3>
          <p className="muted">{t('practices.declared.intro')}</p>
          {declared.map((v) => (
            <PracticeItem key={v.id} view={v} />
          ))}
        </div>
      )}
    </section>
  )
}
