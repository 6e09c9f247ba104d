/**
 * "Is one of these apps installed?" by looking only at their known install locations (locations.ts).
 *
 * Found when a file is at one of them. Not found when every location was looked at and nothing is
 * there. Unknown when nothing was found but some location could not be looked at (permission denied,
 * an I/O error, a variable such as LOCALAPPDATA not set): an unreadable location is never taken for
 * an absent app, and never for a present one.
 */
import type { Platform } from '../../shared/check-types'
import { statPath } from '../probe/probe'
import { expandLocation, type Product } from './locations'
import type { MeasureStrategy, MeasurementVerdict } from './types'

export interface PresenceWords {
  /** "Signal Desktop" or "a password manager", for the summary lines. */
  readonly what: string
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
      notes: [`is ${words.what} installed? Only these exact paths are looked at; no folder is listed`],
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
        return {
          result: 'found',
          summary: `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} installed`,
          observed: found.map((f) => `${f.product} at ${f.l}`),
        }
      }
      const problems = seen.filter((s) => s.outcome !== 'absent')
      if (problems.length > 0) {
        const describe = (s: (typeof problems)[number]) =>
          s.outcome === 'unset'
            ? `${s.l}: the folder's variable is not set`
            : s.outcome === 'denied'
              ? `${s.l}: permission denied`
              : `${s.l}: could not be looked at`
        return {
          result: 'unknown',
          summary: `Could not tell whether ${words.what} is installed`,
          observed: [`not at ${seen.length - problems.length} of ${seen.length} known locations`],
          reason: `Some install locations could not be looked at (${problems.map(describe).join('; ')}). If it is installed, confirm it yourself.`,
        }
      }
      return {
        result: 'not-found',
        summary: `${words.what.charAt(0).toUpperCase()}${words.what.slice(1)} is not installed at any known location`,
        observed: [`looked at ${seen.length} known install locations`],
      }
    },
  }
}
