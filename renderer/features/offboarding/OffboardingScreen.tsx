/**
 * Offboarding, as three steps: check the laptop one last time, confirm the campaign's checklist
 * (accounts signed out, files returned…; every item must be ticked before anything can be signed),
 * then preview and save the final attestation, optionally deleting this laptop's signing key
 * afterwards so it can no longer sign for the campaign.
 */
import { useEffect, useState, type ReactElement } from 'react'
import type { AttestationPreview, ExportResult } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { formatDateTime } from '../../app/format'
import { t } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Page } from '../../components/Page'
import { OverallChip } from '../../components/StatusChip'
import { KeyStoreWarning } from '../attestation/KeyStoreWarning'
import { PreviewPanel } from '../attestation/PreviewPanel'

type Checklist = AttestationPreview['checklist']

/** The Offboarding screen. */
export function OffboardingScreen(): ReactElement {
  const { run, runChecks, refreshInfo } = useApp()
  const [startReport] = useState(run.report)
  const fresh = run.phase === 'done' && run.report !== null && run.report !== startReport
  const running = run.phase === 'running'
  const [checklist, setChecklist] = useState<Checklist | null>(null)
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  const [preview, setPreview] = useState<AttestationPreview | null>(null)
  const [deleteKey, setDeleteKey] = useState(true)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<ExportResult | null>(null)

  // Once the fresh run is done, ask main for the policy's checklist.
  useEffect(() => {
    if (!fresh || checklist !== null) return
    let cancelled = false
    void api.previewAttestation({ purpose: 'offboarding', checklist: [] }).then((r) => {
      if (cancelled) return
      if (r.ok) setChecklist(r.value.checklist)
      else setError(r.message)
    })
    return () => {
      cancelled = true
    }
  }, [fresh, checklist])

  const toggle = (id: string): void => {
    setPreview(null)
    setTicked((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  }
  const chosen = (checklist ?? []).filter((c) => ticked.has(c.id)).map((c) => c.id)

  const doPreview = async (): Promise<void> => {
    setBusy(t('offboard.previewBusy'))
    setError(null)
    const r = await api.previewAttestation({ purpose: 'offboarding', checklist: chosen })
    setBusy(null)
    if (r.ok) setPreview(r.value)
    else setError(r.message)
  }
  const doExport = async (): Promise<void> => {
    setBusy(t('offboard.saving'))
    setError(null)
    const r = await api.exportAttestation({
      purpose: 'offboarding',
      checklist: chosen,
      deleteKeyAfter: deleteKey,
    })
    setBusy(null)
    if (!r.ok) return setError(r.message)
    setResult(r.value)
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
          {fresh && checklist === null && error === null && <Busy label={t('offboard.step2.loading')} />}
          {checklist !== null && checklist.length === 0 && <p>{t('offboard.step2.none')}</p>}
          {checklist !== null && checklist.length > 0 && (
            <fieldset className="checklist">
              <legend>{t('offboard.step2.legend')}</legend>
              {checklist.map((c) => (
                <label key={c.id} className="checklist__item">
                  <input type="checkbox" checked={ticked.has(c.id)} onChange={() => toggle(c.id)} />
                  <span>{c.text}</span>
                </label>
              ))}
              <p className="muted">
                {t('offboard.step2.count', { done: chosen.length, total: checklist.length })}
              </p>
            </fieldset>
          )}
        </li>
        <li className="card step">
          <h2 className="step__title">{t('offboard.step3.title')}</h2>
          {checklist === null ? (
            <p className="muted">{t('offboard.step3.waiting')}</p>
          ) : (
            <>
              {chosen.length < checklist.length && <p className="muted">{t('offboard.step3.tickAll')}</p>}
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void doPreview()}
                  disabled={busy !== null || chosen.length < checklist.length}
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
      {preview !== null && (preview.missingChecklist?.length ?? 0) > 0 && (
        <Alert kind="warning" title={t('offboard.step3.missing')}>
          <ul>
            {(preview.missingChecklist ?? []).map((id) => (
              <li key={id}>{checklist?.find((c) => c.id === id)?.text ?? id}</li>
            ))}
          </ul>
        </Alert>
      )}
      {preview !== null && (preview.missingChecklist?.length ?? 0) === 0 && result === null && (
        <>
          <PreviewPanel preview={preview} />
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
