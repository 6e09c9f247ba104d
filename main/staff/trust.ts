/**
 * Pinning the CISO's public key: the staff side's trust anchor. Requests and policies are accepted
 * only when signed by a pinned key. Pinning happens once, after the staffer compared the fingerprint
 * with the one their security contact read out (in person or over a verified channel); replacing a
 * pinned key needs an explicit decision, because that is exactly what an impostor would ask for.
 */
import type { KeyObject } from 'node:crypto'
import { StaffError } from '../attestation/errors'
import { fingerprint, publicKeyFromPem, publicKeyToPem } from '../attestation/keys'
import { loadStaffState, updateStaffState } from './state'

export interface PinnedKey {
  readonly fingerprint: string
  readonly key: KeyObject
  readonly pinnedAt: string
}

/** The pinned CISO keys (empty before `preflight trust`). */
export async function pinnedCisoKeys(dir: string): Promise<PinnedKey[]> {
  const state = await loadStaffState(dir)
  return state.cisoKeys.map((k) => ({
    fingerprint: k.fingerprint,
    key: publicKeyFromPem(k.publicKeyPem),
    pinnedAt: k.pinnedAt,
  }))
}

export type PinMode = 'first' | 'add' | 'replace'

export interface PinResult {
  readonly fingerprint: string
  /** pinned: first key; already: this key was pinned before; added: a second (backup) key; replaced. */
  readonly outcome: 'pinned' | 'already' | 'added' | 'replaced'
  /** Fingerprints that were unpinned by a replacement. */
  readonly removed: readonly string[]
}

/**
 * Pin `key`. mode 'first' refuses (UNTRUSTED_CISO) when a different key is already pinned; 'add'
 * keeps the existing keys (a CISO's backup key); 'replace' drops them.
 */
export async function pinCisoKey(dir: string, key: KeyObject, mode: PinMode, now: Date): Promise<PinResult> {
  const fp = fingerprint(key)
  const pem = publicKeyToPem(key)
  return updateStaffState(dir, (state): PinResult => {
    const existing = state.cisoKeys.map((k) => k.fingerprint)
    if (existing.includes(fp) && (mode !== 'replace' || existing.length === 1)) {
      return { fingerprint: fp, outcome: 'already', removed: [] }
    }
    const entry = { fingerprint: fp, publicKeyPem: pem, pinnedAt: now.toISOString() }
    if (existing.length === 0) {
      state.cisoKeys = [entry]
      return { fingerprint: fp, outcome: 'pinned', removed: [] }
    }
    if (mode === 'first') {
      throw new StaffError(
        'UNTRUSTED_CISO',
        `a different security contact key is already pinned (${existing.join(', ')}). If your security contact really changed keys, confirm the new fingerprint with them and run again with --replace (or --add for a second key).`,
      )
    }
    if (mode === 'add') {
      state.cisoKeys = [...state.cisoKeys, entry]
      return { fingerprint: fp, outcome: 'added', removed: [] }
    }
    state.cisoKeys = [entry]
    return { fingerprint: fp, outcome: 'replaced', removed: existing.filter((f) => f !== fp) }
  })
}
