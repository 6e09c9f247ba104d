import { MAIN_STAFF_LIST_EN } from './main-staff-list'
import { MAIN_VERIFY_EN } from './main-verify'

/**
 * Words main writes for the app (docs/i18n.md, "main's messages"): the messages of expected failures
 * (`ServiceError`, sent over IPC as `IpcFailure.text`), notices, the key store's sentence, request
 * warnings and the titles of main's file dialogs. Keys `main.<what>`; values from the machine (file
 * names, ids, versions, error texts of the operating system) are placeholders.
 *
 * Main renders them in English for `message` (logs, old callers) and sends the message itself; the
 * renderer renders it in the reader's language. Dialog titles are rendered in main, in the effective
 * language (settings.language, else the system's).
 */
export const MAIN_EN = {
  // Failures of the app's own flow (main/services/app-services.ts)
  'main.error.checksRunning': 'The checks are already running; wait for them to finish.',
  'main.error.noFix': 'There is no guided fix called "{id}".',
  'main.error.noHelp': 'There is no help page called "{id}".',
  'main.error.internal': 'Something went wrong inside Preflight ({error}). Please report this.',

  // Files main reads for the staffer or the CISO
  'main.error.notAFile': '{file} is not a file.',
  'main.error.notARegularFile': '{file} is not a regular file.',
  'main.error.tooLarge.request': '{file} is too large to be a request.',
  'main.error.tooLarge.publicKey': '{file} is too large to be a public key.',
  'main.error.couldNotRead': 'Could not read {file}: {error}',
  'main.error.cannotRead': 'Cannot read {file}: {error}',

  // Staff: requests, the CISO key, attestations (main/services/staff-services.ts)
  'main.error.notARequest': 'This is not a Preflight request.',
  'main.error.requestBadCandidateSignature':
    "The request's signature does not verify with the security contact key that came with it. Do not use it; ask for a new one.",
  'main.error.cisoKeyUnknown':
    "Preflight does not know your security contact's key yet. Import their public key (ciso.pub.pem) first, or paste it together with the request.",
  'main.error.notAPublicKey': 'This is not a public key file (no "BEGIN PUBLIC KEY" block).',
  'main.error.settingsRequired': 'Enter your staff id and a name for this laptop first.',
  'main.error.noReport': 'Run the checks first: the attestation is built from their results.',
  'main.error.policyChanged':
    'The policy changed since the last run (a new request was imported). Run the checks again.',
  'main.error.wrongPurpose': 'The active request asks for a {requested} attestation, not {purpose}.',
  'main.error.checklistOnlyOffboarding':
    'The offboarding checklist only applies to offboarding attestations.',
  'main.error.noPendingRequest': 'There is no request waiting for this key; import the request again.',
  'main.error.importKeyAgain': 'Import the key again before confirming it.',
  'main.error.deleteKeyOnlyOffboarding':
    'The device key can only be deleted after an offboarding attestation.',
  'main.error.attestedMeanwhile':
    'Another attestation was made on this device meanwhile. Preview it again, then export.',
  'main.error.exportWrite': '{problem}. Export again to a different place.',
  'main.purpose.onboarding': 'onboarding',
  'main.purpose.periodic': 'periodic',
  'main.purpose.offboarding': 'offboarding',
  'main.warning.staffIdDiffers':
    'This request is addressed to "{requested}", but your settings say "{saved}". Use the staff id your security contact gave you.',
  'main.warning.alreadyAnswered':
    'You already answered this request; your security contact will see it as a repeat. Ask for a new one if needed.',

  // CISO mode (main/services/ciso-*.ts)
  'main.error.campaignExists': '{folder} already holds a campaign. Open it instead, or choose another place.',
  'main.error.tooManyCampaignFolders': 'Too many folders called {name} in {folder}; choose another place.',
  'main.error.cisoKeyLocked':
    'The campaign key is locked. Unlock it with its passphrase to record trust decisions (nothing was changed).',
  'main.error.wrongPassphrase':
    'That passphrase does not unlock the campaign key. Nothing was changed; type it again.',
  'main.error.openYourCampaignFirst': 'Open your campaign folder first.',
  'main.error.openTheCampaignFirst': 'Open the campaign folder first.',
  'main.error.chooseCampaignPlaceFirst': 'Choose where to keep the campaign folder first.',
  'main.error.deviceNotInRoster': 'That device is not in the roster.',
  'main.error.campaignKeyChanged':
    'CAMPAIGN_KEY_CHANGED: this computer pinned another key for this campaign or folder. Someone may have replaced ciso.pub.pem and the roster: nothing was pinned. Restore the folder from your own backup. (If you replaced the campaign key yourself, confirm the new one with `preflight ciso trust-campaign --replace`.)',
  'main.error.campaignKeyChangedSinceShown':
    'The campaign key in the folder changed since it was shown: nothing was pinned. Open the folder again and compare the fingerprint.',
  'main.error.notACampaignFolder':
    '{folder} is not a campaign folder (it has no roster.json and ciso.pub.pem). Create one with `preflight ciso init`.',
  'main.error.verifyRunning': 'A verification is already running.',
  'main.error.rowGone': 'That file is no longer in the list; verify the folder again.',
  'main.error.cannotEnroll': '{file} cannot be used to enroll a device.',
  'main.error.offboardNeedsFinal':
    "Verify the staffer's final offboarding attestation first (it must be accepted); then offboard the device.",
  'main.error.nothingToExport': 'Verify a folder first; there are no results to export.',
  'main.error.policyInvalid': 'The policy is not valid: {problems}',
  'main.error.policyVersionTaken':
    'Version {version} of "{id}" cannot be signed: the next version is {next} (another version was signed meanwhile). Review the changes again.',
  'main.error.cannotUseFolder': 'Cannot use {folder}: {error}',
  'main.error.tooManyRequestFolders': '{folder} already holds too many request folders of today',
  'main.error.staffListTooLarge': '{file} is larger than 4 MB; split the list.',
  'main.error.nobodyOverdue': 'Nobody is overdue: there is no one to ask.',
  'main.error.noFinalMissing': 'No final attestation is missing: there is no one to ask.',
  'main.error.notWaitingForFinal':
    '{id} is not waiting for or missing a final attestation; start an offboarding with a staff list.',

  // Notices and the key store
  'main.notice.settingsRecovered':
    'Your settings file was damaged and has been reset ({detail}). The old file was kept as {movedTo}. Your saved attestations and history are not affected; please enter your staff id and device label again.',
  'main.keyStore.fileOnly':
    'Your signing key is stored in a file protected only by file permissions. Your attestations will say so.',
  'main.keyStore.unrecognised':
    'The system key store could not protect a test value in a way Preflight recognises, so it cannot tell how well a signing key would be protected, and will not create one. Unlock the key store (or sign out and in again) and restart Preflight; if this persists, tell your security contact.',
  'main.keyStore.unavailable':
    'The system key store is not available (on Linux: GNOME Keyring or KWallet is not running or is locked; on macOS: the login keychain is locked). Unlock it, or sign out and in again, then try again. An existing signing key is not affected.',
  'main.keyStore.weakStored':
    'Your signing key was stored while no system key store (GNOME Keyring or KWallet) was unlocked, so it is protected only by a fixed, publicly known password. Your attestations say so. Install and unlock a keyring, then ask your security contact whether to enrol a new key.',
  'main.keyStore.weakNew':
    'No system key store (GNOME Keyring or KWallet) is unlocked, so a signing key made now would be protected only by a fixed, publicly known password, and your attestations would say so. Install and unlock a keyring first, then restart Preflight.',

  // Main's file dialogs (titles and file-type names), rendered in main in the effective language
  'main.dialog.openRequest': 'Open the request from your security contact',
  'main.dialog.openCisoKey': "Open your security contact's public key",
  'main.dialog.saveAttestation': 'Save the signed attestation',
  'main.dialog.chooseNewCampaignPlace': 'Choose where to keep the campaign folder',
  'main.dialog.openCampaign': 'Open your campaign folder',
  'main.dialog.chooseVerifyFolder': 'Choose the folder of attestations to verify',
  'main.dialog.exportCsv': 'Export as CSV',
  'main.dialog.importPolicy': 'Import a policy (JSON)',
  'main.dialog.exportPolicy': 'Export the policy (JSON)',
  'main.dialog.chooseStaffList': 'Choose a staff list (CSV)',
  'main.dialog.chooseRequestsPlace': 'Choose where to save the requests',
  'main.filter.request': 'Preflight request',
  'main.filter.publicKey': 'Public key',
  'main.filter.attestation': 'Preflight attestation',
  'main.filter.csv': 'CSV',
  'main.filter.policy': 'Policy JSON',
  'main.filter.staffList': 'Staff list (CSV)',

  // The CISO verifier's per-file reasons (main/ciso/verify.ts)
  ...MAIN_VERIFY_EN,
  // The problems of a bulk-request staff list (main/ciso/staff-list.ts)
  ...MAIN_STAFF_LIST_EN,
} as const satisfies Readonly<Record<string, string>>

export type MainMessageKey = keyof typeof MAIN_EN
