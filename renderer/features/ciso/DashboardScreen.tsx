/**
 * CISO mode, "At a glance": the campaign's state from its signed roster (main computes a compact
 * summary, main/ciso/dashboard.ts; the roster itself never comes here). Laptops by state, how fresh
 * their attestations are, which checks and practices fail most, who is overdue (one action asks them
 * all for a new attestation) and the offboarding tracker (one action asks again for final
 * attestations). Definitions: shared/dashboard-types.ts and docs/ciso.md.
 */
import { useCallback, useEffect, useState, type ReactElement } from 'react'
import { isCheckId } from '../../../shared/check-types'
import type {
  CampaignDashboard,
  FailureCount,
  FreshnessBucket,
  OffboardingState,
} from '../../../shared/dashboard-types'
import type { UiKey } from '../../../shared/i18n/en/ui'
import type { BulkRequestsResult, IpcResult } from '../../../shared/ipc-contract'
import { staffIdKey } from '../../../shared/roster-types'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { formatAge, formatDate, formatDateTime } from '../../app/format'
import { formatNumber, t, tn, failureText } from '../../app/i18n'
import { Busy } from '../../components/Feedback'
import { Icon } from '../../components/Icon'
import { Page } from '../../components/Page'
import { OverallChip } from '../../components/StatusChip'
import { BulkOutcome, type BulkOutcomeState } from './BulkOutcome'
import { NoCampaign } from './CampaignScreen'
import {
  ColumnChart,
  HorizontalBarChart,
  percent,
  ProportionBar,
  ScrollTable,
  Swatch,
  type BarDatum,
  type ColumnDatum,
  type FillKind,
  type PartDatum,
} from './charts'
import { useCiso } from './ciso-context'
import { CisoError } from './refusal'
import { Pager } from './SortableTable'
import { paginate } from './table-model'

const PAGE_SIZE = 50

let markedOnce = false

/** Tell tests and the benchmark that the dashboard shows its data (body[data-ready], a performance mark). */
function useReadyMarker(ready: boolean): void {
  useEffect(() => {
    if (!ready) return
    document.body.dataset.ready = 'ciso-dashboard'
    if (!markedOnce) {
      markedOnce = true
      performance.mark('ciso-dashboard-rendered')
    }
    return () => {
      if (document.body.dataset.ready === 'ciso-dashboard') delete document.body.dataset.ready
    }
  }, [ready])
}

const STATE_PARTS: readonly (readonly [keyof CampaignDashboard['counts'], FillKind, UiKey])[] = [
  ['pass', 'pass', 'ciso.dash.count.pass'],
  ['fail', 'fail', 'ciso.dash.count.fail'],
  ['unknown', 'unknown', 'ciso.dash.count.unknown'],
  ['overdue', 'overdue', 'ciso.dash.count.overdue'],
  ['neverAttested', 'never', 'ciso.dash.count.never'],
]

const OFFBOARDING_STATE: Readonly<
  Record<OffboardingState, { readonly key: UiKey; readonly kind: FillKind }>
> = {
  waiting: { key: 'ciso.dash.off.state.waiting', kind: 'unknown' },
  missing: { key: 'ciso.dash.off.state.missing', kind: 'fail' },
  received: { key: 'ciso.dash.off.state.received', kind: 'pass' },
  offboarded: { key: 'ciso.dash.off.state.offboarded', kind: 'muted' },
}

const checkName = (id: string): string => (isCheckId(id) ? t(`check.${id}.name`) : id)

/** "0–7 days", "over 90 days". */
function bucketLabel(b: FreshnessBucket): { short: string; long: string } {
  if (b.toDays === null)
    return {
      short: t('ciso.dash.fresh.openShort', { from: b.fromDays }),
      long: t('ciso.dash.fresh.openLong', { from: b.fromDays }),
    }
  return {
    short: t('ciso.dash.fresh.rangeShort', { from: b.fromDays, to: b.toDays }),
    long: t('ciso.dash.fresh.rangeLong', { from: b.fromDays, to: b.toDays }),
  }
}

/** The laptops by state. */
function LaptopsCard({ d }: { readonly d: CampaignDashboard }): ReactElement {
  const parts: PartDatum[] = STATE_PARTS.map(([count, kind, key]) => ({
    key: count,
    label: t(key),
    value: d.counts[count],
    kind,
  }))
  const total = parts.reduce((s, p) => s + p.value, 0)
  const description = parts
    .map((p) => t('ciso.dash.partText', { label: p.label, count: p.value, share: percent(p.value, total) }))
    .join('; ')
  return (
    <section className="card dash__wide" aria-labelledby="dash-laptops">
      <h2 id="dash-laptops">{t('ciso.dash.laptops.title')}</h2>
      <p>
        {tn('ciso.dash.laptops.summary', d.counts.activeLaptops, { days: d.reattestDays })}{' '}
        <span className="muted">
          {t('ciso.dash.asOf', { time: formatDateTime(d.at), revision: d.revision })}
        </span>
      </p>
      <ProportionBar
        title={t('ciso.dash.laptops.chart')}
        description={description}
        parts={parts}
        legendLabel={t('ciso.dash.laptops.legend')}
      />
      <p className="muted">
        {t('ciso.dash.laptops.excluded', { revoked: d.counts.revoked, offboarded: d.counts.offboarded })}
        {d.counts.neverAttestedStaff > 0 &&
          ` ${tn('ciso.dash.laptops.neverStaff', d.counts.neverAttestedStaff)}`}
      </p>
    </section>
  )
}

/** How old each laptop's newest attestation is. */
function FreshnessCard({ d }: { readonly d: CampaignDashboard }): ReactElement {
  const never = d.counts.neverAttested - d.counts.neverAttestedStaff
  const columns: ColumnDatum[] = [
    ...d.freshness.map((b) => {
      const l = bucketLabel(b)
      return {
        key: `${b.fromDays}`,
        label: l.short,
        longLabel: b.overdue ? t('ciso.dash.fresh.overdueLong', { range: l.long }) : l.long,
        value: b.count,
        kind: (b.overdue ? 'overdue' : 'neutral') as FillKind,
      }
    }),
    {
      key: 'never',
      label: t('ciso.dash.fresh.neverShort'),
      longLabel: t('ciso.dash.fresh.neverLong'),
      value: never,
      kind: 'never',
    },
  ]
  const firstOverdue = d.freshness.findIndex((b) => b.overdue)
  const description = columns
    .map((c) => t('ciso.dash.fresh.columnText', { label: c.longLabel, count: c.value }))
    .join('; ')
  return (
    <section className="card" aria-labelledby="dash-fresh">
      <h2 id="dash-fresh">{t('ciso.dash.fresh.title')}</h2>
      <p>{t('ciso.dash.fresh.intro', { days: d.reattestDays })}</p>
      <ColumnChart
        title={t('ciso.dash.fresh.chart')}
        description={description}
        data={columns}
        markerBefore={firstOverdue < 0 ? null : firstOverdue}
        markerLabel={t('ciso.dash.fresh.marker', { days: d.reattestDays })}
        headers={[t('ciso.dash.fresh.colAge'), t('ciso.dash.col.laptops')]}
      />
      <p className="chart__legend">
        <Swatch kind="neutral" /> <span>{t('ciso.dash.fresh.legendOnTime')}</span> <Swatch kind="overdue" />{' '}
        <span>{t('ciso.dash.fresh.legendOverdue')}</span> <Swatch kind="never" />{' '}
        <span>{t('ciso.dash.fresh.legendNever')}</span>
      </p>
    </section>
  )
}

/** Which checks or practices fail most. */
function FailuresCard({
  id,
  title,
  intro,
  empty,
  items,
  of,
  label,
  chartTitle,
}: {
  readonly id: string
  readonly title: string
  readonly intro: string
  readonly empty: string
  readonly items: readonly FailureCount[]
  readonly of: number
  readonly label: (item: FailureCount) => string
  readonly chartTitle: string
}): ReactElement {
  const data: BarDatum[] = items.slice(0, 10).map((f) => ({
    key: f.id,
    label: label(f),
    value: f.count,
    valueText: t('ciso.dash.bar.value', { count: f.count, share: percent(f.count, of) }),
    kind: 'fail',
  }))
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{intro}</p>
      {data.length === 0 ? (
        <p className="dash__empty">
          <Icon name="pass" /> <span>{empty}</span>
        </p>
      ) : (
        <>
          <HorizontalBarChart
            title={chartTitle}
            description={data
              .map((b) => t('ciso.dash.bar.text', { label: b.label, value: b.valueText }))
              .join('; ')}
            data={data}
            max={of}
            headers={[title, t('ciso.dash.col.laptops')]}
          />
          {items.length > data.length && (
            <p className="muted">{tn('ciso.dash.bar.more', items.length - data.length)}</p>
          )}
        </>
      )}
    </section>
  )
}

/** Run one bulk-request action through the key helper, and keep its outcome for the notice. */
function useBulkAction(
  reload: () => Promise<void>,
): [BulkOutcomeState | null, boolean, (op: () => Promise<IpcResult<BulkRequestsResult>>) => Promise<void>] {
  const { withKey } = useCiso()
  const [outcome, setOutcome] = useState<BulkOutcomeState | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (op: () => Promise<IpcResult<BulkRequestsResult>>): Promise<void> => {
    setBusy(true)
    setOutcome(null)
    const r = await withKey(op)
    setBusy(false)
    setOutcome(r.ok ? { ok: true, result: r.value } : { ok: false, message: failureText(r) })
    if (r.ok && r.value.issued !== null) await reload()
  }
  return [outcome, busy, run]
}

/** Who is overdue, with one action to ask them all. */
function OverdueCard({
  d,
  reload,
}: {
  readonly d: CampaignDashboard
  readonly reload: () => Promise<void>
}): ReactElement {
  const [page, setPage] = useState(0)
  const [outcome, busy, run] = useBulkAction(reload)
  const people = d.overduePeople
  const shown = paginate(d.overdue, page, PAGE_SIZE)
  const nowMs = Date.parse(d.at)
  return (
    <section className="card dash__wide" aria-labelledby="dash-overdue">
      <div className="section-head">
        <h2 id="dash-overdue">{t('ciso.dash.overdue.title')}</h2>
        {d.counts.overdue > 0 && (
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => void run(() => api.cisoRequestOverdue({}))}
            >
              <Icon name="send" />
              <span>{tn('ciso.dash.overdue.askAll', people)}</span>
            </button>
          </div>
        )}
      </div>
      <p>{t('ciso.dash.overdue.intro', { days: d.reattestDays })}</p>
      {busy && <Busy label={t('ciso.bulk.busy')} />}
      {outcome !== null && <BulkOutcome outcome={outcome} />}
      {d.counts.overdue === 0 ? (
        <p className="dash__empty">
          <Icon name="pass" /> <span>{t('ciso.dash.overdue.none')}</span>
        </p>
      ) : (
        <>
          <ScrollTable label={t('ciso.dash.overdue.caption')}>
            <table className="table">
              <caption className="sr-only">{t('ciso.dash.overdue.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ciso.col.staff')}</th>
                  <th scope="col">{t('ciso.dash.col.lastAttestation')}</th>
                  <th scope="col">{t('ciso.col.lastResult')}</th>
                  <th scope="col">{t('ciso.dash.col.openRequest')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((r, i) => (
                  <tr key={`${shown.first + i}:${r.staffId}:${r.deviceLabel}`}>
                    <th scope="row">
                      <span className="table__primary">{r.staffId}</span>
                      <span className="table__detail">{r.deviceLabel}</span>
                    </th>
                    <td>
                      <span className="table__primary">{tn('ciso.dash.overdue.days', r.ageDays)}</span>
                      <span className="table__detail">{formatDate(r.lastCollectedAt)}</span>
                    </td>
                    <td>
                      <OverallChip overall={r.lastResult} />
                    </td>
                    <td>
                      {r.openRequestUntil === null
                        ? t('common.none')
                        : t('ciso.dash.overdue.openUntil', { age: formatAge(r.openRequestUntil, nowMs) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {shown.pageCount > 1 && (
            <Pager page={shown} onPage={setPage} label={t('ciso.dash.overdue.pages')} />
          )}
          {d.counts.overdue > d.overdue.length && (
            <p className="muted">
              {t('ciso.dash.overdue.truncated', { shown: d.overdue.length, total: d.counts.overdue })}
            </p>
          )}
        </>
      )}
    </section>
  )
}

/** The offboarding tracker, with one action to ask again for final attestations. */
function OffboardingCard({
  d,
  reload,
}: {
  readonly d: CampaignDashboard
  readonly reload: () => Promise<void>
}): ReactElement {
  const { navigate } = useApp()
  const [page, setPage] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const [outcome, busy, run] = useBulkAction(async () => {
    setSelected(new Set())
    await reload()
  })
  const o = d.offboarding
  const shown = paginate(o.rows, page, PAGE_SIZE)
  const selectable = (s: OffboardingState): boolean => s === 'missing' || s === 'waiting'
  const toggle = (staffId: string, on: boolean): void =>
    setSelected((prev) => {
      const next = new Set(prev)
      if (on) next.add(staffIdKey(staffId))
      else next.delete(staffIdKey(staffId))
      return next
    })
  const chosen = o.rows
    .filter((r) => selected.has(staffIdKey(r.staffId)) && selectable(r.state))
    .map((r) => r.staffId)
  const bars: BarDatum[] = (
    [
      ['requested', o.requested, 'neutral', 'ciso.dash.off.requested'],
      ['received', o.received, 'pass', 'ciso.dash.off.received'],
      ['offboarded', o.offboarded, 'muted', 'ciso.dash.off.offboarded'],
      ['missing', o.missing, 'fail', 'ciso.dash.off.missing'],
    ] as const
  ).map(([key, value, kind, label]) => ({
    key,
    label: t(label),
    value,
    valueText: formatNumber(value),
    kind,
  }))
  return (
    <section className="card dash__wide" aria-labelledby="dash-off">
      <div className="section-head">
        <h2 id="dash-off">{t('ciso.dash.off.title')}</h2>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={busy || chosen.length === 0}
            onClick={() => void run(() => api.cisoRequestOffboarding({ staffIds: chosen }))}
          >
            <Icon name="send" />
            <span>
              {chosen.length === 0
                ? t('ciso.dash.off.askSelectedNone')
                : tn('ciso.dash.off.askSelected', chosen.length)}
            </span>
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || o.missing === 0}
            onClick={() => void run(() => api.cisoRequestOffboarding({ allMissing: true }))}
          >
            {o.missing === 0 ? t('ciso.dash.off.askMissingNone') : tn('ciso.dash.off.askMissing', o.missing)}
          </button>
        </div>
      </div>
      <p>{t('ciso.dash.off.intro')}</p>
      {o.requested === 0 ? (
        <p className="dash__empty">
          <Icon name="info" /> <span>{t('ciso.dash.off.none')}</span>
        </p>
      ) : (
        <HorizontalBarChart
          title={t('ciso.dash.off.chart')}
          description={bars
            .map((b) => t('ciso.dash.bar.text', { label: b.label, value: b.valueText }))
            .join('; ')}
          data={bars}
          max={o.requested}
          headers={[t('ciso.dash.off.colStage'), t('ciso.dash.col.staff')]}
        />
      )}
      <p>
        <button type="button" className="button button--link" onClick={() => navigate('requests')}>
          {t('ciso.dash.off.start')}
        </button>
      </p>
      {busy && <Busy label={t('ciso.bulk.busy')} />}
      {outcome !== null && <BulkOutcome outcome={outcome} />}
      {o.rows.length > 0 && (
        <>
          <ScrollTable label={t('ciso.dash.off.caption')}>
            <table className="table">
              <caption className="sr-only">{t('ciso.dash.off.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="table__select">
                    <span className="sr-only">{t('ciso.dash.off.colSelect')}</span>
                  </th>
                  <th scope="col">{t('ciso.col.staff')}</th>
                  <th scope="col">{t('ciso.col.status')}</th>
                  <th scope="col">{t('ciso.dash.col.requested')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((r) => {
                  const state = OFFBOARDING_STATE[r.state]
                  return (
                    <tr key={r.staffId}>
                      <td className="table__select">
                        {selectable(r.state) && (
                          <input
                            type="checkbox"
                            className="checkbox"
                            aria-label={t('ciso.dash.off.select', { staff: r.staffId })}
                            checked={selected.has(staffIdKey(r.staffId))}
                            onChange={(e) => toggle(r.staffId, e.target.checked)}
                          />
                        )}
                      </td>
                      <th scope="row">
                        <span className="table__primary">{r.staffId}</span>
                        <span className="table__detail">{r.deviceLabels.join(', ')}</span>
                      </th>
                      <td>
                        <span className={`state state--${state.kind}`}>
                          <Swatch kind={state.kind} />
                          <span>{t(state.key)}</span>
                        </span>
                      </td>
                      <td>
                        <span className="table__primary">{formatDate(r.requestedAt)}</span>
                        <span className="table__detail">
                          {t('ciso.dash.off.closes', { time: formatDateTime(r.windowClosesAt) })}
                        </span>
                      </td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </ScrollTable>
          {shown.pageCount > 1 && <Pager page={shown} onPage={setPage} label={t('ciso.dash.off.pages')} />}
        </>
      )}
    </section>
  )
}

/** The dashboard screen. */
export function DashboardScreen(): ReactElement {
  const { status } = useCiso()
  const [data, setData] = useState<CampaignDashboard | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)

  const apply = useCallback((r: IpcResult<CampaignDashboard>): void => {
    setLoading(false)
    if (r.ok) {
      setData(r.value)
      setError(null)
    } else if (r.code !== 'NO_CAMPAIGN_FOLDER') setError(failureText(r))
  }, [])

  const load = useCallback(async (): Promise<void> => apply(await api.cisoDashboard()), [apply])

  useEffect(() => {
    let cancelled = false
    void api.cisoDashboard().then((r) => {
      if (!cancelled) apply(r)
    })
    return () => {
      cancelled = true
    }
  }, [apply])
  useReadyMarker(data !== null)

  return (
    <Page title={t('ciso.dash.title')} intro={<p>{t('ciso.dash.intro')}</p>}>
      {status !== null && status.folder === null && <NoCampaign />}
      {loading && <Busy label={t('ciso.dash.loading')} />}
      {error !== null && <CisoError message={error} />}
      {data !== null && (
        <div className="dash">
          <LaptopsCard d={data} />
          <FreshnessCard d={data} />
          <FailuresCard
            id="dash-checks"
            title={t('ciso.dash.checks.title')}
            intro={tn('ciso.dash.checks.intro', data.attestedLaptops)}
            empty={t('ciso.dash.checks.none')}
            items={data.failingChecks}
            of={data.attestedLaptops}
            label={(f) => checkName(f.id)}
            chartTitle={t('ciso.dash.checks.chart')}
          />
          <FailuresCard
            id="dash-practices"
            title={t('ciso.dash.practices.title')}
            intro={tn('ciso.dash.practices.intro', data.practicesJudged)}
            empty={
              data.practicesJudged === 0 ? t('ciso.dash.practices.notJudged') : t('ciso.dash.practices.none')
            }
            items={data.unmetPractices}
            of={data.practicesJudged}
            label={(f) => f.title ?? f.id}
            chartTitle={t('ciso.dash.practices.chart')}
          />
          <OverdueCard d={data} reload={load} />
          <OffboardingCard d={data} reload={load} />
        </div>
      )}
    </Page>
  )
}
