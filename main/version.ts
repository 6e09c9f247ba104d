/** Producer name and version, stamped into reports and attestations. */
import pkg from '../package.json'

export const PRODUCER = { name: 'preflight', version: pkg.version } as const
