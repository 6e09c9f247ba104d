/**
 * CISO mode's session operations: the mode choice remembered in the settings, cisoStatus, unlocking
 * the campaign key once (wrong passphrase refused, nothing kept), locking on request and after the
 * idle limit (fake timers: main's countdown, restarted by every CISO operation), and the key-state
 * events pushed to the window.
 */
import * as path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PreflightEvent, Settings } from '../../../../shared/ipc-contract'
import { CisoKeySession } from '../../../../main/ciso/key-session'
import { CISO_IDLE_LOCK_MS, type Timers } from '../../../../main/services/ciso-idle-lock'
import { createCisoServices } from '../../../../main/services/ciso-services'
import { ServiceError } from '../../../../main/services/errors'
import type { ServiceDeps } from '../../../../main/services/types'
import { deviceKey, makeCampaign, readRosterFile, T0, type TestCampaign } from '../ciso/helpers'

const PASS = 'correct horse battery staple'

let c: TestCampaign | null = null
afterEach(() => c?.cleanup())

/** A fake clock for the idle countdown: `advance(ms)` fires what is due. */
function fakeTimers(): Timers & { advance(ms: number): void; pending(): number } {
  let now = 0
  let next = 1
  const due = new Map<number, { at: number; fn: () => void }>()
  return {
    setTimeout(fn, ms) {
      const id = next++
      due.set(id, { at: now + ms, fn })
      return id
    },
    clearTimeout(handle) {
      due.delete(handle as number)
    },
    advance(ms) {
      now += ms
      for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          due.delete(id)
          t.fn()
        }
      }
    },
    pending: () => due.size,
  }
}

function setup(campaign: TestCampaign, timers: Timers) {
  let settings: Settings = { staffId: 'ciso@c.example', deviceLabel: 'ciso-laptop', language: 'en' }
  const events: PreflightEvent[] = []
  const folders: (string | null)[] = []
  const unused = (): never => {
    throw new Error('not used by the CISO services')
  }
  const session = new CisoKeySession()
  const deps = {
    dataDir: path.join(campaign.dir, '..', 'data'),
    cisoConfigDir: campaign.configDir,
    cisoKeySession: session,
    timers,
    keyStore: unused as unknown as ServiceDeps['keyStore'],
    settings: {
      get: () => settings,
      save: async (s: Settings) => {
        settings = s
        return s
      },
      takeNotices: () => [],
    },
    history: unused as unknown as ServiceDeps['history'],
    createProbe: unused,
    now: () => new Date(T0.getTime() + 3_600_000),
    dialogs: {
      chooseOpenFile: async () => null,
      chooseSaveFile: async () => null,
      chooseFolder: async () => folders.shift() ?? null,
    },
    openExternal: async () => false,
    emit: (e: PreflightEvent) => events.push(e),
  } satisfies ServiceDeps
  return { s: createCisoServices(deps), session, events, folders, settings: () => settings }
}

async function failure(p: Promise<unknown>): Promise<ServiceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(ServiceError)
  return err as ServiceError
}

const keyEvents = (events: PreflightEvent[]) =>
  events.flatMap((e) => (e.type === 'ciso-key-state' ? [e.state] : []))

describe('CISO mode: mode choice and key session', () => {
  it('remembers the mode choice; stopping locks the key and closes the campaign', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const { s, session, folders, settings } = setup(c, fakeTimers())
    expect((await s.setCisoMode({ on: true })).cisoMode).toBe(true)
    expect(settings()).toEqual({
      staffId: 'ciso@c.example',
      deviceLabel: 'ciso-laptop',
      language: 'en',
      cisoMode: true,
    })
    folders.push(c.dir)
    await s.cisoOpenFolder()
    await s.cisoUnlock({ passphrase: PASS })
    expect(session.isUnlocked()).toBe(true)
    const off = await s.setCisoMode({ on: false })
    expect(off).toEqual({ staffId: 'ciso@c.example', deviceLabel: 'ciso-laptop', language: 'en' })
    expect(session.isUnlocked()).toBe(false)
    expect((await s.cisoStatus()).folder).toBeNull()
  })

  it('status: no campaign, then the open campaign with its key locked and passphrase-protected', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const { s, folders } = setup(c, fakeTimers())
    expect(await s.cisoStatus()).toEqual({
      folder: null,
      key: { unlocked: false, hasPassphrase: null, lockedBecause: 'not-unlocked', idleLockMinutes: 15 },
    })
    folders.push(c.dir)
    await s.cisoOpenFolder()
    const st = await s.cisoStatus()
    expect(st.folder).toMatchObject({ name: 'campaign', org: 'Test campaign', location: c.dir })
    expect(st.key).toMatchObject({ unlocked: false, hasPassphrase: true, lockedBecause: 'not-unlocked' })
  })

  it('unlock: a wrong passphrase is refused and changes nothing; the right one unlocks and signs', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const { s, folders, events } = setup(c, fakeTimers())
    expect((await failure(s.cisoUnlock({ passphrase: PASS }))).code).toBe('NO_CAMPAIGN_FOLDER')
    folders.push(c.dir)
    await s.cisoOpenFolder()
    const wrong = await failure(s.cisoUnlock({ passphrase: 'not the passphrase' }))
    expect(wrong.code).toBe('CISO_KEY_LOCKED')
    expect(wrong.message).toMatch(/does not unlock the campaign key/)
    expect(wrong.message).not.toContain('not the passphrase')
    expect(keyEvents(events)).toEqual([])
    const state = await s.cisoUnlock({ passphrase: PASS })
    expect(state).toEqual({ unlocked: true, hasPassphrase: true, lockedBecause: null, idleLockMinutes: 15 })
    expect(keyEvents(events)).toEqual([state])
    // The unlocked key signs a trust decision without asking again.
    await c.enroll(deviceKey(), 'alice@c.example', 'alice-laptop')
    const revision = readRosterFile(c.dir).revision
    const fp = readRosterFile(c.dir).devices[0]?.fingerprint ?? ''
    expect((await s.cisoRevoke({ fingerprint: fp })).status).toBe('revoked')
    expect(readRosterFile(c.dir).revision).toBe(revision + 1)
  })

  it('locks on request, and after the idle limit without a CISO operation (main’s timer)', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const timers = fakeTimers()
    const { s, folders, events, session } = setup(c, timers)
    folders.push(c.dir)
    await s.cisoOpenFolder()
    await s.cisoUnlock({ passphrase: PASS })
    expect((await s.cisoLock()).lockedBecause).toBe('request')
    expect(session.isUnlocked()).toBe(false)
    expect(timers.pending()).toBe(0)
    expect(keyEvents(events).map((e) => e.unlocked)).toEqual([true, false])

    await s.cisoUnlock({ passphrase: PASS })
    timers.advance(CISO_IDLE_LOCK_MS - 60_000)
    // A CISO operation restarts the countdown.
    await s.cisoListRoster()
    timers.advance(CISO_IDLE_LOCK_MS - 60_000)
    expect(session.isUnlocked()).toBe(true)
    timers.advance(60_000)
    expect(session.isUnlocked()).toBe(false)
    const last = keyEvents(events).at(-1)
    expect(last).toEqual({ unlocked: false, hasPassphrase: true, lockedBecause: 'idle', idleLockMinutes: 15 })
    expect((await s.cisoStatus()).key.lockedBecause).toBe('idle')
    // A write now needs the passphrase again.
    folders.push(path.join(c.dir, '..'))
    expect((await failure(s.cisoVerifyFolder())).code).toBe('CISO_KEY_LOCKED')
  })

  it('a second folder still to be confirmed leaves the open campaign and its unlocked key as they were', async () => {
    c = await makeCampaign({ passphrase: PASS })
    const other = await makeCampaign({ passphrase: PASS })
    try {
      const { s, folders, session } = setup(c, fakeTimers())
      folders.push(c.dir)
      await s.cisoOpenFolder()
      await s.cisoUnlock({ passphrase: PASS })
      // The second campaign is pinned in its own config folder, so this laptop refuses it: the key
      // of the first stays unlocked (nothing was opened).
      folders.push(other.dir)
      expect((await s.cisoOpenFolder()).pin?.org).toBe('Test campaign')
      expect(session.isUnlocked()).toBe(true)
      expect((await s.cisoStatus()).folder?.location).toBe(c.dir)
    } finally {
      other.cleanup()
    }
  })
})
