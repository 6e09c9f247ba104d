import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  macUpdatePolicy,
  normaliseBraveVersion,
  parseApplicationIni,
  parseChannelPrefs,
  parseDpkgQuery,
  parseFirefoxPolicies,
  parseMetainfoNewest,
  parsePacmanQuery,
  parseRpmVersion,
  parseSnapYamlVersion,
  parseVisualElementsManifest,
  plistStringValue,
  policyBlocksUpdates,
  releaseVersion,
  upstreamPackageVersion,
  windowsUpdatePolicy,
} from '../../../../../main/checks/browser-updates/parse'
import { msg } from '../../../../../main/checks/verdict'

const PLIST = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>CFBundleDocumentTypes</key>
\t<array>
\t\t<dict>
\t\t\t<key>CFBundleShortVersionString</key>
\t\t\t<string>1.0</string>
\t\t</dict>
\t</array>
\t<key>Nested</key>
\t<dict>
\t\t<key>CFBundleShortVersionString</key>
\t\t<string>2.0</string>
\t</dict>
\t<key>CFBundleShortVersionString</key>
\t<string>158.0.8127.37</string>
</dict>
</plist>
`

describe('Info.plist', () => {
  it('reads the top-level key, never one inside a nested dict or array', () => {
    expect(plistStringValue(PLIST, 'CFBundleShortVersionString')).toEqual({
      kind: 'value',
      value: '158.0.8127.37',
    })
  })
  it('says binary for bplist00, invalid for non-plists, missing keys and non-string values', () => {
    expect(plistStringValue('bplist00\u0000\u0001', 'X').kind).toBe('binary')
    expect(plistStringValue('hello', 'X').kind).toBe('invalid')
    expect(plistStringValue('<plist><dict></dict></plist>', 'X')).toEqual({
      kind: 'invalid',
      detail: msg('check.browser-updates.darwin.parse.missing', { key: 'X' }),
    })
    expect(plistStringValue('<plist><dict><key>X</key><integer>3</integer></dict></plist>', 'X')).toEqual({
      kind: 'invalid',
      detail: msg('check.browser-updates.darwin.parse.notString', { key: 'X' }),
    })
  })
  it('decodes entities', () => {
    expect(
      plistStringValue('<plist><dict><key>A&amp;B</key><string>x&lt;y</string></dict></plist>', 'A&B'),
    ).toEqual({
      kind: 'value',
      value: 'x<y',
    })
  })
})

describe('Firefox files', () => {
  it('application.ini: [App] Version only', () => {
    expect(parseApplicationIni('[Gecko]\nVersion=1.0\n[App]\nName=Firefox\nVersion=159.0\r\n')).toEqual({
      version: { text: '159.0', parts: [159, 0] },
    })
    expect(parseApplicationIni('[App]\nVersion=160.0b3\n')).toEqual({ prerelease: '160.0b3' })
    expect(parseApplicationIni('[App]\nVersion=banana\n')).toBeNull()
    expect(parseApplicationIni('Version=159.0\n')).toBeNull()
  })
  it('channel-prefs.js', () => {
    expect(parseChannelPrefs('// c\npref("app.update.channel", "esr");\n')).toBe('esr')
    expect(parseChannelPrefs("pref('app.update.channel', 'release')")).toBe('release')
    expect(parseChannelPrefs('// pref("app.update.channel", "esr");')).toBeNull()
  })
  it('policies.json', () => {
    expect(parseFirefoxPolicies('{"policies":{"DisableAppUpdate":true}}')).toMatchObject({
      disableAppUpdate: true,
    })
    expect(parseFirefoxPolicies('{"policies":{"ManualAppUpdateOnly":true}}')).toMatchObject({
      manualOnly: true,
    })
    expect(parseFirefoxPolicies('{"policies":{"AppAutoUpdate":false}}')).toMatchObject({
      disableAppUpdate: false,
      autoUpdateOff: true,
    })
    expect(parseFirefoxPolicies('{}')).toMatchObject({ kind: 'policies', disableAppUpdate: false })
    expect(parseFirefoxPolicies('{"policies":{"DisableAppUpdate":"yes"}}').kind).toBe('invalid')
    expect(parseFirefoxPolicies('{"policies":[]}').kind).toBe('invalid')
    expect(parseFirefoxPolicies('{"policies":').kind).toBe('invalid')
  })
})

describe('Chromium family', () => {
  it('Brave: strips the Chromium major that Windows puts in front', () => {
    expect(normaliseBraveVersion(releaseVersion('151.1.93.138')!).text).toBe('1.93.138')
    expect(normaliseBraveVersion(releaseVersion('1.93.138')!).text).toBe('1.93.138')
  })
  it('VisualElementsManifest', () => {
    const xml =
      "<Application xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>\r\n  <VisualElements\r\n      ShowNameOnSquare150x150Logo='on'\r\n      Square150x150Logo='142.0.7444.60\\VisualElements\\Logo.png'\r\n      Square70x70Logo='142.0.7444.60\\VisualElements\\SmallLogo.png'\r\n      ForegroundText='light'/>\r\n</Application>\r\n"
    expect(parseVisualElementsManifest(xml)?.text).toBe('142.0.7444.60')
    expect(parseVisualElementsManifest("Square150x150Logo='VisualElements\\Logo.png'")).toBeNull()
  })
  it('Chromium updater policy numbering differs between Windows and macOS', () => {
    expect([0, 1, 2, 3, 4].map((n) => windowsUpdatePolicy(n))).toEqual([
      'disabled',
      'enabled',
      'manual-only',
      'automatic-only',
      'machine-only',
    ])
    expect([0, 1, 2, 3, 4].map((n) => macUpdatePolicy(n))).toEqual([
      'enabled',
      'automatic-only',
      'manual-only',
      'disabled',
      'machine-only',
    ])
    expect(windowsUpdatePolicy(5)).toBeNull()
    expect(macUpdatePolicy(-1)).toBeNull()
    expect(policyBlocksUpdates('disabled') && policyBlocksUpdates('manual-only')).toBe(true)
    expect(policyBlocksUpdates('automatic-only') || policyBlocksUpdates('machine-only')).toBe(false)
  })
})

describe('Linux package and store outputs', () => {
  it('dpkg-query: installed state and upstream version', () => {
    expect(parseDpkgQuery('ii |150.0.7871.100-1~deb12u1')).toEqual({
      installed: true,
      version: { text: '150.0.7871.100', parts: [150, 0, 7871, 100] },
    })
    expect(parseDpkgQuery('rc |150.0.7871.100-1')).toEqual({ installed: false })
    expect(parseDpkgQuery('un |')).toEqual({ installed: false })
    expect(parseDpkgQuery('garbage')).toBeNull()
  })
  it('package versions drop epoch and revision', () => {
    expect(upstreamPackageVersion('1:153.2.0esr-1')).toBeNull()
    expect(upstreamPackageVersion('2:151.0.7922.71-1')?.text).toBe('151.0.7922.71')
    expect(parseRpmVersion('151.0.7922.71\n')?.text).toBe('151.0.7922.71')
    expect(parseRpmVersion('package chromium is not installed\n')).toBeNull()
    expect(parsePacmanQuery('chromium 151.0.7922.71-1\n', 'chromium')?.text).toBe('151.0.7922.71')
    expect(parsePacmanQuery('chromium-dev 151.0.7922.71-1\n', 'chromium')).toBeNull()
  })
  it('snap.yaml and metainfo', () => {
    expect(parseSnapYamlVersion("name: chromium\nversion: '151.0.7922.71'\nsummary: x\n")?.text).toBe(
      '151.0.7922.71',
    )
    expect(parseSnapYamlVersion('name: firefox\nversion: 145.0-1\n')?.text).toBe('145.0')
    expect(parseSnapYamlVersion('name: x\n  version: 1.0\n')).toBeNull()
    const meta =
      '<?xml version="1.0"?>\n<component type="desktop-application">\n<releases>\n<release version="150.0.7871.100" date="2026-07-07"/>\n<release version="151.0.7922.71" date="2026-07-29"/>\n<release version="149.0.7827.200"/>\n</releases>\n</component>\n'
    expect(parseMetainfoNewest(meta)?.text).toBe('151.0.7922.71')
    expect(parseMetainfoNewest('<releases><release version="1.0"/></releases>')).toBeNull()
  })
})

describe('properties: random text never yields a version that was not written as one', () => {
  const noDigits = fc.string().filter((s) => !/\d/.test(s))
  it('parsers find no version in text without digits', () => {
    fc.assert(
      fc.property(noDigits, (s) => {
        expect(parseApplicationIni(s)).toBeNull()
        expect(parseVisualElementsManifest(s)).toBeNull()
        expect(parseDpkgQuery(s)?.installed ?? false).toBe(false)
        expect(parseRpmVersion(s)).toBeNull()
        expect(parseSnapYamlVersion(s)).toBeNull()
        expect(parseMetainfoNewest(s)).toBeNull()
        expect(plistStringValue(s, 'CFBundleShortVersionString').kind).not.toBe('value')
      }),
    )
  })
  it('any version found is a valid 1-4 part version', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        for (const v of [parseRpmVersion(s), parseSnapYamlVersion(s), parseMetainfoNewest(s)])
          if (v !== null) expect(v.text).toMatch(/^\d{1,6}(\.\d{1,6}){0,3}$/)
      }),
    )
  })
  it('policies.json: random text is never read as "updates allowed" unless it is a valid policies object', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const p = parseFirefoxPolicies(s)
        if (p.kind === 'policies') {
          const data = JSON.parse(s) as unknown
          expect(typeof data === 'object' && data !== null && !Array.isArray(data)).toBe(true)
        }
      }),
    )
  })
})
