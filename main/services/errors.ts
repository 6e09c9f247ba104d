/**
 * The one error type services throw for expected failures. The IPC wrapper (main/electron/ipc) and the
 * renderer's test bridge turn it into `{ ok: false, code, message, text? }`; anything else becomes
 * INTERNAL.
 */
import type { IpcErrorCode } from '../../shared/ipc-contract'
import type { Msg } from '../../shared/i18n/msg'
import { englishOf } from './main-text'

/**
 * An expected failure with a code from the IPC contract and a message written for the user: a
 * message of main's catalogue (`mainMsg`, sent as `text` and rendered by the renderer in the
 * reader's language; `message` is its English) or, for words not in the catalogue yet (errors of
 * main/staff, main/ciso, main/attestation), an English string.
 */
export class ServiceError extends Error {
  override name = 'ServiceError'
  readonly text: Msg | undefined
  constructor(
    readonly code: IpcErrorCode,
    message: string | Msg,
  ) {
    super(typeof message === 'string' ? message : englishOf(message))
    this.text = typeof message === 'string' ? undefined : message
  }
}
