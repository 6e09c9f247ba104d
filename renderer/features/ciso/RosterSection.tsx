/**
 * CISO: the roster of enrolled device keys, with filter, sort, paging, revoke / offboard (each
 * confirmed in a dialog) and CSV export through main's save dialog.
 */
import { useId, useMemo, useState, type ReactElement } from 'react'
import type { RosterEntry } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { formatAge, formatDate, formatDateTime } from '../../app/format'
import { t, failureText } from '../../app/i18n'
import { Alert, Busy } from '../../components/Feedback'
import { Dialog } from '../../components/Dialog'
import { Icon } from '../../components/Icon'
import { OverallChip } from '../../components/StatusChip'
import { checkNames } from './check-names'
import { useCiso } from './ciso-context'
import { CisoError } from './refusal'
import { PRACTICES_FILTER_OPTIONS, PracticesCell } from './PracticesCell'
import { Pager, SortHeader } from './SortableTable'
import {
  filterRosterEntries,
  nextSort,
  paginate,
  sortRosterEntries,
  type PracticesFilter,
  type RosterColumn,
  type RosterFilter,
  type Sort,
} from './table-model'
import { PAGE_SIZE } from './VerifySection'

type Action = { readonly kind: 'revoke' | 'offboard'; readonly entry: RosterEntry }

function ActionDialog({
  action,
  onClose,
  onDone,
}: {
  readonly action: Action | null
  readonly onClose: () => void
  readonly onDone: (entry: RosterEntry) => void
}): ReactElement {
  const { withKey } = useCiso()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const reasonId = useId()
  const run = async (): Promise<void> => {
    if (action === null) return
    setBusy(true)
    setError(null)
    const fingerprint = action.entry.fingerprint
    const why = reason.trim()
    const r =
      action.kind === 'revoke'
        ? await withKey(() => api.cisoRevoke(why === '' ? { fingerprint } : { fingerprint, reason: why }))
        : await withKey(() => api.cisoOffboard({ fingerprint }))
    setBusy(false)
    if (!r.ok) return setError(failureText(r))
    setReason('')
    onDone(r.value)
  }
  const close = (): void => {
    setError(null)
    setReason('')
    onClose()
  }
  return (
    <Dialog
      open={action !== null}
      title={action?.kind === 'offboard' ? t('ciso.offboard.title') : t('ciso.revoke.title')}
      onClose={close}
    >
      {action !== null && (
        <>
          <p>
            {t(action.kind === 'offboard' ? 'ciso.offboard.body' : 'ciso.revoke.body', {
              staff: action.entry.staffId,
              device: action.entry.deviceLabel,
            })}
          </p>
          <p className="fingerprint">{action.entry.fingerprintGrouped}</p>
          {action.kind === 'revoke' && (
            <div className="field">
              <label htmlFor={reasonId}>{t('ciso.revoke.reason')}</label>
              <input id={reasonId} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
          )}
          {error !== null && (
            <Alert kind="error" title={t('ciso.failed')}>
              <p>{error}</p>
            </Alert>
          )}
          {busy && <Busy label={t('ciso.action.busy')} />}
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              onClick={() => void run()}
              disabled={busy}
            >
              {t(action.kind === 'offboard' ? 'ciso.offboard.submit' : 'ciso.revoke.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}

/** The roster part of the CISO screen. */
export function RosterSection({
  entries,
  loading,
  error: loadError,
  onChanged,
}: {
  readonly entries: readonly RosterEntry[] | null
  readonly loading: boolean
  readonly error: string | null
  readonly onChanged: () => void
}): ReactElement {
  const [filter, setFilter] = useState<RosterFilter>({ text: '', status: 'all' })
  const [sort, setSort] = useState<Sort<RosterColumn>>({ column: 'staff', direction: 'ascending' })
  const [page, setPage] = useState(0)
  const [action, setAction] = useState<Action | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const searchId = useId()
  const statusId = useId()
  const practicesId = useId()
  const [now] = useState(() => Date.now())

  const shown = useMemo(
    () => sortRosterEntries(filterRosterEntries(entries ?? [], filter), sort),
    [entries, filter, sort],
  )
  const current = paginate(shown, page, PAGE_SIZE)
  const onSort = (c: RosterColumn): void => {
    setSort((s) => nextSort(s, c))
    setPage(0)
  }
  const exportCsv = async (): Promise<void> => {
    setError(null)
    setMessage(null)
    const r = await api.cisoExportCsv({ what: 'roster' })
    if (!r.ok) return setError(failureText(r))
    if (r.value.saved) setMessage(t('ciso.csvSaved', { file: r.value.fileName ?? '' }))
  }

  return (
    <section className="card" aria-labelledby="roster-title">
      <div className="section-head">
        <h2 id="roster-title">{t('ciso.roster.title')}</h2>
        {entries !== null && entries.length > 0 && (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
              {t('ciso.exportCsv')}
            </button>
          </div>
        )}
      </div>
      <p className="muted">{t('ciso.roster.body')}</p>
      {loading && <Busy label={t('ciso.roster.loading')} />}
      {loadError !== null && <CisoError message={loadError} />}
      {error !== null && (
        <Alert kind="error" title={t('ciso.failed')}>
          <p>{error}</p>
        </Alert>
      )}
      {message !== null && <Alert kind="success" title={message} />}
      {entries === null && !loading && loadError === null && <p>{t('ciso.verify.needFolder')}</p>}
      {entries !== null && entries.length === 0 && <p>{t('ciso.roster.empty')}</p>}
      {entries !== null && entries.length > 0 && (
        <>
          <div className="filters">
            <div className="field field--inline">
              <label htmlFor={searchId}>{t('ciso.filter.search')}</label>
              <input
                id={searchId}
                type="search"
                value={filter.text}
                onChange={(e) => {
                  setFilter((f) => ({ ...f, text: e.target.value }))
                  setPage(0)
                }}
              />
            </div>
            <div className="field field--inline">
              <label htmlFor={statusId}>{t('ciso.filter.status')}</label>
              <select
                id={statusId}
                value={filter.status}
                onChange={(e) => {
                  setFilter((f) => ({ ...f, status: e.target.value as RosterFilter['status'] }))
                  setPage(0)
                }}
              >
                <option value="all">{t('ciso.filter.all')}</option>
                <option value="active">{t('ciso.status.active')}</option>
                <option value="revoked">{t('ciso.status.revoked')}</option>
                <option value="offboarded">{t('ciso.status.offboarded')}</option>
              </select>
            </div>
            <div className="field field--inline">
              <label htmlFor={practicesId}>{t('ciso.filter.practices')}</label>
              <select
                id={practicesId}
                value={filter.practices ?? 'all'}
                onChange={(e) => {
                  setFilter((f) => ({ ...f, practices: e.target.value as PracticesFilter }))
                  setPage(0)
                }}
              >
                {PRACTICES_FILTER_OPTIONS.map(([value, key]) => (
                  <option key={value} value={value}>
                    {t(key)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('ciso.roster.tableLabel')}>
            <table className="table">
              <caption className="sr-only">{t('ciso.roster.caption')}</caption>
              <thead>
                <tr>
                  <SortHeader column="staff" label={t('ciso.col.staff')} sort={sort} onSort={onSort} />
                  <SortHeader column="status" label={t('ciso.col.status')} sort={sort} onSort={onSort} />
                  <SortHeader column="lastSeen" label={t('ciso.col.lastSeen')} sort={sort} onSort={onSort} />
                  <SortHeader column="result" label={t('ciso.col.lastResult')} sort={sort} onSort={onSort} />
                  <SortHeader column="failing" label={t('ciso.col.failing')} sort={sort} onSort={onSort} />
                  <SortHeader
                    column="practices"
                    label={t('ciso.col.practices')}
                    sort={sort}
                    onSort={onSort}
                  />
                  <th scope="col">{t('ciso.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {current.rows.map((e) => (
                  <tr key={e.fingerprint}>
                    <td>
                      {e.staffId}
                      <span className="table__detail">
                        {e.deviceLabel} · {e.platform}
                      </span>
                      <code className="fingerprint fingerprint--small" title={e.fingerprint}>
                        {e.fingerprintGrouped}
                      </code>
                    </td>
                    <td>
                      <span className={`status status--${e.status}`}>
                        <Icon name={e.status === 'active' ? 'pass' : 'not-applicable'} />
                        {t(`ciso.status.${e.status}`)}
                      </span>
                    </td>
                    <td>
                      {e.lastCollectedAt === null ? (
                        t('common.never')
                      ) : (
                        <time dateTime={e.lastCollectedAt} title={formatDateTime(e.lastCollectedAt)}>
                          {formatAge(e.lastCollectedAt, now)}
                        </time>
                      )}
                      {e.stale && e.status === 'active' && (
                        <span
                          className="table__detail table__detail--warn"
                          title={t('ciso.roster.staleHelp')}
                        >
                          <Icon name="warning" /> {t('ciso.roster.stale')}
                        </span>
                      )}
                      <span className="table__detail">
                        {t('ciso.roster.enrolledOn', { date: formatDate(e.enrolledAt) })}
                      </span>
                    </td>
                    <td>
                      {e.lastResult === null ? t('common.none') : <OverallChip overall={e.lastResult} />}
                    </td>
                    <td>{e.failingChecks.length === 0 ? t('common.none') : checkNames(e.failingChecks)}</td>
                    <td>
                      <PracticesCell result={e.practicesResult} unmet={e.unmetPractices} />
                    </td>
                    <td>
                      {e.status === 'active' ? (
                        <div className="button-row button-row--tight">
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => setAction({ kind: 'revoke', entry: e })}
                            aria-label={t('ciso.revoke.for', { staff: e.staffId })}
                          >
                            {t('ciso.revoke.open')}
                          </button>
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => setAction({ kind: 'offboard', entry: e })}
                            aria-label={t('ciso.offboard.for', { staff: e.staffId })}
                          >
                            {t('ciso.offboard.open')}
                          </button>
                        </div>
                      ) : (
                        t('common.none')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 && <p>{t('ciso.filter.noMatch')}</p>}
          <Pager page={current} onPage={setPage} label={t('ciso.roster.pager')} />
        </>
      )}
      <ActionDialog
        action={action}
        onClose={() => setAction(null)}
        onDone={(entry) => {
          setAction(null)
          setMessage(
            t(entry.status === 'offboarded' ? 'ciso.offboard.done' : 'ciso.revoke.done', {
              staff: entry.staffId,
            }),
          )
          onChanged()
        }}
      />
    </section>
  )
}
