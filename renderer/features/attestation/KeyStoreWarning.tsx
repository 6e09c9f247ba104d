/**
 * Warns before signing when the device key cannot be stored safely (no OS key store, or a store
 * that offers no real protection), using main's own sentence.
 */
import type { ReactElement } from 'react'
import { useApp } from '../../app/context'
import { mainText, t } from '../../app/i18n'
import { Alert } from '../../components/Feedback'

/** Nothing when the key store is fine. */
export function KeyStoreWarning(): ReactElement | null {
  const { info } = useApp()
  const ks = info.keyStore
  if (ks.available && !ks.weak) return null
  return (
    <Alert kind="warning" title={t(ks.available ? 'key.weak.title' : 'key.unavailable.title')}>
      {/* main's own sentence, in the reader's language (contract v1.10), else the UI's general one */}
      {ks.message !== null && ks.message !== undefined ? (
        <p lang={mainText(ks.message, ks.messageText).lang}>{mainText(ks.message, ks.messageText).text}</p>
      ) : (
        <p>{t(ks.available ? 'key.weak.body' : 'key.unavailable.body')}</p>
      )}
    </Alert>
  )
}
