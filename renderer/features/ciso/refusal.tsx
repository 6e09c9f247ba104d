/**
 * A refused campaign folder, explained: main's CAMPAIGN_UNTRUSTED message starts with the named
 * reason (ROSTER_ROLLBACK, CAMPAIGN_KEY_CHANGED, …) and names the newest good copy of the roster; this
 * shows what happened and what to do in the user's language, then main's own sentence (which says
 * which backup is good).
 */
import type { ReactElement } from 'react'
import { ROSTER_TRUST_REASONS, type RosterTrustReason } from '../../../shared/roster-types'
import { t } from '../../app/i18n'
import { Alert } from '../../components/Feedback'

/** The named reason at the start of a refusal message, or null. */
export function refusalReason(message: string): RosterTrustReason | null {
  const m = /^([A-Z_]+):/.exec(message)
  const code = m?.[1]
  return code !== undefined && (ROSTER_TRUST_REASONS as readonly string[]).includes(code)
    ? (code as RosterTrustReason)
    : null
}

/** An error message from main; a folder refusal gets its reason explained. */
export function CisoError({
  message,
  title,
}: {
  readonly message: string
  readonly title?: string
}): ReactElement {
  const reason = refusalReason(message)
  if (reason === null) {
    return (
      <Alert kind="error" title={title ?? t('ciso.failed')}>
        <p>{message}</p>
      </Alert>
    )
  }
  return (
    <Alert kind="error" title={t(`ciso.refusal.${reason}.title`)}>
      <p>{t(`ciso.refusal.${reason}.todo`)}</p>
      <p className="refusal__detail">
        <span className="refusal__code">{reason}</span> {message.slice(reason.length + 1).trim()}
      </p>
    </Alert>
  )
}
