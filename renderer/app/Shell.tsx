/**
 * Layout: a left navigation (a top bar on narrow windows and at 200 % zoom) and the current screen.
 *
 * Two modes share the window. "My laptop" (staff) is all a staffer ever sees. Once the user chose to
 * act as the campaign's security lead (settings.cisoMode: on "Your details", or by opening a campaign
 * folder), a mode switch at the top of the navigation offers "Campaign security" (CISO) too, with its
 * own screens and the campaign key's lock state; the staff screens keep working in between.
 *
 * Navigation entries are buttons with aria-current, reachable with Tab and activated with Enter or
 * Space like any button; the mode switch is a group of two toggle buttons (aria-pressed).
 */
import { useState, type ReactElement } from 'react'
import { Alert } from '../components/Feedback'
import { Icon, type IconName } from '../components/Icon'
import { CampaignScreen } from '../features/ciso/CampaignScreen'
import { useCiso } from '../features/ciso/ciso-context'
import { DashboardScreen } from '../features/ciso/DashboardScreen'
import { RequestsScreen } from '../features/ciso/RequestsScreen'
import { RosterScreen } from '../features/ciso/RosterScreen'
import { VerifyScreen } from '../features/ciso/VerifyScreen'
import { PolicyScreen } from '../features/policy/PolicyScreen'
import { Dashboard } from '../features/checks/Dashboard'
import { DomainsScreen } from '../features/domains/DomainsScreen'
import { needsAttention, visibleResults } from '../features/checks/run-state'
import { ExportScreen } from '../features/attestation/ExportScreen'
import { HistoryScreen } from '../features/history/HistoryScreen'
import { OffboardingScreen } from '../features/offboarding/OffboardingScreen'
import { SetupScreen } from '../features/onboarding/SetupScreen'
import { FixScreen } from '../features/remediation/FixScreen'
import {
  CISO_SCREENS,
  modeOf,
  STAFF_SCREENS,
  useApp,
  type CisoScreen,
  type Mode,
  type Screen,
  type StaffScreen,
} from './context'
import { mainText, t, tn } from './i18n'

const NAV_ICON: Readonly<Record<Screen, IconName>> = {
  check: 'shield',
  fix: 'wrench',
  export: 'upload',
  offboard: 'logout',
  domains: 'globe',
  history: 'clock',
  setup: 'user',
  campaign: 'folder',
  dashboard: 'chart',
  policy: 'document',
  requests: 'send',
  verify: 'check-list',
  roster: 'list',
}

function CurrentScreen({ screen }: { readonly screen: Screen }): ReactElement {
  switch (screen) {
    case 'check':
      return <Dashboard />
    case 'fix':
      return <FixScreen />
    case 'export':
      return <ExportScreen />
    case 'offboard':
      return <OffboardingScreen />
    case 'domains':
      return <DomainsScreen />
    case 'history':
      return <HistoryScreen />
    case 'setup':
      return <SetupScreen />
    case 'campaign':
      return <CampaignScreen />
    case 'dashboard':
      return <DashboardScreen />
    case 'policy':
      return <PolicyScreen />
    case 'requests':
      return <RequestsScreen />
    case 'verify':
      return <VerifyScreen />
    case 'roster':
      return <RosterScreen />
  }
}

/** The campaign key's state and the Lock / Unlock control (CISO mode, below the entries). */
function KeyPanel(): ReactElement | null {
  const { status, unlock, lock } = useCiso()
  if (status === null || status.folder === null) return null
  const key = status.key
  if (key.hasPassphrase === false) {
    return (
      <div className="nav__key nav__key--warning">
        <p className="nav__key-state" role="status">
          <Icon name="warning" />
          <span>{t('ciso.key.noPassphrase')}</span>
        </p>
      </div>
    )
  }
  return (
    <div className={`nav__key${key.unlocked ? ' nav__key--unlocked' : ''}`}>
      <p className="nav__key-state" role="status">
        <Icon name={key.unlocked ? 'unlock' : 'lock'} />
        <span>
          {key.unlocked
            ? t('ciso.key.unlocked')
            : key.lockedBecause === 'idle'
              ? t('ciso.key.lockedIdle', { minutes: key.idleLockMinutes })
              : t('ciso.key.locked')}
        </span>
      </p>
      {key.unlocked ? (
        <>
          <p className="nav__key-hint">{t('ciso.key.idleHint', { minutes: key.idleLockMinutes })}</p>
          <button type="button" className="button button--small nav__key-button" onClick={() => void lock()}>
            {t('ciso.key.lock')}
          </button>
        </>
      ) : (
        <button type="button" className="button button--small nav__key-button" onClick={() => void unlock()}>
          {t('ciso.key.unlock')}
        </button>
      )}
    </div>
  )
}

/** The shell. */
export function Shell(): ReactElement {
  const { screen, navigate, info, run, fixFocus, settings } = useApp()
  const [dismissed, setDismissed] = useState(false)
  // Where each mode was left, so switching back returns there.
  const [lastStaff, setLastStaff] = useState<StaffScreen>('check')
  const [lastCiso, setLastCiso] = useState<CisoScreen>('campaign')
  const [seen, setSeen] = useState<Screen>(screen)
  if (seen !== screen) {
    // Render-time bookkeeping (no effect needed): remember the screen in its mode.
    setSeen(screen)
    if (modeOf(screen) === 'ciso') setLastCiso(screen as CisoScreen)
    else setLastStaff(screen as StaffScreen)
  }
  const mode: Mode = modeOf(screen)
  const cisoOffered = settings.cisoMode === true
  const toFix = needsAttention(visibleResults(run)).length
  const entries: readonly Screen[] = mode === 'ciso' ? CISO_SCREENS : STAFF_SCREENS

  const switchTo = (next: Mode): void => {
    if (next === mode) return
    navigate(next === 'ciso' ? lastCiso : lastStaff)
  }

  return (
    <div className={`shell shell--${mode}`}>
      <a className="skip-link" href="#content">
        {t('nav.skip')}
      </a>
      <nav className="nav" aria-label={t('nav.label')}>
        <p className="nav__brand">
          <Icon name="shield" className="nav__logo" />
          <span>{t('app.name')}</span>
        </p>
        {cisoOffered && (
          <div className="mode-switch" role="group" aria-label={t('nav.mode.label')}>
            <button
              type="button"
              className="mode-switch__button"
              aria-pressed={mode === 'staff'}
              onClick={() => switchTo('staff')}
            >
              <Icon name="user" />
              <span>{t('nav.mode.staff')}</span>
            </button>
            <button
              type="button"
              className="mode-switch__button"
              aria-pressed={mode === 'ciso'}
              onClick={() => switchTo('ciso')}
            >
              <Icon name="shield" />
              <span>{t('nav.mode.ciso')}</span>
            </button>
          </div>
        )}
        <ul className="nav__list" aria-label={mode === 'ciso' ? t('nav.mode.ciso') : t('nav.mode.staff')}>
          {entries.map((s) => (
            <li key={s}>
              <button
                type="button"
                className="nav__item"
                aria-current={s === screen ? 'page' : undefined}
                onClick={() => navigate(s)}
              >
                <Icon name={NAV_ICON[s]} />
                <span className="nav__text">{t(`nav.${s}`)}</span>
                {s === 'fix' && toFix > 0 && (
                  <span className="nav__badge">
                    <span aria-hidden="true">{toFix}</span>
                    <span className="sr-only">{tn('nav.fixCount', toFix)}</span>
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
        {mode === 'ciso' && <KeyPanel />}
      </nav>
      <main id="content" className="main" tabIndex={-1}>
        {info.replayed && (
          <Alert kind="info" title={t('banner.replayed.title')}>
            <p>{t('banner.replayed.body')}</p>
          </Alert>
        )}
        {!dismissed &&
          info.notices.map((n) => (
            <Alert key={n.kind + n.movedTo} kind="warning" title={t('banner.notice.title')}>
              <p lang={mainText(n.message, n.text).lang}>{mainText(n.message, n.text).text}</p>
              <p>{t('banner.notice.movedTo', { file: n.movedTo })}</p>
              <button type="button" className="button button--secondary" onClick={() => setDismissed(true)}>
                {t('common.dismiss')}
              </button>
            </Alert>
          ))}
        {/* key: re-mount the screen on navigation so its heading takes focus. */}
        <CurrentScreen key={`${screen}:${fixFocus ?? ''}`} screen={screen} />
      </main>
    </div>
  )
}
