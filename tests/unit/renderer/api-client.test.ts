import { afterEach, describe, expect, it } from 'vitest'
import { API_KEYS, type PreflightApi } from '../../../shared/ipc-contract'
import { buildPreflightApi } from '../../../main/preload/api'
import { api, bridgeAvailable } from '../../../renderer/api/client'
import { FAKE_BRIDGE_KEYS } from '../../e2e-renderer/harness'

const g = globalThis as unknown as { window?: { preflight?: Partial<PreflightApi> } }

afterEach(() => {
  delete g.window
})

describe('renderer/api/client', () => {
  it('exposes exactly the contract keys, like the real preload and the e2e fake bridge', () => {
    const preload = Object.keys(
      buildPreflightApi(
        async () => undefined,
        () => () => undefined,
      ),
    ).sort()
    expect(Object.keys(api).sort()).toEqual([...API_KEYS].sort())
    expect(preload).toEqual([...API_KEYS].sort())
    expect([...FAKE_BRIDGE_KEYS].sort()).toEqual(preload)
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('forwards calls and their single argument to window.preflight', async () => {
    const seen: unknown[] = []
    g.window = {
      preflight: {
        getRemediation: async (req) => {
          seen.push(req)
          return { ok: false, code: 'NOT_FOUND', message: 'no such fix' }
        },
      },
    }
    expect(bridgeAvailable()).toBe(true)
    const r = await api.getRemediation({ remediationId: 'firewall.unknown' })
    expect(seen).toEqual([{ remediationId: 'firewall.unknown' }])
    expect(r).toEqual({ ok: false, code: 'NOT_FOUND', message: 'no such fix' })
  })

  it('turns a rejected or missing bridge into an INTERNAL failure instead of throwing', async () => {
    g.window = {
      preflight: {
        runChecks: async () => {
          throw new Error('ipc channel closed')
        },
      },
    }
    await expect(api.runChecks()).resolves.toEqual({
      ok: false,
      code: 'INTERNAL',
      message: 'runChecks: ipc channel closed',
    })
    g.window = {}
    expect(bridgeAvailable()).toBe(false)
    const r = await api.getSettings()
    expect(r.ok).toBe(false)
    // Subscriptions without a bridge are harmless no-ops.
    const off = api.onCheckResult(() => undefined)
    expect(typeof off).toBe('function')
    off()
  })
})
