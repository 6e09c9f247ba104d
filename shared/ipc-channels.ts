/**
 * IPC channel names and the method names of `window.preflight`: the part of the contract the
 * preload needs at run time. Kept free of zod and of the language catalogues so that the sandboxed
 * preload bundle stays small; shared/ipc-contract.ts re-exports everything here and holds the
 * schemas and types. Channel names are written here and nowhere else.
 */

/** Prefix of every channel; main ignores anything else. */
export const CHANNEL_PREFIX = 'preflight:'

/** The single main → renderer channel that carries `PreflightEvent`s (check results, verify progress). */
export const EVENT_CHANNEL = 'preflight:events:push'

/** Channel of each operation (key = the `PreflightApi` method name). */
export const CHANNELS = {
  getAppInfo: 'preflight:app:get-info',
  getSettings: 'preflight:settings:get',
  saveSettings: 'preflight:settings:save',
  runChecks: 'preflight:checks:run',
  getRemediation: 'preflight:remediation:get',
  openRemediationLink: 'preflight:remediation:open-link',
  importRequestFile: 'preflight:request:import-file',
  importRequestText: 'preflight:request:import-text',
  trustCiso: 'preflight:ciso-key:trust',
  previewAttestation: 'preflight:attestation:preview',
  exportAttestation: 'preflight:attestation:export',
  listHistory: 'preflight:history:list',
  cisoOpenFolder: 'preflight:campaign-folder:open',
  cisoVerifyFolder: 'preflight:attestations:verify-folder',
  cisoListRoster: 'preflight:roster:list',
  cisoEnroll: 'preflight:roster:enroll',
  cisoRevoke: 'preflight:roster:revoke',
  cisoOffboard: 'preflight:roster:offboard',
  cisoExportCsv: 'preflight:report:export-csv',
  importCisoKeyFile: 'preflight:ciso-key:import-file',
  importCisoKeyText: 'preflight:ciso-key:import-text',
  pinCisoKey: 'preflight:ciso-key:pin',
  cisoVerifyDropped: 'preflight:attestations:verify-dropped',
  getPractices: 'preflight:practices:get',
  openPracticeHelp: 'preflight:practices:open-help',
  getCampaignDomains: 'preflight:domains:get',
  setLanguage: 'preflight:settings:set-language',
  // v1.9 (CISO mode: mode choice, campaign key session)
  setCisoMode: 'preflight:settings:set-ciso-mode',
  cisoStatus: 'preflight:campaign:status',
  cisoUnlock: 'preflight:ciso-session:unlock',
  cisoLock: 'preflight:ciso-session:lock',
  // v1.9 (CISO mode: create a campaign, confirm one on a new computer)
  cisoChooseNewCampaignFolder: 'preflight:campaign:choose-new-folder',
  cisoCreateCampaign: 'preflight:campaign:create',
  cisoPinCampaign: 'preflight:campaign:pin',
  // v1.9 (CISO mode: the policy editor)
  cisoGetPolicy: 'preflight:policy:get',
  cisoCheckPolicy: 'preflight:policy:check',
  cisoSignPolicy: 'preflight:policy:sign',
  cisoImportPolicy: 'preflight:policy:import',
  cisoExportPolicy: 'preflight:policy:export',
  // issue 10: requests in bulk and the campaign dashboard (CISO mode)
  cisoReadStaffList: 'preflight:staff-list:read-file',
  cisoCheckStaffList: 'preflight:staff-list:check',
  cisoIssueBulkRequests: 'preflight:requests:issue-bulk',
  cisoDashboard: 'preflight:dashboard:get',
  cisoRequestOverdue: 'preflight:requests:issue-overdue',
  cisoRequestOffboarding: 'preflight:requests:issue-offboarding',
} as const satisfies Readonly<Record<string, `preflight:${string}:${string}`>>

/** Name of an operation (a `PreflightApi` method that calls main). */
export type OperationName = keyof typeof CHANNELS

/** Every operation name, in contract order (preload, fakes and tests iterate this). */
export const OPERATION_NAMES = Object.keys(CHANNELS) as readonly OperationName[]

/** Names of the subscription methods (preload, fakes and contract tests use this). */
export const SUBSCRIPTION_NAMES = [
  'onCheckStarted',
  'onCheckResult',
  'onVerifyProgress',
  // v1.9
  'onCisoKeyState',
] as const
export type SubscriptionName = (typeof SUBSCRIPTION_NAMES)[number]

/** Which event type each subscription receives. */
export const SUBSCRIPTION_EVENT = {
  onCheckStarted: 'check-started',
  onCheckResult: 'check-result',
  onVerifyProgress: 'verify-progress',
  onCisoKeyState: 'ciso-key-state',
} as const satisfies Readonly<Record<SubscriptionName, string>>

/** Every key of `window.preflight`, for contract tests (preload and fakes must expose exactly these). */
export const API_KEYS: readonly string[] = [...OPERATION_NAMES, ...SUBSCRIPTION_NAMES]
