/**
 * The frame of every screen: a heading that receives focus when the screen opens (so keyboard and
 * screen-reader users land at the top of the new content), an intro line, then the content.
 */
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react'

/** Props of Page. */
export interface PageProps {
  readonly title: string
  readonly intro?: ReactNode
  readonly actions?: ReactNode
  readonly children: ReactNode
}

/** A screen. */
export function Page({ title, intro, actions, children }: PageProps): ReactElement {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus({ preventScroll: false })
  }, [])
  return (
    <div className="page">
      <header className="page__header">
        <div className="page__titles">
          <h1 ref={heading} tabIndex={-1} className="page__title">
            {title}
          </h1>
          {intro !== undefined && <div className="page__intro">{intro}</div>}
        </div>
        {actions !== undefined && <div className="page__actions">{actions}</div>}
      </header>
      {children}
    </div>
  )
}
