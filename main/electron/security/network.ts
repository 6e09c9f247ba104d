/**
 * Defence in depth behind the CSP's connect-src 'none': requests the session's network service would
 * make (http, https, ws, wss, ...) are cancelled unless they are for our own origin. Limits, as
 * Electron implements webRequest: it wraps only loaders that go through the network service, so it
 * never sees app:// (served in-process by protocol.handle, confined by security/protocol.ts), file://
 * or data: loads, and it is not relied on for requests the browser process makes for itself, such
 * as the spellchecker's dictionary download (stopped at its source in security/spellcheck.ts).
 * isAllowedRequest still lists app: and data:, so the rule reads the same wherever it is applied.
 */
import type { Session } from 'electron'
import { isAppUrl } from './app-origin'

/** True for requests the renderer may make. */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  // Images embedded as data: URLs (the CSP allows img-src data:) and DevTools' own pages.
  return parsed.protocol === 'data:' || parsed.protocol === 'devtools:'
}

/** Cancel every request that is not allowed. */
export function installNetworkBlocker(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) })
  })
}
