import { describe, expect, it, vi } from 'vitest'
import { electronMock } from './electron-mock'

vi.mock('electron', () => electronMock())

const { denyAllPermissions } = await import('../../main/electron/security/permissions')

describe('permission handlers', () => {
  it('deny every permission request, check and device access', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (fn: never) => (handlers['request'] = fn),
      setPermissionCheckHandler: (fn: never) => (handlers['check'] = fn),
      setDevicePermissionHandler: (fn: never) => (handlers['device'] = fn),
    }
    denyAllPermissions(session as never)
    const request = handlers['request'] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
      d: unknown,
    ) => void
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
      'fullscreen',
    ]) {
      const answers: boolean[] = []
      request({}, permission, (ok) => answers.push(ok), { requestingUrl: 'app://preflight/index.html' })
      expect(answers, permission).toEqual([false])
      expect((handlers['check'] as (...a: unknown[]) => boolean)({}, permission, 'app://preflight', {})).toBe(
        false,
      )
    }
    expect(
      (handlers['device'] as (d: unknown) => boolean)({ deviceType: 'usb', origin: 'app://preflight' }),
    ).toBe(false)
  })
})
