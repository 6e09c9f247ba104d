/**
 * `preflight probes`: list every command and file each check may run or read, per platform.
 * The list comes from the strategies' declarations, which a test enforces against every fixture.
 */
import { isPlatform, PLATFORMS, type Platform } from '../../../shared/check-types'
import {
  declaredProbes,
  formatProbeTable,
  HOST_FACT_PROBES,
  POWERSHELL_NOTE,
  SYSTEMINFORMATION_NOTE,
} from '../../checks/declarations'
import { SYSTEMINFORMATION_RUNS } from '../../probe/device-profile'
import { CHECK_IDS } from '../../../shared/check-types'
import { MEASURE_KINDS } from '../../../shared/practices'
import { declaredMeasureProbes } from '../../practices'
import { EXIT, parseCommandArgs, usageError, type Command } from '../command'

const HELP = `Usage: preflight probes [--platform darwin|win32|linux] [--json]

Print every command Preflight may run, every file it may read, every folder it may list and every
path it may look at to check a laptop, per check, then for the campaign practices it can measure
(Signal Desktop, a password manager, Find My). Nothing else on the machine is touched. Default
platform: this one.

Options:
  --platform <p>   darwin, win32 or linux
  --json           machine-readable list
  -h, --help       show this help

Exit codes: 0 printed, 64 usage error.
`

export const probesCommand: Command = {
  name: 'probes',
  summary: 'list every command and file the checks may probe',
  help: HELP,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      platform: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    })
    if (values.help) {
      io.stdout(HELP)
      return EXIT.OK
    }
    const live = process.platform === 'darwin' || process.platform === 'win32' ? process.platform : 'linux'
    const platform = values.platform ?? live
    if (!isPlatform(platform)) throw usageError(`--platform must be one of ${PLATFORMS.join(', ')}`)
    const p: Platform = platform
    if (values.json) {
      const data = {
        platform: p,
        hostFacts: HOST_FACT_PROBES[p],
        checks: Object.fromEntries(CHECK_IDS.map((id) => [id, declaredProbes(id, p)])),
        practices: Object.fromEntries(MEASURE_KINDS.map((k) => [k, declaredMeasureProbes(k, p)])),
        ...(p === 'win32' ? { powershell: POWERSHELL_NOTE } : {}),
        deviceProfile: { note: SYSTEMINFORMATION_NOTE, systeminformation: SYSTEMINFORMATION_RUNS[p] },
      }
      io.stdout(JSON.stringify(data, null, 2) + '\n')
    } else {
      io.stdout(formatProbeTable(p))
    }
    return EXIT.OK
  },
}
