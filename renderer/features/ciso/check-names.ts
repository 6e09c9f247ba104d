/** Readable names of failing checks as they arrive from main (plain strings in CISO rows). */
import { isCheckId } from '../../../shared/check-types'
import { t } from '../../app/i18n'

/** "Firewall, Screen lock"; an id this version does not know is shown as is rather than dropped. */
export function checkNames(ids: readonly string[]): string {
  return ids.map((id) => (isCheckId(id) ? t(`check.${id}.name`) : id)).join(', ')
}
