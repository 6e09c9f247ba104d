import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  parseCsrutilStatus,
  parseSpctlStatus,
} from '../../../../../main/checks/platform-integrity/darwin-parse'
import {
  CSRUTIL_ARGV,
  darwinStrategy,
  SPCTL_ARGV,
} from '../../../../../main/checks/platform-integrity/darwin'
import { edit, failed, fixture, ok, run, stdoutOf } from '../transcript-harness'

const GOOD = fixture('darwin/mp-pi-sequoia-all-on.json')
const CUSTOM = stdoutOf(fixture('darwin/pi-sip-custom-configuration-intel-ventura.json'), CSRUTIL_ARGV)

describe('parseCsrutilStatus', () => {
  it('reads enabled, disabled and custom configurations (listing what is off)', () => {
    expect(parseCsrutilStatus('System Integrity Protection status: enabled.\n')).toEqual({ kind: 'enabled' })
    expect(parseCsrutilStatus('System Integrity Protection status: disabled.\n')).toEqual({
      kind: 'disabled',
    })
    expect(parseCsrutilStatus(CUSTOM)).toEqual({
      kind: 'custom',
      disabled: ['Kext Signing', 'Filesystem Protections'],
    })
    // "enabled (Custom Configuration)" is still custom: something was changed.
    expect(
      parseCsrutilStatus(
        'System Integrity Protection status: enabled (Custom Configuration).\n\nConfiguration:\n\tApple Internal: disabled\n\tNVRAM Protections: disabled\n',
      ),
    ).toEqual({ kind: 'custom', disabled: ['NVRAM Protections'] })
  })

  it('rejects unknown, repeated, truncated or decorated status lines', () => {
    for (const bad of [
      '',
      'System Integrity Protection status: unknown.\n',
      'System Integrity Protection status: enabled\n',
      'System Integrity Protection status: enabled.\nSystem Integrity Protection status: disabled.\n',
      'system integrity protection status: enabled.\n',
      'Statut de la protection : activée.\n',
      'csrutil: failed to read\n',
    ])
      expect(parseCsrutilStatus(bad), bad).toBeNull()
    const line = 'System Integrity Protection status: enabled.'
    for (let k = 0; k < line.length; k++) expect(parseCsrutilStatus(line.slice(0, k))).toBeNull()
  })

  it('reads spctl by stdout, and requires the exit code to agree with "enabled"', () => {
    expect(parseSpctlStatus('assessments enabled\n', 0)).toBe('enabled')
    expect(parseSpctlStatus('assessments disabled\n', 1)).toBe('disabled')
    expect(parseSpctlStatus('assessments enabled\n', 1)).toBeNull()
    expect(parseSpctlStatus('assessments enabled\ndeveloper id enabled\n', 0)).toBe('enabled')
    expect(parseSpctlStatus('', 0)).toBeNull()
    expect(parseSpctlStatus('assessments enabled\nassessments disabled\n', 0)).toBeNull()
    expect(parseSpctlStatus('assessments disabled\n', 2)).toBeNull()
  })
})

describe('macOS platform-integrity strategy', () => {
  it('passes with SIP and Gatekeeper on', async () => {
    const v = await run(darwinStrategy, GOOD)
    expect(v.status).toBe('pass')
    expect(v.observed).toEqual(expect.arrayContaining(['System Integrity Protection: on', 'Gatekeeper: on']))
  })

  it('Gatekeeper off (exit 1) fails with the version-specific fix', async () => {
    const off = edit(GOOD, { commands: [ok(SPCTL_ARGV, 'assessments disabled\n', '', 1)] })
    const v = await run(darwinStrategy, off)
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe('platform-integrity.darwin.gatekeeper')
    const monterey = edit(off, {
      commands: [ok(['/usr/bin/sw_vers'], 'ProductName:\t\tmacOS\nProductVersion:\t\t12.7.6\n')],
    })
    expect((await run(darwinStrategy, monterey)).remediationId).toBe(
      'platform-integrity.darwin.gatekeeper.macos12',
    )
  })

  it('SIP off fails with the Recovery steps for the Mac’s architecture', async () => {
    const off = edit(GOOD, {
      commands: [ok(CSRUTIL_ARGV, 'System Integrity Protection status: disabled.\n')],
    })
    expect((await run(darwinStrategy, off)).remediationId).toBe('platform-integrity.darwin.sip')
    const intel = { ...off, arch: 'x64' }
    const v = await run(darwinStrategy, intel)
    expect(v.status).toBe('fail')
    expect(v.remediationId).toBe('platform-integrity.darwin.sip.intel')
  })

  it('a failing csrutil with Gatekeeper on is unknown; Gatekeeper off still fails', async () => {
    const broken = edit(GOOD, { commands: [ok(CSRUTIL_ARGV, '', 'csrutil: error\n', 1)] })
    expect((await run(darwinStrategy, broken)).status).toBe('unknown')
    const both = edit(broken, { commands: [ok(SPCTL_ARGV, 'assessments disabled\n', '', 1)] })
    expect((await run(darwinStrategy, both)).status).toBe('fail')
    const hung = edit(GOOD, { commands: [failed(SPCTL_ARGV, 'ETIMEDOUT')] })
    const v = await run(darwinStrategy, hung)
    expect(v.status).toBe('unknown')
    expect(v.reason).toMatch(/did not finish in time/)
  })

  it('random output for either tool never passes unless it is exactly the "on" answer', async () => {
    const out = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        'System Integrity Protection status: enabled.\n',
        'assessments enabled\n',
        'assessments disabled\n',
        CUSTOM,
      ),
    )
    await fc.assert(
      fc.asyncProperty(
        out,
        fc.integer({ min: 0, max: 1 }),
        out,
        fc.integer({ min: 0, max: 1 }),
        async (a, ac, b, bc) => {
          const v = await run(
            darwinStrategy,
            edit(GOOD, { commands: [ok(CSRUTIL_ARGV, a, '', ac), ok(SPCTL_ARGV, b, '', bc)] }),
          )
          if (v.status === 'pass') {
            expect(ac === 0 && parseCsrutilStatus(a)?.kind === 'enabled').toBe(true)
            expect(parseSpctlStatus(b, bc)).toBe('enabled')
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
