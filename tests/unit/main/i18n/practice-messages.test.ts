/**
 * Practice measurements carry their texts as catalogue messages (shared/i18n/en/checks-practices.ts),
 * like converted checks: on every practices fixture and on random mixes of every recorded answer and
 * failure, each measurement has `text`, every key exists in English and Spanish, and `text` rendered
 * in English is exactly the English the report carries. That English is pinned per fixture in
 * tests/fixtures/practice-english-texts.json (hashes, as english-texts.json does for the checks); an
 * intended wording change is made with PREFLIGHT_UPDATE_ENGLISH=1 and the file committed with it.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PLATFORMS, type Platform } from '../../../../shared/check-types'
import { CHECKS_EN } from '../../../../shared/i18n/en/checks'
import { CHECKS_ES } from '../../../../shared/i18n/es/checks'
import { keysOf, renderMsg, type Msg } from '../../../../shared/i18n/msg'
import { MEASURE_KINDS, type PracticeMeasurement } from '../../../../shared/practices'
import { measurePractices, MEASUREMENTS } from '../../../../main/practices'
import type { Probe } from '../../../../main/probe/probe'
import {
  commandKey,
  parseTranscript,
  ReplayProbe,
  type Transcript,
  type TranscriptCommand,
  type TranscriptFile,
  type TranscriptPath,
} from '../../../../main/probe/transcript'

const ROOT = path.resolve(__dirname, '../../../..')
const FIXTURES = path.join(ROOT, 'tests/fixtures/practices')
const GOLDEN = path.join(ROOT, 'tests/fixtures/practice-english-texts.json')

const en = (m: Msg): string => renderMsg(m, [CHECKS_EN], 'en')
const has = (table: object, key: string) =>
  Object.prototype.hasOwnProperty.call(table, key) ||
  Object.prototype.hasOwnProperty.call(table, `${key}.other`)

function expectConsistent(m: PracticeMeasurement, where: string): void {
  expect(m.text, `${where}: ${m.kind} carries its texts as messages`).toBeDefined()
  const t = m.text as NonNullable<PracticeMeasurement['text']>
  for (const x of [t.summary, ...t.observed, ...(t.reason ? [t.reason] : [])])
    for (const key of keysOf(x)) {
      expect(has(CHECKS_EN, key), `${where}: English key ${key}`).toBe(true)
      expect(has(CHECKS_ES, key), `${where}: Spanish key ${key}`).toBe(true)
    }
  expect(en(t.summary), where).toBe(m.summary)
  expect(t.observed.map(en), where).toEqual(m.observed)
  expect(t.reason === undefined ? undefined : en(t.reason), where).toBe(m.reason)
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

const hash = (m: PracticeMeasurement): string =>
  createHash('sha256')
    .update(JSON.stringify([m.result, m.summary, m.observed, m.reason ?? null]))
    .digest('hex')
    .slice(0, 16)

describe('practice measurements carry their texts as messages', () => {
  it.each(PLATFORMS)('on %s: every fixture', async (platform) => {
    for (const f of fixtures(platform))
      for (const m of await measurePractices(new ReplayProbe(f.transcript), MEASURE_KINDS))
        expectConsistent(m, f.name)
  })

  it.each(PLATFORMS)(
    'on %s: random mixes of recorded answers and failures',
    async (platform) => {
      const base = fixtures(platform)
      const commands = new Map<string, TranscriptCommand[]>()
      const files = new Map<string, TranscriptFile[]>()
      const paths = new Map<string, TranscriptPath[]>()
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
        for (const [p, seen] of Object.entries(f.transcript.paths ?? {})) {
          const list = paths.get(p) ?? [null, 'file', 'directory', { error: 'EACCES' }, { error: 'EIO' }]
          list.push(seen)
          paths.set(p, list)
        }
      }
      const ck = [...commands.keys()].sort()
      const fk = [...files.keys()].sort()
      const pk = [...paths.keys()].sort()
      const picks = (n: number) => fc.array(fc.nat(), { minLength: n, maxLength: n })
      await fc.assert(
        fc.asyncProperty(
          fc.nat(base.length - 1),
          picks(ck.length),
          picks(fk.length),
          picks(pk.length),
          async (bi, pc, pf, pp) => {
            const b = (base[bi] as Fixture).transcript
            const pick = <T>(list: T[], i: number) => list[i % list.length] as T
            const t: Transcript = {
              ...b,
              commands: ck.map((k, i) => pick(commands.get(k) as TranscriptCommand[], pc[i] as number)),
              files: Object.fromEntries(
                fk.map((k, i) => [k, pick(files.get(k) as TranscriptFile[], pf[i] as number)]),
              ),
              paths: Object.fromEntries(
                pk.map((k, i) => [k, pick(paths.get(k) as TranscriptPath[], pp[i] as number)]),
              ),
            }
            for (const m of await measurePractices(new ReplayProbe(t), MEASURE_KINDS))
              expectConsistent(m, `random ${platform} on ${base[bi]?.name}`)
          },
        ),
        { numRuns: 80 },
      )
    },
    120_000,
  )

  it('a measurement that hangs or throws: unknown, with its English and its messages', async () => {
    const probe = new ReplayProbe({
      format: 'preflight-transcript/v1',
      platform: 'darwin',
      arch: 'arm64',
      now: '2026-11-20T10:00:00Z',
      env: { HOME: '/Users/alex' },
      commands: [],
      files: {},
    })
    const hanging = new Proxy(probe, {
      get(target, prop) {
        if (prop === 'run' || prop === 'stat' || prop === 'readFile')
          return () => new Promise(() => undefined)
        const v: unknown = Reflect.get(target, prop, target)
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v
      },
    }) as Probe
    const [hung] = await measurePractices(hanging, ['find-my'], 1000)
    expect(hung?.summary).toBe('Could not be measured')
    expect(hung?.reason).toBe('No answer within 1 s. Confirm it yourself if it applies.')
    expectConsistent(hung as PracticeMeasurement, 'timeout')

    const original = MEASUREMENTS['find-my'].darwin.run
    const strategy = MEASUREMENTS['find-my'].darwin as { run: typeof original }
    strategy.run = () => Promise.reject(new Error('boom'))
    try {
      const [thrown] = await measurePractices(probe, ['find-my'])
      expect(thrown?.reason).toBe('Internal error: boom. Confirm it yourself if it applies.')
      expectConsistent(thrown as PracticeMeasurement, 'error')
      expect(renderMsg(thrown?.text?.reason as Msg, [CHECKS_ES, CHECKS_EN], 'es')).toBe(
        'Error interno: boom. Si corresponde, confírmelo usted.',
      )
    } finally {
      strategy.run = original
    }
  })

  it('read in Spanish: the same facts, in Spanish words', async () => {
    const f = fixtures('linux')[0] as Fixture
    const ms = await measurePractices(new ReplayProbe(f.transcript), MEASURE_KINDS)
    const findMy = ms.find((m) => m.kind === 'find-my') as PracticeMeasurement
    expect(renderMsg(findMy.text?.summary as Msg, [CHECKS_ES], 'es')).toBe(
      'Linux no tiene un servicio Encontrar integrado',
    )
  })
})

describe('the English of the practice measurements', () => {
  it('is unchanged for every replayed practices fixture', async () => {
    const now: Record<string, Record<string, string>> = {}
    for (const platform of PLATFORMS)
      for (const f of fixtures(platform))
        now[f.name] = Object.fromEntries(
          (await measurePractices(new ReplayProbe(f.transcript), MEASURE_KINDS)).map((m) => [
            m.kind,
            hash(m),
          ]),
        )
    if (process.env.PREFLIGHT_UPDATE_ENGLISH === '1' || !existsSync(GOLDEN))
      writeFileSync(GOLDEN, JSON.stringify(now, null, 1) + '\n')
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as unknown
    expect(now).toEqual(golden)
  })
})
