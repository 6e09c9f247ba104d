/**
 * Parser for `/usr/bin/sw_vers` output (macOS).
 *
 *     ProductName:		macOS
 *     ProductVersion:		14.6.1
 *     BuildVersion:		23G93
 *
 * plus, with a Rapid Security Response installed, `ProductVersionExtra:	(a)`. Keys are not localized.
 * Values are validated so that anything unexpected yields null (→ unknown), never a guess.
 */

/** What sw_vers reported. */
export interface SwVers {
  readonly productName: string
  readonly productVersion: string
  readonly buildVersion: string
  /** Rapid Security Response suffix such as "(a)", if any. */
  readonly productVersionExtra: string | null
}

const VERSION = /^\d{1,3}(\.\d{1,3}){0,2}$/
const BUILD = /^[0-9]{2}[A-Z][0-9A-Za-z]{1,10}$/

/** Parse sw_vers output; null if a field is missing or malformed. */
export function parseSwVers(text: string): SwVers | null {
  const fields = new Map<string, string>()
  for (const raw of text.split(/\r?\n/)) {
    const m = /^([A-Za-z]+):\s*(.*?)\s*$/.exec(raw)
    if (m) fields.set(m[1] as string, m[2] as string)
  }
  const productName = fields.get('ProductName')
  const productVersion = fields.get('ProductVersion')
  const buildVersion = fields.get('BuildVersion')
  if (productName === undefined || productVersion === undefined || buildVersion === undefined) return null
  if (!VERSION.test(productVersion) || !BUILD.test(buildVersion) || productName === '') return null
  const extra = fields.get('ProductVersionExtra')
  if (extra !== undefined && !/^\([a-z]\)$/.test(extra)) return null
  return { productName, productVersion, buildVersion, productVersionExtra: extra ?? null }
}

/** The major version number (15 for "15.3.1"). */
export function macosMajor(version: string): number {
  return Number.parseInt(version.split('.')[0] as string, 10)
}
