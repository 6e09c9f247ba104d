/**
 * Charts for the CISO dashboard, hand-written as inline SVG (no chart library: the CSP allows no
 * inline styles, and three small chart shapes are less code than adapting one).
 *
 * Accessibility, for every chart:
 * - the SVG is `role="img"` named by its title element and described by its desc element, which says what it shows
 *   with every number, so a screen reader gets the whole picture in words;
 * - the numbers are also drawn as text beside the bars, and a "Show as table" disclosure holds the
 *   same data as a real table (caption, scoped headers);
 * - fills differ by pattern as well as colour (solid, diagonal hatch, dots, cross-hatch, lines), so
 *   no chart relies on colour alone; colours come from classes in dashboard.css (no style attributes).
 * - sizes are in viewBox units and the SVG scales with its card, so text stays proportionate at
 *   200 % zoom, where the dashboard is one column wide.
 */
import { useId, type ReactElement, type ReactNode } from 'react'
import { currentLocale, formatNumber, t } from '../../app/i18n'

/** The fills. Each is a colour and a pattern. */
export const FILL_KINDS = ['pass', 'fail', 'unknown', 'overdue', 'never', 'neutral', 'muted'] as const
export type FillKind = (typeof FILL_KINDS)[number]

/** A DOM-safe id prefix from React's useId (which may contain characters a url(#…) reference dislikes). */
function usePrefix(): string {
  return `c${useId().replace(/[^A-Za-z0-9_-]/g, '')}`
}

/**
 * Pattern definitions for one SVG (ids are per SVG: `${prefix}-${kind}`); `only`: just that one (a
 * swatch needs one, and a table holds dozens of swatches).
 */
function Patterns({ prefix, only }: { readonly prefix: string; readonly only?: FillKind }): ReactElement {
  const p = (kind: FillKind, children: ReactNode): ReactElement | null =>
    only !== undefined && only !== kind ? null : (
      <pattern id={`${prefix}-${kind}`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" className={`chart-bg chart-bg--${kind}`} />
        {children}
      </pattern>
    )
  return (
    <defs>
      {p('pass', null)}
      {p('neutral', null)}
      {p('fail', <path d="M-2 2l4-4M0 8l8-8M6 10l4-4" className="chart-fg chart-fg--fail" />)}
      {p(
        'unknown',
        <>
          <circle cx="2" cy="2" r="1.3" className="chart-dot chart-dot--unknown" />
          <circle cx="6" cy="6" r="1.3" className="chart-dot chart-dot--unknown" />
        </>,
      )}
      {p('overdue', <path d="M0 0l8 8M8 0l-8 8" className="chart-fg chart-fg--overdue" />)}
      {p('never', <path d="M0 4h8" className="chart-fg chart-fg--never" />)}
      {p('muted', <path d="M4 0v8" className="chart-fg chart-fg--muted" />)}
    </defs>
  )
}

const fill = (prefix: string, kind: FillKind): string => `url(#${prefix}-${kind})`

/** A small square in a legend or table, with the same fill as the chart. */
export function Swatch({ kind }: { readonly kind: FillKind }): ReactElement {
  const prefix = usePrefix()
  return (
    <svg className="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <Patterns prefix={prefix} only={kind} />
      <rect
        x="0.5"
        y="0.5"
        width="15"
        height="15"
        rx="2"
        fill={fill(prefix, kind)}
        className="chart-outline"
      />
    </svg>
  )
}

/**
 * A table that may scroll (long lists, narrow windows): a focusable, named region, so keyboard users
 * can scroll it too.
 */
export function ScrollTable({
  label,
  children,
}: {
  readonly label: string
  readonly children: ReactNode
}): ReactElement {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  )
}

/** The visible table equivalent of a chart, behind a disclosure. */
function ChartTable({
  caption,
  headers,
  rows,
}: {
  readonly caption: string
  readonly headers: readonly [string, string]
  readonly rows: readonly (readonly [string, string])[]
}): ReactElement {
  return (
    <details className="chart__table">
      <summary>{t('ciso.dash.chart.showTable')}</summary>
      <ScrollTable label={caption}>
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{headers[0]}</th>
              <th scope="col" className="table__num">
                {headers[1]}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([a, b], i) => (
              <tr key={`${i}-${a}`}>
                <th scope="row">{a}</th>
                <td className="table__num">{b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </details>
  )
}

/** One bar of a chart. */
export interface BarDatum {
  readonly key: string
  readonly label: string
  readonly value: number
  /** The number as shown (e.g. "12 (30 %)"). */
  readonly valueText: string
  readonly kind: FillKind
}

const WIDTH = 480

/** Characters of a bar's label that fit on the chart's width at its font size (14 of 480 units). */
export const LABEL_FIT = 60

/**
 * A label shortened to fit the chart (SVG text does not wrap): cut at the last space before
 * `max` characters, with an ellipsis. The full label stays in the bar's tooltip, the chart's
 * description and its table.
 */
export function fitLabel(label: string, max = LABEL_FIT): string {
  const chars = [...label]
  if (chars.length <= max) return label
  const head = chars.slice(0, max - 1).join('')
  const space = head.lastIndexOf(' ')
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`
}

/**
 * A horizontal bar chart: each bar's label above it and its number after it, longest first as given.
 * `max` fixes the scale (e.g. the number of laptops), so bars of different charts compare.
 */
export function HorizontalBarChart({
  title,
  description,
  data,
  max,
  headers,
}: {
  readonly title: string
  /** Everything the chart shows, in words (its <desc>). */
  readonly description: string
  readonly data: readonly BarDatum[]
  readonly max: number
  readonly headers: readonly [string, string]
}): ReactElement {
  const prefix = usePrefix()
  const rowHeight = 40
  const barSpace = WIDTH - 110
  const height = data.length * rowHeight + 4
  const scale = max > 0 ? barSpace / max : 0
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${prefix}-title`}
        aria-describedby={`${prefix}-desc`}
        focusable="false"
      >
        <title id={`${prefix}-title`}>{title}</title>
        <desc id={`${prefix}-desc`}>{description}</desc>
        <Patterns prefix={prefix} />
        {data.map((d, i) => {
          const top = i * rowHeight
          const w = Math.max(d.value > 0 ? 2 : 0, d.value * scale)
          return (
            <g key={d.key}>
              <title>{d.label}</title>
              <text x="0" y={top + 14} className="chart__label">
                {fitLabel(d.label)}
              </text>
              <rect x="0" y={top + 20} width={barSpace} height="14" rx="2" className="chart__track" />
              <rect
                x="0"
                y={top + 20}
                width={w}
                height="14"
                rx="2"
                fill={fill(prefix, d.kind)}
                className="chart-outline"
              />
              <text x={w + 6} y={top + 32} className="chart__value">
                {d.valueText}
              </text>
            </g>
          )
        })}
      </svg>
      <ChartTable caption={title} headers={headers} rows={data.map((d) => [d.label, d.valueText] as const)} />
    </figure>
  )
}

/** One column of the histogram. */
export interface ColumnDatum {
  readonly key: string
  /** Short label under the column (e.g. "0–7"). */
  readonly label: string
  /** Long label for the table (e.g. "0 to 7 days"). */
  readonly longLabel: string
  readonly value: number
  readonly kind: FillKind
}

/**
 * A column chart (the freshness histogram): counts above the columns, short labels under them, and a
 * dashed marker with its label before column `markerBefore` (the re-attestation interval).
 */
export function ColumnChart({
  title,
  description,
  data,
  markerBefore,
  markerLabel,
  headers,
}: {
  readonly title: string
  readonly description: string
  readonly data: readonly ColumnDatum[]
  readonly markerBefore: number | null
  readonly markerLabel: string
  readonly headers: readonly [string, string]
}): ReactElement {
  const prefix = usePrefix()
  const height = 230
  const base = 185
  const topSpace = 40
  const slot = WIDTH / Math.max(1, data.length)
  const bar = Math.min(44, slot * 0.7)
  const max = Math.max(1, ...data.map((d) => d.value))
  const scale = (base - topSpace) / max
  const markerX = markerBefore === null ? null : markerBefore * slot
  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${prefix}-title`}
        aria-describedby={`${prefix}-desc`}
        focusable="false"
      >
        <title id={`${prefix}-title`}>{title}</title>
        <desc id={`${prefix}-desc`}>{description}</desc>
        <Patterns prefix={prefix} />
        <line x1="0" x2={WIDTH} y1={base} y2={base} className="chart__axis" />
        {data.map((d, i) => {
          const h = Math.max(d.value > 0 ? 2 : 0, d.value * scale)
          const cx = i * slot + slot / 2
          return (
            <g key={d.key}>
              <rect
                x={cx - bar / 2}
                y={base - h}
                width={bar}
                height={h}
                rx="2"
                fill={fill(prefix, d.kind)}
                className="chart-outline"
              />
              <text x={cx} y={base - h - 6} textAnchor="middle" className="chart__value">
                {formatNumber(d.value)}
              </text>
              <text x={cx} y={base + 18} textAnchor="middle" className="chart__label">
                {d.label}
              </text>
            </g>
          )
        })}
        {markerX !== null && (
          <g>
            <line x1={markerX} x2={markerX} y1="14" y2={base + 4} className="chart__marker" />
            <text x={markerX + 4} y="14" className="chart__marker-label">
              {markerLabel}
            </text>
          </g>
        )}
      </svg>
      <ChartTable
        caption={title}
        headers={headers}
        rows={data.map((d) => [d.longLabel, formatNumber(d.value)] as const)}
      />
    </figure>
  )
}

/** One part of a whole. */
export interface PartDatum {
  readonly key: string
  readonly label: string
  readonly value: number
  readonly kind: FillKind
}

/**
 * One bar split into parts of a whole (the laptops by state). The legend below it is the visible text
 * equivalent: each part's swatch, number and share.
 */
export function ProportionBar({
  title,
  description,
  parts,
  legendLabel,
}: {
  readonly title: string
  readonly description: string
  readonly parts: readonly PartDatum[]
  /** Accessible name of the legend list. */
  readonly legendLabel: string
}): ReactElement {
  const prefix = usePrefix()
  const total = parts.reduce((s, p) => s + p.value, 0)
  let x = 0
  return (
    <figure className="chart chart--proportion">
      <svg
        className="chart__svg chart__svg--bar"
        viewBox={`0 0 ${WIDTH} 32`}
        role="img"
        aria-labelledby={`${prefix}-title`}
        aria-describedby={`${prefix}-desc`}
        focusable="false"
        preserveAspectRatio="none"
      >
        <title id={`${prefix}-title`}>{title}</title>
        <desc id={`${prefix}-desc`}>{description}</desc>
        <Patterns prefix={prefix} />
        <rect x="0" y="0" width={WIDTH} height="32" className="chart__track" />
        {total > 0 &&
          parts.map((p) => {
            const w = (p.value / total) * WIDTH
            const at = x
            x += w
            return w > 0 ? (
              <rect
                key={p.key}
                x={at}
                y="0"
                width={w}
                height="32"
                fill={fill(prefix, p.kind)}
                className="chart-outline"
              />
            ) : null
          })}
      </svg>
      <ul className="tiles" aria-label={legendLabel}>
        {parts.map((p) => (
          <li key={p.key} className={`tile tile--${p.kind}`}>
            <Swatch kind={p.kind} />
            <span className="tile__number">{formatNumber(p.value)}</span>
            <span className="tile__label">{p.label}</span>
            <span className="tile__share">{total > 0 ? percent(p.value, total) : ''}</span>
          </li>
        ))}
      </ul>
    </figure>
  )
}

/** "30 %" in the active locale. */
export function percent(value: number, total: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(
    total > 0 ? value / total : 0,
  )
}
