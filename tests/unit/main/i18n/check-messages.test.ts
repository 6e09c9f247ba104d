/**
 * Checks converted to catalogue messages (docs/i18n.md) keep their promise:
 * - every verdict of a converted check carries `text`, on every fixture and on random mixes of real
 *   recorded outputs and failures (a plain English string anywhere drops `text`, and fails here);
 * - `text` rendered from the English catalogue is exactly the canonical English strings;
 * - the engine's own verdicts (timeout, internal error, turned off) are messages too, with the
 *   English they always had;
 * - every check message key in the catalogue is used by main/.
 *
 * Converting a check: add it to CONVERTED below (with the platforms done).
 */
import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CHECK_IDS,
  PLATFORMS,
  type CheckId,
  type CheckResult,
  type Platform,
} from '../../../../shared/check-types'
import { CHECKS_EN } from '../../../../shared/i18n/en/checks'
import { keysOf, renderMsg, type Msg } from '../../../../shared/i18n/msg'
import { DEFAULT_POLICY, policyFromJson } from '../../../../shared/policy'
import { runChecks } from '../../../../main/engine/run-checks'
import { COMMAND_ERRORS, describeCommandError, type Probe } from '../../../../main/probe/probe'
import { commandErrorMsg, english } from '../../../../main/checks/verdict'
import { buildAttestation, encodePayload } from '../../../../main/attestation/formats'
import { generateSigningKey } from '../../../../main/attestation/keys'
import {
  commandKey,
  parseTranscript,
  ReplayProbe,
  type Transcript,
  type TranscriptCommand,
  type TranscriptFile,
} from '../../../../main/probe/transcript'

/**
 * The checks (and platforms) whose every text is a catalogue message: all of them. A new check
 * is written with messages from the start (docs/i18n.md); a check here without messages fails.
 */
export const CONVERTED: Partial<Record<CheckId, readonly Platform[]>> = Object.fromEntries(
  CHECK_IDS.map((id) => [id, PLATFORMS]),
)

const ROOT = path.resolve(__dirname, '../../../..')
const FIXTURES = path.join(ROOT, 'tests/fixtures')

const en = (m: Msg): string => renderMsg(m, [CHECKS_EN], 'en')

/** The verdict's messages, rendered in English, are its English strings; every key exists. */
function expectConsistent(c: CheckResult, where: string): void {
  expect(c.text, `${where}: ${c.id} carries its texts as messages`).toBeDefined()
  const t = c.text as NonNullable<CheckResult['text']>
  const all = [
    t.summary,
    ...t.observed,
    ...(t.requirement ? [t.requirement] : []),
    ...(t.reason ? [t.reason] : []),
  ]
  for (const m of all)
    for (const key of keysOf(m))
      expect(
        Object.prototype.hasOwnProperty.call(CHECKS_EN, key) ||
          Object.prototype.hasOwnProperty.call(CHECKS_EN, `${key}.other`),
        `${where}: key ${key}`,
      ).toBe(true)
  expect(en(t.summary), where).toBe(c.summary)
  expect(t.observed.map(en), where).toEqual(c.observed)
  expect(t.requirement === null ? '' : en(t.requirement), where).toBe(c.requirement)
  expect(t.reason === undefined ? undefined : en(t.reason), where).toBe(c.reason)
}

interface Fixture {
  readonly name: string
  readonly transcript: Transcript
}

function fixtures(platform: Platform): Fixture[] {
  const dir = path.join(FIXTURES, platform)
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => ({
      name: `${platform}/${n}`,
      transcript: parseTranscript(readFileSync(path.join(dir, n), 'utf8')),
    }))
}

const converted = Object.entries(CONVERTED).flatMap(([id, platforms]) =>
  platforms.map((p) => [id as CheckId, p] as const),
)

describe('converted checks carry their texts as messages', () => {
  it('lists at least the firewall', () => {
    expect(CONVERTED.firewall).toEqual(['darwin', 'win32', 'linux'])
  })

  it.each(converted)('%s on %s: every fixture', async (id, platform) => {
    for (const f of fixtures(platform)) {
      const report = await runChecks({
        probe: new ReplayProbe(f.transcript),
        // The check on, whatever the default policy says (malware-protection is off on Linux).
        policy: policyFromJson({ checks: { [id]: 'required' } }),
        only: [id],
        practices: false,
        deviceProfile: false,
      })
      for (const c of report.checks) expectConsistent(c, f.name)
    }
  })

  it.each(converted)(
    '%s on %s: random mixes of recorded outputs and failures',
    async (id, platform) => {
      // Every recorded answer of every fixture of the platform, plus failures, per command and file.
      const base = fixtures(platform)
      const commands = new Map<string, TranscriptCommand[]>()
      const files = new Map<string, TranscriptFile[]>()
      for (const f of base) {
        for (const c of f.transcript.commands) {
          const key = commandKey(c.argv)
          const list = commands.get(key) ?? [
            { argv: c.argv, error: 'ENOENT' },
            { argv: c.argv, error: 'ETIMEDOUT' },
            { argv: c.argv, stdout: '', stderr: 'denied', exitCode: 1 },
            { argv: c.argv, stdout: 'garbage\n', stderr: '', exitCode: 0 },
          ]
          list.push(c)
          commands.set(key, list)
        }
        for (const [p, content] of Object.entries(f.transcript.files)) {
          const list = files.get(p) ?? [null, { error: 'EACCES' }, 'garbage\n']
          list.push(content)
          files.set(p, list)
        }
      }
      const commandKeys = [...commands.keys()].sort()
      const fileKeys = [...files.keys()].sort()
      await fc.assert(
        fc.asyncProperty(
          fc.nat(base.length - 1),
          fc.array(fc.nat(), { minLength: commandKeys.length, maxLength: commandKeys.length }),
          fc.array(fc.nat(), { minLength: fileKeys.length, maxLength: fileKeys.length }),
          async (baseIndex, pickC, pickF) => {
            const b = (base[baseIndex] as Fixture).transcript
            const t: Transcript = {
              ...b,
              commands: commandKeys.map((k, i) => {
                const list = commands.get(k) as TranscriptCommand[]
                return list[(pickC[i] as number) % list.length] as TranscriptCommand
              }),
              files: Object.fromEntries(
                fileKeys.map((k, i) => {
                  const list = files.get(k) as TranscriptFile[]
                  return [k, list[(pickF[i] as number) % list.length] as TranscriptFile]
                }),
              ),
            }
            const report = await runChecks({
              probe: new ReplayProbe(t),
              policy: policyFromJson({ checks: { [id]: 'required' } }),
              only: [id],
              practices: false,
              deviceProfile: false,
            })
            for (const c of report.checks)
              expectConsistent(c, `random ${platform} on ${base[baseIndex]?.name}`)
          },
        ),
        { numRuns: 60 },
      )
    },
    120_000,
  )
})

/** A probe whose `nft` never answers (hang), or whose every command and file read fails (throw). */
function brokenProbe(platform: Platform, how: 'hang' | 'throw'): Probe {
  const replay = new ReplayProbe({
    format: 'preflight-transcript/v1',
    platform,
    arch: 'x64',
    now: '2026-11-01T00:00:00Z',
    env: {},
    commands: [],
    files: {},
  })
  return new Proxy(replay, {
    get(target, prop) {
      if (how === 'hang' && prop === 'run')
        return (argv: readonly string[]) =>
          argv[0] === 'nft' ? new Promise(() => undefined) : target.run(argv)
      if (how === 'throw' && (prop === 'run' || prop === 'readFile'))
        return () => Promise.reject(new Error('boom'))
      const v: unknown = Reflect.get(target, prop, target)
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
    },
  })
}

describe("the engine's own verdicts", () => {
  it('a check that takes too long: unknown, with the English it always had', async () => {
    const report = await runChecks({
      probe: brokenProbe('linux', 'hang'),
      only: ['firewall'],
      checkTimeoutMs: 1000,
      practices: false,
      deviceProfile: false,
    })
    const c = report.checks[0] as CheckResult
    expect(c.status).toBe('unknown')
    expect(c.summary).toBe('The check took too long and was stopped')
    expect(c.reason).toBe(
      'No answer within 1 s. Run the check again; if it keeps happening, record a transcript (--record) and send it to your security contact.',
    )
    expect(c.requirement).toBe('')
    expectConsistent(c, 'timeout')
    expect(c.text?.requirement).toBeNull()
  })

  it('a check that throws: unknown, naming the error', async () => {
    const report = await runChecks({
      probe: brokenProbe('darwin', 'throw'),
      only: ['firewall'],
      practices: false,
      deviceProfile: false,
    })
    const c = report.checks[0] as CheckResult
    expect(c.status).toBe('unknown')
    expect(c.summary).toBe('The check could not be completed')
    expect(c.reason).toBe(
      'Internal error: boom. This is a bug in Preflight; please report it with a transcript (--record).',
    )
    expectConsistent(c, 'error')
    expect(c.text?.reason?.params).toEqual({ message: 'boom' })
  })

  it('a check the policy turns off: not-applicable, listed as off', async () => {
    const policy = policyFromJson({ checks: { 'disk-encryption': 'off' } })
    const report = await runChecks({
      probe: brokenProbe('win32', 'throw'),
      policy,
      only: ['disk-encryption'],
      practices: false,
      deviceProfile: false,
    })
    const c = report.checks[0] as CheckResult
    expect(c.status).toBe('not-applicable')
    expect(c.summary).toBe("Not checked: your campaign's policy turns this check off on this platform")
    expect(c.reason).toBe(
      'The campaign policy sets this check to "off" here, so Preflight did not look at it.',
    )
    expectConsistent(c, 'off')
    expect(DEFAULT_POLICY.checks).toBeDefined()
  })
})

function sources(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) out.push(...sources(p))
    else if (name.endsWith('.ts')) out.push(p)
  }
  return out
}

describe('the check message catalogue', () => {
  it('has no key that main/ never names (literally, or by a template prefix like `check.x.state.${s}`)', () => {
    const src = sources(path.join(ROOT, 'main'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const prefixes = [...src.matchAll(/`(check\.[A-Za-z0-9.-]*)\$\{/g)].map((m) => m[1] as string)
    const unused = Object.keys(CHECKS_EN).filter((key) => {
      const base = key.replace(/\.(zero|one|two|few|many|other)$/, '')
      if (src.includes(`'${key}'`) || src.includes(`'${base}'`)) return false
      return !prefixes.some((p) => key.startsWith(p))
    })
    expect(unused).toEqual([])
  })

  it('names every platform in the converted list correctly', () => {
    for (const platforms of Object.values(CONVERTED))
      for (const p of platforms ?? []) expect(PLATFORMS).toContain(p)
  })
})

describe('command problems as messages', () => {
  it('say what describeCommandError says, for every error', () => {
    const argv = ['/usr/bin/fdesetup', 'status']
    for (const error of COMMAND_ERRORS)
      expect(english(commandErrorMsg(argv, error))).toBe(describeCommandError(argv, error))
  })
})

describe('what is signed', () => {
  it('the attestation carries the English texts only, never the messages (`text`)', async () => {
    const f = fixtures('linux').find((x) => x.name.endsWith('fw-ufw-disabled-ubuntu.json')) as Fixture
    const report = await runChecks({
      probe: new ReplayProbe(f.transcript),
      practices: false,
      deviceProfile: false,
    })
    const fw = report.checks.find((c) => c.id === 'firewall') as CheckResult
    expect(fw.text).toBeDefined()
    const statement = buildAttestation(report, {
      purpose: 'periodic',
      staffId: 'alice@campaign.example',
      deviceLabel: 'alice-laptop',
      deviceKey: generateSigningKey().publicKey,
      keyProtection: 'file-0600-unencrypted',
      policy: { id: report.policy.id, version: report.policy.version, digestSha256: 'a'.repeat(64) },
      request: null,
      sequence: 1,
    })
    const signed = statement.predicate.checks.find((c) => c.id === 'firewall')
    expect(signed).toEqual({
      id: 'firewall',
      status: fw.status,
      level: fw.level,
      summary: fw.summary,
      observed: fw.observed,
      requirement: fw.requirement,
      ...(fw.reason !== undefined ? { reason: fw.reason } : {}),
    })
    expect(new TextDecoder().decode(encodePayload(statement))).not.toContain('check.firewall')
  })
})
