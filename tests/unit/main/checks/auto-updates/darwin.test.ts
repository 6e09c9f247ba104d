import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  boolPref,
  effectiveSettings,
  isDict,
  parseOldStylePlist,
  type PlistValue,
} from '../../../../../main/checks/auto-updates/darwin-parse'
import { darwinStrategy } from '../../../../../main/checks/auto-updates/darwin'
import { exit, failed, fixtureOutput, runStrategy, swVers } from '../darwin-fixture'

const SU = ['/usr/bin/defaults', 'read', '/Library/Preferences/com.apple.SoftwareUpdate']
const SUM = ['/usr/bin/defaults', 'read', '/Library/Managed Preferences/com.apple.SoftwareUpdate']
const NO_MANAGED = exit(
  SUM,
  '',
  '\n2026-11-24 06:10:11.560 defaults[8125:154382] \nDomain /Library/Managed Preferences/com.apple.SoftwareUpdate does not exist\n',
  1,
)
const REAL_ALL_ON = fixtureOutput('mac-all-pass-sequoia-apple-silicon', SU).stdout
const REAL_WITH_NESTED = fixtureOutput('updates-never-toggled-defaults-tahoe', SU).stdout

const plist = (entries: Record<string, string>) =>
  `{\n${Object.entries(entries)
    .map(([k, v]) => `    ${k} = ${v};`)
    .join('\n')}\n}\n`

describe('parseOldStylePlist', () => {
  it('parses the real SoftwareUpdate output, including nested arrays of dictionaries', () => {
    const all = parseOldStylePlist(REAL_ALL_ON)
    expect(isDict(all)).toBe(true)
    if (!isDict(all)) return
    expect(all['AutomaticCheckEnabled']).toBe('1')
    expect(all['LastFullSuccessfulDate']).toBe('2026-11-23 08:14:52 +0000')
    expect(all['PrimaryLanguages']).toEqual(['en-US', 'en'])
    const nested = parseOldStylePlist(REAL_WITH_NESTED)
    expect(isDict(nested)).toBe(true)
    if (!isDict(nested)) return
    const updates = nested['RecommendedUpdates'] as readonly PlistValue[]
    expect(updates).toHaveLength(1)
    expect((updates[0] as Record<string, PlistValue>)['Display Name']).toBe('Background Security Improvement')
    // A key inside a nested dictionary is not a top-level key.
    expect(Object.prototype.hasOwnProperty.call(nested, 'MobileSoftwareUpdate')).toBe(false)
  })

  it('handles escapes, data, comments and trailing commas', () => {
    const v = parseOldStylePlist('{ a = "x\\"y\\n"; b = <0fA1 22>; /* c */ c = (1, 2,); // end\n}')
    expect(isDict(v)).toBe(true)
    if (!isDict(v)) return
    expect(v['a']).toBe('x"y\n')
    expect(v['b']).toEqual({ data: '0fA122' })
    expect(v['c']).toEqual(['1', '2'])
    expect(isDict(v['b'] ?? null)).toBe(false)
  })

  it('every strict prefix of a real output is rejected (truncated output never parses)', () => {
    const end = REAL_ALL_ON.lastIndexOf('}')
    for (let k = 0; k <= end; k++)
      expect(parseOldStylePlist(REAL_ALL_ON.slice(0, k)), `prefix ${k}`).toBeNull()
  })

  it('round-trips random dictionaries', () => {
    const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/)
    const scalar = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_.]{1,10}$/), fc.string({ maxLength: 12 }))
    const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
    fc.assert(
      fc.property(fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }))), (dict) => {
        const text =
          '{\n' +
          Object.entries(dict)
            .map(([k, v]) => `    ${k} = ${Array.isArray(v) ? `(${v.map(quote).join(', ')})` : quote(v)};`)
            .join('\n') +
          '\n}\n'
        const parsed = parseOldStylePlist(text)
        expect(isDict(parsed)).toBe(true)
        expect({ ...(parsed as object) }).toEqual(dict)
      }),
    )
  })

  it('never throws on random input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        parseOldStylePlist(s)
      }),
    )
    expect(parseOldStylePlist('('.repeat(200))).toBeNull()
  })
})

describe('settings resolution', () => {
  it('reads 1/0, YES/NO and true/false; anything else is invalid', () => {
    const d = parseOldStylePlist('{ a = 1; b = NO; c = true; d = 2; e = (1); }')
    if (!isDict(d)) throw new Error('not a dict')
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((k) => boolPref(d, k))).toEqual([
      true,
      false,
      true,
      'invalid',
      'invalid',
      'absent',
    ])
  })

  it('managed values win, then local, then Apple defaults', () => {
    const local = parseOldStylePlist('{ AutomaticDownload = 1; CriticalUpdateInstall = 0; }')
    const managed = parseOldStylePlist('{ AutomaticDownload = 0; }')
    if (!isDict(local) || !isDict(managed)) throw new Error('not a dict')
    const s = Object.fromEntries(effectiveSettings(local, managed).map((e) => [e.key, e]))
    expect(s['AutomaticDownload']).toEqual({ key: 'AutomaticDownload', value: false, source: 'managed' })
    expect(s['CriticalUpdateInstall']).toEqual({
      key: 'CriticalUpdateInstall',
      value: false,
      source: 'local',
    })
    expect(s['AutomaticCheckEnabled']).toEqual({
      key: 'AutomaticCheckEnabled',
      value: true,
      source: 'default',
    })
    expect(s['AutomaticallyInstallMacOSUpdates']?.value).toBeNull()
  })
})

describe('macOS automatic-updates strategy', () => {
  it('passes with everything on', async () => {
    const v = await runStrategy(darwinStrategy, [swVers('15.7.2'), exit(SU, REAL_ALL_ON), NO_MANAGED])
    expect(v.status).toBe('pass')
    expect(v.observed).toContain('install Security Responses (security updates): on')
    expect(v.remediationId).toBe('auto-updates.darwin.turn-on')
  })

  it('passes on a Mac whose settings were never changed (documented defaults)', async () => {
    const v = await runStrategy(darwinStrategy, [swVers('26.1'), exit(SU, REAL_WITH_NESTED), NO_MANAGED])
    expect(v.status).toBe('pass')
    expect(v.observed).toContain('check for updates: on (macOS default)')
  })

  it.each(['AutomaticCheckEnabled', 'AutomaticDownload', 'CriticalUpdateInstall', 'ConfigDataInstall'])(
    'fails when %s is 0',
    async (key) => {
      const v = await runStrategy(darwinStrategy, [
        swVers('14.8.2'),
        exit(SU, plist({ [key]: '0' })),
        NO_MANAGED,
      ])
      expect(v.status).toBe('fail')
    },
  )

  it('does not require automatic macOS installs', async () => {
    const v = await runStrategy(darwinStrategy, [
      exit(SU, plist({ AutomaticallyInstallMacOSUpdates: '0' })),
      NO_MANAGED,
    ])
    expect(v.status).toBe('pass')
    expect(v.observed).toContain('install macOS updates: off')
  })

  it('a profile turning a setting off wins over the local value, and says so', async () => {
    const v = await runStrategy(darwinStrategy, [
      swVers('12.7.6'),
      exit(SU, REAL_ALL_ON),
      exit(SUM, plist({ AutomaticDownload: '0' })),
    ])
    expect(v.status).toBe('fail')
    expect(v.reason).toMatch(/configuration profile/)
    expect(v.remediationId).toBe('auto-updates.darwin.turn-on.macos12')
  })

  it('is unknown when the managed domain cannot be read (it might override)', async () => {
    const v = await runStrategy(darwinStrategy, [exit(SU, REAL_ALL_ON), failed(SUM, 'ETIMEDOUT')])
    expect(v.status).toBe('unknown')
  })

  it('is unknown when the local file does not exist, unless a profile sets every required key', async () => {
    const missing = exit(
      SU,
      '',
      '\n2026-11-24 defaults[1:2] \nDomain /Library/Preferences/com.apple.SoftwareUpdate does not exist\n',
      1,
    )
    expect((await runStrategy(darwinStrategy, [missing, NO_MANAGED])).status).toBe('unknown')
    const full = plist({
      AutomaticCheckEnabled: '1',
      AutomaticDownload: '1',
      CriticalUpdateInstall: '1',
      ConfigDataInstall: '1',
    })
    expect((await runStrategy(darwinStrategy, [missing, exit(SUM, full)])).status).toBe('pass')
    // A profile that sets only some keys, all on: the others are not known.
    expect(
      (await runStrategy(darwinStrategy, [missing, exit(SUM, plist({ AutomaticDownload: '1' }))])).status,
    ).toBe('unknown')
  })

  it('a profile turning a required setting off fails even when the local settings cannot be read', async () => {
    for (const local of [
      failed(SU, 'ETIMEDOUT'),
      exit(SU, '', '\nDomain /Library/Preferences/com.apple.SoftwareUpdate does not exist\n', 1),
      exit(SU, 'not a plist'),
    ]) {
      const v = await runStrategy(darwinStrategy, [local, exit(SUM, plist({ CriticalUpdateInstall: '0' }))])
      expect(v.status).toBe('fail')
      expect(v.reason).toMatch(/configuration profile/)
    }
  })

  it('is unknown on an unreadable value or an unparseable dump', async () => {
    expect(
      (await runStrategy(darwinStrategy, [exit(SU, plist({ CriticalUpdateInstall: '"maybe"' })), NO_MANAGED]))
        .status,
    ).toBe('unknown')
    expect(
      (await runStrategy(darwinStrategy, [exit(SU, 'AutomaticCheckEnabled = 1;'), NO_MANAGED])).status,
    ).toBe('unknown')
  })

  it('a truncated dump never passes', async () => {
    const end = REAL_ALL_ON.lastIndexOf('}')
    for (let k = 0; k <= end; k += 7) {
      const v = await runStrategy(darwinStrategy, [exit(SU, REAL_ALL_ON.slice(0, k)), NO_MANAGED])
      expect(v.status, `prefix ${k}`).toBe('unknown')
    }
  })

  it('random output never passes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 100 }), async (s) => {
        fc.pre(!/^\s*\{[\s\S]*\}\s*$/.test(s))
        const v = await runStrategy(darwinStrategy, [exit(SU, s), NO_MANAGED])
        expect(v.status).not.toBe('pass')
      }),
      { numRuns: 150 },
    )
  })
})
