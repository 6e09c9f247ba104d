import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseFdesetupStatus } from '../../../../../main/checks/disk-encryption/darwin-parse'
import { darwinStrategy } from '../../../../../main/checks/disk-encryption/darwin'
import { getRemediation } from '../../../../../shared/remediation/catalogue'
import { exit, failed, runStrategy, swVers } from '../darwin-fixture'

const FDE = ['/usr/bin/fdesetup', 'status']

/** Verbatim-shaped outputs (detection.md 2.2) and the state each must give. */
const REAL: readonly (readonly [string, string])[] = [
  ['FileVault is On.\n', 'on'],
  ['FileVault is Off.\n', 'off'],
  ['FileVault master keychain appears to be installed.\nFileVault is On.\n', 'on'],
  ['FileVault is On.\nEncryption in progress: Percent completed = 42\n', 'encrypting'],
  ['FileVault is On.\nEncryption in progress: Percent completed = 42.7\n', 'encrypting'],
  ['FileVault is On.\nEncryption in progress: Pending\n', 'encrypting'],
  ['FileVault is Off.\nDecryption in progress: Percent completed = 73\n', 'decrypting'],
  ['FileVault is On.\nDecryption in progress: Percent completed = 12.5\n', 'decrypting'],
  ["FileVault is Off.\nDeferred enablement appears to be active for user 'alex'.\n", 'off'],
  ['FileVault is Off, but will be enabled after the next restart.\n', 'off'],
  ['FileVault is On, but needs to be restarted to finish.\n', 'restart-to-finish'],
  ['FileVault is Off, but needs to be restarted to finish.\n', 'off'],
  [
    "FileVault is Off, but needs to be restarted to finish.\nDeferred enablement appears to be active for user 'alex'.\n",
    'off',
  ],
]

describe('parseFdesetupStatus', () => {
  it.each(REAL)('%j → %s', (text, kind) => {
    expect(parseFdesetupStatus(text).kind).toBe(kind)
  })

  it('keeps the percentage and the deferred user', () => {
    expect(parseFdesetupStatus(REAL[4]?.[0] ?? '')).toEqual({ kind: 'encrypting', percent: 42.7 })
    expect(parseFdesetupStatus(REAL[5]?.[0] ?? '')).toEqual({ kind: 'encrypting', percent: null })
    expect(parseFdesetupStatus(REAL[8]?.[0] ?? '')).toEqual({
      kind: 'off',
      status: 'off',
      deferredUser: 'alex',
      unread: [],
    })
    expect(parseFdesetupStatus(REAL[12]?.[0] ?? '')).toEqual({
      kind: 'off',
      status: 'off-restart',
      deferredUser: 'alex',
      unread: [],
    })
  })

  it.each([
    ['FileVault is Off.\nEncryption in progress: Percent completed = 3\n', 'off'],
    ['FileVault is Off.\nError: something new\n', 'off'],
    [
      'Something unheard of\nFileVault is Off, but will be enabled after the next restart.\n',
      'pending-restart',
    ],
    ['FileVault is Off.\nFileVault is Off.\n', 'off'],
  ])('an Off line decides a fail whatever else is printed: %j', (text, status) => {
    const state = parseFdesetupStatus(text)
    expect(state.kind).toBe('off')
    expect(state.kind === 'off' ? state.status : null).toBe(status)
    expect(state.kind === 'off' ? state.unread.length : 0).toBe(1)
  })

  it('a decryption line decides a fail even beside an unknown line', () => {
    expect(parseFdesetupStatus('FileVault is On.\nDecryption in progress: Pending\nNew line\n').kind).toBe(
      'decrypting',
    )
  })

  it('accepts CRLF line ends and surrounding blank lines', () => {
    expect(parseFdesetupStatus('\r\nFileVault is On.\r\n\r\n').kind).toBe('on')
  })

  it.each([
    ['', 'nothing'],
    ['FileVault is on.\n', 'different case'],
    ['FileVault is On.\nFileVault is On.\n', 'duplicated'],
    ['FileVault is On.\nFileVault is Off.\n', 'contradiction'],
    ['FileVault is On.\nEncryption in progress: Percent completed = 142\n', 'impossible percent'],
    ['FileVault is On.\nEncryption in progress: Paused\n', 'unknown progress word'],
    ['FileVault ist eingeschaltet.\n', 'a translation fdesetup does not print'],
    ['Error: unable to determine status\n', 'an error line'],
  ])('%j (%s) is unrecognised', (text) => {
    expect(parseFdesetupStatus(text).kind).toBe('unrecognised')
  })

  it('random text is never read as "on"', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const lines = s
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => l !== '')
        const onlyOn = lines.every(
          (l) => l === 'FileVault is On.' || l === 'FileVault master keychain appears to be installed.',
        )
        if (parseFdesetupStatus(s).kind === 'on')
          expect(onlyOn && lines.includes('FileVault is On.')).toBe(true)
      }),
    )
  })

  it('any mix of known and unknown lines is "on" only for exactly one On line (plus the keychain notice)', () => {
    const known = REAL.flatMap(([t]) => t.split('\n')).filter((l) => l !== '')
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 30 })), { maxLength: 6 }),
        (lines) => {
          const state = parseFdesetupStatus(lines.join('\n'))
          const meaningful = lines
            .join('\n')
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l !== '')
          const expectOn =
            meaningful.filter((l) => l === 'FileVault is On.').length === 1 &&
            meaningful.every(
              (l) => l === 'FileVault is On.' || l === 'FileVault master keychain appears to be installed.',
            )
          expect(state.kind === 'on').toBe(expectOn)
        },
      ),
    )
  })

  it('a real output cut inside a line never reads as "on"', () => {
    for (const [text] of REAL) {
      for (let k = 1; k < text.length; k++) {
        if (text[k - 1] === '\n' || text[k] === '\n') continue // cut exactly at a line boundary
        expect(parseFdesetupStatus(text.slice(0, k)).kind, JSON.stringify(text.slice(0, k))).not.toBe('on')
      }
    }
  })
})

describe('FileVault strategy', () => {
  it('passes on "FileVault is On." and offers the System Settings fix', async () => {
    const v = await runStrategy(darwinStrategy, [swVers('15.7.2'), exit(FDE, 'FileVault is On.\n')])
    expect(v.status).toBe('pass')
    expect(v.observed).toContain('FileVault is On')
    expect(v.remediationId).toBe('disk-encryption.darwin.turn-on')
  })

  it('fails when off, with the System Preferences fix on macOS 12', async () => {
    const v = await runStrategy(darwinStrategy, [
      swVers('12.7.6', '21H1320'),
      exit(FDE, 'FileVault is Off.\n'),
    ])
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe('disk-encryption.darwin.turn-on.macos12')
  })

  it('is unknown while encrypting, mentioning the long wait on Intel', async () => {
    const v = await runStrategy(
      darwinStrategy,
      [swVers('13.7.8'), exit(FDE, 'FileVault is On.\nEncryption in progress: Percent completed = 42.7\n')],
      { arch: 'x64' },
    )
    expect(v.status).toBe('unknown')
    expect(v.summary).toContain('42.7%')
    expect(v.reason).toMatch(/plugged in/)
    expect(v.remediationId).toBe('disk-encryption.darwin.wait-encrypting')
  })

  it.each([
    [
      'FileVault is Off, but will be enabled after the next restart.\n',
      'disk-encryption.darwin.finish-pending',
    ],
    [
      "FileVault is Off.\nDeferred enablement appears to be active for user 'alex'.\n",
      'disk-encryption.darwin.finish-deferred',
    ],
    [
      "FileVault is Off, but needs to be restarted to finish.\nDeferred enablement appears to be active for user 'alex'.\n",
      'disk-encryption.darwin.finish-deferred',
    ],
    ['FileVault is Off, but needs to be restarted to finish.\n', 'disk-encryption.darwin.restart-to-finish'],
    ['FileVault is Off.\nSomething Preflight has never seen\n', 'disk-encryption.darwin.turn-on'],
    [
      'FileVault is Off.\nDecryption in progress: Percent completed = 73\n',
      'disk-encryption.darwin.decrypting',
    ],
  ])('fails for %j', async (text, remediation) => {
    const v = await runStrategy(darwinStrategy, [swVers('14.8.2'), exit(FDE, text)])
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe(remediation)
    expect(v.reason).toBeTruthy()
  })

  it.each(['ENOENT', 'ETIMEDOUT', 'EACCES', 'EOUTPUT'] as const)(
    'is unknown when fdesetup fails (%s)',
    async (e) => {
      const v = await runStrategy(darwinStrategy, [swVers('15.7.2'), failed(FDE, e)])
      expect(v.status).toBe('unknown')
      expect(v.reason).toBeTruthy()
    },
  )

  it('is unknown on a non-zero exit even if the text looks good', async () => {
    const v = await runStrategy(darwinStrategy, [exit(FDE, 'FileVault is On.\n', '', 1)])
    expect(v.status).toBe('unknown')
  })

  it('still judges FileVault when sw_vers is missing', async () => {
    const v = await runStrategy(darwinStrategy, [exit(FDE, 'FileVault is On.\n')])
    expect(v.status).toBe('pass')
    expect(v.remediationId).toBe('disk-encryption.darwin.turn-on')
  })

  it('never passes on random output', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (s) => {
        fc.pre(!/^\s*(FileVault master keychain appears to be installed\.\s*)?FileVault is On\.\s*$/.test(s))
        const v = await runStrategy(darwinStrategy, [exit(FDE, s)])
        expect(v.status).not.toBe('pass')
        expect(getRemediation(v.remediationId)).not.toBeNull()
      }),
      { numRuns: 200 },
    )
  })
})
