/**
 * CISO mode, "Policy": edit every field of the campaign's policy, see it checked by main exactly as
 * `preflight ciso policy sign` checks it (problems beside their fields), review the changes against
 * the newest accepted version, and sign it as the next version (the key is unlocked in main; a
 * locked key asks for the passphrase first). Import and export the policy JSON through main's
 * dialogs. The renderer sends the policy as text; it never sees a key or a path.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactElement } from 'react'
import type { PolicyCheckResult, PolicyEditorState, PolicyProblem } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { formatDateTime } from '../../app/format'
import { t, failureText } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Page } from '../../components/Page'
import { NoCampaign } from '../ciso/CampaignScreen'
import { useCiso } from '../ciso/ciso-context'
import { CisoError } from '../ciso/refusal'
import { draftOf, draftText, problemsAt, problemsByPath, type Draft } from './policy-draft'
import { problemPlace, PolicyReview } from './PolicyReview'
import { ChecksSection, DomainsEditor, LimitsSection, PracticesEditor } from './PolicySections'

/** How long typing pauses before main checks the draft. */
const CHECK_DELAY_MS = 300

type Load =
  | { readonly phase: 'loading' }
  | { readonly phase: 'no-campaign' }
  | { readonly phase: 'error'; readonly message: string }
  | { readonly phase: 'ready'; readonly state: PolicyEditorState }

/** Problems of an imported file that was not loaded. */
function ImportProblems({
  fileName,
  problems,
}: {
  readonly fileName: string
  readonly problems: readonly PolicyProblem[]
}): ReactElement {
  return (
    <Alert kind="error" title={t('policy.import.failed', { file: fileName })}>
      <p>{t('policy.import.failedBody')}</p>
      <ul className="plain-list">
        {problems.map((p, i) => (
          <li key={`${p.path.join('.')}:${i}`}>
            <strong>{problemPlace(p.path)}</strong>
            {p.path.length > 0 && <code className="policy__path">{p.path.join('.')}</code>} {p.message}
          </li>
        ))}
      </ul>
    </Alert>
  )
}

/** The Policy screen. */
export function PolicyScreen(): ReactElement {
  const { status, withKey } = useCiso()
  const [load, setLoad] = useState<Load>({ phase: 'loading' })
  const [draft, setDraft] = useState<Draft | null>(null)
  const [check, setCheck] = useState<PolicyCheckResult | null>(null)
  const [checking, setChecking] = useState(false)
  const [signing, setSigning] = useState(false)
  // Shown beside the Sign button (where the user is), not only at the top of the page.
  const [signResult, setSignResult] = useState<
    { readonly ok: true; readonly text: string } | { readonly ok: false; readonly text: string } | null
  >(null)
  const [message, setMessage] = useState<
    | { readonly kind: 'exported' | 'imported'; readonly text: string }
    | { readonly kind: 'error'; readonly text: string }
    | { readonly kind: 'import-problems'; readonly file: string; readonly problems: readonly PolicyProblem[] }
    | null
  >(null)
  const idId = useId()
  const idErrorsId = useId()
  const round = useRef(0)

  const apply = useCallback((state: PolicyEditorState): void => {
    setLoad({ phase: 'ready', state })
    setDraft(draftOf(state.policy))
    setCheck(null)
  }, [])

  useEffect(() => {
    let cancelled = false
    void api.cisoGetPolicy().then((r) => {
      if (cancelled) return
      if (r.ok) apply(r.value)
      else if (r.code === 'NO_CAMPAIGN_FOLDER') setLoad({ phase: 'no-campaign' })
      else setLoad({ phase: 'error', message: failureText(r) })
    })
    return () => {
      cancelled = true
    }
  }, [apply])

  // Main checks the draft shortly after each change (the CLI's validation, the diff, the version).
  const text = useMemo(() => (draft === null ? null : draftText(draft)), [draft])
  useEffect(() => {
    if (text === null) return
    const mine = ++round.current
    const timer = setTimeout(() => {
      setChecking(true)
      void api.cisoCheckPolicy({ text }).then((r) => {
        if (mine !== round.current) return
        setChecking(false)
        if (r.ok) setCheck(r.value)
        else setMessage({ kind: 'error', text: failureText(r) })
      })
    }, CHECK_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text])

  const problems = useMemo(() => problemsByPath(check?.problems ?? []), [check])

  const reload = async (): Promise<void> => {
    const r = await api.cisoGetPolicy()
    if (r.ok) apply(r.value)
  }

  const sign = async (version: number): Promise<void> => {
    if (text === null) return
    setSigning(true)
    setMessage(null)
    setSignResult(null)
    const r = await withKey(() => api.cisoSignPolicy({ text, version }))
    setSigning(false)
    if (!r.ok) return setSignResult({ ok: false, text: failureText(r) })
    await reload()
    setSignResult({ ok: true, text: t('policy.sign.done', { id: r.value.id, version: r.value.version }) })
  }

  const importFile = async (): Promise<void> => {
    setMessage(null)
    setSignResult(null)
    const r = await api.cisoImportPolicy()
    if (!r.ok) return setMessage({ kind: 'error', text: failureText(r) })
    if (r.value.cancelled) return
    if (r.value.policy === null)
      return setMessage({ kind: 'import-problems', file: r.value.fileName ?? '', problems: r.value.problems })
    setDraft(draftOf(r.value.policy))
    setMessage({ kind: 'imported', text: t('policy.import.done', { file: r.value.fileName ?? '' }) })
  }

  const exportFile = async (): Promise<void> => {
    if (text === null) return
    setMessage(null)
    const r = await api.cisoExportPolicy({ text })
    if (!r.ok) return setMessage({ kind: 'error', text: failureText(r) })
    if (r.value.saved)
      setMessage({ kind: 'exported', text: t('policy.export.done', { file: r.value.fileName ?? '' }) })
  }

  if (status !== null && status.folder === null) {
    return (
      <Page title={t('policy.title')} intro={<p>{t('policy.intro')}</p>}>
        <NoCampaign />
      </Page>
    )
  }

  const state = load.phase === 'ready' ? load.state : null
  const idErrors = problemsAt(problems, 'id')
  return (
    <Page
      title={t('policy.title')}
      intro={<p>{t('policy.intro')}</p>}
      actions={
        draft !== null && (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => void importFile()}>
              {t('policy.import.button')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void exportFile()}
              disabled={(check?.problems.length ?? 0) > 0}
            >
              {t('policy.export.button')}
            </button>
          </div>
        )
      }
    >
      {load.phase === 'loading' && <Busy label={t('policy.loading')} />}
      {load.phase === 'no-campaign' && <NoCampaign />}
      {load.phase === 'error' && <CisoError message={load.message} />}
      {message?.kind === 'error' && <CisoError message={message.text} />}
      {message?.kind === 'import-problems' && (
        <ImportProblems fileName={message.file} problems={message.problems} />
      )}
      {(message?.kind === 'exported' || message?.kind === 'imported') && (
        <Alert kind="success" title={message.text}>
          {message.kind === 'imported' && <p>{t('policy.import.doneBody')}</p>}
        </Alert>
      )}
      {state !== null && draft !== null && (
        <>
          <section className="card" aria-labelledby="policy-id-title">
            <h2 id="policy-id-title">{t('policy.about.title')}</h2>
            {state.problem !== null && (
              <Alert kind="warning" title={t('policy.about.unreadable')}>
                <p>{state.problem}</p>
              </Alert>
            )}
            <p>
              {state.current === null
                ? t('policy.about.none')
                : t('policy.about.current', {
                    id: state.current.id,
                    version: state.current.version,
                    date: formatDateTime(state.current.issuedAt),
                  })}
            </p>
            <div className="field">
              <label htmlFor={idId}>{t('policy.about.id')}</label>
              <input
                id={idId}
                type="text"
                value={draft.id ?? ''}
                spellCheck={false}
                aria-invalid={idErrors.length > 0}
                aria-describedby={idErrors.length > 0 ? idErrorsId : undefined}
                onChange={(e) => setDraft({ ...draft, id: e.target.value })}
              />
              <p className="field__help">
                {check?.nextVersion != null
                  ? t('policy.about.nextVersion', { version: check.nextVersion })
                  : t('policy.about.idHelp')}
              </p>
              {idErrors.length > 0 && (
                <ul id={idErrorsId} className="field__errors">
                  {idErrors.map((m) => (
                    <li key={m} className="field__error">
                      {m}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>
          <ChecksSection draft={draft} problems={problems} onChange={setDraft} />
          <LimitsSection draft={draft} problems={problems} onChange={setDraft} />
          <PracticesEditor draft={draft} problems={problems} onChange={setDraft} leaving={false} />
          <PracticesEditor draft={draft} problems={problems} onChange={setDraft} leaving />
          <DomainsEditor draft={draft} problems={problems} onChange={setDraft} />
          <PolicyReview
            check={check}
            checking={checking}
            policyId={draft.id ?? ''}
            signing={signing}
            onSign={(v) => void sign(v)}
          />
          {signing && <Busy label={t('policy.sign.busy')} />}
          {signResult?.ok === true && (
            <Alert kind="success" title={signResult.text}>
              <p>{t('policy.sign.doneBody')}</p>
            </Alert>
          )}
          {signResult?.ok === false && (
            <CisoError message={signResult.text} title={t('policy.sign.failed')} />
          )}
        </>
      )}
    </Page>
  )
}
