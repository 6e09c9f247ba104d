/**
 * The CISO layer's words as messages of the `main` catalogue (docs/i18n.md, "What is converted"):
 * `ciMsg(key, params)` makes a message (the key checked against English at compile time) and
 * `said(m)` gives `{message, text}`: the English, byte-identical to what the layer wrote before, and
 * the message itself, which the CLI and the app render in the reader's language.
 */
import { MAIN_EN, type MainMessageKey } from '../../shared/i18n/en/main'
import { renderMsg, type Msg, type MsgParams } from '../../shared/i18n/msg'

/** A message of main's catalogue. */
export function ciMsg(key: MainMessageKey, params?: MsgParams): Msg {
  return params === undefined ? { key } : { key, params }
}

/** The English `message` and the `text` of one message. */
export function said(m: Msg): { message: string; text: Msg } {
  return { message: renderMsg(m, [MAIN_EN], 'en'), text: m }
}
