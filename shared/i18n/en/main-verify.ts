/**
 * The CISO verifier's per-file reasons (main/ciso/verify.ts, `VerifyRow.text`), spread into the `main`
 * section (shared/i18n/en/main.ts). The English is exactly the row's `message`. Values stay values:
 * dates (ISO 8601), staff ids, device labels, request and policy ids, fingerprints, purposes and
 * statuses as the roster writes them, key-protection values, payload types.
 */
export const MAIN_VERIFY_EN = {
  'main.verify.readFailed': 'could not read the file: {error}',
  'main.verify.readFailedUnknown': 'could not read the file: unknown error',
  'main.verify.internal': 'could not be verified (internal error: {error}); please report this',
  'main.verify.notEnvelope': 'not an envelope',
  'main.verify.noSignature': 'the envelope carries no signature',
  'main.verify.tooManySignatures':
    'the envelope carries {count} signatures; a posture attestation carries at most {max} (Preflight writes one)',
  'main.verify.ambiguousSigner':
    'signed by {count} enrolled device keys ({keys}); an attestation must be signed by exactly one device',
  'main.verify.badSignature.carried': 'the signature does not verify with the public key the file carries',
  'main.verify.badSignature.altered':
    'the file is about an enrolled device key, but no signature verifies with that key: the file was altered or damaged',
  'main.verify.wrongType': 'payloadType is {payloadType}, not a posture attestation',
  'main.verify.subjectMismatch': 'the attestation is about a different key than the one that signed it',
  'main.verify.notEnrolled': 'the signing key is not enrolled',
  'main.verify.alreadyRecorded.unchanged': 'already recorded (nothing changed)',
  'main.verify.alreadyRecorded.revoked': 'already recorded (key now revoked)',
  'main.verify.alreadyRecorded.offboarded': 'already recorded (key now offboarded)',
  'main.verify.revokedKey.revoked':
    'this device key was revoked on {when}; files it signs are no longer accepted',
  'main.verify.revokedKey.revokedWithReason':
    'this device key was revoked on {when} ({reason}); files it signs are no longer accepted',
  'main.verify.revokedKey.offboarded':
    'this device key was offboarded on {when}; files it signs are no longer accepted',
  'main.verify.revokedKey.offboardedWithReason':
    'this device key was offboarded on {when} ({reason}); files it signs are no longer accepted',
  'main.verify.identityMismatch': 'the file says staff "{claimed}" but this key is enrolled to "{enrolled}"',
  'main.verify.nonce.missing': 'an {purpose} attestation must answer a request you issued; it carries none',
  'main.verify.nonce.unknown': 'it answers a request (nonce) this campaign never issued',
  'main.verify.nonce.otherStaff': 'it answers a request issued to "{requested}", not to "{enrolled}"',
  'main.verify.nonce.otherPurpose': 'it answers a {requested} request but says its purpose is {purpose}',
  'main.verify.nonce.mismatch': 'the request id or digest does not match the request issued with this nonce',
  'main.verify.nonce.reused': 'request {id} was already answered; ask for a new one',
  'main.verify.nonce.reusedAt':
    'request {id} was already answered on {at} by another file; ask for a new one',
  'main.verify.futureDated': "collectedAt {collectedAt} is in the future (check the laptop's clock)",
  'main.verify.expired': 'the attestation expired on {expiresAt}',
  'main.verify.tooOld': 'collected on {collectedAt}, more than {days} days ago; ask for a fresh attestation',
  'main.verify.beforeRequest':
    "collectedAt {collectedAt} is before the request was issued ({issuedAt}): the laptop's clock is wrong; ask the staffer to fix it and answer again",
  'main.verify.windowClosed.late':
    'it answers request {id} after the request expired ({notAfter}); send a new request',
  'main.verify.windowClosed.transit':
    'request {id} expired on {notAfter}; answers are accepted until {hours} hours after that (time for the file to travel), and it is now {now}; send a new request',
  'main.verify.replay':
    'sequence {sequence} is not above the last accepted {last}: an older or replayed file',
  'main.verify.policy.unknown': 'policy {id} v{version} (digest {digest}…) was not issued by this campaign',
  'main.verify.policy.notAccepted': 'policy {id} v{version} is no longer accepted',
  'main.verify.policy.mismatch': 'the policy id/version do not match the policy with this digest',
  'main.verify.policy.otherThanRequest':
    'the checks were judged against another policy than the request carried',
  'main.verify.accepted': 'accepted',
  'main.verify.acceptedWithNotes': 'accepted; {notes}',
  'main.verify.note.unsolicited': 'unsolicited report (no request): informational',
  'main.verify.note.replayed': 'facts were replayed from a transcript, not measured',
  'main.verify.note.alreadyEnrolled':
    'an onboarding request answered by a laptop that is already enrolled ("{label}", enrolled {enrolledAt}): nothing new to enroll; if you expected a new laptop, ask the staffer',
  'main.verify.note.label': 'device label now "{label}"',
  'main.verify.note.hostKind': 'checks ran inside a {kind}',
  'main.verify.note.weakKey': 'device key not encrypted at rest ({protection})',
  'main.verify.unknownKey': 'no enrolled device key signed this file',
  'main.verify.unknownKey.notEnrollable':
    'signed by a device key that is not enrolled (a {purpose} attestation cannot enroll it)',
  'main.verify.unknownKey.newKey':
    'a new device key signed this onboarding attestation; after comparing its fingerprint with the staffer, enroll it with `preflight ciso enroll`',
  'main.verify.contested.answered':
    'POSSIBLE INTERCEPTION: onboarding request {requestId} was already answered by another device key, {otherFingerprint} ("{otherLabel}", enrolled to {otherStaff} on {enrolledAt}). Call {staffId}: if their fingerprint is {fingerprint} (this file), the enrolled key is not theirs: revoke it ({revokeCommand}) and send a new onboarding request',
  'main.verify.contested.multiple':
    'POSSIBLE INTERCEPTION: {count} different device keys answered this onboarding request (this file: {fingerprint}; also: {others}). Enroll none of them until the staffer has read you their fingerprint; then enroll only that file with `preflight ciso enroll`',
  'main.verify.withWarning': '{reason}; {warning}',
  'main.verify.withWarningSentence': '{reason}. {warning}',
} as const satisfies Readonly<Record<string, string>>
