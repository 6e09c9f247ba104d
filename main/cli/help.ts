/**
 * Every command's one-line summary and `--help` text, from the CLI catalogue in the reader's
 * language (`cli.<command words>.summary` / `.help`, shared/i18n/<lang>/cli-help.ts). The values
 * a help text names (check ids, purposes, limits) and the option lines several commands share are
 * filled in here.
 */
import { PURPOSES } from '../../shared/attestation-types'
import { CHECK_IDS } from '../../shared/check-types'
import type { CliMessageKey } from '../../shared/i18n/en/cli'
import { REQUEST_VALIDITY_DAYS } from '../attestation/formats'
import { MAX_STAFF_LIST_ROWS } from '../ciso/staff-list'
import type { CliText } from './text'

/** The key stem of a command's texts, e.g. `cli.ciso.verify`. */
export type CommandTextKey = {
  [K in CliMessageKey]: K extends `${infer B}.help`
    ? `${B}.summary` extends CliMessageKey
      ? B
      : never
    : never
}[CliMessageKey]

/** A help text with its values filled in. */
export function helpText(tx: CliText, key: `${CommandTextKey}.help`): string {
  return tx.t(key, {
    checks: CHECK_IDS.join(', '),
    probeOptions: tx.t('cli.options.probe'),
    campaignOption: tx.t('cli.options.campaign'),
    passphraseOption: tx.t('cli.options.passphrase'),
    nowOption: tx.t('cli.options.now'),
    purposes: PURPOSES.join('|'),
    maxRows: MAX_STAFF_LIST_ROWS,
    validDays: REQUEST_VALIDITY_DAYS,
  })
}

/** `summary` and `help` of a `Command`, read from the catalogue under `base`. */
export function commandTexts(base: CommandTextKey): {
  summary: (tx: CliText) => string
  help: (tx: CliText) => string
} {
  return {
    summary: (tx) => tx.t(`${base}.summary`),
    help: (tx) => helpText(tx, `${base}.help`),
  }
}
