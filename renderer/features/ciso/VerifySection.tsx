/**
 * CISO: verify every attestation in a folder (chosen in main's dialog) or dropped onto the section
 * (read here with the File API, sent as contents), with a progress bar fed by main's events, then a filterable, sortable, paged table of the outcomes. Unknown keys that sent a
 * self-signed onboarding attestation can be enrolled from here after an out-of-band fingerprint check.
 */
import { useEffect, useId, useMemo, useRef, useState, type DragEvent, type ReactElement } from 'react'
import type { VerifyFolderResult, VerifyRow } from '../../../shared/ipc-contract'
import { DROPPED_LIMITS } from '../../../shared/ipc-limits'
import { api } from '../../api/client'
import { formatAge, formatDateTime } from '../../app/format'
import { failureText, mainText, t, tn, type MainText } from '../../app/i18n'
import { Alert, Busy, ProgressBar } from '../../components/Feedback'
import { Dialog } from '../../components/Dialog'
import { OutcomeChip } from '../../components/StatusChip'
import { checkNames } from './check-names'
import { useCiso } from './ciso-context'
import { CisoError } from './refusal'
import { capture, readDropped } from './dropped-files'
import { PRACTICES_FILTER_OPTIONS, PracticesCell } from './PracticesCell'
import { Pager, SortHeader } from './SortableTable'
import {
  countGroups,
  filterVerifyRows,
  nextSort,
  outcomeGroup,
  paginate,
  sortVerifyRows,
  type OutcomeGroup,
  type PracticesFilter,
  type Sort,
  type VerifyColumn,
} from './table-model'

/** Rows per page: small enough that a page lays out instantly, large enough to scan. */
export const PAGE_SIZE = 50

/** A row's reason as shown: its message in the chosen language, else main's English (lang="en"). */
function detail(r: VerifyRow): MainText {
  return mainText(r.detail, r.detailText)
}

function EnrollDialog({
  row,
  onClose,
  onEnrolled,
}: {
  readonly row: VerifyRow | null
  readonly onClose: () => void
  readonly onEnrolled: (row: VerifyRow, staffId: string) => void
}): ReactElement {
  const [staffId, setStaffId] = useState(row?.staffId ?? '')
  const [confirmed, setConfirmed] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const staffField = useId()
  const { withKey } = useCiso()
  const [forRow, setForRow] = useState<VerifyRow | null>(row)
  if (forRow !== row) {
    // A different row was opened: reset the form (render-time reset, no effect needed).
    setForRow(row)
    setStaffId(row?.staffId ?? '')
    setConfirmed(false)
    setError(null)
  }
  const enroll = async (): Promise<void> => {
    if (row === null || row.keyFingerprint === null) return
    setBusy(true)
    setError(null)
    const fingerprint = row.keyFingerprint
    const r = await withKey(() => api.cisoEnroll({ rowId: row.rowId, staffId, fingerprint }))
    setBusy(false)
    if (!r.ok) return setError(failureText(r))
    onEnrolled(row, r.value.staffId)
  }
  return (
    <Dialog open={row !== null} title={t('ciso.enroll.title')} onClose={onClose}>
      {row !== null && (
        <>
          <p>{t('ciso.enroll.body')}</p>
          <p className="fingerprint fingerprint--large">{row.keyFingerprintGrouped}</p>
          <p className="muted">{t('ciso.enroll.file', { file: row.fileName })}</p>
          <div className="field">
            <label htmlFor={staffField}>{t('ciso.enroll.staffId')}</label>
            <input id={staffField} type="text" value={staffId} onChange={(e) => setStaffId(e.target.value)} />
          </div>
          <label className="checklist__item">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            <span>{t('ciso.enroll.confirm')}</span>
          </label>
          {error !== null && (
            <Alert kind="error" title={t('ciso.enroll.failed')}>
              <p>{error}</p>
            </Alert>
          )}
          {busy && <Busy label={t('ciso.enroll.busy')} />}
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={!confirmed || staffId.trim() === '' || busy}
              onClick={() => void enroll()}
            >
              {t('ciso.enroll.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}

/** The verification part of the CISO screen. */
export function VerifySection({
  folderOpen,
  onRosterChanged,
}: {
  readonly folderOpen: boolean
  readonly onRosterChanged: () => void
}): ReactElement {
  const { withKey } = useCiso()
  const [verifying, setVerifying] = useState(false)
  const [progress, setProgress] = useState<{ readonly done: number; readonly total: number } | null>(null)
  const [result, setResult] = useState<VerifyFolderResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [group, setGroup] = useState<OutcomeGroup | 'all'>('all')
  const [practices, setPractices] = useState<PracticesFilter>('all')
  const [sort, setSort] = useState<Sort<VerifyColumn>>({ column: 'outcome', direction: 'ascending' })
  const [page, setPage] = useState(0)
  const [enrolling, setEnrolling] = useState<VerifyRow | null>(null)
  const [enrolled, setEnrolled] = useState<ReadonlyMap<string, string>>(new Map())
  const [csv, setCsv] = useState<string | null>(null)
  const searchId = useId()
  const groupId = useId()
  const practicesId = useId()
  const [now] = useState(() => Date.now())
  const [dragOver, setDragOver] = useState(false)
  const [reading, setReading] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  // dragenter/dragleave fire for every child crossed: count them to know when the pointer left.
  const dragDepth = useRef(0)

  useEffect(
    () =>
      api.onVerifyProgress((e) => {
        setProgress({ done: e.done, total: e.total })
      }),
    [],
  )

  const finish = (value: VerifyFolderResult): void => {
    setResult(value)
    setEnrolled(new Map())
    setPage(0)
    const c = countGroups(value.rows)
    setAnnouncement(
      t('ciso.verify.announce', { total: value.rows.length, pass: c.pass, rejected: c.rejected }),
    )
    onRosterChanged()
  }

  const verify = async (): Promise<void> => {
    setVerifying(true)
    setProgress(null)
    setError(null)
    setCsv(null)
    setAnnouncement('')
    const r = await withKey(() => api.cisoVerifyFolder())
    setVerifying(false)
    if (!r.ok) return setError(failureText(r))
    if (r.value.cancelled) return
    finish(r.value)
  }

  const busy = verifying || reading
  const canDrop = folderOpen && !busy

  const onDragEnter = (e: DragEvent<HTMLDivElement>): void => {
    if (!e.dataTransfer.types.includes('Files')) return
    e.preventDefault()
    dragDepth.current += 1
    setDragOver(true)
  }
  const onDragOver = (e: DragEvent<HTMLDivElement>): void => {
    if (!e.dataTransfer.types.includes('Files')) return
    // Accepting the drag here also keeps the browser from opening the files itself.
    e.preventDefault()
    e.dataTransfer.dropEffect = canDrop ? 'copy' : 'none'
  }
  const onDragLeave = (): void => {
    dragDepth.current = Math.max(0, dragDepth.current - 1)
    if (dragDepth.current === 0) setDragOver(false)
  }
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault()
    dragDepth.current = 0
    setDragOver(false)
    if (!folderOpen) return setError(t('ciso.verify.needFolder'))
    if (busy) return
    // The DataTransfer is emptied when this handler returns: capture first, read afterwards.
    void verifyDropped(capture(e.dataTransfer))
  }

  const verifyDropped = async (dropped: ReturnType<typeof capture>): Promise<void> => {
    setError(null)
    setCsv(null)
    setAnnouncement('')
    setReading(true)
    const got = await readDropped(dropped)
    setReading(false)
    if (got.kind !== 'files') {
      const message =
        got.kind === 'too-many'
          ? t('ciso.drop.tooMany', { max: DROPPED_LIMITS.maxFiles })
          : got.kind === 'folder-unreadable'
            ? t('ciso.drop.folderUnreadable')
            : t('ciso.drop.nothing')
      setAnnouncement(message)
      return setError(message)
    }
    setVerifying(true)
    setProgress(null)
    const r = await withKey(() => api.cisoVerifyDropped({ files: [...got.files] }))
    setVerifying(false)
    if (!r.ok) return setError(failureText(r))
    finish(r.value)
  }

  const exportCsv = async (): Promise<void> => {
    setError(null)
    const r = await api.cisoExportCsv({ what: 'verification' })
    if (!r.ok) return setError(failureText(r))
    setCsv(r.value.saved ? r.value.fileName : null)
  }

  const rows = useMemo(() => result?.rows ?? [], [result])
  const counts = useMemo(() => countGroups(rows), [rows])
  const shown = useMemo(
    () => sortVerifyRows(filterVerifyRows(rows, { text, group, practices }), sort),
    [rows, text, group, practices, sort],
  )
  const current = paginate(shown, page, PAGE_SIZE)

  const onSort = (c: VerifyColumn): void => {
    setSort((s) => nextSort(s, c))
    setPage(0)
  }

  return (
    <section className="card" aria-labelledby="verify-title">
      <div className="section-head">
        <h2 id="verify-title">{t('ciso.verify.title')}</h2>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void verify()}
            disabled={!folderOpen || busy}
          >
            {t('ciso.verify.button')}
          </button>
          {result !== null && (
            <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
              {t('ciso.exportCsv')}
            </button>
          )}
        </div>
      </div>
      <p className="muted">{folderOpen ? t('ciso.verify.body') : t('ciso.verify.needFolder')}</p>
      {/* Pointer-only shortcut: keyboard and screen-reader users have the "Verify a folder…" button. */}
      <div
        className={`dropzone${dragOver ? ' dropzone--over' : ''}${folderOpen ? '' : ' dropzone--disabled'}`}
        data-testid="verify-dropzone"
        onDragEnter={onDragEnter}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <p className="dropzone__title">{dragOver && canDrop ? t('ciso.drop.over') : t('ciso.drop.zone')}</p>
        <p className="dropzone__hint">{t('ciso.drop.hint')}</p>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {reading && <Busy label={t('ciso.drop.reading')} />}
      {verifying &&
        (progress === null || progress.total === 0 ? (
          <Busy label={t('ciso.verify.starting')} />
        ) : (
          <ProgressBar
            done={progress.done}
            total={progress.total}
            label={t('ciso.verify.progressLabel')}
            text={t('ciso.verify.progress', { done: progress.done, total: progress.total })}
          />
        ))}
      {error !== null && <CisoError message={error} />}
      {csv !== null && <Alert kind="success" title={t('ciso.csvSaved', { file: csv })} />}
      {result !== null && (
        <>
          <p className="summary-line" role="status">
            {result.folderName === null
              ? tn('ciso.verify.summaryDropped', rows.length)
              : tn('ciso.verify.summary', rows.length, { folder: result.folderName })}{' '}
            <span className="count count--pass">{t('ciso.count.pass', { n: counts.pass })}</span>{' '}
            <span className="count count--fail">{t('ciso.count.fail', { n: counts.fail })}</span>{' '}
            <span className="count count--unknown">{t('ciso.count.unknown', { n: counts.unknown })}</span>{' '}
            <span className="count count--rejected">{t('ciso.count.rejected', { n: counts.rejected })}</span>
          </p>
          <div className="filters">
            <div className="field field--inline">
              <label htmlFor={searchId}>{t('ciso.filter.search')}</label>
              <input
                id={searchId}
                type="search"
                value={text}
                onChange={(e) => {
                  setText(e.target.value)
                  setPage(0)
                }}
              />
            </div>
            <div className="field field--inline">
              <label htmlFor={groupId}>{t('ciso.filter.outcome')}</label>
              <select
                id={groupId}
                value={group}
                onChange={(e) => {
                  setGroup(e.target.value as OutcomeGroup | 'all')
                  setPage(0)
                }}
              >
                <option value="all">{t('ciso.filter.all')}</option>
                <option value="pass">{t('ciso.filter.pass')}</option>
                <option value="fail">{t('ciso.filter.fail')}</option>
                <option value="unknown">{t('ciso.filter.unknown')}</option>
                <option value="rejected">{t('ciso.filter.rejected')}</option>
              </select>
            </div>
            <div className="field field--inline">
              <label htmlFor={practicesId}>{t('ciso.filter.practices')}</label>
              <select
                id={practicesId}
                value={practices}
                onChange={(e) => {
                  setPractices(e.target.value as PracticesFilter)
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
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('ciso.verify.tableLabel')}>
            <table className="table" aria-rowcount={shown.length + 1}>
              <caption className="sr-only">{t('ciso.verify.caption')}</caption>
              <thead>
                <tr>
                  <SortHeader column="staff" label={t('ciso.col.staff')} sort={sort} onSort={onSort} />
                  <SortHeader column="purpose" label={t('ciso.col.purpose')} sort={sort} onSort={onSort} />
                  <SortHeader column="outcome" label={t('ciso.col.result')} sort={sort} onSort={onSort} />
                  <SortHeader column="failing" label={t('ciso.col.failing')} sort={sort} onSort={onSort} />
                  <SortHeader
                    column="practices"
                    label={t('ciso.col.practices')}
                    sort={sort}
                    onSort={onSort}
                  />
                  <SortHeader column="age" label={t('ciso.col.age')} sort={sort} onSort={onSort} />
                  <th scope="col">{t('ciso.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {current.rows.map((r, i) => (
                  <tr key={r.rowId} aria-rowindex={current.first + i + 1}>
                    <td>
                      {r.staffId ?? t('common.none')}
                      {r.deviceLabel !== null && <span className="table__detail">{r.deviceLabel}</span>}
                    </td>
                    <td>{r.purpose === null ? t('common.none') : t(`purpose.${r.purpose}`)}</td>
                    <td>
                      <OutcomeChip row={r} />
                      {r.outcome === 'ALREADY_RECORDED' && (
                        <span className="table__detail">{t('ciso.verify.alreadyRecorded')}</span>
                      )}
                    </td>
                    <td>{r.failingChecks.length === 0 ? t('common.none') : checkNames(r.failingChecks)}</td>
                    <td>
                      <PracticesCell result={r.practicesResult} unmet={r.unmetPractices} />
                    </td>
                    <td>
                      {r.collectedAt === null ? (
                        t('common.none')
                      ) : (
                        <time dateTime={r.collectedAt} title={formatDateTime(r.collectedAt)}>
                          {formatAge(r.collectedAt, now)}
                        </time>
                      )}
                    </td>
                    <td className="table__wrap-text">
                      <span className="table__file">{r.fileName}</span>
                      {outcomeGroup(r) !== 'pass' && (
                        <span className="table__detail" lang={r.enrollable ? undefined : detail(r).lang}>
                          {/* The verifier's own text names the CLI command; here the button enrolls.
                              Its reasons are messages (main.verify.*) in the chosen language; a
                              reason that is another layer's English is marked lang="en". */}
                          {r.enrollable ? t('ciso.verify.enrollableDetail') : detail(r).text}
                        </span>
                      )}
                      {r.enrollable && !enrolled.has(r.rowId) && (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setEnrolling(r)}
                        >
                          {t('ciso.enroll.open')}
                        </button>
                      )}
                      {enrolled.has(r.rowId) && (
                        <span className="table__detail">
                          {t('ciso.enroll.done', { staff: enrolled.get(r.rowId) ?? '' })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length === 0 && <p>{t('ciso.filter.noMatch')}</p>}
          <Pager page={current} onPage={setPage} label={t('ciso.verify.pager')} />
        </>
      )}
      <EnrollDialog
        row={enrolling}
        onClose={() => setEnrolling(null)}
        onEnrolled={(row, staff) => {
          setEnrolling(null)
          setEnrolled((m) => new Map(m).set(row.rowId, staff))
          onRosterChanged()
        }}
      />
    </section>
  )
}
