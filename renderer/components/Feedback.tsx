/**
 * Progress and messages. Every wait shows words (never a bare spinner), and messages are announced
 * to screen readers through live regions.
 */
import type { ReactElement, ReactNode } from 'react'
import { Icon } from './Icon'

/** A wait with its reason in words; announced politely. */
export function Busy({ label }: { readonly label: string }): ReactElement {
  return (
    <p className="busy" role="status">
      <span className="busy__spinner" aria-hidden="true" />
      <span>{label}</span>
    </p>
  )
}

/** A determinate progress bar with the same progress written out beside it. */
export function ProgressBar({
  done,
  total,
  label,
  text,
}: {
  readonly done: number
  readonly total: number
  /** Accessible name of the bar, e.g. "Checking this laptop". */
  readonly label: string
  /** The visible progress sentence, e.g. "3 of 5 checks done". */
  readonly text: string
}): ReactElement {
  const pct = total <= 0 ? 0 : Math.round((Math.min(done, total) / total) * 100)
  return (
    <div className="progress">
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={Math.min(done, total)}
        aria-valuetext={text}
      >
        {/* Width through the CSSOM (style property), which CSP allows; no inline <style>. */}
        <div className="progress__fill" style={{ width: `${pct}%` }} />
      </div>
      <p className="progress__text" aria-hidden="true">
        {text}
      </p>
    </div>
  )
}

/** Kinds of message box. */
export type AlertKind = 'error' | 'warning' | 'info' | 'success'

/**
 * A message box. Errors use role="alert" (announced at once); the others role="status".
 */
export function Alert({
  kind,
  title,
  children,
}: {
  readonly kind: AlertKind
  readonly title?: string
  readonly children?: ReactNode
}): ReactElement {
  const icon =
    kind === 'error' ? 'fail' : kind === 'warning' ? 'warning' : kind === 'success' ? 'pass' : 'info'
  return (
    <div className={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <Icon name={icon} className="alert__icon" />
      <div className="alert__body">
        {title !== undefined && <p className="alert__title">{title}</p>}
        {children}
      </div>
    </div>
  )
}
