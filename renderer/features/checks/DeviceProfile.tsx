/**
 * The device profile (maker, model, laptop or desktop, virtual machine, start-up firmware): shown on
 * the dashboard below the checks and in the export preview. Descriptive only: it never changes a
 * result, and the text says so.
 */
import type { ReactElement } from 'react'
import type {
  ChassisKind,
  DeviceProfile,
  FirmwareKind,
  HostKindCheck,
  ProfileStatus,
} from '../../../shared/device-profile'
import type { UiKey } from '../../../shared/i18n/en/ui'
import { t } from '../../app/i18n'

const CHASSIS: Record<ChassisKind, UiKey> = {
  laptop: 'device.chassis.laptop',
  desktop: 'device.chassis.desktop',
  other: 'device.chassis.other',
}
const FIRMWARE: Record<FirmwareKind, UiKey> = {
  uefi: 'device.firmware.uefi',
  legacy: 'device.firmware.legacy',
  'apple-silicon': 'device.firmware.apple-silicon',
}
const HOST_KIND: Record<HostKindCheck, UiKey> = {
  confirms: 'device.hostKind.confirms',
  contradicts: 'device.hostKind.contradicts',
  'not-comparable': 'device.hostKind.not-comparable',
}
const PROBLEM: Partial<Record<ProfileStatus, UiKey>> = {
  timeout: 'device.status.timeout',
  error: 'device.status.error',
}

/** What both the report's profile and the signed one have. */
type ProfileFacts = Pick<
  DeviceProfile,
  'status' | 'manufacturer' | 'model' | 'chassis' | 'virtual' | 'virtualHost' | 'firmware' | 'hostKindCheck'
>

function modelText(p: ProfileFacts): string {
  const name = [p.manufacturer, p.model].filter((x): x is string => x !== null).join(' ')
  return name === '' ? t('device.unknown') : name
}

function virtualText(p: ProfileFacts): string {
  if (p.virtual === null) return t('device.unknown')
  if (!p.virtual) return t('device.virtual.no')
  return p.virtualHost === null
    ? t('device.virtual.yes')
    : t('device.virtual.yesKind', { kind: p.virtualHost })
}

/** The profile as label/value rows (dt and dd pairs) for a facts list (dl). */
export function DeviceProfileRows({ profile }: { readonly profile: ProfileFacts }): ReactElement {
  const rows: [string, string][] = [
    [t('device.model'), modelText(profile)],
    [t('device.chassis'), profile.chassis === null ? t('device.unknown') : t(CHASSIS[profile.chassis])],
    [t('device.virtual'), virtualText(profile)],
    [t('device.firmware'), profile.firmware === null ? t('device.unknown') : t(FIRMWARE[profile.firmware])],
    [t('device.hostKind'), t(HOST_KIND[profile.hostKindCheck])],
  ]
  return (
    <>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </>
  )
}

/** The dashboard's "This computer" card; nothing when the run has no profile (older transcript). */
export function DeviceProfileCard({
  profile,
}: {
  readonly profile: DeviceProfile | undefined
}): ReactElement | null {
  if (profile === undefined || profile.status === 'not-collected') return null
  return (
    <section className="card device" aria-labelledby="device-title" data-testid="device-profile">
      <h2 id="device-title">{t('device.title')}</h2>
      <p className="muted">{t('device.intro')}</p>
      {PROBLEM[profile.status] !== undefined && <p>{t(PROBLEM[profile.status] as UiKey)}</p>}
      <dl className="facts">
        <DeviceProfileRows profile={profile} />
      </dl>
    </section>
  )
}
