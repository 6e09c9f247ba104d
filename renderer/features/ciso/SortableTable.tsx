/**
 * Table pieces for the CISO screen: a sortable column header (a real button inside the <th>, with
 * aria-sort on the header) and the pager under long tables.
 */
import type { ReactElement } from 'react'
import { t } from '../../app/i18n'
import type { Page, Sort } from './table-model'

/** A header cell that sorts its column when activated. */
export function SortHeader<C extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  readonly column: C
  readonly label: string
  readonly sort: Sort<C>
  readonly onSort: (column: C) => void
}): ReactElement {
  const active = sort.column === column
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        <span>{label}</span>
        <span className="sort-button__mark" aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  )
}

/** Previous / next page with the visible range written out. */
export function Pager<T>({
  page,
  onPage,
  label,
}: {
  readonly page: Page<T>
  readonly onPage: (page: number) => void
  /** Accessible name of the pager, e.g. "Pages of verification results". */
  readonly label: string
}): ReactElement {
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onPage(page.page - 1)}
        disabled={page.page === 0}
      >
        {t('table.previous')}
      </button>
      <p className="pager__text" aria-live="polite">
        {t('table.range', { first: page.first, last: page.last, total: page.total })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onPage(page.page + 1)}
        disabled={page.page >= page.pageCount - 1}
      >
        {t('table.next')}
      </button>
    </nav>
  )
}
