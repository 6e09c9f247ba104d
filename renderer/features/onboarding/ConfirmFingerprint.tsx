/**
 * Out-of-band confirmation of the campaign's (CISO's) key: the fingerprint in large type, a clear
 * instruction to compare it by phone or in person, and two explicit answers. "It does not match"
 * trusts nothing and says what to do.
 */
import { useId, useState, type ReactElement, type ReactNode } from 'react'
import { t } from '../../app/i18n'
import { Alert } from '../../components/Feedback'

/** Props of ConfirmFingerprint. */
export interface ConfirmFingerprintProps {
  readonly fingerprintGrouped: string
  readonly busy: boolean
  readonly onMatch: () => void
  /** Called after the user said it does not match and chose to start over. */
  readonly onStartOver: () => void
  /** Extra facts to show under the fingerprint (e.g. the request's details). */
  readonly children?: ReactNode
}

/** The confirmation panel. */
export function ConfirmFingerprint({
  fingerprintGrouped,
  busy,
  onMatch,
  onStartOver,
  children,
}: ConfirmFingerprintProps): ReactElement {
  const [mismatch, setMismatch] = useState(false)
  const titleId = useId()
  return (
    <div className="confirm-key" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('setup.confirm.title')}</h3>
      <p>{t('setup.confirm.body')}</p>
      <p className="fingerprint fingerprint--large" aria-label={t('setup.confirm.fingerprintLabel')}>
        {fingerprintGrouped}
      </p>
      {children}
      {mismatch ? (
        <>
          <Alert kind="error" title={t('setup.confirm.mismatch.title')}>
            <p>{t('setup.confirm.mismatch.body')}</p>
          </Alert>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={onStartOver}>
              {t('setup.confirm.startOver')}
            </button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={onMatch} disabled={busy}>
            {t('setup.confirm.matches')}
          </button>
          <button type="button" className="button button--danger" onClick={() => setMismatch(true)}>
            {t('setup.confirm.differs')}
          </button>
        </div>
      )}
    </div>
  )
}
