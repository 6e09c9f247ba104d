/**
 * The CISO screen: open the campaign folder (dialog in main), verify a folder of attestations, and
 * manage the roster. All cryptography and file access happen in main; the page shows results.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react'
import type { CampaignFolderInfo, RosterEntry } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { t } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Page } from '../../components/Page'
import { RosterSection } from './RosterSection'
import { VerifySection } from './VerifySection'

interface RosterState {
  readonly entries: readonly RosterEntry[] | null
  readonly loading: boolean
  readonly error: string | null
}

/** The CISO screen. */
export function CisoScreen(): ReactElement {
  const [folder, setFolder] = useState<CampaignFolderInfo | null>(null)
  const [opening, setOpening] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [roster, setRoster] = useState<RosterState>({ entries: null, loading: true, error: null })

  const fetchRoster = useCallback(async (): Promise<RosterState> => {
    const r = await api.cisoListRoster()
    if (r.ok) return { entries: r.value.entries, loading: false, error: null }
    if (r.code === 'NO_CAMPAIGN_FOLDER') return { entries: null, loading: false, error: null }
    return { entries: null, loading: false, error: r.message }
  }, [])

  const loadRoster = useCallback(async (): Promise<void> => {
    setRoster((r) => ({ ...r, loading: true, error: null }))
    setRoster(await fetchRoster())
  }, [fetchRoster])

  // A folder opened earlier in this session stays open in main: show its roster straight away.
  useEffect(() => {
    let cancelled = false
    void fetchRoster().then((state) => {
      if (!cancelled) setRoster(state)
    })
    return () => {
      cancelled = true
    }
  }, [fetchRoster])

  const open = async (): Promise<void> => {
    setOpening(true)
    setError(null)
    const r = await api.cisoOpenFolder()
    setOpening(false)
    if (!r.ok) return setError(r.message)
    if (r.value.cancelled || r.value.folder === null) return
    setFolder(r.value.folder)
    await loadRoster()
  }

  const folderOpen = folder !== null || roster.entries !== null

  return (
    <Page title={t('ciso.title')} intro={<p>{t('ciso.intro')}</p>}>
      <section className="card" aria-labelledby="folder-title">
        <div className="section-head">
          <h2 id="folder-title">{t('ciso.folder.title')}</h2>
          <div className="button-row">
            <button
              type="button"
              className={folderOpen ? 'button button--secondary' : 'button button--primary'}
              onClick={() => void open()}
              disabled={opening}
            >
              {folderOpen ? t('ciso.folder.openOther') : t('ciso.folder.open')}
            </button>
          </div>
        </div>
        {opening && <Busy label={t('ciso.folder.opening')} />}
        {error !== null && (
          <Alert kind="error" title={t('ciso.failed')}>
            <p>{error}</p>
          </Alert>
        )}
        {folder === null ? (
          <p className="muted">{folderOpen ? t('ciso.folder.openAlready') : t('ciso.folder.none')}</p>
        ) : (
          <dl className="facts">
            <div>
              <dt>{t('ciso.folder.name')}</dt>
              <dd>{folder.name}</dd>
            </div>
            <div>
              <dt>{t('ciso.folder.org')}</dt>
              <dd>{folder.org}</dd>
            </div>
            <div>
              <dt>{t('ciso.folder.key')}</dt>
              <dd>
                <code className="fingerprint">{folder.ciso.fingerprintGrouped}</code>
              </dd>
            </div>
            <div>
              <dt>{t('ciso.folder.devices')}</dt>
              <dd>{folder.rosterSize}</dd>
            </div>
          </dl>
        )}
      </section>
      <VerifySection folderOpen={folderOpen} onRosterChanged={() => void loadRoster()} />
      <RosterSection
        entries={roster.entries}
        loading={roster.loading}
        error={roster.error}
        onChanged={() => void loadRoster()}
      />
    </Page>
  )
}
