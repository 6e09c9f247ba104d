/**
 * Export: choose why (onboarding or a routine check), preview exactly what will be signed, then
 * sign and save through main's save dialog. The attestation is built from main's own last run,
 * never from data the page sends.
 */
import { useState, type ReactElement } from 'react'
import type { AttestationPreview, ExportResult, IpcFailure, Purpose } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { failureText, mainText, t, tn } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Page } from '../../components/Page'
import { KeyStoreWarning } from './KeyStoreWarning'
import { confirmedAmong } from '../practices/practice-state'
import { usePractices } from '../practices/PracticesSection'
import { PreviewPanel } from './PreviewPanel'

type StaffPurpose = Exclude<Purpose, 'offboarding'>

/** The Export screen. */
export function ExportScreen(): ReactElement {
  const { info, run, navigate, refreshInfo, confirmed, clearConfirmed } = useApp()
  const requested = info.activeRequest?.purpose
  const [purpose, setPurpose] = useState<StaffPurpose>(requested === 'onboarding' ? 'onboarding' : 'periodic')
  const [preview, setPreview] = useState<{
    readonly forReport: unknown
    /** The ticks it was made with: a changed tick makes it stale. */
    readonly ticks: string
    readonly value: AttestationPreview
  } | null>(null)
  const [busy, setBusy] = useState<'preview' | 'export' | null>(null)
  const [error, setError] = useState<IpcFailure | null>(null)
  const [result, setResult] = useState<ExportResult | null>(null)
  const practices = usePractices(purpose)
  // The ticks made on the Check screen that belong to this purpose's practices.
  const ticks = confirmedAmong(practices.view?.items ?? [], confirmed)

  const report = run.report
  // A preview belongs to one run and one purpose; a new run makes it stale.
  const current =
    preview !== null &&
    preview.forReport === report &&
    preview.value.summary.purpose === purpose &&
    preview.ticks === ticks.join(',')
      ? preview.value
      : null

  if (report === null) {
    return (
      <Page title={t('export.title')} intro={<p>{t('export.noRun')}</p>}>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => navigate('check')}>
            {t('fix.goCheck')}
          </button>
        </div>
      </Page>
    )
  }

  const doPreview = async (): Promise<void> => {
    setBusy('preview')
    setError(null)
    setResult(null)
    const r = await api.previewAttestation({ purpose, checklist: [], confirmed: ticks })
    setBusy(null)
    if (r.ok) setPreview({ forReport: report, ticks: ticks.join(','), value: r.value })
    else setError(r)
  }

  const doExport = async (): Promise<void> => {
    setBusy('export')
    setError(null)
    const r = await api.exportAttestation({ purpose, checklist: [], confirmed: ticks })
    setBusy(null)
    if (!r.ok) return setError(r)
    setResult(r.value)
    if (r.value.saved) {
      // The ticks went into the saved file: the next attestation starts from scratch.
      clearConfirmed()
      await refreshInfo()
    }
  }

  return (
    <Page title={t('export.title')} intro={<p>{t('export.intro')}</p>}>
      <KeyStoreWarning />
      {info.deviceKey !== null && (
        <p className="muted">
          {t('export.key')} <code className="fingerprint">{info.deviceKey.fingerprintGrouped}</code>
        </p>
      )}
      <fieldset className="card choice">
        <legend>{t('export.purpose.legend')}</legend>
        {(['onboarding', 'periodic'] as const).map((p) => (
          <label key={p} className="choice__option">
            <input
              type="radio"
              name="purpose"
              value={p}
              checked={purpose === p}
              onChange={() => {
                setPurpose(p)
                setResult(null)
              }}
            />
            <span>
              <span className="choice__title">{t(`purpose.${p}`)}</span>
              <span className="choice__help">{t(`export.purpose.${p}.help`)}</span>
            </span>
          </label>
        ))}
        {info.activeRequest !== null && (
          <p className="muted">
            {t('export.activeRequest', {
              purpose: t(`purpose.${info.activeRequest.purpose}`),
              id: info.activeRequest.requestId,
            })}
          </p>
        )}
      </fieldset>
      {practices.view !== null && practices.view.items.length > 0 && (
        <p className="muted">
          {tn('practices.export.count', ticks.length)}{' '}
          <button type="button" className="button button--link" onClick={() => navigate('check')}>
            {t('practices.reviewOnCheck')}
          </button>
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className={current === null ? 'button button--primary' : 'button button--secondary'}
          onClick={() => void doPreview()}
          disabled={busy !== null}
        >
          {current === null ? t('export.preview.button') : t('export.preview.again')}
        </button>
      </div>
      {busy === 'preview' && <Busy label={t('export.preview.busy')} />}
      {error !== null && (
        <Alert kind="error" title={t('export.failed')}>
          <p lang={mainText(error.message, error.text).lang}>{failureText(error)}</p>
          {error.code === 'SETTINGS_REQUIRED' && (
            <button type="button" className="button button--secondary" onClick={() => navigate('setup')}>
              {t('export.goSetup')}
            </button>
          )}
          {error.code === 'NO_REPORT' && (
            <button type="button" className="button button--secondary" onClick={() => navigate('check')}>
              {t('fix.goCheck')}
            </button>
          )}
        </Alert>
      )}
      {current !== null && (
        <>
          <PreviewPanel preview={current} />
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void doExport()}
              disabled={busy !== null}
            >
              {t('export.save')}
            </button>
          </div>
          {busy === 'export' && <Busy label={t('export.saving')} />}
        </>
      )}
      {result !== null &&
        (result.saved ? (
          <Alert kind="success" title={t('export.saved.title')}>
            <p>{t('export.saved.body', { file: result.fileName ?? '' })}</p>
            {result.deviceKey !== null && (
              <p>
                {t('export.saved.key')}{' '}
                <code className="fingerprint">{result.deviceKey.fingerprintGrouped}</code>
              </p>
            )}
          </Alert>
        ) : (
          <Alert kind="info" title={t('export.cancelled')} />
        ))}
    </Page>
  )
}
