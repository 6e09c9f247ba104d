/**
 * Checklist item 15 (shell.openExternal only with trusted content): the renderer sends a remediation
 * id or a practice help id; the fixed URL comes from a catalogue (shared/remediation: allow-listed OS
 * settings schemes; shared/practices-help.ts: https help pages) and is checked again here against
 * the set of catalogue URLs. This is the only module that calls shell.openExternal.
 */
import type { Shell } from 'electron'
import { allowedDeepLinks } from '../../services/deep-links'

/** Open a deep link after checking it again against the allow-list. Returns whether it was opened. */
export async function openDeepLink(shell: Pick<Shell, 'openExternal'>, url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false
  await shell.openExternal(url, { activate: true })
  return true
}

/** True when `url` is exactly one of the catalogues' URLs (never a renderer-supplied URL). */
export function isAllowedExternalUrl(url: string): boolean {
  return allowedDeepLinks().has(url)
}
