/**
 * CISO mode, "Campaign": the campaign folder this laptop works on. Without one: open an existing
 * folder. With one: its name, the CISO key fingerprint to read to staff, how to back the folder up.
 * Everything on disk happens in main (folder dialogs there; the renderer never sends a path).
 */
import { useState, type ReactElement } from 'react'
import type { CampaignFolderInfo } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { t } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Page } from '../../components/Page'
import { useCiso } from './ciso-context'
import { CisoError } from './refusal'

/** "No campaign open": a pointer to the Campaign screen (Verify and Roster show it). */
export function NoCampaign(): ReactElement {
  const { navigate } = useApp()
  return (
    <Alert kind="info" title={t('ciso.noCampaign.title')}>
      <p>{t('ciso.noCampaign.body')}</p>
      <button type="button" className="button button--secondary" onClick={() => navigate('campaign')}>
        {t('ciso.noCampaign.go')}
      </button>
    </Alert>
  )
}

/** The fingerprint staff compare, shown large, with how to read it out. */
export function FingerprintReadout({ grouped }: { readonly grouped: string }): ReactElement {
  return (
    <div className="readout">
      <p className="fingerprint fingerprint--hero">{grouped}</p>
      <p>{t('ciso.fingerprint.howToRead')}</p>
      <p className="muted">{t('ciso.fingerprint.why')}</p>
    </div>
  )
}

/** How to back the campaign folder up, and where it is. */
export function BackupAdvice({ folder }: { readonly folder: CampaignFolderInfo }): ReactElement {
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('ciso.backup.title')}</h2>
      {folder.location !== undefined && (
        <p>
          {t('ciso.backup.where')} <code className="path">{folder.location}</code>
        </p>
      )}
      <ul className="plain-list">
        <li>{t('ciso.backup.copy')}</li>
        <li>{t('ciso.backup.offline')}</li>
        <li>{t('ciso.backup.config')}</li>
        <li>{t('ciso.backup.passphrase')}</li>
      </ul>
    </section>
  )
}

function OpenFolder({ label, primary }: { readonly label: string; readonly primary: boolean }): ReactElement {
  const { setFolder } = useCiso()
  const [opening, setOpening] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = async (): Promise<void> => {
    setOpening(true)
    setError(null)
    const r = await api.cisoOpenFolder()
    setOpening(false)
    if (!r.ok) return setError(r.message)
    if (r.value.cancelled || r.value.folder === null) return
    setFolder(r.value.folder)
  }
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className={primary ? 'button button--primary' : 'button button--secondary'}
          onClick={() => void open()}
          disabled={opening}
        >
          {label}
        </button>
      </div>
      {opening && <Busy label={t('ciso.folder.opening')} />}
      {error !== null && <CisoError message={error} />}
    </>
  )
}

function Overview({ folder }: { readonly folder: CampaignFolderInfo }): ReactElement {
  return (
    <>
      <section className="card" aria-labelledby="folder-title">
        <h2 id="folder-title">{t('ciso.folder.title')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('ciso.folder.org')}</dt>
            <dd>{folder.org}</dd>
          </div>
          <div>
            <dt>{t('ciso.folder.name')}</dt>
            <dd>{folder.name}</dd>
          </div>
          <div>
            <dt>{t('ciso.folder.devices')}</dt>
            <dd>{folder.rosterSize}</dd>
          </div>
        </dl>
        <h3>{t('ciso.folder.key')}</h3>
        <FingerprintReadout grouped={folder.ciso.fingerprintGrouped} />
        <OpenFolder label={t('ciso.folder.openOther')} primary={false} />
      </section>
      <BackupAdvice folder={folder} />
    </>
  )
}

/** Stop acting as the campaign's security lead (the choice is reversible on "Your details"). */
export function StopLeading(): ReactElement {
  const { settings, setSettings, navigate } = useApp()
  const [error, setError] = useState<string | null>(null)
  const stop = async (): Promise<void> => {
    const r = await api.setCisoMode({ on: false })
    if (!r.ok) return setError(r.message)
    setSettings(r.value)
    navigate(settings.staffId === '' ? 'setup' : 'check')
  }
  return (
    <section className="card card--quiet" aria-labelledby="lead-title">
      <h2 id="lead-title">{t('ciso.lead.title')}</h2>
      <p>{t('ciso.lead.body')}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void stop()}>
          {t('ciso.lead.stop')}
        </button>
      </div>
      {error !== null && <CisoError message={error} />}
    </section>
  )
}

/** The Campaign screen. */
export function CampaignScreen(): ReactElement {
  const { status, statusError } = useCiso()
  const folder = status?.folder ?? null
  return (
    <Page title={t('ciso.campaign.title')} intro={<p>{t('ciso.campaign.intro')}</p>}>
      {statusError !== null && <CisoError message={statusError} />}
      {status === null && statusError === null && <Busy label={t('ciso.campaign.loading')} />}
      {status !== null && folder === null && (
        <section className="card" aria-labelledby="open-title">
          <h2 id="open-title">{t('ciso.open.title')}</h2>
          <p>{t('ciso.open.body')}</p>
          <OpenFolder label={t('ciso.folder.open')} primary />
        </section>
      )}
      {folder !== null && <Overview folder={folder} />}
      <StopLeading />
    </Page>
  )
}
