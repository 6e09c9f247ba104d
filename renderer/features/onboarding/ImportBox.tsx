/**
 * "Choose a file… or paste the text": the two ways a staffer receives something from the CISO
 * (a request, or the CISO's public key). The file dialog is main's; the page only sends pasted text.
 */
import { useId, useState, type ReactElement } from 'react'
import { t } from '../../app/i18n'

/** Props of ImportBox. */
export interface ImportBoxProps {
  readonly chooseLabel: string
  readonly pasteLabel: string
  readonly useLabel: string
  readonly disabled: boolean
  readonly onChoose: () => void
  readonly onPaste: (text: string) => void
}

/** The two import controls. */
export function ImportBox({
  chooseLabel,
  pasteLabel,
  useLabel,
  disabled,
  onChoose,
  onPaste,
}: ImportBoxProps): ReactElement {
  const [text, setText] = useState('')
  const textId = useId()
  return (
    <div className="import-box">
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onChoose} disabled={disabled}>
          {chooseLabel}
        </button>
      </div>
      <div className="field field--wide">
        <label htmlFor={textId}>{pasteLabel}</label>
        <textarea
          id={textId}
          rows={4}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onPaste(text)}
          disabled={disabled || text.trim() === ''}
        >
          {useLabel}
        </button>
        {text !== '' && (
          <button type="button" className="link-button" onClick={() => setText('')}>
            {t('setup.clear')}
          </button>
        )}
      </div>
    </div>
  )
}
