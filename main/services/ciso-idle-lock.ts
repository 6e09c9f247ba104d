/**
 * The idle lock of the CISO key session, in the main process: after `idleMs` without a CISO
 * operation the unlocked key is forgotten (CisoKeySession.lock()) and the window is told. A timer in
 * main, never in the renderer: a renderer that hangs, or is closed, cannot keep the key unlocked.
 *
 * Each CISO operation calls `touch()`, which restarts the countdown while the key is unlocked. The
 * timers are injectable so tests can drive the countdown with a fake clock.
 */
import type { CisoLockReason } from '../../shared/ipc-contract'
import type { CisoKeySession } from '../ciso/key-session'

/** Fifteen minutes without a CISO operation lock the key (docs/ciso.md, "The desktop app"). */
export const CISO_IDLE_LOCK_MS = 15 * 60_000

/** The timer functions the idle lock uses (globalThis in the app; fakes in tests). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const GLOBAL_TIMERS: Timers = {
  setTimeout: (fn, ms) => {
    const handle = globalThis.setTimeout(fn, ms)
    // The countdown alone must not keep a Node process (tests, the CLI) alive.
    ;(handle as { unref?: () => void }).unref?.()
    return handle
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
}

/** Locks the session after a quiet spell and remembers why the key is locked. */
export class CisoIdleLock {
  readonly #session: CisoKeySession
  readonly #timers: Timers
  readonly #idleMs: number
  readonly #onLocked: (reason: CisoLockReason) => void
  #handle: unknown = null
  #reason: CisoLockReason = 'not-unlocked'

  constructor(
    session: CisoKeySession,
    options: {
      readonly timers?: Timers
      readonly idleMs?: number
      /** Called when the key was locked (idle timer or `lock()`), not when it was already locked. */
      readonly onLocked: (reason: CisoLockReason) => void
    },
  ) {
    this.#session = session
    this.#timers = options.timers ?? GLOBAL_TIMERS
    this.#idleMs = options.idleMs ?? CISO_IDLE_LOCK_MS
    this.#onLocked = options.onLocked
  }

  /** Minutes of the idle limit, for the UI. */
  get idleMinutes(): number {
    return Math.round(this.#idleMs / 60_000)
  }

  /** Why the key is locked now (null while unlocked). */
  get lockedBecause(): CisoLockReason | null {
    return this.#session.isUnlocked() ? null : this.#reason
  }

  /** A CISO operation happened: restart the countdown if the key is unlocked. */
  touch(): void {
    this.#clear()
    if (!this.#session.isUnlocked()) return
    this.#handle = this.#timers.setTimeout(() => {
      this.#handle = null
      this.lock('idle')
    }, this.#idleMs)
  }

  /** Forget the key now; `reason` is shown until the next unlock. */
  lock(reason: Exclude<CisoLockReason, 'not-unlocked'> | 'not-unlocked'): void {
    this.#clear()
    const was = this.#session.isUnlocked()
    this.#session.lock()
    this.#reason = reason
    if (was) this.#onLocked(reason)
  }

  #clear(): void {
    if (this.#handle !== null) this.#timers.clearTimeout(this.#handle)
    this.#handle = null
  }
}
