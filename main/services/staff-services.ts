/**
 * Staff-side services: importing a CISO request (and the CISO key, trust on first use confirmed by
 * fingerprint), previewing and exporting the signed attestation. All cryptography and state live in
 * main/attestation and main/staff (the same code the CLI uses); this module adds the app's flow:
 * dialogs, the pending-confirmation step, the exact-bytes preview, history and error codes.
 */
import type { KeyObject } from 'node:crypto'
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { PAYLOAD_TYPES } from '../../shared/attestation-types'
import type { Report } from '../../shared/check-types'
import {
  groupFingerprint,
  type AttestationPreview,
  type CisoKeyImport,
  type CisoKeyInfo,
  type ExportResult,
  type ImportResult,
  type IpcErrorCode,
  type RequestSummary,
  type ValidRequestOf,
} from '../../shared/ipc-contract'
import type { Msg } from '../../shared/i18n/msg'
import type { Policy } from '../../shared/policy'
import { practiceText } from '../../shared/practices'
import { serializeEnvelope, verifyEnvelope, type Envelope } from '../attestation/dsse'
import { AttestationError, StaffError } from '../attestation/errors'
import { attestedDeviceProfile, parseRequestPayload, payloadDigest } from '../attestation/formats'
import { fingerprint, KeyFormatError, publicKeyFromPem } from '../attestation/keys'
import { PracticeConfirmationError, leavingSteps } from '../practices/answers'
import {
  AttestInputError,
  attestationAnswers,
  policyForAttestation,
  prepareAttestation,
  type PreparedAttestation,
} from '../staff/attest'
import {
  readRequestEnvelope,
  RequestMismatchError,
  verifyPolicyEnvelope,
  verifyRequest,
  type VerifiedRequest,
} from '../staff/request'
import { StaffStateError } from '../staff/state'
import { pinCisoKey, pinnedCisoKeys } from '../staff/trust'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import { deviceKeyInfo, dialogText, displayLanguage, type StaffSession } from './app-services'
import { ServiceError } from './errors'
import { englishOf, mainMsg } from './main-text'
import type { ServiceDeps } from './types'
import { sameStaffId } from '../../shared/roster-types'

/** The active request is kept here (re-verified on every start), so a restart does not lose it. */
export const ACTIVE_REQUEST_FILE = 'active-request.json'
/** The CISO public key file name that `preflight ciso init` writes and staff receive. */
export const CISO_PUBLIC_KEY_FILE = 'ciso.pub.pem'
/** Largest request or key file read. */
export const MAX_IMPORT_BYTES = 1024 * 1024

const PEM_BLOCK = /-----BEGIN PUBLIC KEY-----[\s\S]*?-----END PUBLIC KEY-----/

const STAFF_CODES: Readonly<Record<StaffError['code'], IpcErrorCode>> = {
  REQUEST_BAD_SIGNATURE: 'REQUEST_BAD_SIGNATURE',
  REQUEST_EXPIRED: 'REQUEST_EXPIRED',
  POLICY_ROLLBACK: 'POLICY_ROLLBACK',
  UNTRUSTED_CISO: 'CISO_KEY_MISMATCH',
  KEY_STORE_UNAVAILABLE: 'KEY_STORE_UNAVAILABLE',
  KEY_PROTECTION_WEAK: 'KEY_STORE_UNAVAILABLE',
  KEY_CORRUPT: 'KEY_STORE_UNAVAILABLE',
}

/** Turn the attestation layer's errors into contract errors (messages are already user-facing). */
export function toServiceError(err: unknown): unknown {
  if (err instanceof ServiceError) return err
  const text = (e: Error) => e.message.charAt(0).toUpperCase() + e.message.slice(1)
  if (err instanceof StaffError) return new ServiceError(STAFF_CODES[err.code], text(err))
  if (err instanceof AttestationError) return new ServiceError('REQUEST_MALFORMED', text(err))
  if (err instanceof StaffStateError) return new ServiceError('IO_ERROR', text(err))
  if (err instanceof KeyFormatError) return new ServiceError('INVALID_ARGUMENT', text(err))
  if (
    err instanceof PracticeConfirmationError ||
    err instanceof AttestInputError ||
    err instanceof RequestMismatchError
  ) {
    return new ServiceError('NOT_ALLOWED', text(err))
  }
  return err
}

async function mapped<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw toServiceError(err)
  }
}

function cisoInfo(fp: string): CisoKeyInfo {
  return { fingerprint: fp, fingerprintGrouped: groupFingerprint(fp) }
}

async function readLimited(file: string, what: 'request' | 'publicKey'): Promise<Buffer> {
  const name = path.basename(file)
  try {
    const st = await fs.stat(file)
    if (!st.isFile()) throw new ServiceError('IO_ERROR', mainMsg('main.error.notAFile', { file: name }))
    if (st.size > MAX_IMPORT_BYTES)
      throw new ServiceError('REQUEST_MALFORMED', mainMsg(`main.error.tooLarge.${what}`, { file: name }))
    return await fs.readFile(file)
  } catch (err) {
    if (err instanceof ServiceError) throw err
    throw new ServiceError(
      'IO_ERROR',
      mainMsg('main.error.couldNotRead', { file: name, error: (err as Error).message }),
    )
  }
}

interface PreviewCache {
  readonly key: string
  readonly report: Report
  readonly requestId: string | null
  readonly prepared: PreparedAttestation
}

/** The staff services plus the session state the app services read. */
export function createStaffServices(deps: ServiceDeps) {
  const dir = deps.dataDir
  let pendingCiso: { key: KeyObject; fingerprint: string } | null = null
  let pendingRequest: { input: string | Buffer; key: KeyObject } | null = null
  let active: VerifiedRequest | null = null
  let activeLoaded = false
  let preview: PreviewCache | null = null

  async function loadActive(): Promise<VerifiedRequest | null> {
    if (activeLoaded) return active
    activeLoaded = true
    let text: Buffer
    try {
      text = await fs.readFile(path.join(dir, ACTIVE_REQUEST_FILE))
    } catch {
      return null
    }
    try {
      active = await verifyRequest(text, { dir, now: deps.now() })
    } catch {
      // Expired, rolled back or no longer signed by a pinned key: it simply is not active any more.
      active = null
    }
    return active
  }

  async function setActive(req: VerifiedRequest | null): Promise<void> {
    active = req
    activeLoaded = true
    preview = null
    const file = path.join(dir, ACTIVE_REQUEST_FILE)
    if (req === null) {
      await fs.rm(file, { force: true })
      return
    }
    await fs.mkdir(dir, { recursive: true, mode: 0o700 })
    await writeFileAtomic(file, serializeEnvelope(req.envelope), { mode: 0o600 })
  }

  function summary(req: VerifiedRequest, status: RequestSummary['status']): RequestSummary {
    const warningTexts: Msg[] = []
    const settings = deps.settings.get()
    if (settings.staffId !== '' && !sameStaffId(settings.staffId, req.payload.staffId)) {
      warningTexts.push(
        mainMsg('main.warning.staffIdDiffers', { requested: req.payload.staffId, saved: settings.staffId }),
      )
    }
    if (req.alreadyAnswered) warningTexts.push(mainMsg('main.warning.alreadyAnswered'))
    const warnings = warningTexts.map(englishOf)
    return {
      requestId: req.payload.requestId,
      org: '',
      staffId: req.payload.staffId,
      purpose: req.payload.purpose,
      issuedAt: req.payload.issuedAt,
      notAfter: req.payload.notAfter,
      policy: { id: req.policy.policy.id, version: req.policy.policy.version },
      ciso: cisoInfo(req.signedBy),
      status,
      warnings,
      warningTexts,
    }
  }

  /** Verify with a candidate (not yet pinned) key, for the confirmation step. */
  function verifyWithCandidate(input: string | Buffer, key: KeyObject): VerifiedRequest {
    const env: Envelope = readRequestEnvelope(input)
    if (env.payloadType !== PAYLOAD_TYPES.request) {
      throw new ServiceError('REQUEST_MALFORMED', mainMsg('main.error.notARequest'))
    }
    const fp = fingerprint(key)
    const v = verifyEnvelope(env, [key])
    if (v === null) {
      throw new ServiceError('REQUEST_BAD_SIGNATURE', mainMsg('main.error.requestBadCandidateSignature'))
    }
    const payload = parseRequestPayload(v.payload)
    const policy = verifyPolicyEnvelope(payload.policy, [
      { fingerprint: fp, key, pinnedAt: deps.now().toISOString() },
    ])
    return {
      envelope: env,
      payload,
      digestSha256: payloadDigest(v.payload),
      policy,
      signedBy: fp,
      alreadyAnswered: false,
    }
  }

  async function importRequest(input: string | Buffer, candidate: KeyObject | null): Promise<ImportResult> {
    const pinned = await pinnedCisoKeys(dir)
    if (pinned.length > 0) {
      const verified = await verifyRequest(input, { dir, now: deps.now() })
      await setActive(verified)
      pendingRequest = null
      return { cancelled: false, request: summary(verified, 'trusted') }
    }
    const key = candidate ?? pendingCiso?.key ?? null
    if (key === null) {
      throw new ServiceError('CISO_NOT_TRUSTED', mainMsg('main.error.cisoKeyUnknown'))
    }
    const verified = verifyWithCandidate(input, key)
    pendingCiso = { key, fingerprint: verified.signedBy }
    pendingRequest = { input, key }
    return { cancelled: false, request: summary(verified, 'needs-confirmation') }
  }

  /** The candidate CISO key pasted with a request, if any, and the text without it. */
  function splitPem(text: string): { key: KeyObject | null; rest: string } {
    const m = PEM_BLOCK.exec(text)
    if (m === null) return { key: null, rest: text }
    return { key: publicKeyFromPem(m[0]), rest: text.replace(m[0], '\n') }
  }

  async function importCisoKey(pem: string): Promise<CisoKeyImport> {
    const m = PEM_BLOCK.exec(pem)
    if (m === null) throw new ServiceError('INVALID_ARGUMENT', mainMsg('main.error.notAPublicKey'))
    const key = publicKeyFromPem(m[0])
    const fp = fingerprint(key)
    const pinned = await pinnedCisoKeys(dir)
    if (pinned.some((p) => p.fingerprint === fp))
      return { cancelled: false, ciso: cisoInfo(fp), status: 'already-trusted' }
    if (pinned.length > 0) return { cancelled: false, ciso: cisoInfo(fp), status: 'different-key-pinned' }
    pendingCiso = { key, fingerprint: fp }
    return { cancelled: false, ciso: cisoInfo(fp), status: 'needs-confirmation' }
  }

  function requireSettings(): { staffId: string; deviceLabel: string } {
    const s = deps.settings.get()
    if (s.staffId === '' || s.deviceLabel === '') {
      throw new ServiceError('SETTINGS_REQUIRED', mainMsg('main.error.settingsRequired'))
    }
    return s
  }

  async function prepare(request: ValidRequestOf<'previewAttestation'>, session: StaffSession) {
    const { staffId, deviceLabel } = requireSettings()
    const report = session.lastReport
    if (report === null) throw new ServiceError('NO_REPORT', mainMsg('main.error.noReport'))
    const req = await loadActive()
    const pol = await policyForAttestation(dir, req)
    if (report.policy.id !== pol.policy.id || report.policy.version !== pol.policy.version) {
      throw new ServiceError('NO_REPORT', mainMsg('main.error.policyChanged'))
    }
    if (req !== null && req.payload.purpose !== request.purpose) {
      throw new ServiceError(
        'NOT_ALLOWED',
        mainMsg('main.error.wrongPurpose', {
          requested: mainMsg(`main.purpose.${req.payload.purpose}`),
          purpose: mainMsg(`main.purpose.${request.purpose}`),
        }),
      )
    }
    if (request.purpose !== 'offboarding' && request.checklist.length > 0) {
      throw new ServiceError('INVALID_ARGUMENT', mainMsg('main.error.checklistOnlyOffboarding'))
    }
    // The old checklist ticks and the practice confirmations are both confirmations.
    const confirmed = [...new Set([...request.checklist, ...(request.confirmed ?? [])])].sort()
    // Everything the statement depends on besides the report itself (compared by identity).
    const key = JSON.stringify([request.purpose, confirmed, staffId, deviceLabel])
    return { staffId, deviceLabel, report, req, pol, key, confirmed }
  }

  /** The statement for these inputs, with its `sign()` step (shared by preview and export). */
  function prepareStatement(
    request: ValidRequestOf<'previewAttestation'>,
    p: Awaited<ReturnType<typeof prepare>>,
  ): Promise<PreparedAttestation> {
    return prepareAttestation({
      dir,
      keyStore: deps.keyStore,
      report: p.report,
      policy: p.pol,
      request: p.req,
      purpose: request.purpose,
      staffId: p.staffId,
      deviceLabel: p.deviceLabel,
      ...attestationAnswers(p.pol.policy, request.purpose, p.report, p.confirmed),
      createKeyIfMissing: true,
    })
  }

  /** The required leaving steps with their titles in the settings' language (the old checklist). */
  function checklistOf(policy: Policy) {
    const lang = displayLanguage(deps)
    return leavingSteps(policy).map((i) => ({
      id: i.id,
      text: practiceText(policy.catalogue, i.words.title, lang) ?? i.id,
    }))
  }

  return {
    async activeRequestSummary(): Promise<RequestSummary | null> {
      const req = await loadActive().catch(() => null)
      return req === null ? null : summary(req, 'trusted')
    },

    async activePolicy(): Promise<Policy> {
      return mapped(async () => (await policyForAttestation(dir, await loadActive())).policy)
    },

    async trustedCiso(): Promise<{ fingerprint: string } | null> {
      const pinned = await pinnedCisoKeys(dir).catch(() => [])
      const first = pinned[0]
      return first === undefined ? null : { fingerprint: first.fingerprint }
    },

    handlers: (session: StaffSession) => ({
      importRequestFile: (): Promise<ImportResult> =>
        mapped(async () => {
          const file = await deps.dialogs.chooseOpenFile({
            title: dialogText(deps, 'main.dialog.openRequest'),
            filters: [{ name: dialogText(deps, 'main.filter.request'), extensions: ['json', 'txt'] }],
          })
          if (file === null) return { cancelled: true, request: null }
          const bytes = await readLimited(file, 'request')
          let candidate: KeyObject | null = null
          try {
            candidate = publicKeyFromPem(
              await fs.readFile(path.join(path.dirname(file), CISO_PUBLIC_KEY_FILE)),
            )
          } catch {
            candidate = null
          }
          const text = bytes.toString('utf8')
          const split = splitPem(text)
          return importRequest(split.key !== null ? split.rest : bytes, split.key ?? candidate)
        }),

      importRequestText: (request: ValidRequestOf<'importRequestText'>): Promise<ImportResult> =>
        mapped(async () => {
          const split = splitPem(request.text)
          return importRequest(split.rest, split.key)
        }),

      trustCiso: (request: ValidRequestOf<'trustCiso'>): Promise<RequestSummary> =>
        mapped(async () => {
          if (
            pendingRequest === null ||
            // The key that verified the pending request is the one pinned, whatever was imported since.
            fingerprint(pendingRequest.key) !== request.fingerprint
          ) {
            throw new ServiceError('CISO_NOT_TRUSTED', mainMsg('main.error.noPendingRequest'))
          }
          await pinCisoKey(dir, pendingRequest.key, 'first', deps.now())
          const verified = await verifyRequest(pendingRequest.input, { dir, now: deps.now() })
          await setActive(verified)
          pendingRequest = null
          pendingCiso = null
          return summary(verified, 'trusted')
        }),

      importCisoKeyFile: (): Promise<CisoKeyImport> =>
        mapped(async () => {
          const file = await deps.dialogs.chooseOpenFile({
            title: dialogText(deps, 'main.dialog.openCisoKey'),
            filters: [{ name: dialogText(deps, 'main.filter.publicKey'), extensions: ['pem', 'pub', 'txt'] }],
          })
          if (file === null) return { cancelled: true, ciso: null, status: null }
          return importCisoKey((await readLimited(file, 'publicKey')).toString('utf8'))
        }),

      importCisoKeyText: (request: ValidRequestOf<'importCisoKeyText'>): Promise<CisoKeyImport> =>
        mapped(() => importCisoKey(request.text)),

      pinCisoKey: (request: ValidRequestOf<'pinCisoKey'>): Promise<CisoKeyInfo> =>
        mapped(async () => {
          if (pendingCiso === null || pendingCiso.fingerprint !== request.fingerprint) {
            throw new ServiceError('CISO_NOT_TRUSTED', mainMsg('main.error.importKeyAgain'))
          }
          const r = await pinCisoKey(dir, pendingCiso.key, 'first', deps.now())
          pendingCiso = null
          return cisoInfo(r.fingerprint)
        }),

      previewAttestation: (request: ValidRequestOf<'previewAttestation'>): Promise<AttestationPreview> =>
        mapped(async () => {
          const p = await prepare(request, session)
          const checklist = checklistOf(p.pol.policy)
          const missing =
            request.purpose === 'offboarding'
              ? leavingSteps(p.pol.policy)
                  .filter((i) => !p.confirmed.includes(i.id))
                  .map((i) => i.id)
              : []
          if (missing.length > 0) {
            // Nothing can be signed until every item is confirmed: show the list, not a statement.
            return {
              statementJson: '',
              fileName: '',
              summary: {
                purpose: request.purpose,
                staffId: p.staffId,
                deviceLabel: p.deviceLabel,
                overall: p.report.overall,
                collectedAt: p.report.collectedAt,
                expiresAt: '',
                requestId: p.req?.payload.requestId ?? null,
                policy: { id: p.pol.policy.id, version: p.pol.policy.version },
                checks: p.report.checks.map((c) => ({ id: c.id, status: c.status })),
                deviceKey: await deviceKeyInfo(deps),
                deviceProfile: attestedDeviceProfile(p.report),
              },
              checklist,
              missingChecklist: missing,
            }
          }
          const prepared = await prepareStatement(request, p)
          preview = { key: p.key, report: p.report, requestId: p.req?.payload.requestId ?? null, prepared }
          const pred = prepared.statement.predicate
          const lang = displayLanguage(deps)
          const practices = (pred.practices ?? []).map((a) => {
            const def = p.pol.policy.practices.find((x) => x.id === a.id)
            return {
              ...a,
              title: (def && practiceText(p.pol.policy.catalogue, def.words.title, lang)) ?? a.id,
            }
          })
          return {
            statementJson: prepared.payload.toString('utf8'),
            fileName: prepared.fileName,
            summary: {
              purpose: pred.purpose,
              staffId: pred.staff.id,
              deviceLabel: pred.device.label,
              overall: pred.result,
              collectedAt: pred.collectedAt,
              expiresAt: pred.expiresAt,
              requestId: pred.request?.requestId ?? null,
              policy: { id: pred.policy.id, version: pred.policy.version },
              checks: pred.checks.map((c) => ({ id: c.id, status: c.status })),
              deviceKey: await deviceKeyInfo(deps),
              deviceProfile: pred.device.profile ?? null,
            },
            checklist,
            missingChecklist: [],
            practices,
            ...(pred.practicesResult !== undefined ? { practicesResult: pred.practicesResult } : {}),
          }
        }),

      exportAttestation: (request: ValidRequestOf<'exportAttestation'>): Promise<ExportResult> =>
        mapped(async () => {
          if (request.deleteKeyAfter === true && request.purpose !== 'offboarding') {
            throw new ServiceError('NOT_ALLOWED', mainMsg('main.error.deleteKeyOnlyOffboarding'))
          }
          const p = await prepare(request, session)
          const reqId = p.req?.payload.requestId ?? null
          let prepared: PreparedAttestation
          if (
            preview !== null &&
            preview.key === p.key &&
            preview.report === p.report &&
            preview.requestId === reqId
          ) {
            // Sign exactly the bytes the user saw in the preview.
            prepared = preview.prepared
          } else {
            prepared = await prepareStatement(request, p)
          }
          const target = await deps.dialogs.chooseSaveFile({
            title: dialogText(deps, 'main.dialog.saveAttestation'),
            defaultName: prepared.fileName,
            filters: [{ name: dialogText(deps, 'main.filter.attestation'), extensions: ['json'] }],
          })
          if (target === null)
            return { saved: false, fileName: null, deviceKey: await deviceKeyInfo(deps), keyDeleted: false }
          preview = null
          let envelope: Envelope
          try {
            envelope = await prepared.sign()
          } catch (err) {
            if (err instanceof AttestInputError) {
              throw new ServiceError('BUSY', mainMsg('main.error.attestedMeanwhile'))
            }
            throw err
          }
          try {
            await writeFileAtomic(target, serializeEnvelope(envelope), { mode: 0o644 })
          } catch (err) {
            throw new ServiceError(
              'IO_ERROR',
              mainMsg('main.error.exportWrite', { problem: describeWriteError(target, err) }),
            )
          }
          const keyInfo = await deviceKeyInfo(deps)
          await deps.history
            .append({
              kind: 'export',
              at: deps.now().toISOString(),
              purpose: request.purpose,
              fileName: path.basename(target),
              overall: prepared.statement.predicate.result,
              requestId: reqId,
              keyFingerprint: prepared.deviceFingerprint,
            })
            .catch((err: unknown) =>
              console.error(`Preflight: could not record the export in the history: ${String(err)}`),
            )
          if (p.req !== null) await setActive(null)
          let keyDeleted = false
          if (request.deleteKeyAfter === true) {
            await deps.keyStore.delete()
            keyDeleted = true
          }
          return {
            saved: true,
            fileName: path.basename(target),
            deviceKey: keyDeleted ? null : keyInfo,
            keyDeleted,
          }
        }),
    }),
  }
}
