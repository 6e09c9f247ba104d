/**
 * The one IPC contract between the renderer and the Electron main process.
 *
 * CHANGE NOTES (for renderer/ and main/ authors): this file only grows. Existing operations, fields
 * and channel names keep their meaning; new ones are added below the existing ones and listed here.
 * - v1 (initial): the operations of REQUEST_SCHEMAS / CHANNELS, the three event subscriptions.
 * - v1.1: KeyProtection, VerifyOutcome, VerifyRow and
 *   RosterEntry now use the values of shared/attestation-types.ts and shared/roster-types.ts (the
 *   attestation engineers' definitions): e.g. 'os-keychain' not 'macos-keychain', 'ACCEPTED' not 'PASS'.
 * - v1.2: settings staffId/deviceLabel use the attestation format's patterns (they end up
 *   in file names); new operations importCisoKeyFile / importCisoKeyText / pinCisoKey (pin the CISO key
 *   without a request); RequestSummary.org is always '' (requests carry no organisation).
 * - v1.3: AttestationPreview.missingChecklist (optional): a preview for offboarding with
 *   unticked items returns the checklist and no statement instead of failing.
 * - v1.4: new operation cisoVerifyDropped({files: [{name, text} | {name, problem}]}): verify attestation
 *   files dropped onto the window. The renderer reads the contents itself (File API) and sends them,
 *   never a path; limits in DROPPED_LIMITS. Answers with a VerifyFolderResult whose folderName is null.
 * - v1.5: VerifyOutcome gains AMBIGUOUS_SIGNER, BEFORE_REQUEST, REQUEST_WINDOW_CLOSED and
 *   CONTESTED_REQUEST (docs/ciso.md, reason codes). A folder's entries that are not regular files
 *   (symbolic links, FIFOs, sockets, devices) come back as MALFORMED rows saying why they were skipped.
 * - v1.6: error codes CAMPAIGN_UNTRUSTED (a refused campaign folder; the message names the reason
 *   and the good backup) and CISO_KEY_LOCKED (recording needs the unlocked CISO key).
 * - v1.7: AttestationPreview.summary.deviceProfile (optional): the device profile that will be signed
 *   (maker, model, chassis, VM, firmware; shared/device-profile.ts), null when the run has none.
 * - v1.8 (practices): new operations getPractices({purpose}) (the policy's practices for a purpose,
 *   with what the last run measured, words in the settings' language), openPracticeHelp({helpId})
 *   (main opens a vendor help page of the fixed catalogue shared/practices-help.ts, https only) and
 *   getCampaignDomains() (the policy's official and look-alike web addresses); previewAttestation /
 *   exportAttestation take `confirmed` (optional: ids of the practices the staffer confirmed; the old
 *   `checklist` ids still count as confirmed); AttestationPreview.practices / practicesResult (optional);
 *   VerifyRow and RosterEntry practicesResult / unmetPractices (optional).
 * - v1.9 (languages): Settings.language is 'system' (follow the operating system, the default) or a
 *   language of shared/i18n LANGUAGES; AppInfo.systemLanguage is the language the operating system
 *   asks for (its first preferred language we have, else 'en'); new operation setLanguage({language})
 *   saves only the language (usable before a staff id exists). CheckResult.text (optional): the
 *   check's texts as catalogue messages, rendered by the renderer in the chosen language; the
 *   English fields stay the canonical text. Remediation and practice words come in the chosen
 *   language. PracticeView.measured.text (optional): the measurement's texts as messages, the same
 *   way.
 * - v1.9 (CISO mode, issue 10): Settings.cisoMode (optional; true once the user chose to act as the
 *   campaign's security lead) and setCisoMode({on}); cisoStatus() (the open campaign and the state of
 *   its key session); cisoUnlock({passphrase}) / cisoLock() (the CISO key is unlocked once per session
 *   of work in main, never in the renderer; main locks it again after CISO_IDLE_LOCK_MS without a CISO
 *   operation); the subscription onCisoKeyState (event 'ciso-key-state'); CampaignFolderInfo.location
 *   (optional, display only: where the folder is, for the backup advice). A passphrase crosses IPC
 *   once per unlock and is never stored, logged or sent back. Creating a campaign:
 *   cisoChooseNewCampaignFolder({name}) (main's folder dialog; main keeps the chosen place) then
 *   cisoCreateCampaign({name, passphrase}) (key, roster, pinning; the new campaign is opened with its
 *   key unlocked). A folder this computer never confirmed: cisoOpenFolder answers with `pin` (the
 *   fingerprint to compare) and cisoPinCampaign({fingerprint}) pins it (a changed key is refused).
 *   The policy editor: cisoGetPolicy() (the newest accepted policy in its explicit file form, or the
 *   defaults), cisoCheckPolicy({text}) (validated in main with the CLI's schema: problems by path, the
 *   field-level diff against the newest accepted policy, the version it will get),
 *   cisoSignPolicy({text, version}) (version = last + 1 for its id, anti-rollback as `ciso policy
 *   sign`), cisoImportPolicy() / cisoExportPolicy({text}) (main's file dialogs; the exported file is
 *   the unsigned policy the CLI signs).
 * - v1.9, continued (issue 10, requests in bulk and the campaign dashboard): new operations
 *   cisoReadStaffList() (main's open dialog; returns the CSV text for the paste box),
 *   cisoCheckStaffList({text, purpose?}) (parse only), cisoIssueBulkRequests({text, purpose?,
 *   validDays?}) (main's folder dialog; one signed request per staffer and index.csv in a new folder),
 *   cisoDashboard() (the CampaignDashboard summary of the signed roster), cisoRequestOverdue({validDays?})
 *   and cisoRequestOffboarding({staffIds} | {allMissing: true}, validDays?) (bulk requests to the
 *   dashboard's overdue staff / offboarding staff; folder dialog in main). Issuing operations fail
 *   with CISO_KEY_LOCKED before any dialog when the key is locked.
 * - v1.10 (main's words in the reader's language): IpcFailure.text, AppNotice.text,
 *   KeyStoreInfo.messageText and RequestSummary.warningTexts (optional): the same sentences as
 *   `message` / `warnings` as messages of the `main` catalogue section (shared/i18n/<lang>/main.ts),
 *   which the renderer renders in the chosen language. The English fields stay (logs, old callers)
 *   and are what a failure without `text` shows (words main/staff, main/ciso and main/attestation
 *   still write in English; the renderer marks them lang="en"). File-dialog titles are rendered in
 *   main in the effective language.
 *   Continued: VerifyRow.detailText (the verifier's reason, main.verify.*) and
 *   StaffListProblem.text (a staff list's problem, main.staffList.*), optional, beside the English.
 * - renderer/index.html's CSP meta must be exactly CONTENT_SECURITY_POLICY_META from shared/csp.ts
 *   (tests/security/csp.test.ts compares them).
 *
 * Rules this file encodes (docs/electron-security.md, "The IPC contract"):
 * - Channel names are written here and nowhere else; all start with `preflight:` and have the form
 *   `preflight:<noun>:<verb>`. Main refuses every other channel.
 * - Every request argument has a zod schema; main validates the `unknown` it receives with it before
 *   any service code runs. The renderer's TypeScript types are inferred from the same schemas.
 * - The renderer sees `window.preflight`, a frozen object with one function per operation
 *   (`PreflightApi`). No ipcRenderer, no IPC event objects, no "sign these bytes", no URLs or file
 *   paths chosen by the renderer: main opens dialogs itself and looks deep links up by remediation id.
 * - Every call resolves to an `IpcResult`: `{ ok: true, value }` or `{ ok: false, code, message }`.
 *   Calls never reject for expected failures; a rejected promise means a bug or a broken bridge.
 */
import { z } from 'zod'
import { CHANNELS, type OperationName } from './ipc-channels'
import { CISO_PASSPHRASE_MIN, DROPPED_LIMITS } from './ipc-limits'

export { CISO_PASSPHRASE_MIN, DROPPED_LIMITS }

export { groupFingerprint } from './fingerprint'

export {
  API_KEYS,
  CHANNEL_PREFIX,
  CHANNELS,
  EVENT_CHANNEL,
  OPERATION_NAMES,
  SUBSCRIPTION_EVENT,
  SUBSCRIPTION_NAMES,
  type OperationName,
  type SubscriptionName,
} from './ipc-channels'
import { DEVICE_LABEL_HINT, DEVICE_LABEL_PATTERN, STAFF_ID_HINT, STAFF_ID_PATTERN } from './attestation-types'
import type { AttestedDeviceProfile } from './attestation-types'
import type { CheckId, CheckResult, CheckStatus, OverallStatus, Platform, Report } from './check-types'
import { LANGUAGES, type Language } from './i18n'
import type { Msg } from './i18n/msg'
import type {
  AttestedPractice,
  DomainUse,
  MeasurementOutcome,
  PracticeLevel,
  PracticeMeasurementText,
  PracticesResult,
} from './practices'
import { PRACTICE_HELP_IDS, type PracticeHelpId } from './practices-help'
import type { PolicyFile } from './policy'
import {
  STAFF_LIST_MAX_CHARS,
  type BulkRequestsResult,
  type StaffListCheck,
  type StaffListFile,
} from './bulk-request-types'
import type { CampaignDashboard } from './dashboard-types'

export type * from './bulk-request-types'
export type * from './dashboard-types'

// ---------------------------------------------------------------------------------------------
// Request argument schemas (validated in main; input types inferred for the renderer)
// ---------------------------------------------------------------------------------------------

/** No argument at all. */
const noArgs = z.undefined()

/** Printable text without control characters (line breaks, NUL, bidi overrides are refused). */
const printable = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s), {
      message: 'must not contain control characters',
    })

/** Why the renderer could not send a dropped file's contents (main reports it as MALFORMED). */
export const DROPPED_PROBLEMS = ['not-json', 'too-large', 'unreadable'] as const
export type DroppedProblem = (typeof DROPPED_PROBLEMS)[number]

/** A plain file name: no path separators, no control characters, not "." or "..". */
const droppedName = z
  .string()
  .min(1, 'must not be empty')
  .max(DROPPED_LIMITS.maxNameLength, `must be at most ${DROPPED_LIMITS.maxNameLength} characters`)
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[/\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s), {
    message: 'must be a plain file name (no path separators or control characters)',
  })
  .refine((s) => s !== '.' && s !== '..', { message: 'must be a plain file name' })

/** One dropped file: its contents, or why the renderer could not send them. */
const droppedFile = z.union([
  z
    .object({
      name: droppedName,
      text: z
        .string()
        .max(
          DROPPED_LIMITS.maxTextLength,
          `a dropped file is at most ${DROPPED_LIMITS.maxTextLength} characters`,
        ),
    })
    .strict(),
  z.object({ name: droppedName, problem: z.enum(DROPPED_PROBLEMS) }).strict(),
])

/** Arguments of cisoVerifyDropped (exported for tests). */
export const droppedFilesSchema = z
  .object({
    files: z
      .array(droppedFile)
      .min(1, 'drop at least one file')
      .max(DROPPED_LIMITS.maxFiles, `at most ${DROPPED_LIMITS.maxFiles} files at once`),
  })
  .strict()
  .refine(
    (r) =>
      r.files.reduce((n, f) => n + ('text' in f ? f.text.length : 0), 0) <= DROPPED_LIMITS.maxTotalLength,
    { message: `the dropped files are larger than ${DROPPED_LIMITS.maxTotalLength} characters together` },
  )

/** A full Ed25519 key fingerprint: lowercase hex sha256 of the SPKI DER (64 characters). */
export const fingerprintSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex characters')

/** Why an attestation is made. */
export const PURPOSES = ['onboarding', 'periodic', 'offboarding'] as const
export type Purpose = (typeof PURPOSES)[number]

/** A language setting: follow the operating system, or one of the languages we have. */
const languageSchema = z
  .string()
  .refine((s): s is LanguageSetting => s === 'system' || Object.prototype.hasOwnProperty.call(LANGUAGES, s), {
    message: 'unknown language',
  })

/** A staff id as the attestation format allows it. */
const staffIdInput = z.string().trim().regex(STAFF_ID_PATTERN, STAFF_ID_HINT)

/**
 * Settings a staffer can edit, with the attestation format's patterns (shared/attestation-types.ts):
 * both end up in file names and in signed statements, so main refuses anything else up front.
 */
export const settingsInputSchema = z
  .object({
    /** The staff identity the CISO assigned, e.g. "alice@campaign.example". */
    staffId: staffIdInput,
    /** A name for this laptop, e.g. "alice-laptop"; appears in file names. */
    deviceLabel: z.string().trim().regex(DEVICE_LABEL_PATTERN, DEVICE_LABEL_HINT),
    language: languageSchema,
  })
  .strict()

/** Ids of practices (and of old checklist items): lower-case letters, digits and dashes. */
const practiceIds = (max: number) =>
  z
    .array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/))
    .max(max)
    .refine((a) => new Set(a).size === a.length, { message: 'must not repeat an item' })

const attestationArgs = z
  .object({
    purpose: z.enum(PURPOSES),
    /** Ids of the offboarding checklist items the staffer ticked (from `AttestationPreview.checklist`). */
    checklist: practiceIds(50),
    /** (v1.5) Ids of the practices the staffer confirmed (from `getPractices`). */
    confirmed: practiceIds(100).optional(),
  })
  .strict()

/**
 * A passphrase typed by the CISO: sent to main once, never trimmed (spaces count), never echoed in an
 * error message (zod's messages name the rule, not the value).
 */
const passphraseInput = z.string().min(1, 'type the passphrase').max(1024, 'at most 1024 characters')

/** A policy as JSON text from the editor (validated in main with the policy schema). */
const policyText = z
  .string()
  .min(1)
  .max(4 * 1024 * 1024, 'a policy is at most 4 MiB')

/** An opaque id main handed out (run ids, verify row ids). */
const opaqueId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id')

/** A staff list pasted or read from a file (checked and parsed in main: main/ciso/staff-list.ts). */
const staffListArgs = z
  .object({
    text: z.string().min(1, 'the list is empty').max(STAFF_LIST_MAX_CHARS, 'the list is larger than 4 MB'),
    /** The purpose of lines whose purpose cell is empty (or of a list without a purpose column). */
    purpose: z.enum(PURPOSES).optional(),
  })
  .strict()

/** Days staff have to answer a request (the CLI's --valid-days). */
const validDays = z.number().int().min(1).max(365).optional()

/** Argument schemas of every operation (key = the `PreflightApi` method name). */
export const REQUEST_SCHEMAS = {
  getAppInfo: noArgs,
  getSettings: noArgs,
  saveSettings: settingsInputSchema,
  runChecks: noArgs,
  getRemediation: z.object({ remediationId: z.string().min(1).max(128) }).strict(),
  openRemediationLink: z.object({ remediationId: z.string().min(1).max(128) }).strict(),
  importRequestFile: noArgs,
  importRequestText: z
    .object({
      text: z
        .string()
        .min(1)
        .max(1024 * 1024, 'a request is at most 1 MiB'),
    })
    .strict(),
  trustCiso: z.object({ fingerprint: fingerprintSchema }).strict(),
  previewAttestation: attestationArgs,
  exportAttestation: attestationArgs.extend({ deleteKeyAfter: z.boolean().optional() }).strict(),
  listHistory: noArgs,
  cisoOpenFolder: noArgs,
  cisoVerifyFolder: noArgs,
  cisoListRoster: noArgs,
  cisoEnroll: z.object({ rowId: opaqueId, staffId: staffIdInput, fingerprint: fingerprintSchema }).strict(),
  cisoRevoke: z.object({ fingerprint: fingerprintSchema, reason: printable(500).optional() }).strict(),
  cisoOffboard: z.object({ fingerprint: fingerprintSchema }).strict(),
  cisoExportCsv: z.object({ what: z.enum(['verification', 'roster']) }).strict(),
  // v1.2 additions
  importCisoKeyFile: noArgs,
  importCisoKeyText: z
    .object({
      text: z
        .string()
        .min(1)
        .max(64 * 1024),
    })
    .strict(),
  pinCisoKey: z.object({ fingerprint: fingerprintSchema }).strict(),
  // v1.4 additions
  cisoVerifyDropped: droppedFilesSchema,
  // v1.5 additions
  getPractices: z.object({ purpose: z.enum(PURPOSES) }).strict(),
  openPracticeHelp: z.object({ helpId: z.enum(PRACTICE_HELP_IDS) }).strict(),
  getCampaignDomains: noArgs,
  // v1.9 additions
  setLanguage: z.object({ language: languageSchema }).strict(),
  // v1.9 additions (CISO mode)
  setCisoMode: z.object({ on: z.boolean() }).strict(),
  cisoStatus: noArgs,
  cisoUnlock: z.object({ passphrase: passphraseInput }).strict(),
  cisoLock: noArgs,
  cisoChooseNewCampaignFolder: z.object({ name: printable(100) }).strict(),
  cisoCreateCampaign: z
    .object({
      name: printable(100),
      passphrase: z
        .string()
        .min(CISO_PASSPHRASE_MIN, `at least ${CISO_PASSPHRASE_MIN} characters`)
        .max(1024, 'at most 1024 characters'),
    })
    .strict(),
  cisoPinCampaign: z.object({ fingerprint: fingerprintSchema }).strict(),
  cisoGetPolicy: noArgs,
  cisoCheckPolicy: z.object({ text: policyText }).strict(),
  cisoSignPolicy: z
    .object({ text: policyText, version: z.number().int().min(1).max(2_147_483_647) })
    .strict(),
  cisoImportPolicy: noArgs,
  cisoExportPolicy: z.object({ text: policyText }).strict(),
  // v1.9 additions (issue 10: requests in bulk, dashboard)
  cisoReadStaffList: noArgs,
  cisoCheckStaffList: staffListArgs,
  cisoIssueBulkRequests: staffListArgs.extend({ validDays }).strict(),
  cisoDashboard: noArgs,
  cisoRequestOverdue: z.object({ validDays }).strict(),
  cisoRequestOffboarding: z.union([
    z
      .object({
        staffIds: z
          .array(staffIdInput)
          .min(1, 'choose at least one staffer')
          .max(5000)
          .refine((a) => new Set(a.map((s) => s.toLowerCase())).size === a.length, {
            message: 'must not repeat a staff id',
          }),
        validDays,
      })
      .strict(),
    z.object({ allMissing: z.literal(true), validDays }).strict(),
  ]),
} as const

/** Every operation has a schema and every schema an operation (checked at compile time). */
const _schemasCoverChannels: Record<OperationName, unknown> = REQUEST_SCHEMAS
const _channelsCoverSchemas: Record<keyof typeof REQUEST_SCHEMAS, unknown> = CHANNELS
void _schemasCoverChannels
void _channelsCoverSchemas

/** Argument type of an operation, as the renderer passes it. */
export type RequestOf<K extends OperationName> = z.input<(typeof REQUEST_SCHEMAS)[K]>
/** Argument type of an operation after validation in main. */
export type ValidRequestOf<K extends OperationName> = z.output<(typeof REQUEST_SCHEMAS)[K]>

export type SettingsInput = z.input<typeof settingsInputSchema>
export type AttestationArgs = z.input<typeof attestationArgs>
export type ExportAttestationArgs = RequestOf<'exportAttestation'>

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

/**
 * Why an operation failed. The renderer shows `message` (already written for a staffer or CISO) and
 * may branch on `code`.
 */
export const IPC_ERROR_CODES = [
  /** The arguments did not match the schema (a renderer bug). */
  'INVALID_ARGUMENT',
  /** The call came from a frame main does not trust. */
  'FORBIDDEN',
  /** Unknown remediation id, roster entry, row id… */
  'NOT_FOUND',
  /** Another run of the same kind is in progress. */
  'BUSY',
  /** Settings (staff id, device label) must be saved first. */
  'SETTINGS_REQUIRED',
  /** No check run yet in this session (attestations are built only from main's own results). */
  'NO_REPORT',
  /** The request is not valid JSON / not a request / fields missing. */
  'REQUEST_MALFORMED',
  /** The request's signature does not verify. */
  'REQUEST_BAD_SIGNATURE',
  /** The request has expired (or is not valid yet). */
  'REQUEST_EXPIRED',
  /** The request carries a lower policy version than one already accepted. */
  'POLICY_ROLLBACK',
  /** The request was signed by a key other than the pinned CISO key. */
  'CISO_KEY_MISMATCH',
  /** No CISO key is trusted yet, or the confirmed fingerprint does not match the pending one. */
  'CISO_NOT_TRUSTED',
  /** The OS key store cannot be used (e.g. locked keychain). */
  'KEY_STORE_UNAVAILABLE',
  /** Only for offboarding, or not allowed now. */
  'NOT_ALLOWED',
  /** No campaign folder is open (CISO mode). */
  'NO_CAMPAIGN_FOLDER',
  /**
   * The campaign folder was refused: its signed roster does not verify, is older than what this
   * computer saw, its key is not the pinned one, or the key was never confirmed here. The message
   * starts with the named reason (ROSTER_BAD_SIGNATURE, ROSTER_ROLLBACK, CAMPAIGN_KEY_CHANGED, …).
   */
  'CAMPAIGN_UNTRUSTED',
  /** The CISO key must be unlocked (passphrase) before trust decisions can be recorded. */
  'CISO_KEY_LOCKED',
  /** A file could not be read or written. */
  'IO_ERROR',
  /** An unexpected error; `message` says what to report. */
  'INTERNAL',
] as const
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number]

/** A failed call. */
export interface IpcFailure {
  readonly ok: false
  readonly code: IpcErrorCode
  /** The sentence in English (logs, old callers; shown when `text` is absent). */
  readonly message: string
  /** (v1.10) The same sentence as a message of the `main` catalogue, for the reader's language. */
  readonly text?: Msg
}

/** What every operation resolves to. */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | IpcFailure

/**
 * What protects the device signing key at rest (shown to the user and recorded in attestations).
 * Same values as KeyProtection in shared/attestation-types.ts (the attestation format's definition).
 * - os-keychain / dpapi / libsecret / kwallet: wrapped by the OS secret store (Electron safeStorage);
 *   dpapi protects from other users, not from the same user's other apps.
 * - basic-text: safeStorage's Linux fallback with a hard-coded password: treat as unprotected.
 * - passphrase-scrypt-aes256gcm: encrypted with a passphrase the staffer typed.
 * - file-0600-unencrypted: a plain file readable only by the user (CLI without passphrase, tests).
 */
export type KeyProtection =
  | 'passphrase-scrypt-aes256gcm'
  | 'file-0600-unencrypted'
  | 'os-keychain'
  | 'dpapi'
  | 'libsecret'
  | 'kwallet'
  | 'basic-text'

/** The device signing key, as far as the renderer needs to know it. Never key material. */
export interface DeviceKeyInfo {
  /** Lowercase hex sha256 of the SPKI DER (64 chars). */
  readonly fingerprint: string
  /** For reading aloud: the first 32 hex chars in groups of 4, e.g. "aade c1b6 876d 66c1 e7c4 0938 4b86 74dc". */
  readonly fingerprintGrouped: string
  readonly protection: KeyProtection
}

/** The key store's state, so the UI can warn before a key is created. */
export interface KeyStoreInfo {
  readonly available: boolean
  readonly protection: KeyProtection
  /** True for basic-text / file-0600-unencrypted: the UI must tell the user the key is not protected by the OS. */
  readonly weak: boolean
  /** A sentence for the user when unavailable or weak; null otherwise. */
  readonly message: string | null
  /** (v1.10) `message` as a message of the `main` catalogue (absent when `message` is null). */
  readonly messageText?: Msg
}

/** A CISO public key as shown for out-of-band confirmation. */
export interface CisoKeyInfo {
  readonly fingerprint: string
  readonly fingerprintGrouped: string
}

/**
 * Result of importing the CISO's public key (ciso.pub.pem, picked or pasted). Nothing is pinned yet:
 * - `needs-confirmation`: compare `ciso.fingerprintGrouped` with the CISO out of band, then call
 *   `pinCisoKey({ fingerprint: ciso.fingerprint })`;
 * - `already-trusted`: this key is already pinned;
 * - `different-key-pinned`: another key is pinned; Preflight refuses to replace it from the app (an
 *   impostor would ask exactly that); the CLI's `preflight trust --replace` does it deliberately.
 */
export interface CisoKeyImport {
  readonly cancelled: boolean
  readonly ciso: CisoKeyInfo | null
  readonly status: 'needs-confirmation' | 'already-trusted' | 'different-key-pinned' | null
}

/** A CISO-signed request after verification (or pending confirmation of the CISO key). */
export interface RequestSummary {
  readonly requestId: string
  /** Organisation name; empty because requests carry none (kept for compatibility). */
  readonly org: string
  /** The staff id the CISO addressed the request to. */
  readonly staffId: string
  readonly purpose: Purpose
  readonly issuedAt: string
  readonly notAfter: string
  readonly policy: { readonly id: string; readonly version: number }
  /** The key that signed the request. */
  readonly ciso: CisoKeyInfo
  /**
   * - `trusted`: signed by the pinned CISO key; the request is now the active one.
   * - `needs-confirmation`: no CISO key pinned yet, but the request verifies with a CISO public key
   *   that came with it (a PEM block pasted together with the request, a `ciso.pub.pem` in the same
   *   folder as the picked file, or an earlier importCisoKey*). Compare `ciso.fingerprintGrouped` with
   *   the CISO out of band, then call `trustCiso({ fingerprint: ciso.fingerprint })`, which pins the
   *   key and activates the request. With no key at all, import fails with CISO_NOT_TRUSTED.
   */
  readonly status: 'trusted' | 'needs-confirmation'
  /** Warnings to show (e.g. the staff id differs from the one in settings). */
  readonly warnings: readonly string[]
  /** (v1.10) The same warnings as messages of the `main` catalogue, in the same order. */
  readonly warningTexts?: readonly Msg[]
}

/** A notice main wants the user to see once (e.g. settings were reset after corruption). */
export interface AppNotice {
  readonly kind: 'settings-recovered'
  /** Text for the user (English). */
  readonly message: string
  /** (v1.10) `message` as a message of the `main` catalogue. */
  readonly text?: Msg
  /** File name (no directory) the unreadable file was moved to. */
  readonly movedTo: string
}

/** Everything the first screen needs. */
export interface AppInfo {
  readonly platform: Platform
  readonly arch: string
  readonly version: string
  /** True when checks replay a recorded transcript instead of reading this machine (tests, demos). */
  readonly replayed: boolean
  /** Null until the first attestation creates the key. */
  readonly deviceKey: DeviceKeyInfo | null
  readonly keyStore: KeyStoreInfo
  readonly trustedCiso: CisoKeyInfo | null
  readonly activeRequest: RequestSummary | null
  /** Notices to show on this load (each is returned once). */
  readonly notices: readonly AppNotice[]
  /** (v1.9) The operating system's language among ours (its first preferred one we have, else 'en'). */
  readonly systemLanguage: Language
}

/** The language setting: `system` follows the operating system (the default), or a chosen language. */
export type LanguageSetting = 'system' | Language

/** Saved settings (empty strings until the staffer fills them in). */
export interface Settings {
  readonly staffId: string
  readonly deviceLabel: string
  /** (v1.9) 'system' or a chosen language; the language shown is `effectiveLanguage(language, AppInfo.systemLanguage)`. */
  readonly language: LanguageSetting
  /**
   * (v1.9) True once the user chose to act as the campaign's security lead (or opened a campaign
   * folder): the CISO screens are then offered beside the staff ones. Absent or false: staff only.
   */
  readonly cisoMode?: boolean
}

/** A guided fix, in the settings' language. */
export interface RemediationView {
  readonly id: string
  readonly title: string
  readonly why: string
  readonly steps: readonly string[]
  readonly duration: string
  readonly minutes: number
  readonly continuesInBackground: boolean
  /** True when `openRemediationLink` can open a settings page for this fix. */
  readonly hasDeepLink: boolean
  /** The settings URI itself, for display only (the renderer never opens it). */
  readonly deepLink: string | null
}

/** One check in an attestation summary. */
export interface CheckStatusLine {
  readonly id: CheckId
  readonly status: CheckStatus
}

/** What `previewAttestation` shows before anything is signed. */
export interface AttestationPreview {
  /** The exact in-toto Statement JSON text that `exportAttestation` will sign (same inputs, same bytes). */
  readonly statementJson: string
  readonly fileName: string
  readonly summary: {
    readonly purpose: Purpose
    readonly staffId: string
    readonly deviceLabel: string
    readonly overall: OverallStatus
    readonly collectedAt: string
    readonly expiresAt: string
    readonly requestId: string | null
    readonly policy: { readonly id: string; readonly version: number }
    readonly checks: readonly CheckStatusLine[]
    /** Null when the key does not exist yet (it is created on export). */
    readonly deviceKey: DeviceKeyInfo | null
    /** (v1.5) The device profile as signed (descriptive only), null when the run has none. */
    readonly deviceProfile?: AttestedDeviceProfile | null
  }
  /** The policy's offboarding checklist (to tick for purpose 'offboarding'). */
  readonly checklist: readonly { readonly id: string; readonly text: string }[]
  /** (v1.5) Exactly what the statement says about each practice, with its title for display. */
  readonly practices?: readonly (AttestedPractice & { readonly title: string })[]
  /** (v1.5) pass / fail / incomplete: whether every required practice is measured or confirmed. */
  readonly practicesResult?: PracticesResult
  /**
   * (v1.3) Offboarding items not ticked yet. While any is missing nothing can be signed:
   * `statementJson`, `fileName` and `summary.expiresAt` are empty and export fails with NOT_ALLOWED.
   */
  readonly missingChecklist?: readonly string[]
}

/** One campaign practice as the staff screens show it (words already in the settings' language). */
export interface PracticeView {
  readonly id: string
  readonly level: PracticeLevel
  /** How the policy asks for it: the staffer's confirmation, or a measurement with a declared fallback. */
  readonly evidence: 'declared' | 'measured'
  /**
   * What the last run measured (null for a declared practice, or before any run). `not-applicable`:
   * nothing to measure on this platform; the practice is then declared.
   */
  readonly measured: {
    readonly result: MeasurementOutcome
    readonly summary: string
    readonly observed: readonly string[]
    readonly reason: string | null
    /** The same texts as messages, rendered by the renderer in its language (display only). */
    readonly text?: PracticeMeasurementText
  } | null
  /** False when the measurement found it (nothing to confirm). */
  readonly confirmable: boolean
  readonly title: string
  readonly why: string
  /** Steps for this platform (or general steps). */
  readonly steps: readonly string[]
  readonly services: readonly {
    readonly id: string
    readonly name: string
    readonly steps: readonly string[]
  }[]
  /** Vendor help pages: `openPracticeHelp({helpId: id})` opens one; the URL is shown, never sent back. */
  readonly help: readonly { readonly id: PracticeHelpId; readonly label: string; readonly url: string }[]
}

/** Result of `getPractices`. */
export interface PracticesView {
  readonly purpose: Purpose
  readonly policy: { readonly id: string; readonly version: number }
  /** True once a run of this session measured the practices (before that, measured ones are unknown). */
  readonly measuredAt: string | null
  readonly items: readonly PracticeView[]
}

/** Result of `getCampaignDomains`: the policy's list, shown as is (nothing is looked up). */
export interface CampaignDomainsView {
  readonly policy: { readonly id: string; readonly version: number }
  readonly official: readonly { readonly domain: string; readonly use: DomainUse }[]
  readonly lookalikes: readonly string[]
}

/** Result of `exportAttestation`. `saved: false` means the user cancelled the save dialog. */
export interface ExportResult {
  readonly saved: boolean
  /** File name (no directory) when saved. */
  readonly fileName: string | null
  readonly deviceKey: DeviceKeyInfo | null
  /** True when the key was deleted after an offboarding export. */
  readonly keyDeleted: boolean
}

/** Result of opening a URL or file chosen by main. */
export interface OpenLinkResult {
  readonly opened: boolean
}

/** One entry in the local history (newest first). */
export type HistoryEntry =
  | {
      readonly kind: 'run'
      readonly at: string
      readonly overall: OverallStatus
      readonly replayed: boolean
      readonly checks: readonly CheckStatusLine[]
    }
  | {
      readonly kind: 'export'
      readonly at: string
      readonly purpose: Purpose
      readonly fileName: string
      readonly overall: OverallStatus
      readonly requestId: string | null
      readonly keyFingerprint: string
    }

/** Result of a dialog-driven import: `null` summary when the user cancelled. */
export interface ImportResult {
  readonly cancelled: boolean
  readonly request: RequestSummary | null
}

/** A campaign folder (CISO mode). */
export interface CampaignFolderInfo {
  /** Folder name (not the full path). */
  readonly name: string
  readonly org: string
  readonly ciso: CisoKeyInfo
  readonly rosterSize: number
  /** (v1.9) Where the folder is (full path, shown for the backup advice; never sent back by the renderer). */
  readonly location?: string
}

/** Why the campaign key is locked: not unlocked yet in this session, idle too long, or on request. */
export type CisoLockReason = 'not-unlocked' | 'idle' | 'request'

/** (v1.9) The CISO key session in main, as the renderer shows it. Never key material. */
export interface CisoKeyState {
  /** True while main holds the unlocked key of the open campaign (or a key stored without passphrase). */
  readonly unlocked: boolean
  /** Whether the open campaign's key has a passphrase; null when no campaign is open. */
  readonly hasPassphrase: boolean | null
  /** Why it is locked (null while unlocked). */
  readonly lockedBecause: CisoLockReason | null
  /** Minutes without a CISO operation after which main locks the key. */
  readonly idleLockMinutes: number
}

/** (v1.9) Result of cisoStatus: the campaign open in main (if any) and its key session. */
export interface CisoStatus {
  readonly folder: CampaignFolderInfo | null
  readonly key: CisoKeyState
}

export interface OpenFolderResult {
  readonly cancelled: boolean
  readonly folder: CampaignFolderInfo | null
  /**
   * (v1.9) This computer never confirmed the folder's campaign key: compare `pin.ciso` with the
   * fingerprint read to staff, then cisoPinCampaign({fingerprint}). `folder` is null meanwhile.
   */
  readonly pin?: CampaignPinView | null
}

/** (v1.9) A campaign folder waiting to be confirmed on this computer (nothing pinned yet). */
export interface CampaignPinView {
  readonly name: string
  /** Display only. */
  readonly location: string
  readonly org: string
  readonly ciso: CisoKeyInfo
  readonly revision: number
  readonly updatedAt: string
  readonly devices: number
}

/** (v1.9) A problem in a policy, at the path of its field (e.g. ["screenLock", "maxIdlePlusGraceSeconds"]). */
export interface PolicyProblem {
  readonly path: readonly (string | number)[]
  readonly message: string
}

/** (v1.9) The number fields of a policy (section.key). */
export type PolicyNumberField =
  | 'screenLock.maxIdlePlusGraceSeconds'
  | 'osVersion.patchGraceDays'
  | 'osVersion.maxDataAgeDays'
  | 'osVersion.maxUpgradeAgeDays'
  | 'browserUpdates.graceDays'
  | 'browserUpdates.maxDataAgeDays'
  | 'malwareProtection.maxSignatureAgeDays'
  | 'malwareProtection.maxXprotectAgeDays'
  | 'reattestation.intervalDays'

/** (v1.9) One change between the newest accepted policy and the edited one (the renderer words it). */
export type PolicyChange =
  | { readonly kind: 'id'; readonly from: string; readonly to: string }
  | {
      readonly kind: 'check-level'
      readonly check: CheckId
      readonly platform: Platform
      readonly from: 'required' | 'recommended' | 'off'
      readonly to: 'required' | 'recommended' | 'off'
    }
  | { readonly kind: 'number'; readonly field: PolicyNumberField; readonly from: number; readonly to: number }
  | {
      readonly kind: 'practice-added'
      readonly id: string
      readonly title: string
      readonly level: PracticeLevel
      readonly purposes: readonly Purpose[]
    }
  | { readonly kind: 'practice-removed'; readonly id: string; readonly title: string }
  | {
      readonly kind: 'practice-changed'
      readonly id: string
      readonly title: string
      /** `words`: title, why or steps reworded (from/to empty). */
      readonly what: 'level' | 'purposes' | 'evidence' | 'services' | 'help' | 'words'
      readonly from: readonly string[]
      readonly to: readonly string[]
    }
  | { readonly kind: 'domain-added' | 'domain-removed'; readonly domain: string; readonly use: DomainUse }
  | { readonly kind: 'lookalike-added' | 'lookalike-removed'; readonly domain: string }
  | {
      readonly kind: 'table'
      readonly table: 'osSupport' | 'browserReleases'
      /** dataAsOf of the table before / after; null: the bundled table. */
      readonly from: string | null
      readonly to: string | null
    }

/** (v1.9) A policy the campaign signed (the newest accepted one). */
export interface SignedPolicyInfo {
  readonly id: string
  readonly version: number
  readonly issuedAt: string
  readonly digest: string
}

/** (v1.9) Result of cisoGetPolicy: what the editor starts from. */
export interface PolicyEditorState {
  /** The newest accepted policy; null when the campaign signed none yet (the editor starts from the defaults). */
  readonly current: SignedPolicyInfo | null
  /** Its explicit file form (every field written out), or the defaults'. */
  readonly policy: PolicyFile
  /** Why the current policy's file could not be read (the editor then starts from the defaults). */
  readonly problem: string | null
}

/** (v1.9) Result of cisoCheckPolicy. */
export interface PolicyCheckResult {
  /** Empty when the policy is valid (then it can be signed). */
  readonly problems: readonly PolicyProblem[]
  /** The version it will be signed as (last signed for its id + 1); null when the id is invalid. */
  readonly nextVersion: number | null
  /** What it is compared with: the newest accepted policy, or null (the built-in defaults). */
  readonly against: SignedPolicyInfo | null
  /** Field-level changes against `against` (empty when invalid). */
  readonly changes: readonly PolicyChange[]
}

/** (v1.9) Result of cisoImportPolicy: the file's effective policy, or its problems. */
export interface PolicyImportResult {
  readonly cancelled: boolean
  readonly fileName: string | null
  /** The imported policy in its explicit form; null when the file is not a valid policy. */
  readonly policy: PolicyFile | null
  readonly problems: readonly PolicyProblem[]
}

/** (v1.9) Where a new campaign folder will be made (main keeps it for cisoCreateCampaign). */
export interface NewCampaignLocation {
  readonly cancelled: boolean
  /** The folder that will be created or used (display only); null when cancelled. */
  readonly location: string | null
}

/**
 * Outcome of verifying one attestation file: accepted, seen before, or the precise rejection reason
 * (same values as VerifyRowCode in shared/roster-types.ts).
 */
export type VerifyOutcome =
  | 'ACCEPTED'
  | 'ALREADY_RECORDED'
  | 'MALFORMED'
  | 'BAD_SIGNATURE'
  | 'UNKNOWN_KEY'
  | 'WRONG_TYPE'
  | 'SUBJECT_MISMATCH'
  | 'REVOKED_KEY'
  | 'IDENTITY_MISMATCH'
  | 'NONCE_UNKNOWN'
  | 'NONCE_REUSED'
  | 'EXPIRED'
  | 'FUTURE_DATED'
  | 'REPLAY'
  | 'POLICY_UNKNOWN'
  | 'AMBIGUOUS_SIGNER'
  | 'BEFORE_REQUEST'
  | 'REQUEST_WINDOW_CLOSED'
  | 'CONTESTED_REQUEST'

/** Posture of an accepted attestation: only `pass` means every required check passed. */
export type PostureResult = 'pass' | 'fail' | 'unknown'

/** One row of a folder verification. */
export interface VerifyRow {
  /** Opaque id for `cisoEnroll` (valid until the next verification). */
  readonly rowId: string
  readonly fileName: string
  readonly outcome: VerifyOutcome
  /** One sentence: why this outcome. */
  readonly detail: string
  /** (v1.10) `detail` as a message of the `main` catalogue; absent when it is another layer's English. */
  readonly detailText?: Msg
  readonly staffId: string | null
  readonly deviceLabel: string | null
  readonly purpose: Purpose | null
  readonly collectedAt: string | null
  /** Posture of an accepted (or already recorded) attestation; null for rejected files. */
  readonly result: PostureResult | null
  /** Fingerprint of the key that signed (or claims to have signed) the file, when known. */
  readonly keyFingerprint: string | null
  readonly keyFingerprintGrouped: string | null
  /** Required checks that were not `pass`. */
  readonly failingChecks: readonly string[]
  /** True when the file is an unknown key's self-signed onboarding attestation that can be enrolled. */
  readonly enrollable: boolean
  /** (v1.5) Practices judged against the issued policy; null when not judged (rejected file, old policy). */
  readonly practicesResult?: PracticesResult | null
  /** (v1.5) Required practices not measured or confirmed. */
  readonly unmetPractices?: readonly string[]
}

export interface VerifyFolderResult {
  readonly cancelled: boolean
  /** Name of the verified folder; null when cancelled or for dropped files (cisoVerifyDropped). */
  readonly folderName: string | null
  readonly rows: readonly VerifyRow[]
}

/** A device key in the CISO's roster (shared/roster-types.ts RosterRow plus display fields). */
export interface RosterEntry {
  readonly staffId: string
  readonly deviceLabel: string
  readonly platform: string
  readonly fingerprint: string
  readonly fingerprintGrouped: string
  readonly status: 'active' | 'revoked' | 'offboarded'
  readonly enrolledAt: string
  readonly revokedAt: string | null
  readonly lastCollectedAt: string | null
  readonly lastPurpose: string | null
  readonly lastResult: PostureResult | null
  readonly failingChecks: readonly string[]
  /** No accepted attestation within the stale window. */
  readonly stale: boolean
  /** (v1.5) Practices of the last accepted attestation; null when not judged. */
  readonly practicesResult?: PracticesResult | null
  /** (v1.5) Required practices the staffer has not confirmed (or that were not found). */
  readonly unmetPractices?: readonly string[]
}

export interface SaveFileResult {
  readonly saved: boolean
  readonly fileName: string | null
}

/** Response type of every operation. */
export interface ResponseTypes {
  getAppInfo: AppInfo
  getSettings: Settings
  saveSettings: Settings
  runChecks: Report
  getRemediation: RemediationView
  openRemediationLink: OpenLinkResult
  importRequestFile: ImportResult
  importRequestText: ImportResult
  trustCiso: RequestSummary
  previewAttestation: AttestationPreview
  exportAttestation: ExportResult
  listHistory: { readonly entries: readonly HistoryEntry[] }
  cisoOpenFolder: OpenFolderResult
  cisoVerifyFolder: VerifyFolderResult
  cisoListRoster: { readonly entries: readonly RosterEntry[] }
  cisoEnroll: RosterEntry
  cisoRevoke: RosterEntry
  cisoOffboard: RosterEntry
  cisoExportCsv: SaveFileResult
  importCisoKeyFile: CisoKeyImport
  importCisoKeyText: CisoKeyImport
  pinCisoKey: CisoKeyInfo
  cisoVerifyDropped: VerifyFolderResult
  getPractices: PracticesView
  openPracticeHelp: OpenLinkResult
  getCampaignDomains: CampaignDomainsView
  setLanguage: Settings
  setCisoMode: Settings
  cisoStatus: CisoStatus
  cisoUnlock: CisoKeyState
  cisoLock: CisoKeyState
  cisoChooseNewCampaignFolder: NewCampaignLocation
  cisoCreateCampaign: CampaignFolderInfo
  cisoPinCampaign: CampaignFolderInfo
  cisoGetPolicy: PolicyEditorState
  cisoCheckPolicy: PolicyCheckResult
  cisoSignPolicy: SignedPolicyInfo
  cisoImportPolicy: PolicyImportResult
  cisoExportPolicy: SaveFileResult
  cisoReadStaffList: StaffListFile
  cisoCheckStaffList: StaffListCheck
  cisoIssueBulkRequests: BulkRequestsResult
  cisoDashboard: CampaignDashboard
  cisoRequestOverdue: BulkRequestsResult
  cisoRequestOffboarding: BulkRequestsResult
}

export type ResponseOf<K extends OperationName> = ResponseTypes[K]

// ---------------------------------------------------------------------------------------------
// Events (main → renderer, one channel)
// ---------------------------------------------------------------------------------------------

/** Pushed on EVENT_CHANNEL. */
export type PreflightEvent =
  | { readonly type: 'check-started'; readonly runId: string; readonly id: CheckId }
  | { readonly type: 'check-result'; readonly runId: string; readonly result: CheckResult }
  | {
      readonly type: 'verify-progress'
      readonly runId: string
      readonly done: number
      readonly total: number
      /** The file just finished (null for the initial "found N files" event). */
      readonly fileName: string | null
    }
  | {
      /** (v1.9) The CISO key was unlocked or locked (also by main's idle timer). */
      readonly type: 'ciso-key-state'
      /** An id of this change (events on the one channel all carry one). */
      readonly runId: string
      readonly state: CisoKeyState
    }

/** Removes a subscription. */
export type Unsubscribe = () => void

// ---------------------------------------------------------------------------------------------
// The object the preload exposes as window.preflight
// ---------------------------------------------------------------------------------------------

type Call<K extends OperationName> = [RequestOf<K>] extends [undefined]
  ? () => Promise<IpcResult<ResponseOf<K>>>
  : (request: RequestOf<K>) => Promise<IpcResult<ResponseOf<K>>>

/** One function per operation, derived from REQUEST_SCHEMAS and ResponseTypes. */
export type PreflightOperations = { readonly [K in OperationName]: Call<K> }

/**
 * `window.preflight`: frozen, one function per operation plus four subscriptions. Each
 * subscription returns a function that removes it; callbacks receive plain data, never the IPC event.
 *
 * Operations (see the JSDoc of each response type):
 * - getAppInfo, getSettings, saveSettings(settings), setLanguage({language})
 * - runChecks(): runs all checks with the active request's policy (or the default), streams
 *   `check-started` / `check-result` events, resolves to the Report
 * - getRemediation({remediationId}), openRemediationLink({remediationId}): main opens the catalogue's
 *   fixed deep link (allow-listed schemes only)
 * - importRequestFile() (open dialog in main) / importRequestText({text}) → RequestSummary
 * - trustCiso({fingerprint}): pin the pending request's CISO key after out-of-band confirmation
 * - importCisoKeyFile() / importCisoKeyText({text}) then pinCisoKey({fingerprint}): pin the CISO key
 *   on its own (before any request)
 * - previewAttestation({purpose, checklist, confirmed?}) / exportAttestation({purpose, checklist,
 *   confirmed?, deleteKeyAfter?}) (save dialog in main)
 * - getPractices({purpose}), openPracticeHelp({helpId}) (main opens the fixed https help page),
 *   getCampaignDomains()
 * - listHistory()
 * - CISO: cisoOpenFolder(), cisoVerifyFolder() (progress events), cisoListRoster(),
 *   cisoEnroll({rowId, staffId, fingerprint}), cisoRevoke({fingerprint, reason?}),
 *   cisoOffboard({fingerprint}), cisoExportCsv({what}), cisoVerifyDropped({files}) (progress events;
 *   contents read by the renderer from dropped File objects, never paths)
 * - CISO mode (v1.9): setCisoMode({on}), cisoStatus(), cisoUnlock({passphrase}), cisoLock(),
 *   onCisoKeyState(cb), cisoChooseNewCampaignFolder({name}), cisoCreateCampaign({name, passphrase}),
 *   cisoPinCampaign({fingerprint}), cisoGetPolicy(), cisoCheckPolicy({text}),
 *   cisoSignPolicy({text, version}), cisoImportPolicy(), cisoExportPolicy({text})
 * - CISO, issue 10: cisoReadStaffList() (open dialog in main), cisoCheckStaffList({text, purpose?}),
 *   cisoIssueBulkRequests({text, purpose?, validDays?}) (folder dialog in main), cisoDashboard(),
 *   cisoRequestOverdue({validDays?}), cisoRequestOffboarding({staffIds} | {allMissing: true})
 */
export interface PreflightApi extends PreflightOperations {
  readonly onCheckStarted: (
    cb: (event: Extract<PreflightEvent, { type: 'check-started' }>) => void,
  ) => Unsubscribe
  readonly onCheckResult: (
    cb: (event: Extract<PreflightEvent, { type: 'check-result' }>) => void,
  ) => Unsubscribe
  readonly onVerifyProgress: (
    cb: (event: Extract<PreflightEvent, { type: 'verify-progress' }>) => void,
  ) => Unsubscribe
  readonly onCisoKeyState: (
    cb: (event: Extract<PreflightEvent, { type: 'ciso-key-state' }>) => void,
  ) => Unsubscribe
}

/** Build a failure result (main and fakes). */
export function ipcFailure(code: IpcErrorCode, message: string, text?: Msg): IpcFailure {
  return text === undefined ? { ok: false, code, message } : { ok: false, code, message, text }
}

/** Build a success result (main and fakes). */
export function ipcOk<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value }
}
