/**
 * The CLI launcher's start-up work (README, "Benchmarks"): the V8 code cache made at build time is
 * used only for the exact bundle bytes and otherwise ignored with the same result; the device
 * profile's worker started before the bundle loads is listened to from its start and adopted (or
 * terminated); the build ships zod's English messages only.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  collectSiAnswer,
  liveSiAnswer,
  offerStartedWorker,
  type StartedWorker,
} from '../../../../main/probe/device-profile'

const root = path.resolve(__dirname, '../../../..')
const load = createRequire(__filename)
const { loadBundle, writeCodeCache } = load(path.join(root, 'main/cli/load-bundle.cjs')) as {
  loadBundle: (file: string, cacheFile?: string) => { exports: Record<string, unknown>; cache: string }
  writeCodeCache: (file: string, cacheFile?: string, warmArgv?: readonly string[] | null) => Promise<void>
}
const { wantsDeviceProfile, coreIsFree, startDeviceProfileWorker } = load(
  path.join(root, 'main/cli/early-device-profile.cjs'),
) as {
  wantsDeviceProfile: (argv: readonly string[]) => boolean
  coreIsFree: (loadAverage?: number, cores?: number) => boolean
  startDeviceProfileWorker: (file: string) => StartedWorker | null
}

const tmp = mkdtempSync(path.join(tmpdir(), 'preflight-launcher-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Load a bundle in a fresh Node; prints the cache status and `answer()`. */
function loadInChild(bundle: string): string {
  const child = spawnSync(
    process.execPath,
    [
      '-e',
      'const r = require(process.argv[1]).loadBundle(process.argv[2]); console.log(r.cache, r.exports.answer())',
      path.join(root, 'main/cli/load-bundle.cjs'),
      bundle,
    ],
    { encoding: 'utf8' },
  )
  return child.stdout.trim()
}

describe('loadBundle with a V8 code cache', () => {
  const bundle = path.join(tmp, 'bundle.cjs')
  const cache = `${bundle}.v8cache`
  const source = (n: number) =>
    `'use strict'\nconst double = (x) => x * 2\nexports.answer = () => double(${n})\nexports.file = __filename\n`

  it('uses a cache made for these bytes', async () => {
    writeFileSync(bundle, source(21))
    await writeCodeCache(bundle)
    const r = loadBundle(bundle)
    expect(r.cache).toBe('used')
    expect((r.exports['answer'] as () => number)()).toBe(42)
    expect(r.exports['file']).toBe(bundle)
    // And V8 accepts it in a fresh Node (this process has the script in memory already).
    expect(loadInChild(bundle)).toBe('used 42')
  })

  it('ignores a cache made for other bytes of the same length and runs the new code', async () => {
    writeFileSync(bundle, source(21))
    await writeCodeCache(bundle)
    writeFileSync(bundle, source(12))
    const r = loadBundle(bundle)
    expect(r.cache).toBe('stale')
    expect((r.exports['answer'] as () => number)()).toBe(24)
  })

  it('runs without a cache, with a cache that is not one, and with data V8 rejects', async () => {
    writeFileSync(bundle, source(5))
    expect(loadBundle(bundle, path.join(tmp, 'missing')).cache).toBe('absent')
    writeFileSync(cache, 'not a cache')
    const invalid = loadBundle(bundle)
    expect(invalid.cache).toBe('invalid')
    expect((invalid.exports['answer'] as () => number)()).toBe(10)
    // A right header with garbage V8 data (another Node, a damaged file): V8 rejects it.
    await writeCodeCache(bundle)
    const good = readFileSync(cache)
    const header = 'preflight-v8cache-1\n'.length + 32 // magic and the bundle's sha256
    writeFileSync(cache, Buffer.concat([good.subarray(0, header), Buffer.alloc(good.length - header, 7)]))
    // In a fresh Node: this one would take the script from V8's in-memory cache, never reading ours.
    expect(loadInChild(bundle)).toBe('rejected 10')
  })

  it('runs main(warmArgv) before saving, its output discarded and its exit code reset', async () => {
    const warm = path.join(tmp, 'warm.cjs')
    const seen = path.join(tmp, 'warm-argv.json')
    writeFileSync(
      warm,
      `exports.main = async (argv) => { require('node:fs').writeFileSync(${JSON.stringify(seen)}, JSON.stringify(argv)); process.stdout.write('report that must not be printed\\n'); process.exitCode = 2 }\n`,
    )
    const writes: string[] = []
    const write = process.stdout.write
    process.stdout.write = ((chunk: string) => (
      writes.push(String(chunk)),
      true
    )) as typeof process.stdout.write
    try {
      await writeCodeCache(warm, undefined, ['check', '--json'])
    } finally {
      process.stdout.write = write
    }
    expect(JSON.parse(readFileSync(seen, 'utf8'))).toEqual(['check', '--json'])
    expect(writes.join('')).not.toContain('report that must not be printed')
    expect(process.exitCode).toBe(0)
    process.exitCode = undefined
    expect(existsSync(`${warm}.v8cache`)).toBe(true)
  })

  it('throws the errors of the bundle itself, as require() would', () => {
    writeFileSync(bundle, "throw new Error('broken bundle')\n")
    expect(() => loadBundle(bundle)).toThrow('broken bundle')
  })
})

describe('wantsDeviceProfile (which command lines start the worker early)', () => {
  it.each([
    [['check'], true],
    [['check', '--json'], true],
    [['check', '--only', 'firewall', '--record', 't.json'], true],
    [['--lang', 'es', 'check'], true],
    [['--lang=es', 'check', '--json'], true],
    [['check', '--replay', 't.json'], false],
    [['check', '--replay=t.json'], false],
    [['check', '--help'], false],
    [['check', '-h'], false],
    [['--lang', 'check'], false],
    [['probes'], false],
    [['ciso', 'verify', 'x'], false],
    [['attest'], false],
    [[], false],
    [['--', 'check'], false],
  ])('%j → %s', (argv, expected) => {
    expect(wantsDeviceProfile(argv)).toBe(expected)
  })
})

describe('coreIsFree (the head start unless every core is busy several times over)', () => {
  it.each([
    [0.3, 2, true],
    [3, 2, true],
    [3.99, 2, true],
    [4, 2, false],
    [15, 2, false],
    [0, 1, false],
    [7.5, 4, true],
    [8, 4, false],
    [0, 8, true],
  ])('load %s on %s cores → %s', (load, cores, expected) => {
    expect(coreIsFree(load, cores)).toBe(expected)
  })

  it('reads this machine without failing', () => {
    expect(typeof coreIsFree()).toBe('boolean')
  })
})

/** A worker file that answers at once, like the device profile's worker on a fast machine. */
function fakeWorker(name: string, body: string): string {
  const file = path.join(tmp, name)
  writeFileSync(file, `const { parentPort } = require('node:worker_threads')\n${body}\n`)
  return file
}

const ANSWER = `parentPort.postMessage({ ok: true, system: { manufacturer: 'ACME', model: 'Early 1', virtual: false }, chassis: { type: 'Notebook' } })`

describe('the device profile worker started before the bundle', () => {
  it('returns null when the worker file is missing', () => {
    expect(startDeviceProfileWorker(path.join(tmp, 'no-such-worker.cjs'))).toBeNull()
  })

  it('keeps an answer posted before anyone asked', async () => {
    const started = startDeviceProfileWorker(fakeWorker('answer.cjs', ANSWER))
    expect(started).not.toBeNull()
    // The answer arrives while the "bundle" is still loading: nothing listens in TypeScript yet.
    await started!.outcome
    await new Promise((r) => setTimeout(r, 50))
    expect(await collectSiAnswer({ started: started!, timeoutMs: 5_000 })).toEqual({
      status: 'ok',
      manufacturer: 'ACME',
      model: 'Early 1',
      chassisType: 'Notebook',
      virtual: false,
      virtualHost: null,
    })
  })

  it('a worker that dies early is an error, and one that hangs times out', async () => {
    const dies = startDeviceProfileWorker(fakeWorker('dies.cjs', 'process.exit(3)'))
    expect(await collectSiAnswer({ started: dies!, timeoutMs: 5_000 })).toEqual({ status: 'error' })
    const hangs = startDeviceProfileWorker(fakeWorker('hangs.cjs', 'setInterval(() => {}, 1000)'))
    expect(await collectSiAnswer({ started: hangs!, timeoutMs: 200 })).toEqual({ status: 'timeout' })
  })

  it('the live answer uses an offered worker once, and an unused one is terminated', async () => {
    const offered = startDeviceProfileWorker(fakeWorker('offered.cjs', ANSWER))!
    offerStartedWorker(offered)
    expect(await liveSiAnswer()).toMatchObject({ status: 'ok', model: 'Early 1' })
    const unused = startDeviceProfileWorker(fakeWorker('unused.cjs', 'setInterval(() => {}, 1000)'))!
    const discard = offerStartedWorker(unused)
    discard()
    expect(await unused.outcome).toEqual({ failed: true })
  })
})

describe('the build (scripts/build-node.mjs)', () => {
  const out = path.join(tmp, 'dist')
  beforeAll(() => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/build-node.mjs'), '--outdir', out], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    })
    if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`)
  }, 180_000)

  it("ships zod's English messages only", () => {
    const cli = readFileSync(path.join(out, 'cli.cjs'), 'utf8')
    expect(cli).toContain('Invalid input: expected')
    // German and Spanish zod messages (node_modules/zod/v4/locales/de.js, es.js) are left out.
    const de = readFileSync(path.join(root, 'node_modules/zod/v4/locales/de.js'), 'utf8')
    expect(de).toContain('erwartet')
    expect(cli).not.toContain('erwartet')
    const es = readFileSync(path.join(root, 'node_modules/zod/v4/locales/es.js'), 'utf8')
    expect(es).toContain('Entrada inválida')
    expect(cli).not.toContain('Entrada inválida')
  })

  it('writes a code cache that the launcher uses, and the worker file', () => {
    expect(existsSync(path.join(out, 'device-profile-worker.cjs'))).toBe(true)
    const r = loadBundle(path.join(out, 'cli.cjs'))
    expect(r.cache).toBe('used')
    expect(typeof r.exports['main']).toBe('function')
  })
})
