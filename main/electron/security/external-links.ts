/**
 * Checklist item 15 (shell.openExternal only with trusted content): the renderer sends a remediation
 * id; the fixed deep link comes from the catalogue (shared/remediation) and must use an allow-listed
 * scheme. This is the only module that calls shell.openExternal.
 */
import type { Shell } from 'electron'
import { allowedDeepLinks } from '../../services/deep-links'

/** Open a deep link after checking it again against the allow-list. Returns whether it was opened. */
export async function openDeepLink(shell: Pick<Shell, 'openExternal'>, url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  await shell.openExternal(url, { activate: true })
  return true
}

/** True when `url` is exactly one of the catalogue's deep links (never a renderer-supplied URL). */
export function isAllowedExternalUrl(url: string): boolean {
  return allowedDeepLinks().has(url)
}
