/**
 * Pure parsing for the macOS automatic-update check.
 *
 * `defaults read <domain>` prints the whole domain as an old-style (OpenStep) property list:
 * `{ AutomaticCheckEnabled = 1; LastFullSuccessfulDate = "2026-08-20 07:12:44 +0000"; … }`, with
 * booleans and numbers as bare `1`/`0`, nested arrays `( … )` and dictionaries. We parse that syntax
 * properly (so a key inside a nested dictionary can never be mistaken for a top-level one) and then
 * read the values of the few keys that matter. Values are never localised; only syntax is read.
 */
import type { Msg } from '../../../shared/i18n/msg'
import { msg } from '../verdict'

/** A value of an old-style property list. Dates and numbers stay strings; data is `{ data: hex }`. */
export type PlistValue = string | readonly PlistValue[] | { readonly [key: string]: PlistValue }

/** Thrown by the parser; the message says where it stopped. */
class PlistSyntaxError extends Error {}

const BARE = /[A-Za-z0-9_$+/:.-]/

/** Parse old-style plist text into a value; null when it is not valid. */
export function parseOldStylePlist(text: string): PlistValue | null {
  let i = 0
  const n = text.length
  const skip = () => {
    while (i < n) {
      const c = text[i] as string
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++
      else if (text.startsWith('//', i)) {
        while (i < n && text[i] !== '\n') i++
      } else if (text.startsWith('/*', i)) {
        const end = text.indexOf('*/', i + 2)
        if (end < 0) throw new PlistSyntaxError('unterminated comment')
        i = end + 2
      } else break
    }
  }
  const expect = (c: string) => {
    skip()
    if (text[i] !== c) throw new PlistSyntaxError(`expected "${c}" at ${i}`)
    i++
  }
  const quoted = (): string => {
    const q = text[i] as string
    i++
    let out = ''
    while (i < n && text[i] !== q) {
      if (text[i] === '\\') {
        const e = text[i + 1]
        if (e === undefined) throw new PlistSyntaxError('unterminated escape')
        if (e === 'n') out += '\n'
        else if (e === 't') out += '\t'
        else if (e === 'r') out += '\r'
        else if (e === 'U' || e === 'u') {
          const hex = text.slice(i + 2, i + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new PlistSyntaxError('bad \\U escape')
          out += String.fromCharCode(parseInt(hex, 16))
          i += 4
        } else out += e
        i += 2
      } else {
        out += text[i]
        i++
      }
    }
    if (i >= n) throw new PlistSyntaxError('unterminated string')
    i++
    return out
  }
  let depth = 0
  const value = (): PlistValue => {
    skip()
    const c = text[i]
    if (c === undefined) throw new PlistSyntaxError('unexpected end')
    if (++depth > 64) throw new PlistSyntaxError('nested too deeply')
    try {
      if (c === '{') {
        i++
        const obj: Record<string, PlistValue> = Object.create(null) as Record<string, PlistValue>
        for (;;) {
          skip()
          if (text[i] === '}') {
            i++
            return obj
          }
          const k = value()
          if (typeof k !== 'string') throw new PlistSyntaxError(`dictionary key is not a string at ${i}`)
          expect('=')
          const v = value()
          expect(';')
          obj[k] = v
        }
      }
      if (c === '(') {
        i++
        const arr: PlistValue[] = []
        skip()
        if (text[i] === ')') {
          i++
          return arr
        }
        for (;;) {
          arr.push(value())
          skip()
          if (text[i] === ',') {
            i++
            skip()
            if (text[i] === ')') {
              i++
              return arr
            }
            continue
          }
          if (text[i] === ')') {
            i++
            return arr
          }
          throw new PlistSyntaxError(`expected "," or ")" at ${i}`)
        }
      }
      if (c === '"' || c === "'") return quoted()
      if (c === '<') {
        const end = text.indexOf('>', i)
        if (end < 0) throw new PlistSyntaxError('unterminated data')
        const hex = text.slice(i + 1, end).replace(/\s+/g, '')
        if (!/^[0-9a-fA-F]*$/.test(hex)) throw new PlistSyntaxError('bad data')
        i = end + 1
        return { data: hex }
      }
      const start = i
      while (i < n && BARE.test(text[i] as string)) i++
      if (i === start) throw new PlistSyntaxError(`unexpected "${c}" at ${i}`)
      return text.slice(start, i)
    } finally {
      depth--
    }
  }
  try {
    const v = value()
    skip()
    if (i !== n) return null
    return v
  } catch (err) {
    if (err instanceof PlistSyntaxError) return null
    throw err
  }
}

/** A boolean preference: true/false, absent, or present with a value we cannot read as a boolean. */
export type BoolPref = true | false | 'absent' | 'invalid'

/** Read a boolean key from a parsed top-level dictionary (`1`/`0`, `YES`/`NO`, `true`/`false`). */
export function boolPref(dict: { readonly [key: string]: PlistValue }, key: string): BoolPref {
  if (!Object.prototype.hasOwnProperty.call(dict, key)) return 'absent'
  const v = dict[key]
  if (typeof v !== 'string') return 'invalid'
  const s = v.trim().toLowerCase()
  if (s === '1' || s === 'yes' || s === 'true') return true
  if (s === '0' || s === 'no' || s === 'false') return false
  return 'invalid'
}

/** Is the value a top-level dictionary (not an array, string or data)? */
export function isDict(v: PlistValue | null): v is { readonly [key: string]: PlistValue } {
  // Dictionaries are built with a null prototype; data values (`<…>`) are plain objects.
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === null
}

/** The update settings that matter, in the order they are reported. */
export const UPDATE_KEYS = [
  'AutomaticCheckEnabled',
  'AutomaticDownload',
  'CriticalUpdateInstall',
  'ConfigDataInstall',
  'AutomaticallyInstallMacOSUpdates',
] as const
export type UpdateKey = (typeof UPDATE_KEYS)[number]

/**
 * Keys that must be on for a pass. Check + download keep the Mac aware of and ready for updates;
 * CriticalUpdateInstall and ConfigDataInstall (one switch in the UI: "Install Security Responses and
 * system files") deliver security responses and XProtect/Gatekeeper data without the user. Installing
 * full macOS updates automatically is recommended but not required: the os-version check already
 * fails a Mac that falls behind on patches.
 */
export const REQUIRED_KEYS: readonly UpdateKey[] = [
  'AutomaticCheckEnabled',
  'AutomaticDownload',
  'CriticalUpdateInstall',
  'ConfigDataInstall',
]

/**
 * The value macOS uses when a key is absent. Apple's SoftwareUpdate payload reference documents the
 * default of each of these keys as `true`, and on an unmanaged Mac the keys typically appear in the
 * plist only once the user has toggled them, so an absent key means the factory setting: on. The
 * factory setting of "install macOS updates" has varied with release and setup choices, so an absent
 * key is reported as "not set" (it is not required for a pass).
 */
export const DEFAULT_WHEN_ABSENT: Readonly<Record<UpdateKey, boolean | null>> = {
  AutomaticCheckEnabled: true,
  AutomaticDownload: true,
  CriticalUpdateInstall: true,
  ConfigDataInstall: true,
  AutomaticallyInstallMacOSUpdates: null,
}

/** Where a setting's value came from. */
export type SettingSource = 'managed' | 'local' | 'default'

export interface EffectiveSetting {
  readonly key: UpdateKey
  /** null: not set anywhere and no documented default; 'invalid': present but unreadable. */
  readonly value: boolean | null | 'invalid'
  readonly source: SettingSource
}

/**
 * Resolve each key: a managed (configuration profile) value wins over the local one, which wins over
 * the documented default.
 */
export function effectiveSettings(
  local: { readonly [key: string]: PlistValue },
  managed: { readonly [key: string]: PlistValue } | null,
): EffectiveSetting[] {
  return UPDATE_KEYS.map((key) => {
    const m = managed === null ? 'absent' : boolPref(managed, key)
    if (m !== 'absent') return { key, value: m, source: 'managed' }
    const l = boolPref(local, key)
    if (l !== 'absent') return { key, value: l, source: 'local' }
    return { key, value: DEFAULT_WHEN_ABSENT[key], source: 'default' }
  })
}

/** The name of a key as the settings app shows it, as a check message. */
export function updateKeyMsg(key: UpdateKey): Msg {
  return msg(`check.auto-updates.darwin.key.${key}`)
}
