/**
 * "Is one of these apps installed?" by looking only at their known install locations (locations.ts).
 *
 * Found when a file is at one of them. Not found when every location was looked at and nothing is
 * there. Unknown when nothing was found but some location could not be looked at (permission denied,
 * an I/O error, a variable such as LOCALAPPDATA not set): an unreadable location is never taken for
 * an absent app, and never for a present one.
 */
import type { Platform } from '../../shared/check-types'
import type { Msg } from '../../shared/i18n/msg'
import { commaList, english, msg, semicolonList } from '../checks/verdict'
import { statPath } from '../probe/probe'
import { expandLocation, type Product } from './locations'
import { measured } from './text'
import type { MeasureStrategy, MeasurementVerdict } from './types'

export interface PresenceWords {
  /** "Signal Desktop" or "a password manager", for the summary lines. */
  readonly what: Msg
}

export function presenceStrategy(
  products: readonly Product[],
  platform: Platform,
  words: PresenceWords,
): MeasureStrategy {
  const locations = products.flatMap((p) => p.locations[platform].map((l) => ({ product: p.name, l })))
  return {
    probes: {
      commands: [],
      files: [],
      paths: locations.map((x) => x.l),
      notes: [
        `is ${english(words.what)} installed? Only these exact paths are looked at; no folder is listed`,
      ],
    },
    async run(probe): Promise<MeasurementVerdict> {
      const seen = await Promise.all(
        locations.map(async ({ product, l }) => {
          const path = expandLocation(l, probe)
          if (path === null) return { product, l, outcome: 'unset' as const }
          const st = await statPath(probe, path)
          if (st.kind === 'file') return { product, l, outcome: 'found' as const }
          if (st.kind === 'error' && st.error !== 'ENOENT')
            return { product, l, outcome: st.error === 'EACCES' ? ('denied' as const) : ('error' as const) }
          // Nothing there, or something that is not the file (a folder with the app's name).
          return { product, l, outcome: 'absent' as const }
        }),
      )
      const found = seen.filter((s) => s.outcome === 'found')
      if (found.length > 0) {
        const names = [...new Set(found.map((f) => f.product))]
        return measured('found', {
          summary: msg('measure.presence.summary.found', { names: commaList(names), count: names.length }),
          observed: found.map((f) =>
            msg('measure.presence.observed.foundAt', { product: f.product, location: f.l }),
          ),
        })
      }
      const problems = seen.filter((s) => s.outcome !== 'absent')
      if (problems.length > 0) {
        const describe = (s: (typeof problems)[number]): Msg =>
          s.outcome === 'unset'
            ? msg('measure.presence.problem.unset', { location: s.l })
            : s.outcome === 'denied'
              ? msg('measure.presence.problem.denied', { location: s.l })
              : msg('measure.presence.problem.error', { location: s.l })
        return measured('unknown', {
          summary: msg('measure.presence.summary.unknown', { what: words.what }),
          observed: [
            msg('measure.presence.observed.notAt', {
              absent: seen.length - problems.length,
              total: seen.length,
            }),
          ],
          reason: msg('measure.presence.reason.unknown', { problems: semicolonList(problems.map(describe)) }),
        })
      }
      return measured('not-found', {
        summary: msg('measure.presence.summary.notFound', { what: words.what }),
        observed: [msg('measure.presence.observed.lookedAt', { count: seen.length })],
      })
    },
  }
}
