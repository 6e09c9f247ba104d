/**
 * The contract of a practice measurement: like a check strategy (main/checks/types.ts), a pure async
 * function of the probe with an exact declaration of what it may touch, so `preflight probes` lists
 * it and a test replays every practices fixture against the declaration.
 */
import type { PracticeMeasurement } from '../../shared/practices'
import type { ProbeDeclaration } from '../checks/types'
import type { Probe } from '../probe/probe'

export type MeasurementVerdict = Omit<PracticeMeasurement, 'kind'>

export interface MeasureStrategy {
  readonly probes: ProbeDeclaration
  run(probe: Probe): Promise<MeasurementVerdict>
}
