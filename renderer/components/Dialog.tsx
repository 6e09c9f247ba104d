/**
 * A modal dialog built on the native <dialog> element: the browser traps focus inside it, Escape
 * closes it, and focus returns to the control that opened it.
 */
import { useEffect, useId, useRef, type ReactElement, type ReactNode } from 'react'

/** Props of Dialog. `open` drives showModal()/close(); `onClose` fires on Escape too. */
export interface DialogProps {
  readonly open: boolean
  readonly title: string
  readonly onClose: () => void
  readonly children: ReactNode
}

/** The dialog. Put the action buttons in `children`. */
export function Dialog({ open, title, onClose, children }: DialogProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const el = ref.current
    if (el === null) return
    if (open && !el.open) el.showModal()
    if (!open && el.open) el.close()
  }, [open])
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      {open && (
        <div className="dialog__content">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  )
}
