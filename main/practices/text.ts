/**
 * Building a measurement's texts from catalogue messages (shared/i18n/en/checks-practices.ts), the
 * way main/checks/verdict.ts builds a check verdict: the English strings the report carries are the
 * messages rendered from the English catalogue, and `text` keeps the messages so the app and the CLI
 * can show them in the reader's language.
 */
import type { MeasurementOutcome } from '../../shared/practices'
import type { Msg } from '../../shared/i18n/msg'
import { english } from '../checks/verdict'
import type { MeasurementVerdict } from './types'

export interface MeasurementParts {
  readonly summary: Msg
  readonly observed?: readonly Msg[]
  readonly reason?: Msg
}

/** A measurement with its English texts and its messages. */
export function measured(result: MeasurementOutcome, parts: MeasurementParts): MeasurementVerdict {
  const observed = parts.observed ?? []
  return {
    result,
    summary: english(parts.summary),
    observed: observed.map(english),
    ...(parts.reason !== undefined ? { reason: english(parts.reason) } : {}),
    text: {
      summary: parts.summary,
      observed,
      ...(parts.reason !== undefined ? { reason: parts.reason } : {}),
    },
  }
}
