/**
 * The only module that touches `window.preflight` (the preload's frozen bridge, typed by
 * shared/ipc-contract.ts). Components import `api` from here, never the global, so tests can swap
 * the bridge and a missing bridge is detected in one place.
 *
 * Type-only imports from the contract: its zod schemas stay out of the renderer bundle.
 */
import type {
  IpcFailure,
  IpcResult,
  OperationName,
  PreflightApi,
  PreflightOperations,
} from '../../shared/ipc-contract'
import { t } from '../app/i18n'

declare global {
  interface Window {
    readonly preflight?: PreflightApi
  }
}

/** True when the preload exposed the bridge (false when the page is opened outside the app). */
export function bridgeAvailable(): boolean {
  return typeof window.preflight === 'object' && window.preflight !== null
}

function bridge(): PreflightApi {
  const b = window.preflight
  if (b === undefined) throw new Error(t('boot.noBridge'))
  return b
}

/** What a call resolves to when the bridge itself broke (a rejected promise is always a bug). */
function brokenBridge(op: OperationName, err: unknown): IpcFailure {
  const detail = err instanceof Error ? err.message : String(err)
  return { ok: false, code: 'INTERNAL', message: `${op}: ${detail}` }
}

type Op<K extends OperationName> = PreflightOperations[K]

/**
 * Wrap one operation so it never rejects: an exception from the bridge becomes an `INTERNAL`
 * failure the screen can show like any other error.
 */
function wrap<K extends OperationName>(op: K): Op<K> {
  const fn = (async (...args: unknown[]): Promise<IpcResult<unknown>> => {
    try {
      const target = bridge()[op] as (...a: unknown[]) => Promise<IpcResult<unknown>>
      return await target(...args)
    } catch (err) {
      return brokenBridge(op, err)
    }
  }) as unknown as Op<K>
  return fn
}

/** The typed client. Subscriptions return a no-op unsubscribe when the bridge is missing. */
export const api: PreflightApi = Object.freeze({
  getAppInfo: wrap('getAppInfo'),
  getSettings: wrap('getSettings'),
  saveSettings: wrap('saveSettings'),
  runChecks: wrap('runChecks'),
  getRemediation: wrap('getRemediation'),
  openRemediationLink: wrap('openRemediationLink'),
  importRequestFile: wrap('importRequestFile'),
  importRequestText: wrap('importRequestText'),
  trustCiso: wrap('trustCiso'),
  previewAttestation: wrap('previewAttestation'),
  exportAttestation: wrap('exportAttestation'),
  listHistory: wrap('listHistory'),
  cisoOpenFolder: wrap('cisoOpenFolder'),
  cisoVerifyFolder: wrap('cisoVerifyFolder'),
  cisoListRoster: wrap('cisoListRoster'),
  cisoEnroll: wrap('cisoEnroll'),
  cisoRevoke: wrap('cisoRevoke'),
  cisoOffboard: wrap('cisoOffboard'),
  cisoExportCsv: wrap('cisoExportCsv'),
  importCisoKeyFile: wrap('importCisoKeyFile'),
  importCisoKeyText: wrap('importCisoKeyText'),
  pinCisoKey: wrap('pinCisoKey'),
  cisoVerifyDropped: wrap('cisoVerifyDropped'),
  getPractices: wrap('getPractices'),
  openPracticeHelp: wrap('openPracticeHelp'),
  getCampaignDomains: wrap('getCampaignDomains'),
  setLanguage: wrap('setLanguage'),
  // v1.9: CISO mode
  setCisoMode: wrap('setCisoMode'),
  cisoStatus: wrap('cisoStatus'),
  cisoUnlock: wrap('cisoUnlock'),
  cisoLock: wrap('cisoLock'),
  cisoChooseNewCampaignFolder: wrap('cisoChooseNewCampaignFolder'),
  cisoCreateCampaign: wrap('cisoCreateCampaign'),
  cisoPinCampaign: wrap('cisoPinCampaign'),
  cisoGetPolicy: wrap('cisoGetPolicy'),
  cisoCheckPolicy: wrap('cisoCheckPolicy'),
  cisoSignPolicy: wrap('cisoSignPolicy'),
  cisoImportPolicy: wrap('cisoImportPolicy'),
  cisoExportPolicy: wrap('cisoExportPolicy'),
  cisoReadStaffList: wrap('cisoReadStaffList'),
  cisoCheckStaffList: wrap('cisoCheckStaffList'),
  cisoIssueBulkRequests: wrap('cisoIssueBulkRequests'),
  cisoDashboard: wrap('cisoDashboard'),
  cisoRequestOverdue: wrap('cisoRequestOverdue'),
  cisoRequestOffboarding: wrap('cisoRequestOffboarding'),
  onCheckStarted: (cb) => (bridgeAvailable() ? bridge().onCheckStarted(cb) : () => undefined),
  onCheckResult: (cb) => (bridgeAvailable() ? bridge().onCheckResult(cb) : () => undefined),
  onVerifyProgress: (cb) => (bridgeAvailable() ? bridge().onVerifyProgress(cb) : () => undefined),
  onCisoKeyState: (cb) => (bridgeAvailable() ? bridge().onCisoKeyState(cb) : () => undefined),
} satisfies PreflightApi)
