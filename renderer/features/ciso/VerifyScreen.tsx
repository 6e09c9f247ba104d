/**
 * CISO mode, "Verify": check a folder (or a drop) of staff attestations against the open campaign's
 * roster, enroll new laptops, export the results.
 */
import type { ReactElement } from 'react'
import { t } from '../../app/i18n'
import { Page } from '../../components/Page'
import { NoCampaign } from './CampaignScreen'
import { useCiso } from './ciso-context'
import { VerifySection } from './VerifySection'

/** The Verify screen. */
export function VerifyScreen(): ReactElement {
  const { status, refresh } = useCiso()
  const folderOpen = status?.folder != null
  return (
    <Page title={t('ciso.verifyScreen.title')} intro={<p>{t('ciso.verifyScreen.intro')}</p>}>
      {status !== null && !folderOpen && <NoCampaign />}
      <VerifySection folderOpen={folderOpen} onRosterChanged={() => void refresh()} />
    </Page>
  )
}
