/**
 * "Are you the campaign's security lead?" on Your details: the one place a staffer can choose to see
 * the CISO screens (or open a campaign folder, which is the same choice). The choice is remembered in
 * the settings and undone with "Stop acting as security lead"; the staff screens keep working.
 */
import { useState, type ReactElement } from 'react'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { t, failureText } from '../../app/i18n'
import { Busy } from '../../components/Feedback'
import { CisoError } from '../ciso/refusal'

/** The card. */
export function SecurityLeadCard(): ReactElement {
  const { settings, setSettings, navigate } = useApp()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const leading = settings.cisoMode === true

  const setMode = async (on: boolean): Promise<boolean> => {
    const r = await api.setCisoMode({ on })
    if (!r.ok) {
      setError(failureText(r))
      return false
    }
    setSettings(r.value)
    return true
  }
  const act = async (): Promise<void> => {
    setError(null)
    if (await setMode(true)) navigate('campaign')
  }
  const openFolder = async (): Promise<void> => {
    setError(null)
    setBusy(t('ciso.folder.opening'))
    const r = await api.cisoOpenFolder()
    setBusy(null)
    if (!r.ok) {
      // A refused or unconfirmed folder is handled on the Campaign screen; say why here too.
      setError(failureText(r))
      return
    }
    if (r.value.cancelled) return
    if (await setMode(true)) navigate('campaign')
  }
  const stop = async (): Promise<void> => {
    setError(null)
    await setMode(false)
  }

  return (
    <section className="card card--quiet" aria-labelledby="lead-card-title">
      <h2 id="lead-card-title">{t('setup.lead.title')}</h2>
      {leading ? (
        <>
          <p>{t('setup.lead.on')}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => navigate('campaign')}>
              {t('setup.lead.go')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void stop()}>
              {t('ciso.lead.stop')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('setup.lead.body')}</p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => void act()}>
              {t('setup.lead.act')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => void openFolder()}>
              {t('setup.lead.open')}
            </button>
          </div>
        </>
      )}
      {busy !== null && <Busy label={busy} />}
      {error !== null && <CisoError message={error} />}
    </section>
  )
}
