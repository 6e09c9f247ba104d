/**
 * The renderer's origin: `app://preflight`, a privileged custom scheme (Electron security checklist
 * item 18: custom protocol instead of file://). Parsed with URL, never compared with startsWith.
 *
 * Note: Node's WHATWG URL reports origin "null" for non-special schemes, so we compare protocol and
 * host instead of `url.origin`.
 */

/** Scheme name registered with protocol.registerSchemesAsPrivileged. */
export const APP_SCHEME = 'app'

/** Host part of every renderer URL. */
export const APP_HOST = 'preflight'

/** The URL the window loads. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/** True only for a well-formed `app://preflight/...` URL (no credentials, no port). */
export function isAppUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  )
}
