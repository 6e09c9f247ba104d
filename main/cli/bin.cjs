#!/usr/bin/env node
'use strict'
// Launcher for the `preflight` command: loads the bundled CLI built by `npm run build:node`
// (run automatically by `npm ci` / `npm install` through the "prepare" script).
const path = require('node:path')
const fs = require('node:fs')

const bundle = path.join(__dirname, '..', '..', 'dist', 'cli.cjs')
if (!fs.existsSync(bundle)) {
  process.stderr.write('preflight: the CLI is not built yet. Run `npm run build:node` (or `npm ci`) first.\n')
  process.exit(70)
}
require(bundle).main(process.argv.slice(2))
