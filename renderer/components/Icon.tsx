/**
 * Small inline SVG icons. Always decorative (aria-hidden): every icon sits next to text that says
 * the same thing, so status is never conveyed by colour or shape alone.
 */
import type { ReactElement } from 'react'

/** Names of the icons this app draws. */
export type IconName =
  | 'pass'
  | 'fail'
  | 'unknown'
  | 'not-applicable'
  | 'rejected'
  | 'info'
  | 'warning'
  | 'external'
  | 'shield'
  | 'wrench'
  | 'upload'
  | 'clock'
  | 'folder'
  | 'logout'
  | 'user'
  | 'globe'
  | 'lock'
  | 'unlock'
  | 'document'
  | 'list'
  | 'check-list'
  | 'chart'
  | 'send'

const PATHS: Readonly<Record<IconName, ReactElement>> = {
  pass: <path d="M5 10.5l3.2 3.2L15 7" />,
  fail: <path d="M6 6l8 8M14 6l-8 8" />,
  unknown: (
    <>
      <path d="M7.6 7.4a2.5 2.5 0 1 1 3.4 2.4c-.7.3-1 .8-1 1.5v.7" />
      <path d="M10 14.6v.2" />
    </>
  ),
  'not-applicable': <path d="M5.5 10h9" />,
  rejected: (
    <>
      <circle cx="10" cy="10" r="5.5" />
      <path d="M6.1 13.9l7.8-7.8" />
    </>
  ),
  info: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 9v5M10 6.2v.2" />
    </>
  ),
  warning: (
    <>
      <path d="M10 3l7.5 13.5h-15z" />
      <path d="M10 8.5v3.5M10 14.2v.2" />
    </>
  ),
  external: (
    <>
      <path d="M11 4h5v5M16 4l-7 7" />
      <path d="M14 11.5V16H4V6h4.5" />
    </>
  ),
  shield: <path d="M10 2.5l6 2.5v4.5c0 3.8-2.5 6.6-6 8-3.5-1.4-6-4.2-6-8V5z" />,
  wrench: (
    <path d="M12.5 3.5a3.5 3.5 0 0 0-3.3 4.7L3.8 13.6a1.4 1.4 0 0 0 2 2l5.4-5.4a3.5 3.5 0 0 0 4.7-3.3l-2 2-2-.6-.6-2z" />
  ),
  upload: (
    <>
      <path d="M10 13V3.5M6 7.5l4-4 4 4" />
      <path d="M4 13v3h12v-3" />
    </>
  ),
  clock: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M10 6v4.5l3 1.8" />
    </>
  ),
  folder: <path d="M3 5.5h5l1.5 2H17v8.5H3z" />,
  logout: (
    <>
      <path d="M8 4H4v12h4" />
      <path d="M12 6.5L15.5 10 12 13.5M15.5 10H8" />
    </>
  ),
  user: (
    <>
      <circle cx="10" cy="7" r="3.2" />
      <path d="M3.8 17c.8-3.3 3.3-5 6.2-5s5.4 1.7 6.2 5" />
    </>
  ),
  globe: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M3 10h14M10 3c2 2.2 2.8 4.5 2.8 7s-.8 4.8-2.8 7c-2-2.2-2.8-4.5-2.8-7S8 5.2 10 3z" />
    </>
  ),
  lock: (
    <>
      <rect x="4.5" y="9" width="11" height="8" rx="1.5" />
      <path d="M7 9V6.5a3 3 0 0 1 6 0V9" />
    </>
  ),
  unlock: (
    <>
      <rect x="4.5" y="9" width="11" height="8" rx="1.5" />
      <path d="M7 9V6.5a3 3 0 0 1 5.8-1.1" />
    </>
  ),
  document: (
    <>
      <path d="M5 2.5h6.5l3.5 3.5v11.5H5z" />
      <path d="M11.5 2.5V6H15M7.5 10h5M7.5 13h5" />
    </>
  ),
  list: <path d="M7 5.5h9M7 10h9M7 14.5h9M4 5.5v.1M4 10v.1M4 14.5v.1" />,
  'check-list': (
    <>
      <path d="M3.5 6l1.5 1.5L8 4.5M3.5 13l1.5 1.5L8 11.5" />
      <path d="M10.5 6h6M10.5 13h6" />
    </>
  ),
  chart: <path d="M3 16.5h14M5.5 13.5V10M10 13.5V5M14.5 13.5V8" />,
  send: (
    <>
      <path d="M17 3L9 11" />
      <path d="M17 3l-5 14-3-6-6-3z" />
    </>
  ),
}

/** An icon, sized by CSS (1em by default) and coloured by `currentColor`. */
export function Icon({
  name,
  className,
}: {
  readonly name: IconName
  readonly className?: string
}): ReactElement {
  return (
    <svg
      className={className === undefined ? 'icon' : `icon ${className}`}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  )
}
