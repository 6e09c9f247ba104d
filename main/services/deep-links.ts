/**
 * Deep links to OS settings pages, resolved from a remediation id, and vendors' help pages for the
 * campaign practices, resolved from a help id (never from a URL the renderer sends). Electron
 * security checklist item 15: two fixed catalogues (shared/remediation, shared/practices-help.ts)
 * are the only sources of URLs; settings links must use an allow-listed OS settings scheme, help
 * pages must be plain https addresses (no credentials, no port), opened in the user's browser.
 */
import { isPracticeHelpId, PRACTICE_HELP_LINKS } from '../../shared/practices-help'
import { DEEP_LINK_SCHEMES, REMEDIATIONS } from '../../shared/remediation/catalogue'

/**
 * True when `url` parses and its scheme is allow-listed (DEEP_LINK_SCHEMES: entries ending in ':' are
 * exact schemes, others are scheme prefixes such as `ms-settings-`). javascript:, file:, http(s): and
 * anything with whitespace or control characters are refused.
 */
export function isAllowedDeepLinkUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const protocol = parsed.protocol.toLowerCase()
  return DEEP_LINK_SCHEMES.some((s) => (s.endsWith(':') ? protocol === s : protocol.startsWith(s)))
}

/** The deep link of a remediation, or null when the id is unknown, has no link, or the link is not allowed. */
export function resolveDeepLink(remediationId: string): string | null {
  if (!Object.prototype.hasOwnProperty.call(REMEDIATIONS, remediationId)) return null
  const link = REMEDIATIONS[remediationId]?.deepLink ?? null
  if (link === null || !isAllowedDeepLinkUrl(link)) return null
  return link
}

/** True when `url` is a plain https address: no credentials, no port, no whitespace or controls. */
export function isAllowedHelpUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(url)) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    parsed.hostname.includes('.')
  )
}

/** The help page of a practice help id, or null when the id is unknown or its URL is not allowed. */
export function resolvePracticeHelpLink(helpId: string): string | null {
  if (!isPracticeHelpId(helpId)) return null
  const url = PRACTICE_HELP_LINKS[helpId]
  return isAllowedHelpUrl(url) ? url : null
}

/**
 * Every URL main may open (its second check before shell.openExternal): the settings deep links of
 * the remediation catalogue and the help pages of the practices catalogue.
 */
export function allowedDeepLinks(): ReadonlySet<string> {
  const links = new Set<string>()
  for (const id of Object.keys(REMEDIATIONS)) {
    const link = resolveDeepLink(id)
    if (link !== null) links.add(link)
  }
  for (const id of Object.keys(PRACTICE_HELP_LINKS)) {
    const link = resolvePracticeHelpLink(id)
    if (link !== null) links.add(link)
  }
  return links
}
