/**
 * App-wide state shared by the screens: what main told us at start (app info, settings), the check
 * run, and navigation. Kept deliberately small: each screen loads its own data through `api`.
 */
import { createContext, useContext } from 'react'
import type { CheckId } from '../../shared/check-types'
import type { AppInfo, Settings } from '../../shared/ipc-contract'
import type { RunState } from '../features/checks/run-state'

/** The staff screens ("My laptop" mode), in navigation order. */
export const STAFF_SCREENS = ['check', 'fix', 'export', 'offboard', 'domains', 'history', 'setup'] as const
/**
 * The CISO screens ("Campaign security" mode), in navigation order. Offered only once the user chose
 * to act as the campaign's security lead (settings.cisoMode) or opened a campaign folder.
 * New CISO screens are added here (and to Shell's NAV_ICON / CurrentScreen and the `nav.<screen>` keys);
 * the intended order is campaign, dashboard, policy, requests, verify, roster.
 */
export const CISO_SCREENS = ['campaign', 'dashboard', 'policy', 'requests', 'verify', 'roster'] as const
/** Every screen. */
export const SCREENS = [...STAFF_SCREENS, ...CISO_SCREENS] as const
export type StaffScreen = (typeof STAFF_SCREENS)[number]
export type CisoScreen = (typeof CISO_SCREENS)[number]
export type Screen = StaffScreen | CisoScreen

/** The two modes of the app: checking this laptop (staff), or running the campaign (CISO). */
export type Mode = 'staff' | 'ciso'

/** Which mode a screen belongs to. */
export function modeOf(screen: Screen): Mode {
  return (CISO_SCREENS as readonly string[]).includes(screen) ? 'ciso' : 'staff'
}

/** What every screen can read and do. */
export interface AppContextValue {
  readonly info: AppInfo
  readonly settings: Settings
  readonly run: RunState
  readonly screen: Screen
  /** The check the Fix screen should open on (set when coming from a dashboard card). */
  readonly fixFocus: CheckId | null
  readonly navigate: (screen: Screen, fixFocus?: CheckId) => void
  /** Run all checks (no-op while a run is in progress). Resolves when the run ends. */
  readonly runChecks: () => Promise<void>
  readonly refreshInfo: () => Promise<void>
  readonly setSettings: (settings: Settings) => void
  /**
   * Ids of the practices the staffer ticked as true for them. Kept for the whole session, so a tick
   * stays until it is undone or an attestation carrying it is saved.
   */
  readonly confirmed: ReadonlySet<string>
  readonly setConfirmed: (id: string, on: boolean) => void
  /** Forget every tick (after an attestation carrying them was saved). */
  readonly clearConfirmed: () => void
}

export const AppContext = createContext<AppContextValue | null>(null)

/** The app context; throws outside the provider (a programming error). */
export function useApp(): AppContextValue {
  const value = useContext(AppContext)
  if (value === null) throw new Error('useApp() outside <AppContext>')
  return value
}
