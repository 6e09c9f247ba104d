/**
 * Layout: a left navigation (a top bar on narrow windows and at 200 % zoom) and the current screen.
 * Navigation entries are buttons with aria-current, reachable with Tab and activated with Enter or
 * Space like any button.
 */
import { useState, type ReactElement } from 'react'
import { Alert } from '../components/Feedback'
import { Icon, type IconName } from '../components/Icon'
import { CisoScreen } from '../features/ciso/CisoScreen'
import { Dashboard } from '../features/checks/Dashboard'
import { DomainsScreen } from '../features/domains/DomainsScreen'
import { needsAttention, visibleResults } from '../features/checks/run-state'
import { ExportScreen } from '../features/attestation/ExportScreen'
import { HistoryScreen } from '../features/history/HistoryScreen'
import { OffboardingScreen } from '../features/offboarding/OffboardingScreen'
import { SetupScreen } from '../features/onboarding/SetupScreen'
import { FixScreen } from '../features/remediation/FixScreen'
import { SCREENS, useApp, type Screen } from './context'
import { t, tn } from './i18n'

const NAV_ICON: Readonly<Record<Screen, IconName>> = {
  check: 'shield',
  fix: 'wrench',
  export: 'upload',
  offboard: 'logout',
  domains: 'globe',
  history: 'clock',
  ciso: 'folder',
  setup: 'user',
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
    case 'ciso':
      return <CisoScreen />
    case 'setup':
      return <SetupScreen />
  }
}

/** The shell. */
export function Shell(): ReactElement {
  const { screen, navigate, info, run, fixFocus } = useApp()
  const [dismissed, setDismissed] = useState(false)
  const toFix = needsAttention(visibleResults(run)).length
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('nav.skip')}
      </a>
      <nav className="nav" aria-label={t('nav.label')}>
        <p className="nav__brand">
          <Icon name="shield" className="nav__logo" />
          <span>{t('app.name')}</span>
        </p>
        <ul className="nav__list">
          {SCREENS.map((s) => (
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
              <p>{n.message}</p>
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
