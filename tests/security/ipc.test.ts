import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { z } from 'zod'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { handle, invokeChecked, registerIpcHandlers, senderProblem } =
  await import('../../main/electron/ipc/register')
const { ServiceError } = await import('../../main/services/errors')
const contract = await import('../../shared/ipc-contract')
const { buildPreflightApi } = await import('../../main/preload/api')
const formats = await import('../../main/attestation/formats')

const MAIN = { processId: 4, routingId: 1 }
function event(
  over: {
    id?: number
    url?: string
    parent?: unknown
    frame?: { processId: number; routingId: number } | null
  } = {},
) {
  const frame = over.frame === undefined ? MAIN : over.frame
  return {
    sender: { id: over.id ?? 7, mainFrame: MAIN },
    senderFrame:
      frame === null
        ? null
        : { url: over.url ?? 'app://preflight/index.html', parent: over.parent ?? null, ...frame },
  }
}
const known = new Set([7])
const MAIN_FRAME_FALLBACK = { url: 'app://preflight/index.html', parent: null, ...MAIN }

describe('IPC sender validation', () => {
  it('accepts the main frame of a known window on the app origin', () => {
    expect(senderProblem(event(), known)).toBeNull()
  })

  it('rejects unknown WebContents, subframes, gone frames and other origins', () => {
    expect(senderProblem(event({ id: 8 }), known)).toMatch(/unknown WebContents/)
    expect(senderProblem(event({ parent: {}, frame: { processId: 4, routingId: 9 } }), known)).toMatch(
      /main frame/,
    )
    expect(senderProblem(event({ frame: { processId: 5, routingId: 1 } }), known)).toMatch(/main frame/)
    expect(senderProblem(event({ frame: null }), known)).toMatch(/gone/)
    const detached = event()
    expect(
      senderProblem(
        { ...detached, senderFrame: { ...(detached.senderFrame ?? MAIN_FRAME_FALLBACK), detached: true } },
        known,
      ),
    ).toMatch(/gone/)
    for (const url of [
      'https://evil.example/',
      'file:///index.html',
      'app://evil/index.html',
      'about:blank',
      'devtools://devtools/',
    ]) {
      expect(senderProblem(event({ url }), known), url).toMatch(/origin/)
    }
  })

  it('never calls the service for a refused sender or invalid arguments', async () => {
    const fn = vi.fn(async () => 'ran')
    const schema = z.object({ n: z.number().int() }).strict()
    const refused = await invokeChecked(
      event({ url: 'https://evil.example/' }),
      [{ n: 1 }],
      schema,
      known,
      fn,
    )
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    for (const args of [[], [{ n: 'x' }], [{ n: 1, extra: true }], [{ n: 1 }, 'second'], [null]]) {
      const r = await invokeChecked(event(), args, schema, known, fn)
      expect(r, JSON.stringify(args)).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    }
    expect(fn).not.toHaveBeenCalled()
    expect(await invokeChecked(event(), [{ n: 2 }], schema, known, fn)).toEqual({ ok: true, value: 'ran' })
  })

  it('returns service errors as typed failures and hides nothing else as success', async () => {
    const schema = z.undefined()
    const typed = await invokeChecked(event(), [], schema, known, async () => {
      throw new ServiceError('NOT_FOUND', 'no such fix')
    })
    expect(typed).toEqual({ ok: false, code: 'NOT_FOUND', message: 'no such fix' })
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const internal = await invokeChecked(event(), [], schema, known, async () => {
      throw new Error('boom')
    })
    spy.mockRestore()
    expect(internal).toMatchObject({ ok: false, code: 'INTERNAL' })
  })

  it('refuses to register a channel without the preflight: prefix', () => {
    const ipcMain = { handle: vi.fn() }
    expect(() => handle(ipcMain as never, 'evil:channel', z.undefined(), known, async () => 1)).toThrow(
      /prefix/,
    )
    expect(ipcMain.handle).not.toHaveBeenCalled()
  })

  it('registers exactly the contract channels, each validated', async () => {
    const registered = new Map<string, (e: unknown, ...a: unknown[]) => Promise<unknown>>()
    const ipcMain = { handle: (ch: string, fn: never) => registered.set(ch, fn) }
    const services = Object.fromEntries(
      contract.OPERATION_NAMES.map((n) => [n, vi.fn(async () => ({ op: n }))]),
    )
    registerIpcHandlers(ipcMain as never, services as never, known)
    expect([...registered.keys()].sort()).toEqual(Object.values(contract.CHANNELS).sort())
    const getInfo = registered.get(contract.CHANNELS.getAppInfo)
    expect(await getInfo?.(event())).toEqual({ ok: true, value: { op: 'getAppInfo' } })
    expect(await getInfo?.(event(), { sneaky: 1 })).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    const open = registered.get(contract.CHANNELS.openRemediationLink)
    expect(await open?.(event(), { url: 'https://evil.example' })).toMatchObject({
      ok: false,
      code: 'INVALID_ARGUMENT',
    })
    expect(await open?.(event({ url: 'https://evil.example/' }), { remediationId: 'x' })).toMatchObject({
      code: 'FORBIDDEN',
    })
  })
})

describe('IPC contract', () => {
  it('names every channel preflight:<noun>:<verb>, once', () => {
    const channels = Object.values(contract.CHANNELS)
    expect(new Set(channels).size).toBe(channels.length)
    for (const c of [...channels, contract.EVENT_CHANNEL]) expect(c).toMatch(/^preflight:[a-z-]+:[a-z-]+$/)
    expect(Object.keys(contract.REQUEST_SCHEMAS).sort()).toEqual([...contract.OPERATION_NAMES].sort())
  })

  it('rejects renderer-supplied URLs or paths where only ids are expected', () => {
    const s = contract.REQUEST_SCHEMAS
    expect(s.openRemediationLink.safeParse({ remediationId: 'firewall.linux.ufw' }).success).toBe(true)
    expect(s.openRemediationLink.safeParse({ remediationId: 'x', url: 'javascript:alert(1)' }).success).toBe(
      false,
    )
    expect(
      s.exportAttestation.safeParse({ purpose: 'periodic', checklist: [], path: '/etc/passwd' }).success,
    ).toBe(false)
    expect(s.trustCiso.safeParse({ fingerprint: 'AB'.repeat(32) }).success).toBe(false)
    expect(s.saveSettings.safeParse({ staffId: 'a\u202eb', deviceLabel: 'x', language: 'en' }).success).toBe(
      false,
    )
    expect(
      s.saveSettings.safeParse({
        staffId: 'alice@campaign.example',
        deviceLabel: 'alice-laptop',
        language: 'en',
      }).success,
    ).toBe(true)
    expect(s.saveSettings.safeParse({ staffId: 'a', deviceLabel: 'x/../../y', language: 'en' }).success).toBe(
      false,
    )
    expect(s.saveSettings.safeParse({ staffId: 'a', deviceLabel: 'x', language: 'xx' }).success).toBe(false)
  })
})

describe('passphrases over IPC', () => {
  it('are validated without being echoed back in the refusal', async () => {
    const secret = `hunter2-${'x'.repeat(1100)}`
    const r = await invokeChecked(
      event(),
      [{ passphrase: secret }],
      contract.REQUEST_SCHEMAS.cisoUnlock,
      known,
      async () => {
        throw new Error('must not run')
      },
    )
    expect(r).toMatchObject({ ok: false, code: 'INVALID_ARGUMENT' })
    expect(JSON.stringify(r)).not.toContain('hunter2')
    const short = contract.REQUEST_SCHEMAS.cisoCreateCampaign.safeParse({ name: 'C', passphrase: 'hunter2' })
    expect(short.success).toBe(false)
    expect(JSON.stringify(short.error?.issues)).not.toContain('hunter2')
    // Spaces count: a passphrase is never trimmed.
    expect(contract.REQUEST_SCHEMAS.cisoUnlock.parse({ passphrase: ' a b ' }).passphrase).toBe(' a b ')
  })
})

describe('contract settings patterns', () => {
  it('accept exactly what the attestation format accepts (staff id, device label)', () => {
    const chars = fc.constantFrom(...'aZ09._@+-/ \u00e9\u202e:'.split(''))
    const shape = contract.settingsInputSchema.shape
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(...'aZ09._@+-'.split('')), maxLength: 140 }),
          fc.string({ unit: chars, maxLength: 140 }),
        ),
        (raw) => {
          const s = raw.trim()
          expect(shape.staffId.safeParse(s).success).toBe(formats.staffIdSchema.safeParse(s).success)
          expect(shape.deviceLabel.safeParse(s).success).toBe(formats.deviceLabelSchema.safeParse(s).success)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('preload API', () => {
  it('exposes exactly the contract keys, frozen, forwarding one argument to the right channel', async () => {
    const calls: [string, unknown][] = []
    const api = buildPreflightApi(
      async (channel, request) => {
        calls.push([channel, request])
        return { ok: true, value: null }
      },
      () => () => undefined,
    )
    expect(Object.keys(api).sort()).toEqual([...contract.API_KEYS].sort())
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.keys(api)).not.toContain('ipcRenderer')
    await api.getRemediation({ remediationId: 'x' })
    await (api.getAppInfo as (...a: unknown[]) => Promise<unknown>)('extra', 'args')
    expect(calls).toEqual([
      [contract.CHANNELS.getRemediation, { remediationId: 'x' }],
      [contract.CHANNELS.getAppInfo, 'extra'],
    ])
  })

  it('delivers only matching events to subscribers, without the IPC event, and unsubscribes', () => {
    const listeners = new Set<(p: unknown) => void>()
    const api = buildPreflightApi(
      async () => null,
      (channel, fn) => {
        expect(channel).toBe(contract.EVENT_CHANNEL)
        listeners.add(fn)
        return () => listeners.delete(fn)
      },
    )
    const got: unknown[] = []
    const off = api.onCheckResult((e) => got.push(e))
    const progress: unknown[] = []
    api.onVerifyProgress((e) => progress.push(e))
    const result = { type: 'check-result', runId: 'r1', result: { id: 'firewall' } }
    for (const l of listeners) {
      l(result)
      l({ type: 'check-started', runId: 'r1', id: 'firewall' })
      l({ type: 'verify-progress', runId: 'r2', done: 1, total: 2, fileName: 'a.json' })
      l('garbage')
    }
    expect(got).toEqual([result])
    expect(progress).toHaveLength(1)
    off()
    expect(listeners.size).toBe(1)
    expect(() => api.onCheckStarted('not a function' as never)).toThrow(TypeError)
  })
})
