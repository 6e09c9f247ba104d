/**
 * Deep links to OS settings pages, resolved from a remediation id (never from a URL the renderer
 * sends). Electron security checklist item 15: the catalogue (shared/remediation) is the only source
 * of URLs, and even those must use an allow-listed scheme.
 */
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

/** Every deep link the catalogue may open (used by main's second check before shell.openExternal). */
export function allowedDeepLinks(): ReadonlySet<string> {
  const links = new Set<string>()
  for (const id of Object.keys(REMEDIATIONS)) {
    const link = resolveDeepLink(id)
    if (link !== null) links.add(link)
  }
  return links
}
