/**
 * Offboarding, as three steps: check the laptop one last time, confirm the campaign's leaving
 * practices (accounts signed out, files deleted…; every required one must be ticked before anything
 * can be signed; each shows why and how), then preview and save the final attestation, optionally
 * deleting this laptop's signing key afterwards so it can no longer sign for the campaign.
 */
import { useState, type ReactElement } from 'react'
import type { AttestationPreview, ExportResult } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { formatDateTime } from '../../app/format'
import { t, failureText } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Page } from '../../components/Page'
import { OverallChip } from '../../components/StatusChip'
import { KeyStoreWarning } from '../attestation/KeyStoreWarning'
import { PreviewPanel } from '../attestation/PreviewPanel'
import { confirmedAmong } from '../practices/practice-state'
import { PracticeItem, usePractices } from '../practices/PracticesSection'

/** The Offboarding screen. */
export function OffboardingScreen(): ReactElement {
  const { run, runChecks, refreshInfo, confirmed, clearConfirmed } = useApp()
  const [startReport] = useState(run.report)
  const fresh = run.phase === 'done' && run.report !== null && run.report !== startReport
  const running = run.phase === 'running'
  const practices = usePractices('offboarding')
  const [preview, setPreview] = useState<AttestationPreview | null>(null)
  const [deleteKey, setDeleteKey] = useState(true)
  const [busy, setBusy] = useState<string | null>(null)
  const [failure, setError] = useState<string | null>(null)
  const [result, setResult] = useState<ExportResult | null>(null)

  // The leaving practices once the final check is done; the required declared ones gate signing.
  const items = fresh ? (practices.view?.items ?? null) : null
  const mustTick = (items ?? []).filter((v) => v.level === 'required' && v.evidence === 'declared')
  const chosen = confirmedAmong(items ?? [], confirmed)
  const ticked = mustTick.filter((v) => chosen.includes(v.id)).length
  const staleKey = chosen.join(',')
  const [previewKey, setPreviewKey] = useState('')
  const error = practices.error ?? failure
  // A preview made with other ticks is stale: it is not what would be signed now.
  const current: AttestationPreview | null = preview !== null && previewKey === staleKey ? preview : null

  const doPreview = async (): Promise<void> => {
    setBusy(t('offboard.previewBusy'))
    setError(null)
    const r = await api.previewAttestation({ purpose: 'offboarding', checklist: [], confirmed: chosen })
    setBusy(null)
    if (r.ok) {
      setPreview(r.value)
      setPreviewKey(staleKey)
    } else setError(failureText(r))
  }
  const doExport = async (): Promise<void> => {
    setBusy(t('offboard.saving'))
    setError(null)
    const r = await api.exportAttestation({
      purpose: 'offboarding',
      checklist: [],
      confirmed: chosen,
      deleteKeyAfter: deleteKey,
    })
    setBusy(null)
    if (!r.ok) return setError(failureText(r))
    setResult(r.value)
    if (r.value.saved) clearConfirmed()
    await refreshInfo()
  }

  return (
    <Page title={t('offboard.title')} intro={<p>{t('offboard.intro')}</p>}>
      <KeyStoreWarning />
      <ol className="steps">
        <li className="card step">
          <h2 className="step__title">{t('offboard.step1.title')}</h2>
          <p>{t('offboard.step1.body')}</p>
          {fresh && run.report !== null ? (
            <p className="verdict__meta">
              <OverallChip overall={run.report.overall} />
              <span>{t('overall.lastChecked', { when: formatDateTime(run.report.collectedAt) })}</span>
            </p>
          ) : (
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                onClick={() => void runChecks()}
                disabled={running}
              >
                {running ? t('dashboard.running') : t('offboard.step1.run')}
              </button>
            </div>
          )}
          {running && <Busy label={t('dashboard.running')} />}
        </li>
        <li className="card step">
          <h2 className="step__title">{t('offboard.step2.title')}</h2>
          {!fresh && <p className="muted">{t('offboard.step2.waiting')}</p>}
          {fresh && items === null && error === null && <Busy label={t('offboard.step2.loading')} />}
          {items !== null && items.length === 0 && <p>{t('offboard.step2.none')}</p>}
          {items !== null && items.length > 0 && (
            <div className="checklist">
              <p className="choice__title">{t('offboard.step2.legend')}</p>
              {items.map((v) => (
                <PracticeItem key={v.id} view={v} headingLevel={3} />
              ))}
              <p className="muted">{t('offboard.step2.count', { done: ticked, total: mustTick.length })}</p>
            </div>
          )}
        </li>
        <li className="card step">
          <h2 className="step__title">{t('offboard.step3.title')}</h2>
          {items === null ? (
            <p className="muted">{t('offboard.step3.waiting')}</p>
          ) : (
            <>
              {ticked < mustTick.length && <p className="muted">{t('offboard.step3.tickAll')}</p>}
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void doPreview()}
                  disabled={busy !== null || ticked < mustTick.length}
                >
                  {t('offboard.step3.preview')}
                </button>
              </div>
            </>
          )}
        </li>
      </ol>
      {busy !== null && <Busy label={busy} />}
      {error !== null && (
        <Alert kind="error" title={t('export.failed')}>
          <p>{error}</p>
        </Alert>
      )}
      {current !== null && (current.missingChecklist?.length ?? 0) > 0 && (
        <Alert kind="warning" title={t('offboard.step3.missing')}>
          <ul>
            {(current.missingChecklist ?? []).map((id) => (
              <li key={id}>{current.checklist.find((c) => c.id === id)?.text ?? id}</li>
            ))}
          </ul>
        </Alert>
      )}
      {current !== null && (current.missingChecklist?.length ?? 0) === 0 && result === null && (
        <>
          <PreviewPanel preview={current} />
          <label className="checklist__item card">
            <input type="checkbox" checked={deleteKey} onChange={(e) => setDeleteKey(e.target.checked)} />
            <span>
              <span className="choice__title">{t('offboard.deleteKey')}</span>
              <span className="choice__help">{t('offboard.deleteKeyHelp')}</span>
            </span>
          </label>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void doExport()}
              disabled={busy !== null}
            >
              {t('offboard.save')}
            </button>
          </div>
        </>
      )}
      {result !== null &&
        (result.saved ? (
          <Alert kind="success" title={t('offboard.saved.title')}>
            <p>{t('export.saved.body', { file: result.fileName ?? '' })}</p>
            <p>{result.keyDeleted ? t('offboard.saved.keyDeleted') : t('offboard.saved.keyKept')}</p>
          </Alert>
        ) : (
          <Alert kind="info" title={t('export.cancelled')} />
        ))}
    </Page>
  )
}
