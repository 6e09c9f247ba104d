/**
 * Defence in depth behind the CSP's connect-src 'none': the renderer's session may load only its own
 * app:// files (and devtools' internal pages). Everything else (http, https, ws, file, ftp, other
 * custom schemes) is cancelled before it leaves the process. The app makes no network requests.
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
