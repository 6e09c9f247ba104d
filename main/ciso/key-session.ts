/**
 * The CISO key, unlocked once for a session of work. Every change to a campaign's trust decisions
 * is signed with this key, so a session holds the decrypted key in the main process (never in a
 * renderer), hands it only to the roster writer, and forgets it on `lock()`. The caller decides
 * when a session ends (idle timeout, window closed, "Lock" button); the CLI unlocks once per
 * command.
 *
 * Node cannot wipe a KeyObject's memory: `lock()` drops the only reference, and the key material is
 * freed when the garbage collector runs. It never leaves this object except to sign.
 */
import type { KeyObject } from 'node:crypto'
import type { Roster } from '../../shared/roster-types'
import { fingerprint } from '../attestation/keys'
import { cisoKeyNeedsPassphrase, loadCisoKey } from './campaign'
import { loadRoster, type CampaignRef, type KeyUnlocker } from './roster-store'

export class CisoKeySession {
  #key: KeyObject | null = null
  #fingerprint: string | null = null

  /**
   * Unlock the key of the campaign in `ref` (its roster is verified first, so the key is checked
   * against the pinned campaign key). `passphrase` is needed when the key has one. Replaces any key
   * held before.
   */
  async unlock(ref: CampaignRef, passphrase?: string): Promise<{ readonly fingerprint: string }> {
    const roster = await loadRoster(ref)
    const key = await loadCisoKey(ref.dir, roster, passphrase)
    this.#key = key
    this.#fingerprint = fingerprint(key)
    return { fingerprint: this.#fingerprint }
  }

  /** Forget the key. */
  lock(): void {
    this.#key = null
    this.#fingerprint = null
  }

  isUnlocked(): boolean {
    return this.#key !== null
  }

  /** Fingerprint of the unlocked key, or null. */
  get fingerprint(): string | null {
    return this.#fingerprint
  }

  /** The unlocked key if it is this roster's campaign key, else null. */
  keyFor(roster: Roster): KeyObject | null {
    return this.#key !== null && this.#fingerprint === roster.cisoFingerprint ? this.#key : null
  }

  /**
   * A KeyUnlocker for one write: the session's key when unlocked for this campaign; otherwise a key
   * stored without passphrase is loaded (then kept for the session); otherwise `locked()` says what
   * to do (the app asks the CISO to unlock).
   */
  unlocker(dir: string, locked: () => Error): KeyUnlocker {
    return async (roster) => {
      const held = this.keyFor(roster)
      if (held !== null) return held
      if (await cisoKeyNeedsPassphrase(dir)) throw locked()
      const key = await loadCisoKey(dir, roster)
      this.#key = key
      this.#fingerprint = fingerprint(key)
      return key
    }
  }
}
