/**
 * CISO mode state shared by the CISO screens and the navigation: the campaign open in main, the state
 * of its key session (unlocked / locked and why; main pushes changes, e.g. its idle lock), and the
 * unlock dialog. The key itself never comes here: the passphrase typed in the dialog is sent to main
 * once and dropped from the form at once.
 *
 * `withKey(op)` runs a write operation; when main answers CISO_KEY_LOCKED it asks for the passphrase
 * and, once unlocked, runs the operation again (cancelling returns the original refusal).
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react'
import type { CampaignFolderInfo, CisoKeyState, CisoStatus, IpcResult } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { t, failureText } from '../../app/i18n'
import { Dialog } from '../../components/Dialog'
import { Alert, Busy } from '../../components/Feedback'

/** What the CISO screens can read and do. */
export interface CisoContextValue {
  /** The campaign open in main and its key session; null until loaded. */
  readonly status: CisoStatus | null
  /** Why the status could not be read (e.g. the open folder was refused since). */
  readonly statusError: string | null
  readonly refresh: () => Promise<void>
  /** A campaign was opened, created or pinned: show it. */
  readonly setFolder: (folder: CampaignFolderInfo | null) => void
  /** Run a write; if the key is locked, ask to unlock and run it again. */
  readonly withKey: <T>(op: () => Promise<IpcResult<T>>) => Promise<IpcResult<T>>
  /** Open the unlock dialog; resolves true once unlocked, false when cancelled. */
  readonly unlock: () => Promise<boolean>
  readonly lock: () => Promise<void>
}

const CisoContext = createContext<CisoContextValue | null>(null)

/** The CISO context; throws outside the provider (a programming error). */
export function useCiso(): CisoContextValue {
  const value = useContext(CisoContext)
  if (value === null) throw new Error('useCiso() outside <CisoProvider>')
  return value
}

function UnlockDialog({
  open,
  folder,
  onUnlocked,
  onCancel,
}: {
  readonly open: boolean
  readonly folder: CampaignFolderInfo | null
  readonly onUnlocked: (state: CisoKeyState) => void
  readonly onCancel: () => void
}): ReactElement {
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const fieldId = useId()
  const hintId = useId()
  const submit = async (): Promise<void> => {
    if (passphrase === '') return
    setBusy(true)
    setError(null)
    const sent = passphrase
    // The renderer keeps no copy: the field is emptied as soon as the passphrase is on its way.
    setPassphrase('')
    const r = await api.cisoUnlock({ passphrase: sent })
    setBusy(false)
    if (!r.ok) return setError(failureText(r))
    onUnlocked(r.value)
  }
  const cancel = (): void => {
    setPassphrase('')
    setError(null)
    onCancel()
  }
  return (
    <Dialog open={open} title={t('ciso.unlock.title')} onClose={cancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <p>{folder === null ? t('ciso.unlock.body') : t('ciso.unlock.bodyFor', { org: folder.org })}</p>
        <div className="field">
          <label htmlFor={fieldId}>{t('ciso.unlock.passphrase')}</label>
          <input
            id={fieldId}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={passphrase}
            aria-describedby={hintId}
            onChange={(e) => setPassphrase(e.target.value)}
            autoFocus
          />
          <p id={hintId} className="field__help">
            {t('ciso.unlock.hint')}
          </p>
        </div>
        {error !== null && (
          <Alert kind="error" title={t('ciso.unlock.failed')}>
            <p>{error}</p>
          </Alert>
        )}
        {busy && <Busy label={t('ciso.unlock.busy')} />}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy || passphrase === ''}>
            {t('ciso.unlock.submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}

/** Provides CISO state to the navigation and the CISO screens. `active`: CISO mode is on. */
export function CisoProvider({
  active,
  children,
}: {
  readonly active: boolean
  readonly children: ReactNode
}): ReactElement {
  const [status, setStatus] = useState<CisoStatus | null>(null)
  const [statusError, setStatusError] = useState<string | null>(null)
  const [unlockOpen, setUnlockOpen] = useState(false)
  const waiting = useRef<((unlocked: boolean) => void)[]>([])

  const apply = useCallback((r: IpcResult<CisoStatus>): void => {
    if (r.ok) {
      setStatus(r.value)
      setStatusError(null)
    } else {
      setStatusError(failureText(r))
    }
  }, [])

  const refresh = useCallback(async (): Promise<void> => {
    apply(await api.cisoStatus())
  }, [apply])

  useEffect(() => {
    if (!active) return
    let cancelled = false
    void api.cisoStatus().then((r) => {
      if (!cancelled) apply(r)
    })
    return () => {
      cancelled = true
    }
  }, [active, apply])

  useEffect(
    () =>
      api.onCisoKeyState((e) => {
        setStatus((s) => (s === null ? s : { ...s, key: e.state }))
      }),
    [],
  )

  const settle = useCallback((unlocked: boolean): void => {
    setUnlockOpen(false)
    for (const resolve of waiting.current.splice(0)) resolve(unlocked)
  }, [])

  const unlock = useCallback((): Promise<boolean> => {
    setUnlockOpen(true)
    return new Promise<boolean>((resolve) => {
      waiting.current.push(resolve)
    })
  }, [])

  const withKey = useCallback(
    async <T,>(op: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> => {
      const first = await op()
      if (first.ok || first.code !== 'CISO_KEY_LOCKED') return first
      if (!(await unlock())) return first
      return op()
    },
    [unlock],
  )

  const lock = useCallback(async (): Promise<void> => {
    const r = await api.cisoLock()
    if (r.ok) setStatus((s) => (s === null ? s : { ...s, key: r.value }))
  }, [])

  const setFolder = useCallback(
    (folder: CampaignFolderInfo | null): void => {
      setStatus((s) => (s === null ? s : { ...s, folder }))
      void refresh()
    },
    [refresh],
  )

  const value = useMemo<CisoContextValue>(
    () => ({ status, statusError, refresh, setFolder, withKey, unlock, lock }),
    [status, statusError, refresh, setFolder, withKey, unlock, lock],
  )

  return (
    <CisoContext.Provider value={value}>
      {children}
      <UnlockDialog
        open={unlockOpen}
        folder={status?.folder ?? null}
        onUnlocked={(state) => {
          setStatus((s) => (s === null ? s : { ...s, key: state }))
          settle(true)
        }}
        onCancel={() => settle(false)}
      />
    </CisoContext.Provider>
  )
}
