/**
 * The language picker on the settings screen: "same as this computer" (the default) or a language,
 * each named in its own language ("English", "Español"). Saved at once (before any staff id exists:
 * someone who cannot read the current language must be able to switch first), then the whole app
 * switches. The label also names the picker in the other languages, for the same reason.
 */
import { useId, useState, type ReactElement } from 'react'
import type { Language } from '../../../shared/i18n'
import { DISPLAY_CATALOGUES, displayLanguageCodes } from '../../../shared/i18n/display'
import type { LanguageSetting } from '../../../shared/ipc-contract'
import { api } from '../../api/client'
import { useApp } from '../../app/context'
import { t, failureText } from '../../app/i18n'
import { Alert } from '../../components/Feedback'

/** A UI word of another language's catalogue (English when that catalogue lacks it). */
function wordIn(lang: Language, key: 'language.self' | 'setup.language.label'): string {
  const ui = DISPLAY_CATALOGUES[lang].ui as Readonly<Record<string, string>>
  return ui[key] ?? (DISPLAY_CATALOGUES.en.ui as Readonly<Record<string, string>>)[key] ?? key
}

export function LanguagePicker(): ReactElement {
  const { settings, setSettings, info } = useApp()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const ids = { select: useId(), help: useId() }
  const own = t('setup.language.label')
  // The word "Language" in the other languages, each marked with its language.
  const others: { lang: Language; word: string }[] = []
  for (const lang of displayLanguageCodes()) {
    const word = wordIn(lang, 'setup.language.label')
    if (word !== own && !others.some((o) => o.word === word)) others.push({ lang, word })
  }

  const choose = async (language: LanguageSetting): Promise<void> => {
    setBusy(true)
    setError(null)
    const r = await api.setLanguage({ language })
    setBusy(false)
    if (!r.ok) return setError(failureText(r))
    setSettings(r.value)
  }

  return (
    <section className="card form" aria-labelledby="language-title">
      <h2 id="language-title">{t('setup.language.title')}</h2>
      <div className="field">
        <label htmlFor={ids.select}>
          {own}
          {others.length > 0 && (
            <>
              {' ('}
              {others.map((o, i) => (
                <span key={o.lang} lang={o.lang}>
                  {i > 0 ? ', ' : ''}
                  {o.word}
                </span>
              ))}
              {')'}
            </>
          )}
        </label>
        <p id={ids.help} className="field__help">
          {t('setup.language.help')}
        </p>
        <select
          id={ids.select}
          value={settings.language}
          disabled={busy}
          aria-describedby={ids.help}
          onChange={(e) => void choose(e.target.value as LanguageSetting)}
        >
          <option value="system">
            {t('setup.language.system', { language: wordIn(info.systemLanguage, 'language.self') })}
          </option>
          {displayLanguageCodes().map((l) => (
            <option key={l} value={l} lang={l}>
              {wordIn(l, 'language.self')}
            </option>
          ))}
        </select>
      </div>
      {error !== null && (
        <Alert kind="error" title={t('setup.language.failed')}>
          <p>{error}</p>
        </Alert>
      )}
    </section>
  )
}
