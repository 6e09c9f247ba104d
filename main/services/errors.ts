/**
 * The one error type services throw for expected failures. The IPC wrapper (main/electron/ipc) and the
 * renderer's test bridge turn it into `{ ok: false, code, message }`; anything else becomes INTERNAL.
 */
import type { IpcErrorCode } from '../../shared/ipc-contract'

/** An expected failure with a code from the IPC contract and a message written for the user. */
export class ServiceError extends Error {
  override name = 'ServiceError'
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message)
  }
}
