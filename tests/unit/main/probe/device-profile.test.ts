/**
 * The device profile: systeminformation in a worker with a hard timeout, serial-free, recorded in
 * the transcript and replayed from it, never deciding a verdict.
 */
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { buildDeviceProfile, runChecks } from '../../../../main/engine/run-checks'
import {
  cleanText,
  collectSiAnswer,
  liveSiAnswer,
  siAnswerFromWorker,
  type SiAnswer,
} from '../../../../main/probe/device-profile'
import { SystemProbe } from '../../../../main/probe/system-probe'
import {
  parseTranscript,
  RecordingProbe,
  ReplayProbe,
  TranscriptError,
  type Transcript,
} from '../../../../main/probe/transcript'
import { chassisKindOf, compareHostKind } from '../../../../shared/device-profile'

const WORKER = path.resolve(__dirname, '../../../../main/probe/device-profile-worker.cjs')
const FIXTURES = path.resolve(__dirname, '../../../fixtures')

const LAPTOP: SiAnswer = {
  status: 'ok',
  manufacturer: 'LENOVO',
  model: '20XW0055GE',
  chassisType: 'Notebook',
  virtual: false,
  virtualHost: null,
}

describe('siAnswerFromWorker', () => {
  it('keeps only maker, model, chassis type and VM, cleaned', () => {
    expect(
      siAnswerFromWorker({
        ok: true,
        system: {
          manufacturer: ' Dell Inc.\u0000 ',
          model: 'Latitude 7440',
          virtual: false,
          virtualHost: 'ignored when not virtual',
          serial: 'ABC123',
          uuid: '4c4c4544-0042',
        },
        chassis: { type: 'Notebook', serial: 'XYZ' },
      }),
    ).toEqual({
      status: 'ok',
      manufacturer: 'Dell Inc.',
      model: 'Latitude 7440',
      chassisType: 'Notebook',
      virtual: false,
      virtualHost: null,
    })
  })

  it('drops placeholders and uses the model-derived type on macOS', () => {
    expect(
      siAnswerFromWorker({
        ok: true,
        system: {
          manufacturer: 'To Be Filled By O.E.M.',
          model: 'Computer',
          type: 'Notebook',
          virtual: true,
          virtualHost: 'VMware',
        },
        chassis: null,
      }),
    ).toEqual({
      status: 'ok',
      manufacturer: null,
      model: null,
      chassisType: 'Notebook',
      virtual: true,
      virtualHost: 'VMware',
    })
    expect(cleanText('x'.repeat(300))?.length).toBe(100)
  })

  it('treats anything unexpected as an error', () => {
    for (const m of [null, 'x', { ok: false, error: 'boom' }, { ok: true, system: null }]) {
      expect(siAnswerFromWorker(m)).toEqual({ status: 'error' })
    }
  })
})

describe('the worker (real systeminformation on this machine)', () => {
  it('posts back only the allowed fields: no serial, UUID, SKU or asset tag', async () => {
    const w = new Worker(WORKER)
    const message = await new Promise<unknown>((resolve, reject) => {
      w.on('message', resolve)
      w.on('error', reject)
    })
    await w.terminate()
    const m = message as {
      ok: boolean
      system: Record<string, unknown>
      chassis: Record<string, unknown> | null
    }
    expect(m.ok).toBe(true)
    for (const k of Object.keys(m.system))
      expect(['manufacturer', 'model', 'virtual', 'virtualHost', 'type']).toContain(k)
    for (const k of Object.keys(m.chassis ?? {})) expect(k).toBe('type')
    expect(JSON.stringify(m)).not.toMatch(/serial|uuid|sku|assetTag/i)
  }, 20_000)

  it('collectSiAnswer answers within its time limit', async () => {
    const a = await collectSiAnswer({ timeoutMs: 15_000 })
    expect(a.status).toBe('ok')
  }, 20_000)

  it('the live probe asks once per process (the app re-checks often)', async () => {
    const first = liveSiAnswer()
    expect((await first).status).toBe('ok')
    expect(liveSiAnswer()).toBe(first)
    expect(await new SystemProbe({ env: {} }).deviceProfile()).toBe(await first)
  }, 20_000)
})

describe('collectSiAnswer time limit', () => {
  it('stops a hung worker at the timeout', async () => {
    const t0 = Date.now()
    let w: Worker | undefined
    const a = await collectSiAnswer({
      timeoutMs: 200,
      start: () => (w = new Worker('setInterval(() => {}, 1000)', { eval: true })),
    })
    expect(a).toEqual({ status: 'timeout' })
    expect(Date.now() - t0).toBeLessThan(2000)
    // Terminated: its thread id becomes -1 once it has exited.
    await new Promise((r) => setTimeout(r, 200))
    expect(w?.threadId).toBe(-1)
  })

  it('answers error for a worker that dies or cannot start', async () => {
    expect(await collectSiAnswer({ start: () => new Worker('process.exit(1)', { eval: true }) })).toEqual({
      status: 'error',
    })
    expect(
      await collectSiAnswer({ start: () => new Worker('throw new Error("x")', { eval: true }) }),
    ).toEqual({ status: 'error' })
    expect(
      await collectSiAnswer({
        start: () => {
          throw new Error('no workers')
        },
      }),
    ).toEqual({ status: 'error' })
  })
})

describe('profile facts', () => {
  it('maps chassis types to laptop/desktop/other', () => {
    expect(chassisKindOf('Notebook')).toBe('laptop')
    expect(chassisKindOf('Convertible')).toBe('laptop')
    expect(chassisKindOf('Mini Tower')).toBe('desktop')
    expect(chassisKindOf('All in One')).toBe('desktop')
    expect(chassisKindOf('Rack Mount Chassis')).toBe('other')
    expect(chassisKindOf('Unknown')).toBeNull()
    expect(chassisKindOf(null)).toBeNull()
  })

  it('says whether systeminformation confirms or contradicts the host kind', () => {
    expect(compareHostKind('vm', true)).toBe('confirms')
    expect(compareHostKind('wsl', true)).toBe('confirms')
    expect(compareHostKind('physical-or-unknown', false)).toBe('confirms')
    expect(compareHostKind('physical-or-unknown', true)).toBe('contradicts')
    expect(compareHostKind('vm', false)).toBe('contradicts')
    expect(compareHostKind('container', true)).toBe('not-comparable')
    expect(compareHostKind('vm', null)).toBe('not-comparable')
  })

  it('keeps no systeminformation field when it did not answer', () => {
    expect(buildDeviceProfile({ status: 'timeout' }, 'uefi', 'vm')).toEqual({
      status: 'timeout',
      manufacturer: null,
      model: null,
      chassis: null,
      chassisType: null,
      virtual: null,
      virtualHost: null,
      firmware: 'uefi',
      hostKindCheck: 'not-comparable',
    })
    expect(buildDeviceProfile({ status: 'not-collected' }, 'legacy', 'vm').firmware).toBeNull()
  })
})

function fixture(rel: string): Transcript {
  return parseTranscript(readFileSync(path.join(FIXTURES, rel), 'utf8'))
}

describe('transcripts and replay', () => {
  it('records the answer in a deviceProfile block; replay shows the same without systeminformation', async () => {
    let asked = 0
    const live = new SystemProbe({
      platform: 'linux',
      env: {},
      deviceProfile: async () => {
        asked += 1
        return LAPTOP
      },
    })
    const rec = new RecordingProbe(live)
    const report = await runChecks({ probe: rec, only: ['firewall'] })
    expect(asked).toBe(1)
    const t = rec.transcript()
    expect(t.deviceProfile).toEqual(LAPTOP)
    const again = parseTranscript(JSON.stringify(t))
    const replayed = await runChecks({ probe: new ReplayProbe(again), only: ['firewall'] })
    expect(asked).toBe(1)
    expect(replayed.deviceProfile).toEqual(report.deviceProfile)
    expect(replayed.deviceProfile).toMatchObject({
      manufacturer: 'LENOVO',
      model: '20XW0055GE',
      chassis: 'laptop',
    })
  })

  it('shows an old transcript (no block) as not collected, firmware included', async () => {
    const t = fixture('linux/fde-luks-lvm-ubuntu.json')
    expect(t.deviceProfile).toBeUndefined()
    const r = await runChecks({ probe: new ReplayProbe(t) })
    expect(r.deviceProfile).toEqual(buildDeviceProfile({ status: 'not-collected' }, null, r.hostKind))
  })

  it('rejects a deviceProfile block with anything else in it (a serial number, say)', () => {
    const t = { ...fixture('linux/fde-luks-lvm-ubuntu.json'), deviceProfile: { ...LAPTOP, serial: 'PF2ABC' } }
    expect(() => parseTranscript(JSON.stringify(t))).toThrow(TranscriptError)
  })

  it('never changes a verdict', async () => {
    for (const rel of [
      'linux/fde-luks-lvm-ubuntu.json',
      'win32/bitlocker-on-pro-11-24h2.json',
      'darwin/mac-all-pass-sequoia-apple-silicon.json',
    ]) {
      const t = fixture(rel)
      const without = await runChecks({ probe: new ReplayProbe(t) })
      const vm: SiAnswer = { ...LAPTOP, virtual: true, virtualHost: 'VMware', chassisType: 'Other' }
      const withVm = await runChecks({ probe: new ReplayProbe({ ...t, deviceProfile: vm }) })
      const strip = (r: typeof without) => r.checks.map(({ durationMs: _d, ...rest }) => rest)
      expect(strip(withVm)).toEqual(strip(without))
      expect(withVm.overall).toBe(without.overall)
      expect(withVm.deviceProfile?.virtual).toBe(true)
    }
  })

  it('reads the firmware kind through the probe (Linux file, Windows registry, macOS sysctl)', async () => {
    const lin = fixture('linux/fde-luks-lvm-ubuntu.json')
    const uefi = await runChecks({
      probe: new ReplayProbe({
        ...lin,
        deviceProfile: LAPTOP,
        files: { ...lin.files, '/sys/firmware/efi/fw_platform_size': '64\n' },
      }),
      only: ['firewall'],
    })
    expect(uefi.deviceProfile?.firmware).toBe('uefi')
    const legacy = await runChecks({
      probe: new ReplayProbe({ ...lin, deviceProfile: LAPTOP }),
      only: ['firewall'],
    })
    expect(legacy.deviceProfile?.firmware).toBe('legacy')

    const win = fixture('win32/bitlocker-on-pro-11-24h2.json')
    const reg = (v: string) => ({
      argv: ['reg.exe', 'query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control', '/v', 'PEFirmwareType'],
      stdout: `\r\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\r\n    PEFirmwareType    REG_DWORD    ${v}\r\n\r\n`,
      stderr: '',
      exitCode: 0,
    })
    for (const [v, want] of [
      ['0x2', 'uefi'],
      ['0x1', 'legacy'],
      ['0x7', null],
    ] as const) {
      const r = await runChecks({
        probe: new ReplayProbe({ ...win, deviceProfile: LAPTOP, commands: [...win.commands, reg(v)] }),
        only: ['firewall'],
      })
      expect(r.deviceProfile?.firmware, v).toBe(want)
    }

    const mac = fixture('darwin/mac-all-pass-sequoia-apple-silicon.json')
    const sysctl = (stdout: string, exitCode: number) => ({
      argv: ['sysctl', '-n', 'hw.optional.arm64'],
      stdout,
      stderr: '',
      exitCode,
    })
    const arm = await runChecks({
      probe: new ReplayProbe({
        ...mac,
        deviceProfile: LAPTOP,
        commands: [...mac.commands, sysctl('1\n', 0)],
      }),
      only: ['firewall'],
    })
    expect(arm.deviceProfile?.firmware).toBe('apple-silicon')
    const intel = await runChecks({
      probe: new ReplayProbe({
        ...mac,
        arch: 'x64',
        deviceProfile: LAPTOP,
        commands: [...mac.commands, sysctl('', 1)],
      }),
      only: ['firewall'],
    })
    expect(intel.deviceProfile?.firmware).toBe('uefi')
  })
})

describe('the CLI shows it', () => {
  it('prints one descriptive line, and the probes list names what systeminformation runs', async () => {
    const { describeDeviceProfile } = await import('../../../../main/cli/commands/check')
    const { formatProbeTable } = await import('../../../../main/checks/declarations')
    const t = fixture('win32/bitlocker-on-pro-11-24h2.json')
    const r = await runChecks({ probe: new ReplayProbe({ ...t, deviceProfile: LAPTOP }), only: ['firewall'] })
    expect(describeDeviceProfile(r)).toBe(
      'Device: LENOVO 20XW0055GE, laptop (Notebook) (systeminformation, descriptive only; confirms host kind physical-or-unknown)',
    )
    const old = await runChecks({ probe: new ReplayProbe(t), only: ['firewall'] })
    expect(describeDeviceProfile(old)).toBeNull()
    for (const p of ['darwin', 'win32', 'linux'] as const) {
      expect(formatProbeTable(p)).toMatch(/note {2}systeminformation (system\(\)|chassis\(\))/)
    }
    expect(formatProbeTable('win32')).toContain('ONE powershell.exe per run')
  })
})
