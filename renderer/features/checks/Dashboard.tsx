/**
 * The dashboard: runs the checks and shows each one as soon as it finishes (streamed from
 * main), with progress in words while running, then the overall verdict and when it was checked.
 */
import { useEffect, type ReactElement } from 'react'
import type { UiKey } from '../../../shared/i18n/en/ui'
import {
  CHECK_IDS,
  type CheckId,
  type CheckLevel,
  type CheckResult,
  type Report,
} from '../../../shared/check-types'
import { useApp } from '../../app/context'
import { formatDateTime } from '../../app/format'
import { t, tn } from '../../app/i18n'
import { Alert, Busy, ProgressBar } from '../../components/Feedback'
import { Icon } from '../../components/Icon'
import { OverallChip, StatusChip } from '../../components/StatusChip'
import { Page } from '../../components/Page'
import { DeviceProfileCard } from './DeviceProfile'
import { PracticesSection } from '../practices/PracticesSection'
import { needsAttention, progress, visibleResults } from './run-state'

let markedOnce = false

/** Tell tests and the benchmark that the dashboard shows a complete run (see docs/ui.md). */
function useReadyMarker(complete: boolean, running: boolean): void {
  useEffect(() => {
    if (running) {
      document.body.dataset.ready = 'running'
      return
    }
    if (!complete) return
    document.body.dataset.ready = 'dashboard'
    if (!markedOnce) {
      markedOnce = true
      performance.mark('dashboard-rendered')
    }
  }, [complete, running])
}

const LEVEL_KEYS: Readonly<Record<CheckLevel, UiKey>> = {
  required: 'check.level.required',
  recommended: 'check.level.recommended',
  off: 'check.level.off',
}

/**
 * One finished check. A check that needs nothing from the user (passed, not applicable, off) shows
 * its summary and keeps what Preflight saw behind a "Details" disclosure, so ten checks stay short.
 */
export function CheckCard({
  result,
  onFix,
}: {
  readonly result: CheckResult
  readonly onFix?: (id: CheckId) => void
}): ReactElement {
  const needsFix = result.status === 'fail' || result.status === 'unknown'
  const facts = (
    <>
      {result.observed.length > 0 && (
        <div className="check__facts">
          <h3 className="check__label">{t('check.observed')}</h3>
          <ul>
            {result.observed.map((o, i) => (
              <li key={i}>{o}</li>
            ))}
          </ul>
        </div>
      )}
      {result.reason !== undefined && (
        <div className="check__reason">
          <h3 className="check__label">
            {t(result.status === 'unknown' ? 'check.reason.unknown' : 'check.reason.other')}
          </h3>
          <p>{result.reason}</p>
        </div>
      )}
    </>
  )
  const level = (
    <span className="check__level">
      {t(LEVEL_KEYS[result.level])}
      {result.requirement !== '' && <> · {t('check.requirement', { requirement: result.requirement })}</>}
    </span>
  )
  if (!needsFix) {
    return (
      <article
        className={`card check check--compact check--${result.status}`}
        aria-labelledby={`check-${result.id}`}
      >
        <div className="check__head">
          <div>
            <h2 className="check__name" id={`check-${result.id}`} tabIndex={-1}>
              {t(`check.${result.id}.name`)}
            </h2>
            <p className="check__summary">{result.summary}</p>
          </div>
          <StatusChip status={result.status} />
        </div>
        <details className="check__details">
          <summary>{t('check.details')}</summary>
          <p className="check__explain">{t(`check.${result.id}.explain`)}</p>
          {facts}
          <p className="check__foot check__foot--plain">{level}</p>
        </details>
      </article>
    )
  }
  return (
    <article className={`card check check--${result.status}`} aria-labelledby={`check-${result.id}`}>
      <div className="check__head">
        <div>
          <h2 className="check__name" id={`check-${result.id}`} tabIndex={-1}>
            {t(`check.${result.id}.name`)}
          </h2>
          <p className="check__explain">{t(`check.${result.id}.explain`)}</p>
        </div>
        <StatusChip status={result.status} />
      </div>
      <p className="check__summary">{result.summary}</p>
      {facts}
      <div className="check__foot">
        {level}
        {onFix !== undefined && (
          <button type="button" className="button button--primary" onClick={() => onFix(result.id)}>
            {t(result.status === 'fail' ? 'check.fix' : 'check.help')}
          </button>
        )}
      </div>
    </article>
  )
}

function PendingCard({ id }: { readonly id: CheckId }): ReactElement {
  return (
    <article className="card check check--pending" aria-labelledby={`check-${id}`}>
      <div className="check__head">
        <div>
          <h2 className="check__name" id={`check-${id}`}>
            {t(`check.${id}.name`)}
          </h2>
          <p className="check__explain">{t(`check.${id}.explain`)}</p>
        </div>
      </div>
      <Busy label={t('check.checking')} />
    </article>
  )
}

function Verdict({ report, onFix }: { readonly report: Report; readonly onFix: () => void }): ReactElement {
  const required = report.checks.filter((c) => c.level === 'required')
  const failing = required.filter((c) => c.status === 'fail').length
  const unsure = required.filter((c) => c.status !== 'pass' && c.status !== 'fail').length
  return (
    <section className={`verdict verdict--${report.overall}`} aria-labelledby="verdict-title">
      <Icon name={report.overall} className="verdict__icon" />
      <div className="verdict__body">
        <h2 id="verdict-title" className="verdict__title">
          {t(`overall.title.${report.overall}`)}
        </h2>
        <p>
          {report.overall === 'pass' && t('overall.body.pass')}
          {report.overall === 'fail' && tn('overall.body.fail', failing)}
          {report.overall === 'unknown' && tn('overall.body.unknown', unsure)}
        </p>
        <p className="verdict__meta">
          <OverallChip overall={report.overall} />
          <span>{t('overall.lastChecked', { when: formatDateTime(report.collectedAt) })}</span>
        </p>
      </div>
      {report.overall !== 'pass' && (
        <button type="button" className="button button--primary" onClick={onFix}>
          {t(report.overall === 'fail' ? 'overall.fixNow' : 'overall.seeWhy')}
        </button>
      )}
    </section>
  )
}

/**
 * All checks at a glance, worst first: each name with its status (icon and words), and a button that
 * brings its card into view. Ten checks fit on one screen here even when the cards do not.
 */
function Overview({ results }: { readonly results: readonly CheckResult[] }): ReactElement {
  const show = (id: CheckId): void => {
    const heading = document.getElementById(`check-${id}`)
    heading?.scrollIntoView({ block: 'start' })
    heading?.focus({ preventScroll: true })
  }
  return (
    <section className="card overview" aria-labelledby="overview-title">
      <h2 id="overview-title" className="overview__title">
        {t('dashboard.overview.title')}
      </h2>
      <ul className="overview__list">
        {results.map((r) => (
          <li key={r.id} className={`overview__item overview__item--${r.status}`}>
            <button type="button" className="overview__link" onClick={() => show(r.id)}>
              {t(`check.${r.id}.name`)}
            </button>
            <StatusChip status={r.status} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Report order once a run is complete: what needs the user first, then the rest as listed. */
function ordered(results: readonly CheckResult[]): readonly CheckResult[] {
  const first = needsAttention(results)
  const firstIds = new Set(first.map((r) => r.id))
  return [...first, ...results.filter((r) => !firstIds.has(r.id))]
}

function osLine(report: Report): string | null {
  if (report.os === null) return null
  const os = `${report.os.name} ${report.os.version}`.trim()
  return report.desktop === null ? os : t('dashboard.osWithDesktop', { os, desktop: report.desktop })
}

/** The Check screen. */
export function Dashboard(): ReactElement {
  const { run, runChecks, navigate, info } = useApp()
  const running = run.phase === 'running'
  const results = visibleResults(run)
  const { done, total } = progress(run)
  const complete = run.phase === 'done' && results.length === CHECK_IDS.length

  useEffect(() => {
    if (run.phase === 'idle') void runChecks()
    // Only on first display: later runs are started by the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useReadyMarker(complete, running)

  const report = run.phase === 'done' ? run.report : null
  const firstToFix = needsAttention(results)[0]
  const os = report === null ? null : osLine(report)

  return (
    <Page
      title={t('dashboard.title')}
      intro={<p>{os === null ? t('dashboard.intro') : t('dashboard.introOs', { os })}</p>}
      actions={
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void runChecks()}
          disabled={running}
        >
          {running ? t('dashboard.running') : t('dashboard.runAgain')}
        </button>
      }
    >
      {running && (
        <ProgressBar
          done={done}
          total={total}
          label={t('dashboard.progressLabel')}
          text={t('dashboard.progress', { done, total })}
        />
      )}
      {run.phase === 'error' && (
        <Alert kind="error" title={t('dashboard.failed')}>
          <p>{run.error}</p>
        </Alert>
      )}
      {report !== null && <Verdict report={report} onFix={() => navigate('fix', firstToFix?.id)} />}
      {complete && <Overview results={ordered(results)} />}
      <div className="checks" aria-live="polite" aria-busy={running}>
        {complete
          ? ordered(results).map((r) => <CheckCard key={r.id} result={r} onFix={(c) => navigate('fix', c)} />)
          : CHECK_IDS.map((id) => {
              const r = run.results[id]
              if (r !== undefined) return <CheckCard key={id} result={r} onFix={(c) => navigate('fix', c)} />
              if (running) return <PendingCard key={id} id={id} />
              return null
            })}
      </div>
      {report !== null && <DeviceProfileCard profile={report.deviceProfile} />}
      <PracticesSection purpose={info.activeRequest?.purpose === 'onboarding' ? 'onboarding' : 'periodic'} />
    </Page>
  )
}
