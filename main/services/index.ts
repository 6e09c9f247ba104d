/**
 * createServices: every operation of the IPC contract, Electron-free. main/electron passes the real
 * dependencies; tests (unit and the renderer's Playwright runs) pass temp folders, replayed probes and
 * scripted dialogs. See docs/electron-security.md, "App services".
 */
import type { Report } from '../../shared/check-types'
import { createAppServices, type StaffSession } from './app-services'
import { createCisoServices } from './ciso-services'
import { createStaffServices } from './staff-services'
import type { ServiceDeps, ServiceHandlers } from './types'

export type { ServiceDeps, ServiceHandlers, Dialogs, DeviceKeyStore, FileFilter } from './types'
export { ServiceError } from './errors'

/** Build the handlers (one per contract operation) over `deps`. */
export function createServices(deps: ServiceDeps): ServiceHandlers {
  const staff = createStaffServices(deps)
  let lastReport: Report | null = null
  const session: StaffSession = {
    get lastReport() {
      return lastReport
    },
    set lastReport(r: Report | null) {
      lastReport = r
    },
    activePolicy: () => staff.activePolicy(),
    activeRequest: () => staff.activeRequestSummary(),
    trustedCiso: () => staff.trustedCiso(),
  }
  const handlers: ServiceHandlers = {
    ...createAppServices(deps, session),
    ...staff.handlers(session),
    ...createCisoServices(deps),
  }
  return Object.freeze(handlers)
}
