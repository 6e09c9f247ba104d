/**
 * CISO mode, "Roster": the enrolled laptop keys of the open campaign, with revoke / offboard and CSV
 * export. Loads the roster from main each time it opens (main verifies the signed roster on every read).
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react'
import type { RosterEntry } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { t, failureText } from '../../app/i18n'
import { Page } from '../../components/Page'
import { NoCampaign } from './CampaignScreen'
import { useCiso } from './ciso-context'
import { RosterSection } from './RosterSection'

interface RosterState {
  readonly entries: readonly RosterEntry[] | null
  readonly loading: boolean
  readonly error: string | null
}

/** The Roster screen. */
export function RosterScreen(): ReactElement {
  const { status, refresh } = useCiso()
  const [roster, setRoster] = useState<RosterState>({ entries: null, loading: true, error: null })

  const fetchRoster = useCallback(async (): Promise<RosterState> => {
    const r = await api.cisoListRoster()
    if (r.ok) return { entries: r.value.entries, loading: false, error: null }
    if (r.code === 'NO_CAMPAIGN_FOLDER') return { entries: null, loading: false, error: null }
    return { entries: null, loading: false, error: failureText(r) }
  }, [])

  useEffect(() => {
    let cancelled = false
    void fetchRoster().then((state) => {
      if (!cancelled) setRoster(state)
    })
    return () => {
      cancelled = true
    }
  }, [fetchRoster])

  const reload = async (): Promise<void> => {
    setRoster((r) => ({ ...r, loading: true, error: null }))
    setRoster(await fetchRoster())
    await refresh()
  }

  return (
    <Page title={t('ciso.rosterScreen.title')} intro={<p>{t('ciso.rosterScreen.intro')}</p>}>
      {status !== null && status.folder === null && <NoCampaign />}
      <RosterSection
        entries={roster.entries}
        loading={roster.loading}
        error={roster.error}
        onChanged={() => void reload()}
      />
    </Page>
  )
}
