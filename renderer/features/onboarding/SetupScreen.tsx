/**
 * First run and settings: who you are (staff id and a name for this laptop), the campaign's key
 * (the CISO's public key, pinned only after its fingerprint was compared by phone or in person),
 * then the campaign's request (a file or pasted text from the CISO). A request that arrives with
 * its key before any key is pinned goes through the same fingerprint confirmation.
 */
import { useId, useState, type FormEvent, type ReactElement } from 'react'
import type {
  CisoKeyImport,
  CisoKeyInfo,
  ImportResult,
  IpcResult,
  RequestSummary,
} from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { formatDateTime } from '../../app/format'
import { failureText, mainText, t } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Page } from '../../components/Page'
import { ConfirmFingerprint } from './ConfirmFingerprint'
import { ImportBox } from './ImportBox'
import { LanguagePicker } from './LanguagePicker'
import { SecurityLeadCard } from './SecurityLeadCard'

function DetailsForm(): ReactElement {
  const { settings, setSettings, navigate, info } = useApp()
  const [staffId, setStaffId] = useState(settings.staffId)
  const [deviceLabel, setDeviceLabel] = useState(settings.deviceLabel)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const [busy, setBusy] = useState(false)
  const ids = { staff: useId(), device: useId(), staffHelp: useId(), deviceHelp: useId(), error: useId() }
  const firstRun = settings.staffId === ''

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    setSaved(false)
    const r = await api.saveSettings({ staffId, deviceLabel, language: settings.language })
    setBusy(false)
    if (!r.ok) return setError(failureText(r))
    setSettings(r.value)
    setSaved(true)
    // On first run with a key already trusted (or none needed), the next step is the request below.
    if (firstRun && info.trustedCiso !== null) navigate('check')
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="details-title" noValidate>
      <h2 id="details-title">{t('setup.details.title')}</h2>
      <div className="field">
        <label htmlFor={ids.staff}>{t('setup.staffId')}</label>
        <p id={ids.staffHelp} className="field__help">
          {t('setup.staffId.help')}
        </p>
        <input
          id={ids.staff}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={staffId}
          onChange={(e) => setStaffId(e.target.value)}
          aria-describedby={error === null ? ids.staffHelp : `${ids.staffHelp} ${ids.error}`}
          aria-invalid={error !== null}
          required
        />
      </div>
      <div className="field">
        <label htmlFor={ids.device}>{t('setup.deviceLabel')}</label>
        <p id={ids.deviceHelp} className="field__help">
          {t('setup.deviceLabel.help')}
        </p>
        <input
          id={ids.device}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={deviceLabel}
          onChange={(e) => setDeviceLabel(e.target.value)}
          aria-describedby={error === null ? ids.deviceHelp : `${ids.deviceHelp} ${ids.error}`}
          aria-invalid={error !== null}
          required
        />
      </div>
      {error !== null && (
        <div id={ids.error}>
          <Alert kind="error" title={t('setup.details.invalid')}>
            <p>{error}</p>
          </Alert>
        </div>
      )}
      {saved && <Alert kind="success" title={t('setup.details.saved')} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('setup.details.save')}
        </button>
      </div>
    </form>
  )
}

function RequestSummaryView({ request }: { readonly request: RequestSummary }): ReactElement {
  return (
    <dl className="facts">
      {request.org !== '' && (
        <div>
          <dt>{t('setup.request.org')}</dt>
          <dd>{request.org}</dd>
        </div>
      )}
      <div>
        <dt>{t('setup.request.for')}</dt>
        <dd>{request.staffId}</dd>
      </div>
      <div>
        <dt>{t('setup.request.purpose')}</dt>
        <dd>{t(`purpose.${request.purpose}`)}</dd>
      </div>
      <div>
        <dt>{t('setup.request.validUntil')}</dt>
        <dd>{formatDateTime(request.notAfter)}</dd>
      </div>
      <div>
        <dt>{t('setup.request.policy')}</dt>
        <dd>{t('export.preview.policyValue', { id: request.policy.id, version: request.policy.version })}</dd>
      </div>
    </dl>
  )
}

/** Step 2: pin the campaign's key after comparing its fingerprint out of band. */
function CisoKeyStep(): ReactElement {
  const { info, refreshInfo } = useApp()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState<CisoKeyInfo | null>(null)
  const [notice, setNotice] = useState<'already-trusted' | 'different-key-pinned' | 'pinned' | null>(null)
  const [round, setRound] = useState(0)

  const handle = (r: IpcResult<CisoKeyImport>): void => {
    setBusy(null)
    if (!r.ok) return setError(failureText(r))
    if (r.value.cancelled || r.value.ciso === null || r.value.status === null) return
    if (r.value.status === 'needs-confirmation') setPending(r.value.ciso)
    else setNotice(r.value.status)
  }
  const start = (): void => {
    setError(null)
    setNotice(null)
    setPending(null)
    setBusy(t('setup.key.reading'))
  }
  const pin = async (): Promise<void> => {
    if (pending === null) return
    setBusy(t('setup.confirm.saving'))
    const r = await api.pinCisoKey({ fingerprint: pending.fingerprint })
    setBusy(null)
    if (!r.ok) return setError(failureText(r))
    setPending(null)
    setNotice('pinned')
    await refreshInfo()
  }

  return (
    <section className="card" aria-labelledby="key-title">
      <h2 id="key-title">{t('setup.key.title')}</h2>
      {info.trustedCiso !== null ? (
        <p>
          {t('setup.request.trustedKey')}{' '}
          <code className="fingerprint">{info.trustedCiso.fingerprintGrouped}</code>
        </p>
      ) : (
        <p>{t('setup.key.body')}</p>
      )}
      {info.trustedCiso === null && pending === null && (
        <ImportBox
          key={round}
          chooseLabel={t('setup.key.chooseFile')}
          pasteLabel={t('setup.key.paste')}
          useLabel={t('setup.key.usePasted')}
          disabled={busy !== null}
          onChoose={() => {
            start()
            void api.importCisoKeyFile().then(handle)
          }}
          onPaste={(text) => {
            start()
            void api.importCisoKeyText({ text }).then(handle)
          }}
        />
      )}
      {busy !== null && <Busy label={busy} />}
      {error !== null && (
        <Alert kind="error" title={t('setup.key.failed')}>
          <p>{error}</p>
        </Alert>
      )}
      {notice === 'pinned' && <Alert kind="success" title={t('setup.key.pinned')} />}
      {notice === 'already-trusted' && <Alert kind="info" title={t('setup.key.already')} />}
      {notice === 'different-key-pinned' && (
        <Alert kind="error" title={t('setup.key.different.title')}>
          <p>{t('setup.key.different.body')}</p>
        </Alert>
      )}
      {pending !== null && (
        <ConfirmFingerprint
          fingerprintGrouped={pending.fingerprintGrouped}
          busy={busy !== null}
          onMatch={() => void pin()}
          onStartOver={() => {
            setPending(null)
            setRound((n) => n + 1)
          }}
        />
      )}
    </section>
  )
}

/** Step 3: the CISO's signed request (what the campaign requires and why it is asking). */
function RequestStep(): ReactElement {
  const { info, refreshInfo, navigate } = useApp()
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState<RequestSummary | null>(null)
  const [accepted, setAccepted] = useState<RequestSummary | null>(null)
  const [round, setRound] = useState(0)

  const handle = async (r: IpcResult<ImportResult>): Promise<void> => {
    setBusy(null)
    if (!r.ok) return setError(failureText(r))
    if (r.value.cancelled || r.value.request === null) return
    const req = r.value.request
    if (req.status === 'needs-confirmation') {
      setPending(req)
    } else {
      setAccepted(req)
      setRound((n) => n + 1)
      await refreshInfo()
    }
  }
  const start = (): void => {
    setError(null)
    setAccepted(null)
    setPending(null)
    setBusy(t('setup.request.reading'))
  }
  const trust = async (): Promise<void> => {
    if (pending === null) return
    setBusy(t('setup.confirm.saving'))
    const r = await api.trustCiso({ fingerprint: pending.ciso.fingerprint })
    setBusy(null)
    if (!r.ok) return setError(failureText(r))
    setPending(null)
    setAccepted(r.value)
    setRound((n) => n + 1)
    await refreshInfo()
  }

  const shown = accepted ?? (pending === null ? info.activeRequest : null)

  return (
    <section className="card" aria-labelledby="request-title">
      <h2 id="request-title">{t('setup.request.title')}</h2>
      <p>{t('setup.request.body')}</p>
      {pending === null && (
        <ImportBox
          key={round}
          chooseLabel={t('setup.request.chooseFile')}
          pasteLabel={t('setup.request.paste')}
          useLabel={t('setup.request.usePasted')}
          disabled={busy !== null}
          onChoose={() => {
            start()
            void api.importRequestFile().then(handle)
          }}
          onPaste={(text) => {
            start()
            void api.importRequestText({ text }).then(handle)
          }}
        />
      )}
      {busy !== null && <Busy label={busy} />}
      {error !== null && (
        <Alert kind="error" title={t('setup.request.failed')}>
          <p>{error}</p>
        </Alert>
      )}
      {pending !== null && (
        <ConfirmFingerprint
          fingerprintGrouped={pending.ciso.fingerprintGrouped}
          busy={busy !== null}
          onMatch={() => void trust()}
          onStartOver={() => {
            setPending(null)
            setRound((n) => n + 1)
          }}
        >
          <RequestSummaryView request={pending} />
        </ConfirmFingerprint>
      )}
      {shown !== null && (
        <>
          <Alert
            kind="success"
            title={t(accepted !== null ? 'setup.request.accepted' : 'setup.request.active')}
          >
            <RequestSummaryView request={shown} />
          </Alert>
          {shown.warnings.map((w, i) => {
            const shownWarning = mainText(w, shown.warningTexts?.[i])
            return (
              <Alert key={w} kind="warning" title={t('setup.request.warning')}>
                <p lang={shownWarning.lang}>{shownWarning.text}</p>
              </Alert>
            )
          })}
          {accepted !== null && (
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={() => navigate('check')}>
                {t('setup.done')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  )
}

/** The Setup screen (first run and later edits). */
export function SetupScreen(): ReactElement {
  const { settings, navigate } = useApp()
  const firstRun = settings.staffId === ''
  return (
    <Page
      title={t(firstRun ? 'setup.welcome.title' : 'setup.title')}
      intro={<p>{t(firstRun ? 'setup.welcome.intro' : 'setup.intro')}</p>}
    >
      <LanguagePicker />
      <DetailsForm />
      {!firstRun && <CisoKeyStep />}
      {!firstRun && <RequestStep />}
      {!firstRun && (
        <p className="muted">
          {t('setup.skipHint')}{' '}
          <button type="button" className="link-button" onClick={() => navigate('check')}>
            {t('setup.skip')}
          </button>
        </p>
      )}
      <SecurityLeadCard />
    </Page>
  )
}
