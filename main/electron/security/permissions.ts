/**
 * Checklist item 5 (permission requests): the app needs no camera, microphone, notifications,
 * geolocation, clipboard-read, HID, serial… so every request and every check is refused.
 */
import type { Session } from 'electron'

/** Deny everything, both the asynchronous request and the synchronous check. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
