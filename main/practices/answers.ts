/**
 * The staffer's answers to a policy's practices for one purpose: what was measured (the report's
 * `practices`) combined with what they confirmed. Used by `preflight attest`, `preflight check` and
 * the app; the attestation records the result (shared/practices.ts answerPractice).
 */
import type { OffboardingAnswer, Purpose } from '../../shared/attestation-types'
import type { Report } from '../../shared/check-types'
import type { Policy } from '../../shared/policy'
import {
  answerPractice,
  englishText,
  practicesFor,
  type AttestedPractice,
  type MeasurementOutcome,
  type Practice,
} from '../../shared/practices'

/** Confirmations that name no practice of this purpose, or leave a required leaving step out. */
export class PracticeConfirmationError extends Error {
  override name = 'PracticeConfirmationError'
  constructor(
    message: string,
    /** Required offboarding practices not confirmed. */
    readonly missing: readonly string[],
    /** Ids that are not practices of this purpose. */
    readonly unknown: readonly string[],
  ) {
    super(message)
  }
}

/** The measurement of a practice in a report (undefined when the report has none: unknown). */
export function measurementOf(
  report: Pick<Report, 'practices'>,
  practice: Practice,
): MeasurementOutcome | undefined {
  if (practice.evidence === 'declared') return undefined
  const kind = practice.evidence.measured
  return report.practices?.find((m) => m.kind === kind)?.result
}

/** Ids in `confirmed` that are not practices of the policy for this purpose. */
export function unknownConfirmations(
  policy: Policy,
  purpose: Purpose,
  confirmed: Iterable<string>,
): string[] {
  const known = new Set(practicesFor(policy.practices, purpose).map((p) => p.id))
  return [...new Set(confirmed)].filter((id) => !known.has(id))
}

/**
 * Leaving the campaign: the required declared practices (what the offboarding checklist was). Every
 * one must be confirmed before the final attestation is made, so the CISO gets a clear "done".
 */
export function leavingSteps(policy: Policy): Practice[] {
  return practicesFor(policy.practices, 'offboarding').filter(
    (p) => p.level === 'required' && p.evidence === 'declared',
  )
}

/** The answers for every practice of the purpose, in policy order. Throws on unknown ids. */
export function practiceAnswers(
  policy: Policy,
  purpose: Purpose,
  report: Pick<Report, 'practices'>,
  confirmed: Iterable<string>,
): AttestedPractice[] {
  const ids = new Set(confirmed)
  const unknown = unknownConfirmations(policy, purpose, ids)
  if (unknown.length > 0)
    throw new PracticeConfirmationError(
      `not a practice your campaign asks for when ${PURPOSE_WORDS[purpose]}: ${unknown.join(', ')}`,
      [],
      unknown,
    )
  return practicesFor(policy.practices, purpose).map((p) =>
    answerPractice(p, measurementOf(report, p), ids.has(p.id)),
  )
}

const PURPOSE_WORDS: Readonly<Record<Purpose, string>> = {
  onboarding: 'joining',
  periodic: 'checking in',
  offboarding: 'leaving',
}

/**
 * For an offboarding attestation: the `offboarding.checklist` section older verifiers expect (the
 * required declared practices, English title as text, all confirmed). Throws when one is not
 * confirmed.
 */
export function leavingChecklist(policy: Policy, answers: readonly AttestedPractice[]): OffboardingAnswer[] {
  const confirmed = new Set(answers.filter((a) => a.result === 'confirmed').map((a) => a.id))
  const steps = leavingSteps(policy)
  const missing = steps.filter((p) => !confirmed.has(p.id)).map((p) => p.id)
  if (missing.length > 0)
    throw new PracticeConfirmationError(
      `offboarding checklist incomplete (not confirmed: ${missing.join(', ')})`,
      missing,
      [],
    )
  return steps.map((p) => ({
    id: p.id,
    text: clip(englishText(policy.catalogue, p.words.title) ?? p.id, 500),
    confirmed: true,
  }))
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
