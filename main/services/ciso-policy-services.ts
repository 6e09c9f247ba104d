/**
 * CISO mode, the policy editor's operations: load the newest accepted policy, check an edited one
 * (the CLI's validation, problems by path, the field-level diff, the version it will get), sign it
 * (main/ciso/issue.ts signPolicy under the roster lock, version = last + 1, anti-rollback), and import
 * / export the plain policy JSON through main's file dialogs.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type {
  PolicyCheckResult,
  PolicyEditorState,
  PolicyImportResult,
  PolicyProblem,
  SaveFileResult,
  SignedPolicyInfo,
  ValidRequestOf,
} from '../../shared/ipc-contract'
import { DEFAULT_POLICY, mergePolicy, type Policy, type PolicyFile } from '../../shared/policy'
import type { IssuedPolicy, Roster } from '../../shared/roster-types'
import { decodeBase64 } from '../attestation/dsse'
import { parsePolicyPayload } from '../attestation/formats'
import { latestAcceptedPolicy, loadIssuedPolicy, signPolicy } from '../ciso/issue'
import { diffPolicies, MAX_POLICY_BYTES, parsePolicyText, policyToFile } from '../ciso/policy-editor'
import { loadRoster, updateRoster, type CampaignRef, type KeyUnlocker } from '../ciso/roster-store'
import { describeWriteError, writeFileAtomic } from '../util/atomic-write'
import { ServiceError } from './errors'
import { mainMsg } from './main-text'
import { dialogText } from './app-services'
import type { Msg } from '../../shared/i18n/msg'
import type { ServiceDeps } from './types'

/** What the policy operations borrow from the CISO services (the open campaign, its key, errors). */
export interface CisoContext {
  requireCampaign(): CampaignRef
  unlocker(ref: CampaignRef): KeyUnlocker
  /** Run a CISO operation: errors mapped to contract codes, the idle countdown restarted. */
  op<T>(fn: () => Promise<T>): Promise<T>
  /** Refuse before any work when a write needs a key the session does not hold. */
  requireSigner(ref: CampaignRef): Promise<void>
}

const info = (p: IssuedPolicy): SignedPolicyInfo => ({
  id: p.id,
  version: p.version,
  issuedAt: p.issuedAt,
  digest: p.digest,
})

/** The next version for a policy id: one above the last signed (accepted or retired). */
export function nextVersionFor(roster: Roster, id: string): number {
  return Math.max(0, ...roster.policies.filter((p) => p.id === id).map((p) => p.version)) + 1
}

/** The effective policy the campaign signed last (accepted), or null. */
export async function currentPolicy(
  ref: CampaignRef,
  roster: Roster,
): Promise<{ record: IssuedPolicy; policy: Policy } | null> {
  const record = latestAcceptedPolicy(roster)
  if (record === null) return null
  const envelope = await loadIssuedPolicy(ref.dir, record)
  const payload = parsePolicyPayload(decodeBase64(envelope.payload))
  return { record, policy: mergePolicy(payload.policy) }
}

function problemsMessage(problems: readonly PolicyProblem[]): Msg {
  const where = (p: PolicyProblem) => (p.path.length > 0 ? `${p.path.join('.')}: ` : '')
  // The problems are the validator's own words (English, as the CLI prints them): values here.
  return mainMsg('main.error.policyInvalid', {
    problems: problems.map((p) => `${where(p)}${p.message}`).join('; '),
  })
}

/** Validate editor text; a policy to sign or export needs an id (its version is set by main). */
function checked(
  text: string,
):
  | { file: PolicyFile; problems: readonly PolicyProblem[] }
  | { file: null; problems: readonly PolicyProblem[] } {
  const r = parsePolicyText(text)
  if (!r.ok) return { file: null, problems: r.problems }
  if (r.file.id === undefined)
    return { file: null, problems: [{ path: ['id'], message: 'a policy needs an id (its name)' }] }
  return { file: r.file, problems: [] }
}

/** The policy operations. */
export function createPolicyServices(deps: ServiceDeps, ctx: CisoContext) {
  return {
    cisoGetPolicy: (): Promise<PolicyEditorState> =>
      ctx.op(async () => {
        const ref = ctx.requireCampaign()
        const roster = await loadRoster(ref)
        const record = latestAcceptedPolicy(roster)
        if (record === null) return { current: null, policy: policyToFile(DEFAULT_POLICY), problem: null }
        try {
          const current = await currentPolicy(ref, roster)
          if (current === null) throw new Error('unreachable')
          return { current: info(record), policy: policyToFile(current.policy), problem: null }
        } catch (err) {
          // A replaced or missing issued file: say so, and let the CISO start from the defaults.
          return {
            current: info(record),
            policy: policyToFile({ ...DEFAULT_POLICY, id: record.id }),
            problem: (err as Error).message,
          }
        }
      }),

    cisoCheckPolicy: (request: ValidRequestOf<'cisoCheckPolicy'>): Promise<PolicyCheckResult> =>
      ctx.op(async () => {
        const ref = ctx.requireCampaign()
        const roster = await loadRoster(ref)
        const record = latestAcceptedPolicy(roster)
        const { file, problems } = checked(request.text)
        if (file === null)
          return { problems, nextVersion: null, against: record === null ? null : info(record), changes: [] }
        let before: Policy = DEFAULT_POLICY
        if (record !== null) {
          try {
            before = (await currentPolicy(ref, roster))?.policy ?? DEFAULT_POLICY
          } catch {
            before = DEFAULT_POLICY
          }
        }
        return {
          problems: [],
          nextVersion: nextVersionFor(roster, file.id as string),
          against: record === null ? null : info(record),
          changes: diffPolicies(before, mergePolicy(file)),
        }
      }),

    cisoSignPolicy: (request: ValidRequestOf<'cisoSignPolicy'>): Promise<SignedPolicyInfo> =>
      ctx.op(async () => {
        const ref = ctx.requireCampaign()
        const { file, problems } = checked(request.text)
        if (file === null) throw new ServiceError('NOT_ALLOWED', problemsMessage(problems))
        await ctx.requireSigner(ref)
        const now = deps.now()
        const unlock = ctx.unlocker(ref)
        const { result } = await updateRoster(ref, { now, unlock }, async (roster) => {
          const next = nextVersionFor(roster, file.id as string)
          if (next !== request.version)
            throw new ServiceError(
              'NOT_ALLOWED',
              mainMsg('main.error.policyVersionTaken', {
                version: request.version,
                id: String(file.id),
                next,
              }),
            )
          const r = await signPolicy(ref.dir, roster, await unlock(roster), { ...file, version: next }, now)
          return { roster: r.roster, result: info(r.signed.record) }
        })
        return result
      }),

    cisoImportPolicy: (): Promise<PolicyImportResult> =>
      ctx.op(async () => {
        ctx.requireCampaign()
        const file = await deps.dialogs.chooseOpenFile({
          title: dialogText(deps, 'main.dialog.importPolicy'),
          filters: [{ name: dialogText(deps, 'main.filter.policy'), extensions: ['json'] }],
        })
        if (file === null) return { cancelled: true, fileName: null, policy: null, problems: [] }
        const fileName = path.basename(file)
        let bytes: Buffer
        try {
          const handle = await fs.open(file, 'r')
          try {
            const st = await handle.stat()
            if (!st.isFile())
              throw new ServiceError('IO_ERROR', mainMsg('main.error.notARegularFile', { file: fileName }))
            if (st.size > MAX_POLICY_BYTES)
              return {
                cancelled: false,
                fileName,
                policy: null,
                problems: [{ path: [], message: `larger than ${MAX_POLICY_BYTES} bytes: not a policy` }],
              }
            bytes = await handle.readFile()
          } finally {
            await handle.close()
          }
        } catch (err) {
          if (err instanceof ServiceError) throw err
          throw new ServiceError(
            'IO_ERROR',
            mainMsg('main.error.cannotRead', { file: fileName, error: (err as Error).message }),
          )
        }
        const text = bytes.toString('utf8')
        const parsed = parsePolicyText(text, fileName)
        if (!parsed.ok) {
          const signed = /"payloadType"\s*:/.test(text) && /"signatures"\s*:/.test(text)
          return {
            cancelled: false,
            fileName,
            policy: null,
            problems: signed
              ? [
                  {
                    path: [],
                    message:
                      'this is a signed policy envelope; import the plain policy JSON instead (for example one exported from here, or the file given to `preflight ciso policy sign`)',
                  },
                ]
              : parsed.problems,
          }
        }
        const effective = mergePolicy(parsed.file)
        return { cancelled: false, fileName, policy: policyToFile(effective), problems: [] }
      }),

    cisoExportPolicy: (request: ValidRequestOf<'cisoExportPolicy'>): Promise<SaveFileResult> =>
      ctx.op(async () => {
        const ref = ctx.requireCampaign()
        const { file, problems } = checked(request.text)
        if (file === null) throw new ServiceError('NOT_ALLOWED', problemsMessage(problems))
        const roster = await loadRoster(ref)
        const version = nextVersionFor(roster, file.id as string)
        // The file `preflight ciso policy sign` takes: id and the version it would be signed as.
        const out: PolicyFile = { ...file, version }
        const target = await deps.dialogs.chooseSaveFile({
          title: dialogText(deps, 'main.dialog.exportPolicy'),
          defaultName: `${file.id}.v${version}.json`,
          filters: [{ name: dialogText(deps, 'main.filter.policy'), extensions: ['json'] }],
        })
        if (target === null) return { saved: false, fileName: null }
        try {
          await writeFileAtomic(target, `${JSON.stringify(out, null, 2)}\n`, { mode: 0o644 })
        } catch (err) {
          throw new ServiceError('IO_ERROR', describeWriteError(target, err))
        }
        return { saved: true, fileName: path.basename(target) }
      }),
  }
}
