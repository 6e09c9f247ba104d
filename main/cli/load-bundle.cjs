'use strict'
// Loads the bundled CLI (dist/cli.cjs) with a V8 code cache made at build time (dist/cli.cjs.v8cache),
// so that V8 need not compile the bundle at every start (README, "Benchmarks").
//
// The cache is an optimisation only, never a dependency: it is used only when its header names the
// exact bytes of the bundle (sha256) and V8 accepts it (same V8 version and flags; V8 checks that
// itself). A missing, stale, truncated or rejected cache is ignored silently and the bundle is
// compiled as usual, with the same result.
const crypto = require('node:crypto')
const fs = require('node:fs')
const Module = require('node:module')
const path = require('node:path')
const vm = require('node:vm')

/** File header: magic, then the sha256 of the bundle the cache was made from, then V8's data. */
const MAGIC = Buffer.from('preflight-v8cache-1\n', 'latin1')
const HEADER_BYTES = MAGIC.length + 32

function compile(file, bytes, cachedData) {
  return new vm.Script(Module.wrap(bytes.toString('utf8')), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  })
}

/** Run the compiled bundle as a CommonJS module; returns its exports. */
function evaluate(script, file) {
  const mod = { exports: {}, filename: file, id: file, loaded: false }
  const fn = script.runInThisContext()
  fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file))
  mod.loaded = true
  return mod.exports
}

/** V8's data from a cache file made for exactly these bundle bytes, else null (and why). */
function readCache(cacheFile, bytes) {
  let data
  try {
    data = fs.readFileSync(cacheFile)
  } catch {
    return { data: null, status: 'absent' }
  }
  if (data.length <= HEADER_BYTES || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { data: null, status: 'invalid' }
  }
  const digest = crypto.createHash('sha256').update(bytes).digest()
  if (!data.subarray(MAGIC.length, HEADER_BYTES).equals(digest)) return { data: null, status: 'stale' }
  return { data: data.subarray(HEADER_BYTES), status: 'used' }
}

/**
 * Load the bundle. Returns its exports and what became of the cache: 'used', 'absent', 'invalid'
 * (not a cache file), 'stale' (made for other bundle bytes) or 'rejected' (by V8: another Node or
 * other flags). Errors of the bundle itself are thrown as from require().
 */
function loadBundle(file, cacheFile = `${file}.v8cache`) {
  const bytes = fs.readFileSync(file)
  const cache = readCache(cacheFile, bytes)
  const script = compile(file, bytes, cache.data)
  const status = cache.data !== null && script.cachedDataRejected === true ? 'rejected' : cache.status
  return { exports: evaluate(script, file), cache: status }
}

/**
 * Make the cache for a bundle (run by scripts/build-node.mjs in a fresh Node): compile it, run its
 * top level (which defines things and starts nothing), then, when `warmArgv` is given, run
 * `main(warmArgv)` once with its output discarded (the build passes a check replayed from an empty
 * transcript: no process is started, no file written), and save what V8 compiled, so that the
 * functions a check runs are in the cache too, not only the top level.
 */
async function writeCodeCache(file, cacheFile = `${file}.v8cache`, warmArgv = null) {
  const bytes = fs.readFileSync(file)
  const script = compile(file, bytes, undefined)
  const exports = evaluate(script, file)
  if (warmArgv !== null) {
    const write = process.stdout.write
    process.stdout.write = () => true
    try {
      await exports.main(warmArgv)
    } finally {
      process.stdout.write = write
      process.exitCode = 0
    }
  }
  const digest = crypto.createHash('sha256').update(bytes).digest()
  fs.writeFileSync(cacheFile, Buffer.concat([MAGIC, digest, script.createCachedData()]))
}

module.exports = { loadBundle, writeCodeCache }
