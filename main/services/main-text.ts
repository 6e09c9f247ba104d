/**
 * Main's own words (shared/i18n/<lang>/main.ts) as messages: `mainMsg(key, params)` makes the
 * descriptor sent over IPC (the renderer renders it in the reader's language), `englishOf` the
 * English kept in `message` for logs and old callers, `mainTextIn` the text main shows itself
 * (dialog titles) in a given language.
 */
import { LANGUAGES, type Language } from '../../shared/i18n'
import { MAIN_EN, type MainMessageKey } from '../../shared/i18n/en/main'
import { renderMsg, type Msg, type MsgParams } from '../../shared/i18n/msg'

/** A message of main's catalogue (the key is checked against English at compile time). */
export function mainMsg(key: MainMessageKey, params?: MsgParams): Msg {
  return params === undefined ? { key } : { key, params }
}

/** The message in English (the canonical `message` of a failure, notice or warning). */
export function englishOf(msg: Msg): string {
  return renderMsg(msg, [MAIN_EN], 'en')
}

/** The message in `lang` (English where that language lacks the key). */
export function mainTextIn(lang: Language, msg: Msg): string {
  const own = LANGUAGES[lang].main
  return renderMsg(msg, own === undefined ? [MAIN_EN] : [own, MAIN_EN], lang)
}
