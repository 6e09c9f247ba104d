/**
 * CISO mode, "Requests": one signed, single-use request per staffer of a list, pasted or read from a
 * CSV file (main's open dialog), written by main into a new folder it creates inside the folder the
 * CISO chooses, with index.csv for a mail merge. Main checks the list (main/ciso/staff-list.ts) both
 * for the preview and again when issuing; every bad line is shown with its number and nothing is
 * issued until the whole list is good.
 */
import { useId, useState, type ReactElement } from 'react'
import { PURPOSES, type Purpose } from '../../../shared/attestation-types'
import type { StaffListCheck } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { t, tn, failureText } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Icon } from '../../components/Icon'
import { Page } from '../../components/Page'
import { BulkOutcome, type BulkOutcomeState } from './BulkOutcome'
import { NoCampaign } from './CampaignScreen'
import { ScrollTable } from './charts'
import { useCiso } from './ciso-context'
import { CisoError } from './refusal'
import { Pager } from './SortableTable'
import { paginate } from './table-model'

const PAGE_SIZE = 50
const DEFAULT_VALID_DAYS = 14

/** The checked list: what will be issued, or its problems. */
function CheckResult({ check }: { readonly check: StaffListCheck }): ReactElement {
  const [page, setPage] = useState(0)
  if (check.problems.length > 0) {
    return (
      <BulkOutcome
        outcome={{ ok: true, result: { cancelled: false, problems: check.problems, issued: null } }}
      />
    )
  }
  const counts = PURPOSES.map((p) => [p, check.entries.filter((e) => e.purpose === p).length] as const)
    .filter(([, n]) => n > 0)
    .map(([p, n]) => t('ciso.bulk.purposeCount', { count: n, purpose: t(`purpose.${p}`) }))
    .join(', ')
  const shown = paginate(check.entries, page, PAGE_SIZE)
  return (
    <div className="requests__preview">
      <Alert kind="success" title={tn('ciso.requests.ready', check.entries.length)}>
        <p>{counts}</p>
      </Alert>
      <ScrollTable label={t('ciso.requests.previewCaption')}>
        <table className="table">
          <caption className="sr-only">{t('ciso.requests.previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="table__num">
                {t('ciso.requests.colLine')}
              </th>
              <th scope="col">{t('ciso.requests.colStaff')}</th>
              <th scope="col">{t('ciso.requests.colName')}</th>
              <th scope="col">{t('ciso.col.purpose')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((e) => (
              <tr key={e.line}>
                <td className="table__num">{e.line}</td>
                <th scope="row">{e.staffId}</th>
                <td>{e.name === '' ? t('common.none') : e.name}</td>
                <td>{t(`purpose.${e.purpose}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {shown.pageCount > 1 && <Pager page={shown} onPage={setPage} label={t('ciso.requests.pages')} />}
    </div>
  )
}

/** The Requests screen. */
export function RequestsScreen(): ReactElement {
  const { status, withKey } = useCiso()
  const [text, setText] = useState('')
  const [purpose, setPurpose] = useState<Purpose>('onboarding')
  const [validDays, setValidDays] = useState(String(DEFAULT_VALID_DAYS))
  const [fileName, setFileName] = useState<string | null>(null)
  const [check, setCheck] = useState<StaffListCheck | null>(null)
  const [outcome, setOutcome] = useState<BulkOutcomeState | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'reading' | 'checking' | 'issuing' | null>(null)
  /** The list text requests were just created for: not offered again until it changes. */
  const [issuedFor, setIssuedFor] = useState<string | null>(null)
  const ids = {
    list: useId(),
    listHelp: useId(),
    purpose: useId(),
    purposeHelp: useId(),
    days: useId(),
    daysHelp: useId(),
  }

  const days = Number(validDays)
  const daysValid = Number.isInteger(days) && days >= 1 && days <= 365
  const folderOpen = status?.folder != null

  const edit = (next: string): void => {
    setText(next)
    setCheck(null)
    setOutcome(null)
  }

  const readFile = async (): Promise<void> => {
    setBusy('reading')
    setError(null)
    const r = await api.cisoReadStaffList()
    setBusy(null)
    if (!r.ok) return setError(failureText(r))
    if (r.value.cancelled || r.value.text === null) return
    setFileName(r.value.fileName)
    edit(r.value.text)
  }

  const checkList = async (): Promise<void> => {
    setBusy('checking')
    setError(null)
    setOutcome(null)
    const r = await api.cisoCheckStaffList({ text, purpose })
    setBusy(null)
    if (!r.ok) return setError(failureText(r))
    setCheck(r.value)
  }

  const issue = async (): Promise<void> => {
    setBusy('issuing')
    setError(null)
    setOutcome(null)
    const r = await withKey(() => api.cisoIssueBulkRequests({ text, purpose, validDays: days }))
    setBusy(null)
    if (!r.ok) return setOutcome({ ok: false, message: failureText(r) })
    setOutcome({ ok: true, result: r.value })
    // The outcome shows the problems, or the issued folder: the preview has done its job.
    if (r.value.problems.length > 0 || r.value.issued !== null) setCheck(null)
    if (r.value.issued !== null) setIssuedFor(text)
  }

  return (
    <Page title={t('ciso.requests.title')} intro={<p>{t('ciso.requests.intro')}</p>}>
      {status !== null && !folderOpen && <NoCampaign />}
      <section className="card" aria-labelledby="requests-list">
        <h2 id="requests-list">{t('ciso.requests.listTitle')}</h2>
        <p>{t('ciso.requests.format')}</p>
        <pre className="requests__example" aria-label={t('ciso.requests.exampleLabel')}>
          {t('ciso.requests.example')}
        </pre>
        <div className="requests__fields">
          <div className="field">
            <label htmlFor={ids.purpose}>{t('ciso.requests.purpose')}</label>
            <select
              id={ids.purpose}
              value={purpose}
              aria-describedby={ids.purposeHelp}
              onChange={(e) => {
                setPurpose(e.target.value as Purpose)
                setCheck(null)
              }}
            >
              {PURPOSES.map((p) => (
                <option key={p} value={p}>
                  {t(`purpose.${p}`)}
                </option>
              ))}
            </select>
            <p id={ids.purposeHelp} className="field__help">
              {t('ciso.requests.purposeHelp')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={ids.days}>{t('ciso.requests.days')}</label>
            <input
              id={ids.days}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={validDays}
              aria-describedby={ids.daysHelp}
              aria-invalid={!daysValid}
              onChange={(e) => setValidDays(e.target.value)}
            />
            <p id={ids.daysHelp} className="field__help">
              {daysValid ? t('ciso.requests.daysHelp') : t('ciso.requests.daysInvalid')}
            </p>
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.list}>{t('ciso.requests.list')}</label>
          <textarea
            id={ids.list}
            className="requests__text"
            rows={10}
            spellCheck={false}
            autoComplete="off"
            value={text}
            aria-describedby={ids.listHelp}
            onChange={(e) => {
              setFileName(null)
              edit(e.target.value)
            }}
          />
          <p id={ids.listHelp} className="field__help">
            {issuedFor === text
              ? t('ciso.requests.alreadyIssued')
              : fileName === null
                ? t('ciso.requests.listHelp')
                : t('ciso.requests.fromFile', { file: fileName })}
          </p>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={busy !== null}
            onClick={() => void readFile()}
          >
            <Icon name="document" />
            <span>{t('ciso.requests.chooseFile')}</span>
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy !== null || text.trim() === ''}
            onClick={() => void checkList()}
          >
            {t('ciso.requests.check')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={busy !== null || text.trim() === '' || !daysValid || !folderOpen || issuedFor === text}
            onClick={() => void issue()}
          >
            <Icon name="send" />
            <span>
              {check !== null && check.problems.length === 0
                ? tn('ciso.requests.issueCount', check.entries.length)
                : t('ciso.requests.issue')}
            </span>
          </button>
        </div>
        {busy === 'reading' && <Busy label={t('ciso.requests.reading')} />}
        {busy === 'checking' && <Busy label={t('ciso.requests.checking')} />}
        {busy === 'issuing' && <Busy label={t('ciso.bulk.busy')} />}
        {error !== null && <CisoError message={error} />}
        {outcome !== null && <BulkOutcome outcome={outcome} />}
        {check !== null && <CheckResult check={check} />}
      </section>
    </Page>
  )
}
