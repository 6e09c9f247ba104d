#!/usr/bin/env node
'use strict'
// Launcher for the `preflight` command: loads the bundled CLI built by `npm run build:node`
// (run automatically by `npm ci` / `npm install` through the "prepare" script).
const path = require('node:path')
const fs = require('node:fs')

const dist = path.join(__dirname, '..', '..', 'dist')
const bundle = path.join(dist, 'cli.cjs')
if (!fs.existsSync(bundle)) {
  process.stderr.write('preflight: the CLI is not built yet. Run `npm run build:node` (or `npm ci`) first.\n')
  process.exit(70)
}
const argv = process.argv.slice(2)
// `check` collects the device profile: its worker starts now, on a free core, while the bundle loads.
const early = require('./early-device-profile.cjs')
const deviceProfileWorker =
  early.wantsDeviceProfile(argv) && early.coreIsFree()
    ? early.startDeviceProfileWorker(path.join(dist, 'device-profile-worker.cjs'))
    : null
// With the V8 code cache made at build time when it matches (load-bundle.cjs); else as require().
require('./load-bundle.cjs').loadBundle(bundle).exports.main(argv, { deviceProfileWorker })
