/**
 * Windows version facts from `HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion` (value names and
 * types are never localized). ProductName says "Windows 10" even on Windows 11, so the product is
 * decided by CurrentBuild >= 22000 (detection.md gotcha 3).
 */
import type { Msg } from '../../../shared/i18n/msg'
import { english, msg } from '../verdict'
import { regDword, regString, type RegValue } from '../win32/reg'

export const CURRENT_VERSION_KEY = 'HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'

/** Parsed and validated version facts. */
export interface WindowsVersion {
  readonly build: number
  /** Update Build Revision (the monthly patch level); null when the value is absent. */
  readonly ubr: number | null
  readonly displayVersion: string | null
  readonly editionId: string | null
  readonly installationType: string | null
  readonly productName: string | null
  readonly product: 'Windows 10' | 'Windows 11'
}

/** First Windows 11 build (21H2). */
export const WINDOWS_11_FIRST_BUILD = 22000

function str(values: ReadonlyMap<string, RegValue>, name: string): string | null {
  const r = regString(values, name)
  return r.kind === 'value' && r.value.trim() !== '' ? r.value.trim() : null
}

/** Validate the registry values; a string is the reason (in English) they cannot be used. */
export function windowsVersionFromRegistry(values: ReadonlyMap<string, RegValue>): WindowsVersion | string {
  const v = windowsVersionFromRegistryMsg(values)
  return 'key' in v ? english(v) : v
}

/** Validate the registry values; a message is the reason they cannot be used. */
export function windowsVersionFromRegistryMsg(values: ReadonlyMap<string, RegValue>): WindowsVersion | Msg {
  const buildText = str(values, 'CurrentBuild') ?? str(values, 'CurrentBuildNumber')
  if (buildText === null) return msg('check.os-version.win32.parse.noBuild')
  if (!/^\d{4,6}$/.test(buildText)) return msg('check.os-version.win32.parse.badBuild', { value: buildText })
  const build = Number.parseInt(buildText, 10)
  const ubrRead = regDword(values, 'UBR')
  if (ubrRead.kind === 'invalid') return ubrRead.detailMsg
  return {
    build,
    ubr: ubrRead.kind === 'value' ? ubrRead.value : null,
    displayVersion: str(values, 'DisplayVersion'),
    editionId: str(values, 'EditionID'),
    installationType: str(values, 'InstallationType'),
    productName: str(values, 'ProductName'),
    product: build >= WINDOWS_11_FIRST_BUILD ? 'Windows 11' : 'Windows 10',
  }
}

const EDITION_LABELS: Readonly<Record<string, string>> = {
  core: 'Home',
  coren: 'Home N',
  coresinglelanguage: 'Home Single Language',
  corecountryspecific: 'Home China',
  professional: 'Pro',
  professionaln: 'Pro N',
  professionaleducation: 'Pro Education',
  professionaleducationn: 'Pro Education N',
  professionalworkstation: 'Pro for Workstations',
  professionalworkstationn: 'Pro for Workstations N',
  enterprise: 'Enterprise',
  enterprisen: 'Enterprise N',
  education: 'Education',
  educationn: 'Education N',
  enterprises: 'Enterprise LTSC',
  enterprisesn: 'Enterprise N LTSC',
  iotenterprise: 'IoT Enterprise',
  iotenterprises: 'IoT Enterprise LTSC',
}

/** "Windows 11 Pro": the product by build plus the edition from EditionID (ProductName as fallback). */
export function windowsDisplayName(v: WindowsVersion): string {
  const label = v.editionId !== null ? EDITION_LABELS[v.editionId.toLowerCase()] : undefined
  if (label !== undefined) return `${v.product} ${label}`
  if (v.productName !== null) return v.productName.replace(/^Windows 1[01]\b/, v.product)
  return v.product
}
