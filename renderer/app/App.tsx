/**
 * The application shell: loads app info and settings, owns the check run (subscribed to main's
 * streamed results), and shows the left navigation plus the current screen.
 */
import { useCallback, useEffect, useMemo, useReducer, useState, type ReactElement } from 'react'
import type { CheckId } from '../../shared/check-types'
import type { Language } from '../../shared/i18n'
import { DISPLAY_CATALOGUES } from '../../shared/i18n/display'
import { effectiveLanguage } from '../../shared/i18n/language'
import type { AppInfo, Settings } from '../../shared/ipc-contract'
import { api, bridgeAvailable } from '../api/client'
import { Alert, Busy } from '../components/Feedback'
import { INITIAL_RUN_STATE, runReducer } from '../features/checks/run-state'
import { CisoProvider } from '../features/ciso/ciso-context'
import { AppContext, type AppContextValue, type Screen } from './context'
import { setCatalogue, t, failureText } from './i18n'
import { Shell } from './Shell'

type Boot =
  | { readonly phase: 'loading' }
  | { readonly phase: 'error'; readonly message: string }
  | { readonly phase: 'ready'; readonly info: AppInfo; readonly settings: Settings }

/**
 * Synchronous guard against two overlapping runs (a click and a window-focus re-check in the same
 * tick). Module scope: there is one App per window.
 */
const runGuard = { running: false }

/** Show the app in the chosen language (or the system's, for "system"): catalogue, `<html lang>`. */
function applyLanguage(settings: Settings, systemLanguage: Language): void {
  const lang = effectiveLanguage(settings.language, systemLanguage)
  const catalogue = DISPLAY_CATALOGUES[lang]
  setCatalogue(lang, catalogue.ui, catalogue.checks, catalogue.main, catalogue.practices)
  document.documentElement.lang = lang
}

/** Root component. */
export function App(): ReactElement {
  const [boot, setBoot] = useState<Boot>(() =>
    bridgeAvailable() ? { phase: 'loading' } : { phase: 'error', message: t('boot.noBridge') },
  )
  const [run, dispatch] = useReducer(runReducer, INITIAL_RUN_STATE)
  const [screen, setScreen] = useState<Screen>('check')
  const [fixFocus, setFixFocus] = useState<CheckId | null>(null)
  const [confirmed, setConfirmedSet] = useState<ReadonlySet<string>>(() => new Set())

  useEffect(() => {
    if (!bridgeAvailable()) return
    let cancelled = false
    void (async () => {
      const [info, settings] = await Promise.all([api.getAppInfo(), api.getSettings()])
      if (cancelled) return
      if (!info.ok) return setBoot({ phase: 'error', message: failureText(info) })
      if (!settings.ok) return setBoot({ phase: 'error', message: failureText(settings) })
      applyLanguage(settings.value, info.value.systemLanguage)
      // A security lead starts on the campaign; a staffer on their checks (or first-run details).
      setScreen(
        settings.value.cisoMode === true ? 'campaign' : settings.value.staffId === '' ? 'setup' : 'check',
      )
      setBoot({ phase: 'ready', info: info.value, settings: settings.value })
    })()
    return () => {
      cancelled = true
    }
  }, [])

  useEffect(() => {
    const offStarted = api.onCheckStarted((e) =>
      dispatch({ type: 'check-started', runId: e.runId, id: e.id }),
    )
    const offResult = api.onCheckResult((e) =>
      dispatch({ type: 'check-result', runId: e.runId, result: e.result }),
    )
    return () => {
      offStarted()
      offResult()
    }
  }, [])

  const runChecks = useCallback(async (): Promise<void> => {
    if (runGuard.running) return
    runGuard.running = true
    dispatch({ type: 'start' })
    try {
      const r = await api.runChecks()
      if (r.ok) dispatch({ type: 'finished', report: r.value })
      else dispatch({ type: 'failed', message: failureText(r) })
    } finally {
      runGuard.running = false
    }
  }, [])

  const refreshInfo = useCallback(async (): Promise<void> => {
    const r = await api.getAppInfo()
    if (r.ok) setBoot((b) => (b.phase === 'ready' ? { ...b, info: r.value } : b))
  }, [])

  const setSettings = useCallback((settings: Settings): void => {
    setBoot((b) => {
      if (b.phase !== 'ready') return b
      applyLanguage(settings, b.info.systemLanguage)
      return { ...b, settings }
    })
  }, [])

  const navigate = useCallback((next: Screen, focus?: CheckId): void => {
    setFixFocus(focus ?? null)
    setScreen(next)
  }, [])

  const setConfirmed = useCallback((id: string, on: boolean): void => {
    setConfirmedSet((prev) => {
      if (prev.has(id) === on) return prev
      const next = new Set(prev)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }, [])

  const clearConfirmed = useCallback((): void => setConfirmedSet(new Set()), [])

  const value = useMemo<AppContextValue | null>(
    () =>
      boot.phase === 'ready'
        ? {
            info: boot.info,
            settings: boot.settings,
            run,
            screen,
            fixFocus,
            navigate,
            runChecks,
            refreshInfo,
            setSettings,
            confirmed,
            setConfirmed,
            clearConfirmed,
          }
        : null,
    [
      boot,
      run,
      screen,
      fixFocus,
      navigate,
      runChecks,
      refreshInfo,
      setSettings,
      confirmed,
      setConfirmed,
      clearConfirmed,
    ],
  )

  if (boot.phase === 'loading') {
    return (
      <main className="boot">
        <Busy label={t('boot.loading')} />
      </main>
    )
  }
  if (boot.phase === 'error' || value === null) {
    return (
      <main className="boot">
        <h1 className="boot__title">{t('app.name')}</h1>
        <Alert kind="error" title={t('boot.failed')}>
          <p>{boot.phase === 'error' ? boot.message : ''}</p>
        </Alert>
      </main>
    )
  }
  return (
    <AppContext.Provider value={value}>
      <CisoProvider active={value.settings.cisoMode === true}>
        <Shell />
      </CisoProvider>
    </AppContext.Provider>
  )
}
