/**
 * Checklist items 13-14 (limit navigation, limit new windows) and 12 (no webviews), applied to every
 * WebContents from `app.on('web-contents-created')`.
 */
import type { Event, WebContents } from 'electron'
import { isAppUrl } from './app-origin'

/** Navigation is allowed only within the app's own origin. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url)
}

/** Install the guards on one WebContents. */
export function installNavigationGuards(contents: WebContents): void {
  const guard = (event: Event, url: string): void => {
    if (!isAllowedNavigation(url)) event.preventDefault()
  }
  contents.on('will-navigate', guard)
  contents.on('will-redirect', guard)
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
