'use strict'
// Starts the device profile's worker (main/probe/device-profile.ts) before the CLI bundle is
// loaded, for the commands that ask for it, so that the worker's start-up and systeminformation's
// commands run on the other core while Node compiles and starts the CLI (README, "Benchmarks").
//
// Only when the machine is not saturated (coreIsFree), and only a head start: the bundle adopts the worker through `main(argv, { deviceProfileWorker })`,
// applies its usual time limit from there, and terminates it if no check asked for the profile.
// The worker is listened to from its first moment, so no answer is lost while the bundle loads.
const fs = require('node:fs')
const os = require('node:os')
const { Worker } = require('node:worker_threads')

/**
 * Is the machine free enough for the worker to start while the bundle loads? The head start pays
 * whenever the worker can run beside the bundle's compilation: measured on the 2-core build VM,
 * whose 1-minute load average reads about 3 even when idle (tasks waiting on I/O count too),
 * the full check took 235 ms with it and 272 ms without (README, "Benchmarks"). Only on a machine
 * whose cores are all busy several times over (load average at or above twice the cores) does its
 * start-up take CPU from the bundle's, on the critical path (9 % slower at load 15 on 2 cores): the
 * bundle then starts the worker after loading, as it always did. Windows reports no load average (0).
 */
function coreIsFree(loadAverage = os.loadavg()[0], cores = os.availableParallelism()) {
  return cores >= 2 && loadAverage < 2 * cores
}

/**
 * Does this command line run live checks, which always collect the device profile? Only a plain
 * `check` (any options, the global --lang anywhere) without --replay or --help: anything else
 * starts nothing early (the bundle then starts the worker itself when needed, as before).
 */
function wantsDeviceProfile(argv) {
  const rest = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') return false
    if (a === '--lang') i++
    else if (!a.startsWith('--lang=')) rest.push(a)
  }
  if (rest[0] !== 'check') return false
  return !rest.some((a) => a === '-h' || a === '--help' || a === '--replay' || a.startsWith('--replay='))
}

/**
 * Start the worker from its bundled file; returns { worker, outcome } where outcome resolves with
 * { message } (its answer) or { failed: true } (error or exit first). Null when the file is missing
 * or the worker cannot be started.
 */
function startDeviceProfileWorker(workerFile) {
  if (!fs.existsSync(workerFile)) return null
  let worker
  try {
    worker = new Worker(workerFile, { stdout: true, stderr: true })
  } catch {
    return null
  }
  worker.unref()
  // Whatever systeminformation prints is not ours to show.
  worker.stdout.resume()
  worker.stderr.resume()
  const outcome = new Promise((resolve) => {
    worker.on('message', (message) => resolve({ message }))
    worker.on('error', () => resolve({ failed: true }))
    worker.on('exit', () => resolve({ failed: true }))
  })
  return { worker, outcome }
}

module.exports = { wantsDeviceProfile, coreIsFree, startDeviceProfileWorker }
