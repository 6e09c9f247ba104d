'use strict'
// The device profile's worker thread (see device-profile.ts): asks systeminformation for the
// computer's maker, model, chassis type and whether it is a virtual machine, and posts back only
// those fields. Serial numbers, UUIDs, SKUs and asset tags that systeminformation also returns are
// dropped here, before anything leaves this thread.
//
// Runs in a worker so that systeminformation's synchronous commands (execSync on Linux) and any
// hang stay off the main thread; the main thread terminates it at its timeout. Only
// systeminformation/lib/system (and its util) is loaded, not the package index with its other
// modules.
const { parentPort } = require('node:worker_threads')
const siUtil = require('systeminformation/lib/util')
const siSystem = require('systeminformation/lib/system')

/** The only fields kept; everything else is discarded unread. */
const KEEP_SYSTEM = ['manufacturer', 'model', 'virtual', 'virtualHost', 'type']
const KEEP_CHASSIS = ['type']

function pick(value, keys) {
  const out = {}
  if (value !== null && typeof value === 'object') {
    for (const k of keys) {
      const v = value[k]
      if (typeof v === 'string' || typeof v === 'boolean') out[k] = v
    }
  }
  return out
}

async function collect() {
  const windows = process.platform === 'win32'
  if (windows) {
    // One PowerShell for all of systeminformation's queries instead of one each.
    siUtil.getPowershell()
    siUtil.powerShellStart()
  }
  try {
    const [system, chassis] = await Promise.all([
      siSystem.system().then((r) => pick(r, KEEP_SYSTEM)),
      // macOS: system() already derives the chassis from the model; chassis() would rerun ioreg.
      process.platform === 'darwin'
        ? Promise.resolve(null)
        : siSystem.chassis().then((r) => pick(r, KEEP_CHASSIS)),
    ])
    return { ok: true, system, chassis }
  } finally {
    if (windows) siUtil.powerShellRelease()
  }
}

collect().then(
  (answer) => parentPort.postMessage(answer),
  (err) => parentPort.postMessage({ ok: false, error: String((err && err.message) || err).slice(0, 200) }),
)
